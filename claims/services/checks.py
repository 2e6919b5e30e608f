"""The checks jobs: run the miscoding checks on stored claims (with each member's nearby
claims as history) and bring their flags up to date; idempotent, in chunks."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import timedelta
from typing import Any

from django.db import models, transaction

from careteam import api as careteam_api
from claims import records
from claims.checks import run_checks
from claims.models import Claim, ClaimAdjustment, ClaimLine, Flag, Provider
from claims.records import Finding
from claims.reference.lookup import Reference, reference_from_database
from claims.services.flags import flags_sync_many
from claims.services.stored import ProviderRecords, column_rows, record_of_columns

CHECK_BATCH = "claims_check_batch"
CHECK_CLAIM = "claims_check"
HISTORY_DAYS = 365  # the checks compare a claim with the member's claims this close in time


def _findings_for(
    record: records.Claim, history: tuple[records.Claim, ...], reference: Reference
) -> list[Finding]:
    """The miscoding checks' findings on one claim; `history` is the member's other claims
    with dates of service within HISTORY_DAYS of it (for the duplicate checks)."""
    return run_checks(record, history=history, reference=reference)


def _check_claims(claim_ids: list[int]) -> int:
    """Check these claims with their members' nearby claims as history; returns flags changed."""
    spans = [
        (row["id"], row["member_id"], row["service_from"])
        for row in column_rows(Claim, only=("id", "member_id", "service_from"), id__in=claim_ids)
    ]
    if not spans:
        return 0
    member_pks = {member_pk for _, member_pk, _ in spans}
    members = careteam_api.member_facts_by_pk(member_pks)
    window = timedelta(days=HISTORY_DAYS)
    # The claims themselves and their members' claims within the window, loaded once, as
    # columns rather than model instances (those cost more than the checks themselves).
    nearby = column_rows(
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
        for line in column_rows(ClaimLine, claim_id__in=some, order_by="number"):
            lines_of[line["claim_id"]].append(line)
        for row in column_rows(ClaimAdjustment, claim_id__in=some, order_by="position"):
            adjustments_of[row["claim_id"]].append(row)
    provider_ids = {
        pk
        for columns in [*nearby, *(line for lines in lines_of.values() for line in lines)]
        for pk in (
            columns.get("billing_provider_id"),
            columns.get("rendering_provider_id"),
            columns.get("facility_id"),
        )
        if pk is not None
    }
    providers = ProviderRecords(
        {
            row["id"]: (row["npi"], row["name"], row["taxonomy"])
            for row in column_rows(
                Provider, only=("id", "npi", "name", "taxonomy"), id__in=provider_ids
            )
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
            as_record[pk] = record_of_columns(
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
    flagged = {
        row["claim_id"]
        for row in column_rows(
            Flag, only=("claim_id",), claim_id__in=[claim["id"] for claim in claims]
        )
    }
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


def claims_check_batch(batch_id: int) -> str:
    """Run the checks on every claim an import created or changed (idempotent)."""
    return _check_in_chunks(Claim.objects.filter(batch_id=batch_id))


RECHECK_ALL = "claims_recheck_all"


def claims_recheck_enqueue(*, reference_version: str) -> None:
    """Check every stored claim again (reference data changed); once per reference version."""
    digest = hashlib.sha256(reference_version.encode()).hexdigest()[:32]
    with transaction.atomic():
        careteam_api.enqueue_job(name=RECHECK_ALL, args=[digest], key=f"{RECHECK_ALL}:{digest}")


def claims_recheck_all(reference_digest: str) -> str:
    """Run the checks on every claim, member by member, in chunks (idempotent).

    `reference_digest` only makes the job's key one per reference version; the checks read
    the current tables. It stays a parameter because stored jobs carry it in their arguments
    and careteam.jobs.run calls the handler with them.
    """
    return _check_in_chunks(Claim.objects.all())
