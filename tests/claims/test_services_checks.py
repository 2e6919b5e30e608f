"""The checks job: claim rows back to records, each with the member's nearby claims as
history, handed to _findings_for (where claims.checks.run_checks is wired), flags synced."""

from __future__ import annotations

import pytest

from careteam.jobs import run
from careteam.models import Job
from claims.models import Claim, Flag
from claims.records import Finding, Severity
from claims.services.checks import claims_check
from claims.services.imports import claims_import
from tests.claims.conftest import claim_rows, csv_bytes, served_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def seen(monkeypatch):  # type: ignore[no-untyped-def]
    calls: list[tuple[object, tuple[object, ...]]] = []

    def fake(record, history, reference):  # type: ignore[no-untyped-def]
        calls.append((record, history))
        return [Finding("fake", Severity.MEDIUM, record.claim_number, "Fake", "A fake finding.")]

    monkeypatch.setattr("claims.services.checks._findings_for", fake)
    return calls


def test_the_batch_job_checks_each_stored_claim_with_its_history(seen, agent):
    served_member(agent, member_id="M900001", sex="M", date_of_birth="1970-05-01")
    served_member(agent, member_id="M900002")
    rows = (
        claim_rows("M900001", number="A-1")
        + claim_rows("M900001", number="A-2")
        + claim_rows("M900001", number="A-OLD", service_from="2024-01-01")
        + claim_rows("M900002", number="B-1")
    )
    batch = claims_import(data=csv_bytes(rows), filename="a.csv", actor=agent).batch
    job = Job.objects.get(key=f"claims_check_batch:{batch.pk}")
    assert run(job_id=job.pk) == "done"
    by_claim = {record.claim_number: history for record, history in seen}
    assert set(by_claim) == {"A-1", "A-2", "A-OLD", "B-1"}
    assert [h.claim_number for h in by_claim["A-1"]] == ["A-2"]  # A-OLD is over a year away
    assert by_claim["B-1"] == ()
    record = next(record for record, _ in seen if record.claim_number == "A-1")
    assert (record.member_id, record.patient_sex, str(record.patient_birth_date)) == (
        "M900001",
        "M",
        "1970-05-01",
    )  # the member's facts fill what the file left out
    assert Flag.objects.filter(status="open").count() == 4
    assert run(job_id=job.pk) == "not due"  # done once; a re-run by hand changes nothing
    claims_check(Claim.objects.get(claim_number="A-1").pk)
    assert Flag.objects.count() == 4


def test_a_re_import_that_changes_nothing_enqueues_no_checks(seen, agent):
    served_member(agent, member_id="M900001")
    data = csv_bytes(claim_rows("M900001"))
    claims_import(data=data, filename="a.csv", actor=agent)
    claims_import(data=data, filename="a.csv", actor=agent)
    assert Job.objects.filter(name="claims_check_batch").count() == 1
