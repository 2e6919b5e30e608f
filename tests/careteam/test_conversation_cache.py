"""A thread page's drawn conversation is kept in the cache (careteam.conversations) under a
version the database moves on every write to the thread's messages (migration 0026): each
write below must show on the very next view, a kept conversation is never served for another
thread or team, and every view is audited whether or not its conversation was kept."""

from __future__ import annotations

import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from careteam import conversations, services
from careteam.models import AuditEvent, Message, Thread
from tests.conftest import login
from tests.factories import MemberFactory, MessageFactory, ThreadFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the conversation version is PostgreSQL's"
    ),
]


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def shown_messages(body: str) -> str:
    """The conversation's list alone (the assign menu names colleagues too)."""
    return body.split('<ol class="messages"', 1)[1].split("</ol>", 1)[0]


def page(client: Client, thread: Thread) -> str:
    response = client.get(reverse("thread", args=[thread.pk]))
    assert response.status_code == 200
    return response.content.decode()


def reads_messages(client: Client, thread: Thread) -> bool:
    with CaptureQueriesContext(connection) as captured:
        page(client, thread)
    return any('FROM "careteam_message"' in query["sql"] for query in captured)


def test_a_second_view_with_nothing_written_serves_the_kept_conversation(as_user, agent, thread):
    """Without this the tests below would pass with no cache at all."""
    MessageFactory(thread=thread, text="Why was my claim denied?")
    client = as_user(agent)
    assert reads_messages(client, thread)
    assert not reads_messages(client, thread)
    assert "Why was my claim denied?" in page(client, thread)


def test_every_view_is_audited_whether_or_not_its_conversation_was_kept(as_user, agent, thread):
    MessageFactory(thread=thread)
    client = as_user(agent)
    for _ in range(3):
        page(client, thread)
    views = AuditEvent.objects.filter(action=AuditEvent.Action.VIEW_THREAD, actor=agent)
    assert views.count() == 3


def test_a_new_message_shows_on_the_next_view(as_user, agent, thread):
    MessageFactory(thread=thread, text="First question")
    client = as_user(agent)
    page(client, thread)
    MessageFactory(thread=thread, text="Second question")
    assert "Second question" in page(client, thread)


def test_a_note_and_a_reply_show_on_the_next_view(
    as_user, agent, thread, django_capture_on_commit_callbacks
):
    MessageFactory(thread=thread, text="First question")
    client = as_user(agent)
    page(client, thread)
    services.note_add(thread=thread, author=agent, text="Called back, no answer")
    assert "Called back, no answer" in page(client, thread)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("thread-reply", args=[thread.pk]), {"text": "We are on it."})
    assert "We are on it." in page(client, thread)


def test_a_delivery_status_change_shows_on_the_next_view(as_user, agent, thread):
    reply = MessageFactory(
        thread=thread,
        direction=Message.Direction.OUTBOUND,
        author=agent,
        delivery_status=Message.Delivery.PENDING,
    )
    client = as_user(agent)
    assert "delivery-pending" in page(client, thread)
    services.message_mark_undeliverable(reply.pk)
    body = page(client, thread)
    assert "delivery-failed" in body and "delivery-pending" not in body


def test_an_edited_or_deleted_message_shows_on_the_next_view(as_user, agent, thread):
    kept = MessageFactory(thread=thread, text="Original words")
    gone = MessageFactory(thread=thread, text="Words to remove")
    client = as_user(agent)
    page(client, thread)
    Message.objects.filter(pk=kept.pk).update(text="Corrected words")
    body = page(client, thread)
    assert "Corrected words" in body and "Original words" not in body
    Message.objects.filter(pk=gone.pk).delete()
    assert "Words to remove" not in page(client, thread)


def test_many_messages_written_in_one_statement_show_on_the_next_view(as_user, agent, thread):
    client = as_user(agent)
    assert "No messages yet." in page(client, thread)
    Message.objects.bulk_create(
        Message(thread=thread, direction=Message.Direction.INBOUND, text=f"Bulk {n}",
                created_at=timezone.now())
        for n in range(3)
    )  # fmt: skip
    body = page(client, thread)
    assert all(f"Bulk {n}" in body for n in range(3))


def test_a_renamed_author_shows_on_the_next_view(as_user, agent, other_agent, thread):
    services.note_add(thread=thread, author=other_agent, text="A note")
    client = as_user(agent)
    page(client, thread)
    other_agent.first_name, other_agent.last_name = "Renamed", "Colleague"
    other_agent.save()
    assert "Renamed Colleague" in shown_messages(page(client, thread))


