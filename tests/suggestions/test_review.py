"""The agent's side of a draft: send as is, edit, discard, ignore; what is kept; what is refused."""

from __future__ import annotations

import datetime as dt
import threading
import uuid

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from careteam.models import Job, Message
from suggestions import review
from suggestions.api import reply_key
from suggestions.models import Draft, ModelVersion, Outcome
from suggestions.outcomes import classify, similarity, word_diff
from tests.conftest import login
from tests.factories import MessageFactory

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}
DRAFT = (
    "Hi {MEMBER_FIRST_NAME}, we checked claim {CLAIM_NUMBER} and found it was billed twice. "
    "We will ask the provider to remove the duplicate, so you do not need to pay it. {AGENT_NAME}"
)


def make_draft(thread, *, template: str = DRAFT, shown: bool = True, **fields) -> Draft:
    version, _ = ModelVersion.objects.get_or_create(
        label="v1", defaults={"artifact": "v1.joblib", "sha256": "0" * 64, "status": "active"}
    )
    message = MessageFactory(thread=thread, text="I was billed twice for one visit.")
    member = thread.member
    text = template.replace("{MEMBER_FIRST_NAME}", member.first_name).replace(
        "{CLAIM_NUMBER}", "CLM-2026-0042"
    )
    alternative = "Hi {MEMBER_FIRST_NAME}, thank you for writing. We are looking into the bill."
    return Draft.objects.create(
        message=message, thread=thread, team=thread.team, topic=thread.topic, version=version,
        template=template, text=text, confidence=0.8, shown=shown, latency_ms=3.0,
        alternatives=[{
            "template": alternative, "score": 0.4,
            "text": alternative.replace("{MEMBER_FIRST_NAME}", member.first_name),
        }], **fields,
    )  # fmt: skip


def signed(draft: Draft, agent) -> str:
    return draft.text.replace("{AGENT_NAME}", agent.first_name)


def send(client: Client, thread, text: str, *, draft_ref: str = "", token=None, **extra):
    data = {"text": text, "draft_ref": draft_ref, "send_token": str(token or uuid.uuid4())}
    return client.post(reverse("thread-reply", args=[thread.pk]), {**data, **extra}, headers=HTMX)


@pytest.fixture
def claim_in_thread(thread):
    """The member named the claim, so the fact check on the reply finds it in the records."""
    MessageFactory(thread=thread, text="This is about claim CLM-2026-0042.")
    return thread


# --- The similarity measure and its thresholds --------------------------------------------------


def test_similarity_is_one_for_the_same_words_and_zero_for_none_in_common():
    assert similarity("Hello there, Ana.", "hello   there, ana.") == 1.0
    assert similarity("Your claim was paid.", "Call us tomorrow") == 0.0


@pytest.mark.parametrize(
    ("score", "kind"),
    [
        (1.0, "as_is"), (0.85, "as_is"), (0.8499, "edited"), (0.6, "edited"), (0.4, "edited"),
        (0.3999, "ignored"), (0.0, "ignored"),
    ],
)  # fmt: skip
def test_outcome_thresholds(score, kind):
    assert classify(score) == kind


def test_thresholds_follow_the_settings(settings):
    settings.SUGGESTION_AS_IS_SIMILARITY = 0.95
    assert classify(0.9) == "edited"


def test_small_edits_stay_as_is_and_rewrites_are_edits_or_own_replies():
    draft = "Hi Rosa, we found the duplicate charge and asked the provider to remove it. Ana"
    typo_fixed = "Hi Rosa, we found the duplicate charge and asked the provider to remove it! Ana"
    rewritten = "Hi Rosa, we found the duplicate charge; please ignore the second bill. Ana"
    own = "Please send us a copy of the itemized bill so we can review it."
    assert classify(similarity(draft, typo_fixed)) == "as_is"
    assert classify(similarity(draft, rewritten)) == "edited"
    assert classify(similarity(draft, own)) == "ignored"


def test_word_diff_marks_removed_and_added_words():
    assert word_diff("you owe $10 now", "you owe nothing now") == "you owe [-$10-] {+nothing+} now"


# --- Sending from a draft ------------------------------------------------------------------------


