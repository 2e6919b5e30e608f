"""Importing a claims file: all or nothing, for the teams the import is for.

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
import gc
import hashlib
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import PurePosixPath
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from careteam import api as careteam_api
from claims import records
from claims.audit import AuditAction
from claims.models import Claim, ClaimAdjustment, ClaimLine, ImportBatch
from claims.records import ImportRejected, Problem
from claims.services import ServiceError
from claims.services.checks import CHECK_BATCH
from claims.services.columns import (
    claim_columns,
    copy_rows,
    field_problems,
    store_lines,
    store_providers,
)
from claims.services.merging import (
    claim_changes,
    fingerprint,
    keep_adjudication,
    keep_known_amounts,
    merge_remittance,
)
from claims.services.stored import claim_record
from claims.services.uploads import guess_format, parse_all, unpack

logger = logging.getLogger(__name__)

REMITTANCE_SOURCES = {"x12-835"}


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


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while a file is read and stored (then as it was).

    Reading a file makes several objects per line, none of them in a cycle, and keeps every
    one until the file is stored; the collector, run again and again as they piled up, walked
    them all each time: 1.2 of the 4.0 CPU seconds of Python that importing the claims bench's
    51,421 lines took. Reference counting frees them as before; a cycle made meanwhile is
    collected once the collector runs again. The switch is the process's: in a threaded server
    other threads' cycles wait too (for one import's length), and of two imports at once the
    first to end turns it back on, which only makes the other slower.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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
        with _no_cycle_collection():
            files, kind = unpack(data, filename)
            claims = parse_all(files)
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
            format=guess_format(data),
        )
        batch.teams.set(team_ids)
        careteam_api.audit_record(
            actor=actor,
            action=AuditAction.IMPORT_CLAIMS,
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
        problems += [dataclasses.replace(p, file=p.file or filename) for p in field_problems(claim)]
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
            final[key] = merge_remittance(current, claim, filename)
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
                claim = keep_known_amounts(current, keep_adjudication(current, claim))
            final[key] = claim
        seen_at.setdefault(key, claim.source_location or "?")
    if problems:
        raise ImportRejected(problems)

    providers = store_providers(final.values())
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
        columns = claim_columns(
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
    created_ids = copy_rows(Claim, [columns for columns, _ in created])
    ClaimLine.objects.filter(claim__in=[row for row, _ in updated]).delete()
    ClaimAdjustment.objects.filter(claim__in=[row for row, _ in updated]).delete()
    lines_stored = store_lines(
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
        action=AuditAction.IMPORT_CLAIMS,
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
        stored_pk = visible[key].get(member_pks[claim.member_id]) if key in visible else None
        if stored_pk is not None:
            own[key] = stored_pk
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
