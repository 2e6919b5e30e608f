"""A thread page is kept whole per viewer under the poll version (careteam.kept_pages): a second
view draws nothing, yet every view is access-checked and audited, carries its own CSRF token,
CSP nonce and send token, and shows any write to the thread on the very next view."""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from careteam import services
from careteam.models import AuditEvent, Thread
from tests.conftest import login
from tests.factories import MessageFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the poll version is PostgreSQL's"
    ),
]

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
SEND_TOKEN = re.compile(r'name="send_token" value="([^"]+)"')
NONCE = re.compile(r'nonce="([^"]+)"')
HOLE = re.compile(r"kept[0-9a-f]{32}")


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def view(client: Client, thread: Thread):  # type: ignore[no-untyped-def]
    response = client.get(reverse("thread", args=[thread.pk]))
    assert response.status_code == 200
    return response


def draws(client: Client, thread: Thread) -> bool:
    """Drawing the page reads the assign menu's colleagues; a kept page does not."""
    with CaptureQueriesContext(connection) as captured:
        view(client, thread)
    return any("careteam_user_teams" in query["sql"] for query in captured)


def test_a_second_view_with_nothing_written_is_the_kept_page(as_user, agent, thread):
    """Without this the tests below would pass with no cache at all."""
    MessageFactory(thread=thread, text="Why was my claim denied?")
    client = as_user(agent)
    assert draws(client, thread)
    assert not draws(client, thread)
    assert "Why was my claim denied?" in view(client, thread).content.decode()


def test_every_view_is_audited_and_outsiders_still_refused(as_user, agent, outsider_agent, thread):
    MessageFactory(thread=thread, text="Private words of this team's member")
    client = as_user(agent)
    for _ in range(3):
        view(client, thread)
    views = AuditEvent.objects.filter(action=AuditEvent.Action.VIEW_THREAD, actor=agent)
    assert views.count() == 3
    outsider = login(Client(), outsider_agent).get(reverse("thread", args=[thread.pk]))
    assert outsider.status_code == 404 and b"Private words" not in outsider.content
    assert AuditEvent.objects.filter(actor=outsider_agent, action=AuditEvent.Action.DENIED).exists()


def test_a_kept_page_carries_this_requests_tokens_and_no_marker(agent, thread):
    """Two browsers of the same agent share the kept page, each with its own CSRF token (which
    its own cookie accepts), a send token of its own and the nonce its CSP header names."""
    first = login(Client(enforce_csrf_checks=True), agent)
    second = login(Client(enforce_csrf_checks=True), agent)
    one, two = view(first, thread), view(second, thread)
    assert not draws(second, thread)
    for client, response in ((first, one), (second, two)):
        body = response.content.decode()
        assert not HOLE.search(body)
        tokens = set(CSRF_INPUT.findall(body))
        secret = client.cookies["csrftoken"].value
        assert tokens and {_unmask_cipher_token(token) for token in tokens} == {secret}
        nonces = set(NONCE.findall(body))
        assert len(nonces) == 1 and f"'nonce-{nonces.pop()}'" in response["Content-Security-Policy"]
    assert SEND_TOKEN.findall(one.content.decode()) != SEND_TOKEN.findall(two.content.decode())
    body = two.content.decode()
    posted = second.post(
        reverse("thread-note", args=[thread.pk]),
        {"note": "Called back.", "csrfmiddlewaretoken": CSRF_INPUT.search(body).group(1)},
    )
    assert posted.status_code == 302


def test_each_viewer_gets_their_own_page(as_user, agent, other_agent, thread):
    view(as_user(agent), thread)
    body = view(login(Client(), other_agent), thread).content.decode()
    assert f"<span>{other_agent.display_name}</span>" in body
    assert f"<span>{agent.display_name}</span>" not in body


def test_a_write_to_the_thread_shows_on_the_next_view(as_user, agent, other_agent, thread):
    client = as_user(agent)
    view(client, thread)
    services.thread_assign(thread=thread, assignee=other_agent, actor=agent)
    body = view(client, thread).content.decode()
    assert f"Assignee: <strong>{other_agent.display_name}</strong>" in body


def test_a_flash_message_shows_once_and_is_never_kept(agent, thread):
    client = login(Client(), agent)
    view(client, thread)
    client.post(reverse("thread-note", args=[thread.pk]), {"note": "Called back."})
    assert "Note added." in view(client, thread).content.decode()
    assert "Note added." not in view(client, thread).content.decode()


def test_a_kept_inbox_is_each_viewers_own_with_this_requests_token(agent, other_agent, thread):
    """The inbox is kept as the thread page is: the second view draws nothing, each agent gets
    their own page, and its CSRF token is the one its own cookie accepts (a search posts)."""
    inbox = reverse("inbox") + "?tab=open"
    first = login(Client(enforce_csrf_checks=True), agent)
    first.get(inbox)
    with CaptureQueriesContext(connection) as captured:
        again = first.get(inbox)
    assert not any("careteam_message" in query["sql"] for query in captured)
    assert not HOLE.search(again.content.decode())
    other = login(Client(enforce_csrf_checks=True), other_agent)
    body = other.get(inbox).content.decode()
    assert f"<span>{other_agent.display_name}</span>" in body
    assert f"<span>{agent.display_name}</span>" not in body
    token = CSRF_INPUT.search(body).group(1)
    assert _unmask_cipher_token(token) == other.cookies["csrftoken"].value
    searched = other.post(
        reverse("inbox"), {"q": "anything", "tab": "all", "csrfmiddlewaretoken": token}
    )
    assert searched.status_code == 302
    listed = AuditEvent.objects.filter(
        action=AuditEvent.Action.VIEW_INBOX, member_id=thread.member_id
    )
    assert listed.count() == 3
