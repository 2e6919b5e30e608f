"""The inbox and the thread page cost a fixed number of queries, however much data there is."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from careteam.models import Message
from tests.factories import MemberFactory, MessageFactory, ThreadFactory, UserFactory

pytestmark = pytest.mark.django_db


def queries_for(client, url, params=None) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params or {})
    assert response.status_code == 200
    return len(captured)


def add_threads(team, agent, count: int) -> None:
    helper = UserFactory(team=team)
    for number in range(count):
        thread = ThreadFactory(
            team=team, member=MemberFactory(), assignee=agent if number % 2 else helper
        )
        MessageFactory(thread=thread, text=f"A question about my bill number {number}")
        MessageFactory(thread=thread, direction=Message.Direction.OUTBOUND, author=helper)


@pytest.mark.parametrize("params", [{"tab": "mine"}, {"tab": "open"}, {"tab": "all", "q": "bill"}])
def test_inbox_query_count_does_not_grow_with_threads(as_user, agent, team, params):
    params = dict(params)
    client = as_user(agent)
    if "q" in params:  # the search is posted and kept in the session, never in the URL
        client.post(reverse("inbox"), {"q": params.pop("q")})
    add_threads(team, agent, 2)
    small = queries_for(client, reverse("inbox"), params)
    add_threads(team, agent, 20)
    large = queries_for(client, reverse("inbox"), params)
    assert small == large
    assert large <= 15


def test_thread_page_query_count_does_not_grow_with_messages(as_user, agent, thread):
    client = as_user(agent)
    authors = [UserFactory(team=thread.team) for _ in range(3)]
    MessageFactory(thread=thread)
    small = queries_for(client, reverse("thread", args=[thread.pk]))
    for number in range(30):
        MessageFactory(
            thread=thread, direction=Message.Direction.OUTBOUND, author=authors[number % 3]
        )
        MessageFactory(thread=thread)
    large = queries_for(client, reverse("thread", args=[thread.pk]))
    assert small == large
    assert large <= 15


def test_latest_member_message_of_every_open_thread_in_one_query(team):
    import datetime as dt

    from django.utils import timezone

    from careteam import api
    from careteam.models import Thread

    earlier = timezone.now() - dt.timedelta(hours=1)
    expected = []
    for _ in range(4):
        thread = ThreadFactory(team=team)
        MessageFactory(thread=thread, created_at=earlier)
        expected.append(MessageFactory(thread=thread).pk)
    for not_open in (Thread.Status.CLOSED, Thread.Status.WAITING):
        MessageFactory(thread=ThreadFactory(team=team, status=not_open))
    staff_only = ThreadFactory(team=team)
    MessageFactory(
        thread=staff_only, direction=Message.Direction.OUTBOUND, author=UserFactory(team=team)
    )

    with CaptureQueriesContext(connection) as captured:
        found = api.unanswered_member_message_ids()
    assert len(captured) == 1
    assert sorted(found) == sorted(expected)
