"""Routing: who gets a new thread, the team queue, pulls, rebalancing and capacity under load."""

import json
import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone

from careteam import routing, services
from careteam.models import AgentProfile, AuditEvent, Thread
from careteam.roles import Role
from tests.factories import MemberFactory, ThreadFactory, UserFactory

pytestmark = pytest.mark.usefixtures("fresh_cache")


AVAILABLE = AgentProfile.Availability.AVAILABLE
AWAY = AgentProfile.Availability.AWAY


def make_agent(team, *, username, availability=AVAILABLE, capacity=5, **profile):
    user = UserFactory(username=username, role=Role.CARE_AGENT, team=team)
    AgentProfile.objects.create(user=user, availability=availability, capacity=capacity, **profile)
    return user


def receive(team, *, member=None, text="Why was I billed twice?", key=None):
    client, _ = services.api_client_create(name=f"app-{key or text}", team=team)
    member = member or MemberFactory(teams=[team])
    result = services.member_message_receive(
        client=client,
        member=member,
        text=text,
        idempotency_key=key or "k",
        fingerprint="f",
    )
    return Thread.objects.get(pk=result.message.thread_id)


def queued_thread(team, **fields):
    fields.setdefault("queued_at", timezone.now())
    return ThreadFactory(team=team, member=MemberFactory(state=fields.pop("state", "CA")), **fields)


@pytest.mark.django_db
def test_a_new_thread_goes_to_the_least_loaded_qualified_agent(team):
    busy = make_agent(team, username="busy")
    idle = make_agent(team, username="idle")
    ThreadFactory(team=team, assignee=busy)
    thread = receive(team)
    assert thread.assignee == idle
    assert thread.queued_at is None
    event = AuditEvent.objects.get(action=AuditEvent.Action.ROUTE_THREAD)
    assert event.detail == f"to={idle.pk} reason=new thread load=1/5"
    assert event.member_id == thread.member_id and event.actor is None


@pytest.mark.django_db
def test_ties_go_to_the_agent_idle_longest(team):
    now = timezone.now()
    recent = make_agent(team, username="recent", last_assigned_at=now - timedelta(minutes=1))
    longest = make_agent(team, username="longest", last_assigned_at=now - timedelta(hours=2))
    assert receive(team).assignee == longest
    assert receive(team, key="k2").assignee == recent  # longest was assigned just now


@pytest.mark.django_db
def test_skill_language_and_state_must_all_match(team):
    make_agent(team, username="wrong_skill", skills=["deductible"], licensed_states=["CA"])
    make_agent(team, username="english_only", languages=["en"], licensed_states=["CA"])
    make_agent(team, username="texas", languages=["es"], licensed_states=["TX"])
    spanish = make_agent(team, username="spanish", languages=["en", "es"], licensed_states=["CA"])
    thread = queued_thread(team, topic=Thread.Topic.DENIED_CLAIM, language="es")
    assert routing.thread_route(thread_id=thread.pk) == spanish.pk


@pytest.mark.django_db
def test_unknown_language_goes_to_anyone_and_no_match_waits_in_the_queue(team):
    make_agent(team, username="english", languages=["en"])
    german = queued_thread(team, language="de")
    assert routing.thread_route(thread_id=german.pk) is None
    german.refresh_from_db()
    assert german.assignee is None and german.queued_at is not None
    unknown = queued_thread(team, language="")
    assert routing.thread_route(thread_id=unknown.pk) is not None


@pytest.mark.django_db
def test_away_offline_and_other_teams_agents_get_nothing(team, other_team):
    make_agent(team, username="away", availability=AWAY)
    make_agent(team, username="off", availability=AgentProfile.Availability.OFFLINE)
    make_agent(other_team, username="elsewhere")
    thread = receive(team)
    assert thread.assignee is None and thread.queued_at is not None


@pytest.mark.django_db
def test_a_full_agent_gets_nothing_more(team):
    agent = make_agent(team, username="full", capacity=1)
    assert receive(team).assignee == agent
    assert receive(team, key="k2").assignee is None