def test_sent_as_is_records_the_outcome_with_time_from_shown_to_sent(
    as_user, agent, claim_in_thread
):
    thread = claim_in_thread
    draft = make_draft(thread)
    client = as_user(agent)
    panel = client.get(reverse("draft-panel", args=[thread.pk]), headers=HTMX)
    assert panel.status_code == 200 and f'data-draft-ref="{draft.pk}"' in panel.content.decode()
    draft.refresh_from_db()
    assert draft.first_shown_at is not None
    response = send(client, thread, signed(draft, agent), draft_ref=str(draft.pk))
    assert response.status_code == 200, response.content.decode()
    draft.refresh_from_db()
    outcome = draft.outcome
    assert (draft.state, outcome.kind, outcome.similarity) == ("sent", "as_is", 1.0)
    assert outcome.agent == agent and outcome.version == draft.version
    assert outcome.reply.text == signed(draft, agent)
    assert outcome.team_id == thread.team_id and outcome.topic == thread.topic
    assert outcome.seconds_to_send is not None and outcome.seconds_to_send >= 0
    assert outcome.first_response is True


def test_an_edited_draft_stores_similarity_and_a_diff_without_member_details(
    as_user, agent, claim_in_thread
):
    thread = claim_in_thread
    draft = make_draft(thread)
    edited = (
        f"Hi {thread.member.first_name}, we checked claim CLM-2026-0042 and it was billed twice. "
        f"The provider will remove the second charge; please ignore that bill. {agent.first_name}"
    )
    send(as_user(agent), thread, edited, draft_ref=str(draft.pk))
    outcome = Outcome.objects.get(draft=draft)
    assert outcome.kind == "edited" and 0.4 <= outcome.similarity < 0.85
    assert "{+" in outcome.diff and "[-" in outcome.diff
    assert thread.member.first_name not in outcome.diff and "{MEMBER_FIRST_NAME}" in outcome.diff
    assert "CLM-2026-0042" not in outcome.diff


def test_choosing_an_alternative_compares_with_that_alternative(as_user, agent, thread):
    draft = make_draft(thread)
    alternative = draft.alternatives[0]["text"]
    send(as_user(agent), thread, alternative, draft_ref=f"{draft.pk}.1")
    outcome = Outcome.objects.get(draft=draft)
    assert (outcome.kind, outcome.alternative, outcome.similarity) == ("as_is", 1, 1.0)


def test_an_own_reply_while_a_draft_is_shown_counts_the_draft_as_ignored(as_user, agent, thread):
    draft = make_draft(thread)
    send(as_user(agent), thread, "Could you send us a photo of the bill, please?")
    draft.refresh_from_db()
    assert draft.state == "ignored" and draft.outcome.kind == "ignored"
    assert draft.outcome.similarity < 0.4


def test_a_reply_with_no_draft_is_recorded_for_the_response_time_figures(as_user, agent, thread):
    MessageFactory(thread=thread, text="Hello?")
    thread.last_member_message_at = timezone.now() - dt.timedelta(minutes=30)
    thread.save()
    send(as_user(agent), thread, "Hello, how can we help?")
    outcome = Outcome.objects.get(thread=thread)
    assert outcome.kind == "no_draft" and outcome.draft is None
    assert 1790 <= outcome.response_seconds <= 1900


def test_a_draft_below_the_threshold_was_never_shown_and_is_superseded(as_user, agent, thread):
    draft = make_draft(thread, shown=False)
    send(as_user(agent), thread, "Hello, how can we help?")
    draft.refresh_from_db()
    assert draft.state == "superseded"
    assert Outcome.objects.get(thread=thread).kind == "no_draft"


# --- Refused: the server decides the transitions ------------------------------------------------


def test_unfilled_placeholders_block_the_send(as_user, agent, thread):
    draft = make_draft(thread)
    text = "Hi, claim {CLAIM_NUMBER} was billed twice."
    response = send(as_user(agent), thread, text, draft_ref=str(draft.pk))
    assert response.status_code == 422
    body = response.content.decode()
    assert (
        "Fill in {CLAIM_NUMBER}" in body and '<mark class="concern">{CLAIM_NUMBER}</mark>' in body
    )
    assert not Message.objects.filter(direction="outbound").exists()
    draft.refresh_from_db()
    assert draft.state == "drafted"


