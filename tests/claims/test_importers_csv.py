"""Importing the claims CSV: stored as stated, all-or-nothing, idempotent, corrections update."""

from __future__ import annotations

from decimal import Decimal

import pytest

from careteam.models import AuditEvent, Job
from claims.importers import csv as claims_csv
from claims.models import Claim, ClaimAdjustment, ClaimLine, ImportBatch, Provider
from claims.records import ClaimKind, ClaimStatus, ImportRejected, Network, Problem
from claims.services.imports import claims_import
from claims.services.stored import claim_record
from tests.claims.conftest import HEADER, claim_rows, csv_bytes, served_member

pytestmark = pytest.mark.django_db


def snapshot() -> tuple[object, ...]:
    return (
        sorted(Claim.objects.values_list("claim_number", "updated_at", "content_hash")),
        sorted(ClaimLine.objects.values_list("pk", "claim_id", "number", "billed")),
        ClaimAdjustment.objects.count(),
        Provider.objects.count(),
        Job.objects.count(),
    )


def test_a_good_file_is_stored_as_stated(agent, django_capture_on_commit_callbacks):
    member = served_member(agent, member_id="M900001")
    with django_capture_on_commit_callbacks(execute=True):
        result = claims_import(data=csv_bytes(claim_rows("M900001")), filename="a.csv", actor=agent)
    assert result.problems == ()
    batch = result.batch
    assert (batch.outcome, batch.claims_created, batch.lines_stored, batch.format) == (
        ImportBatch.Outcome.STORED,
        1,
        2,
        "csv",
    )
    assert batch.actor == agent and len(batch.sha256) == 64
    claim = Claim.objects.get()
    assert claim.member_id == member.pk
    assert (claim.payer_key, claim.claim_number, claim.kind) == ("ACME1", "CLM-1", "professional")
    assert claim.billed == Decimal("220.00") and claim.allowed == Decimal("122.00")
    assert claim.paid == Decimal("92.00") and claim.patient_responsibility == Decimal("30.00")
    assert claim.diagnosis_codes == ["E119", "I10"]
    assert claim.billing_network == Network.IN
    line = claim.lines.get(number=1)
    assert line.modifiers == ["25"] and line.diagnosis_pointers == [1, 2]
    assert isinstance(line.copay, Decimal) and line.copay == Decimal("30.00")
    assert [(a.group, a.reason, a.amount) for a in line.adjustments.order_by("position")] == [
        ("CO", "45", Decimal("70.00")),
        ("PR", "3", Decimal("30.00")),
    ]
    # The checks job for the batch is enqueued in the same transaction (outbox) and ran after
    # the commit (in-process here: no broker in the tests).
    job = Job.objects.get(key=f"claims_check_batch:{batch.pk}")
    assert job.status == Job.Status.DONE
    assert AuditEvent.objects.filter(action="import_claims", object_id=str(batch.pk)).exists()


def test_claim_record_round_trips_what_was_parsed(agent):
    served_member(agent, member_id="M900001", sex="F")
    parsed = claims_csv.parse(csv_bytes(claim_rows("M900001")), filename="a.csv")
    claims_import(data=csv_bytes(claim_rows("M900001")), filename="a.csv", actor=agent)
    stored = claim_record(Claim.objects.with_details().get())
    assert stored == parsed[0]
    assert stored.kind == ClaimKind.PROFESSIONAL and stored.status == ClaimStatus.PAID


def test_adjustment_positions_count_within_each_claim(agent):
    # They once ran on across the whole file, so a file with more than ~31,000 line
    # adjustments overflowed the small integer column and could not be imported at all.
    served_member(agent, member_id="M900001")
    rows = [row for n in range(1, 4) for row in claim_rows("M900001", number=f"CLM-{n}")]
    claims_import(data=csv_bytes(rows), filename="a.csv", actor=agent)
    for claim in Claim.objects.order_by("claim_number"):
        positions = list(claim.adjustments.order_by("position").values_list("position", flat=True))
        assert positions == [1000, 1001, 1002]  # line 1's two, then line 2's one
        record = claim_record(Claim.objects.with_details().get(pk=claim.pk))
        assert [len(line.adjustments) for line in record.lines] == [2, 1]


