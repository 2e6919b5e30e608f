"""Gibberish never gets a billing draft, though a word of it is one the team's history knows
(issue 10, point 8): a key mash around a plan word, a word salad, a pocket dial, pasted code or
base64. Every real message still does, however short, misspelt, shouted or texted."""

from __future__ import annotations

import pytest

from careteam.models import Thread
from suggestions import drafting
from suggestions.gibberish import gibberish, read_words
from suggestions.models import Draft
from suggestions.serving import serving_engine
from tests.factories import MemberFactory, MessageFactory, ThreadFactory

GIBBERISH = [
    "asdf deductible qwer",  # one known word among a key mash
    "sdkfj claim wqeoi",
    "hjkl denied zzxq vbnm",
    "ñlkj deductible ñsdf",  # a Spanish keyboard
    "jjjjjjj claim kkkkkkkk",  # keys held down
    "giraffe toaster deductible pickle umbrella",  # a word salad
    "um uh yeah okay the the claim um",  # a pocket dial
    "ZGVkdWN0aWJsZSBxdWVzdGlvbg== deductible",  # base64 pasted
    "<div class=x>{deductible}</div> <span>;;</span> == []",  # markup pasted
]
REAL = [
    "deductible left?",
    "denied?",
    "deductable left",  # a typo of a word the history knows
    "deductable?",  # only a typo: held back as "no words" before stop 28
    "chargd twise",
    "DEDUCTIBLE LEFT???",
    "charged twice pls help",
    "claim denied?? jjjjj",  # a stray key in a real question
    "ok so how much deductible is left",
    "cuanto deductible me queda",
    "my claim was denied, prior auth was done",
]


def _draft(team, text: str) -> Draft:
    message = MessageFactory(thread=ThreadFactory(team=team, member=MemberFactory()), text=text)
    assert drafting.draft_create(message.pk) == "drafted"
    return Draft.objects.get(message=message)


@pytest.mark.django_db
@pytest.mark.parametrize("text", GIBBERISH)
def test_gibberish_with_a_known_word_gets_no_draft_shown(drafting_model, team, text):
    engine = serving_engine()[1]  # type: ignore[index]
    assert engine.known_words(text)  # the rule before: one known word was enough for a draft
    draft = _draft(team, text)
    assert not draft.shown
    assert draft.held_back and "no words the team" not in draft.held_back


@pytest.mark.django_db
@pytest.mark.parametrize("text", REAL)
def test_short_misspelt_or_noisy_real_messages_are_still_drafted(drafting_model, team, text):
    draft = _draft(team, text)
    assert draft.shown, draft.held_back
    assert draft.held_back == ""


@pytest.mark.django_db
def test_the_reason_is_shown_on_the_agents_draft_panel(drafting_model, team, agent, as_user):
    from django.urls import reverse

    draft = _draft(team, "asdf deductible qwer")
    panel = as_user(agent).get(reverse("draft-panel", args=[draft.thread_id])).content.decode()
    assert "typed at random" in panel and "Use this draft" not in panel


@pytest.mark.django_db
def test_a_gibberish_thread_is_about_no_plan_topic(drafting_model, team):
    thread = ThreadFactory(team=team, member=MemberFactory())
    message = MessageFactory(thread=thread, text="sdkfj deductible wqeoi")
    found = drafting.thread_topic_classify(message_id=message.pk, thread_id=thread.pk)
    assert found == (drafting.OTHER_TOPIC, 1.0)
    real = MessageFactory(thread=ThreadFactory(team=team), text="deductible left??")
    topic = drafting.thread_topic_classify(message_id=real.pk, thread_id=real.thread_id)
    assert topic is not None and topic[0] == Thread.Topic.DEDUCTIBLE


# The reading itself, with the history's words given: what each shape leaves.
HISTORY = {"bill", "claim", "copay", "deductible", "owe", "card", "denied", "the", "my", "is"}


def _read(text: str) -> str:
    return gibberish(text, known=HISTORY.__contains__, bearing=HISTORY.__contains__)


@pytest.mark.parametrize(
    "text",
    [
        "asdf bill qwer",
        "qwpoei copay zmxncb",
        "xkcd vbrt bill",
        "a s d f bill g h",
        "window giraffe tuesday spoon bill",
        "hey hey come here no stop it okay um the the car keys hmm",
        "function(){return false;} var x = [1];",
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
        "https://www.example.com/bill?ref=abc123",
    ],
)
def test_gibberish_shapes_are_read_as_gibberish(text):
    assert _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "bill?",
        "copay",
        "EOB ??",
        "id card pls",
        "ok so what do i owe",
        "cuanto debo",
        "tengo un bill del hospital",
        "WHY DID I GET A BILL",
        "y was i charged 2x",
        "deductable",
        "sorry cat walked on keyboard lkjlkj - why was my claim denied?",
        "bill from Nwachukwu Family Medicine??",
        "my member id is XJH448812 need card",
        "p.s. the copay",
        "the portal link https://example.com/claims doesnt work, how do I see my EOB?",
    ],
)
def test_short_and_odd_real_messages_are_not_gibberish(text):
    assert _read(text) == ""


# Pastes members make that are no code (stop 32: these three shapes were held back as markup).
PASTED_NOT_CODE = [
    "[9:02] hey quick q\n[9:02] my deductible\n[9:03] how much is left on it\n[9:03] ty",
    "[text 1] no card yet\n[text 2] dentist thurs\n[text 3] what do i show them",
    "My EOB has this row:\n\n| Service | Billed | You owe |\n"
    "| 99214 {SERVICE} | {AMOUNT} | {AMOUNT} |\n\nwhy is my bill more than the EOB?",
]


@pytest.mark.parametrize("text", PASTED_NOT_CODE)
def test_chat_times_text_numbers_and_eob_table_rows_are_not_code(text):
    assert _read(text) == ""


@pytest.mark.parametrize(
    "text",
    [
        "| a | b |\n| {x} | [y] = 1; |",  # a table of code is still code
        "[9:02] <div>{bill}</div>;",  # a time before markup
        "[INFO] x = [1, 2]; y = {};",
    ],
)
def test_code_beside_a_label_or_in_a_table_is_still_code(text):
    assert "code or markup" in _read(text)


def test_a_held_down_key_is_read_through_to_the_word():
    reading = read_words("biiiill sooo high", known=HISTORY.__contains__, bearing=bool)
    assert reading.random == 0 and reading.content == 2  # "bill", "high"; "so" joins words
    mashed = read_words("mmmm bill nnnn", known=HISTORY.__contains__, bearing=bool)
    assert mashed.random == 2
