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


def test_inbox_counts_statement_counts_what_the_queryset_counts(
    agent, other_agent, supervisor, analyst, outsider_agent, team, other_team
):
    """selectors.open_thread_counts (one statement on PostgreSQL) against the ORM aggregate it
    replaced, for each kind of viewer: the role check and the team ids are the same."""
    from careteam import selectors
    from careteam.models import Thread

    both_teams = UserFactory(username="both", team=team)
    both_teams.teams.add(other_team)
    both_teams.groups.add(*agent.groups.all())
    no_team = UserFactory(username="no-team")
    no_team.groups.add(*agent.groups.all())
    for owner in (team, other_team):
        for assignee in (agent, other_agent, outsider_agent, both_teams, None):
            for status in (Thread.Status.OPEN, Thread.Status.WAITING, Thread.Status.CLOSED):
                ThreadFactory(team=owner, assignee=assignee, status=status)
    viewers = [agent, other_agent, supervisor, analyst, outsider_agent, both_teams, no_team]
    found = {}
    for viewer in viewers:
        viewer = type(viewer).objects.get(pk=viewer.pk)  # nothing cached on the instance
        found[viewer.username] = selectors.open_thread_counts(user=viewer)
        assert found[viewer.username] == selectors.open_thread_counts_orm(user=viewer)
    assert found["agent"] == {"mine": 2, "unassigned": 2, "open": 10}
    assert found["both"] == {"mine": 4, "unassigned": 4, "open": 20}
    assert found["analyst"] == found["no-team"] == {"mine": 0, "unassigned": 0, "open": 0}
    if connection.vendor == "postgresql":
        # With the role and teams known (a request has them from the session): one statement.
        viewer = type(agent).objects.get(pk=agent.pk)
        selectors.open_thread_counts(user=viewer)
        with CaptureQueriesContext(connection) as captured:
            selectors.open_thread_counts(user=viewer)
        assert len(captured) == 1 and "careteam_thread" in captured[0]["sql"]


def test_assign_menu_statement_lists_who_the_queryset_lists(team, other_team, agent):
    """selectors.assignable_staff_choices (one statement on PostgreSQL) against the ORM: active
    colleagues of the thread's team who work threads by role or by a direct permission."""
    from django.contrib.auth.models import Permission

    from careteam import selectors
    from careteam.roles import Role

    thread = ThreadFactory(team=team)
    direct = UserFactory(username="direct", first_name="Ann", last_name="Direct", team=team)
    direct.user_permissions.add(Permission.objects.get(codename="work_threads"))
    both = UserFactory(username="both", first_name="Ann", last_name="Direct", team=team,
                       role=Role.SUPERVISOR)  # fmt: skip
    both.user_permissions.add(Permission.objects.get(codename="work_threads"))
    UserFactory(username="left", team=team, role=Role.CARE_AGENT, is_active=False)
    UserFactory(username="analyst", team=team, role=Role.ANALYST)
    UserFactory(username="elsewhere", team=other_team, role=Role.CARE_AGENT)
    UserFactory(username="no-team", role=Role.CARE_AGENT)
    choices = selectors.assignable_staff_choices(thread=thread)
    assert choices == selectors.assignable_staff_choices_orm(thread=thread)
    assert sorted(pk for pk, _ in choices) == sorted([agent.pk, direct.pk, both.pk])
    assert [name for _, name in choices].count("Ann Direct") == 2  # once each, none twice
    with CaptureQueriesContext(connection) as captured:
        selectors.assignable_staff_choices(thread=thread)
    assert len(captured) == 1


