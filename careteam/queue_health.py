"""The queue health page's figures: one aggregate query each, however many threads there are.

The queue is the teams' open threads that nobody has (see careteam.routing); loads count each
agent's threads that are not closed.
"""

from __future__ import annotations

import time
import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TypedDict

from django.conf import settings
from django.db.models import Count, Min, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from careteam import selectors, softcache
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


# A finished day with no replies, kept in the cache so it is not asked for again.
NO_REPLIES = "none"


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


class QueueGroup(TypedDict):
    """The waiting threads of one topic, priority and language."""

    topic: str
    priority: int
    language: str
    waiting: int
    oldest: datetime | None


def _queue_groups(team_ids: list[int]) -> list[QueueGroup]:
    """The queue grouped by topic, priority and language (a few hundred rows at most).

    Counting means reading every waiting thread (~96,000 in the benchmark), done as an
    index-only scan of the narrow thread_queue_groups_idx in group order (the whole page's
    database CPU per recount fell from ~75 to ~28 ms there, from a scan of the table). The
    groups are still kept in the cache with the change counter they were counted at
    (selectors.change_counter, moved by every write to threads): while it has not moved the
    groups are exact and reused; after it moved they are reused for at most
    QUEUE_HEALTH_MAX_AGE_SECONDS, so many supervisors polling a busy queue count it about once
    per interval, not once each.
    """
    counter = selectors.change_counter()
    key = f"queue-health:groups:{','.join(map(str, team_ids))}"
    cached = softcache.get(key) if counter is not None else None
    now = time.time()  # wall clock: the cache is shared by processes on several hosts
    if cached is not None and (
        cached["counter"] == counter
        or 0 <= now - cached["at"] < settings.QUEUE_HEALTH_MAX_AGE_SECONDS
    ):
        return list(cached["rows"])
    rows = list(
        _queue(team_ids)
        .values("topic", "priority", "language")
        # COUNT(*), not COUNT(id): id is not in thread_queue_groups_idx, so counting it would
        # send the scan to the table instead of the index.
        .annotate(waiting=Count("*"), oldest=Min("queued_at"))
        .order_by()
    )
    if counter is not None:
        softcache.set(key, {"counter": counter, "at": now, "rows": rows}, timeout=3600)
    return rows


def _waiting(
    team_ids: list[int],
) -> tuple[int, datetime | None, list[Bucket], list[Bucket], list[Bucket]]:
    """The queue by topic, priority and language, its size and oldest wait: one grouped scan,
    summed here per figure."""
    rows = _queue_groups(team_ids)
    by_topic: dict[object, int] = {}
    by_priority: dict[object, int] = {}
    by_language: dict[object, int] = {}
    total, oldest = 0, None
    for row in rows:
        total += row["waiting"]
        if row["oldest"] is not None and (oldest is None or row["oldest"] < oldest):
            oldest = row["oldest"]
        for counts, key in (
            (by_topic, row["topic"]),
            (by_priority, row["priority"]),
            (by_language, row["language"]),
        ):
            counts[key] = counts.get(key, 0) + row["waiting"]
    return (
        total,
        oldest,
        _buckets(by_topic, dict(Thread.Topic.choices)),
        _buckets(by_priority, dict(Thread.Priority.choices)),
        _buckets(by_language, {}),
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
            day=row["day"],
            responses=row["count"],
            p50_minutes=(row["p50"] or 0) / 60,
            p90_minutes=(row["p90"] or 0) / 60,
            breached=row["breached"],
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
    ]


def _days(
    team_ids: list[int], zone: zoneinfo.ZoneInfo, today: datetime, days: int
) -> list[DayPercentiles]:
    """Reply waits per day: today's live, each finished day's from the cache once computed (a
    finished day's replies do not change). Days are cached one by one, so the first view of a
    new day computes only the day that just ended, in one query with any other missing days."""
    responses = ResponseRecord.objects.filter(team_id__in=team_ids)
    current = _per_day(responses, zone, today, None)
    if days <= 1:
        return current
    prefix = f"queue-health:day:{','.join(map(str, team_ids))}:{zone.key}"
    wanted = [(today - timedelta(days=back)).date() for back in range(1, days)]
    keys = {day: f"{prefix}:{day}" for day in wanted}
    found = softcache.get_many(list(keys.values()))
    missing = [day for day in wanted if keys[day] not in found]
    if missing:
        since = datetime.combine(min(missing), datetime.min.time(), tzinfo=zone)
        computed = {row.day: row for row in _per_day(responses, zone, since, today)}
        fresh = {keys[day]: computed.get(day, NO_REPLIES) for day in missing}
        softcache.set_many(fresh, timeout=int(timedelta(days=days + 1).total_seconds()))
        found.update(fresh)
    finished = [found[keys[day]] for day in wanted]
    return current + [row for row in finished if row != NO_REPLIES]


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
    # Each agent's open threads, counted per agent from the partial index on open threads by
    # assignee (thread_mine_idx) rather than by joining every thread they ever had.
    open_load = (
        Thread.objects.filter(assignee_id=OuterRef("user_id"))
        .exclude(status=Thread.Status.CLOSED)
        .order_by()
        .values("assignee_id")
        .annotate(count=Count("pk"))
        .values("count")
    )
    agents = (
        AgentProfile.objects.filter(user__in=staff, user__is_active=True)
        .annotate(load=Coalesce(Subquery(open_load), 0))
        .values(
            "user__first_name",
            "user__last_name",
            "user__username",
            "availability",
            "capacity",
            "load",
        )
        .order_by("availability", "user__first_name", "user__username")
    )
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
