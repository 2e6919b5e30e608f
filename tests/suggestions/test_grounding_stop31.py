"""Stop 31 (facts14): dates read as members write them choose a claim only when they agree with
the rest of what the member wrote (and choose none when they contradict it); an amount training
leaves as written leaves no "$" before a slot; a reply that states the claim the member's words
singled out goes before one of the same topic, as good, that says nothing of it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from claims.data import ClaimFacts
from suggestions.drafting import asked_facts, prefer_grounded, states_asked_facts
from suggestions.engine import Ranked
from suggestions.factcheck import MentionedDate, parse_date
from suggestions.grounding import claim_in_question
from suggestions.slots import claim_slots
from suggestions.templating import KnownFacts, Placeholder, to_template

P = Placeholder


def facts(number: str, day: date, owes: str, provider: str) -> ClaimFacts:
    return ClaimFacts(
        claim_number=number, service_from=day, service_to=day, provider_name=provider,
        payer_name="Acme", status="paid", billed=Decimal("400.00"), allowed=Decimal("240.00"),
        paid=Decimal("240.00") - Decimal(owes), patient_responsibility=Decimal(owes),
        open_flags=(), deductible=Decimal("0.00"), coinsurance=Decimal(owes),
    )  # fmt: skip


DERM = facts("CLM-2026-111111", date(2026, 10, 14), "96.00", "Aspen Dermatology")
DERM_AGAIN = facts("CLM-2026-333333", date(2026, 11, 3), "41.00", "Aspen Dermatology")
LAB = facts("CLM-2026-222222", date(2026, 4, 9), "27.90", "Harborview Laboratory")


@pytest.mark.parametrize(
    ("text", "month", "day", "year"),
    [
        ("10/14", 10, 14, None),
        ("10-14-26", 10, 14, 2026),
        ("10.14.2026", 10, 14, 2026),
        ("14 Oct", 10, 14, None),
        ("the 14th of October", 10, 14, None),
        ("the 3rd of May 2026", 5, 3, 2026),
        ("el 14 de octubre", 10, 14, None),
        ("14 de octubre de 2026", 10, 14, 2026),
        ("October fourteenth", 10, 14, None),
        ("the twenty-first of March", 3, 21, None),
        ("Tuesday, October 14", 10, 14, None),
    ],
)
def test_dates_are_read_as_members_write_them(text, month, day, year):
    assert parse_date(text) == MentionedDate(month=month, day=day, year=year)


@pytest.mark.parametrize(
    "text", ["13/14", "10/32", "Nov 31", "the 14th", "Mayo 2", "14 Octo", "October umpteenth"]
)
def test_what_is_no_date_or_no_day_is_not_read(text):
    assert parse_date(text) is None


def test_a_date_as_members_write_it_and_the_provider_choose_the_claim_they_agree_on():
    # Two claims from Aspen: the provider alone leaves two; the date tells them apart.
    claims = [DERM, DERM_AGAIN, LAB]
    for text in (
        "Aspen Dermatology billed me for my 10/14 visit",
        "the bill from Aspen for the 14th of October",
        "la cuenta de Aspen del 14 de octubre",
        "Aspen, Tuesday, October 14: why this bill?",
    ):
        choice = claim_in_question(text, claims)
        assert choice.claim == DERM, text
        assert "date of service" in choice.reason and "provider" in choice.reason
    assert claim_in_question("Aspen Dermatology, visit on 11-3-26", claims).claim == DERM_AGAIN


def test_a_date_as_members_write_it_that_contradicts_the_claim_chooses_none():
    # The provider names one claim, the date is not its date of service: no claim.
    choice = claim_in_question("Harborview Laboratory charged me for the 14th of October", [LAB])
    assert choice.claim is None and "date" in choice.reason
    assert claim_in_question("Harborview billed me for 10/14", [DERM, LAB]).claim is None
    # The amount is one claim's, the date another's.
    assert claim_in_question("I owe $96.00 for el 9 de abril", [DERM, LAB]).claim is None
    # A claim number named, and a date it does not hold.
    choice = claim_in_question("Claim CLM-2026-222222 from 14 Oct", [DERM, LAB])
    assert choice.claim is None and "date" in choice.reason


def known_for_a_one_claim_year() -> KnownFacts:
    """A member whose one claim of the year makes the year's deductible met: $93.00 is its
    share, its allowed amount, its deductible applied and the year's deductible met."""
    return KnownFacts(
        record_values=(("$1,000.00", P.DEDUCTIBLE),),
        amount_choices=(
            ("$93.00", (P.DEDUCTIBLE_MET, P.MEMBER_OWES, P.ALLOWED, P.DEDUCTIBLE_APPLIED)),
            ("93.00", (P.DEDUCTIBLE_MET, P.MEMBER_OWES, P.ALLOWED, P.DEDUCTIBLE_APPLIED)),
        ),
    )


