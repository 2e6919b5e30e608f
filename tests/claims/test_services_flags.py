"""flags_sync: new findings open flags, repeated ones update, gone ones close, decisions stay."""

from __future__ import annotations

import pytest

from careteam.models import AuditEvent
from claims.models import Flag
from claims.records import Finding, Severity
from claims.services import ServiceError
from claims.services.flags import flag_decide, flags_sync, flags_sync_many

pytestmark = pytest.mark.django_db


def finding(check: str = "mue-units", lines: tuple[int, ...] = (2,), **changes) -> Finding:  # type: ignore[no-untyped-def]
    values = {
        "check_id": check,
        "severity": Severity.HIGH,
        "claim_number": "CLM-1",
        "summary": "40 units of J1885 on one day; the limit is 8",
        "explanation": "The bill lists more of this drug than is usually given in a day.",
        "line_numbers": lines,
        "codes": ("J1885",),
        "evidence": {"units": "40", "mue": "8"},
    }
    return Finding(**{**values, **changes})


def test_new_findings_open_flags_and_a_rerun_changes_nothing(stored_claim):
    result = flags_sync(claim_id=stored_claim.pk, findings=[finding(), finding("pos-invalid")])
    assert (result.created, result.updated, result.closed) == (2, 0, 0)
    flag = Flag.objects.get(check_id="mue-units")
    assert (flag.status, flag.severity, flag.severity_rank) == ("open", "high", 3)
    assert flag.evidence == {"units": "40", "mue": "8"} and flag.line_numbers == [2]
    assert flag.key == finding().key
    before = list(Flag.objects.order_by("pk").values())
    again = flags_sync(claim_id=stored_claim.pk, findings=[finding(), finding("pos-invalid")])
    assert again == type(again)()
    assert list(Flag.objects.order_by("pk").values()) == before


def test_several_claims_sync_in_one_call_each_with_its_own_flags(stored_claim, agent):
    from claims.models import Claim
    from claims.services.imports import claims_import
    from tests.claims.conftest import claim_rows, csv_bytes

    member = stored_claim.member.member_id
    claims_import(data=csv_bytes(claim_rows(member, number="CLM-2")), filename="b.csv", actor=agent)
    other = Claim.objects.get(claim_number="CLM-2")
    flags_sync(claim_id=stored_claim.pk, findings=[finding(), finding("pos-invalid")])
    result = flags_sync_many(
        findings_by_claim={stored_claim.pk: [finding()], other.pk: [finding(claim_number="CLM-2")]}
    )
    assert (result.created, result.updated, result.closed) == (1, 0, 1)
    assert sorted(Flag.objects.values_list("claim__claim_number", "check_id", "status")) == [
        ("CLM-1", "mue-units", "open"),
        ("CLM-1", "pos-invalid", "resolved"),
        ("CLM-2", "mue-units", "open"),
    ]
    assert flags_sync_many(findings_by_claim={}) == type(result)()


def test_a_changed_finding_updates_its_flag(stored_claim):
    flags_sync(claim_id=stored_claim.pk, findings=[finding()])
    result = flags_sync(
        claim_id=stored_claim.pk, findings=[finding(summary="New words", severity=Severity.MEDIUM)]
    )
    assert result.updated == 1 and result.created == 0
    flag = Flag.objects.get()
    assert (flag.summary, flag.severity, flag.severity_rank) == ("New words", "medium", 2)


def test_a_gone_problem_closes_its_flag_and_reopens_when_it_returns(stored_claim):
    flags_sync(claim_id=stored_claim.pk, findings=[finding()])
    assert flags_sync(claim_id=stored_claim.pk, findings=[]).closed == 1
    flag = Flag.objects.get()
    assert flag.status == Flag.Status.RESOLVED and flag.auto_resolved
    assert flag.decided_by is None and flag.decided_at is not None
    assert flags_sync(claim_id=stored_claim.pk, findings=[finding()]).reopened == 1
    flag.refresh_from_db()
    assert flag.status == Flag.Status.OPEN and flag.decided_at is None and not flag.auto_resolved


def test_a_persons_decision_is_kept_by_reruns(stored_claim, agent):
    flags_sync(claim_id=stored_claim.pk, findings=[finding()])
    flag = flag_decide(
        flag=Flag.objects.get(),
        actor=agent,
        decision="dismiss",
        reason="The provider confirmed the dose in writing.",
    )
    assert flag.status == Flag.Status.DISMISSED and flag.decided_by == agent
    for findings in ([finding()], [], [finding(summary="reworded")]):
        flags_sync(claim_id=stored_claim.pk, findings=findings)
        flag.refresh_from_db()
        assert flag.status == Flag.Status.DISMISSED and flag.decided_by == agent
    assert Flag.objects.count() == 1


def test_decisions_need_a_reason_an_open_flag_and_a_working_role(stored_claim, agent, analyst):
    flags_sync(claim_id=stored_claim.pk, findings=[finding()])
    flag = Flag.objects.get()
    with pytest.raises(ServiceError, match="Say why"):
        flag_decide(flag=flag, actor=agent, decision="resolve", reason="  ")
    with pytest.raises(ServiceError, match="role"):
        flag_decide(flag=flag, actor=analyst, decision="resolve", reason="fine by me")
    flag_decide(flag=flag, actor=agent, decision="resolve", reason="Corrected claim received")
    with pytest.raises(ServiceError, match="already resolved"):
        flag_decide(flag=flag, actor=agent, decision="dismiss", reason="again")
    event = AuditEvent.objects.get(action="decide_flag")
    assert (event.actor, event.member_id, event.object_id) == (
        agent,
        stored_claim.member_id,
        str(flag.pk),
    )
    assert "Corrected" not in event.detail  # the reason may quote member data; never audited


def test_very_long_keys_are_hashed_but_stay_stable(stored_claim):
    long = finding(codes=tuple(f"C{n:04d}" for n in range(80)))
    assert len(long.key) > 255
    flags_sync(claim_id=stored_claim.pk, findings=[long])
    flags_sync(claim_id=stored_claim.pk, findings=[long])
    assert Flag.objects.count() == 1 and len(Flag.objects.get().key) <= 255