def test_inbox_preview_statement_finds_what_the_queryset_finds(agent, team):
    """The inbox's preview (one SQL fragment on PostgreSQL) against the ORM subquery it
    replaced: the latest member message's first 140 characters, ties broken by id, staff
    replies and notes never shown, none without a member message; with every tab's filter and a
    search."""
    import datetime as dt

    from django.utils import timezone

    from careteam import selectors
    from careteam.models import Thread
    from careteam.selectors import InboxFilters, InboxTab

    now = timezone.now()
    same_time = now - dt.timedelta(minutes=3)
    for n in range(6):
        thread = ThreadFactory(team=team, assignee=agent if n % 2 else None)
        MessageFactory(thread=thread, text=f"older {n}", created_at=now - dt.timedelta(hours=1))
        if n == 1:
            MessageFactory(thread=thread, text="tie, lower id", created_at=same_time)
            MessageFactory(thread=thread, text="tie, higher id", created_at=same_time)
        if n == 2:
            MessageFactory(thread=thread, text="x" * 300 + " long")
        if n == 3:
            MessageFactory(thread=thread, direction=Message.Direction.OUTBOUND, author=agent)
            MessageFactory(thread=thread, direction=Message.Direction.NOTE, author=agent)
    ThreadFactory(team=team)  # no message at all
    for tab in (InboxTab.MINE, InboxTab.UNASSIGNED, InboxTab.OPEN, InboxTab.ALL):
        for query in ("", "older"):
            threads = selectors.inbox_threads(
                user=agent, filters=InboxFilters(tab=tab, query=query)
            )
            reference = threads.annotate(reference=selectors.latest_member_text_orm())
            rows = [(thread.pk, thread.preview, thread.reference) for thread in reference]
            assert rows and all(preview == ref for _, preview, ref in rows)
    previews = {
        t.preview for t in Thread.objects.annotate(preview=selectors.latest_member_text_orm())
    }
    assert {"tie, higher id", "x" * 140, "older 3", None} <= previews


def _loaded(thread, relations=("member", "assignee", "team")) -> dict[str, object]:
    """Every field of the thread and of each relation thread_for_user (or the inbox: member
    and assignee) loads with it, read without a query (what select_related cached)."""
    from careteam.models import Thread

    def fields(instance) -> dict[str, object] | None:
        if instance is None:
            return None
        return {field.attname: getattr(instance, field.attname)
                for field in type(instance)._meta.concrete_fields}  # fmt: skip

    with CaptureQueriesContext(connection) as captured:
        loaded = {
            "thread": fields(thread),
            **{name: fields(getattr(thread, name)) for name in relations},
        }
    assert len(captured) == 0 and isinstance(thread, Thread)
    return loaded


@pytest.mark.parametrize("assigned", [True, False])
def test_thread_statement_loads_what_the_queryset_loads(agent, team, other_team, assigned):
    """selectors.thread_for_user (one statement on PostgreSQL) against the ORM's select_related:
    the same values for the thread, its member, assignee (or none) and team, and the same 404
    (from the poll's check alone too) for another team's thread, a missing one, and a viewer
    whose role works no threads."""
    from django.http import Http404

    from careteam import selectors
    from careteam.roles import Role

    thread = ThreadFactory(team=team, assignee=agent if assigned else None,
                           member=MemberFactory(first_name="Zoë", last_name="O'Brien"))  # fmt: skip
    viewer = type(agent).objects.get(pk=agent.pk)
    selectors.thread_for_user(user=viewer, thread_id=thread.pk)  # the role and teams, read once
    with CaptureQueriesContext(connection) as captured:
        fast = selectors.thread_for_user(user=viewer, thread_id=thread.pk)
    assert _loaded(fast) == _loaded(selectors.thread_for_user_orm(user=viewer, thread_id=thread.pk))
    assert fast.assignee == (agent if assigned else None) and fast.member.last_name == "O'Brien"
    if connection.vendor == "postgresql":
        assert len(captured) == 1
    elsewhere = ThreadFactory(team=other_team)
    analyst = UserFactory(username="reader", team=team, role=Role.ANALYST)
    selectors.thread_visible_or_404(user=viewer, thread_id=thread.pk)  # the poll's check alone
    for user, thread_id in ((viewer, elsewhere.pk), (viewer, 987654), (analyst, thread.pk)):
        for load in (
            selectors.thread_for_user,
            selectors.thread_for_user_orm,
            selectors.thread_visible_or_404,
        ):
            with pytest.raises(Http404):
                load(user=user, thread_id=thread_id)


