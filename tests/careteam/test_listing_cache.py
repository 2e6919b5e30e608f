"""An inbox listing is kept in the cache (careteam.listings) under the poll version, which the
database moves on every write to threads, messages, members and enrolments: each write below
must show on the very next listing, a kept listing is never served to another team or for
another agent's "Mine", bytes not sealed for their key are never served, and every listing is
audited whether or not it was kept."""

from __future__ import annotations

import json

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from careteam import listings, services
from careteam.models import AuditEvent, Thread
from careteam.selectors import InboxFilters, InboxTab
from tests.conftest import login
from tests.factories import MemberFactory, MessageFactory, ThreadFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the poll version is PostgreSQL's"
    ),
]

HTMX_LIST = {"HX-Request": "true", "HX-Target": "thread-list"}


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def listing(client: Client, tab: str = "open", **params: str) -> str:
    response = client.get(reverse("inbox"), {"tab": tab, **params})
    assert response.status_code == 200
    return response.content.decode()


def reads_messages(client: Client, tab: str = "open") -> bool:
    """The listing's preview reads the messages; a kept listing reads none."""
    with CaptureQueriesContext(connection) as captured:
        listing(client, tab)
    return any('"careteam_message"' in query["sql"] or "careteam_message m" in query["sql"]
               for query in captured)  # fmt: skip


def test_a_second_listing_with_nothing_written_is_the_kept_one(as_user, agent, team):
    """Without this the tests below would pass with no cache at all."""
    thread = ThreadFactory(team=team, subject="Claim question")
    MessageFactory(thread=thread, text="Why was my claim denied?")
    client = as_user(agent)
    assert reads_messages(client)
    assert not reads_messages(client)
    body = listing(client)
    assert "Claim question" in body and "Why was my claim denied?" in body


def test_every_listing_is_audited_whether_or_not_it_was_kept(as_user, agent, team):
    threads = [ThreadFactory(team=team) for _ in range(3)]
    client = as_user(agent)
    for _ in range(3):
        listing(client)
    rows = AuditEvent.objects.filter(action=AuditEvent.Action.VIEW_INBOX, actor=agent)
    assert rows.count() == 9
    assert set(rows.values_list("member_id", flat=True)) == {t.member_id for t in threads}


def test_a_kept_page_is_served_without_counting_or_listing_and_still_audited(
    as_user, agent, team, settings
):
    """The kept page is asked for before anything is counted or listed: a second view reads no
    thread at all, yet audits the members it shows, on the page it shows (the last one when
    a page past the end is asked for)."""
    settings.INBOX_PAGE_SIZE = 2
    threads = [ThreadFactory(team=team) for _ in range(3)]
    client = as_user(agent)
    first = listing(client, page="7")
    with CaptureQueriesContext(connection) as captured:
        again = listing(client, page="7")
    assert "Page 2 of 2" in first and "Page 2 of 2" in again
    assert not any("careteam_thread" in query["sql"] for query in captured)
    rows = AuditEvent.objects.filter(action=AuditEvent.Action.VIEW_INBOX, actor=agent)
    assert set(rows.values_list("detail", flat=True)) == {"tab=open page=2"}
    assert list(rows.values_list("member_id", flat=True)) == [threads[0].member_id] * 2


def test_a_new_thread_and_a_new_message_show_on_the_next_listing(as_user, agent, team):
    thread = ThreadFactory(team=team, subject="First subject")
    client = as_user(agent)
    listing(client)
    ThreadFactory(team=team, subject="Second subject")
    MessageFactory(thread=thread, text="A newer question")
    body = listing(client)
    assert "Second subject" in body and "A newer question" in body


def test_an_assignment_a_close_and_a_renamed_member_show_on_the_next_listing(
    as_user, agent, other_agent, team
):
    assigned = ThreadFactory(team=team, subject="To assign")
    closing = ThreadFactory(team=team, subject="To close")
    member = MemberFactory(first_name="Rosalind", teams=[team])
    ThreadFactory(team=team, member=member, subject="Renamed member's")
    client = as_user(agent)
    assert "To close" in listing(client)
    services.thread_assign(thread=assigned, assignee=other_agent, actor=agent)
    services.thread_close(thread=Thread.objects.get(pk=closing.pk), actor=agent)
    member.first_name = "Rosamund"
    member.save()
    body = listing(client)
    assert other_agent.display_name in body
    assert "To close" not in body
    assert "Rosamund" in body and "Rosalind" not in body


