"""Service levels: business-hours due times, the due time of arriving messages, escalation."""

from datetime import UTC, datetime, time, timedelta

import pytest
from django.utils import timezone

from careteam import sla
from careteam.models import AgentProfile, AuditEvent, ResponseRecord, SupervisorNotice, Thread
from careteam.roles import Role
from careteam.services import api_client_create, member_message_receive, reply_send
from careteam.tasks import escalate_due_threads
from tests.factories import MemberFactory, ThreadFactory, UserFactory

NEW_YORK = sla.BusinessHours(
    time_zone="America/New_York", opens=time(9), closes=time(17), days=frozenset({1, 2, 3, 4, 5})
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("start", "minutes", "due"),
    [
        # Within one day, in New York time (UTC-5 in January).
        ("2027-01-06T10:00-05:00", 120, "2027-01-06T12:00-05:00"),
        # Before opening: the clock starts at 9.
        ("2027-01-06T06:30-05:00", 60, "2027-01-06T10:00-05:00"),
        # Runs past closing into the next morning.
        ("2027-01-06T16:00-05:00", 120, "2027-01-07T10:00-05:00"),
        # Friday evening: the weekend does not count.
        ("2027-01-08T18:00-05:00", 480, "2027-01-11T17:00-05:00"),
        ("2027-01-09T12:00-05:00", 30, "2027-01-11T09:30-05:00"),
        # Across the start of daylight saving time (14 March 2027): the team's clock decides.
        ("2027-03-12T16:00-05:00", 120, "2027-03-15T10:00-04:00"),
    ],
)
def test_business_time_skips_nights_and_weekends(start, minutes, due):
    assert sla.add_business_time(at(start), minutes, NEW_YORK) == at(due).astimezone(UTC)


def test_a_team_without_working_days_is_an_error():
    hours = sla.BusinessHours(time_zone="UTC", opens=time(9), closes=time(17), days=frozenset())
    with pytest.raises(ValueError, match="no business hours"):
        sla.add_business_time(at("2027-01-06T10:00+00:00"), 10, hours)


@pytest.mark.django_db
def test_urgent_runs_round_the_clock_and_normal_in_business_hours(team, settings):
    settings.SLA_FIRST_RESPONSE_MINUTES = {0: 960, 1: 480, 2: 120, 3: 15}
    saturday = at("2027-01-09T12:00-05:00")
    urgent = sla.due_by(team=team, priority=3, first_response=True, since=saturday)
    normal = sla.due_by(team=team, priority=1, first_response=True, since=saturday)
    assert urgent == saturday + timedelta(minutes=15)
    assert normal == at("2027-01-11T17:00-05:00")


@pytest.mark.django_db
def test_an_arriving_message_gets_a_business_hours_due_time(team):
    client, _ = api_client_create(name="app", team=team)
    member = MemberFactory(teams=[team])
    friday_evening = at("2027-01-08T18:00-05:00")
    result = member_message_receive(
        client=client,
        member=member,
        text="hello",
        idempotency_key="k",
        fingerprint="f",
        received_at=friday_evening,
    )
    thread = Thread.objects.get(pk=result.message.thread_id)
    assert thread.due_by == at("2027-01-11T17:00-05:00")  # normal: 8 business hours


@pytest.mark.django_db
def test_a_priority_raised_on_arrival_tightens_the_due_time(team):
    """What triage does in the same transaction (a signal receiver) decides the due time."""
    from careteam.signals import member_message_stored

    def make_urgent(sender, thread_id, **kwargs):
        Thread.objects.filter(pk=thread_id).update(priority=Thread.Priority.URGENT)

    member_message_stored.connect(make_urgent, dispatch_uid="test-urgent")
    try:
        client, _ = api_client_create(name="app", team=team)
        received = at("2027-01-09T12:00-05:00")
        result = member_message_receive(
            client=client,
            member=MemberFactory(teams=[team]),
            text="chest pain",
            idempotency_key="k",
            fingerprint="f",
            received_at=received,
        )
    finally:
        member_message_stored.disconnect(dispatch_uid="test-urgent")
    thread = Thread.objects.get(pk=result.message.thread_id)
    assert thread.due_by == received + timedelta(minutes=15)


@pytest.mark.django_db
def test_a_reply_records_how_long_the_member_waited_and_whether_it_was_late(team, agent):
    thread = ThreadFactory(team=team, due_by=timezone.now() - timedelta(minutes=1))
    from tests.factories import MessageFactory

    MessageFactory(thread=thread, created_at=timezone.now() - timedelta(minutes=50))
    MessageFactory(thread=thread, created_at=timezone.now() - timedelta(minutes=10))
    Thread.objects.filter(pk=thread.pk).update(last_member_message_at=timezone.now())
    thread.refresh_from_db()
    reply_send(thread=thread, author=agent, text="We are on it.")
    record = ResponseRecord.objects.get()
    assert 50 * 60 <= record.waited_seconds < 52 * 60
    assert record.first_response and record.breached


@pytest.mark.django_db
def test_escalation_raises_notifies_and_happens_once_per_due_time(team, agent, settings):
    settings.SLA_ESCALATE_BEFORE_MINUTES = 10
    now = timezone.now()
    soon = ThreadFactory(team=team, assignee=agent, due_by=now + timedelta(minutes=5))
    later = ThreadFactory(team=team, due_by=now + timedelta(hours=2))
    ThreadFactory(team=team, status=Thread.Status.CLOSED, due_by=now)
    AgentProfile.objects.create(user=agent, availability=AgentProfile.Availability.AVAILABLE)
    assert escalate_due_threads() == 1
    assert escalate_due_threads() == 0  # a second beat run, or a redelivered task
    assert sla.thread_escalate(thread_id=soon.pk, now=now) is False
    soon.refresh_from_db()
    later.refresh_from_db()
    assert soon.priority == Thread.Priority.HIGH and soon.escalated_due_by == soon.due_by
    assert soon.assignee == agent  # an available assignee keeps the thread
    assert later.escalated_due_by is None
    notice = SupervisorNotice.objects.get()
    assert notice.thread == soon and "due in 4 min" in notice.text
    assert AuditEvent.objects.filter(action=AuditEvent.Action.ESCALATE_THREAD).count() == 1
    # The next response has its own due time, which is escalated once in turn.
    Thread.objects.filter(pk=soon.pk).update(due_by=now + timedelta(minutes=8))
    assert escalate_due_threads() == 1
    soon.refresh_from_db()
    assert soon.priority == Thread.Priority.URGENT


@pytest.mark.django_db
def test_escalation_hands_an_away_agents_thread_to_an_available_one(team, settings):
    settings.SLA_ESCALATION_REASSIGN = True
    away = UserFactory(username="away", role=Role.CARE_AGENT, team=team)
    here = UserFactory(username="here", role=Role.CARE_AGENT, team=team)
    AgentProfile.objects.create(user=away, availability=AgentProfile.Availability.AWAY)
    AgentProfile.objects.create(user=here, availability=AgentProfile.Availability.AVAILABLE)
    thread = ThreadFactory(team=team, assignee=away, due_by=timezone.now())
    assert escalate_due_threads() == 1
    thread.refresh_from_db()
    assert thread.assignee == here
    assert AuditEvent.objects.filter(detail__contains="reason=escalation").count() == 2