@pytest.mark.django_db
def test_an_agent_becoming_available_pulls_by_priority_then_age(team):
    agent = make_agent(team, username="back", availability=AWAY, capacity=2)
    now = timezone.now()
    old_normal = queued_thread(team, queued_at=now - timedelta(hours=3))
    new_urgent = queued_thread(team, priority=Thread.Priority.URGENT, queued_at=now)
    newer_normal = queued_thread(team, queued_at=now - timedelta(hours=1))
    routing.agent_set_availability(user=agent, availability=AVAILABLE, actor=agent)
    assigned = set(Thread.objects.filter(assignee=agent).values_list("pk", flat=True))
    assert assigned == {new_urgent.pk, old_normal.pk}
    newer_normal.refresh_from_db()
    assert newer_normal.assignee is None
    reasons = AuditEvent.objects.filter(action=AuditEvent.Action.ROUTE_THREAD)
    assert {event.detail.split(" reason=")[1].split(" load")[0] for event in reasons} == {
        "agent available"
    }
    assert AuditEvent.objects.filter(action=AuditEvent.Action.SET_AVAILABILITY).count() == 1


@pytest.mark.django_db
def test_a_pull_takes_only_threads_the_agent_qualifies_for(team):
    agent = make_agent(
        team, username="narrow", availability=AWAY, skills=["appeal"], licensed_states=["NY"]
    )
    queued_thread(team, topic=Thread.Topic.APPEAL, state="CA")
    queued_thread(team, topic=Thread.Topic.DEDUCTIBLE, state="NY")
    right = queued_thread(team, topic=Thread.Topic.APPEAL, state="NY")
    routing.agent_set_availability(user=agent, availability=AVAILABLE, actor=agent)
    assert list(Thread.objects.filter(assignee=agent)) == [right]


@pytest.mark.django_db
def test_closing_a_thread_frees_capacity_for_the_queue(team):
    agent = make_agent(team, username="solo", capacity=1)
    first = receive(team)
    waiting = receive(team, key="k2")
    assert waiting.assignee is None
    services.thread_close(thread=first, actor=agent)
    waiting.refresh_from_db()
    assert waiting.assignee == agent


@pytest.mark.django_db
def test_unassigning_routes_to_someone_else(team):
    mine = make_agent(team, username="mine")
    other = make_agent(team, username="other", last_assigned_at=timezone.now())
    thread = receive(team)
    assert thread.assignee == mine
    thread = services.thread_unassign(thread=thread, actor=mine)
    assert thread.assignee == other


@pytest.mark.django_db
def test_reopening_routes_when_the_assignee_is_away(team):
    away = make_agent(team, username="gone")
    here = make_agent(team, username="here", last_assigned_at=timezone.now())
    thread = receive(team)
    assert thread.assignee == away
    services.thread_close(thread=thread, actor=away)
    AgentProfile.objects.filter(user=away).update(availability=AWAY)
    thread = services.thread_reopen(thread=thread, actor=here)
    assert thread.assignee == here
    assert AuditEvent.objects.filter(detail__contains="reason=reopened").exists()


@pytest.mark.django_db
def test_rebalance_moves_open_threads_from_away_agents_and_excess_load(team):
    leaving = make_agent(team, username="leaving")
    crowded = make_agent(team, username="crowded", capacity=1)
    spare = make_agent(team, username="spare", capacity=10)
    held = [queued_thread(team, assignee=leaving) for _ in range(2)]
    waiting_on_member = queued_thread(team, assignee=leaving, status=Thread.Status.WAITING)
    for _ in range(3):
        queued_thread(team, assignee=crowded)
    AgentProfile.objects.filter(user=leaving).update(availability=AWAY)
    assert routing.team_rebalance(team_ids=[team.pk]) == 4
    assert Thread.objects.filter(assignee=spare).count() == 4
    assert Thread.objects.filter(assignee=crowded).count() == 1
    waiting_on_member.refresh_from_db()
    assert waiting_on_member.assignee == leaving
    assert all(Thread.objects.get(pk=t.pk).assignee == spare for t in held)


