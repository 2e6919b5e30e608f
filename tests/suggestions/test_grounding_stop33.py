"""Stop 33 (facts16): a claim named by its date of service alone ("my ER trip on 10/12") when no
other claim of the member's is from that day and the date is not when a bill or a letter came;
an amount no claim of the member's holds (a bill's line, a price at the desk) beside one the
claim holds contradicts nothing; sentence words about a bill, a plan or an item before
"medical", "health", "dental" or "pharmacy", public bodies, and a share ("paid at 100%") are no
provider's name and no amount."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from claims.data import ClaimFacts
from suggestions.grounding import claim_in_question
from suggestions.templating import to_template


def facts(number: str, day: date, owes: str, provider: str) -> ClaimFacts:
    return ClaimFacts(
        claim_number=number, service_from=day, service_to=day, provider_name=provider,
        payer_name="Acme", status="paid", billed=Decimal("400.00"), allowed=Decimal("240.00"),
        paid=Decimal("240.00") - Decimal(owes), patient_responsibility=Decimal(owes),
        open_flags=(), deductible=Decimal("0.00"), coinsurance=Decimal(owes),
    )  # fmt: skip


ER = facts("CLM-2026-333333", date(2026, 10, 12), "540.00", "St. Brigid Medical Center")
LAB = facts("CLM-2026-222222", date(2026, 4, 9), "27.90", "Harborview Laboratory")
LAB_SAME_DAY = facts("CLM-2026-444444", date(2026, 10, 12), "12.00", "Harborview Laboratory")


@pytest.mark.parametrize(
    "text",
    [
        "Two questions about my ER trip on 10/12. Why is the bill 3 times my copay?",
        "any update on this? (the ultrasound from 10/12)",
        "Fui a emergencias el 12 de octubre. ¿Qué son los otros cargos?",
        "they sent me to collections for a bill u havent even paid yet!! claim from Oct 12",
    ],
)
def test_a_date_of_service_alone_that_one_claim_holds_chooses_it(text):
    choice = claim_in_question(text, [ER, LAB])
    assert choice.claim == ER, text
    assert "date of service" in choice.reason and "no other claim" in choice.reason


def test_a_date_alone_chooses_none_when_it_is_not_plainly_the_day_of_the_care():
    # Two claims from that day: the date does not tell them apart.
    choice = claim_in_question("my visit on 10/12", [ER, LAB_SAME_DAY])
    assert choice.claim is None and "more than one" in choice.reason
    # The day a bill, a letter or a call came, or a due date.
    for text in (
        "I got a bill dated 10/12, what is it?",
        "I called on October 12 and nobody answered",
        "recibí la carta el 12 de octubre",
        "I have to pay by 10/12?",
    ):
        assert claim_in_question(text, [ER, LAB]).claim is None, text
    # No claim from that day; a day without its month ("the 12th") is no evidence.
    assert claim_in_question("my visit on 10/13", [ER, LAB]).claim is None
    assert claim_in_question("my visit on the 12th", [ER, LAB]).claim is None


def test_an_amount_no_claim_holds_beside_one_the_claim_holds_contradicts_nothing():
    text = "I paid $150 at the desk because they said it was estimated, and my share is $540.00"
    choice = claim_in_question(text, [ER, LAB])
    assert choice.claim == ER
    # The provider and the date agree; a line of the provider's bill is on no claim.
    text = "St. Brigid Medical Center on 10/12: my part is $540.00 but their bill says $902.00"
    assert claim_in_question(text, [ER, LAB]).claim == ER
    # Every amount given is on no claim: still no claim (it may be a visit not on file).
    choice = claim_in_question("St. Brigid billed me $902.00 for 10/12", [ER, LAB])
    assert choice.claim is None and "amount" in choice.reason
    # The other amount is another claim's: the amounts point to two claims.
    assert claim_in_question("I owe $540.00 and $27.90", [ER, LAB]).claim is None


@pytest.mark.parametrize(
    "text",
    [
        "Credit bureaus wait a year before an unpaid medical collection can appear.",
        "They remove medical collections once they're paid.",
        "You may lose medical-debt protections.",
        "An HSA-qualified high-deductible health plan lets you open an HSA.",
        "You can buy over-the-counter health items with the card.",
        "Stand-alone dental or vision plans don't need to be listed.",
        "It can take a day for new coverage to reach pharmacy systems.",
        "We can share health information with them.",
        "Non-emergency ambulance transport is covered when it is medically necessary.",
        "Prices differ between a hospital and a freestanding imaging center.",
        "Para las recetas, la farmacia usa los números Rx.",
        "Se surten en una farmacia especializada.",
        "Una FSA de su cónyuge (solo dental y visión) no lo descalifica.",
        "You can file a complaint with the US Department of Health and Human Services.",
        "Your State Health Insurance Assistance Program (SHIP) offers free help.",
        "Medicare's Benefits Coordination and Recovery Center can confirm it.",
        "Your in-network preventive visit was paid at 100%, so you owe nothing.",
    ],
)
def test_words_about_a_bill_a_plan_or_an_item_public_bodies_and_shares_are_no_details(text):
    template = to_template(text)
    assert "{PROVIDER_NAME}" not in template and "{AMOUNT}" not in template, template


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("I went to harborview medical last week", "I went to {PROVIDER_NAME} last week"),
        ("The bill from Farmacia USA is wrong", "The bill from {PROVIDER_NAME} is wrong"),
        ("Human Touch Clinic billed me $40.00", "{PROVIDER_NAME} billed me {AMOUNT}"),
    ],
)  # fmt: skip
def test_providers_and_amounts_beside_those_words_are_still_taken(text, template):
    assert to_template(text) == template