def test_facts_not_in_the_records_need_the_agents_confirmation(as_user, agent, thread):
    MessageFactory(thread=thread, text="I got a bill for $240.00 from my visit on March 3.")
    client = as_user(agent)
    text = "We see the bill for $240.00 from March 3; the plan paid $999.99 on April 9."
    first = send(client, thread, text, token="11111111-1111-1111-1111-111111111111")
    assert first.status_code == 422
    body = first.content.decode()
    assert '<mark class="concern">$999.99</mark>' in body
    assert '<mark class="concern">April 9</mark>' in body
    assert '<mark class="concern">$240.00</mark>' not in body  # the member wrote it
    assert not Message.objects.filter(direction="outbound").exists()
    token = first.context["confirmation_token"]
    forged = send(client, thread, text, token="11111111-1111-1111-1111-111111111111",
                  confirmation="forged")  # fmt: skip
    assert forged.status_code == 422
    # The token confirms these concerns on this text only: another text needs its own.
    other = send(client, thread, text + " Thanks!", confirmation=token)
    assert other.status_code == 422
    confirmed = send(client, thread, text, token="11111111-1111-1111-1111-111111111111",
                     confirmation=token)  # fmt: skip
    assert confirmed.status_code == 200
    assert Message.objects.filter(direction="outbound").count() == 1


def test_a_discarded_draft_cannot_be_sent_afterwards(as_user, agent, claim_in_thread):
    thread = claim_in_thread
    draft = make_draft(thread)
    client = as_user(agent)
    url = reverse("draft-discard", args=[thread.pk, draft.pk])
    assert client.post(url, {"reason": "tone"}, headers=HTMX).status_code == 200
    outcome = Outcome.objects.get(draft=draft)
    assert (outcome.kind, outcome.reason, outcome.agent) == ("discarded", "tone", agent)
    assert client.post(url, {"reason": "tone"}, headers=HTMX).status_code == 409
    response = send(client, thread, signed(draft, agent), draft_ref=str(draft.pk))
    assert response.status_code == 422 and "already sent, discarded" in response.content.decode()
    assert not Message.objects.filter(direction="outbound").exists()


def test_discard_needs_a_known_reason(as_user, agent, thread):
    draft = make_draft(thread)
    response = as_user(agent).post(
        reverse("draft-discard", args=[thread.pk, draft.pk]), {"reason": "because"}, headers=HTMX
    )
    assert response.status_code == 409
    draft.refresh_from_db()
    assert draft.state == "drafted" and not Outcome.objects.exists()


def test_transitions_leave_drafted_only_once():
    draft = Draft(state=Draft.State.SENT)
    with pytest.raises(review.DraftStateError):
        draft.decide(Draft.State.DISCARDED, at=timezone.now())
    with pytest.raises(review.DraftStateError):
        Draft(state="drafted").decide("drafted", at=timezone.now())


def test_a_client_cannot_name_who_approved_the_reply(as_user, agent, other_agent, claim_in_thread):
    thread = claim_in_thread
    draft = make_draft(thread)
    send(as_user(agent), thread, signed(draft, agent), draft_ref=str(draft.pk),
         agent=str(other_agent.pk), author=str(other_agent.pk), kind="as_is")  # fmt: skip
    outcome = Outcome.objects.get(draft=draft)
    assert outcome.agent == agent and outcome.reply.author == agent


def test_a_draft_of_another_thread_is_refused(as_user, agent, thread, team):
    from tests.factories import MemberFactory, ThreadFactory

    elsewhere = make_draft(ThreadFactory(team=team, member=MemberFactory()))
    response = send(as_user(agent), thread, signed(elsewhere, agent), draft_ref=str(elsewhere.pk))
    assert response.status_code == 422
    elsewhere.refresh_from_db()
    assert elsewhere.state == "drafted"


def test_asking_for_a_new_draft_discards_this_one_and_queues_the_next_attempt(
    as_user, agent, thread
):
    draft = make_draft(thread)
    response = as_user(agent).post(
        reverse("draft-regenerate", args=[thread.pk, draft.pk]), headers=HTMX
    )
    assert response.status_code == 200
    draft.refresh_from_db()
    assert draft.state == "discarded" and draft.outcome.reason == "new_draft"
    assert Job.objects.filter(key=f"draft_reply:{draft.message_id}:2").exists()


