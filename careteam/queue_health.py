"""The queue health page's figures: one aggregate query each, however many threads there are.

The queue is the teams' open threads that nobody has (see careteam.routing); loads count each
agent's threads that are not closed.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.core.cache import cache
from django.db.models import Count, Min, Q, QuerySet
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


def _queue(team_ids: list[int]) -> QuerySet[Thread]:
    return Thread.objects.filter(team_id__in=team_ids, assignee__isnull=True).exclude(
        status=Thread.Status.CLOSED
    )


def _buckets(counts: dict[object, int], labels: dict[object, str]) -> list[Bucket]:
    ordered = sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))
    return [
        Bucket(key=str(key), label=labels.get(key, str(key or "unknown")), waiting=waiting)
        for key, waiting in ordered
    ]


def _waiting(
    team_ids: list[int],
) -> tuple[int, datetime | None, list[Bucket], list[Bucket], list[Bucket]]:
    """The queue by topic, priority and language, its size and oldest wait: one scan, grouped
    by all three (a few hundred rows at most), summed here per figure."""
    rows = (
        _queue(team_ids)
        .values("topic", "priority", "language")
        .annotate(waiting=Count("pk"), oldest=Min("queued_at"))
        .order_by()
    )
    by: dict[str, dict[object, int]] = {"topic": {}, "priority": {}, "language": {}}
    total, oldest = 0, None
    for row in rows:
        total += row["waiting"]
        if row["oldest"] is not None and (oldest is None or row["oldest"] < oldest):
            oldest = row["oldest"]
        for field, counts in by.items():
            counts[row[field]] = counts.get(row[field], 0) + row["waiting"]
    return (
        total,
        oldest,
        _buckets(by["topic"], dict(Thread.Topic.choices)),
        _buckets(by["priority"], dict(Thread.Priority.choices)),
        _buckets(by["language"], {}),
    )


def _per_day(
    responses: QuerySet[ResponseRecord],
    zone: zoneinfo.ZoneInfo,
    since: datetime,
    until: datetime | None,
) -> list[DayPercentiles]:
    rows = responses.filter(responded_at__gte=since)
    if until is not None:
        rows = rows.filter(responded_at__lt=until)
    return [
        DayPercentiles(
            day=row["day"], responses=row["count"], p50_minutes=(row["p50"] or 0) / 60,
            p90_minutes=(row["p90"] or 0) / 60, breached=row["breached"],
        )
        for row in rows.annotate(day=TruncDate("responded_at", tzinfo=zone))
        .values("day")
        .annotate(
            count=Count("pk"),
            p50=Percentile("waited_seconds", 0.5),
            p90=Percentile("waited_seconds", 0.9),
            breached=Count("pk", filter=Q(breached=True)),
        )
        .order_by("-day")
    ]  # fmt: skip


def _days(
    team_ids: list[int], zone: zoneinfo.ZoneInfo, today: datetime, days: int
) -> list[DayPercentiles]:
    """Reply waits per day: today's live, the finished days' from the cache once computed
    (a finished day's replies do not change), so a poll sorts one day's waits, not a week's."""
    responses = ResponseRecord.objects.filter(team_id__in=team_ids)
    current = _per_day(responses, zone, today, None)
    if days <= 1:
        return current
    key = f"queue-health:days:{','.join(map(str, team_ids))}:{zone.key}:{today.date()}:{days}"
    finished = cache.get(key)
    if finished is None:
        finished = _per_day(responses, zone, today - timedelta(days=days - 1), today)
        cache.set(key, finished, timeout=int(timedelta(days=1).total_seconds()))
    return current + finished


def queue_health(*, team_ids: list[int], days: int, now: datetime | None = None) -> QueueHealth:
    now = now or timezone.now()
    zone_name = (
        Team.objects.filter(pk=team_ids[0]).values_list("time_zone", flat=True).first()
        if len(team_ids) == 1
        else None
    ) or "UTC"
    zone = zoneinfo.ZoneInfo(zone_name)
    today = now.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    waiting, oldest, by_topic, by_priority, by_language = _waiting(team_ids)
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
    notices = list(
        SupervisorNotice.objects.filter(team_id__in=team_ids, read_at__isnull=True)
        .only("text", "created_at", "thread_id")
        .order_by("-created_at")[:10]
    )
    availability = dict(AgentProfile.Availability.choices)
    return QueueHealth(
        waiting=waiting,
        oldest_wait=now - oldest if oldest else None,
        by_topic=by_topic,
        by_priority=by_priority,
        by_language=by_language,
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
        days=_days(team_ids, zone, today, days),
        notices=notices,
        time_zone=zone_name,
    )
