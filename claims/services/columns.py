"""Records to rows: what the tables cannot hold (field_problems), providers, the claim's and its
lines' columns, and the COPY that inserts them (model instances cost more to build than the
insert)."""

from __future__ import annotations

import enum
import json
import operator
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from django.db import connection, models
from django.utils import timezone
from psycopg import Copy

from claims import records
from claims.models import Claim, ClaimAdjustment, ClaimLine, ImportBatch, Provider
from claims.records import Problem


def provider_key(provider: records.Provider) -> str:
    return f"npi:{provider.npi}" if provider.npi else f"name:{provider.name.casefold()[:200]}"


def _all_providers(claim: records.Claim) -> Iterable[records.Provider]:
    yield claim.billing_provider
    for provider in (
        claim.rendering_provider,
        claim.facility,
        *(line.rendering_provider for line in claim.lines),
    ):
        if provider is not None:
            yield provider


def store_providers(claims: Iterable[records.Claim]) -> dict[str, Provider]:
    """Each provider on these claims, created when new. Provider rows are shared by every
    team's claims, so an existing one is never changed by an import (network status lives on
    the claims; a name is kept as first stated)."""
    wanted: dict[str, records.Provider] = {}
    # Readers hand the same provider object to many claims and lines: once is enough (seeing
    # it again changes nothing below).
    seen: set[int] = set()
    for claim in claims:
        for provider in _all_providers(claim):
            if id(provider) in seen:
                continue
            seen.add(id(provider))
            key = provider_key(provider)
            known = wanted.get(key)
            if known is None or (provider.name and not known.name):
                wanted[key] = provider
    rows = {row.key: row for row in Provider.objects.filter(key__in=list(wanted))}
    new = [
        Provider(key=key, npi=p.npi, name=p.name[:200], taxonomy=p.taxonomy[:10])
        for key, p in wanted.items()
        if key not in rows
    ]
    Provider.objects.bulk_create(new, batch_size=1000, ignore_conflicts=True)
    if new:  # a concurrent import may have created some of them: read what is stored
        rows.update({row.key: row for row in Provider.objects.filter(key__in=[p.key for p in new])})
    return rows


def _network(provider: records.Provider | None) -> str:
    return records.Network.UNKNOWN.value if provider is None else provider.network.value


def claim_columns(
    claim: records.Claim,
    member_pk: int,
    providers: dict[str, Provider],
    batch: ImportBatch,
    digest: str,
) -> dict[str, object]:
    """The claim row's columns (attnames) from its record, but adjudicated_at."""

    def provider(value: records.Provider | None) -> int | None:
        return None if value is None else providers[provider_key(value)].pk

    return {
        "member_id": member_pk,
        "payer_key": claim.payer_key,
        "payer_id": claim.payer_id,
        "payer_name": claim.payer_name,
        "claim_number": claim.claim_number,
        "payer_claim_number": claim.payer_claim_number,
        "kind": claim.kind,
        "status": claim.status,
        "frequency": claim.frequency,
        "service_from": claim.service_from,
        "service_to": claim.service_to,
        "billing_provider_id": provider(claim.billing_provider),
        "rendering_provider_id": provider(claim.rendering_provider),
        "facility_id": provider(claim.facility),
        "billing_network": _network(claim.billing_provider),
        "rendering_network": _network(claim.rendering_provider),
        "facility_network": _network(claim.facility),
        "place_of_service": claim.place_of_service,
        "bill_type": claim.bill_type,
        "admission_type": claim.admission_type,
        "emergency": claim.emergency,
        "diagnosis_codes": list(claim.diagnosis_codes),
        "diagnosis_code_system": claim.diagnosis_code_system,
        "billed": claim.billed,
        "allowed": claim.allowed,
        "paid": claim.paid,
        "patient_responsibility": claim.patient_responsibility,
        **{name: getattr(claim, name) for name in records.CLAIM_AMOUNTS},
        "other_amounts": _amounts_json(claim.other_amounts),
        "benefit_network": claim.benefit_network.value,
        "notes": list(claim.notes),
        "patient_birth_date": claim.patient_birth_date,
        "patient_sex": claim.patient_sex,
        "source": claim.source,
        "source_location": claim.source_location[:100],
        "batch_id": batch.pk,
        "content_hash": digest,
    }


