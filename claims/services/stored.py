"""Rows back to records: a stored claim as the plain record the checks read, and the column
reads that load many claims at once."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from django.db import connection, models

from careteam import api as careteam_api
from claims import records
from claims.models import Claim, Provider
from claims.services.columns import LINE_FIELDS, amounts_record, field_column


class ProviderRecords:
    """Stored providers as records, each with the network status a claim gave it, made once
    per provider and status (most claims and lines name a few providers)."""

    def __init__(self, columns: dict[int, tuple[str, str, str]]) -> None:
        self.columns = columns  # pk -> (npi, name, taxonomy)
        self.made: dict[tuple[int, str], records.Provider] = {}

    @classmethod
    def of_rows(cls, rows: Iterable[Provider]) -> ProviderRecords:
        return cls({row.pk: (row.npi, row.name, row.taxonomy) for row in rows})

    def get(self, pk: int | None, network: str) -> records.Provider | None:
        """A provider as the claim saw it: the shared row with the claim's own network."""
        if pk is None:
            return None
        found = self.made.get((pk, network))
        if found is None:
            npi, name, taxonomy = self.columns[pk]
            found = self.made[(pk, network)] = records.Provider(
                npi=npi, name=name, network=records.Network(network), taxonomy=taxonomy
            )
        return found


_ADJUSTMENTS: dict[tuple[str, str, Decimal], records.Adjustment] = {}


def _adjustment_record(row: dict[str, Any]) -> records.Adjustment:
    # Records are frozen, so one object serves every equal adjustment (most are a few kinds;
    # stored amounts all have the column's two places, so equal amounts read the same).
    key = (row["group"], row["reason"], row["amount"])
    found = _ADJUSTMENTS.get(key)
    if found is None:
        found = records.Adjustment(group=key[0], reason=key[1], amount=key[2])
        if len(_ADJUSTMENTS) < 100_000:
            _ADJUSTMENTS[key] = found
    return found


def claim_record(
    claim: Claim, *, member: careteam_api.MemberFacts | None = None, fill_patient: bool = True
) -> records.Claim:
    """A stored claim as the plain record the checks consume (load it `.with_details()`).

    Pass the claim's `member` (careteam_api.member_facts_by_pk) to save a query; the patient's
    birth date and sex then fall back to the member's when the source did not state them
    (unless `fill_patient` is off: the record exactly as stored).
    """
    lines = list(claim.lines.all())
    providers = ProviderRecords.of_rows(
        row
        for row in (
            claim.billing_provider,
            claim.rendering_provider,
            claim.facility,
            *(line.rendering_provider for line in lines),
        )
        if row is not None
    )
    return record_of_columns(
        _columns(claim),
        lines=[_columns(line) for line in lines],
        adjustments=[_columns(row) for row in claim.adjustments.all()],
        providers=providers,
        member_id=member.member_id if member is not None else _member_id(claim),
        member=member if fill_patient else None,
    )


def _columns(row: models.Model) -> dict[str, Any]:
    return {field.attname: getattr(row, field.attname) for field in row._meta.concrete_fields}


