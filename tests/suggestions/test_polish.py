"""The optional LLM polish, against an OpenAI-compatible server on loopback, through the real
openai client: only placeholder forms leave, and any failure keeps the unpolished draft."""

from __future__ import annotations

import json

import pytest

from suggestions import drafting
from suggestions.models import Draft
from suggestions.polish import answer_problem, polish_draft
from tests.factories import MemberFactory, MessageFactory, ThreadFactory
from tests.support.chat_server import ChatServer

pytestmark = pytest.mark.django_db

QUESTION = ("This is Rosalind Quintero. I was charged twice for my visit on May 3, "
            "claim CLM-2026-7777777, $123.45 both times.")  # fmt: skip
POLISHED = ("Hello {MEMBER_FIRST_NAME}, thank you for your patience. We found the duplicate of "
            "claim {CLAIM_NUMBER}; you only owe {AMOUNT}. {AGENT_NAME}")  # fmt: skip
SECRETS = ["Rosalind", "Quintero", "7777777", "123.45", "May 3"]


@pytest.fixture
def polish_on(settings):
    def switch(server: ChatServer, timeout: float = 5.0) -> None:
        settings.SUGGESTION_POLISH = True
        settings.SUGGESTION_POLISH_BASE_URL = server.base_url
        settings.SUGGESTION_POLISH_MODEL = "test-model"
        settings.SUGGESTION_POLISH_API_KEY = "test-key"
        settings.SUGGESTION_POLISH_TIMEOUT_SECONDS = timeout

    return switch


def draft_for_question(team) -> Draft:  # type: ignore[no-untyped-def]
    member = MemberFactory(first_name="Rosalind", last_name="Quintero")
    message = MessageFactory(thread=ThreadFactory(team=team, member=member), text=QUESTION)
    assert drafting.draft_create(message.pk) == "drafted"
    return Draft.objects.get(message=message)


def test_a_polished_draft_is_filled_after_the_answer_and_no_phi_is_sent(
    drafting_model, team, polish_on
):
    with ChatServer(answer=POLISHED) as server:
        polish_on(server)
        draft = draft_for_question(team)
    assert draft.polished
    assert draft.text.startswith("Hello Rosalind, thank you for your patience.")
    assert "duplicate" in draft.template  # the engine's own reply stays on record
    assert len(server.requests) == 1
    request = server.requests[0]
    assert request["path"] == "/v1/chat/completions"
    assert request["body"]["model"] == "test-model"
    sent = server.raw[0].decode()
    assert [secret for secret in SECRETS if secret in sent] == []
    user_text = request["body"]["messages"][-1]["content"]
    for placeholder in ("{MEMBER_FIRST_NAME}", "{CLAIM_NUMBER}", "{AMOUNT}", "{DATE}"):
        assert placeholder in user_text


def test_a_timeout_keeps_the_unpolished_draft(drafting_model, team, polish_on):
    with ChatServer(answer=POLISHED, delay=3.0) as server:
        polish_on(server, timeout=0.5)
        draft = draft_for_question(team)
    assert len(server.requests) == 1
    assert not draft.polished and draft.text.startswith("Hi Rosalind, we found the duplicate")


def test_an_error_keeps_the_unpolished_draft(drafting_model, team, polish_on):
    with ChatServer(answer=POLISHED, status=500) as server:
        polish_on(server)
        draft = draft_for_question(team)
    assert len(server.requests) == 1
    assert not draft.polished and draft.text.startswith("Hi Rosalind, we found the duplicate")


def test_an_answer_with_an_invented_detail_keeps_the_unpolished_draft(
    drafting_model, team, polish_on
):
    invented = POLISHED.replace("you only owe {AMOUNT}", "you only owe $40.00")
    with ChatServer(answer=invented) as server:
        polish_on(server)
        draft = draft_for_question(team)
    assert len(server.requests) == 1
    assert not draft.polished and "$40.00" not in draft.text


def test_switched_off_sends_nothing(drafting_model, team, settings, polish_on):
    with ChatServer(answer=POLISHED) as server:
        polish_on(server)
        settings.SUGGESTION_POLISH = False
        draft = draft_for_question(team)
    assert server.requests == []
    assert not draft.polished and draft.text.startswith("Hi Rosalind, we found the duplicate")