# The line fields stored as they are, both ways (record -> row -> record); lists, the rendering
# provider and adjustments are mapped by hand.
LINE_FIELDS = (
    "number", "procedure_code", "procedure_code_system", "units", "billed", "service_from",
    "service_to", "place_of_service", "revenue_code", "ndc", "ndc_quantity", "ndc_unit",
    *records.LINE_AMOUNTS,
)  # fmt: skip


def _amounts_json(amounts: tuple[tuple[str, Decimal], ...]) -> dict[str, str]:
    return {name: str(amount) for name, amount in amounts}


def amounts_record(stored: dict[str, str]) -> tuple[tuple[str, Decimal], ...]:
    return tuple((name, Decimal(amount)) for name, amount in stored.items())


_LINE_VALUES = operator.attrgetter(*LINE_FIELDS)


# The columns store_lines gives the COPY, in order (the rest take their defaults).
_LINE_COPY_NAMES = (
    "claim_id", *LINE_FIELDS, "modifiers", "diagnosis_pointers", "other_amounts", "notes",
    "rendering_provider_id", "rendering_network",
)  # fmt: skip
_ADJUSTMENT_COPY_NAMES = ("claim_id", "line_id", "position", "group", "reason", "amount")


class _JsonTexts(dict[object, str]):
    """The JSON text of each distinct list (a tuple) or amounts tuple, made once: most lines
    share a handful of modifier lists, pointer lists and empty notes."""

    def __missing__(self, key: object) -> str:
        value: object = list(key) if isinstance(key, tuple) else key
        text = self[key] = _json_text(value)
        return text


def store_lines(claims: Sequence[tuple[int, records.Claim]], providers: dict[str, Provider]) -> int:
    """Insert the lines and adjustments of these stored claims, by claim id, as COPY rows
    (tuples in column order: building model instances or a dict per line cost more than the
    COPY itself)."""
    lists = _JsonTexts()
    amounts: dict[tuple[tuple[str, Decimal], ...], str] = {}
    rendering_of: dict[records.Provider | None, tuple[int | None, str]] = {
        None: (None, records.Network.UNKNOWN.value)
    }
    lines: list[tuple[object, ...]] = []
    line_claims: list[int] = []
    pending: list[records.Line] = []
    adjustments: list[tuple[object, ...]] = []
    for claim_id, claim in claims:
        for position, adjustment in enumerate(claim.adjustments):
            adjustments.append(_adjustment_row(claim_id, None, position, adjustment))
        for line in claim.lines:
            rendering = rendering_of.get(line.rendering_provider)
            if rendering is None:
                provider = line.rendering_provider
                assert provider is not None
                rendering = rendering_of[provider] = (
                    providers[provider_key(provider)].pk,
                    provider.network.value,
                )
            other = line.other_amounts
            other_text = amounts.get(other)
            if other_text is None:
                other_text = amounts[other] = _json_text(_amounts_json(other))
            lines.append(
                (
                    claim_id,
                    *_LINE_VALUES(line),
                    lists[line.modifiers],
                    lists[line.diagnosis_pointers],
                    other_text,
                    lists[line.notes],
                    *rendering,
                )
            )
            line_claims.append(claim_id)
            pending.append(line)
    line_ids = copy_values(ClaimLine, _LINE_COPY_NAMES, lines)
    # Positions count within each claim (a small integer): its line adjustments after its own.
    offsets: dict[int, int] = defaultdict(lambda: 1000)
    for claim_id, line_id, line in zip(line_claims, line_ids, pending, strict=True):
        if not line.adjustments:
            continue
        offset = offsets[claim_id]
        for position, adjustment in enumerate(line.adjustments, start=offset):
            adjustments.append(_adjustment_row(claim_id, line_id, position, adjustment))
        offsets[claim_id] = offset + len(line.adjustments)
    copy_values(ClaimAdjustment, _ADJUSTMENT_COPY_NAMES, adjustments)
    return len(lines)


def _adjustment_row(
    claim_id: int, line_id: int | None, position: int, adjustment: records.Adjustment
) -> tuple[object, ...]:
    return (claim_id, line_id, position, adjustment.group, adjustment.reason, adjustment.amount)