def test_problems_name_the_row_the_column_and_what_is_wrong(agent):
    served_member(agent, member_id="M900001")
    rows = claim_rows("M900001")
    rows[0]["billed"] = "$180"
    rows[1]["diagnosis_pointers"] = "3"
    rows[1]["service_from"] = "2026-03-03"
    result = claims_import(data=csv_bytes(rows), filename="bad.csv", actor=agent)
    assert result.rejected
    assert (
        Problem(
            "bad.csv", "row 2", "billed", "'$180' is not an amount (like 125.00, no $ or commas)"
        )
        in result.problems
    )
    assert (
        Problem(
            "bad.csv",
            "row 3",
            "diagnosis_pointers",
            "'3' does not point at one of the claim's 2 diagnosis code(s) (1 is the first)",
        )
        in result.problems
    )
    assert any(
        p.location == "row 3" and p.field == "service_from" and "differs from row 2" in p.message
        for p in result.problems
    )
    assert not Claim.objects.exists() and not Provider.objects.exists()
    assert result.batch.outcome == ImportBatch.Outcome.REJECTED
    assert result.batch.problem_count == len(result.problems) == 3


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"service_from": "2026-02-30"}, "service_from", "'2026-02-30' is not a real date"),
        ({"service_from": "03/02/2026"}, "service_from", "is not a date (YYYY-MM-DD)"),
        ({"procedure_code": "9921"}, "procedure_code", "is not valid (5 letters or digits"),
        ({"modifiers": "25;X"}, "modifiers", "'X' is not valid"),
        ({"billing_npi": "1234567890"}, "billing_npi", "is not a valid NPI"),
        ({"diagnosis_codes": "E11.9;123"}, "diagnosis_codes", "is not an ICD-10-CM code"),
        ({"place_of_service": "1"}, "place_of_service", "is not valid (two digits"),
        ({"units": "0"}, "units", "must be more than 0"),
        ({"status": "lost"}, "status", "'lost' is not one of"),
        ({"billing_network": "maybe"}, "billing_network", "is not one of: in, out, unknown"),
        ({"adjustments": "CO45:1.00"}, "adjustments", "is not GROUP-REASON:AMOUNT"),
        ({"member_id": ""}, "member_id", "is required"),
        ({"billed": "-5.00"}, "billed", "cannot be negative"),
    ],
)
def test_each_bad_cell_is_reported(agent, change, field, message):
    served_member(agent, member_id="M900001")
    rows = claim_rows("M900001", **change)
    result = claims_import(data=csv_bytes(rows), filename="f.csv", actor=agent)
    matching = [p for p in result.problems if p.field == field]
    assert matching and message in matching[0].message, result.problems
    assert matching[0].location == "row 2" and matching[0].file == "f.csv"
    assert not Claim.objects.exists()


def test_header_problems(agent):
    rows = [{k: v for k, v in row.items() if k != "billed"} for row in claim_rows("M900001")]
    header = [name for name in HEADER if name != "billed"] + ["colour"]
    result = claims_import(data=csv_bytes(rows, header), filename="h.csv", actor=agent)
    assert (
        Problem("h.csv", "row 1", "colour", "unknown column (see the README for the columns)")
        in result.problems
    )
    assert Problem("h.csv", "row 1", "billed", "required column is missing") in result.problems


def test_an_unknown_member_is_a_problem_and_nothing_is_stored(agent):
    served_member(agent, member_id="M900001")
    rows = claim_rows("M900001") + claim_rows("M404", number="CLM-2")
    result = claims_import(data=csv_bytes(rows), filename="m.csv", actor=agent)
    assert result.problems == (
        Problem("m.csv", "row 4", "member_id", "no member with id M404 among your teams' members"),
    )
    assert not Claim.objects.exists()