def record_of_columns(
    claim: dict[str, Any],
    *,
    lines: Sequence[dict[str, Any]],
    adjustments: Sequence[dict[str, Any]],
    providers: ProviderRecords,
    member_id: str,
    member: careteam_api.MemberFacts | None,
) -> records.Claim:
    """claim_record from columns (attname -> value): the claim's, its lines' by number and its
    adjustments' by position; `member` fills the patient's birth date and sex when given."""

    provider = providers.get
    by_line: dict[int, list[records.Adjustment]] = defaultdict(list)
    for row in adjustments:
        if row["line_id"] is not None:
            by_line[row["line_id"]].append(_adjustment_record(row))
    record_lines = tuple(
        records.Line(
            **{name: line[name] for name in LINE_FIELDS},
            modifiers=tuple(line["modifiers"]),
            diagnosis_pointers=tuple(line["diagnosis_pointers"]),
            other_amounts=amounts_record(line["other_amounts"]),
            notes=tuple(line["notes"]),
            rendering_provider=provider(line["rendering_provider_id"], line["rendering_network"]),
            adjustments=tuple(by_line.get(line["id"], ())),
        )
        for line in lines
    )
    birth_date, sex = claim["patient_birth_date"], claim["patient_sex"]
    if member is not None:
        birth_date = birth_date or member.date_of_birth
        sex = sex or member.sex
    return records.Claim(
        claim_number=claim["claim_number"],
        kind=records.ClaimKind(claim["kind"]),
        member_id=member_id,
        payer_name=claim["payer_name"],
        service_from=claim["service_from"],
        service_to=claim["service_to"],
        payer_id=claim["payer_id"],
        payer_claim_number=claim["payer_claim_number"],
        billing_provider=provider(claim["billing_provider_id"], claim["billing_network"])
        or records.Provider(),
        rendering_provider=provider(claim["rendering_provider_id"], claim["rendering_network"]),
        facility=provider(claim["facility_id"], claim["facility_network"]),
        place_of_service=claim["place_of_service"],
        bill_type=claim["bill_type"],
        admission_type=claim["admission_type"],
        emergency=claim["emergency"],
        diagnosis_codes=tuple(claim["diagnosis_codes"]),
        diagnosis_code_system=claim["diagnosis_code_system"],
        frequency=claim["frequency"],
        status=records.ClaimStatus(claim["status"]),
        billed=claim["billed"],
        allowed=claim["allowed"],
        paid=claim["paid"],
        patient_responsibility=claim["patient_responsibility"],
        **{name: claim[name] for name in records.CLAIM_AMOUNTS},
        other_amounts=amounts_record(claim["other_amounts"]),
        benefit_network=records.Network(claim["benefit_network"]),
        notes=tuple(claim["notes"]),
        adjustments=tuple(_adjustment_record(row) for row in adjustments if row["line_id"] is None),
        lines=record_lines,
        patient_birth_date=birth_date,
        patient_sex=sex,
        source=claim["source"],
        source_location=claim["source_location"],
        received_at=claim["created_at"],
    )


def _member_id(claim: Claim) -> str:
    cached = getattr(claim, "_member_id", None)
    if cached is None:
        facts = careteam_api.member_facts_by_pk([claim.member_id])
        cached = facts[claim.member_id].member_id
        claim._member_id = cached  # type: ignore[attr-defined]
    return cached


def column_rows(
    model: type[models.Model],
    *,
    order_by: str = "",
    only: Sequence[str] = (),
    **conditions: object,
) -> list[dict[str, Any]]:
    """Every column of the rows matching `conditions` (`<attname>__in`, `__gte`, `__lte`, all
    of them), as dicts (attname -> value) like `.values()`, in `order_by`'s order; `only`
    these columns (attnames) when given.

    On PostgreSQL through a plain cursor: `= ANY(array)` is one parameter where an IN list of
    thousands costs more to build than to fetch, and each JSON column's distinct texts are
    decoded once (most are `[]` and `{}`), so the decoded lists and dicts are shared between
    rows: read them, never change them."""
    if connection.vendor != "postgresql":
        matching = model._default_manager.filter(**conditions)
        return list((matching.order_by(order_by) if order_by else matching).values(*only))
    meta = model._meta
    quote = connection.ops.quote_name
    clauses: list[str] = []
    params: list[Any] = []  # the callers' lookup values, adapted by the driver
    for condition, value in conditions.items():
        name, lookup = condition.rsplit("__", 1)
        column = quote(field_column(meta.get_field(name)))
        clauses.append(f"{column} {_OPERATORS[lookup]}")
        params.append(list(value) if lookup == "in" else value)  # type: ignore[call-overload]
    fields = [field for field in meta.concrete_fields if not only or field.attname in only]
    # Only the model's own quoted names go into the text; every value is a parameter.
    sql = (
        f"SELECT {', '.join(quote(field_column(field)) for field in fields)} "  # noqa: S608
        f"FROM {quote(meta.db_table)} WHERE {' AND '.join(clauses) or 'TRUE'}"
    )
    if order_by:
        sql += f" ORDER BY {quote(field_column(meta.get_field(order_by)))}"
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found = cursor.fetchall()
    names = [field.attname for field in fields]
    json_columns = [
        position for position, field in enumerate(fields) if isinstance(field, models.JSONField)
    ]
    decoded: dict[str, Any] = {}
    rows = []
    for values in found:
        if json_columns:
            values = list(values)
            for position in json_columns:
                text = values[position]
                if text is not None:
                    value = decoded.get(text)
                    if value is None:
                        value = decoded[text] = json.loads(text)
                    values[position] = value
        rows.append(dict(zip(names, values, strict=True)))
    return rows


_OPERATORS = {"in": "= ANY(%s)", "gte": ">= %s", "lte": "<= %s"}
