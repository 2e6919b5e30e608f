"""The queue health page's figures: one aggregate query each, however many threads there are.

The queue is the teams' open threads that nobody has (see careteam.routing); loads count each
agent's threads that are not closed.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import Count, Min, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from careteam.aggregates import Percentile
from careteam.models import AgentProfile, ResponseRecord, SupervisorNotice, Team, Thread, User


@dataclass(frozen=True)
class Bucket:
    key: str | int
    label: str
    waiting: int


@dataclass(frozen=True)
class AgentLoad:
    name: str
    availability: str
    load: int
    capacity: int


@dataclass(frozen=True)
class DayPercentiles:
    day: date
    responses: int
    p50_minutes: float
    p90_minutes: float
    breached: int


@dataclass(frozen=True)
class QueueHealth:
    waiting: int
    oldest_wait: timedelta | None
    by_topic: list[Bucket]
    by_priority: list[Bucket]
    by_language: list[Bucket]
    late_replies_today: int
    overdue_now: int
    agents: list[AgentLoad]
    days: list[DayPercentiles]
    notices: list[SupervisorNotice]
    time_zone: str


def _queue(team_ids: list[int]):  # type: ignore[no-untyped-def]
    return Thread.objects.filter(team_id__in=team_ids, assignee__isnull=True).exclude(
        status=Thread.Status.CLOSED
    )


def _buckets(team_ids: list[int], field: str, labels: dict[object, str]) -> list[Bucket]:
    rows = _queue(team_ids).values(field).annotate(waiting=Count("pk")).order_by("-waiting", field)
    return [
        Bucket(key=row[field], label=labels.get(row[field], row[field] or "unknown"),
               waiting=row["waiting"])
        for row in rows
    ]  # fmt: skip


def queue_health(*, team_ids: list[int], days: int, now: datetime | None = None) -> QueueHealth:
    now = now or timezone.now()
    zone_name = (
        Team.objects.filter(pk=team_ids[0]).values_list("time_zone", flat=True).first()
        if len(team_ids) == 1
        else None
    ) or "UTC"
    zone = zoneinfo.ZoneInfo(zone_name)
    today = now.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    summary = _queue(team_ids).aggregate(waiting=Count("pk"), oldest=Min("queued_at"))
    responses = ResponseRecord.objects.filter(team_id__in=team_ids)
    late_today = responses.filter(responded_at__gte=today, breached=True).count()
    overdue = (
        Thread.objects.filter(team_id__in=team_ids, due_by__isnull=False, due_by__lt=now)
        .exclude(status=Thread.Status.CLOSED)
        .count()
    )
    staff = User.objects.filter(teams__in=team_ids).values("pk")
    agents = (
        AgentProfile.objects.filter(user__in=staff, user__is_active=True)
        .annotate(
            load=Count(
                "user__assigned_threads",
                filter=~Q(user__assigned_threads__status=Thread.Status.CLOSED),
            )
        )
        .values(
            "user__first_name", "user__last_name", "user__username", "availability", "capacity",
            "load",
        )
        .order_by("availability", "user__first_name", "user__username")
    )  # fmt: skip
    per_day = (
        responses.filter(responded_at__gte=today - timedelta(days=days - 1))
        .annotate(day=TruncDate("responded_at", tzinfo=zone))
        .values("day")
        .annotate(
            count=Count("pk"),
            p50=Percentile("waited_seconds", 0.5),
            p90=Percentile("waited_seconds", 0.9),
            breached=Count("pk", filter=Q(breached=True)),
        )
        .order_by("-day")
    )
    notices = list(
        SupervisorNotice.objects.filter(team_id__in=team_ids, read_at__isnull=True)
        .only("text", "created_at", "thread_id")
        .order_by("-created_at")[:10]
    )
    availability = dict(AgentProfile.Availability.choices)
    return QueueHealth(
        waiting=summary["waiting"],
        oldest_wait=now - summary["oldest"] if summary["oldest"] else None,
        by_topic=_buckets(team_ids, "topic", dict(Thread.Topic.choices)),
        by_priority=_buckets(team_ids, "priority", dict(Thread.Priority.choices)),
        by_language=_buckets(team_ids, "language", {}),
        late_replies_today=late_today,
        overdue_now=overdue,
        agents=[
            AgentLoad(
                name=f"{row['user__first_name']} {row['user__last_name']}".strip()
                or row["user__username"],
                availability=availability[row["availability"]],
                load=row["load"],
                capacity=row["capacity"],
            )
            for row in agents
        ],
        days=[
            DayPercentiles(
                day=row["day"],
                responses=row["count"],
                p50_minutes=(row["p50"] or 0) / 60,
                p90_minutes=(row["p90"] or 0) / 60,
                breached=row["breached"],
            )
            for row in per_day
        ],
        notices=notices,
        time_zone=zone_name,
    )
