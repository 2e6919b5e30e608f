"""A claim named only by its provider: chosen when it is the member's only claim from that
provider and nothing the member wrote contradicts it; otherwise no claim, with the reason."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from claims.data import ClaimFacts
from suggestions.claim_choice import records_read
from suggestions.grounding import claim_in_question


def facts(
    number: str, day: date, billed: str = "100.00", provider: str = "Lakeview Clinic"
) -> ClaimFacts:
    return ClaimFacts(
        claim_number=number, service_from=day, service_to=day, provider_name=provider,
        payer_name="Acme", status="paid", billed=Decimal(billed), allowed=None, paid=None,
        patient_responsibility=None, open_flags=(),
    )  # fmt: skip


LAB = facts("CLM-2026-111111", date(2026, 3, 2), "212.40", "Harborview Laboratory Services")
CLINIC = facts("CLM-2026-222222", date(2026, 4, 9), "95.00", "Lakeview Clinic")


def test_the_only_claim_from_the_provider_named_is_chosen_and_the_reason_says_so():
    choice = claim_in_question("What happened with the Harborview bill?", [LAB, CLINIC])
    assert choice.claim == LAB
    assert "provider" in choice.reason and "no other claim" in choice.reason


def test_two_claims_from_the_provider_named_mean_no_claim():
    second_lab = facts("CLM-2026-333333", date(2026, 5, 1), "40.00", LAB.provider_name)
    choice = claim_in_question("harborview charged me again", [LAB, second_lab, CLINIC])
    assert choice.claim is None
    assert "more than one" in choice.reason


def test_a_date_or_amount_that_contradicts_the_providers_claim_means_no_claim():
    by_date = claim_in_question("My Harborview visit on June 3", [LAB, CLINIC])
    assert by_date.claim is None and "date" in by_date.reason
    by_amount = claim_in_question("Harborview wants $640.00 from me", [LAB, CLINIC])
    assert by_amount.claim is None and "amount" in by_amount.reason


def test_naming_no_provider_of_the_members_claims_still_chooses_nothing():
    choice = claim_in_question("Why did Ridgeline Imaging bill me?", [LAB, CLINIC])
    assert choice.claim is None
    assert choice.reason == "no claim fits every detail given"


def test_a_message_naming_only_the_provider_is_read_for_a_claim_when_drafting():
    records = records_read("can you explain the harborview laboratory bill", [LAB, CLINIC], None)
    assert records.claim == LAB
    assert records.choice is not None and "provider" in records.choice.reason
    # No detail of any claim: nothing is read.
    assert records_read("how do I get a new card", [LAB, CLINIC], None).choice is None
