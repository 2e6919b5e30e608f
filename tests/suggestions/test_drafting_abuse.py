"""A message the abuse detector takes for an insult to the team never gets a billing draft, all
the way from the member app's post to the agent's draft panel (issue 10): the draft is held back,
the panel offers nothing to send, asking for a new draft gives none either, and a follow-up sent
before any reply is held back with it. Civil messages in the same words stay draftable."""

from __future__ import annotations

import json

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from careteam import services as careteam_services
from careteam.models import Message
from suggestions import drafting, review
from suggestions.models import Draft, DraftStateError
from tests.factories import MemberFactory, MessageFactory

pytestmark = pytest.mark.django_db

QUESTION = "How much of my deductible is left?"
ABUSIVE = f"Listen you useless clowns. {QUESTION}"
CIVIL = f"I'm so frustrated with this damn deductible. {QUESTION}"


@pytest.fixture
def post(client, team, django_capture_on_commit_callbacks):
    """Post as the team's member app does; the drafting job runs when the request commits. The
    API's rate limits live in the cache: these posts start with none."""
    cache.clear()
    _, token = careteam_services.api_client_create(name="member-app", team=team)

    def send(member_id: str, text: str, key: str, subject: str = "") -> Message:
        body = {"member_id": member_id, "text": text, **({"subject": subject} if subject else {})}
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/api/v1/messages", data=json.dumps(body), content_type="application/json",
                headers={"Authorization": f"Bearer {token}", "Idempotency-Key": key},
            )  # fmt: skip
        assert response.status_code == 201, response.content
        return Message.objects.get(uuid=response.json()["message_id"])

    return send


def _panel(as_user, agent, message: Message) -> str:
    return as_user(agent).get(reverse("draft-panel", args=[message.thread_id])).content.decode()


def test_an_insulting_message_from_the_members_app_gets_no_billing_draft(
    drafting_model, post, team, agent, as_user, django_capture_on_commit_callbacks
):
    civil = post(MemberFactory(teams=[team]).member_id, CIVIL, key="civil")
    assert Draft.objects.get(message=civil).shown  # the same question, civilly: a draft
    member = MemberFactory(teams=[team])
    message = post(member.member_id, ABUSIVE, key="abusive")
    draft = Draft.objects.get(message=message)
    assert not draft.shown and "insults the team" in draft.held_back
    assert draft.reply_topic != drafting.SAFETY_REPLY_TOPIC
    panel = _panel(as_user, agent, message)
    assert "insults the team" in panel
    assert "Use this draft" not in panel and "data-draft-text" not in panel
    # A held-back draft cannot be asked to draft again (the panel offers no button; a post is
    # refused), so no later attempt brings the billing reply out.
    with pytest.raises(DraftStateError), django_capture_on_commit_callbacks(execute=True):
        review.draft_regenerate(draft_id=draft.pk, thread_id=message.thread_id, agent=agent)
    assert not Draft.objects.filter(message=message, attempt=2).exists()
    # A follow-up before anyone replied is answered with the insult: still no draft.
    follow_up = post(member.member_id, "Any news? " + QUESTION, key="follow-up")
    assert "insults the team" in Draft.objects.get(message=follow_up).held_back
    assert "Use this draft" not in _panel(as_user, agent, follow_up)


def test_after_an_agents_reply_a_civil_message_on_the_thread_is_drafted_again(
    drafting_model, post, team, agent, as_user
):
    member = MemberFactory(teams=[team])
    message = post(member.member_id, ABUSIVE, key="abusive")
    MessageFactory(
        thread=message.thread, direction="outbound", author=agent, text="Hello.",
        created_at=timezone.now(),
    )  # fmt: skip
    civil = post(member.member_id, "Thanks. " + QUESTION, key="civil")
    draft = Draft.objects.get(message=civil)
    assert draft.shown, (draft.held_back, draft.confidence)
    assert "Use this draft" in _panel(as_user, agent, civil)


def test_an_insult_in_the_subject_the_app_sent_holds_the_draft_back(drafting_model, post, team):
    message = post(
        MemberFactory(teams=[team]).member_id, QUESTION, key="k", subject="You useless clowns"
    )
    draft = Draft.objects.get(message=message)
    assert not draft.shown and "insults the team" in draft.held_back
    civil = post(MemberFactory(teams=[team]).member_id, QUESTION, key="c", subject="Deductible")
    assert Draft.objects.get(message=civil).shown


@pytest.mark.parametrize(
    ("text", "held_back"),
    [
        # stop 28 shapes: mockery of the reader's wits, sarcasm at the team
        (f"Are you all just too dim to read a claim form? {QUESTION}", True),
        (f"Brilliant staff you have, truly brilliant: you lost my form twice. {QUESTION}", True),
        # stop 30 shapes: the reader's reading mocked, a sarcastic "which genius"
        (f"Since reading seems too hard for you people, once more: {QUESTION}", True),
        (f"Which einstein decided my deductible starts over in June? {QUESTION}", True),
        # an insult reported is a complaint, not abuse: it is drafted like any message
        (f"You called me an idiot on the phone. {QUESTION}", False),
        # a relative's words reported, swearing at a thing: drafted too
        (f"My brother says you are all crooks, but you have been fair to me. {QUESTION}", False),
        (f"The parking machine at the clinic is garbage. {QUESTION}", False),
    ],
)
def test_new_abusive_shapes_get_no_billing_draft_and_a_reported_insult_does(
    drafting_model, post, team, text, held_back
):
    message = post(MemberFactory(teams=[team]).member_id, text, key=f"shape-{len(text)}")
    draft = Draft.objects.get(message=message)
    assert draft.shown is not held_back
    assert ("insults the team" in draft.held_back) is held_back
