import uuid

import pytest
from django.urls import reverse

from careteam.live import publish as live_publish
from careteam.models import AuditEvent, Message, Thread
from tests.factories import MessageFactory, ThreadFactory

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def test_thread_page_shows_member_facts_conversation_and_panel_regions(as_user, agent, thread):
    MessageFactory(thread=thread, text="Why did I get a bill for $240.00?")
    body = as_user(agent).get(reverse("thread", args=[thread.pk])).content.decode()
    assert thread.member.member_id in body
    assert thread.member.plan in body
    assert "Why did I get a bill for $240.00?" in body
    assert 'id="draft-panel"' in body and 'id="claims-panel"' in body


def test_viewing_a_thread_leaves_an_audit_row(as_user, agent, thread):
    as_user(agent).get(reverse("thread", args=[thread.pk]))
    event = AuditEvent.objects.get(action=AuditEvent.Action.VIEW_THREAD)
    assert (event.actor, event.member_id, event.object_id) == (
        agent,
        thread.member_id,
        str(thread.pk),
    )
    assert len(event.request_id) == 32


def test_reply_without_javascript_stores_delivers_and_redirects(
    as_user, agent, thread, django_capture_on_commit_callbacks
):
    client = as_user(agent)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(
            reverse("thread-reply", args=[thread.pk]),
            {"text": "  Hello, we are looking into it.  "},
        )
    pushes = [c for c in callbacks if getattr(c, "func", None) is live_publish._announce_committed]
    assert len(callbacks) - len(pushes) == 1  # the delivery job; the others tell open screens
    assert [push.args[1]["change"] for push in pushes] == ["reply", "delivery"]
    assert response.status_code == 302
    assert response["Location"] == reverse("thread", args=[thread.pk])
    reply = Message.objects.get(thread=thread)
    assert reply.direction == Message.Direction.OUTBOUND
    assert reply.author == agent
    assert reply.text == "Hello, we are looking into it."
    # Without REDIS_URL the delivery task runs in-process after commit.
    assert reply.delivery_status == Message.Delivery.DELIVERED
    thread.refresh_from_db()
    assert thread.status == Thread.Status.WAITING
    assert thread.first_response_at is not None and thread.due_by is None
    assert thread.assignee == agent
    assert thread.message_count == 1


