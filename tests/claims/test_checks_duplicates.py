"""Duplicate claims and lines, exact and suspected; corrections and voids are not duplicates."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from claims.checks.duplicates import check_duplicates
from claims.records import ClaimStatus
from claims.reference import Reference
from tests.claims.builders import OTHER_CLINIC, claim, ids, line

EMPTY = Reference()


def visit(number: str = "C-1", **fields):
    fields.setdefault("claim_number", number)
    return claim(
        line(1, "99213", billed=Decimal("120.00")),
        line(2, "36415", billed=Decimal("15.00")),
        **fields,
    )


def duplicates(subject, *history) -> list:
    return check_duplicates(subject, history=list(history), reference=EMPTY)


def test_a_resubmission_under_a_new_number_is_an_exact_duplicate() -> None:
    (finding,) = duplicates(visit("C-2"), visit("C-1"))

    assert finding.check_id == "duplicate-claim"
    assert finding.severity.value == "high"
    assert finding.line_numbers == (1, 2)
    assert finding.evidence["other_claims"] == "C-1"
    assert "exact copy of claim C-1" in finding.explanation


def test_the_same_services_with_a_different_charge_are_a_suspected_duplicate() -> None:
    other = claim(
        line(1, "99213", billed=Decimal("125.00")),
        line(2, "36415", billed=Decimal("15.00")),
        claim_number="C-1",
    )

    (finding,) = duplicates(visit("C-2"), other)

    assert finding.check_id == "duplicate-claim-suspected"
    assert "the total charge ($135.00 vs $140.00)" in finding.evidence["differs_in"]


def test_the_same_services_from_another_provider_are_a_suspected_duplicate() -> None:
    (finding,) = duplicates(visit("C-2"), visit("C-1", billing_provider=OTHER_CLINIC))

    assert finding.check_id == "duplicate-claim-suspected"
    assert finding.evidence["differs_in"] == "the billing provider"


def test_a_replacement_with_the_same_claim_number_is_not_a_duplicate() -> None:
    assert duplicates(visit("C-1", frequency="7"), visit("C-1")) == []


def test_a_replacement_naming_the_payer_control_number_is_not_a_duplicate() -> None:
    original = visit("C-1", payer_claim_number="PCN-77")
    replacement = visit("C-1-R", frequency="7", payer_claim_number="PCN-77")

    assert duplicates(replacement, original) == []
    assert duplicates(original, replacement) == []


def test_an_original_claim_with_a_new_number_and_no_correction_code_is_a_duplicate() -> None:
    assert ids(duplicates(visit("C-1-R", payer_claim_number="PCN-77"), visit("C-1"))) == [
        "duplicate-claim"
    ]


def test_a_voided_claim_is_neither_flagged_nor_compared() -> None:
    assert duplicates(visit("C-2", frequency="8"), visit("C-1")) == []
    assert duplicates(visit("C-2"), visit("C-1"), visit("C-1", frequency="8")) == []


def test_a_reversed_claim_is_not_compared() -> None:
    assert duplicates(visit("C-2"), visit("C-1", status=ClaimStatus.REVERSED)) == []


def test_another_payers_claim_is_coordination_of_benefits_not_a_duplicate() -> None:
    assert duplicates(visit("C-2"), visit("C-1", payer_name="Second Plan")) == []


def test_another_members_claim_is_never_compared() -> None:
    assert duplicates(visit("C-2"), visit("C-1", member_id="M-2")) == []


def test_a_line_billed_twice_on_one_claim_is_an_exact_duplicate_line() -> None:
    subject = claim(line(1, "99213"), line(2, "36415"), line(3, "36415"))

    (finding,) = duplicates(subject)  # the later line, naming the earlier one

    assert (finding.check_id, finding.line_numbers) == ("duplicate-line", (3,))
    assert "exactly like line 2 of this claim" in finding.explanation


def test_a_repeat_procedure_modifier_marks_a_real_second_service() -> None:
    subject = claim(line(1, "36415"), line(2, "36415", modifiers=("91",)))

    assert duplicates(subject) == []


def test_different_modifiers_are_different_services() -> None:
    subject = claim(line(1, "73560", modifiers=("RT",)), line(2, "73560", modifiers=("LT",)))

    assert duplicates(subject) == []


def test_the_same_code_with_different_units_on_one_claim_is_suspected() -> None:
    subject = claim(line(1, "J1100", units=Decimal(4)), line(2, "J1100", units=Decimal(8)))

    (finding,) = duplicates(subject)
    assert (finding.check_id, finding.line_numbers) == ("duplicate-line-suspected", (2,))


def test_one_line_repeated_on_another_claim_of_the_same_provider_is_a_duplicate_line() -> None:
    other = claim(
        line(1, "99214", billed=Decimal("180.00")),
        line(2, "36415", billed=Decimal("15.00")),
        claim_number="C-1",
    )

    (finding,) = duplicates(visit("C-2"), other)

    assert (finding.check_id, finding.line_numbers) == ("duplicate-line", (2,))
    assert finding.evidence["also_on"] == "line 2 of claim C-1"


def test_one_line_repeated_by_another_provider_is_only_suspected() -> None:
    other = claim(
        line(1, "36415", billed=Decimal("15.00")), claim_number="C-1", billing_provider=OTHER_CLINIC
    )

    (finding,) = duplicates(visit("C-2"), other)

    assert (finding.check_id, finding.line_numbers) == ("duplicate-line-suspected", (2,))


def test_the_same_code_on_another_day_is_not_a_duplicate() -> None:
    other = replace(
        visit("C-1"),
        service_from=visit().service_from.replace(day=4),
        service_to=visit().service_from.replace(day=4),
    )

    assert duplicates(visit("C-2"), other) == []


def test_only_the_later_claim_of_a_duplicate_pair_is_flagged() -> None:
    assert duplicates(visit("C-1"), visit("C-2")) == []  # C-2 came later: C-1 is the original
    (finding,) = duplicates(visit("C-2"), visit("C-1"))
    assert finding.evidence["other_claims"] == "C-1"


def test_received_time_decides_which_claim_is_later_before_the_number() -> None:
    from datetime import UTC, datetime

    first = visit("Z-9", received_at=datetime(2026, 1, 1, tzinfo=UTC))
    second = visit("A-1", received_at=datetime(2026, 2, 1, tzinfo=UTC))
    assert duplicates(first, second) == []
    (finding,) = duplicates(second, first)
    assert "exact copy of claim Z-9, received before it" in finding.explanation


def test_a_service_billed_three_times_is_one_flag_on_the_later_lines() -> None:
    subject = claim(line(1, "36415"), line(2, "36415"), line(3, "36415"), line(4, "99213"))

    (finding,) = duplicates(subject)

    assert (finding.check_id, finding.line_numbers) == ("duplicate-line", (2, 3))
    assert finding.summary.startswith("Lines 2 and 3: 36415 is billed 3 times on ")
    assert "exactly like line 1 of this claim" in finding.explanation
