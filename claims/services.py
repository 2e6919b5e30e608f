"""Writes of the claims app: importing claim files, the checks job, and flag decisions.

    claims_import(data, filename, actor, team_ids)
      size limit -> unzip within limits -> refuse binary junk -> detect the format -> parse
      -> resolve member ids among the members the import's teams serve -> ONE transaction:
         providers, claims, lines, adjustments, the import batch, an audit row, and the checks
         job (outbox) -> after commit: the job runs
    claims_check_batch(batch_id) / claims_check(claim_id)   (background jobs)
      claim rows -> claims.records.Claim (claim_record) -> _findings_for -> flags_sync_many
    reference_load(kind, paths)
      ONE transaction: the reference table (claims.reference.loading) and, when it changed,
      the job that checks every stored claim again (claims_recheck_all)
    flag_decide(flag, actor, decision, reason)

A rejected file stores nothing but its ImportBatch row (outcome "rejected", for the history).

An import is for teams (the uploader's, or the one named to the command): it reads and writes
only the claims of the members those teams serve, and its report says nothing about any other
record. A member id outside them is refused exactly as an unknown one is; a claim number that
another member outside them holds is simply not seen (the claim is this member's own); the same
number on a different member of those teams is refused (a claim never moves between members).
Providers are shared rows that imports create but never change; network status is stored on
each claim as its file stated it.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import io
import json
import logging
import operator
import os
import re
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import PurePosixPath
from typing import Any

from django.conf import settings
from django.db import IntegrityError, connection, models, transaction
from django.utils import timezone

from careteam import api as careteam_api
from claims import records
from claims.checks import run_checks
from claims.importers import json_error_place, json_shape_problem
from claims.models import (
    SEVERITY_RANK,
    Claim,
    ClaimAdjustment,
    ClaimLine,
    Flag,
    ImportBatch,
    Provider,
)
from claims.records import Finding, ImportRejected, Problem
from claims.reference.loading import LoadResult, current_reference_version, load_reference
from claims.reference.lookup import Reference, reference_from_database

logger = logging.getLogger(__name__)

CHECK_BATCH = "claims_check_batch"
CHECK_CLAIM = "claims_check"
REMITTANCE_SOURCES = {"x12-835"}
HISTORY_DAYS = 365  # the checks compare a claim with the member's claims this close in time
AUTO_RESOLVED_REASON = "No longer found when the claim was checked again."
ZIP_MAGIC = b"PK\x03\x04"


class ServiceError(ValueError):
    """A request the domain refuses; the message is safe to show to staff."""

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field


# --- Importing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    batch: ImportBatch
    problems: tuple[Problem, ...] = ()

    @property
    def rejected(self) -> bool:
        return bool(self.problems)


def import_team_ids(*, actor: Any | None, team_names: Sequence[str] = ()) -> list[int]:
    """The teams an import is for: those named (each must be one of the actor's teams when an
    actor is given), else the actor's teams, else the only team there is. ServiceError when
    that leaves no team or more than one could be meant."""
    teams = careteam_api.team_ids_by_name()
    mine = None if actor is None else set(careteam_api.user_team_ids(user=actor))
    if team_names:
        unknown = [name for name in team_names if name not in teams]
        if unknown:
            raise ServiceError(f"no team named {unknown[0]!r}", field="team")
        chosen = [teams[name] for name in team_names]
        if mine is not None and not set(chosen) <= mine:
            raise ServiceError("the staff member is not on every team named", field="team")
        return sorted(set(chosen))
    if mine is not None:
        if not mine:
            raise ServiceError("the staff member is on no team that works claims", field="team")
        return sorted(mine)
    if len(teams) == 1:
        return list(teams.values())
    raise ServiceError(
        "name the team the claims are for (there is more than one team)", field="team"
    )


def claims_import(
    *, data: bytes, filename: str, actor: Any | None, team_ids: Sequence[int] | None = None
) -> ImportResult:
    """Import one file (X12 837/835, FHIR R4 JSON, the claims CSV, or a zip of them).

    For `team_ids` (default: the actor's teams; see import_team_ids): only the members these
    teams serve can be named, and only their claims read or changed.

    All or nothing: either every claim in it is stored (new claims created, changed ones
    updated with their lines replaced, 835 remittances filling their claims' adjudication,
    unchanged ones left alone), or nothing is and the result lists every Problem found.
    Importing the same file again changes no claim, line or flag.
    """
    filename = PurePosixPath(filename.replace("\\", "/")).name[:200] or "upload"
    digest = hashlib.sha256(data).hexdigest()
    actor = actor if actor is not None and getattr(actor, "is_authenticated", False) else None
    if team_ids is None:
        team_ids = import_team_ids(actor=actor)
    team_ids = sorted(set(team_ids))
    if not team_ids:
        raise ServiceError("an import must be for at least one team", field="team")
    if actor is not None and not set(team_ids) <= set(careteam_api.user_team_ids(user=actor)):
        raise ServiceError("the staff member is not on every team named", field="team")
    try:
        files, kind = _unpack(data, filename)
        claims = _parse_all(files)
        for attempt in range(2):
            try:
                with transaction.atomic():
                    batch = _store(
                        claims,
                        filename=filename,
                        digest=digest,
                        size=len(data),
                        kind=kind,
                        actor=actor,
                        team_ids=team_ids,
                    )
                break
            except IntegrityError:
                # A concurrent import stored one of these claims first: once more sees it.
                if attempt:
                    raise
    except ImportRejected as rejected:
        batch = ImportBatch.objects.create(
            filename=filename,
            sha256=digest,
            size_bytes=len(data),
            actor=actor,
            outcome=ImportBatch.Outcome.REJECTED,
            problem_count=len(rejected.problems),
            format=_guess_format(data),
        )
        batch.teams.set(team_ids)
        careteam_api.audit_record(
            actor=actor,
            action="import_claims",
            obj=batch,
            detail=f"rejected problems={len(rejected.problems)}",
        )
        logger.info("claims import %s rejected: %s problem(s)", batch.pk, len(rejected.problems))
        return ImportResult(batch=batch, problems=tuple(rejected.problems))
    logger.info(
        "claims import %s %s: %s created, %s updated, %s unchanged",
        batch.pk,
        batch.outcome,
        batch.claims_created,
        batch.claims_updated,
        batch.claims_unchanged,
    )
    return ImportResult(batch=batch)


def _reject(file: str, location: str, field: str, message: str) -> ImportRejected:
    return ImportRejected([Problem(file, location, field, message)])


def _unpack(data: bytes, filename: str) -> tuple[list[tuple[str, bytes]], str]:
    """The files to parse: the upload itself, or the entries of a zip within the limits."""
    limit = settings.CLAIMS_IMPORT_MAX_BYTES
    if len(data) > limit:
        raise _reject(
            filename, "file", "size", f"the file is {len(data):,} bytes; the limit is {limit:,}"
        )
    if not data.strip():
        raise _reject(filename, "file", "", "the file is empty")
    if not data.startswith(ZIP_MAGIC) and not filename.lower().endswith(".zip"):
        return [(filename, data)], ""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = [entry for entry in archive.infolist() if not entry.is_dir()]
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _reject(filename, "file", "", "not a readable zip file") from None
    entries = [entry for entry in entries if not _ignored_entry(entry.filename)]
    if not entries:
        raise _reject(filename, "file", "", "the zip file holds no claim files")
    if len(entries) > settings.CLAIMS_ZIP_MAX_ENTRIES:
        raise _reject(
            filename,
            "file",
            "entries",
            f"the zip holds {len(entries)} files; the limit is {settings.CLAIMS_ZIP_MAX_ENTRIES}",
        )
    budget = settings.CLAIMS_ZIP_MAX_TOTAL_BYTES
    declared = sum(entry.file_size for entry in entries)
    if declared > budget:
        raise _reject(
            filename,
            "file",
            "size",
            f"the zip unpacks to {declared:,} bytes; the limit is {budget:,}",
        )
    files = []
    for entry in entries:
        name = f"{filename}:{entry.filename}"
        if entry.flag_bits & 0x1:
            raise _reject(name, "file", "", "encrypted zip entries are not accepted")
        ratio = entry.file_size / max(entry.compress_size, 1)
        if ratio > settings.CLAIMS_ZIP_MAX_RATIO:
            raise _reject(
                name,
                "file",
                "compression",
                f"compressed {ratio:,.0f} to 1; more than "
                f"{settings.CLAIMS_ZIP_MAX_RATIO} to 1 looks like a zip bomb",
            )
        content = _read_entry(archive, entry, name, min(budget, limit))
        budget -= len(content)
        if budget < 0:
            raise _reject(filename, "file", "size", "the zip unpacks to more than the limit")
        if content.startswith(ZIP_MAGIC):
            raise _reject(name, "file", "", "zip files inside a zip are not accepted")
        files.append((name, content))
    return files, "zip"


def _ignored_entry(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return any(part.startswith(".") or part == "__MACOSX" for part in parts)


def _read_entry(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, name: str, limit: int) -> bytes:
    """Read at most `limit` bytes whatever the entry's header claims (headers can lie)."""
    chunks, total = [], 0
    try:
        with archive.open(entry) as stream:
            while chunk := stream.read(64 * 1024):
                total += len(chunk)
                if total > limit or total > entry.file_size:
                    raise _reject(
                        name,
                        "file",
                        "size",
                        "the entry unpacks to more than it declares or than the limit",
                    )
                chunks.append(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError):
        raise _reject(name, "file", "", "the zip entry cannot be read") from None
    return b"".join(chunks)


def _text_problem(name: str, data: bytes) -> Problem | None:
    """Binary junk: NUL bytes or bytes that are not UTF-8."""
    nul = data.find(b"\x00")
    if nul >= 0:
        return Problem(name, f"byte {nul}", "", "binary data (a NUL byte): not a claims file")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return Problem(name, f"byte {error.start}", "", "not UTF-8 text: not a claims file")
    return None


_RESOURCE_TYPE = re.compile(rb'"resourceType"\s*:')


def detect_format(data: bytes) -> str:
    """ "x12" (starts with ISA), "fhir" (JSON that names a resourceType anywhere in the whole
    file, even when the JSON itself is broken: the FHIR reader then says where), "json" (other
    JSON), or "csv"."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:3].upper() == b"ISA":
        return "x12"
    if head[:1] in {b"{", b"["}:
        return "fhir" if _RESOURCE_TYPE.search(data) else "json"
    return "csv"


def _guess_format(data: bytes) -> str:
    if data.startswith(ZIP_MAGIC):
        return "zip"
    return detect_format(data) if b"\x00" not in data[:1024] else "binary"


def _json_problem(name: str, content: bytes) -> Problem:
    """JSON that is no FHIR resource: where it breaks when it is not valid JSON."""
    text = content.decode("utf-8-sig")
    shape = json_shape_problem(text)
    if shape is not None:
        return Problem(name, shape[0], "JSON", shape[1])
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return Problem(name, *json_error_place(text, error))
    except ValueError:
        return Problem(name, "document", "JSON", "not valid JSON")
    return Problem(name, "document", "resourceType", "JSON, but not a FHIR resource or bundle")


def _parse_all(files: list[tuple[str, bytes]]) -> list[records.Claim]:
    problems: list[Problem] = []
    claims: list[records.Claim] = []
    for name, content in files:
        junk = _text_problem(name, content)
        if junk is not None:
            problems.append(junk)
            continue
        try:
            claims.extend(_parse_one(name, content))
        except ImportRejected as rejected:
            problems.extend(rejected.problems)
    if problems:
        raise ImportRejected(problems)
    return claims


def _parse_one(name: str, content: bytes) -> list[records.Claim]:
    kind = detect_format(content)
    if kind == "x12":
        from claims.importers import x12  # type: ignore[attr-defined]  # arrives with the parsers

        return list(x12.parse(content, filename=name))
    if kind == "fhir":
        from claims.importers import fhir  # type: ignore[attr-defined]  # arrives with the parsers

        return list(fhir.parse(content, filename=name))
    if kind == "json":
        raise ImportRejected([_json_problem(name, content)])
    from claims.importers import csv

    return csv.parse(content, filename=name)


# --- Storing -----------------------------------------------------------------------------------


def _max_lengths(model: type[models.Model], names: tuple[str, ...]) -> dict[str, int]:
    """The text limits the tables declare, so a record is checked against what they can hold."""
    return {name: model._meta.get_field(name).max_length for name in names}  # type: ignore[misc]


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


def _field_problems(claim: records.Claim) -> list[Problem]:
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
        for name, text in zip(_LINE_LIMITS, _LINE_TEXTS(line), strict=True):
            if len(text) > _LINE_LIMITS[name]:
                bad(f"line {line.number} {name}", f"longer than {_LINE_LIMITS[name]} characters")
        if line.modifiers and max(map(len, line.modifiers)) > 2:
            bad(f"line {line.number} modifiers", "a modifier has 2 characters")
        amounts = [
            amount
            for amount in (
                line.billed,
                *_LINE_AMOUNTS(line),
                *(amount for _, amount in line.other_amounts),
                *(adjustment.amount for adjustment in line.adjustments),
            )
            if amount is not None
        ]
        if amounts and (max(amounts) > _MAX_MONEY or min(amounts) < -_MAX_MONEY):
            bad(f"line {line.number} amount", "an amount is too large")
    return found


_LINE_TEXTS = operator.attrgetter(*_LINE_LIMITS)
_LINE_AMOUNTS = operator.attrgetter(*records.LINE_AMOUNTS)


_AS_IS = frozenset({str, int, bool, float, type(None)})
# Per record class: its name, its field names, and a getter of all their values at once.
_SHAPES: dict[type, tuple[str, tuple[str, ...], operator.attrgetter[Any]]] = {}
_DECIMAL_TEXT: dict[Decimal, str] = {}  # amounts recur: each one normalised once


def _shape(kind: type) -> tuple[str, tuple[str, ...], operator.attrgetter[Any]]:
    shape = _SHAPES.get(kind)
    if shape is None:
        names = tuple(field.name for field in dataclasses.fields(kind))
        shape = _SHAPES[kind] = (kind.__name__, names, operator.attrgetter(*names))
    return shape


def _decimal_text(value: Decimal) -> str:
    text = _DECIMAL_TEXT.get(value)
    if text is None:
        text = format(value.normalize(), "f")
        # Not zero: 0 and -0 are one key but two texts. Bounded: amounts are many.
        if value and len(_DECIMAL_TEXT) < 200_000:
            _DECIMAL_TEXT[value] = text
    return text


def _plain(value: object) -> object:
    """A canonical, hashable form of a record: equal amounts hash equally (12.5 == 12.50)."""
    kind = type(value)
    # Plain strings, numbers and None first: most of a record, and the same either way.
    if kind in _AS_IS:
        return value
    if kind is Decimal:
        return _decimal_text(value)  # type: ignore[arg-type]
    if kind is tuple:
        return tuple([item if type(item) in _AS_IS else _plain(item) for item in value])  # type: ignore[attr-defined]
    if kind in _SHAPES or dataclasses.is_dataclass(value):
        name, names, values = _shape(kind)
        return (
            name,
            tuple(
                [
                    (field, item if type(item) in _AS_IS else _plain(item))
                    for field, item in zip(names, values(value), strict=True)
                ]
            ),
        )
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, tuple):
        return tuple([_plain(item) for item in value])
    if isinstance(value, date):
        return value.isoformat()
    return str(value) if isinstance(value, str) else value


_UNHASHED = {"source_location": "", "received_at": None}  # where it sat, when it came


def fingerprint(claim: records.Claim) -> str:
    """What makes two versions of a claim the same: everything but where it sat in its file."""
    # As _plain(dataclasses.replace(claim, source_location="", received_at=None)), without
    # building that copy.
    name, names, values = _shape(type(claim))
    content = (
        name,
        tuple(
            [
                (field, _UNHASHED[field] if field in _UNHASHED else _plain(item))
                for field, item in zip(names, values(claim), strict=True)
            ]
        ),
    )
    return hashlib.sha256(repr(content).encode()).hexdigest()


def _pays(paid: records.Line, line: records.Line) -> bool:
    """Whether a remittance line pays this claim line: same code, and same date when both say."""
    same_day = paid.service_from is None or line.service_from in {None, paid.service_from}
    return paid.procedure_code == line.procedure_code and same_day


def _merge_remittance(claim: records.Claim, remittance: records.Claim, file: str) -> records.Claim:
    """An 835 for a stored claim fills its adjudication: status, amounts and adjustments."""
    unmatched = list(claim.lines)
    merged_lines = {line.number: line for line in claim.lines}
    for paid_line in remittance.lines:
        match = next((line for line in unmatched if _pays(paid_line, line)), None)
        if match is None:
            raise _reject(
                file,
                remittance.source_location or remittance.claim_number,
                f"line {paid_line.number} procedure",
                f"paid code {paid_line.procedure_code or '(none)'} matches no line of "
                f"claim {claim.claim_number}",
            )
        unmatched.remove(match)
        merged_lines[match.number] = dataclasses.replace(
            match,
            allowed=paid_line.allowed,
            paid=paid_line.paid,
            deductible=paid_line.deductible,
            copay=paid_line.copay,
            coinsurance=paid_line.coinsurance,
            other_payer_paid=paid_line.other_payer_paid,
            patient_responsibility=paid_line.patient_responsibility,
            adjustments=paid_line.adjustments,
        )
    return dataclasses.replace(
        claim,
        status=remittance.status,
        payer_claim_number=remittance.payer_claim_number or claim.payer_claim_number,
        allowed=remittance.allowed,
        paid=remittance.paid,
        patient_responsibility=remittance.patient_responsibility,
        adjustments=remittance.adjustments,
        lines=tuple(merged_lines[number] for number in sorted(merged_lines)),
    )


def _keep_adjudication(stored: records.Claim, incoming: records.Claim) -> records.Claim:
    """The original claim (837) arriving after its remittance keeps what the 835 said."""
    if incoming.status != records.ClaimStatus.SUBMITTED or incoming.frequency != "1":
        return incoming
    if stored.status == records.ClaimStatus.SUBMITTED:
        return incoming
    paid = {(line.procedure_code, line.service_from): line for line in stored.lines}
    lines = []
    for line in incoming.lines:
        old = paid.pop((line.procedure_code, line.service_from), None)
        if old is not None and line.allowed is None:
            line = dataclasses.replace(
                line,
                allowed=old.allowed,
                paid=old.paid,
                deductible=old.deductible,
                copay=old.copay,
                coinsurance=old.coinsurance,
                other_payer_paid=old.other_payer_paid,
                patient_responsibility=old.patient_responsibility,
                adjustments=old.adjustments,
            )
        lines.append(line)
    return dataclasses.replace(
        incoming,
        status=stored.status,
        allowed=stored.allowed,
        paid=stored.paid,
        patient_responsibility=stored.patient_responsibility,
        adjustments=stored.adjustments,
        payer_claim_number=incoming.payer_claim_number or stored.payer_claim_number,
        lines=tuple(lines),
    )


_KEPT_CLAIM_AMOUNTS = ("allowed", "paid", "patient_responsibility", *records.CLAIM_AMOUNTS)


def _keep_known_amounts(stored: records.Claim, incoming: records.Claim) -> records.Claim:
    """An update never erases an amount the stored claim knows with one the file leaves out.

    An amount the file does not state (None) keeps the stored one, on the claim and on each
    line of the same number and code. A file with no amounts at all (CARIN's non-financial
    EOB profiles) also keeps the stored billed amounts, other amounts, adjustments and status
    (unless it cancels the claim).
    """
    if stored.status == records.ClaimStatus.SUBMITTED and not _has_amounts(stored):
        return incoming
    kept: dict[str, Any] = {
        name: getattr(stored, name)
        for name in _KEPT_CLAIM_AMOUNTS
        if getattr(incoming, name) is None and getattr(stored, name) is not None
    }
    if not incoming.financial:
        kept.update(billed=stored.billed, financial=True)
        if not incoming.other_amounts:
            kept["other_amounts"] = stored.other_amounts
        if not incoming.adjustments:
            kept["adjustments"] = stored.adjustments
        if incoming.status != records.ClaimStatus.REVERSED:
            kept["status"] = stored.status
    old_lines = {line.number: line for line in stored.lines}
    lines = []
    for line in incoming.lines:
        old = old_lines.get(line.number)
        if old is None or old.procedure_code != line.procedure_code:
            lines.append(line)
            continue
        carried: dict[str, Any] = {
            name: getattr(old, name)
            for name in records.LINE_AMOUNTS
            if getattr(line, name) is None and getattr(old, name) is not None
        }
        if not incoming.financial:
            carried["billed"] = old.billed
            if not line.other_amounts:
                carried["other_amounts"] = old.other_amounts
            if not line.adjustments:
                carried["adjustments"] = old.adjustments
        lines.append(dataclasses.replace(line, **carried) if carried else line)
    return dataclasses.replace(incoming, **kept, lines=tuple(lines))


def _has_amounts(claim: records.Claim) -> bool:
    return bool(claim.billed) or any(
        getattr(claim, name) is not None for name in _KEPT_CLAIM_AMOUNTS
    )


# What the import report compares between a stored claim and its update: everything but where
# it sat in the file and how the importer read it.
_UNCOMPARED = {"lines", "source_location", "notes", "financial", "adjudicated_on", "received_at"}
_UNCOMPARED_LINE = {"number", "notes"}
MAX_REPORTED_CHANGES = 40


def claim_changes(before: records.Claim, after: records.Claim) -> list[str]:
    """The fields an update changed ("status", "paid", "line 2 allowed", "line 3 added"):
    names only, never values, so that the report can be shown and logged."""
    changed = [
        field.name
        for field in dataclasses.fields(records.Claim)
        if field.name not in _UNCOMPARED
        and _plain(getattr(before, field.name)) != _plain(getattr(after, field.name))
    ]
    old_lines = {line.number: line for line in before.lines}
    new_lines = {line.number: line for line in after.lines}
    for number in sorted(old_lines.keys() | new_lines.keys()):
        old, new = old_lines.get(number), new_lines.get(number)
        if old is None:
            changed.append(f"line {number} added")
        elif new is None:
            changed.append(f"line {number} removed")
        else:
            changed += [
                f"line {number} {field.name}"
                for field in dataclasses.fields(records.Line)
                if field.name not in _UNCOMPARED_LINE
                and _plain(getattr(old, field.name)) != _plain(getattr(new, field.name))
            ]
    if len(changed) > MAX_REPORTED_CHANGES:
        more = len(changed) - MAX_REPORTED_CHANGES
        changed = [*changed[:MAX_REPORTED_CHANGES], f"and {more} more"]
    return changed


MAX_REPORTED_NOTES = 500


def _import_notes(claims: Iterable[records.Claim]) -> list[dict[str, object]]:
    """What the importer skipped or chose, per claim and line, for the import report."""
    notes: list[dict[str, object]] = []
    for claim in claims:
        number = claim.claim_number[:80]
        notes += [{"claim": number, "line": None, "note": note} for note in claim.notes]
        for line in claim.lines:
            notes += [{"claim": number, "line": line.number, "note": note} for note in line.notes]
    return notes[:MAX_REPORTED_NOTES]


def _store(
    claims: list[records.Claim],
    *,
    filename: str,
    digest: str,
    size: int,
    kind: str,
    actor: Any | None,
    team_ids: list[int],
) -> ImportBatch:
    problems: list[Problem] = []
    for claim in claims:
        problems += [
            dataclasses.replace(p, file=p.file or filename) for p in _field_problems(claim)
        ]
    member_pks = careteam_api.served_member_pks_by_member_id(
        (claim.member_id for claim in claims), team_ids=team_ids
    )
    for claim in claims:
        if claim.member_id not in member_pks:
            # The same words for an unknown id and another team's member: no oracle.
            problems.append(
                Problem(
                    filename,
                    claim.source_location or claim.claim_number,
                    "member_id",
                    f"no member with id {claim.member_id[:32]} among your teams' members",
                )
            )
    if problems:
        raise ImportRejected(problems)

    keys = {(claim.payer_key, claim.claim_number) for claim in claims}
    existing = _existing_claims(keys, member_pks, team_ids, filename, claims)
    owners = careteam_api.member_facts_by_pk(row.member_id for row in existing.values())
    stored = {
        key: claim_record(row, member=owners[row.member_id], fill_patient=False)
        for key, row in existing.items()
    }
    final: dict[tuple[str, str], records.Claim] = {}
    seen_at: dict[tuple[str, str], str] = {}
    for claim in claims:
        key = (claim.payer_key, claim.claim_number)
        current = final.get(key) or stored.get(key)
        if claim.source in REMITTANCE_SOURCES and current is not None:
            final[key] = _merge_remittance(current, claim, filename)
        elif key in final and fingerprint(final[key]) != fingerprint(claim):
            problems.append(
                Problem(
                    filename,
                    claim.source_location or claim.claim_number,
                    "claim_number",
                    f"claim {claim.claim_number} appears twice "
                    f"in this file, differently (first at {seen_at[key]})",
                )
            )
        elif key not in final:
            if current is not None:
                claim = _keep_known_amounts(current, _keep_adjudication(current, claim))
            final[key] = claim
        seen_at.setdefault(key, claim.source_location or "?")
    if problems:
        raise ImportRejected(problems)

    providers = _providers(final.values())
    batch = ImportBatch.objects.create(
        filename=filename,
        sha256=digest,
        size_bytes=size,
        actor=actor,
        format=kind or _formats(final.values()),
        outcome=ImportBatch.Outcome.STORED,
    )
    batch.teams.set(team_ids)
    now = timezone.now()
    # New claims go in as columns (model instances cost more to build than the COPY).
    created: list[tuple[dict[str, object], records.Claim]] = []
    updated: list[tuple[Claim, records.Claim]] = []
    unchanged = 0
    changes: list[dict[str, object]] = []
    for key, claim in final.items():
        digest_of_claim = fingerprint(claim)
        row = existing.get(key)
        if row is not None and row.content_hash == digest_of_claim:
            unchanged += 1
            continue
        columns = _claim_columns(
            claim, member_pks[claim.member_id], providers, batch, digest_of_claim
        )
        if claim.adjudicated_on is not None:
            columns["adjudicated_at"] = datetime.combine(claim.adjudicated_on, time(12), tzinfo=UTC)
        elif claim.source in REMITTANCE_SOURCES or claim.status != records.ClaimStatus.SUBMITTED:
            columns["adjudicated_at"] = (row.adjudicated_at if row is not None else None) or now
        if row is None:
            created.append((columns, claim))
            continue
        changes.append(
            {"claim": claim.claim_number[:80], "changed": claim_changes(stored[key], claim)}
        )
        for name, value in columns.items():
            setattr(row, name, value)
        row.save()
        updated.append((row, claim))
    created_ids = _copy_rows(Claim, [columns for columns, _ in created])
    ClaimLine.objects.filter(claim__in=[row for row, _ in updated]).delete()
    ClaimAdjustment.objects.filter(claim__in=[row for row, _ in updated]).delete()
    lines_stored = _store_lines(
        [
            *zip(created_ids, (claim for _, claim in created), strict=True),
            *((row.pk, claim) for row, claim in updated),
        ],
        providers,
    )
    batch.claims_created, batch.claims_updated = len(created), len(updated)
    batch.claims_unchanged, batch.lines_stored = unchanged, lines_stored
    batch.changes = changes[:MAX_REPORTED_NOTES]
    batch.notes = _import_notes(claim for _, claim in [*created, *updated])
    if not created and not updated:
        batch.outcome = ImportBatch.Outcome.UNCHANGED
    batch.save()
    careteam_api.audit_record(
        actor=actor,
        action="import_claims",
        obj=batch,
        detail=f"created={len(created)} updated={len(updated)} unchanged={unchanged}",
    )
    if created or updated:
        careteam_api.enqueue_job(name=CHECK_BATCH, args=[batch.pk], key=f"{CHECK_BATCH}:{batch.pk}")
    return batch


def _formats(claims: Iterable[records.Claim]) -> str:
    sources = sorted({claim.source.split("-")[0] for claim in claims if claim.source})
    return "+".join(sources)[:20]


def _existing_claims(
    keys: set[tuple[str, str]],
    member_pks: dict[str, int],
    team_ids: list[int],
    filename: str,
    claims: list[records.Claim],
) -> dict[tuple[str, str], Claim]:
    """The stored claims these records update: each one's own member's claim of that number,
    locked and loaded with details.

    Claims of members these teams do not serve are never loaded, and nothing is said of them:
    the record becomes its member's own new claim. The same number on another member these
    teams serve is refused: a claim stays with the member it was stored for.
    """
    by_payer: dict[str, list[str]] = defaultdict(list)
    for payer_key, number in keys:
        by_payer[payer_key].append(number)
    candidates: list[tuple[int, str, str, int]] = []
    for payer_key, numbers in by_payer.items():
        for start in range(0, len(numbers), 2000):
            candidates += Claim.objects.filter(
                payer_key=payer_key, claim_number__in=numbers[start : start + 2000]
            ).values_list("pk", "payer_key", "claim_number", "member_id")
    served = careteam_api.members_served(
        member_pks={member for *_, member in candidates}, team_ids=team_ids
    )
    visible: dict[tuple[str, str], dict[int, int]] = defaultdict(dict)  # key -> member -> pk
    for pk, payer_key, number, member in candidates:
        if member in served:
            visible[(payer_key, number)][member] = pk
    own: dict[tuple[str, str], int] = {}
    problems: list[Problem] = []
    for claim in claims:
        key = (claim.payer_key, claim.claim_number)
        pk = visible[key].get(member_pks[claim.member_id]) if key in visible else None
        if pk is not None:
            own[key] = pk
        elif key in visible:
            problems.append(
                Problem(
                    filename,
                    claim.source_location or claim.claim_number,
                    "member_id",
                    f"claim {claim.claim_number[:80]} is on file for a different member of "
                    "your teams; a claim is not moved to another member",
                )
            )
    if problems:
        raise ImportRejected(problems)
    wanted = sorted(set(own.values()))
    found: dict[tuple[str, str], Claim] = {}
    for start in range(0, len(wanted), 2000):
        rows = (
            Claim.objects.select_for_update(of=("self",))
            .filter(pk__in=wanted[start : start + 2000])
            .with_details()
        )
        found.update({(row.payer_key, row.claim_number): row for row in rows})
    return found


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


def _providers(claims: Iterable[records.Claim]) -> dict[str, Provider]:
    """Each provider on these claims, created when new. Provider rows are shared by every
    team's claims, so an existing one is never changed by an import (network status lives on
    the claims; a name is kept as first stated)."""
    wanted: dict[str, records.Provider] = {}
    for claim in claims:
        for provider in _all_providers(claim):
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


def _claim_columns(
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


def _amounts_record(stored: dict[str, str]) -> tuple[tuple[str, Decimal], ...]:
    return tuple((name, Decimal(amount)) for name, amount in stored.items())


_LINE_VALUES = operator.attrgetter(*LINE_FIELDS)


def _line_columns(line: records.Line) -> dict[str, object]:
    return {
        **dict(zip(LINE_FIELDS, _LINE_VALUES(line), strict=True)),
        "modifiers": list(line.modifiers),
        "diagnosis_pointers": list(line.diagnosis_pointers),
        "other_amounts": _amounts_json(line.other_amounts),
        "notes": list(line.notes),
    }


def _store_lines(
    claims: Sequence[tuple[int, records.Claim]], providers: dict[str, Provider]
) -> int:
    """Insert the lines and adjustments of these stored claims, by claim id (as columns, not
    model instances: building ten thousands of those cost more than the COPY)."""
    lines: list[dict[str, object]] = []
    pending: list[records.Line] = []
    adjustments: list[dict[str, object]] = []
    for claim_id, claim in claims:
        for position, adjustment in enumerate(claim.adjustments):
            adjustments.append(_adjustment_columns(claim_id, None, position, adjustment))
        for line in claim.lines:
            rendering = line.rendering_provider
            lines.append(
                {
                    "claim_id": claim_id,
                    **_line_columns(line),
                    "rendering_provider_id": (
                        providers[provider_key(rendering)].pk if rendering else None
                    ),
                    "rendering_network": _network(rendering),
                }
            )
            pending.append(line)
    line_ids = _copy_rows(ClaimLine, lines)
    # Positions count within each claim (a small integer): its line adjustments after its own.
    offsets: dict[object, int] = defaultdict(lambda: 1000)
    for columns, line_id, line in zip(lines, line_ids, pending, strict=True):
        claim_id = columns["claim_id"]
        offset = offsets[claim_id]
        for position, adjustment in enumerate(line.adjustments, start=offset):
            adjustments.append(_adjustment_columns(claim_id, line_id, position, adjustment))
        offsets[claim_id] = offset + len(line.adjustments)
    _copy_rows(ClaimAdjustment, adjustments)
    return len(lines)


def _adjustment_columns(
    claim_id: object, line_id: int | None, position: int, adjustment: records.Adjustment
) -> dict[str, object]:
    return {
        "claim_id": claim_id,
        "line_id": line_id,
        "position": position,
        "group": adjustment.group,
        "reason": adjustment.reason,
        "amount": adjustment.amount,
    }


def _stamped(field: models.Field) -> bool:
    return bool(getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False))


def _copy_rows(model: type[models.Model], rows: Sequence[dict[str, object]]) -> list[int]:
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
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in [meta.pk, *fields])
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [meta.db_table, meta.pk.column, len(rows)],
        )
        ids = [pk for (pk,) in cursor.fetchall()]
        with (
            connection.wrap_database_errors,
            cursor.copy(f"COPY {quote(meta.db_table)} ({columns}) FROM STDIN") as copy,
        ):
            for pk, row in zip(ids, rows, strict=True):
                values: list[object] = [pk, *[row.get(name, default) for name, default in defaults]]
                for position, convert in conversions:
                    value = values[position]
                    # Text goes as it is (an enum member is a str too, but not of type str).
                    if value is not None and (convert is _json_text or type(value) is not str):
                        values[position] = convert(value)
                copy.write_row(values)
    return ids


def _copy_converter(field: models.Field) -> Any:
    """How _copy_rows writes a field's values as Django's own save would (None: as they are)."""
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


# --- Back to records: what the checks read -----------------------------------------------------


def _provider_record(row: Provider | None, network: str) -> records.Provider | None:
    """A provider as the claim saw it: the shared row with the claim's own network status."""
    if row is None:
        return None
    return records.Provider(
        npi=row.npi, name=row.name, network=records.Network(network), taxonomy=row.taxonomy
    )


