"""No statement the records leave open reaches the reply box when the reply answers without it:
a contradicted statement removes its reply, a sentence stating what the records cannot confirm
(a claim state, a deadline, an action said to be taken, a plan-year figure not asked about) is
dropped when the rest of the reply still answers, and only a reply that does not stand without
it keeps it, marked for the agent."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from careteam.models import Message, Thread
from suggestions import drafting
from suggestions.api import model_version_promote
from suggestions.models import Draft
from suggestions.statements import statements_in
from suggestions.templating import Placeholder
from tests.factories import MemberFactory, MessageFactory, ThreadFactory
from tests.suggestions import lab_history
from training.services import model_train

VALUES = {Placeholder.MEMBER_FIRST_NAME: "Ana"}
CARD_ORDERED = "Hi {MEMBER_FIRST_NAME}, I've ordered a new ID card for you."


def trimmed(template: str, context: str = "Can I get a new ID card?") -> str:
    return drafting.without_open_sentences(template, None, [], VALUES, context)


def test_an_action_said_to_be_taken_goes_when_the_rest_of_the_reply_answers():
    template = (
        CARD_ORDERED + " You can print a temporary card from the member portal right away and "
        "show the digital card at the pharmacy counter. Best, {AGENT_NAME}"
    )
    assert trimmed(template) == (
        "Hi {MEMBER_FIRST_NAME}, you can print a temporary card from the member portal right "
        "away and show the digital card at the pharmacy counter. Best, {AGENT_NAME}"
    )
    assert statements_in(trimmed(template)) == []


@pytest.mark.parametrize(
    "template",
    [
        # The rest leans on the dropped sentence: "It" is the card it said was ordered.
        CARD_ORDERED + " It should arrive by mail within about a week or so. Best, {AGENT_NAME}",
        # The open sentence was the answer: what is left is a pleasantry.
        CARD_ORDERED + " Let me know if there is anything else I can help you with today. "
        "Best, {AGENT_NAME}",
        # Nothing else: the reply is the open sentence.
        CARD_ORDERED + " Best, {AGENT_NAME}",
    ],
)
def test_a_reply_that_does_not_stand_without_its_open_sentence_keeps_it(template):
    assert trimmed(template) == template


def test_a_deadline_and_a_plan_year_figure_not_asked_about_go_with_their_sentences():
    values = {**VALUES, Placeholder.DEDUCTIBLE: "$1,000.00"}
    template = (
        "Hi {MEMBER_FIRST_NAME}, an EOB is not a bill: it shows what the plan allowed and what "
        "is left for you to pay, and the provider bills you for that share later. Your "
        "deductible is {DEDUCTIBLE} this year. Please pay the provider within 30 days. Compare "
        "the bill with the EOB before you pay it. Best, {AGENT_NAME}"
    )
    result = drafting.without_open_sentences(template, None, [], values, "What's an EOB?")
    assert "{DEDUCTIBLE}" not in result and "within 30 days" not in result
    assert result.startswith("Hi {MEMBER_FIRST_NAME}, an EOB is not a bill")
    assert result.endswith("Compare the bill with the EOB before you pay it. Best, {AGENT_NAME}")
    assert drafting.unconfirmed(result, None, [], values, "What's an EOB?") == []


def test_a_plan_year_figure_not_asked_for_goes_even_on_the_members_subject():
    """Stop 28: "do my premiums count toward the out-of-pocket maximum?" asks how the plan works,
    not what the maximum is: the figure's sentence goes like a deadline's (it stayed, marked,
    before, and the drafts bench counted it as a statement the draft must not make)."""
    values = {**VALUES, Placeholder.OOP_MAX: "$4,500.00"}
    context = "Do my premiums count toward the out-of-pocket maximum?"
    template = (
        "Hi {MEMBER_FIRST_NAME}, premiums do not count toward the out-of-pocket maximum; your "
        "deductible, copays and coinsurance for covered care do. Your maximum is {OOP_MAX} "
        "this plan year. Send us any bill you want checked within 30 days. Best, {AGENT_NAME}"
    )
    result = drafting.without_open_sentences(template, None, [], values, context)
    assert "within 30 days" not in result and "{OOP_MAX}" not in result
    assert "premiums do not count toward the out-of-pocket maximum" in result
    assert drafting.unconfirmed(result, None, [], values, context) == []
    # Asked for, the figure is no open statement at all and stays.
    asked = "What is my out-of-pocket maximum, and do premiums count toward it?"
    kept = drafting.without_open_sentences(template, None, [], values, asked)
    assert "Your maximum is {OOP_MAX} this plan year." in kept


@pytest.fixture
def lab_model(team, agent, settings, tmp_path):
    """A team whose past replies to "did you pay my lab bill" say the plan paid it and then
    explain how lab bills work."""
    settings.SUGGESTION_MODEL_DIR = tmp_path / "models"
    settings.SUGGESTION_MIN_CONFIDENCE = 0.0
    return lab_history.lab_model(
        team=team,
        agent=agent,
        reply="the plan paid your lab claim. Lab results and the explanation of benefits arrive "
        "separately, and the lab sends its own bill for your share, so compare the two before "
        "you pay anything. Ana",
    )


def _draft_for(member, team, text: str) -> Draft:
    thread = ThreadFactory(team=team, member=member)
    message = MessageFactory(thread=thread, text=text)
    assert drafting.draft_create(message.pk) == "drafted"
    return Draft.objects.get(message=message)


@pytest.mark.django_db
def test_a_claim_state_the_records_leave_open_is_dropped_and_the_rest_of_the_reply_kept(
    lab_model, team
):
    """One paid claim on file, and a message that does not say which bill: "the plan paid" is
    not confirmed (the bill may not be on file yet); the reply answers without it."""
    member = MemberFactory(first_name="Rosalind")
    lab_history.lab_claim(member, number="CLM-2026-8880001", status="paid", paid="80.00")
    draft = _draft_for(member, team, "Did you pay my lab bill yet?")
    assert "paid" not in draft.text
    assert draft.text.startswith("Hi Rosalind, lab results and the explanation of benefits")
    assert draft.marks == []
    assert statements_in(draft.text) == []


@pytest.mark.django_db
def test_a_claim_state_the_record_contradicts_never_reaches_the_draft(lab_model, team):
    """The only claim on file is still being processed: "the plan paid" is contradicted, so
    the reply saying it is never proposed, trimmed or not."""
    member = MemberFactory(first_name="Rosalind")
    lab_history.lab_claim(member, number="CLM-2026-8880002", status="submitted", paid=None)
    thread = ThreadFactory(team=team, member=member)
    message = MessageFactory(thread=thread, text="Did you pay my lab bill yet?")
    # The team's only reply to it says the plan paid: no reply is left to propose.
    assert drafting.draft_create(message.pk) == "no candidates"
    assert not Draft.objects.filter(message=message).exists()


@pytest.fixture
def two_intent_model(team, agent, settings, tmp_path):
    """Past replies to two questions; the ID-card reply says a card was already ordered."""
    settings.SUGGESTION_MODEL_DIR = tmp_path / "models"
    settings.SUGGESTION_MIN_CONFIDENCE = 0.0
    start = timezone.now() - dt.timedelta(days=60)
    intents = [
        ("Which pharmacies can fill my prescriptions when I travel?",
         "Hi {first}, the pharmacy network is nationwide, so most chain and local pharmacies "
         "can fill your prescriptions while you travel; use the pharmacy locator in the member "
         "portal to check a store. Ana"),
        ("Can you send me a new ID card? Mine is lost.",
         "Hi {first}, I've ordered a new ID card for you. You can print a temporary card from "
         "the member portal right away and show the digital card at the pharmacy counter. Ana"),
    ]  # fmt: skip
    for number in range(40):
        question, reply = intents[number % 2]
        member = MemberFactory(first_name=f"Zelda{number}")
        at = start + dt.timedelta(hours=number)
        thread = ThreadFactory(team=team, member=member, status=Thread.Status.CLOSED,
                               created_at=at, closed_at=at)  # fmt: skip
        MessageFactory(thread=thread, text=question, created_at=at)
        MessageFactory(thread=thread, direction=Message.Direction.OUTBOUND, author=agent,
                       text=reply.format(first=member.first_name),
                       created_at=at + dt.timedelta(minutes=5))  # fmt: skip
    return model_version_promote(version=model_train(actor=None).version, actor=None)


@pytest.mark.django_db
def test_the_answer_joined_for_a_second_question_drops_its_open_sentence(two_intent_model, team):
    """The second question's only answer says a card was ordered: the draft answers it without
    that sentence instead of leaving the question unanswered or the action unconfirmed."""
    member = MemberFactory(first_name="Rosalind")
    draft = _draft_for(
        member, team,
        "Which pharmacies can fill my prescriptions when I travel? Also can you send me a new "
        "ID card? Mine is lost.",
    )  # fmt: skip
    assert "pharmacy locator" in draft.text
    assert "print a temporary card" in draft.text
    assert "I've ordered" not in draft.text
    assert draft.marks == []
