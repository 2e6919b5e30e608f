"""The demo claims (deterministic, idempotent, planted problems) and the import_claims command."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from careteam.demo.seed import demo_seed
from careteam.models import Job
from claims.api import member_claim_facts
from claims.demo import SAMPLE, demo_claims_csv, demo_claims_seed
from claims.models import Claim, ClaimLine, Flag, ImportBatch
from suggestions.demo.history import seed_demo_history
from tests.claims.conftest import claim_rows, csv_bytes, served_member

pytestmark = pytest.mark.django_db


PLANTED_CHECKS = {
    "duplicate-claim", "mue-units", "ndc-units-10x", "eob-allowed-sum",
    "nsa-emergency-balance-bill", "nsa-ancillary-out-of-network", "pos-invalid",
    "icd10-not-billable", "diagnosis-sex-mismatch",
}  # fmt: skip


def test_demo_claims_load_once_with_planted_problems(capsys):
    demo_seed()
    seed_demo_history(history_threads=40)  # the open threads whose members get these claims
    data = demo_claims_csv()
    assert demo_claims_csv() == data  # deterministic
    call_command("seed_demo_claims", allow_without_debug=True)
    assert "demo-claims.csv" in capsys.readouterr().out
    open_members = Claim.objects.filter(claim_number__startswith="DC-").values("member_id")
    assert open_members.distinct().count() >= 30
    assert Claim.objects.filter(claim_number__startswith="SMP-").count() == 3
    planted = Claim.objects.filter(claim_number__contains="-P")
    assert planted.count() == 18
    assert ClaimLine.objects.filter(procedure_code="J1885", units=40).exists()
    assert ClaimLine.objects.filter(procedure_code="J0696", ndc="00143985725").exists()
    assert Claim.objects.filter(diagnosis_codes=["E11"]).exists()
    assert Claim.objects.filter(place_of_service="35").exists()
    assert Claim.objects.filter(emergency=True, billing_network="out").exists()
    assert Claim.objects.filter(
        rendering_provider__taxonomy="207L00000X", facility_network="in"
    ).exists()
    # The demo ran the checks after import (in a test, on_commit jobs do not run by themselves).
    # (and once for the conversations' own claims, stored by seed_demo_history)
    assert Job.objects.filter(name="claims_check_batch").count() == 3
    # The real checks, on the shipped CMS tables, flag each planted kind of problem.
    planted_checks = set(
        Flag.objects.filter(status="open", claim__claim_number__contains="-P").values_list(
            "check_id", flat=True
        )
    )
    assert planted_checks >= PLANTED_CHECKS
    clean = Flag.objects.filter(status="open", claim__claim_number__startswith="DC-").exclude(
        claim__claim_number__contains="-P"
    )
    # No flag on a clean claim, but for the original of a planted duplicate (both are named).
    assert set(clean.values_list("check_id", flat=True)) <= {"duplicate-claim"}
    before = (Claim.objects.count(), ClaimLine.objects.count(), Flag.objects.count())
    results = demo_claims_seed()
    assert [r.batch.outcome for r in results] == [ImportBatch.Outcome.UNCHANGED] * 2
    assert (Claim.objects.count(), ClaimLine.objects.count(), Flag.objects.count()) == before


def test_member_claim_facts_for_drafts(stored_claim):
    facts = member_claim_facts(member_pk=stored_claim.member_id)
    assert len(facts) == 1
    fact = facts[0]
    assert (fact.claim_number, fact.provider_name, str(fact.billed), str(fact.paid)) == (
        "CLM-1",
        "Lakeview Family Medicine",
        "220.00",
        "92.00",
    )
    assert fact.open_flags == ()


def test_import_claims_prints_counts_and_fails_on_a_rejected_file(tmp_path: Path, capsys, agent):
    served_member(agent, member_id="M900001")
    good = tmp_path / "good.csv"
    good.write_bytes(csv_bytes(claim_rows("M900001")))
    bad = tmp_path / "bad.csv"
    bad.write_bytes(csv_bytes(claim_rows("M404", number="CLM-2")))
    call_command("import_claims", str(good), "--as", agent.username)
    assert "good.csv: stored" in capsys.readouterr().out
    assert ImportBatch.objects.get().actor == agent
    with pytest.raises(CommandError, match="1 of 2 file"):
        call_command("import_claims", str(good), str(bad))
    captured = capsys.readouterr()
    assert (
        "good.csv: nothing new" in captured.out and "0 new, 0 updated, 1 unchanged" in captured.out
    )
    assert "bad.csv: row 2: member_id: no member with id M404" in captured.err
    assert Claim.objects.count() == 1
    with pytest.raises(CommandError, match="not an active staff member"):
        call_command("import_claims", str(good), "--as", "nobody")


def test_the_sample_file_is_documented_in_the_readme():
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    header = SAMPLE.read_text().splitlines()[0].split(",")
    from claims.importers.csv import COLUMNS

    for column in COLUMNS:
        assert f"`{column}`" in readme, column
    assert set(header) <= set(COLUMNS)


def test_demo_claims_before_the_demo_history_say_which_seed_to_run_first():
    demo_seed()
    with pytest.raises(CommandError, match="run seed_demo and seed_demo_history first"):
        call_command("seed_demo_claims", allow_without_debug=True)
    assert not ImportBatch.objects.exists()


def test_a_problem_without_a_field_reads_without_an_empty_slot(tmp_path: Path, capsys, agent):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(csv_bytes([]))
    with pytest.raises(CommandError):
        call_command("import_claims", str(empty), "--as", agent.username)
    assert "empty.csv: row 2: the file has no claims" in capsys.readouterr().err