def _adjustment_record(row: dict[str, Any]) -> records.Adjustment:
    return records.Adjustment(group=row["group"], reason=row["reason"], amount=row["amount"])


def claim_record(
    claim: Claim, *, member: careteam_api.MemberFacts | None = None, fill_patient: bool = True
) -> records.Claim:
    """A stored claim as the plain record the checks consume (load it `.with_details()`).

    Pass the claim's `member` (careteam_api.member_facts_by_pk) to save a query; the patient's
    birth date and sex then fall back to the member's when the source did not state them
    (unless `fill_patient` is off: the record exactly as stored).
    """
    lines = list(claim.lines.all())
    providers = {
        row.pk: row
        for row in (
            claim.billing_provider,
            claim.rendering_provider,
            claim.facility,
            *(line.rendering_provider for line in lines),
        )
        if row is not None
    }
    return _record_of_columns(
        _columns(claim),
        lines=[_columns(line) for line in lines],
        adjustments=[_columns(row) for row in claim.adjustments.all()],
        providers=providers,
        member_id=member.member_id if member is not None else _member_id(claim),
        member=member if fill_patient else None,
    )


def _columns(row: models.Model) -> dict[str, Any]:
    return {field.attname: getattr(row, field.attname) for field in row._meta.concrete_fields}


