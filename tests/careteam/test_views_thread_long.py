"""A long thread shows its latest messages; earlier ones come in steps when asked for."""

import datetime as dt
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from careteam.models import AuditEvent, Message
from careteam.selectors import CONVERSATION_STEP
from tests.factories import MessageFactory

pytestmark = pytest.mark.django_db


def write_messages(thread, count: int) -> list[Message]:
    start = timezone.now() - dt.timedelta(days=1)
    return [
        MessageFactory(
            thread=thread, text=f"message number {n}", created_at=start + dt.timedelta(minutes=n)
        )
        for n in range(count)
    ]


def shown_ids(response) -> list[int]:
    return [int(pk) for pk in re.findall(r'id="message-(\d+)"', response.content.decode())]


def test_a_long_thread_shows_its_latest_messages_and_a_way_to_earlier_ones(as_user, agent, thread):
    messages = write_messages(thread, CONVERSATION_STEP * 2 + 5)
    client = as_user(agent)
    url = reverse("thread", args=[thread.pk])
    page = client.get(url)
    assert shown_ids(page) == [m.pk for m in messages[-CONVERSATION_STEP:]]
    assert f'href="{url}?shown={2 * CONVERSATION_STEP}#message-' in page.content.decode()
    assert f'hx-get="{url}"' in page.content.decode()  # the poll asks for the default

    earlier = client.get(
        url,
        {"shown": 2 * CONVERSATION_STEP},
        headers={
            "HX-Request": "true",
            "HX-Target": "conversation",
            "HX-Trigger": "show-earlier",
            "X-Background-Poll": "0",
        },
    )
    body = earlier.content.decode()
    assert shown_ids(earlier) == [m.pk for m in messages[-2 * CONVERSATION_STEP :]]
    assert 'aria-busy="true"' in body and "<form" not in body  # only the conversation
    # The poll now keeps what was opened, and the next step is offered.
    assert f'hx-get="{url}?shown={2 * CONVERSATION_STEP}"' in body
    assert f"?shown={3 * CONVERSATION_STEP}" in body
    # Showing more is a view the agent asked for: audited like one.
    views = AuditEvent.objects.filter(action=AuditEvent.Action.VIEW_THREAD, actor=agent)
    assert views.count() == 2

    everything = client.get(url, {"shown": 3 * CONVERSATION_STEP})
    assert shown_ids(everything) == [m.pk for m in messages]
    assert "Show earlier messages" not in everything.content.decode()


@pytest.mark.parametrize("asked", ["0", "-5", "abc", "1", "31", "999999"])
def test_the_number_shown_is_whole_steps_within_bounds(as_user, agent, thread, asked):
    write_messages(thread, 3)
    response = as_user(agent).get(reverse("thread", args=[thread.pk]), {"shown": asked})
    assert response.status_code == 200 and len(shown_ids(response)) == 3


def test_a_thread_of_200_messages_costs_the_queries_and_bytes_of_one_of_10(
    as_user, agent, thread, team
):
    from tests.factories import ThreadFactory

    short = ThreadFactory(team=team)
    write_messages(short, 10)
    write_messages(thread, 200)
    client = as_user(agent)
    client.get(reverse("thread", args=[short.pk]))  # first-request work (sessions, caches)
    sizes, queries = [], []
    for each in (short, thread):
        cache.clear()  # both drawn, neither served from the kept conversations
        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse("thread", args=[each.pk]))
        sizes.append(len(response.content))
        queries.append(len(captured))
    assert queries[0] == queries[1]
    # 30 messages instead of 10 (each about 400 bytes of markup), not 200.
    assert sizes[1] < sizes[0] + 25 * 600