def test_another_team_never_gets_a_kept_listing(as_user, agent, outsider_agent, team):
    ThreadFactory(team=team, subject="This team own subject")
    assert "This team own subject" in listing(as_user(agent))
    outsider = login(Client(), outsider_agent)
    assert "own subject" not in listing(outsider)


def test_mine_is_kept_apart_for_each_agent(as_user, agent, other_agent, team):
    ThreadFactory(team=team, assignee=agent, subject="The first agent thread")
    ThreadFactory(team=team, assignee=other_agent, subject="The second agent thread")
    assert "The first agent thread" in listing(as_user(agent), "mine")
    body = listing(login(Client(), other_agent), "mine")
    assert "The second agent thread" in body and "The first agent" not in body


def test_each_page_and_filter_is_kept_apart(as_user, agent, team, settings):
    settings.INBOX_PAGE_SIZE = 2
    for number in range(3):
        ThreadFactory(team=team, subject=f"Subject {number}", topic=Thread.Topic.DENIED_CLAIM)
    ThreadFactory(team=team, subject="Other topic", topic=Thread.Topic.AMBULANCE)
    client = as_user(agent)
    first, second = listing(client), listing(client, page="2")
    assert first != second and "Page 2 of 2" in second
    denied = listing(client, topic=Thread.Topic.DENIED_CLAIM)
    assert "Other topic" not in denied and "3 threads" in denied


def test_a_search_is_listed_kept_and_audited_as_a_search(as_user, agent, team):
    member = MemberFactory(first_name="Rosalind", last_name="Quartermaine", teams=[team])
    ThreadFactory(team=team, member=member, subject="Rosa's bill")
    ThreadFactory(team=team, subject="Somebody else's")
    client = as_user(agent)
    for _ in range(2):
        response = client.post(
            reverse("inbox"), {"q": "Quartermaine", "tab": "all"}, headers=HTMX_LIST
        )
        body = response.content.decode()
        assert "Rosa&#x27;s bill" in body and "Somebody else" not in body
    searches = AuditEvent.objects.filter(action=AuditEvent.Action.SEARCH, actor=agent)
    assert list(searches.values_list("member_id", flat=True)) == [member.pk, member.pk]


def _kept_key(user, tab: str = InboxTab.OPEN) -> str:
    from careteam import selectors

    return listings.listing_key(
        user=user,
        filters=InboxFilters(tab=tab),
        version=selectors.poll_version(),
        number=1,
        page_size=25,
    )


def test_one_teams_kept_listing_is_never_served_under_another_key(
    as_user, agent, outsider_agent, other_team, team
):
    """Even copied under the other team's key (a cache written by someone else): the seal names
    the key it was made for, so the other team's listing is drawn afresh."""
    ThreadFactory(team=team, subject="First team's subject")
    ThreadFactory(team=other_team, subject="Second team's subject")
    listing(as_user(agent))
    kept = cache.get(_kept_key(agent))
    assert kept is not None
    outsider_agent._team_ids = [other_team.pk]
    cache.set(_kept_key(outsider_agent), kept)
    body = listing(login(Client(), outsider_agent))
    assert "Second team&#x27;s subject" in body and "First team" not in body


def test_bytes_written_into_the_cache_by_anyone_else_are_never_served(as_user, agent, team):
    ThreadFactory(team=team, subject="The real subject")
    client = as_user(agent)
    listing(client)
    key = _kept_key(agent)
    kept = cache.get(key)
    assert isinstance(kept, bytes) and b"The real subject" not in kept  # encrypted
    for forged in [
        kept[:-1] + bytes([kept[-1] ^ 1]),  # one bit of the sealed bytes changed
        json.dumps(["<script>alert(1)</script>", [], 1, 1]).encode(),  # not sealed at all
        (("<script>alert(1)</script>", [], 1, 1), "0" * 64),
    ]:
        cache.set(key, forged)
        body = listing(client)
        assert "<script>alert(1)</script>" not in body and "The real subject" in body


def test_a_kept_listing_answers_the_htmx_list_and_the_page_alike(as_user, agent, team):
    ThreadFactory(team=team, subject="Listed in both")
    client = as_user(agent)
    full = listing(client)
    part = client.get(reverse("inbox"), {"tab": "open"}, headers=HTMX_LIST).content.decode()
    assert "Listed in both" in part and "Listed in both" in full
    assert "<html" not in part