def _record_of_columns(
    claim: dict[str, Any],
    *,
    lines: Sequence[dict[str, Any]],
    adjustments: Sequence[dict[str, Any]],
    providers: dict[int, Provider],
    member_id: str,
    member: careteam_api.MemberFacts | None,
) -> records.Claim:
    """claim_record from columns (attname -> value): the claim's, its lines' by number and its
    adjustments' by position; `member` fills the patient's birth date and sex when given."""

    def provider(pk: int | None, network: str) -> records.Provider | None:
        return _provider_record(None if pk is None else providers[pk], network)

    by_line: dict[int, list[records.Adjustment]] = defaultdict(list)
    for row in adjustments:
        if row["line_id"] is not None:
            by_line[row["line_id"]].append(_adjustment_record(row))
    record_lines = tuple(
        records.Line(
            **{name: line[name] for name in LINE_FIELDS},
            modifiers=tuple(line["modifiers"]),
            diagnosis_pointers=tuple(line["diagnosis_pointers"]),
            other_amounts=_amounts_record(line["other_amounts"]),
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
        other_amounts=_amounts_record(claim["other_amounts"]),
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


# --- Checks and flags --------------------------------------------------------------------------


def _findings_for(
    record: records.Claim, history: tuple[records.Claim, ...], reference: Reference
) -> list[Finding]:
    """The miscoding checks' findings on one claim; `history` is the member's other claims
    with dates of service within HISTORY_DAYS of it (for the duplicate checks)."""
    return run_checks(record, history=history, reference=reference)


def _column_rows(
    model: type[models.Model], *, order_by: str = "", **conditions: object
) -> list[dict[str, Any]]:
    """Every column of the rows matching `conditions` (`<attname>__in`, `__gte`, `__lte`, all
    of them), as dicts (attname -> value) like `.values()`, in `order_by`'s order.

    On PostgreSQL through a plain cursor: `= ANY(array)` is one parameter where an IN list of
    thousands costs more to build than to fetch, and each JSON column's distinct texts are
    decoded once (most are `[]` and `{}`), so the decoded lists and dicts are shared between
    rows: read them, never change them."""
    if connection.vendor != "postgresql":
        rows = model._default_manager.filter(**conditions)  # type: ignore[attr-defined]
        return list((rows.order_by(order_by) if order_by else rows).values())
    meta = model._meta
    quote = connection.ops.quote_name
    clauses, params = [], []
    for condition, value in conditions.items():
        name, lookup = condition.rsplit("__", 1)
        column = quote(meta.get_field(name).column)
        clauses.append(f"{column} {_OPERATORS[lookup]}")
        params.append(list(value) if lookup == "in" else value)  # type: ignore[call-overload]
    fields = meta.concrete_fields
    # Only the model's own quoted names go into the text; every value is a parameter.
    sql = (
        f"SELECT {', '.join(quote(field.column) for field in fields)} "  # noqa: S608
        f"FROM {quote(meta.db_table)} WHERE {' AND '.join(clauses) or 'TRUE'}"
    )
    if order_by:
        sql += f" ORDER BY {quote(meta.get_field(order_by).column)}"
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


def _check_claims(claim_ids: list[int]) -> int:
    """Check these claims with their members' nearby claims as history; returns flags changed."""
    spans = list(
        Claim.objects.filter(pk__in=claim_ids).values_list("pk", "member_id", "service_from")
    )
    if not spans:
        return 0
    member_pks = {member_pk for _, member_pk, _ in spans}
    members = careteam_api.member_facts_by_pk(member_pks)
    window = timedelta(days=HISTORY_DAYS)
    # The claims themselves and their members' claims within the window, loaded once, as
    # columns rather than model instances (those cost more than the checks themselves).
    nearby = _column_rows(
        Claim,
        member_id__in=member_pks,
        service_from__gte=min(day for *_, day in spans) - window,
        service_from__lte=max(day for *_, day in spans) + window,
    )
    nearby_ids = [row["id"] for row in nearby]
    lines_of: dict[int, list[dict[str, Any]]] = defaultdict(list)
    adjustments_of: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for start in range(0, len(nearby_ids), 5000):
        some = nearby_ids[start : start + 5000]
        for line in _column_rows(ClaimLine, claim_id__in=some, order_by="number"):
            lines_of[line["claim_id"]].append(line)
        for row in _column_rows(ClaimAdjustment, claim_id__in=some, order_by="position"):
            adjustments_of[row["claim_id"]].append(row)
    providers = Provider.objects.in_bulk(
        {
            pk
            for columns in [*nearby, *(line for lines in lines_of.values() for line in lines)]
            for pk in (
                columns.get("billing_provider_id"),
                columns.get("rendering_provider_id"),
                columns.get("facility_id"),
            )
            if pk is not None
        }
    )
    neighbours: dict[int, list[dict[str, Any]]] = defaultdict(list)
    wanted = {pk for pk, _, _ in spans}
    claims = []
    for other in nearby:
        neighbours[other["member_id"]].append(other)
        if other["id"] in wanted:
            claims.append(other)
    as_record: dict[int, records.Claim] = {}

    def record_of(row: dict[str, Any]) -> records.Claim:
        pk = row["id"]
        if pk not in as_record:
            member = members[row["member_id"]]
            as_record[pk] = _record_of_columns(
                row,
                lines=lines_of[pk],
                adjustments=adjustments_of[pk],
                providers=providers,
                member_id=member.member_id,
                member=member,
            )
        return as_record[pk]

    # A clean claim with no flags stays out of flags_sync_many, which would lock its row (in
    # PostgreSQL a write per row, and a wait for a concurrent import of it) to change nothing.
    flagged = set(
        Flag.objects.filter(claim_id__in=[claim["id"] for claim in claims]).values_list(
            "claim_id", flat=True
        )
    )
    reference = reference_from_database()  # one per run: rebuilt only when the tables change
    to_sync: dict[int, list[Finding]] = {}
    for claim in claims:
        history = tuple(
            record_of(other)
            for other in neighbours[claim["member_id"]]
            if other["id"] != claim["id"]
            and abs(other["service_from"] - claim["service_from"]) <= window
        )
        findings = _findings_for(record_of(claim), history, reference)
        if findings or claim["id"] in flagged:  # else clean, and nothing to close
            to_sync[claim["id"]] = findings
    result = flags_sync_many(findings_by_claim=to_sync)
    return result.created + result.updated + result.closed + result.reopened


@careteam_api.job_handler(CHECK_CLAIM, max_attempts=5)
def claims_check(claim_id: int) -> str:
    """Run the checks on one claim and bring its flags up to date (idempotent)."""
    if not Claim.objects.filter(pk=claim_id).exists():
        return "missing"
    return f"{_check_claims([claim_id])} flag change(s)"


CHECK_CHUNK = 500


def _check_in_chunks(claims: models.QuerySet[Claim]) -> str:
    """Check these claims CHECK_CHUNK at a time; the job's outcome line."""
    # By member, so that each chunk loads few members' histories.
    ids = list(claims.order_by("member_id", "pk").values_list("pk", flat=True))
    changed = 0
    for start in range(0, len(ids), CHECK_CHUNK):
        changed += _check_claims(ids[start : start + CHECK_CHUNK])
    return f"{len(ids)} claim(s), {changed} flag change(s)"


@careteam_api.job_handler(CHECK_BATCH, max_attempts=5, lease_seconds=3600)
def claims_check_batch(batch_id: int) -> str:
    """Run the checks on every claim an import created or changed (idempotent)."""
    return _check_in_chunks(Claim.objects.filter(batch_id=batch_id))


RECHECK_ALL = "claims_recheck_all"


def claims_recheck_enqueue(*, reference_version: str) -> None:
    """Check every stored claim again (reference data changed); once per reference version."""
    digest = hashlib.sha256(reference_version.encode()).hexdigest()[:32]
    with transaction.atomic():
        careteam_api.enqueue_job(name=RECHECK_ALL, args=[digest], key=f"{RECHECK_ALL}:{digest}")


@careteam_api.job_handler(RECHECK_ALL, max_attempts=5, lease_seconds=4 * 3600)
def claims_recheck_all(reference_digest: str) -> str:
    """Run the checks on every claim, member by member, in chunks (idempotent).

    `reference_digest` only makes the job's key one per reference version; the checks read
    the current tables. It stays a parameter because stored jobs carry it in their arguments
    and careteam.jobs.run calls the handler with them.
    """
    return _check_in_chunks(Claim.objects.all())


@dataclass(frozen=True)
class ReferenceLoad:
    result: LoadResult
    reference_version: str = ""  # set when the table changed and the recheck was enqueued


def reference_load(
    kind: str, paths: Sequence[str | os.PathLike[str]], **options: Any
) -> ReferenceLoad:
    """Load a reference table (options as claims.reference.loading.load_reference takes them)
    and, when it changed, check every stored claim again against it.

    The recheck is enqueued in the transaction that loads the table, so that a table is never
    stored without its recheck. Raises claims.reference.files.ReferenceFileError for bad input.
    """
    with transaction.atomic():
        result = load_reference(kind, paths, **options)
        if not result.loaded:
            return ReferenceLoad(result)
        version = current_reference_version()
        claims_recheck_enqueue(reference_version=version)
    return ReferenceLoad(result, reference_version=version)


@dataclass(frozen=True)
class SyncResult:
    created: int = 0
    updated: int = 0
    closed: int = 0
    reopened: int = 0


def flag_key(finding: Finding) -> str:
    key = finding.key
    if len(key) <= 255:
        return key
    return f"{finding.check_id[:64]}|sha256:{hashlib.sha256(key.encode()).hexdigest()}"


def _flag_content(finding: Finding) -> dict[str, object]:
    return {
        "check_id": finding.check_id[:64],
        "severity": finding.severity.value,
        "severity_rank": SEVERITY_RANK.get(finding.severity, 0),
        "summary": finding.summary[:300],
        "explanation": finding.explanation,
        "line_numbers": list(finding.line_numbers),
        "codes": list(finding.codes),
        "evidence": {str(k): str(v) for k, v in finding.evidence.items()},
    }


def flags_sync(*, claim_id: int, findings: list[Finding]) -> SyncResult:
    """Make the claim's flags match what the checks found now.

    A new problem opens a flag; one found again updates its flag's wording and evidence; an
    open flag whose problem is gone is closed (resolved by the checks) and reopens if the
    problem returns. A person's resolve or dismiss decision is kept whatever a re-run finds.
    """
    return flags_sync_many(findings_by_claim={claim_id: findings})


def flags_sync_many(*, findings_by_claim: dict[int, list[Finding]]) -> SyncResult:
    """flags_sync for several claims in one transaction (a chunk of the checks job): their
    rows locked in pk order, their flags read in one query and the new ones inserted in one."""
    if not findings_by_claim:
        return SyncResult()
    claim_ids = sorted(findings_by_claim)
    created = updated = closed = reopened = 0
    with transaction.atomic():
        list(
            Claim.objects.select_for_update()
            .filter(pk__in=claim_ids)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        existing_by_claim: dict[int, dict[str, Flag]] = defaultdict(dict)
        for flag in Flag.objects.filter(claim_id__in=claim_ids):
            existing_by_claim[flag.claim_id][flag.key] = flag
        now = timezone.now()
        new: list[Flag] = []
        for claim_id in claim_ids:
            wanted = {
                flag_key(finding): _flag_content(finding) for finding in findings_by_claim[claim_id]
            }
            existing = existing_by_claim.get(claim_id, {})
            new += [
                Flag(claim_id=claim_id, key=key, **content)
                for key, content in wanted.items()
                if key not in existing
            ]
            for key, flag in existing.items():
                content = wanted.get(key)
                if content is None:
                    if flag.is_open:
                        flag.status, flag.decided_at = Flag.Status.RESOLVED, now
                        flag.decision_reason, flag.decided_by = AUTO_RESOLVED_REASON, None
                        flag.auto_resolved = True
                        flag.save()
                        closed += 1
                    continue
                changes = {
                    name: value for name, value in content.items() if getattr(flag, name) != value
                }
                if flag.auto_resolved and not flag.is_open:
                    changes.update(
                        status=Flag.Status.OPEN,
                        decided_at=None,
                        decision_reason="",
                        auto_resolved=False,
                    )
                    reopened += 1
                elif changes:
                    updated += 1
                if changes:
                    for name, value in changes.items():
                        setattr(flag, name, value)
                    flag.save()
        Flag.objects.bulk_create(new, batch_size=1000)
        created = len(new)
    return SyncResult(created=created, updated=updated, closed=closed, reopened=reopened)


class FlagDecision:
    RESOLVE = "resolve"
    DISMISS = "dismiss"
    CHOICES = ((RESOLVE, "Resolve"), (DISMISS, "Dismiss"))


MAX_REASON = 500


def flag_decide(*, flag: Flag, actor: Any, decision: str, reason: str) -> Flag:
    """Resolve or dismiss an open flag with a reason; recorded on the flag and audited."""
    if not careteam_api.user_can_work_threads(actor):
        raise ServiceError("Your role cannot decide on claim flags.")
    text = reason.strip()
    if decision not in {FlagDecision.RESOLVE, FlagDecision.DISMISS}:
        raise ServiceError("Choose resolve or dismiss.", field="decision")
    if len(text) < 3:
        raise ServiceError("Say why, in a few words.", field="reason")
    if len(text) > MAX_REASON:
        raise ServiceError(f"Keep the reason under {MAX_REASON} characters.", field="reason")
    with transaction.atomic():
        locked = Flag.objects.select_for_update().select_related("claim").get(pk=flag.pk)
        if not locked.is_open:
            raise ServiceError(f"This flag was already {locked.get_status_display().lower()}.")
        locked.status = (
            Flag.Status.RESOLVED if decision == FlagDecision.RESOLVE else (Flag.Status.DISMISSED)
        )
        locked.decided_at, locked.decided_by = timezone.now(), actor
        locked.decision_reason, locked.auto_resolved = text, False
        locked.save()
        careteam_api.audit_record(
            actor=actor,
            action="decide_flag",
            member_pk=locked.claim.member_id,
            obj=locked,
            detail=f"{decision} check={locked.check_id} claim={locked.claim_id}",
        )
    return locked