def test_inbox_statement_lists_what_the_queryset_lists(agent, other_agent, team, other_team):
    """selectors.inbox_threads_listed (one statement on PostgreSQL) against inbox_threads: for
    every tab, status, topic and search (by name, by message, matching nothing), each page
    holds the same threads in the same order, with the same values for the thread, its member,
    its assignee (or none) and its preview, and the same count; another team's threads and a
    viewer whose role works no threads list nothing."""
    import datetime as dt
    import itertools

    from django.utils import timezone

    from careteam import selectors
    from careteam.models import Thread
    from careteam.roles import Role
    from careteam.selectors import InboxFilters, InboxTab

    now = timezone.now()
    for n in range(9):
        thread = ThreadFactory(
            team=team,
            assignee=(agent, other_agent, None)[n % 3],
            status=(Thread.Status.OPEN, Thread.Status.CLOSED)[n % 4 == 3],
            topic=(Thread.Topic.EOB_QUESTION, Thread.Topic.DENIED_CLAIM)[n % 2],
            priority=(n // 2) % 3,
            # Two pairs share a time: the id orders them.
            last_message_at=now - dt.timedelta(minutes=n // 2),
            member=MemberFactory(first_name="Zoë", last_name=f"O'Brien {n}"),
        )
        if n % 3:
            MessageFactory(thread=thread, text=f"My question {n}")
    ThreadFactory(team=other_team)

    def listed(threads) -> list[dict[str, object]]:
        return [{**_loaded(thread, ("member", "assignee")), "preview": thread.preview}
                for thread in threads]  # fmt: skip

    viewer = type(agent).objects.get(pk=agent.pk)
    of_both_teams = UserFactory(username="both", team=team, role=Role.CARE_AGENT)
    of_both_teams.teams.add(other_team)
    statuses = ("", Thread.Status.OPEN, Thread.Status.CLOSED)
    of_both_teams = type(agent).objects.get(pk=of_both_teams.pk)
    for user in (viewer, of_both_teams):
        for tab in (InboxTab.MINE, InboxTab.UNASSIGNED, InboxTab.OPEN, InboxTab.ALL):
            for status, topic, query in itertools.product(
                statuses, ("", Thread.Topic.DENIED_CLAIM), ("", "O'Brien", "question 4", "none")
            ):
                filters = InboxFilters(tab=tab, status=status, topic=topic, query=query)
                fast = selectors.inbox_threads_listed(user=user, filters=filters)
                reference = selectors.inbox_threads(user=user, filters=filters)
                assert fast.count() == reference.count()
                for window in (slice(0, 25), slice(0, 2), slice(2, 4), slice(8, 10)):
                    assert listed(fast[window]) == listed(reference[window])
    if connection.vendor == "postgresql":
        fast = selectors.inbox_threads_listed(user=viewer, filters=InboxFilters(tab=InboxTab.ALL))
        assert type(fast).__name__ == "InboxStatement" and len(listed(fast[0:25])) == 9
        of_both = selectors.inbox_threads_listed(user=of_both_teams, filters=InboxFilters("all"))
        assert len(of_both[0:25]) == 10
        searched = selectors.inbox_threads_listed(
            user=viewer, filters=InboxFilters("all", query="question 4")
        )
        assert [thread.preview for thread in searched[0:25]] == ["My question 4"]
    analyst = UserFactory(username="reader", team=team, role=Role.ANALYST)
    assert list(selectors.inbox_threads_listed(user=analyst, filters=InboxFilters())[0:25]) == []