def test_a_rejected_file_touches_nothing_already_stored(agent):
    served_member(agent, member_id="M900001")
    claims_import(data=csv_bytes(claim_rows("M900001")), filename="a.csv", actor=agent)
    before = snapshot()
    corrected = claim_rows("M900001", billed="999.00")
    broken = claim_rows("M900001", number="CLM-2", units="lots")
    result = claims_import(data=csv_bytes(corrected + broken), filename="b.csv", actor=agent)
    assert result.rejected
    assert snapshot() == before
    assert Claim.objects.get().billed == Decimal("220.00")


def test_importing_the_same_file_again_changes_nothing(agent):
    served_member(agent, member_id="M900001")
    data = csv_bytes(claim_rows("M900001") + claim_rows("M900001", number="CLM-2"))
    first = claims_import(data=data, filename="a.csv", actor=agent)
    before = snapshot()
    again = claims_import(data=data, filename="a.csv", actor=agent)
    assert again.batch.outcome == ImportBatch.Outcome.UNCHANGED
    assert (
        again.batch.claims_created,
        again.batch.claims_updated,
        again.batch.claims_unchanged,
    ) == (0, 0, 2)
    assert snapshot() == before
    assert set(Claim.objects.values_list("batch_id", flat=True)) == {first.batch.pk}


def test_a_corrected_claim_updates_it_and_replaces_its_lines(agent):
    served_member(agent, member_id="M900001")
    claims_import(data=csv_bytes(claim_rows("M900001")), filename="a.csv", actor=agent)
    claim = Claim.objects.get()
    old_lines = set(claim.lines.values_list("pk", flat=True))
    corrected = claim_rows("M900001", frequency="7")[:1]
    corrected[0]["billed"] = "150.00"
    header = [*HEADER, "frequency"]
    result = claims_import(data=csv_bytes(corrected, header), filename="fix.csv", actor=agent)
    assert (result.batch.claims_created, result.batch.claims_updated) == (0, 1)
    claim = Claim.objects.get()
    assert claim.pk == Claim.objects.get().pk and claim.frequency == "7"
    assert claim.billed == Decimal("150.00") and claim.batch == result.batch
    lines = list(claim.lines.all())
    assert len(lines) == 1 and lines[0].pk not in old_lines
    assert ClaimLine.objects.count() == 1
    assert ClaimAdjustment.objects.count() == 2  # the first line's two, not the dropped line's
    assert Job.objects.filter(key=f"claims_check_batch:{result.batch.pk}").exists()


def test_the_same_claim_twice_in_a_file_differently_is_a_problem(agent):
    served_member(agent, member_id="M900001")
    rows = claim_rows("M900001")
    other = claim_rows("M900001", payer_id="ACME1")
    rows = [*rows[:1], {**other[1], "line_number": "1", "billed": "1.00"}]
    result = claims_import(data=csv_bytes(rows), filename="d.csv", actor=agent)
    assert any(p.field == "line_number" and "appears twice" in p.message for p in result.problems)


def test_institutional_claims_need_a_bill_type_and_take_revenue_codes(agent):
    served_member(agent, member_id="M900001")
    header = [*HEADER, "kind", "bill_type", "revenue_code"]
    rows = claim_rows("M900001", kind="institutional", place_of_service="", revenue_code="450")
    result = claims_import(data=csv_bytes(rows, header), filename="i.csv", actor=agent)
    assert [p.field for p in result.problems] == ["bill_type"]
    rows = claim_rows(
        "M900001",
        kind="institutional",
        place_of_service="",
        bill_type="0131",
        revenue_code="450",
        procedure_code="",
    )
    result = claims_import(data=csv_bytes(rows, header), filename="i.csv", actor=agent)
    assert not result.problems, result.problems
    claim = Claim.objects.get()
    assert claim.bill_type == "131"
    assert list(claim.lines.values_list("revenue_code", flat=True)) == ["0450", "0450"]


