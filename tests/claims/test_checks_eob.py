"""Explanation-of-benefits arithmetic, per line and per claim, to the cent."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from claims.checks.eob import check_eob
from claims.records import Adjustment
from claims.reference import Reference
from tests.claims.builders import adjudicated, claim, ids, line

EMPTY = Reference()


def eob(*lines, **fields) -> list:
    return check_eob(claim(*lines, **fields), history=[], reference=EMPTY)


def test_a_line_whose_parts_add_up_passes() -> None:
    assert eob(adjudicated()) == []


@pytest.mark.parametrize(("allowed", "found"), [("120.01", []), ("120.02", ["eob-allowed-sum"])])
def test_one_cent_is_rounding_two_cents_is_a_finding(allowed: str, found: list[str]) -> None:
    assert ids(eob(adjudicated(allowed=allowed))) == found


def test_an_unexplained_gap_names_the_parts() -> None:
    (finding,) = eob(adjudicated(allowed="150.00"))

    assert finding.evidence["difference"] == "30.00"
    assert "add up to $120.00" in finding.explanation
    assert "The difference of $30.00 is unaccounted for" in finding.explanation


def test_another_payers_share_counts_towards_the_allowed_amount() -> None:
    base = adjudicated(allowed="150.00")

    assert ids(eob(base)) == ["eob-allowed-sum"]
    assert eob(replace(base, other_payer_paid=Decimal("30.00"))) == []


def test_cost_sharing_left_out_of_the_fields_is_read_from_the_pr_adjustments() -> None:
    bare = replace(adjudicated(), deductible=None, copay=None, coinsurance=None)

    assert eob(bare) == []
    assert ids(eob(replace(bare, allowed=Decimal("130.00")))) == ["eob-allowed-sum"]


def test_a_line_with_no_cost_sharing_information_is_not_judged() -> None:
    silent = line(1, "99213", billed=Decimal(200), allowed=Decimal(120), paid=Decimal(80))

    assert eob(silent) == []


@pytest.mark.parametrize(
    ("allowed", "found"), [("200.01", []), ("200.02", ["eob-allowed-over-billed"])]
)
def test_allowed_above_billed_is_a_finding(allowed: str, found: list[str]) -> None:
    over = adjudicated(allowed=allowed, paid=str(Decimal(allowed) - 40))

    assert ids(eob(over)) == found


def test_patient_responsibility_must_equal_the_pr_adjustments() -> None:
    assert ids(eob(adjudicated(patient_responsibility=Decimal("65.00")))) == [
        "eob-patient-responsibility"
    ]
    assert eob(adjudicated(patient_responsibility=Decimal("40.01"))) == []


def test_the_responsibility_finding_tells_the_member_not_to_pay_the_difference_yet() -> None:
    (finding,) = eob(adjudicated(patient_responsibility=Decimal("65.00")))

    assert finding.evidence["difference"] == "25.00"
    assert "should not pay the difference of $25.00" in finding.explanation


def test_claim_totals_are_checked_when_the_lines_are_not() -> None:
    lines = (
        adjudicated(1),
        adjudicated(
            2, "36415", billed="20.00", allowed="10.00", paid="10.00", copay="0", coinsurance="0"
        ),
    )
    good = claim(
        *lines,
        allowed=Decimal("130.00"),
        paid=Decimal("90.00"),
        patient_responsibility=Decimal("40.00"),
    )
    assert check_eob(good, history=[], reference=EMPTY) == []

    wrong_total = replace(good, allowed=Decimal("140.00"))
    (finding,) = check_eob(wrong_total, history=[], reference=EMPTY)
    assert (finding.check_id, finding.line_numbers) == ("eob-allowed-sum", ())

    wrong_share = replace(good, patient_responsibility=Decimal("55.00"))
    assert ids(check_eob(wrong_share, history=[], reference=EMPTY)) == [
        "eob-patient-responsibility"
    ]


def test_a_claim_level_pr_adjustment_counts_for_the_claim() -> None:
    subject = claim(
        line(1, "99213", billed=Decimal(200)),
        allowed=Decimal(120),
        paid=Decimal(100),
        patient_responsibility=Decimal(20),
        adjustments=(Adjustment("CO", "45", Decimal(80)), Adjustment("PR", "3", Decimal(20))),
    )

    assert check_eob(subject, history=[], reference=EMPTY) == []
    assert ids(
        check_eob(replace(subject, patient_responsibility=Decimal(30)), history=[], reference=EMPTY)
    ) == ["eob-patient-responsibility"]


def test_the_claim_charge_must_be_the_sum_of_its_lines() -> None:
    assert eob(line(1, billed=Decimal("50.00")), billed=Decimal("50.01")) == []

    (finding,) = eob(
        line(1, billed=Decimal("50.00")), line(2, billed=Decimal("25.00")), billed=Decimal("50.00")
    )
    assert finding.check_id == "eob-billed-sum"
    assert finding.evidence == {"claim_billed": "50.00", "lines_billed": "75.00"}


def test_an_unadjudicated_claim_has_no_eob_findings() -> None:
    assert eob(line(1), line(2)) == []


def test_one_problem_on_three_lines_is_one_finding_listing_them_all() -> None:
    over = [
        adjudicated(number, code, allowed="240.00", paid="200.00")
        for number, code in ((1, "99213"), (2, "36415"), (3, "81002"))
    ]
    billed, allowed = Decimal("600.00"), Decimal("720.00")

    findings = eob(*over, billed=billed, allowed=allowed, paid=Decimal("600.00"))

    assert ids(findings) == ["eob-allowed-over-billed"]  # not three, and no claim-level fourth
    (finding,) = findings
    assert finding.line_numbers == (1, 2, 3)
    assert finding.codes == ("99213", "36415", "81002")
    assert finding.summary == "Lines 1, 2 and 3: allowed is more than billed"
    assert "Line 2: allowed $240.00 is more than billed $200.00" in finding.explanation
    assert finding.evidence["line 3 allowed"] == "240.00"


def test_each_pr_reason_fills_its_own_share_and_every_pr_adjustment_counts_for_the_member() -> None:
    """The adjustments are added up in one pass: deductible, copay and coinsurance by their
    reasons (only in group PR), what the member owes from every PR adjustment of the line, and
    the claim's from its own and all its lines'."""
    money = Decimal
    bare = line(
        1,
        "99213",
        billed=money("200.00"),
        allowed=money("150.00"),
        paid=money("100.00"),
        patient_responsibility=money("57.00"),
        adjustments=(
            Adjustment("CO", "45", money("50.00")),
            Adjustment("PR", "1", money("10.00")),
            Adjustment("PR", "3", money("15.00")),
            Adjustment("PR", "2", money("25.00")),
            Adjustment("PR", "45", money("7.00")),  # the member's, but not cost sharing
            Adjustment("CO", "1", money("99.00")),  # reason 1 outside PR is not a deductible
        ),
    )
    good = claim(
        bare,
        allowed=money("155.00"),
        paid=money("100.00"),
        patient_responsibility=money("62.00"),
        adjustments=(Adjustment("PR", "3", money("5.00")),),
    )
    assert check_eob(good, history=[], reference=EMPTY) == []

    (line_finding,) = check_eob(
        replace(good, lines=(replace(bare, allowed=money("149.00")),)),
        history=[],
        reference=EMPTY,
    )
    assert line_finding.check_id == "eob-allowed-sum"
    assert line_finding.evidence["deductible"] == "10.00"
    assert line_finding.evidence["copay"] == "15.00"
    assert line_finding.evidence["coinsurance"] == "25.00"
    assert line_finding.evidence["difference"] == "-1.00"

    (claim_share,) = check_eob(replace(good, allowed=money("150.00")), history=[], reference=EMPTY)
    assert (claim_share.check_id, claim_share.line_numbers) == ("eob-allowed-sum", ())
    assert claim_share.evidence["paid_plus_cost_sharing"] == "155.00"

    (claim_owed,) = check_eob(
        replace(good, patient_responsibility=money("57.00")), history=[], reference=EMPTY
    )
    assert (claim_owed.check_id, claim_owed.line_numbers) == ("eob-patient-responsibility", ())
    assert claim_owed.evidence["pr_adjustments"] == "62.00"

    (line_owed,) = check_eob(
        replace(good, lines=(replace(bare, patient_responsibility=money("50.00")),)),
        history=[],
        reference=EMPTY,
    )
    assert (line_owed.check_id, line_owed.line_numbers) == ("eob-patient-responsibility", (1,))
    assert line_owed.evidence["pr_adjustments"] == "57.00"