def test_a_renamed_member_shows_on_the_next_view(as_user, agent, thread):
    MessageFactory(thread=thread, text="A question")
    client = as_user(agent)
    page(client, thread)
    member = thread.member
    member.first_name, member.last_name = "Newname", "Aftermarriage"
    member.save()
    assert "Newname Aftermarriage" in shown_messages(page(client, thread))


def test_showing_earlier_messages_is_kept_apart_from_the_latest(as_user, agent, thread):
    for n in range(35):
        MessageFactory(thread=thread, text=f"Message number {n:02d}")
    client = as_user(agent)
    latest = page(client, thread)
    assert "Message number 34" in latest and "Message number 00" not in latest
    everything = client.get(reverse("thread", args=[thread.pk]), {"shown": 60}).content.decode()
    assert "Message number 00" in everything
    assert "Message number 00" not in page(client, thread)


def test_another_team_never_gets_a_kept_conversation(as_user, agent, outsider_agent, thread):
    MessageFactory(thread=thread, text="Private words of this team's member")
    page(as_user(agent), thread)  # kept now
    outsider = login(Client(), outsider_agent)
    response = outsider.get(reverse("thread", args=[thread.pk]))
    assert response.status_code == 404
    assert "Private words" not in response.content.decode()
    denied = AuditEvent.objects.filter(actor=outsider_agent, action=AuditEvent.Action.DENIED)
    assert denied.count() == 1


def test_one_teams_kept_conversation_is_never_served_for_another_thread(
    as_user, agent, other_team, outsider_agent, thread
):
    """Even copied under the other thread's key (a cache written by someone else): the seal
    names the key it was made for, so the other thread is drawn afresh."""
    MessageFactory(thread=thread, text="Words of the first team member")
    page(as_user(agent), thread)
    theirs = ThreadFactory(team=other_team, member=MemberFactory())
    MessageFactory(thread=theirs, text="Words of the second team member")
    ours = conversations.conversation_version(thread_id=thread.pk)
    assert ours is not None
    kept = cache.get(conversations._key(thread, version=ours, shown=30))
    assert kept is not None
    version = conversations.conversation_version(thread_id=theirs.pk)
    assert version is not None
    their_key = conversations._key(theirs, version=version, shown=30)
    cache.set(their_key, kept)
    body = page(login(Client(), outsider_agent), theirs)
    assert "Words of the second team member" in body
    assert "first team member" not in body


def test_bytes_written_into_the_cache_by_anyone_else_are_never_served(as_user, agent, thread):
    MessageFactory(thread=thread, text="The real words")
    client = as_user(agent)
    page(client, thread)
    version = conversations.conversation_version(thread_id=thread.pk)
    assert version is not None
    key = conversations._key(thread, version=version, shown=30)
    kept = cache.get(key)
    for forged in [
        kept[:-1] + bytes([kept[-1] ^ 1]),  # one bit of the sealed bytes changed
        json.dumps(["<script>alert(1)</script>", None, 0, False]).encode(),  # not sealed at all
        ("<script>alert(1)</script>", None, 0, False),
    ]:
        cache.set(key, forged)
        body = page(client, thread)
        assert "<script>alert(1)</script>" not in body and "The real words" in body


def test_the_kept_conversation_is_unreadable_without_the_secret(as_user, agent, thread):
    """What the cache holds is encrypted: a copy of Redis's memory or disk shows no message."""
    MessageFactory(thread=thread, text="Words only this member wrote")
    page(as_user(agent), thread)
    version = conversations.conversation_version(thread_id=thread.pk)
    assert version is not None
    kept = cache.get(conversations._key(thread, version=version, shown=30))
    assert isinstance(kept, bytes) and b"only this member" not in kept
    assert thread.member.last_name.encode() not in kept


def test_what_is_not_kept_shows_on_the_next_view_assignment_topic_and_status(
    as_user, agent, other_agent, thread
):
    """Only the messages are kept: the thread's assignee, topic and status beside them are read
    and drawn on every view."""
    MessageFactory(thread=thread, text="A question")
    client = as_user(agent)
    page(client, thread)
    services.thread_assign(thread=thread, assignee=other_agent, actor=agent)
    services.thread_topic_set(thread=thread, topic=Thread.Topic.DENIED_CLAIM, actor=agent)
    services.thread_close(thread=Thread.objects.get(pk=thread.pk), actor=agent)
    body = page(client, thread)
    assert f"Assignee: <strong>{other_agent.display_name}</strong>" in body
    assert f'<option value="{Thread.Topic.DENIED_CLAIM}" selected>' in body
    assert "This thread is closed." in body
    assert not reads_messages(client, thread)  # the messages themselves did not change