def test_an_amount_left_as_written_leaves_no_dollar_sign_before_a_slot():
    known = known_for_a_one_claim_year()
    # The words name the plan year's figure and a claim's: left as written, whole.
    text = "You've met $93.00 of your deductible, your share is $93.00 too."
    assert "${" not in to_template(text, known)
    # Words that name only the claim's fields (allowed, deductible applied): the first of them,
    # although the year's deductible met is $93.00 too.
    assert to_template("The allowed amount of $93.00 went toward your deductible.", known) == (
        "The allowed amount of {ALLOWED} went toward your deductible."
    )


def test_a_zero_two_claim_fields_name_stays_a_plain_amount():
    # Many fields of many claims hold $0.00: words naming two of them bind it to neither.
    known = KnownFacts(amount_choices=(("$0.00", (P.PLAN_PAID, P.DEDUCTIBLE_APPLIED)),))
    text = "The plan paid $0.00 that went toward your deductible."
    assert to_template(text, known) == "The plan paid {AMOUNT} that went toward your deductible."


TOPICS = {0: "itemized_bill", 1: "itemized_bill", 2: "itemized_bill", 3: "payment_plan"}
GENERAL = "Hi {MEMBER_FIRST_NAME}, ask the billing office for an itemized bill. {AGENT_NAME}"
GROUNDED = (
    "Hi {MEMBER_FIRST_NAME}, for {PROVIDER_NAME} on {DATE_OF_SERVICE} your share is "
    "{MEMBER_OWES}; ask them for an itemized bill. {AGENT_NAME}"
)
WITH_A_GAP = "Hi {MEMBER_FIRST_NAME}, {PROVIDER_NAME} billed $812.00; ask why. {AGENT_NAME}"


def topic_of(item: Ranked) -> str:
    return TOPICS[item.index]


def no_open_items(item: Ranked) -> int:
    return 0


def chosen_values() -> dict[Placeholder, str]:
    return {P.MEMBER_FIRST_NAME: "Ana", **claim_slots(DERM)}


NO_CLAIM = {P.MEMBER_FIRST_NAME: "Ana"}
CLAIM_ASKED = asked_facts(chosen_values(), "why this bill?")


def test_a_reply_stating_the_chosen_claim_goes_before_one_as_good_that_does_not():
    items = [Ranked(0, GENERAL, 10.0), Ranked(1, GROUNDED, 9.5), Ranked(2, GENERAL, 9.0)]
    result = prefer_grounded(items, topic_of, no_open_items, chosen_values(), CLAIM_ASKED)
    assert [item.index for item in result] == [1, 0, 2]