@pytest.mark.django_db(transaction=True)
def test_concurrent_arrivals_never_exceed_capacity(team):
    """Twelve member messages posted at once over HTTP, two agents with room for five in all."""
    if connection.vendor != "postgresql":
        pytest.skip("concurrency needs a server database")
    first = make_agent(team, username="first", capacity=2)
    second = make_agent(team, username="second", capacity=3)
    _, token = services.api_client_create(name="member-app", team=team)
    members = [MemberFactory(member_id=f"M77{n:04d}", teams=[team]) for n in range(12)]
    barrier = threading.Barrier(len(members))
    statuses: list[int] = []

    def send(member_id: str) -> None:
        try:
            barrier.wait()
            response = Client().post(
                "/api/v1/messages",
                data=json.dumps({"member_id": member_id, "text": "Is my claim paid?"}),
                content_type="application/json",
                headers={"Authorization": f"Bearer {token}", "Idempotency-Key": member_id},
            )
            statuses.append(response.status_code)
        finally:
            connection.close()

    workers = [threading.Thread(target=send, args=(m.member_id,)) for m in members]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert statuses == [201] * 12
    assert Thread.objects.filter(assignee=first).count() == 2
    assert Thread.objects.filter(assignee=second).count() == 3
    assert Thread.objects.filter(assignee__isnull=True, queued_at__isnull=False).count() == 7


@pytest.mark.django_db
def test_the_public_api_routes_and_leaves_an_assigned_thread_alone(team):
    from careteam import api

    agent = make_agent(team, username="api")
    thread = queued_thread(team)
    assert api.thread_route(thread.pk) == agent.pk
    assert api.thread_route(thread.pk) is None
    assert AuditEvent.objects.filter(action=AuditEvent.Action.ROUTE_THREAD).count() == 1


@pytest.mark.django_db
def test_a_supervisors_reassignment_is_audited_and_frees_the_previous_agents_capacity(
    team, supervisor
):
    first = make_agent(team, username="first_agent", capacity=1)
    second = make_agent(team, username="second_agent", capacity=1)
    held = receive(team)
    assert held.assignee == first
    assert receive(team, key="k2").assignee == second
    waiting = receive(team, key="k3")
    assert waiting.assignee is None
    services.thread_assign(thread=held, assignee=second, actor=supervisor)
    event = AuditEvent.objects.filter(action=AuditEvent.Action.UPDATE_THREAD).get()
    assert event.detail == f"assign to={second.pk} reason=reassigned by={supervisor.pk}"
    assert event.actor == supervisor
    waiting.refresh_from_db()
    assert waiting.assignee == first


@pytest.mark.django_db
def test_replying_to_an_unassigned_thread_is_an_audited_assignment(team, agent):
    thread = queued_thread(team)
    services.reply_send(thread=thread, author=agent, text="Happy to help.")
    thread.refresh_from_db()
    assert thread.assignee == agent
    event = AuditEvent.objects.get(action=AuditEvent.Action.UPDATE_THREAD)
    assert event.detail == f"assign to={agent.pk} reason=replied by={agent.pk}"


@pytest.mark.django_db
def test_the_sql_qualification_is_agent_profile_handles(team):
    """On PostgreSQL routing qualifies agents with jsonb containment; it must pick exactly the
    agents AgentProfile.handles (the rule the rest of the code and SQLite use) picks."""
    profiles = [
        {"skills": [], "languages": [], "licensed_states": []},
        {"skills": ["appeal"], "languages": ["en"], "licensed_states": ["CA"]},
        {"skills": ["appeal", "denied_claim"], "languages": ["es"], "licensed_states": []},
        {"skills": ["denied_claim"], "languages": ["en", "es"], "licensed_states": ["TX", "CA"]},
        {"skills": [], "languages": ["es"], "licensed_states": ["TX"]},
    ]
    for number, profile in enumerate(profiles):
        make_agent(team, username=f"agent{number}", **profile)
    make_agent(team, username="away", availability=AWAY)
    for topic in ("appeal", "denied_claim", "other"):
        for language in ("en", "es", "de", ""):
            for state in ("CA", "TX", "NY"):
                thread = queued_thread(team, topic=topic, language=language, state=state)
                in_sql = set(
                    routing._qualified_profiles_in_sql(thread).values_list("pk", flat=True)
                )
                rule = set(routing._qualified_profile_ids(thread, exclude_user_id=None))
                assert in_sql == rule, (topic, language, state)
                thread.delete()