def _stamped(field: models.Field) -> bool:
    return bool(getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False))


def field_column(field: models.Field[Any, Any] | models.ForeignObjectRel) -> str:
    """The table column of one of a model's own fields (a reverse relation has none)."""
    assert isinstance(field, models.Field) and field.column is not None, field
    return field.column


def copy_rows(model: type[models.Model], rows: Sequence[dict[str, object]]) -> list[int]:
    """Insert rows (attname -> value; a field left out takes its default) through one COPY,
    their ids drawn from the table's sequence first in one query; returns the ids in order.
    bulk_create spends most of its time building the INSERT, which COPY does not need."""
    if not rows:
        return []
    if connection.vendor != "postgresql":
        # COPY and sequences are PostgreSQL's; the demo's SQLite takes a plain bulk insert.
        created = model._default_manager.bulk_create([model(**row) for row in rows])
        return [row.pk for row in created]
    meta = model._meta
    fields = [field for field in meta.concrete_fields if not field.primary_key]
    now = timezone.now()
    defaults = [
        (field.attname, now if _stamped(field) else field.get_default()) for field in fields
    ]
    # The columns whose values may need converting (JSON, enums), by position in a row.
    conversions = [
        (position, convert)
        for position, field in enumerate(fields, start=1)
        if (convert := _copy_converter(field)) is not None
    ]
    with _copying(model, [field_column(f) for f in [meta.pk, *fields]], len(rows)) as (ids, copy):
        for pk, row in zip(ids, rows, strict=True):
            values: list[object] = [pk, *[row.get(name, default) for name, default in defaults]]
            for position, convert in conversions:
                value = values[position]
                # Text goes as it is (an enum member is a str too, but not of type str).
                if value is not None and (convert is _json_text or type(value) is not str):
                    values[position] = convert(value)
            copy.write_row(values)
    return ids


def copy_values(
    model: type[models.Model], names: Sequence[str], rows: Sequence[tuple[object, ...]]
) -> list[int]:
    """copy_rows for rows given as tuples of the `names` columns (attnames), each value as the
    COPY takes it (JSON as its text, text as str); every other field takes its default. Returns
    the new ids in order."""
    if not rows:
        return []
    if connection.vendor != "postgresql":
        json_names = {
            name for name in names if isinstance(model._meta.get_field(name), models.JSONField)
        }
        return copy_rows(
            model,
            [
                {
                    name: json.loads(value) if name in json_names else value  # type: ignore[arg-type]
                    for name, value in zip(names, row, strict=True)
                }
                for row in rows
            ],
        )
    meta = model._meta
    given = set(names)
    now = timezone.now()
    rest = [field for field in meta.concrete_fields if not field.primary_key]
    rest = [field for field in rest if field.attname not in given]
    tail = []
    for field in rest:
        default = now if _stamped(field) else field.get_default()
        convert = _copy_converter(field)
        tail.append(default if default is None or convert is None else convert(default))
    columns = [
        field_column(meta.pk),
        *(field_column(meta.get_field(name)) for name in names),
        *(field_column(field) for field in rest),
    ]
    with _copying(model, columns, len(rows)) as (ids, copy):
        write = copy.write_row
        for pk, row in zip(ids, rows, strict=True):
            write((pk, *row, *tail))
    return ids


@contextmanager
def _copying(
    model: type[models.Model], columns: list[str], count: int
) -> Iterator[tuple[list[int], Copy]]:
    """`count` new ids drawn from the table's sequence in one query, and a COPY into `columns`
    (the primary key's first) for the rows that take them."""
    meta = model._meta
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        # The sequence's name looked up once (an initplan): as nextval's argument itself it
        # was looked up again for every row, which cost more than the ids.
        cursor.execute(
            "SELECT nextval((SELECT pg_get_serial_sequence(%s, %s))::regclass) "
            "FROM generate_series(1, %s)",
            [meta.db_table, meta.pk.column, count],
        )
        ids = [pk for (pk,) in cursor.fetchall()]
        listed = ", ".join(quote(column) for column in columns)
        with (
            connection.wrap_database_errors,
            cursor.copy(f"COPY {quote(meta.db_table)} ({listed}) FROM STDIN") as copy,
        ):
            yield ids, copy


