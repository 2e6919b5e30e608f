"""The queue health page, the rebalance button and the agent's availability page, over HTTP."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from careteam.models import AgentProfile, AuditEvent, ResponseRecord, SupervisorNotice, Thread
from careteam.roles import Role
from tests.factories import MemberFactory, ThreadFactory, UserFactory

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true", "HX-Target": "queue-health"}


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def add_load(team, count: int, *, agent=None) -> None:
    now = timezone.now()
    for number in range(count):
        waiting = number % 2 == 0
        thread = ThreadFactory(
            team=team, member=MemberFactory(), assignee=None if waiting else agent,
            topic=[Thread.Topic.APPEAL, Thread.Topic.DEDUCTIBLE][number % 2],
            language=["en", "es"][number % 2], priority=1 + number % 3,
            queued_at=now - timedelta(minutes=number + 1), due_by=now - timedelta(minutes=1),
        )  # fmt: skip
        ResponseRecord.objects.create(
            thread=thread, team=team, responded_at=now - timedelta(days=number % 3),
            waited_seconds=60 * (number + 1), first_response=True, breached=number % 4 == 0,
        )  # fmt: skip
    if agent is not None:
        AgentProfile.objects.get_or_create(user=agent, defaults={"capacity": 3})
        SupervisorNotice.objects.create(
            team=team, kind=SupervisorNotice.Kind.SLA_ESCALATION, text=f"Thread {count} due"
        )


def test_supervisors_see_the_figures(as_user, supervisor, agent, team):
    waited = timezone.now() - timedelta(minutes=42)
    ThreadFactory(team=team, language="es", priority=Thread.Priority.URGENT,
                  topic=Thread.Topic.APPEAL, queued_at=waited)  # fmt: skip
    ThreadFactory(team=team, assignee=agent)
    AgentProfile.objects.create(user=agent, availability="available", capacity=4)
    now = timezone.now()
    thread = ThreadFactory(team=team, status=Thread.Status.CLOSED)
    for minutes in (10, 20, 30, 40):
        ResponseRecord.objects.create(
            thread=thread, team=team, responded_at=now, waited_seconds=minutes * 60,
            first_response=True, breached=minutes == 40,
        )  # fmt: skip
    page = as_user(supervisor).get(reverse("queue-health")).content.decode()
    assert "<strong>1</strong> thread waiting" in page
    assert "oldest has waited 42 min" in page
    assert "Appeals and external review</th><td>1" in page
    assert "Urgent</th><td>1" in page and "es</th><td>1" in page
    assert "<strong>1</strong> late reply" in page
    assert "<td>Available</td><td>1</td><td>4</td>" in page
    assert "<td>4</td><td>25 min</td><td>37 min</td><td>1</td>" in page  # p50 25, p90 37


def test_agents_and_analysts_are_refused(as_user, agent, analyst):
    assert as_user(agent).get(reverse("queue-health")).status_code == 403
    assert as_user(analyst).get(reverse("queue-health")).status_code == 403
    assert as_user(agent).post(reverse("queue-rebalance")).status_code == 403


def test_anonymous_visitors_go_to_login(client):
    response = client.get(reverse("queue-health"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_the_poll_gets_the_partial(as_user, supervisor):
    response = as_user(supervisor).get(reverse("queue-health"), headers=HTMX)
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="queue-health"') and "<html" not in body


def test_another_teams_queue_is_not_counted(as_user, supervisor, other_team):
    ThreadFactory(team=other_team)
    page = as_user(supervisor).get(reverse("queue-health")).content.decode()
    assert "<strong>0</strong> threads waiting" in page


def test_query_count_does_not_grow_with_threads(as_user, supervisor, agent, team, settings):
    settings.QUEUE_HEALTH_MAX_AGE_SECONDS = 0
    client = as_user(supervisor)
    add_load(team, 3, agent=agent)
    client.get(reverse("queue-health"))  # the finished days' waits are then cached for the day
    cache.delete(f"queue-health:groups:{team.pk}")  # the queue is counted in both requests
    with CaptureQueriesContext(connection) as small:
        assert client.get(reverse("queue-health"), headers=HTMX).status_code == 200
    add_load(team, 40, agent=UserFactory(role=Role.CARE_AGENT, team=team))
    with CaptureQueriesContext(connection) as large:
        assert client.get(reverse("queue-health"), headers=HTMX).status_code == 200
    assert len(small) == len(large)
    assert any("GROUP BY" in query["sql"] and "queued_at" in query["sql"] for query in large)


def grouped_queue_scans(queries) -> int:
    return sum('MIN("careteam_thread"."queued_at")' in query["sql"] for query in queries)


def test_the_queue_is_counted_again_only_when_threads_changed(as_user, supervisor, team, settings):
    """The change counter says whether threads changed: unchanged, the counts are reused."""
    settings.QUEUE_HEALTH_MAX_AGE_SECONDS = 0
    client = as_user(supervisor)
    ThreadFactory(team=team, queued_at=timezone.now())
    assert (
        "<strong>1</strong> thread waiting" in client.get(reverse("queue-health")).content.decode()
    )
    with CaptureQueriesContext(connection) as unchanged:
        page = client.get(reverse("queue-health"), headers=HTMX).content.decode()
    assert grouped_queue_scans(unchanged) == 0 and "<strong>1</strong> thread waiting" in page
    ThreadFactory(team=team, queued_at=timezone.now())
    with CaptureQueriesContext(connection) as changed:
        page = client.get(reverse("queue-health"), headers=HTMX).content.decode()
    assert grouped_queue_scans(changed) == 1 and "<strong>2</strong> threads waiting" in page


def test_a_busy_queue_is_counted_at_most_once_per_max_age(as_user, supervisor, team, settings):
    settings.QUEUE_HEALTH_MAX_AGE_SECONDS = 3600
    client = as_user(supervisor)
    ThreadFactory(team=team, queued_at=timezone.now())
    client.get(reverse("queue-health"))
    ThreadFactory(team=team, queued_at=timezone.now())
    with CaptureQueriesContext(connection) as within:
        page = client.get(reverse("queue-health"), headers=HTMX).content.decode()
    # Still the count of a moment ago: at most QUEUE_HEALTH_MAX_AGE_SECONDS old.
    assert grouped_queue_scans(within) == 0 and "<strong>1</strong> thread waiting" in page


def test_the_queue_is_counted_from_its_index_alone(as_user, supervisor, team, settings):
    """The grouped count reads only thread_queue_groups_idx (an index-only scan, no table rows):
    on a small table the planner prefers the table or another index, so every other kind of scan
    is turned off to ask whether the index can answer the query at all."""
    settings.QUEUE_HEALTH_MAX_AGE_SECONDS = 0
    client = as_user(supervisor)
    add_load(team, 6)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("queue-health"), headers=HTMX).status_code == 200
    (grouped,) = [q["sql"] for q in captured if 'MIN("careteam_thread"."queued_at")' in q["sql"]]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")  # index-only scans stay allowed
        cursor.execute(f"EXPLAIN {grouped}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Index Only Scan using thread_queue_groups_idx" in plan, plan


def test_finished_days_come_from_the_cache_and_today_is_live(as_user, supervisor, team):
    client = as_user(supervisor)
    thread = ThreadFactory(team=team)
    yesterday = timezone.now() - timedelta(days=1, hours=1)
    ResponseRecord.objects.create(thread=thread, team=team, responded_at=yesterday,
                                  waited_seconds=600, first_response=True)  # fmt: skip
    assert "<td>1</td><td>10 min</td>" in client.get(reverse("queue-health")).content.decode()
    ResponseRecord.objects.create(thread=thread, team=team, responded_at=timezone.now(),
                                  waited_seconds=1200, first_response=False)  # fmt: skip
    page = client.get(reverse("queue-health")).content.decode()
    assert "<td>1</td><td>20 min</td>" in page and "<td>1</td><td>10 min</td>" in page


def test_rebalance_routes_an_away_agents_threads(as_user, supervisor, agent, other_agent, team):
    AgentProfile.objects.create(user=agent, availability="away")
    AgentProfile.objects.create(user=other_agent, availability="available")
    thread = ThreadFactory(team=team, assignee=agent)
    response = as_user(supervisor).post(reverse("queue-rebalance"))
    assert response.status_code == 302
    thread.refresh_from_db()
    assert thread.assignee == other_agent
    assert AuditEvent.objects.filter(actor=supervisor, detail="rebalance moved=1").exists()


def test_an_agent_sets_their_availability_and_takes_waiting_work(as_user, agent, team):
    client = as_user(agent)
    page = client.get(reverse("availability")).content.decode()
    assert "You are <strong>Offline</strong>" in page
    waiting = ThreadFactory(team=team, queued_at=timezone.now())
    response = client.post(reverse("availability"), {"availability": "available"})
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.assignee == agent
    assert AgentProfile.objects.get(user=agent).availability == "available"
    client.post(reverse("availability"), {"availability": "asleep"})
    assert AgentProfile.objects.get(user=agent).availability == "available"


def test_the_availability_page_refuses_analysts(as_user, analyst):
    assert as_user(analyst).get(reverse("availability")).status_code == 403


def test_the_inbox_shows_time_left(as_user, agent, team):
    ThreadFactory(team=team, assignee=agent, due_by=timezone.now() + timedelta(hours=2, minutes=5))
    ThreadFactory(
        team=team, assignee=agent, due_by=timezone.now() - timedelta(minutes=7, seconds=5)
    )
    page = as_user(agent).get(reverse("inbox")).content.decode()
    assert "due in 2 h 4 min" in page or "due in 2 h 5 min" in page
    assert "overdue by 7 min" in page