def test_a_draft_below_the_threshold_is_not_sent(polish_on):
    with ChatServer(answer=POLISHED) as server:
        polish_on(server)
        result = polish_draft(draft="Hi {MEMBER_FIRST_NAME}.", message="hello", shown=False)
    assert server.requests == [] and not result.polished


DRAFT = (
    "Hi {MEMBER_FIRST_NAME}, claim {CLAIM_NUMBER} was paid on {DATE}; call {PHONE}. {AGENT_NAME}"
)


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ("Hello {MEMBER_FIRST_NAME}! Claim {CLAIM_NUMBER} was paid on {DATE}. Call {PHONE}. "
         "{AGENT_NAME}", ""),
        ("Hello! Claim {CLAIM_NUMBER} was paid on {DATE}. Call {PHONE}. {AGENT_NAME}",
         "placeholders added or dropped"),
        ("Hi {MEMBER_FIRST_NAME}, claim {CLAIM_NUMBER} ({AMOUNT}) was paid on {DATE}; call "
         "{PHONE}. {AGENT_NAME}", "placeholders added or dropped"),
        ("Hi {MEMBER_FIRST_NAME}, claim {CLAIM_NUMBER} for {POLICY_NUMBER} was paid on {DATE}; "
         "call {PHONE}. {AGENT_NAME}", "unknown placeholder or stray brace"),
        ("Hi {MEMBER_FIRST_NAME}, claim {CLAIM_NUMBER} was paid on {DATE}, within 30 days; call "
         "{PHONE}. {AGENT_NAME}", "a number that the draft does not have"),
        ("Hi {MEMBER_FIRST_NAME}, claim {CLAIM_NUMBER} was paid on {DATE} to Riverside Imaging "
         "Center; call {PHONE}. {AGENT_NAME}", "a detail that the draft does not have"),
        ("Hi {MEMBER_FIRST_NAME}}, claim {CLAIM_NUMBER} was paid on {DATE}; call {PHONE}. "
         "{AGENT_NAME}", "unknown placeholder or stray brace"),
        ("Hi {{MEMBER_FIRST_NAME}, claim {CLAIM_NUMBER} was paid on {DATE}; call {PHONE}. "
         "{AGENT_NAME}", "unknown placeholder or stray brace"),
        ("", "empty answer"),
        (None, "empty answer"),
    ],
)  # fmt: skip
def test_an_answer_may_replace_the_draft_only_with_the_same_placeholders_and_no_new_facts(
    answer, problem
):
    assert answer_problem(draft=DRAFT, answer=answer) == problem


def test_the_request_names_the_model_and_carries_both_templates(polish_on):
    with ChatServer(answer="Hi {MEMBER_FIRST_NAME}, thanks.") as server:
        polish_on(server)
        result = polish_draft(draft="Hi {MEMBER_FIRST_NAME}, thank you.", message="thanks")
    assert result.polished and result.template == "Hi {MEMBER_FIRST_NAME}, thanks."
    body = server.requests[0]["body"]
    assert body["messages"][0]["role"] == "system"
    assert "thanks" in body["messages"][1]["content"]
    assert json.dumps(body).count("{MEMBER_FIRST_NAME}") == 2  # the instructions' and the draft's


def test_digits_no_pattern_named_never_leave_in_the_member_message(polish_on):
    with ChatServer(answer="Hi {MEMBER_FIRST_NAME}, thanks.") as server:
        polish_on(server)
        polish_draft(
            draft="Hi {MEMBER_FIRST_NAME}, thank you.",
            message="my ssn is 123-45-6789 and I live at 42 Elm St, born 3-14-2011",
        )
    content = server.requests[0]["body"]["messages"][1]["content"]
    assert "###-##-####" in content and "## Elm St" in content
    assert not any(character.isdigit() for character in content.split("Draft reply:")[0])


def test_an_answer_that_merges_two_dates_into_one_is_refused():
    draft = "Your visit on {DATE} was billed again on {DATE}."
    assert answer_problem(draft=draft, answer="Your visit on {DATE} was billed twice.")
    assert not answer_problem(draft=draft, answer="The visit on {DATE} was billed again on {DATE}.")