def test_a_new_draft_never_repeats_what_an_earlier_attempt_proposed(
    drafting_model, team, agent, as_user, django_capture_on_commit_callbacks
):
    from careteam import services as careteam_services
    from tests.factories import MemberFactory

    client_row, _ = careteam_services.api_client_create(name="app", team=team)
    with django_capture_on_commit_callbacks(execute=True):
        stored = careteam_services.member_message_receive(
            client=client_row, member=MemberFactory(teams=[team]), idempotency_key="k",
            fingerprint="f",
            text="My claim CLM-2026-1234567 was denied for no prior authorization.",
        )  # fmt: skip
    first = Draft.objects.get(message=stored.message)
    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(agent).post(
            reverse("draft-regenerate", args=[first.thread_id, first.pk]), headers=HTMX
        )
    assert response.status_code == 200
    second = Draft.objects.get(message=stored.message, attempt=2)
    assert reply_key(second.template) != reply_key(first.template)
    assert second.state == "drafted" and second.shown


# --- Idempotent send -----------------------------------------------------------------------------


def test_the_same_composer_posted_twice_sends_once(as_user, agent, claim_in_thread):
    thread = claim_in_thread
    draft = make_draft(thread)
    client = as_user(agent)
    token = uuid.uuid4()
    for _ in range(2):
        response = send(client, thread, signed(draft, agent), draft_ref=str(draft.pk), token=token)
        assert response.status_code == 200
    assert Message.objects.filter(direction="outbound").count() == 1
    assert Job.objects.filter(name="deliver_reply").count() == 1
    assert Outcome.objects.count() == 1


def test_two_tabs_sending_the_same_draft_send_once(as_user, agent, claim_in_thread):
    thread = claim_in_thread
    draft = make_draft(thread)
    client = as_user(agent)
    first = send(client, thread, signed(draft, agent), draft_ref=str(draft.pk))
    second = send(client, thread, signed(draft, agent), draft_ref=str(draft.pk))
    assert (first.status_code, second.status_code) == (200, 422)
    assert Message.objects.filter(direction="outbound").count() == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
def test_concurrent_sends_of_one_draft_store_one_reply(agent, claim_in_thread):
    thread = claim_in_thread
    draft = make_draft(thread)
    text = signed(draft, agent)
    barrier = threading.Barrier(4, timeout=30)
    statuses: list[int] = []

    def post(client: Client, token: uuid.UUID) -> None:
        try:
            barrier.wait()
            statuses.append(send(client, thread, text, draft_ref=str(draft.pk), token=token)
                            .status_code)  # fmt: skip
        finally:
            connection.close()  # this thread's own connection, or teardown finds it open

    same = uuid.uuid4()
    # Two retries of one composer and two other tabs, all at once (signed in beforehand, one
    # after the other: the sign-in itself is not what is under test).
    workers = [threading.Thread(target=post, args=(login(Client(), agent), token), daemon=True)
               for token in (same, same, uuid.uuid4(), uuid.uuid4())]  # fmt: skip
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    assert Message.objects.filter(direction="outbound").count() == 1
    assert Job.objects.filter(name="deliver_reply").count() == 1
    assert Outcome.objects.filter(draft=draft).count() == 1
    assert sorted(statuses).count(200) in {1, 2}  # the winner, and its own retry


def test_the_history_to_replay_is_read_in_one_query(history, django_assert_num_queries):
    from careteam.api import answered_messages

    with django_assert_num_queries(1):
        answered = answered_messages(newest=30)
    assert len(answered) == 30 and all(a.context and a.agent_first_name for a in answered)
    assert all(a.received_at <= a.replied_at for a in answered)


def test_the_demo_replays_history_into_dashboard_figures_once(drafting_model, settings):
    from suggestions.demo.replay import replay_history

    assert replay_history(newest=30) == 30
    outcomes = Outcome.objects.all()
    assert outcomes.count() == 30 and set(outcomes.values_list("kind", flat=True)) <= {
        "as_is", "edited", "ignored",
    }  # fmt: skip
    for outcome in outcomes.select_related("draft", "reply"):
        shown = review.sign_draft(outcome.draft.text, "Ana")
        assert outcome.similarity == similarity(shown, outcome.reply.text)
        assert outcome.kind == classify(outcome.similarity)
        assert outcome.draft.message.thread_id == outcome.reply.thread_id
    assert replay_history(newest=30) == 0  # idempotent
