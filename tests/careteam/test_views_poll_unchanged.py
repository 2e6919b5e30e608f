"""A background poll that finds nothing new answers 204 (htmx leaves the page as it is)."""

import re

import pytest
from django.contrib.sessions.models import Session
from django.urls import reverse

from careteam.models import AuditEvent, Thread
from tests.factories import MemberFactory, MessageFactory, ThreadFactory

pytestmark = pytest.mark.django_db

INBOX_POLL = {"HX-Request": "true", "HX-Target": "thread-list", "HX-Trigger": "thread-list"}
CONVERSATION_POLL = {
    "HX-Request": "true",
    "HX-Target": "conversation",
    "HX-Trigger": "conversation",
}


def shown_version(response) -> str:
    found = re.search(r'"X-Poll-Version": "([^"]+)"', response.content.decode())
    assert found, "the polling region carries its version"
    return found.group(1)


def poll(client, url, headers, version, **params):
    return client.get(
        url, params, headers={**headers, "X-Background-Poll": "1", "X-Poll-Version": version}
    )


def test_an_inbox_poll_with_nothing_new_is_204_and_writes_nothing(as_user, agent, team):
    ThreadFactory(team=team, member=MemberFactory())
    client = as_user(agent)
    url = reverse("inbox")
    version = shown_version(client.get(url, {"tab": "open"}))
    session_row = Session.objects.get(pk=client.session.session_key).session_data
    audit_rows = AuditEvent.objects.count()

    response = poll(client, url, INBOX_POLL, version, tab="open")

    assert response.status_code == 204 and response.content == b""
    assert AuditEvent.objects.count() == audit_rows
    assert Session.objects.get(pk=client.session.session_key).session_data == session_row


def test_an_inbox_poll_renders_when_a_thread_arrives_or_changes(as_user, agent, team):
    client = as_user(agent)
    url = reverse("inbox")
    version = shown_version(client.get(url, {"tab": "open"}))
    newcomer = ThreadFactory(team=team, member=MemberFactory())
    response = poll(client, url, INBOX_POLL, version, tab="open")
    assert response.status_code == 200
    assert f"thread-row-{newcomer.pk}" in response.content.decode()
    assert AuditEvent.objects.filter(member_id=newcomer.member_id).count() == 1

    version = shown_version(response)
    Thread.objects.filter(pk=newcomer.pk).update(subject="Changed by a bulk update")
    response = poll(client, url, INBOX_POLL, version, tab="open")
    assert response.status_code == 200 and "Changed by a bulk update" in response.content.decode()


def test_only_the_polling_region_itself_gets_204(as_user, agent, team):
    """A pager link inside the list inherits its headers; a stale or missing version renders."""
    ThreadFactory(team=team, member=MemberFactory())
    client = as_user(agent)
    url = reverse("inbox")
    version = shown_version(client.get(url, {"tab": "open"}))
    pager_click = {"HX-Request": "true", "HX-Target": "thread-list"}
    assert poll(client, url, pager_click, version, tab="open").status_code == 200
    assert poll(client, url, INBOX_POLL, "1.1", tab="open").status_code == 200
    no_version = {**INBOX_POLL, "X-Background-Poll": "1"}
    assert client.get(url, {"tab": "open"}, headers=no_version).status_code == 200


def test_a_conversation_poll_with_nothing_new_is_204_and_leaves_no_audit_row(
    as_user, agent, thread
):
    client = as_user(agent)
    url = reverse("thread", args=[thread.pk])
    version = shown_version(client.get(url))
    views = AuditEvent.objects.filter(action=AuditEvent.Action.VIEW_THREAD)
    assert views.count() == 1
    assert poll(client, url, CONVERSATION_POLL, version).status_code == 204
    assert views.count() == 1

    message = MessageFactory(thread=thread, text="A new message from the member")
    response = poll(client, url, CONVERSATION_POLL, version)
    assert response.status_code == 200
    assert f'id="message-{message.pk}"' in response.content.decode()
    assert poll(client, url, CONVERSATION_POLL, shown_version(response)).status_code == 204


def test_a_poll_for_a_thread_outside_the_users_teams_is_404_and_audited(
    as_user, outsider_agent, thread
):
    client = as_user(outsider_agent)
    url = reverse("thread", args=[thread.pk])
    from careteam.selectors import poll_version

    response = poll(client, url, CONVERSATION_POLL, poll_version())
    assert response.status_code == 404
    assert AuditEvent.objects.filter(action=AuditEvent.Action.DENIED, actor=outsider_agent).exists()


def test_anonymous_poll_is_sent_to_sign_in(client, thread):
    response = poll(client, reverse("thread", args=[thread.pk]), CONVERSATION_POLL, "1.1")
    assert response["HX-Redirect"].startswith(reverse("login"))


def test_a_204_poll_reads_no_thread_list_messages_or_members(as_user, agent, team):
    """Nothing new is known from the counter: no listing, message or member query runs."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    ThreadFactory(team=team, member=MemberFactory())
    client = as_user(agent)
    url = reverse("inbox")
    version = shown_version(client.get(url, {"tab": "open"}))
    with CaptureQueriesContext(connection) as captured:
        assert poll(client, url, INBOX_POLL, version, tab="open").status_code == 204
    tables = " ".join(query["sql"] for query in captured.captured_queries)
    for table in ("careteam_thread", "careteam_message", "careteam_member", "careteam_auditevent"):
        assert f'"{table}"' not in tables, table
    # The session, the user and the counter (the second factor, role and teams are answered
    # from the session: careteam.access).
    assert len(captured) <= 3


def test_a_search_sent_with_the_regions_poll_headers_is_searched_not_204(as_user, agent, team):
    """The 204 is answered before the filters are read, so only a GET may get it: a search (a
    POST) that inherited the region's headers is stored and listed."""
    member = MemberFactory(last_name="Quartermaine")
    ThreadFactory(team=team, member=member)
    client = as_user(agent)
    url = reverse("inbox")
    version = shown_version(client.get(url, {"tab": "all"}))
    response = client.post(
        url,
        {"tab": "all", "q": "Quartermaine"},
        headers={**INBOX_POLL, "X-Background-Poll": "1", "X-Poll-Version": version},
    )
    assert response.status_code == 200
    assert "matching your search" in response.content.decode()
    assert client.session["inbox_search"] == "Quartermaine"


def test_a_conversation_poll_for_a_missing_thread_is_404(as_user, agent):
    from careteam.selectors import poll_version

    response = poll(as_user(agent), reverse("thread", args=[987654]), CONVERSATION_POLL,
                    poll_version())  # fmt: skip
    assert response.status_code == 404
