"""A message that may be an emergency or self-harm never gets a billing draft: the plan's safety
reply (which an agent still sends) or no draft at all."""

from __future__ import annotations

import pytest

from careteam import api as careteam_api
from careteam import services as careteam_services
from careteam.models import Message
from suggestions import drafting
from suggestions.models import Draft
from tests.factories import MemberFactory, MessageFactory

pytestmark = pytest.mark.django_db

EMERGENCY = "I was charged twice for my visit on May 3, and now I have chest pain and can't breathe"
SPANISH_EMERGENCY = "Me cobraron dos veces la visita y ahora mi esposo no puede respirar"


@pytest.fixture
def receive(team, django_capture_on_commit_callbacks):
    client_row, _ = careteam_services.api_client_create(name="app", team=team)
    member = MemberFactory(first_name="Rosalind", teams=[team])

    def send(text: str, key: str = "k") -> Message:
        with django_capture_on_commit_callbacks(execute=True):
            result = careteam_services.member_message_receive(
                client=client_row, member=member, idempotency_key=key, fingerprint=key,
                text=text,
            )  # fmt: skip
        return result.message

    return send


def test_the_draft_request_says_what_triage_found(receive):
    message = receive(EMERGENCY)
    request = careteam_api.draft_request(message_id=message.pk)
    assert request.triage_kind == "emergency" and request.language == "en"
    calm = receive("What is my deductible this year?", key="calm")
    # The calm follow-up is drafted with the alarming message in its context.
    assert careteam_api.draft_request(message_id=calm.pk).triage_kind == "emergency"


def test_an_emergency_gets_the_safety_reply_not_a_billing_draft(drafting_model, receive, settings):
    message = receive(EMERGENCY)
    draft = Draft.objects.get(message=message)
    assert draft.text == settings.TRIAGE_SAFETY_REPLY["emergency"]["en"]
    assert draft.reply_topic == drafting.SAFETY_REPLY_TOPIC
    assert "duplicate" not in draft.template and draft.state == Draft.State.DRAFTED
    # The same message without the danger gets the billing draft: the engine would have.
    calm = MessageFactory(thread=message.thread, text=EMERGENCY.split(", and")[0])
    assert drafting.draft_create(calm.pk) == "drafted"
    assert "duplicate" in Draft.objects.get(message=calm).template


def test_the_safety_reply_is_in_the_members_language(drafting_model, receive, settings):
    message = receive(SPANISH_EMERGENCY)
    draft = Draft.objects.get(message=message)
    assert draft.text == settings.TRIAGE_SAFETY_REPLY["emergency"]["es"]
    assert "911" in draft.text


def test_with_safety_replies_off_there_is_no_draft_at_all(drafting_model, receive, settings):
    settings.TRIAGE_SAFETY_REPLY = {}
    message = receive("I want to kill myself")
    assert not Draft.objects.filter(message=message).exists()
    assert drafting.draft_create(message.pk) == "no draft: self_harm"


def test_a_threat_gets_no_draft_since_none_is_configured(drafting_model, receive):
    message = receive("I'm going to hurt that billing lady when I see her")
    assert message.thread.triage_kind == "violence"
    assert not Draft.objects.filter(message=message).exists()


def test_asking_for_a_new_draft_gives_no_billing_draft_either(drafting_model, receive):
    message = receive(EMERGENCY)
    assert Draft.objects.filter(message=message).count() == 1
    assert drafting.draft_create(message.pk, attempt=2) == "no draft: emergency"
    assert Draft.objects.filter(message=message).count() == 1


def test_the_draft_panel_says_it_is_the_safety_reply(
    drafting_model, receive, as_user, agent, client
):
    message = receive(EMERGENCY)
    as_user(agent)
    html = client.get(
        f"/suggestions/threads/{message.thread_id}/draft/", headers={"HX-Request": "true"}
    ).content.decode()
    assert "safety reply for this message, not a billing answer" in html
