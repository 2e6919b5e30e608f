"""The claims CSV reads each distinct cell text once per file, per column and rule (the reader's
memos), and gives what reading every cell afresh gives: a text that was fine on earlier rows is
still refused, with its row and column, where it does not fit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims.importers import csv as claims_csv
from claims.models import Claim, ClaimAdjustment, ClaimLine, ImportBatch
from claims.records import ImportRejected, Problem
from claims.services.imports import claims_import
from claims.services.merging import fingerprint
from claims.services.stored import claim_record
from tests.claims.conftest import HEADER, claim_rows, csv_bytes, served_member


def many_claims(count: int, member: str = "M900001") -> list[dict[str, str]]:
    """`count` claims of two lines each, the same cells but the claim number."""
    return [row for n in range(1, count + 1) for row in claim_rows(member, number=f"CLM-{n}")]


def refused(data: bytes, filename: str = "big.csv") -> list[Problem]:
    with pytest.raises(ImportRejected) as caught:
        claims_csv.parse(data, filename=filename)
    return caught.value.problems


def test_repeated_cells_read_as_the_first_time():
    claims = claims_csv.parse(csv_bytes(many_claims(60)), filename="big.csv")
    assert len(claims) == 60
    first = claims[0]
    for claim in claims[1:]:
        assert claim.lines == first.lines  # the same cells, the same lines
    line = first.lines[0]
    assert (line.number, line.procedure_code, line.modifiers, line.diagnosis_pointers) == (
        1,
        "99213",
        ("25",),
        (1, 2),
    )
    assert (line.billed, line.allowed, line.paid, line.copay) == (
        Decimal("180.00"),
        Decimal("110.00"),
        Decimal("80.00"),
        Decimal("30.00"),
    )
    assert [(a.group, a.reason, a.amount) for a in line.adjustments] == [
        ("CO", "45", Decimal("70.00")),
        ("PR", "3", Decimal("30.00")),
    ]


def test_a_pointer_read_well_before_is_refused_on_a_claim_with_fewer_codes():
    rows = many_claims(50)
    rows += claim_rows("M900001", number="CLM-LAST", diagnosis_codes="E11.9")
    problems = refused(csv_bytes(rows))
    # Row 102 is the last claim's first line ("1;2"); its second line points at 1 only.
    assert problems == [
        Problem(
            "big.csv",
            "row 102",
            "diagnosis_pointers",
            "'2' does not point at one of the claim's 1 diagnosis code(s) (1 is the first)",
        )
    ]


def test_an_amount_allowed_negative_in_one_column_is_refused_in_another():
    rows = many_claims(30)
    for row in rows[:20]:
        row["paid"] = "-5.00"  # a clawback: paid may be negative
    rows[45]["allowed"] = "-5.00"  # an allowed amount may not
    problems = refused(csv_bytes(rows))
    assert problems == [Problem("big.csv", "row 47", "allowed", "cannot be negative")]


def test_a_code_read_well_as_icd9_is_refused_on_an_icd10_claim():
    rows = many_claims(20)
    for row in rows[:10]:
        row["diagnosis_code_system"] = "icd9cm"
        row["diagnosis_codes"] = "250.00;401.9"
    for row in rows[10:]:
        row["diagnosis_codes"] = "250.00;401.9"  # icd10cm, the default: not ICD-10 codes
    header = [*HEADER, "diagnosis_code_system"]
    problems = refused(csv_bytes(rows, header))
    codes = [p for p in problems if p.field == "diagnosis_codes"]
    assert [p.location for p in codes] == [f"row {row}" for row in range(12, 42, 2)]
    assert codes[0].message == "'250.00' is not an ICD-10-CM code (like E11.9)"


def test_every_bad_cell_of_a_long_file_is_named_once_seen_texts_or_not():
    rows = many_claims(40)
    rows[10]["units"] = "0"  # a known-good text in another column ("0.00"), refused here
    rows[33]["modifiers"] = "25;59;76;77;91"
    rows[79]["billed"] = ""
    problems = refused(csv_bytes(rows))
    assert [(p.location, p.field, p.message) for p in problems] == [
        ("row 12", "units", "must be more than 0"),
        ("row 35", "modifiers", "at most 4 modifiers per line"),
        ("row 81", "billed", "is required"),
    ]


def test_empty_and_left_out_line_columns_read_as_their_defaults():
    header = [name for name in HEADER if name not in {"line_number", "units", "modifiers"}]
    rows = [
        {name: value for name, value in row.items() if name in header} for row in many_claims(3)
    ]
    claims = claims_csv.parse(csv_bytes(rows, header), filename="short.csv")
    for claim in claims:
        assert [line.number for line in claim.lines] == [1, 2]  # their order in the claim
        assert [line.units for line in claim.lines] == [Decimal(1), Decimal(1)]
        assert [line.modifiers for line in claim.lines] == [(), ()]
        assert [line.rendering_provider for line in claim.lines] == [None, None]
        assert [line.ndc for line in claim.lines] == ["", ""]


def test_line_providers_are_read_per_row_when_their_columns_are_given():
    header = [*HEADER, "line_rendering_npi", "line_rendering_name", "line_rendering_network"]
    rows = many_claims(4)
    for position, row in enumerate(rows):
        row["line_rendering_npi"] = ""
        row["line_rendering_name"] = "Dr. Ana Ruiz" if position % 2 else ""
        row["line_rendering_network"] = "out" if position % 2 else ""
    claims = claims_csv.parse(csv_bytes(rows, header), filename="providers.csv")
    for claim in claims:
        first, second = claim.lines
        assert first.rendering_provider is None
        assert second.rendering_provider is not None
        assert (second.rendering_provider.name, second.rendering_provider.network.value) == (
            "Dr. Ana Ruiz",
            "out",
        )


@pytest.mark.django_db
def test_a_bad_last_row_of_a_long_file_stores_nothing_and_keeps_what_was_stored(agent):
    served_member(agent, member_id="M900001")
    first = claims_import(data=csv_bytes(many_claims(3)), filename="first.csv", actor=agent)
    assert not first.problems
    before = (
        sorted(Claim.objects.values_list("claim_number", "content_hash", "updated_at")),
        sorted(ClaimLine.objects.values_list("pk", "claim_id", "billed")),
        ClaimAdjustment.objects.count(),
    )
    rows = many_claims(150)  # CLM-1..3 again (unchanged) and 147 new claims
    rows[0]["billed"] = "181.00"  # a correction of a stored claim...
    rows[-1]["billed"] = "1,000.00"  # ...and a bad amount on row 301, the file's last
    result = claims_import(data=csv_bytes(rows), filename="big.csv", actor=agent)
    assert result.problems == (
        Problem(
            "big.csv",
            "row 301",
            "billed",
            "'1,000.00' is not an amount (like 125.00, no $ or commas)",
        ),
    )
    assert result.batch.outcome == ImportBatch.Outcome.REJECTED
    after = (
        sorted(Claim.objects.values_list("claim_number", "content_hash", "updated_at")),
        sorted(ClaimLine.objects.values_list("pk", "claim_id", "billed")),
        ClaimAdjustment.objects.count(),
    )
    assert after == before


@pytest.mark.django_db
def test_claims_stored_through_the_copy_read_back_as_their_file_said(agent):
    served_member(agent, member_id="M900001")
    rows = many_claims(40)
    for n, row in enumerate(rows):
        row["modifiers"] = ["25", "", "59;76", "LT"][n % 4]
        row["adjustments"] = ["CO-45:70.00;PR-3:30.00", "", "CO-45:28.00"][n % 3]
        row["patient_responsibility"] = "30.00" if n % 3 == 0 else ""
    data = csv_bytes(rows)
    parsed = {claim.claim_number: claim for claim in claims_csv.parse(data, filename="a.csv")}
    result = claims_import(data=data, filename="a.csv", actor=agent)
    assert not result.problems and result.batch.lines_stored == 80
    stored = Claim.objects.with_details()
    assert len(stored) == 40
    for row in stored:
        record = claim_record(row, fill_patient=False)
        assert fingerprint(record) == row.content_hash == fingerprint(parsed[row.claim_number])
        # Line adjustments count on within their claim, after the claim's own (none here).
        positions = [a.position for a in row.adjustments.all()]
        assert positions == list(range(1000, 1000 + len(positions)))
