"""A claim named only by an amount ("why do I owe $96.00?"): chosen when no other claim of the
member's holds an amount they wrote and nothing they wrote contradicts it; amounts read as
members write them ("1200 dollars", "275,00 dólares")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from careteam import api as careteam_api
from claims.data import ClaimFacts
from claims.services.imports import claims_import
from suggestions.claim_choice import fill_values
from suggestions.factcheck import parse_amount
from suggestions.grounding import claim_in_question
from suggestions.templating import Placeholder
from tests.claims.conftest import claim_rows, csv_bytes, served_member


def facts(
    number: str, day: date, owes: str, billed: str = "400.00", provider: str = "Lakeview Clinic"
) -> ClaimFacts:
    return ClaimFacts(
        claim_number=number, service_from=day, service_to=day, provider_name=provider,
        payer_name="Acme", status="paid", billed=Decimal(billed), allowed=Decimal("240.00"),
        paid=Decimal("240.00") - Decimal(owes), patient_responsibility=Decimal(owes),
        open_flags=(), deductible=Decimal("0.00"), coinsurance=Decimal(owes),
    )  # fmt: skip


DERM = facts("CLM-2026-111111", date(2026, 3, 2), "96.00", provider="Aspen Dermatology")
LAB = facts("CLM-2026-222222", date(2026, 4, 9), "27.90", provider="Harborview Laboratory")


def test_an_amount_only_one_claim_holds_chooses_it_and_the_reason_says_so():
    choice = claim_in_question("Why do I owe $96.00 for the dermatologist?", [DERM, LAB])
    assert choice.claim == DERM
    assert "amount" in choice.reason and "no other claim" in choice.reason
    # Any field of the record counts: the billed amount, written without a dollar sign, and
    # the provider discount an EOB shows (billed $400.00, allowed $240.00).
    assert claim_in_question("the bill was 400.00??", [DERM]).claim == DERM
    assert claim_in_question('"Provider discount $160.00", do I pay it?', [DERM]).claim == DERM


def test_an_amount_two_claims_hold_or_none_holds_means_no_claim():
    # Both claims were billed $400.00: the amount leaves two claims to mean.
    choice = claim_in_question("They billed me $400.00, why?", [DERM, LAB])
    assert choice.claim is None and "more than one" in choice.reason
    # An amount on no claim (a bill not on file yet) chooses nothing.
    choice = claim_in_question("Why do I owe $812.00?", [DERM, LAB])
    assert choice.claim is None and choice.reason == "no claim fits every detail given"
    # A zero is no evidence.
    assert claim_in_question("It says $0.00 owed", [DERM]).claim is None


def test_any_detail_that_contradicts_the_claim_of_the_amount_means_no_claim():
    # The amount is the dermatology claim's, the date is not its date of service.
    choice = claim_in_question("I owe $96.00 for my visit on April 9", [DERM, LAB])
    assert choice.claim is None
    # A second amount that no field of that claim holds but another claim's does.
    assert claim_in_question("I owe $96.00 and they want $212.10 more", [DERM, LAB]).claim is None
    # A provider named that is not the claim's.
    choice = claim_in_question("Ridgeline Imaging wants $96.00", [DERM, LAB])
    assert choice.claim is None and "provider" in choice.reason


def test_amounts_are_read_as_members_write_them():
    assert parse_amount("$1,240.50") == Decimal("1240.50")
    assert parse_amount("1200 dollars") == Decimal("1200.00")
    assert parse_amount("275,00 dólares") == Decimal("275.00")
    assert parse_amount("1.200,50") == Decimal("1200.50")
    assert parse_amount("1,200") == Decimal("1200.00")
    assert parse_amount("$48.6") == Decimal("48.60")
    assert parse_amount("dollars") is None
    assert parse_amount("99213  $180.00") == Decimal("180.00")  # a code, then the amount
    choice = claim_in_question("Me llegó la cuenta por 27,90 dólares", [DERM, LAB])
    assert choice.claim == LAB


@pytest.mark.django_db
def test_a_draft_is_filled_from_the_claim_whose_amount_the_member_wrote(agent):
    member = served_member(agent, first_name="Imogen", member_id="M900321")
    rows = claim_rows("M900321") + claim_rows(
        "M900321", number="CLM-2", service_from="2026-05-11", billed="300.00",
        patient_responsibility="75.00", allowed="250.00", paid="175.00",
    )  # fmt: skip
    result = claims_import(data=csv_bytes(rows), filename="two.csv", actor=agent)
    assert not result.problems, result.problems
    facts_of = careteam_api.member_facts_by_pk([member.pk])[member.pk]
    filling = fill_values(facts_of, "why do i still owe 150.00 dollars?? i paid at the desk")
    assert filling.claim_number == "CLM-2"  # two lines of $75.00 make the claim's $150.00
    assert filling.values[Placeholder.MEMBER_OWES] == "$150.00"
    assert filling.values[Placeholder.DATE_OF_SERVICE] == "May 11, 2026"
    # $220.00 is what CLM-1 billed: that claim, never the other.
    assert fill_values(facts_of, "They billed $220.00, why?").claim_number == "CLM-1"
    # Both claims carry a $30.00 copay (claim_rows' first line): no claim is chosen.
    assert fill_values(facts_of, "Why the $30.00?").claim_number == ""
    # An amount neither claim holds leaves the claim's slots to the agent.
    unknown = fill_values(facts_of, "Why do I owe $45.00?")
    assert unknown.claim_number == "" and Placeholder.MEMBER_OWES not in unknown.values