def test_the_ranking_stays_without_a_chosen_claim_or_a_reply_that_fits():
    items = [Ranked(0, GENERAL, 10.0), Ranked(1, GROUNDED, 9.5)]
    # No claim chosen: the values hold no claim's slot.
    assert (
        prefer_grounded(items, topic_of, no_open_items, NO_CLAIM, asked_facts(NO_CLAIM, "hi"))
        == items
    )
    # The best reply states the claim already.
    grounded_first = [Ranked(1, GROUNDED, 10.0), Ranked(0, GENERAL, 9.5)]
    assert prefer_grounded(
        grounded_first, topic_of, no_open_items, chosen_values(), CLAIM_ASKED
    ) == (grounded_first)
    # Too far below the best (GROUNDED_NEAR_SCORE, 30 %).
    far = [Ranked(0, GENERAL, 10.0), Ranked(1, GROUNDED, 6.5)]
    assert prefer_grounded(far, topic_of, no_open_items, chosen_values(), CLAIM_ASKED) == far
    # Another topic.
    other = [Ranked(0, GENERAL, 10.0), Ranked(3, GROUNDED, 9.9)]
    assert prefer_grounded(other, topic_of, no_open_items, chosen_values(), CLAIM_ASKED) == other
    # Something the records leave open in it.
    assert (
        prefer_grounded(items, topic_of, lambda item: item.index, chosen_values(), CLAIM_ASKED)
        == items
    )
    # A written amount no field holds would be a visible slot.
    gap = [Ranked(0, GENERAL, 10.0), Ranked(1, WITH_A_GAP, 9.9)]
    assert prefer_grounded(gap, topic_of, no_open_items, chosen_values(), CLAIM_ASKED) == gap


def test_a_reply_states_the_claim_only_when_the_records_fill_every_slot_it_shows():
    values = chosen_values()
    assert states_asked_facts(GROUNDED, CLAIM_ASKED, values)
    assert not states_asked_facts(GENERAL, CLAIM_ASKED, values)
    assert not states_asked_facts(WITH_A_GAP, CLAIM_ASKED, values)
    # A denial reason the paid claim does not hold stays visible.
    assert not states_asked_facts("Claim {CLAIM_NUMBER}: {DENIAL_REASON}.", CLAIM_ASKED, values)


YEAR = {
    P.MEMBER_FIRST_NAME: "Ana", P.DEDUCTIBLE: "$1,000.00", P.DEDUCTIBLE_MET: "$250.00",
    P.DEDUCTIBLE_REMAINING: "$750.00", P.OOP_MAX: "$4,000.00", P.OOP_MET: "$250.00",
}  # fmt: skip
HOW_IT_WORKS = "Hi {MEMBER_FIRST_NAME}, the deductible is what you pay first. {AGENT_NAME}"
WHERE_YOU_STAND = (
    "Hi {MEMBER_FIRST_NAME}, you've met {DEDUCTIBLE_MET} of your {DEDUCTIBLE} deductible, so "
    "{DEDUCTIBLE_REMAINING} is left. {AGENT_NAME}"
)


def test_plan_year_figures_are_asked_only_when_the_member_asks_how_much():
    assert asked_facts(YEAR, "how much of my deductible is left?") >= {P.DEDUCTIBLE_REMAINING}
    assert not asked_facts(YEAR, "what is a deductible?")
    # A claim chosen: its fields; plan-year figures only if asked for.
    assert asked_facts(chosen_values(), "why this bill?") == CLAIM_ASKED


def test_a_reply_stating_the_figures_asked_for_goes_before_one_as_good_that_does_not():
    topics = {0: "deductible", 1: "deductible"}
    items = [Ranked(0, HOW_IT_WORKS, 10.0), Ranked(1, WHERE_YOU_STAND, 9.6)]
    asked = asked_facts(YEAR, "how much deductible still to go")
    result = prefer_grounded(items, lambda i: topics[i.index], no_open_items, YEAR, asked)
    assert [item.index for item in result] == [1, 0]
    # Not asked how much: unchanged.
    not_asked = asked_facts(YEAR, "what is a deductible?")
    assert prefer_grounded(items, lambda i: topics[i.index], no_open_items, YEAR, not_asked) == (
        items
    )
