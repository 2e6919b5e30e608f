"""Stop 33 (rank16): among replies of the same topic about as good as the best, one that states
the record facts the member's words ask for goes first ("how much did the plan pay?" with
{PLAN_PAID}, "who do I call?" with {PHONE}, "does my plan cover it?" with {PLAN_NAME}), when the
records fill every slot it shows and it states nothing the records leave open; a reply that
states the claim singled out is never put behind one that does not."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from claims.data import ClaimFacts
from suggestions.drafting import asked_facts, cued_facts, prefer_grounded
from suggestions.engine import Ranked
from suggestions.slots import claim_slots
from suggestions.templating import Placeholder

P = Placeholder

CLAIM = ClaimFacts(
    claim_number="CLM-2026-111111", service_from=date(2026, 10, 14),
    service_to=date(2026, 10, 14), provider_name="Aspen Dermatology", payer_name="Acme",
    status="paid", billed=Decimal("400.00"), allowed=Decimal("240.00"), paid=Decimal("144.00"),
    patient_responsibility=Decimal("96.00"), open_flags=(), deductible=Decimal("0.00"),
    coinsurance=Decimal("96.00"),
)  # fmt: skip
MEMBER = {
    P.MEMBER_FIRST_NAME: "Ana", P.PLAN_NAME: "Gold PPO", P.PHONE: "1-800-555-0142",
}  # fmt: skip
WITH_CLAIM = {**MEMBER, **claim_slots(CLAIM)}

OWES_ONLY = "Hi {MEMBER_FIRST_NAME}, your share of claim {CLAIM_NUMBER} is {MEMBER_OWES}."
PAID_AND_OWES = (
    "Hi {MEMBER_FIRST_NAME}, for {PROVIDER_NAME} on {DATE_OF_SERVICE} the plan paid "
    "{PLAN_PAID} and your share is {MEMBER_OWES}."
)
GENERAL = "Hi {MEMBER_FIRST_NAME}, a prior authorization is the plan's approval beforehand."
WITH_PHONE = (
    "Hi {MEMBER_FIRST_NAME}, a prior authorization is the plan's approval beforehand; call us "
    "at {PHONE} to check one."
)
TOPICS = {0: "eob_question", 1: "eob_question", 2: "eob_question", 3: "denied_claim"}


def topic_of(item: Ranked) -> str:
    return TOPICS[item.index]


def no_open_items(item: Ranked) -> int:
    return 0


def test_the_member_words_cue_the_facts_they_ask_for_when_the_records_fill_them():
    assert {P.PLAN_PAID, P.MEMBER_OWES} <= cued_facts(WITH_CLAIM, "how much did the plan pay?")
    assert P.PHONE in cued_facts(MEMBER, "who do I call about this?")
    assert P.PHONE in cued_facts(MEMBER, "¿A qué teléfono puedo llamar?")
    assert P.PLAN_NAME in cued_facts(MEMBER, "does my plan cover an MRI?")
    # No claim singled out: its facts are not in the records to fill, so none is cued.
    assert not {P.PLAN_PAID, P.MEMBER_OWES} & cued_facts(MEMBER, "how much did the plan pay?")
    # A plan with no public number configured: no {PHONE} to prefer.
    assert P.PHONE not in cued_facts({**MEMBER, P.PHONE: ""}, "who do I call?")
    # A claim singled out is named as the member knows it, whatever they asked.
    assert {P.PROVIDER_NAME, P.DATE_OF_SERVICE} <= cued_facts(WITH_CLAIM, "what is this?")


def test_a_reply_stating_what_was_asked_goes_before_one_as_good_that_does_not():
    items = [Ranked(0, OWES_ONLY, 10.0), Ranked(1, PAID_AND_OWES, 9.0), Ranked(2, OWES_ONLY, 8.0)]
    text = "my EOB says the plan paid something, how much?"
    result = prefer_grounded(
        items, topic_of, no_open_items, WITH_CLAIM,
        asked_facts(WITH_CLAIM, text), cued_facts(WITH_CLAIM, text),
    )  # fmt: skip
    assert [item.index for item in result] == [1, 0, 2]


def test_a_phone_number_asked_for_moves_a_reply_with_it_up_without_a_claim():
    items = [Ranked(0, GENERAL, 10.0), Ranked(1, WITH_PHONE, 8.0)]
    text = "do I need approval for an MRI? who do I call"
    result = prefer_grounded(
        items, topic_of, no_open_items, MEMBER, asked_facts(MEMBER, text), cued_facts(MEMBER, text)
    )
    assert [item.index for item in result] == [1, 0]
    # Not asked for: the ranking stays.
    plain = "do I need approval for an MRI?"
    unasked = asked_facts(MEMBER, plain), cued_facts(MEMBER, plain)
    assert prefer_grounded(items, topic_of, no_open_items, MEMBER, *unasked) == items


def test_what_is_asked_moves_nothing_off_topic_far_down_open_or_ungrounded():
    text = "how much did the plan pay, who do I call?"
    asked, cued = asked_facts(WITH_CLAIM, text), cued_facts(WITH_CLAIM, text)
    # Too far below the best (GROUNDED_NEAR_SCORE), or another topic.
    far = [Ranked(0, OWES_ONLY, 10.0), Ranked(1, PAID_AND_OWES, 6.0)]
    assert prefer_grounded(far, topic_of, no_open_items, WITH_CLAIM, asked, cued) == far
    other = [Ranked(0, OWES_ONLY, 10.0), Ranked(3, PAID_AND_OWES, 9.9)]
    assert prefer_grounded(other, topic_of, no_open_items, WITH_CLAIM, asked, cued) == other
    # Something the records leave open in it.
    items = [Ranked(0, OWES_ONLY, 10.0), Ranked(1, PAID_AND_OWES, 9.9)]
    assert (
        prefer_grounded(items, topic_of, lambda item: item.index, WITH_CLAIM, asked, cued) == items
    )
    # A reply with the number but nothing of the claim never goes before one stating the claim.
    grounded_first = [Ranked(0, OWES_ONLY, 10.0), Ranked(1, WITH_PHONE, 9.9)]
    assert (
        prefer_grounded(grounded_first, topic_of, no_open_items, WITH_CLAIM, asked, cued)
        == grounded_first
    )


def test_of_several_replies_the_one_stating_most_of_what_was_asked_goes_first():
    text = "when was this visit and how much did the plan pay"
    both = (
        "Hi {MEMBER_FIRST_NAME}, on {DATE_OF_SERVICE} it paid {PLAN_PAID}; you owe {MEMBER_OWES}."
    )
    paid = "Hi {MEMBER_FIRST_NAME}, the plan paid {PLAN_PAID} and you owe {MEMBER_OWES}."
    items = [Ranked(0, OWES_ONLY, 10.0), Ranked(1, paid, 9.5), Ranked(2, both, 9.0)]
    asked, cued = asked_facts(WITH_CLAIM, text), cued_facts(WITH_CLAIM, text)
    result = prefer_grounded(items, topic_of, no_open_items, WITH_CLAIM, asked, cued)
    assert [item.index for item in result] == [2, 0, 1]


def test_a_reply_never_drops_a_fact_asked_for_that_the_best_states():
    text = "why was my claim denied? what do I owe?"
    reason = "Hi {MEMBER_FIRST_NAME}, claim {CLAIM_NUMBER} was denied: {DENIAL_REASON}."
    more_but_no_reason = (
        "Hi {MEMBER_FIRST_NAME}, for {PROVIDER_NAME} on {DATE_OF_SERVICE} you owe {MEMBER_OWES}."
    )
    denied = {**WITH_CLAIM, P.DENIAL_REASON: "no prior authorization"}
    items = [Ranked(0, reason, 10.0), Ranked(1, more_but_no_reason, 9.9)]
    asked, cued = asked_facts(denied, text), cued_facts(denied, text)
    assert P.DENIAL_REASON in cued
    assert prefer_grounded(items, topic_of, no_open_items, denied, asked, cued) == items


def test_a_plan_year_figure_the_best_states_is_not_traded_for_the_plan_name():
    year = {**MEMBER, P.DEDUCTIBLE: "$1,000.00", P.DEDUCTIBLE_REMAINING: "$750.00"}
    text = "how much of my deductible is left before my plan pays?"
    left = "Hi {MEMBER_FIRST_NAME}, you have {DEDUCTIBLE_REMAINING} left of {DEDUCTIBLE}."
    named = "Hi {MEMBER_FIRST_NAME}, on your {PLAN_NAME} the deductible is {DEDUCTIBLE}."
    items = [Ranked(0, left, 10.0), Ranked(1, named, 9.9)]
    asked, cued = asked_facts(year, text), cued_facts(year, text)
    assert P.PLAN_NAME in cued
    assert prefer_grounded(items, topic_of, no_open_items, year, asked, cued) == items
