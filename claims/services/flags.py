"""Flags: kept in step with what the checks find, and decided (resolved or dismissed) by
staff."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from careteam import api as careteam_api
from claims.audit import AuditAction
from claims.models import SEVERITY_RANK, Claim, Flag
from claims.records import Finding
from claims.services import ServiceError
from claims.services.columns import copy_rows

AUTO_RESOLVED_REASON = "No longer found when the claim was checked again."


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
        new: list[dict[str, object]] = []
        for claim_id in claim_ids:
            wanted = {
                flag_key(finding): _flag_content(finding) for finding in findings_by_claim[claim_id]
            }
            existing = existing_by_claim.get(claim_id, {})
            new += [
                {"claim_id": claim_id, "key": key, **content}
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
        copy_rows(Flag, new)  # as columns through COPY: building Flag instances cost more
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
            action=AuditAction.DECIDE_FLAG,
            member_pk=locked.claim.member_id,
            obj=locked,
            detail=f"{decision} check={locked.check_id} claim={locked.claim_id}",
        )
    return locked
