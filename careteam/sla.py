"""Service levels: when a member's message is due an answer, and escalating before it is late.

Targets are minutes per priority (settings.SLA_*), for the first response and for each next
one. They run in the team's business hours and time zone (Team.business_opens/closes/days):
a message that arrives on Friday evening for an eight-hour target is due on Monday afternoon.
The priorities in SLA_ROUND_THE_CLOCK count wall-clock time.
"""

from __future__ import annotations

import logging
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from careteam.audit import audit_record, unread_mark_read
from careteam.live import publish as live
from careteam.models import AuditEvent, SupervisorNotice, Team, Thread, User

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class BusinessHours:
    time_zone: str
    opens: time
    closes: time
    days: frozenset[int]  # ISO weekdays

    @classmethod
    def of(cls, team: Team) -> BusinessHours:
        return cls(
            time_zone=team.time_zone,
            opens=team.business_opens,
            closes=team.business_closes,
            days=frozenset(int(day) for day in team.business_days),
        )


def add_business_time(start: datetime, minutes: int, hours: BusinessHours) -> datetime:
    """The moment `minutes` of business time after `start` (aware), as an aware UTC datetime.

    Walks day by day in the team's zone, so daylight-saving changes and weekends are counted
    as the team's clock shows them.
    """
    zone = zoneinfo.ZoneInfo(hours.time_zone)
    local = start.astimezone(zone)
    left = timedelta(minutes=minutes)
    day = local.date()
    for _ in range(3660):  # ten years of days: only a team with no working days gets this far
        if day.isoweekday() in hours.days:
            opens = datetime.combine(day, hours.opens, tzinfo=zone)
            closes = datetime.combine(day, hours.closes, tzinfo=zone)
            begin = max(opens, local)
            if begin < closes:
                available = closes - begin
                if left <= available:
                    return (begin + left).astimezone(UTC)
                left -= available
        day += timedelta(days=1)
        local = datetime.combine(day, time(0), tzinfo=zone)
    raise ValueError("the team has no business hours")


def target_minutes(*, priority: int, first_response: bool) -> int:
    targets = (
        settings.SLA_FIRST_RESPONSE_MINUTES
        if first_response
        else settings.SLA_NEXT_RESPONSE_MINUTES
    )
    return int(targets[priority])


def due_by(*, team: Team, priority: int, first_response: bool, since: datetime) -> datetime:
    """When a member message that arrived at `since` must be answered."""
    minutes = target_minutes(priority=priority, first_response=first_response)
    if priority in settings.SLA_ROUND_THE_CLOCK:
        return since + timedelta(minutes=minutes)
    return add_business_time(since, minutes, BusinessHours.of(team))


def time_left(due: datetime | None, *, now: datetime | None = None) -> timedelta | None:
    if due is None:
        return None
    return due - (now or timezone.now())


# --- Escalation -----------------------------------------------------------------------------


def escalate_due_threads(*, now: datetime | None = None, limit: int = 500) -> int:
    """Escalate every open thread whose due time is at most SLA_ESCALATE_BEFORE_MINUTES away
    and that was not yet escalated for that due time. Returns how many it escalated.

    Each thread is escalated in its own transaction by a conditional update on
    `escalated_due_by`, so two beat runs, a retried task or a worker killed half-way never
    escalate the same due time twice, and nothing is lost: the next run finds what is left.
    """
    now = now or timezone.now()
    horizon = now + timedelta(minutes=settings.SLA_ESCALATE_BEFORE_MINUTES)
    candidates = list(
        Thread.objects.open()
        .filter(due_by__isnull=False, due_by__lte=horizon)
        .filter(Q(escalated_due_by__isnull=True) | ~Q(escalated_due_by=F("due_by")))
        .order_by("due_by")
        .values_list("pk", flat=True)[:limit]
    )
    return sum(thread_escalate(thread_id=thread_id, now=now) for thread_id in candidates)


def thread_escalate(*, thread_id: int, now: datetime) -> bool:
    from careteam import routing

    horizon = now + timedelta(minutes=settings.SLA_ESCALATE_BEFORE_MINUTES)
    with transaction.atomic():
        thread = (
            Thread.objects.select_for_update()
            .filter(pk=thread_id, due_by__lte=horizon)
            .exclude(status=Thread.Status.CLOSED)
            .first()
        )
        # (due_by__lte leaves out threads with no due time; the check tells the type checker.)
        if thread is None or thread.due_by is None or thread.escalated_due_by == thread.due_by:
            return False
        raised = min(thread.priority + 1, Thread.Priority.URGENT)
        won = (
            Thread.objects.filter(pk=thread.pk, due_by=thread.due_by)
            .exclude(escalated_due_by=thread.due_by)
            .update(escalated_due_by=thread.due_by, priority=raised, updated_at=now)
        )
        if not won:
            return False
        live.thread_changed(thread_id=thread.pk, team_id=thread.team_id, change=live.Change.THREAD)
        minutes = int((thread.due_by - now).total_seconds() // 60)
        when = f"due in {minutes} min" if minutes >= 0 else f"overdue by {-minutes} min"
        SupervisorNotice.objects.create(
            team_id=thread.team_id,
            thread=thread,
            kind=SupervisorNotice.Kind.SLA_ESCALATION,
            text=f"Thread {thread.pk} {when}; priority raised to {Thread.Priority(raised).label}.",
        )
        audit_record(
            actor=None,
            action=AuditEvent.Action.ESCALATE_THREAD,
            member_id=thread.member_id,
            obj=thread,
            detail=f"due={thread.due_by:%Y-%m-%dT%H:%MZ} priority={thread.priority}->{raised}",
        )
        if settings.SLA_ESCALATION_REASSIGN and not routing.assignee_is_working(thread):
            routing.thread_requeue(thread_id=thread.pk, reason="escalation")
    logger.info("thread %s escalated before its response target", thread_id)
    return True


def notices_mark_read(*, user: User, team_ids: list[int], notice_id: int | None = None) -> int:
    """A supervisor marks their teams' escalation notices read (one, or all when notice_id is
    None): a notice is the team's, so it is read for every supervisor of it. Audited."""
    return unread_mark_read(
        unread=SupervisorNotice.objects.filter(team_id__in=team_ids, read_at__isnull=True),
        stamp="read_at",
        user=user,
        one_pk=notice_id,
    )