def _copy_converter(field: models.Field) -> Any:
    """How copy_rows writes a field's values as Django's own save would (None: as they are)."""
    if isinstance(field, models.JSONField):
        return _json_text
    if isinstance(field, models.CharField | models.TextField):
        return _enum_value
    return None


def _json_text(value: object) -> str:
    # jsonb parses the text; most of these are empty lists and objects.
    if value == [] or value == {}:
        return "[]" if isinstance(value, list) else "{}"
    return json.dumps(value)


def _enum_value(value: object) -> object:
    return value.value if isinstance(value, enum.Enum) else value


def _max_lengths(model: type[models.Model], names: tuple[str, ...]) -> dict[str, int]:
    """The text limits the tables declare, so a record is checked against what they can hold."""
    limits = {}
    for name in names:
        field = model._meta.get_field(name)
        assert isinstance(field, models.Field) and field.max_length is not None, field
        limits[name] = field.max_length
    return limits


_LIMITS = {
    **_max_lengths(Claim, ("claim_number", "payer_key", "payer_id", "payer_name",
                           "payer_claim_number", "place_of_service", "bill_type",
                           "admission_type", "frequency", "patient_sex", "source")),
    "member_id": 32,  # careteam's Member.member_id, which the claim's member must match
}  # fmt: skip
_LINE_LIMITS = _max_lengths(
    ClaimLine,
    ("procedure_code", "procedure_code_system", "place_of_service", "revenue_code", "ndc",
     "ndc_unit"),
)  # fmt: skip
_MAX_MONEY = Decimal("9999999999.99")


def field_problems(claim: records.Claim) -> list[Problem]:
    """What the database could not hold, whichever importer produced the record."""
    where = claim.source_location or f"claim {claim.claim_number[:80]}"
    found = []

    def bad(field: str, message: str) -> None:
        found.append(Problem("", where, field, message))

    for name, limit in _LIMITS.items():
        value = claim.payer_key if name == "payer_key" else getattr(claim, name)
        if len(value) > limit:
            bad(name, f"is {len(value)} characters long; at most {limit}")
    if not claim.claim_number:
        bad("claim_number", "is required")
    if not claim.payer_key:
        bad("payer", "a payer name or id is required")
    if claim.service_to < claim.service_from:
        bad("service_to", "is before the first date of service")
    if not claim.lines:
        bad("lines", "a claim needs at least one line")
    numbers = [line.number for line in claim.lines]
    if len(set(numbers)) != len(numbers) or any(not 0 < n < 32768 for n in numbers):
        bad("line number", "line numbers must be distinct, from 1")
    for line in claim.lines:
        # One comparison in C per line; the names only when something is too long.
        if any(map(operator.gt, map(len, _LINE_TEXTS(line)), _LINE_LIMIT_VALUES)):
            for name, text in zip(_LINE_LIMITS, _LINE_TEXTS(line), strict=True):
                if len(text) > _LINE_LIMITS[name]:
                    bad(
                        f"line {line.number} {name}", f"longer than {_LINE_LIMITS[name]} characters"
                    )
        if line.modifiers and max(map(len, line.modifiers)) > 2:
            bad(f"line {line.number} modifiers", "a modifier has 2 characters")
    # Every line's amounts at once; each line's only when one of them is out of range.
    if not _amounts_fit([amount for line in claim.lines for amount in _line_amounts(line)]):
        for line in claim.lines:
            if not _amounts_fit(_line_amounts(line)):
                bad(f"line {line.number} amount", "an amount is too large")
    return found


def _line_amounts(line: records.Line) -> list[Decimal]:
    return [
        amount
        for amount in (
            line.billed,
            *_LINE_AMOUNTS(line),
            *(amount for _, amount in line.other_amounts),
            *(adjustment.amount for adjustment in line.adjustments),
        )
        if amount is not None
    ]


def _amounts_fit(amounts: list[Decimal]) -> bool:
    return not amounts or (max(amounts) <= _MAX_MONEY and min(amounts) >= -_MAX_MONEY)


_LINE_TEXTS = operator.attrgetter(*_LINE_LIMITS)
_LINE_LIMIT_VALUES = tuple(_LINE_LIMITS.values())
_LINE_AMOUNTS = operator.attrgetter(*records.LINE_AMOUNTS)