def test_reply_with_htmx_returns_the_refreshed_thread_fragment(as_user, agent, thread):
    response = as_user(agent).post(
        reverse("thread-reply", args=[thread.pk]), {"text": "Sent via htmx"}, headers=HTMX
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith('<div id="thread-main"')
    assert "Sent via htmx" in body and "Reply sent." in body
    assert "thread-changed" in response["HX-Trigger"]


def test_empty_reply_is_refused_with_the_field_named(as_user, agent, thread):
    response = as_user(agent).post(
        reverse("thread-reply", args=[thread.pk]), {"text": "   "}, headers=HTMX
    )
    assert response.status_code == 422
    assert "This field is required." in response.content.decode()
    assert not Message.objects.exists()


def test_reply_to_a_closed_thread_is_refused(as_user, agent, team):
    closed = ThreadFactory(team=team, status=Thread.Status.CLOSED)
    response = as_user(agent).post(reverse("thread-reply", args=[closed.pk]), {"text": "hi"})
    assert response.status_code == 422
    assert "reopen it before replying" in response.content.decode()
    assert not Message.objects.exists()


def test_a_send_token_from_another_thread_is_refused_and_says_so(as_user, agent, team, thread):
    """Pen test 12: the composer of thread A posted to thread B answered "Reply sent." and
    stored nothing. Now nothing is sent, the agent is told why, and gets a fresh composer."""
    client = as_user(agent)
    token = str(uuid.uuid4())
    first = client.post(
        reverse("thread-reply", args=[thread.pk]),
        {"text": "About your bill", "send_token": token},
        follow=True,
    )
    assert "Reply sent." in first.content.decode()
    second_thread = ThreadFactory(team=team)
    response = client.post(
        reverse("thread-reply", args=[second_thread.pk]),
        {"text": "Meant for the second member", "send_token": token},
        headers=HTMX,
    )
    assert response.status_code == 422
    body = response.content.decode()
    assert "Reply sent." not in body
    assert "opened on another thread" in body and "Nothing was sent" in body
    assert "Meant for the second member" in body  # the agent's text is kept
    assert token not in body and 'name="send_token"' in body  # ... with a new send token
    assert not Message.objects.filter(thread=second_thread).exists()
    # The same token on its own thread is still a harmless retry of the first reply.
    again = client.post(
        reverse("thread-reply", args=[thread.pk]), {"text": "About your bill", "send_token": token}
    )
    assert again.status_code == 302
    assert Message.objects.filter(thread=thread).count() == 1


def test_internal_note_is_stored_and_never_delivered(as_user, agent, thread):
    as_user(agent).post(reverse("thread-note", args=[thread.pk]), {"note": "Call provider"})
    note = Message.objects.get(thread=thread)
    assert note.direction == Message.Direction.NOTE
    assert note.delivery_status == Message.Delivery.NOT_APPLICABLE
    thread.refresh_from_db()
    assert thread.status == Thread.Status.OPEN and thread.first_response_at is None


def test_assign_unassign_close_and_reopen(as_user, agent, thread):
    client = as_user(agent)

    def act(action):
        return client.post(reverse("thread-action", args=[thread.pk, action]), headers=HTMX)

    assert act("assign-to-me").status_code == 200
    thread.refresh_from_db()
    assert thread.assignee == agent
    act("unassign")
    thread.refresh_from_db()
    assert thread.assignee is None
    act("close")
    thread.refresh_from_db()
    assert thread.status == Thread.Status.CLOSED and thread.closed_at is not None
    assert act("close").status_code == 409
    act("reopen")
    thread.refresh_from_db()
    assert thread.status == Thread.Status.OPEN and thread.closed_at is None
    actions = AuditEvent.objects.filter(action=AuditEvent.Action.UPDATE_THREAD)
    assert list(actions.order_by("pk").values_list("detail", flat=True)) == [
        f"assign to={agent.pk} reason=taken by={agent.pk}",
        "unassign",
        "close",
        "reopen",
    ]


def test_an_agent_corrects_the_classified_topic_in_one_request(as_user, agent, thread):
    Thread.objects.filter(pk=thread.pk).update(topic=Thread.Topic.OTHER, topic_confidence=0.41)
    page = as_user(agent).get(reverse("thread", args=[thread.pk])).content.decode()
    assert "suggested, 41% sure" in page and 'id="topic-select"' in page
    url = reverse("thread-action", args=[thread.pk, "topic"])
    response = as_user(agent).post(url, {"topic": "ambulance"}, headers=HTMX)
    assert response.status_code == 200 and "Topic set to Ambulance" in response.content.decode()
    thread.refresh_from_db()
    assert (thread.topic, thread.topic_confidence, thread.topic_set_by_person) == (
        Thread.Topic.AMBULANCE,
        None,
        True,
    )
    assert AuditEvent.objects.filter(detail="topic other->ambulance", actor=agent).exists()
    assert as_user(agent).post(url, {"topic": "made-up"}, headers=HTMX).status_code == 409
    thread.refresh_from_db()
    assert thread.topic == Thread.Topic.AMBULANCE


def test_reopen_refused_while_the_member_has_another_open_thread(as_user, agent, team, thread):
    older = ThreadFactory(team=team, member=thread.member, status=Thread.Status.CLOSED)
    response = as_user(agent).post(reverse("thread-action", args=[older.pk, "reopen"]))
    assert response.status_code == 409
    assert "already has another open thread" in response.content.decode()
    older.refresh_from_db()
    assert older.status == Thread.Status.CLOSED


def test_conversation_poll_returns_only_the_conversation(as_user, agent, thread):
    MessageFactory(thread=thread, text="new inbound words")
    response = as_user(agent).get(
        reverse("thread", args=[thread.pk]), headers={**HTMX, "HX-Target": "conversation"}
    )
    body = response.content.decode()
    assert body.lstrip().startswith('<section id="conversation"')
    assert "new inbound words" in body and "<html" not in body


def test_member_text_renders_escaped_inside_an_htmx_disabled_region(as_user, agent, thread):
    MessageFactory(
        thread=thread, text='<a hx-get="/logout/" hx-trigger="load">x</a><script>1</script>'
    )
    body = as_user(agent).get(reverse("thread", args=[thread.pk])).content.decode()
    assert "<script>1</script>" not in body
    assert '<a hx-get="/logout/"' not in body
    conversation = body.split('<ol class="messages"')[1].split("</ol>")[0]
    assert conversation.startswith(" hx-disable")
    assert "&lt;a hx-get=&quot;/logout/&quot;" in conversation


def test_assign_to_a_colleague_of_the_team_only(
    as_user, agent, other_agent, outsider_agent, analyst, thread
):
    client = as_user(agent)
    url = reverse("thread-action", args=[thread.pk, "assign"])
    for refused in (outsider_agent, analyst):
        response = client.post(url, {"assignee": refused.pk})
        assert response.status_code == 409
        assert "Choose a colleague" in response.content.decode()
    assert client.post(url, {"assignee": "not a number"}).status_code == 409
    thread.refresh_from_db()
    assert thread.assignee is None
    assert client.post(url, {"assignee": other_agent.pk}).status_code == 302
    thread.refresh_from_db()
    assert thread.assignee == other_agent
