"""Loading a reference file into its table: whole or not at all.

The file is read and checked completely first (claims.reference.files); only then, in one
transaction, the current table of the same kind and setting is marked superseded, its rows are
deleted and the new rows are inserted with bulk_create in batches. A file identical (sha256) to
the current table of its kind and setting is not loaded again.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from django.db import models, transaction
from django.utils import timezone

from claims.reference import files
from claims.reference.models import (
    MueEdit,
    NdcCrosswalk,
    PtpEdit,
    ReferenceKind,
    ReferenceSetting,
    ReferenceTable,
)

BATCH_SIZE = 5000
SETTINGS_BY_KIND = {
    ReferenceKind.MUE: {
        ReferenceSetting.PRACTITIONER,
        ReferenceSetting.OUTPATIENT,
        ReferenceSetting.DME,
    },
    ReferenceKind.PTP: {ReferenceSetting.PRACTITIONER, ReferenceSetting.OUTPATIENT},
    ReferenceKind.NDC: {ReferenceSetting.NONE},
}


@dataclass(frozen=True)
class LoadResult:
    table: ReferenceTable
    loaded: bool  # False: the same file was already the current table
    skipped: Sequence[files.ReferenceFileError] = field(default_factory=tuple)


def load_reference(
    kind: str,
    paths: Sequence[str | os.PathLike[str]],
    *,
    setting: str | None = None,
    skip_bad_rows: bool = False,
    force: bool = False,
    batch_size: int = BATCH_SIZE,
) -> LoadResult:
    """Load one reference table from one file, or from the parts CMS splits it into (PTP f1..f4).

    `setting` (practitioner, outpatient, dme) is needed when neither the layout nor the file name
    says which CMS table it is, and must agree with them when they do. Raises
    files.ReferenceFileError for bad input; with skip_bad_rows the bad rows are left out instead,
    counted on the table and returned, and only a file with no good row is refused.
    """
    if kind not in ReferenceKind.values:
        raise ValueError(
            f"unknown reference kind {kind!r}: one of {', '.join(ReferenceKind.values)}"
        )
    if not paths:
        raise ValueError("no file given")
    parser = _PARSERS[ReferenceKind(kind)]
    digest = hashlib.sha256()
    rows: list[object] = []
    skipped: list[files.ReferenceFileError] = []
    detected = ""
    names = []
    for path in paths:
        name = os.path.basename(os.fspath(path))
        names.append(name)
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise files.ReferenceFileError(name, None, "file", "cannot be read") from error
        digest.update(hashlib.sha256(data).digest())
        parsed = parser(data, name, skip_bad_rows=skip_bad_rows)
        if parsed.setting and detected and parsed.setting != detected:
            raise files.ReferenceFileError(
                name, None, "setting", f"is a {parsed.setting} table, the others {detected}"
            )
        detected = parsed.setting or detected
        rows.extend(parsed.rows)
        skipped.extend(parsed.skipped)
    chosen = _setting(ReferenceKind(kind), setting, detected, names[0])
    _check_unique_across_parts(ReferenceKind(kind), rows, names)
    sha256 = digest.hexdigest() if len(paths) > 1 else _single_sha(paths[0])
    source_name = ", ".join(names)[:255]

    with transaction.atomic():
        current = (
            ReferenceTable.objects.select_for_update()
            .filter(kind=kind, setting=chosen, superseded_at__isnull=True)
            .first()
        )
        if current is not None and current.sha256 == sha256 and not force:
            return LoadResult(current, loaded=False)
        if current is not None:
            _data_model(ReferenceKind(kind))._default_manager.filter(table=current).delete()
            current.superseded_at = timezone.now()
            current.save(update_fields=["superseded_at"])
        table = ReferenceTable.objects.create(
            kind=kind,
            setting=chosen,
            source_name=source_name,
            sha256=sha256,
            row_count=len(rows),
            skipped_rows=len(skipped),
        )
        model = _data_model(ReferenceKind(kind))
        for start in range(0, len(rows), batch_size):
            batch = rows[start : start + batch_size]
            model._default_manager.bulk_create([_instance(table, row) for row in batch])
    return LoadResult(table, loaded=True, skipped=tuple(skipped))


def _single_sha(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _setting(kind: ReferenceKind, given: str | None, detected: str, name: str) -> str:
    allowed = SETTINGS_BY_KIND[kind]
    if kind is ReferenceKind.NDC:
        if given:
            raise files.ReferenceFileError(name, None, "setting", "the crosswalk has no setting")
        return ""
    if given and detected and given != detected:
        raise files.ReferenceFileError(
            name, None, "setting", f"given as {given} but the file is a {detected} table"
        )
    chosen = given or detected
    if not chosen:
        raise files.ReferenceFileError(
            name,
            None,
            "setting",
            f"cannot tell which CMS table this is: give the setting ({', '.join(sorted(allowed))})",
        )
    if chosen not in allowed:
        raise files.ReferenceFileError(
            name, None, "setting", f"{chosen!r} is not one of {', '.join(sorted(allowed))}"
        )
    return chosen


def _check_unique_across_parts(kind: ReferenceKind, rows: list[object], names: list[str]) -> None:
    if len(names) < 2 or kind is ReferenceKind.PTP:
        return  # one file's duplicates are reported by its parser; PTP pairs may repeat by date
    keys: set[object] = set()
    for row in rows:
        key = (row.ndc, row.hcpcs) if kind is ReferenceKind.NDC else row.code  # type: ignore[attr-defined]
        if key in keys:
            raise files.ReferenceFileError(", ".join(names), None, "code", f"{key} is in two parts")
        keys.add(key)


_PARSERS: dict[
    ReferenceKind,
    Callable[
        ..., files.Parsed[files.MueRow] | files.Parsed[files.PtpRow] | files.Parsed[files.NdcRow]
    ],
] = {
    ReferenceKind.MUE: files.parse_mue,
    ReferenceKind.PTP: files.parse_ptp,
    ReferenceKind.NDC: files.parse_ndc,
}


def _data_model(kind: ReferenceKind) -> type[models.Model]:
    return {
        ReferenceKind.MUE: MueEdit,
        ReferenceKind.PTP: PtpEdit,
        ReferenceKind.NDC: NdcCrosswalk,
    }[kind]


def _instance(table: ReferenceTable, row: object) -> models.Model:
    if isinstance(row, files.MueRow):
        return MueEdit(
            table=table,
            code=row.code,
            value=row.value,
            adjudication_indicator=row.adjudication_indicator,
            rationale=row.rationale,
        )
    if isinstance(row, files.PtpRow):
        return PtpEdit(
            table=table,
            column_one=row.column_one,
            column_two=row.column_two,
            existed_before_1996=row.existed_before_1996,
            effective_date=row.effective_date,
            deletion_date=row.deletion_date,
            modifier_indicator=row.modifier_indicator,
            rationale=row.rationale,
        )
    assert isinstance(row, files.NdcRow)
    return NdcCrosswalk(
        table=table,
        ndc=row.ndc,
        hcpcs=row.hcpcs,
        drug_name=row.drug_name,
        hcpcs_dosage=row.hcpcs_dosage,
        package_size=row.package_size,
        package_quantity=row.package_quantity,
        billing_units=row.billing_units,
        billing_units_per_package=row.billing_units_per_package,
    )


def current_reference_version() -> str:
    """One string that changes whenever any reference table is (re)loaded: store it with a
    check run, and rerun the checks when it differs. "" when nothing is loaded."""
    tables = (
        ReferenceTable.objects.current()
        .order_by("kind", "setting")
        .values_list("kind", "setting", "id", "sha256")
    )
    return ";".join(
        f"{kind}{'-' + setting if setting else ''}:{table_id}:{sha[:12]}"
        for kind, setting, table_id, sha in tables
    )