def test_ndc_forms_are_normalized():
    assert claims_csv.normalize_ndc("00143-9857-25") == "00143985725"
    assert claims_csv.normalize_ndc("0143-9857-25") == "00143985725"
    assert claims_csv.normalize_ndc("00143-985-25") == "00143098525"
    assert claims_csv.normalize_ndc("00143985725") == "00143985725"
    assert claims_csv.normalize_ndc("143-9857") is None


def test_a_stated_total_and_icd9_codes_reach_the_checks(agent, django_capture_on_commit_callbacks):
    served_member(agent, member_id="M900001")
    rows = [
        {
            **row,
            "claim_billed": "999.00",
            "diagnosis_codes": "250.00;401.9",
            "diagnosis_code_system": "icd9cm",
            "diagnosis_pointers": "1",
        }
        for row in claim_rows("M900001")
    ]
    header = [*HEADER, "claim_billed", "diagnosis_code_system"]
    with django_capture_on_commit_callbacks(execute=True):
        result = claims_import(data=csv_bytes(rows, header), filename="old.csv", actor=agent)
    assert not result.problems, result.problems
    claim = Claim.objects.get()
    assert claim.billed == Decimal("999.00") and claim.diagnosis_code_system == "icd9cm"
    assert claim.diagnosis_codes == ["25000", "4019"]
    checks = set(claim.flags.values_list("check_id", flat=True))
    assert {"eob-billed-sum", "icd9-after-icd10"} <= checks


def test_an_icd9_code_is_refused_as_icd10(agent):
    served_member(agent, member_id="M900001")
    rows = [{**row, "diagnosis_codes": "250.00"} for row in claim_rows("M900001")]
    result = claims_import(data=csv_bytes(rows), filename="bad.csv", actor=agent)
    assert result.rejected and "is not an ICD-10-CM code" in str(result.problems[0])


def test_a_cell_read_once_per_file_never_hides_a_problem():
    """The reader parses each distinct amount, date, adjustment and provider once per file;
    what it remembers never hides a problem: the same bad text is reported on every row, an
    amount read where a negative is allowed is still refused where it is not, and a provider
    with a bad NPI is reported on each claim that names it."""
    rows = [
        *claim_rows("M900001", "CLM-1"),
        *claim_rows("M900002", "CLM-2"),
        *claim_rows("M900003", "CLM-3", billing_npi="1234567890"),
        *claim_rows("M900004", "CLM-4", billing_npi="1234567890"),
    ]
    rows[0]["paid"] = "-5.00"  # allowed: a recoupment
    rows[1]["allowed"] = "-5.00"  # the same text where a negative is refused
    rows[2]["billed"] = rows[3]["billed"] = "12,00"
    rows[2]["adjustments"] = rows[3]["adjustments"] = "CO45:1.00"
    with pytest.raises(ImportRejected) as rejected:
        claims_csv.parse(csv_bytes(rows), filename="f.csv")
    found = {(p.location, p.field, p.message) for p in rejected.value.problems}
    assert ("row 3", "allowed", "cannot be negative") in found
    assert not any(field == "paid" for _, field, _ in found)
    for row in ("row 4", "row 5"):
        assert (row, "billed", "'12,00' is not an amount (like 125.00, no $ or commas)") in found
        assert (
            row,
            "adjustments",
            "'CO45:1.00' is not GROUP-REASON:AMOUNT (like CO-45:120.00)",
        ) in found
    for row in ("row 6", "row 8"):  # the first row of each claim naming the provider
        assert (
            row,
            "billing_npi",
            "'1234567890' is not a valid NPI (10 digits, check digit)",
        ) in found


def test_cells_repeated_across_rows_read_as_the_same_values():
    """Amounts, dates, adjustments and providers shared by rows come out equal on each line."""
    rows = [*claim_rows("M900001", "CLM-1"), *claim_rows("M900002", "CLM-2")]
    first, second = claims_csv.parse(csv_bytes(rows), filename="f.csv")
    assert first.lines == second.lines
    assert first.billing_provider == second.billing_provider
    assert first.lines[0].adjustments[0].amount == Decimal("70.00")
    assert (first.service_from, second.service_from) == (first.service_to, second.service_to)
