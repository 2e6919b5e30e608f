"""The supervisors' acceptance figures.

Outcomes carry their team, topic, agent, model version and time, so each table is a GROUP BY
over one indexed table. A range that reaches days already rolled up (suggestions.rollups) reads
those from the rollups (exact counts, medians from histograms), today so far from the open
day's rollup when there is one, and only what came after from the outcomes; a range of days
not rolled up yet is computed exactly from the outcomes (the direct_* functions, which the
tests also compare the rollups with). Figures only: no message text, member name or diff ever
reaches the dashboard.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncDay, TruncWeek
from django.utils import timezone

from careteam import api as careteam_api
from suggestions import rollups
from suggestions.aggregates import Median
from suggestions.models import Draft, ModelVersion, Outcome
from suggestions.registry import active_version
from suggestions.selectors import topic_gates

DECISIONS = (Outcome.Kind.AS_IS, Outcome.Kind.EDITED, Outcome.Kind.DISCARDED, Outcome.Kind.IGNORED)
SENT_FROM_DRAFT = Q(kind__in=[Outcome.Kind.AS_IS, Outcome.Kind.EDITED])


@dataclass(frozen=True)
class Filters:
    team_ids: tuple[int, ...]
    since: date
    until: date
    topic: str = ""
    agent_id: int | None = None
    bucket: str = "day"  # or "week"

    def bounds(self) -> tuple[datetime, datetime]:
        zone = timezone.get_current_timezone()
        start = datetime.combine(self.since, time.min, tzinfo=zone)
        end = datetime.combine(self.until + timedelta(days=1), time.min, tzinfo=zone)
        return start, end


# How far the rollups reach (the closed days, the open day), read once per page (inside
# reporting()).
_rolled_until: ContextVar[tuple[date | None, datetime | None] | None] = ContextVar(
    "rolled_until", default=None
)
# The outcomes not rolled up yet, read once per page and filters (inside reporting()).
_raw_read: ContextVar[dict[tuple[Filters, datetime], list[rollups.RawOutcome]] | None] = ContextVar(
    "raw_read", default=None
)


@contextmanager
def reporting() -> Iterator[None]:
    """The dashboard's queries in one transaction, with room to sort its medians in memory
    (PostgreSQL's work_mem for this transaction only: DASHBOARD_WORK_MEM), all from one
    snapshot: the open day's rollup is replaced every minute, and the page must read it with the
    open_until it read, or it would count that minute twice."""
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                if outermost:  # (SQLite's transactions are serializable already)
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                # One round trip: the transaction's work_mem and how far the rollups reach.
                cursor.execute(
                    "SELECT set_config('work_mem', %s, true), rolled_until, open_until "
                    "FROM (SELECT 1) AS one LEFT JOIN suggestions_rollupstate ON id = 1",
                    [settings.DASHBOARD_WORK_MEM],
                )
                _, rolled_until, open_until = cursor.fetchone()
        else:
            rolled_until, open_until = rollups.rolled_state()
        token = _rolled_until.set((rolled_until, open_until))
        raw_token = _raw_read.set({})
        rolled_token = _rolled_read.set({})
        try:
            yield
        finally:
            _rolled_read.reset(rolled_token)
            _raw_read.reset(raw_token)
            _rolled_until.reset(token)


# The headline's and the tables' rollup sums, read in one query (inside reporting()); each is
# handed out once, since its caller adds the days not rolled up to it.
_ROLLED_MEASURES: dict[str | None, list[str]] = {
    None: [
        rollups.SIMILARITY,
        rollups.TO_SEND,
        rollups.WITH_DRAFT,
        rollups.NOT_USED,
        rollups.WITHOUT_DRAFT,
    ],
    "agent": [rollups.SIMILARITY, rollups.TO_SEND],
    "topic": [rollups.SIMILARITY, rollups.TO_SEND],
    "version": [rollups.SIMILARITY, rollups.TO_SEND],
}
_rolled_read: ContextVar[dict[Filters, dict[str | None, dict[object, rollups.Tally]]] | None] = (
    ContextVar("rolled_read", default=None)
)


def _rolled(
    filters: Filters, periods: rollups.Periods, group: str | None
) -> dict[object, rollups.Tally]:
    read = _rolled_read.get()
    if read is not None and group in read.get(filters, {}):
        return read[filters].pop(group)
    groups = (
        _ROLLED_MEASURES
        if read is not None and filters not in read
        else {group: _ROLLED_MEASURES[group]}
    )
    found = rollups.rolled_many(
        team_ids=filters.team_ids,
        periods=periods,
        topic=filters.topic,
        agent_id=filters.agent_id,
        groups=groups,
    )
    tallies = found.pop(group)
    if read is not None and filters not in read:
        read[filters] = found
    return tallies


def default_range(today: date | None = None) -> tuple[date, date]:
    today = today or timezone.localdate()
    return today - timedelta(days=29), today


def outcomes(filters: Filters) -> QuerySet[Outcome]:
    start, end = filters.bounds()
    rows = Outcome.objects.filter(
        team_id__in=filters.team_ids, decided_at__gte=start, decided_at__lt=end
    )
    if filters.topic:
        rows = rows.filter(topic=filters.topic)
    if filters.agent_id:
        rows = rows.filter(agent_id=filters.agent_id)
    return rows


def _kind_counts() -> dict[str, Count]:
    # COUNT(kind), not COUNT(id): the covering indexes hold every column the figures read.
    return {kind.value: Count("kind", filter=Q(kind=kind)) for kind in DECISIONS}


@dataclass
class Row:
    """Acceptance for one agent, topic, model version or time bucket."""

    key: object
    label: str
    counts: dict[str, int]
    median_similarity: float | None = None
    median_seconds_to_send: float | None = None

    # Cached: the page reads each several times per row, and counts are not changed once set.
    @cached_property
    def decided(self) -> int:
        return sum(self.counts.get(kind.value, 0) for kind in DECISIONS)

    def share(self, kind: str) -> float | None:
        return self.counts.get(kind, 0) / self.decided if self.decided else None

    @cached_property
    def shares(self) -> dict[str, float | None]:
        return {kind.value: self.share(kind.value) for kind in DECISIONS}

    @property
    def accepted(self) -> float | None:
        """Sent as is or after edits, of all decisions."""
        if not self.decided:
            return None
        return (self.counts.get("as_is", 0) + self.counts.get("edited", 0)) / self.decided


def _row(values: Mapping[str, object], key: object, label: str) -> Row:
    return Row(
        key=key,
        label=label,
        counts={kind.value: int(values[kind.value] or 0) for kind in DECISIONS},  # type: ignore[call-overload]
        median_similarity=values.get("median_similarity"),  # type: ignore[arg-type]
        median_seconds_to_send=values.get("median_seconds_to_send"),  # type: ignore[arg-type]
    )


def _grouped(filters: Filters, dimension: str) -> list[tuple[object, Row]]:
    """(key, row) per value of the dimension that has decisions, ordered by key."""
    planned = plan(filters)
    if planned.periods is None:
        return [
            (values[dimension], _row(values, values[dimension], ""))
            for values in _direct_grouped(filters, dimension)
        ]
    tallies = _rolled(filters, planned.periods, dimension)
    if planned.raw_from is not None:
        for key, tally in rollups.raw(_raw_rows(filters, planned.raw_from), dimension).items():
            tallies[key].merge(tally)
    found = []
    for key, tally in tallies.items():
        row = _tally_row(tally, None if dimension == "version" and key == 0 else key, "")
        if row.decided:
            found.append((row.key, row))
    return sorted(found, key=lambda item: (item[0] is None, item[0]))


def direct_rows(filters: Filters, dimension: str) -> dict[object, Row]:
    """The rows computed exactly from the outcomes, by key (what the rollups must equal)."""
    return {
        values[dimension]: _row(values, values[dimension], "")
        for values in _direct_grouped(filters, dimension)
    }


def _direct_grouped(filters: Filters, dimension: str) -> list[dict[str, object]]:
    return list(
        outcomes(filters)
        .filter(kind__in=DECISIONS)
        .values(dimension)
        .annotate(
            **_kind_counts(),
            median_similarity=Median("similarity", filter=SENT_FROM_DRAFT),
            median_seconds_to_send=Median("seconds_to_send", filter=SENT_FROM_DRAFT),
        )
        .order_by(dimension)
    )


@dataclass(frozen=True)
class Plan:
    """Where a range's figures come from."""

    periods: rollups.Periods | None  # the rolled-up periods (None: no day of it is rolled up)
    last_rolled: date | None  # the last day read from rollups (the open day: in part)
    raw_from: datetime | None  # the first moment read from the outcomes (None: nothing is)


def plan(filters: Filters) -> Plan:
    """The range's rolled-up periods: the closed days, and the open day's rollup (today until
    a minute ago) when it continues them; then the outcomes from where those end."""
    known = _rolled_until.get()
    rolled_until, open_until = known if known is not None else rollups.rolled_state()
    start, _ = filters.bounds()
    if rolled_until is None or filters.since >= rolled_until:
        return Plan(None, None, start)
    last_rolled = min(filters.until, rolled_until - timedelta(days=1))
    periods = rollups.Periods.between(filters.since, last_rolled)
    if rolled_until > filters.until:
        return Plan(periods, last_rolled, None)
    zone = timezone.get_current_timezone()
    if open_until is not None and timezone.localtime(open_until, zone).date() == rolled_until:
        # The open day is read as one day rollup (never within a week's: its week is open).
        periods = rollups.Periods(periods.months, periods.weeks, [*periods.days, rolled_until])
        return Plan(periods, rolled_until, open_until)
    return Plan(periods, last_rolled, datetime.combine(rolled_until, time.min, tzinfo=zone))


def _raw_rows(filters: Filters, start: datetime) -> list[rollups.RawOutcome]:
    """The outcomes from `start` on, read once per page (reporting()) for every table."""
    read = _raw_read.get()
    if read is not None and (filters, start) in read:
        return read[(filters, start)]
    found = rollups.raw_outcomes(outcomes(filters).filter(decided_at__gte=start))
    if read is not None:
        read[(filters, start)] = found
    return found


def _tally_row(tally: rollups.Tally, key: object, label: str) -> Row:
    return Row(
        key=key,
        label=label,
        counts={kind.value: tally.counts.get(kind.value, 0) for kind in DECISIONS},
        median_similarity=tally.median(rollups.SIMILARITY),
        median_seconds_to_send=tally.median(rollups.TO_SEND),
    )


def _labelled(
    rows: list[tuple[Any, Row]], labels: Mapping[Any, str], default: Callable[[Any], str]
) -> list[Row]:
    for key, row in rows:
        row.label = labels.get(key, default(key))
    return [row for _, row in rows]


def by_agent(filters: Filters, staff: list[careteam_api.StaffMember] | None = None) -> list[Row]:
    """`staff`: the teams' staff if the caller read them already (the filter form does)."""
    if staff is None:
        staff = careteam_api.team_staff(team_ids=list(filters.team_ids))
    names = {s.user_id: s.name for s in staff}
    rows = _labelled(_grouped(filters, "agent"), names, lambda key: f"staff #{key}")
    return sorted(rows, key=lambda row: row.label.lower())


def by_topic(filters: Filters) -> list[Row]:
    return _labelled(_grouped(filters, "topic"), dict(careteam_api.THREAD_TOPICS), str)


def by_version(filters: Filters) -> list[Row]:
    labels = dict(ModelVersion.objects.values_list("pk", "label"))
    return _labelled(_grouped(filters, "version"), labels, lambda key: "none")


def over_time(filters: Filters) -> list[Row]:
    """One row per day or week in the range, empty buckets included, oldest first."""
    planned = plan(filters)
    if planned.periods is None or planned.last_rolled is None:
        return direct_over_time(filters)
    daily = rollups.daily_counts(
        team_ids=filters.team_ids,
        first=filters.since,
        last=planned.last_rolled,
        topic=filters.topic,
        agent_id=filters.agent_id,
    )
    if planned.raw_from is not None:
        for day, counts in rollups.raw_daily(_raw_rows(filters, planned.raw_from)).items():
            daily[day].update(counts)  # the open day: its rollup and its last minutes
    week = filters.bucket == "week"
    grouped: dict[date, dict[str, int]] = {}
    for day, counts in daily.items():
        bucket = day - timedelta(days=day.weekday()) if week else day
        totals = grouped.setdefault(bucket, {kind.value: 0 for kind in DECISIONS})
        for kind in DECISIONS:
            totals[kind.value] += counts.get(kind.value, 0)
    return _timeline(filters, grouped)


def direct_over_time(filters: Filters) -> list[Row]:
    trunc = TruncWeek if filters.bucket == "week" else TruncDay
    grouped = {
        _bucket_date(values["bucket"]): values
        for values in outcomes(filters)
        .filter(kind__in=DECISIONS)
        .annotate(bucket=trunc("decided_at"))
        .values("bucket")
        .annotate(**_kind_counts())
        .order_by("bucket")
    }
    return _timeline(filters, grouped)


def _timeline(filters: Filters, grouped: Mapping[date, Mapping[str, object]]) -> list[Row]:
    step = timedelta(days=7 if filters.bucket == "week" else 1)
    start = filters.since - timedelta(days=filters.since.weekday() if step.days == 7 else 0)
    rows = []
    day = start
    while day <= filters.until:
        empty = {kind.value: 0 for kind in DECISIONS}
        rows.append(_row(grouped.get(day, empty), day, day.isoformat()))
        day += step
    return rows


def _bucket_date(value: datetime) -> date:
    """TruncDay and TruncWeek give aware datetimes in the current time zone."""
    return timezone.localtime(value).date()


@dataclass
class Headline:
    totals: Row
    member_messages: int
    messages_with_draft: int
    median_similarity: float | None
    response_seconds: dict[str, float | None] = field(default_factory=dict)

    @property
    def draft_share(self) -> float | None:
        if not self.member_messages:
            return None
        return self.messages_with_draft / self.member_messages


def headline(filters: Filters) -> Headline:
    planned = plan(filters)
    if planned.periods is None:
        return direct_headline(filters)
    tally = _rolled(filters, planned.periods, None)[None]
    messages, drafts = rollups.messages_and_drafts(
        team_ids=filters.team_ids, periods=planned.periods, topic=filters.topic
    )
    if planned.raw_from is not None:
        for part in rollups.raw(_raw_rows(filters, planned.raw_from), None).values():
            tally.merge(part)
        drafts += _shown_first_drafts(filters, planned.raw_from)
        messages += _member_messages(filters, planned.raw_from)
    totals = _tally_row(tally, "all", "All")
    return Headline(
        totals=totals,
        member_messages=messages,
        messages_with_draft=drafts,
        median_similarity=totals.median_similarity,
        response_seconds={
            "with_draft": tally.median(rollups.WITH_DRAFT),
            "draft_not_used": tally.median(rollups.NOT_USED),
            "without_draft": tally.median(rollups.WITHOUT_DRAFT),
        },
    )


def _member_messages(filters: Filters, start: datetime) -> int:
    return careteam_api.member_message_counts(
        team_ids=list(filters.team_ids),
        since=None,
        since_at=start,
        until=filters.until,
        topic=filters.topic,
    )


def _shown_first_drafts(filters: Filters, start: datetime) -> int:
    """Member messages that got a draft: a later attempt exists only after a shown first one,
    so shown first attempts count them."""
    _, end = filters.bounds()
    drafts = Draft.objects.filter(
        team_id__in=filters.team_ids,
        created_at__gte=start,
        created_at__lt=end,
        shown=True,
        attempt=1,
    )
    if filters.topic:
        drafts = drafts.filter(topic=filters.topic)
    return drafts.aggregate(n=Count("*"))["n"]


def direct_headline(filters: Filters) -> Headline:
    first = Q(first_response=True)
    # One pass over the range: the decisions' figures and the first-response medians together.
    totals = outcomes(filters).aggregate(
        **_kind_counts(),
        median_similarity=Median("similarity", filter=SENT_FROM_DRAFT),
        median_seconds_to_send=Median("seconds_to_send", filter=SENT_FROM_DRAFT),
        with_draft=Median("response_seconds", filter=first & SENT_FROM_DRAFT),
        draft_not_used=Median("response_seconds", filter=first & Q(kind=Outcome.Kind.IGNORED)),
        without_draft=Median("response_seconds", filter=first & Q(kind=Outcome.Kind.NO_DRAFT)),
    )
    response_seconds = {
        key: totals[key] for key in ("with_draft", "draft_not_used", "without_draft")
    }
    return Headline(
        totals=_row(totals, "all", "All"),
        member_messages=_member_messages(filters, filters.bounds()[0]),
        messages_with_draft=_shown_first_drafts(filters, filters.bounds()[0]),
        median_similarity=totals["median_similarity"],
        response_seconds=response_seconds,
    )


@dataclass(frozen=True)
class GateRow:
    team_id: int
    topic: str
    label: str
    decided: int
    accepted_share: float
    threshold: float | None  # None: paused


def topic_gate_rows(filters: Filters) -> list[GateRow]:
    """Topics whose outcomes changed when the active model's drafts are shown: paused ones
    (agents accepted too few at any confidence) and those shown only from a raised confidence.
    """
    version = active_version()
    if version is None:
        return []
    labels = dict(careteam_api.THREAD_TOPICS)
    rows = [
        GateRow(
            team_id,
            gate.topic,
            labels.get(gate.topic, gate.topic),
            gate.decided,
            gate.accepted_share,
            gate.threshold,
        )
        for team_id in filters.team_ids
        for gate in topic_gates(team_id=team_id, version_id=version.pk).values()
    ]
    floor = settings.SUGGESTION_MIN_CONFIDENCE
    return [row for row in rows if row.threshold is None or row.threshold > floor]
