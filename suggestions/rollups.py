"""Rollups of outcomes, so the acceptance dashboard answers a year of them quickly.

A job (rollups_update: Celery beat every DASHBOARD_ROLLUP_SECONDS, or `manage.py
rollup_outcomes`) sums each closed day, week (Monday to Sunday) and month, per team for
every combination of topic, agent and model version the dashboard groups or filters by (the
eight subsets of the three: "all topics" is a NULL topic, and so on). Another (open_day_update:
beat every DASHBOARD_OPEN_DAY_SECONDS) rolls up today until OPEN_DAY_LAG ago as day rollups of
today. The dashboard reads whole months, then whole weeks, then the days at the range's edges
(today's so far included) from here, and only what came after (the last minutes) from the
outcomes themselves. Each median's histogram is stored packed (Histogram.pack), so a range's
rows are summed as arrays.

Exact: every count and share (outcome kinds, decisions, drafts shown, member messages; these
by their thread's topic when the day was rolled up). Approximate: the medians,
read from histograms: similarity in buckets of 0.01 (within 0.005 of the exact median), seconds
in buckets 2^(1/32) wide (within 1.1 %). A range with no rolled-up day (today alone, or before
the first run) is computed exactly from the outcomes, as before.

A change to an outcome of a day already rolled up (a late insert, a delete) moves
RollupState.rolled_until back to that day, so that day is read from outcomes until the next run
rolls it up again: the dashboard never shows a stale rollup. Writes that send no signals (raw
SQL, bulk_create, QuerySet.update) must run `rollup_outcomes --rebuild` afterwards. A change
to an outcome or draft of today from before RollupState.open_until clears it, so today is read
from the outcomes until the next open-day run.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, cast

import numpy as np
from django.db import connection, transaction
from django.db.models import Case, F, Min, Q, QuerySet, Sum, Value, When
from django.utils import timezone

from careteam import api as careteam_api
from suggestions.models import Draft, Outcome, OutcomeRollup, RollupState

TOPIC, AGENT, VERSION = 1, 2, 4
LEVELS = range(8)
KINDS = ("as_is", "edited", "discarded", "ignored", "no_draft")
SENT = ("as_is", "edited")

SIMILARITY = "similarity"
TO_SEND = "to_send"
WITH_DRAFT = "with_draft"
NOT_USED = "draft_not_used"
WITHOUT_DRAFT = "without_draft"
MEASURES = (SIMILARITY, TO_SEND, WITH_DRAFT, NOT_USED, WITHOUT_DRAFT)  # also the column names

# The open day is rolled up until this long ago: a write is usually committed by then, and one
# that is not is counted at the next run (open_day_update recomputes the whole day).
OPEN_DAY_LAG = timedelta(minutes=1)

SECONDS_FLOOR = 0.25
SECONDS_STEPS_PER_DOUBLING = 32

# Outcome columns the rollups read, in this order.
COLUMNS = (
    "team_id",
    "decided_at",
    "topic",
    "agent_id",
    "version_id",
    "kind",
    "similarity",
    "seconds_to_send",
    "first_response",
    "response_seconds",
)


def similarity_bucket(value: float) -> int:
    return round(value * 100)


def seconds_bucket(value: float) -> int:
    if value <= 0:
        return 0
    doublings = math.log2(max(value, SECONDS_FLOOR) / SECONDS_FLOOR)
    return 1 + round(doublings * SECONDS_STEPS_PER_DOUBLING)


def bucket_value(measure: str, bucket: int) -> float:
    if measure == SIMILARITY:
        return bucket / 100
    if bucket == 0:
        return 0.0
    return SECONDS_FLOOR * 2 ** ((bucket - 1) / SECONDS_STEPS_PER_DOUBLING)


def measures_of(
    kind: str,
    similarity: float | None,
    seconds_to_send: float | None,
    first_response: bool,
    response_seconds: float | None,
) -> list[tuple[str, int]]:
    """The histogram buckets one outcome adds to (the dashboard's medians' filters)."""
    found = []
    sent = kind in SENT
    if sent and similarity is not None:
        found.append((SIMILARITY, similarity_bucket(similarity)))
    if sent and seconds_to_send is not None:
        found.append((TO_SEND, seconds_bucket(seconds_to_send)))
    if first_response and response_seconds is not None:
        measure = {
            "as_is": WITH_DRAFT,
            "edited": WITH_DRAFT,
            "ignored": NOT_USED,
            "no_draft": WITHOUT_DRAFT,
        }.get(kind)
        if measure:
            found.append((measure, seconds_bucket(response_seconds)))
    return found


class Histogram:
    """Counts per bucket of one median's values. Outcomes are added one bucket at a time (kept
    in a Counter, cheap to add to); stored rollups arrive packed and are summed as arrays (one
    numpy addition per rollup row instead of one per bucket)."""

    __slots__ = ("_array", "_pending")

    def __init__(self) -> None:
        self._array: np.ndarray | None = None  # index: bucket
        self._pending: Counter[int] = Counter()

    def add(self, bucket: int, count: int = 1) -> None:
        self._pending[bucket] += count

    def merge(self, other: Histogram) -> None:
        self._pending.update(other._pending)
        if other._array is not None:
            self._add_array(0, other._array)

    def add_packed(self, packed: bytes | memoryview | None) -> None:
        """Add a histogram stored by pack()."""
        if packed:
            packed = bytes(packed)
            offset = int.from_bytes(packed[:4], "little")
            self._add_array(offset, np.frombuffer(packed, dtype=_PACKED, offset=4))

    def _add_array(self, offset: int, counts: np.ndarray) -> None:
        end = offset + len(counts)
        if self._array is None:
            self._array = np.zeros(max(end, 128), dtype=np.int64)
        elif end > len(self._array):
            self._array = np.concatenate(
                [self._array, np.zeros(max(end, 2 * len(self._array)) - len(self._array), np.int64)]
            )
        self._array[offset:end] += counts

    def dense(self) -> np.ndarray:
        """Counts indexed by bucket (the pending additions folded in)."""
        if self._pending:
            last = max(self._pending)
            buckets = np.fromiter(self._pending.keys(), dtype=np.int64, count=len(self._pending))
            counts = np.fromiter(self._pending.values(), dtype=np.int64, count=len(self._pending))
            self._add_array(0, np.zeros(last + 1, dtype=np.int64))
            assert self._array is not None
            np.add.at(self._array, buckets, counts)
            self._pending.clear()
        return self._array if self._array is not None else np.zeros(0, dtype=np.int64)

    def pack(self) -> bytes:
        """The counts from the first non-empty bucket to the last, as little-endian uint32,
        after the first bucket's number; empty: no bytes."""
        counts = self.dense()
        filled = np.flatnonzero(counts)
        if not len(filled):
            return b""
        first, last = int(filled[0]), int(filled[-1])
        return first.to_bytes(4, "little") + counts[first : last + 1].astype(_PACKED).tobytes()

    def as_dict(self) -> dict[int, int]:
        counts = self.dense()
        return {int(bucket): int(counts[bucket]) for bucket in np.flatnonzero(counts)}

    def median(self, measure: str) -> float | None:
        """PostgreSQL's percentile_cont(0.5) over the buckets' values: the middle value, or the
        mean of the two middle ones."""
        counts = self.dense()
        total = int(counts.sum())
        if not total:
            return None
        running = np.cumsum(counts)
        low_rank, high_rank = (total - 1) // 2, total // 2
        # The first bucket whose running count passes each rank holds that value.
        low = int(np.searchsorted(running, low_rank, side="right"))
        high = int(np.searchsorted(running, high_rank, side="right"))
        return (bucket_value(measure, low) + bucket_value(measure, high)) / 2


_PACKED = np.dtype("<u4")


def median(histogram: dict[int, int], measure: str) -> float | None:
    """The median of {bucket: count} (see Histogram.median)."""
    found = Histogram()
    for bucket, count in histogram.items():
        found.add(bucket, count)
    return found.median(measure)


@dataclass
class Tally:
    counts: Counter[str] = field(default_factory=Counter)
    histograms: dict[str, Histogram] = field(default_factory=lambda: defaultdict(Histogram))
    drafts_shown: int = 0
    member_messages: int = 0

    def add_outcome(self, kind: str, buckets: list[tuple[str, int]]) -> None:
        self.counts[kind] += 1
        for measure, bucket in buckets:
            self.histograms[measure].add(bucket)

    def merge(self, other: Tally) -> None:
        self.counts.update(other.counts)
        for measure, histogram in other.histograms.items():
            self.histograms[measure].merge(histogram)
        self.drafts_shown += other.drafts_shown
        self.member_messages += other.member_messages

    def median(self, measure: str) -> float | None:
        histogram = self.histograms.get(measure)
        return histogram.median(measure) if histogram is not None else None


Key = tuple[int, str | None, int | None, int | None]  # level, topic, agent, version (0: none)


def _keys(topic: str, agent_id: int, version_id: int | None) -> Iterable[Key]:
    for level in LEVELS:
        yield (
            level,
            topic if level & TOPIC else None,
            agent_id if level & AGENT else None,
            (version_id or 0) if level & VERSION else None,
        )


def _day_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    zone = timezone.get_current_timezone()
    return (
        datetime.combine(first, time.min, tzinfo=zone),
        datetime.combine(last + timedelta(days=1), time.min, tzinfo=zone),
    )


def _tally_days(
    first: date, last: date, before: datetime | None = None
) -> dict[tuple[int, date], dict[Key, Tally]]:
    """Every (team, day) of these days (up to `before`, when given), summed for all eight
    levels."""
    start, end = _day_bounds(first, last)
    end = before or end
    tallies: dict[tuple[int, date], dict[Key, Tally]] = defaultdict(lambda: defaultdict(Tally))
    rows = Outcome.objects.filter(decided_at__gte=start, decided_at__lt=end).values_list(*COLUMNS)
    for (team_id, decided_at, topic, agent_id, version_id, kind, similarity, to_send,
         first_response, response_seconds) in rows.iterator(chunk_size=5000):  # fmt: skip
        buckets = measures_of(kind, similarity, to_send, first_response, response_seconds)
        day = tallies[team_id, timezone.localtime(decided_at).date()]
        for key in _keys(topic, agent_id, version_id):
            day[key].add_outcome(kind, buckets)
    drafts = Draft.objects.filter(
        created_at__gte=start, created_at__lt=end, shown=True, attempt=1, team__isnull=False
    ).values_list("team_id", "created_at", "topic")
    for team_id, created_at, topic in drafts.iterator(chunk_size=5000):
        day = tallies[team_id, timezone.localtime(created_at).date()]
        day[0, None, None, None].drafts_shown += 1
        day[TOPIC, topic, None, None].drafts_shown += 1
    counts = careteam_api.member_message_counts_by_day(first=first, last=last, before=before)
    for (team_id, day_of, topic), count in counts.items():
        day = tallies[team_id, day_of]
        day[0, None, None, None].member_messages += count
        day[TOPIC, topic, None, None].member_messages += count
    return tallies


def _row(team_id: int, grain: str, period: date, key: Key, tally: Tally) -> OutcomeRollup:
    level, topic, agent_id, version_id = key
    return OutcomeRollup(
        team_id=team_id,
        grain=grain,
        period=period,
        level=level,
        topic=topic,
        agent_id=agent_id,
        version_id=version_id,
        drafts_shown=tally.drafts_shown,
        member_messages=tally.member_messages,
        **{
            measure: tally.histograms[measure].pack() if measure in tally.histograms else b""
            for measure in MEASURES
        },
        **{kind: tally.counts.get(kind, 0) for kind in KINDS},
    )


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _roll_week(week: date, last_closed: date) -> None:
    """Replace the rollups of one week's closed days, and of the week once all seven are."""
    last = min(week + timedelta(days=6), last_closed)
    tallies = _tally_days(week, last)
    rows = []
    whole: dict[int, dict[Key, Tally]] = defaultdict(lambda: defaultdict(Tally))
    for (team_id, day), keyed in tallies.items():
        for key, tally in keyed.items():
            rows.append(_row(team_id, OutcomeRollup.Grain.DAY, day, key, tally))
            whole[team_id][key].merge(tally)
    complete = last == week + timedelta(days=6)
    if complete:
        for team_id, keyed in whole.items():
            rows.extend(
                _row(team_id, OutcomeRollup.Grain.WEEK, week, key, tally)
                for key, tally in keyed.items()
            )
    with transaction.atomic():
        OutcomeRollup.objects.filter(
            Q(grain=OutcomeRollup.Grain.DAY, period__gte=week, period__lte=last)
            | Q(grain=OutcomeRollup.Grain.WEEK, period=week)
        ).delete()
        OutcomeRollup.objects.bulk_create(rows, batch_size=2000)


def _roll_month(month: date) -> None:
    """A complete month's rollups, summed from its day rollups."""
    last = _next_month(month) - timedelta(days=1)
    days = OutcomeRollup.objects.filter(
        grain=OutcomeRollup.Grain.DAY, period__gte=month, period__lte=last
    ).values_list(
        "team_id",
        "level",
        "topic",
        "agent_id",
        "version_id",
        "drafts_shown",
        "member_messages",
        *KINDS,
        *MEASURES,
    )
    whole: dict[int, dict[Key, Tally]] = defaultdict(lambda: defaultdict(Tally))
    for team_id, level, topic, agent_id, version_id, drafts, messages, *rest in days.iterator(
        chunk_size=5000
    ):
        tally = whole[team_id][level, topic, agent_id, version_id]
        tally.drafts_shown += drafts
        tally.member_messages += messages
        tally.counts.update(dict(zip(KINDS, rest[: len(KINDS)], strict=True)))
        for measure, packed in zip(MEASURES, rest[len(KINDS) :], strict=True):
            tally.histograms[measure].add_packed(packed)
    rows = [
        _row(team_id, OutcomeRollup.Grain.MONTH, month, key, tally)
        for team_id, keyed in whole.items()
        for key, tally in keyed.items()
    ]
    with transaction.atomic():
        OutcomeRollup.objects.filter(grain=OutcomeRollup.Grain.MONTH, period=month).delete()
        OutcomeRollup.objects.bulk_create(rows, batch_size=2000)


def _first_day() -> date | None:
    firsts = [
        Outcome.objects.aggregate(first=Min("decided_at"))["first"],
        Draft.objects.aggregate(first=Min("created_at"))["first"],
    ]
    known = [timezone.localtime(first).date() for first in firsts if first is not None]
    return min(known) if known else None


def rollups_update(*, rebuild: bool = False, today: date | None = None) -> int:
    """Roll up every closed day not rolled up yet (all of them with rebuild). Returns the number
    of weeks rolled. Safe to run twice or concurrently with writes (see the module's note)."""
    today = today or timezone.localdate()
    weeks = 0
    for _ in range(3):  # a change during the run means another round from where it points
        state, _ = RollupState.objects.get_or_create(pk=1)
        start = None if rebuild else state.rolled_until
        if start is None:
            start = _first_day() or today
        week = monday(start)
        while week < today:
            _roll_week(week, today - timedelta(days=1))
            week += timedelta(days=7)
            weeks += 1
        month = monday(start).replace(day=1)
        while _next_month(month) <= today:  # every complete month the run touched
            _roll_month(month)
            month = _next_month(month)
        done = RollupState.objects.filter(pk=1, changes=state.changes).update(rolled_until=today)
        if done:
            return weeks
        rebuild = False
    return weeks


def open_day_update(*, now: datetime | None = None) -> bool:
    """Roll up the open day so far: today's outcomes, drafts and member messages until
    OPEN_DAY_LAG ago, as day rollups of today (RollupState.open_until says how far they reach),
    so the dashboard reads only the last minutes from the outcomes. Runs only once the closed
    days are rolled up to today (rollups_update), and recomputes the whole day each time, so a
    missed change lasts one run at most. Returns whether it rolled."""
    now = now or timezone.now()
    cutoff = now - OPEN_DAY_LAG
    day = timezone.localtime(cutoff).date()
    state, _ = RollupState.objects.get_or_create(pk=1)
    if state.rolled_until != day or timezone.localtime(now).date() != day:
        return False  # the closed days are behind, or the first minutes after midnight
    tallies = _tally_days(day, day, before=cutoff)
    rows = [
        _row(team_id, OutcomeRollup.Grain.DAY, day, key, tally)
        for (team_id, _day), keyed in tallies.items()
        for key, tally in keyed.items()
    ]
    with transaction.atomic():
        OutcomeRollup.objects.filter(grain=OutcomeRollup.Grain.DAY, period=day).delete()
        OutcomeRollup.objects.bulk_create(rows, batch_size=2000)
        done = RollupState.objects.filter(pk=1, changes=state.changes, rolled_until=day).update(
            open_until=cutoff
        )
        if not done:  # a change or a closed-day run since this one began: keep what was there
            transaction.set_rollback(True)
    return bool(done)


def mark_changed(moment: datetime) -> None:
    """An outcome or draft of this moment changed: read its day from the outcomes again (a
    closed day until the next rollup run; today, from before that moment, until the next
    open-day run)."""
    day = timezone.localtime(moment).date()
    if day < timezone.localdate():
        RollupState.objects.filter(pk=1).update(
            rolled_until=_earlier(day), changes=F("changes") + 1
        )
    # Not skipped for a write stamped "now": open_until comes from the clock of whichever
    # process ran the open-day rollup, and a web process whose clock is behind it by more than
    # the lag writes outcomes before open_until that the dashboard would not read for a minute.
    RollupState.objects.filter(pk=1, open_until__gt=moment).update(
        open_until=None, changes=F("changes") + 1
    )


def _earlier(day: date) -> Case:
    return Case(When(rolled_until__gt=day, then=Value(day)), default=F("rolled_until"))


def outcome_changed(sender: object, instance: Outcome, **kwargs: object) -> None:
    if kwargs.get("created", True):  # post_save of a new row, or post_delete
        mark_changed(instance.decided_at)


def draft_changed(sender: object, instance: Draft, **kwargs: object) -> None:
    if kwargs.get("created", True) and instance.created_at is not None:
        mark_changed(instance.created_at)


# --- Reading -----------------------------------------------------------------------------------


def rolled_state() -> tuple[date | None, datetime | None]:
    """How far the closed days and the open day are rolled up."""
    found = RollupState.objects.filter(pk=1).values_list("rolled_until", "open_until").first()
    return found if found is not None else (None, None)


@dataclass(frozen=True)
class Periods:
    """The rolled-up part of a date range: whole months, whole weeks in what is left, and the
    days at the edges."""

    months: list[date]
    weeks: list[date]
    days: list[date]

    @classmethod
    def between(cls, first: date, last: date) -> Periods:
        months = []
        month = first if first.day == 1 else _next_month(first)
        while _next_month(month) - timedelta(days=1) <= last:
            months.append(month)
            month = _next_month(month)
        if not months:
            weeks, days = _weeks_and_days(first, last)
            return cls([], weeks, days)
        before = _weeks_and_days(first, months[0] - timedelta(days=1))
        after = _weeks_and_days(_next_month(months[-1]), last)
        return cls(months, before[0] + after[0], before[1] + after[1])

    def q(self) -> Q:
        return (
            Q(grain=OutcomeRollup.Grain.MONTH, period__in=self.months)
            | Q(grain=OutcomeRollup.Grain.WEEK, period__in=self.weeks)
            | Q(grain=OutcomeRollup.Grain.DAY, period__in=self.days)
        )


def _next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


def _weeks_and_days(first: date, last: date) -> tuple[list[date], list[date]]:
    weeks, days = [], []
    day = first
    while day <= last:
        if day.weekday() == 0 and day + timedelta(days=6) <= last:
            weeks.append(day)
            day += timedelta(days=7)
        else:
            days.append(day)
            day += timedelta(days=1)
    return weeks, days


_GROUP_COLUMNS = {
    "topic": ("topic", TOPIC),
    "agent": ("agent_id", AGENT),
    "version": ("version_id", VERSION),
}


def rolled(
    *,
    team_ids: Iterable[int],
    periods: Periods | Q,
    topic: str,
    agent_id: int | None,
    group: str | None,
    measures: Iterable[str],
) -> dict[object, Tally]:
    """Counts and histograms summed over rollup rows, per value of `group` (None: one total)."""
    return rolled_many(
        team_ids=team_ids,
        periods=periods,
        topic=topic,
        agent_id=agent_id,
        groups={group: list(measures)},
    )[group]


def rolled_many(
    *,
    team_ids: Iterable[int],
    periods: Periods | Q,
    topic: str,
    agent_id: int | None,
    groups: dict[str | None, list[str]],
) -> dict[str | None, dict[object, Tally]]:
    """rolled() for several groupings (each with its measures) in one query."""
    team_ids = list(team_ids)
    selects = []
    for group, measures in groups.items():
        level = (TOPIC if topic else 0) | (AGENT if agent_id else 0)
        column = None
        if group is not None:
            column, bit = _GROUP_COLUMNS[group]
            level |= bit
        rows = OutcomeRollup.objects.filter(team_id__in=team_ids, level=level).filter(
            periods.q() if isinstance(periods, Periods) else periods
        )
        if topic:
            rows = rows.filter(topic=topic)
        if agent_id:
            rows = rows.filter(agent_id=agent_id)
        selects.append((rows, column, measures))
    found: dict[str | None, dict[object, Tally]] = {group: defaultdict(Tally) for group in groups}
    names = list(groups)
    for spec, key, *values in _rows(selects):
        group = names[spec]
        if key is not None and group in ("agent", "version"):
            key = int(key)
        tally = found[group][key]
        tally.counts.update(dict(zip(KINDS, values[: len(KINDS)], strict=True)))
        for measure, packed in zip(MEASURES, values[len(KINDS) :], strict=True):
            if packed:
                tally.histograms[measure].add_packed(packed)
    return found


def _rows(
    selects: list[tuple[QuerySet[OutcomeRollup], str | None, list[str]]],
) -> list[tuple[Any, ...]]:
    """The rollup rows of every select in one query: (select's index, group as text, the kinds'
    counts, then every measure's packed histogram, NULL where that select needs none). The
    histograms are summed here (Histogram.add_packed), one array addition per row."""
    ctes, parts, params = [], [], []
    for index, (rows, column, measures) in enumerate(selects):
        assert set(measures) <= set(MEASURES)
        columns = [column] if column else []
        inner, inner_params = rows.values(*columns, *KINDS, *measures).query.sql_with_params()
        ctes.append(f"r{index} AS ({inner})")
        params.extend(inner_params)
        r = f"r{index}"
        group = f"CAST({r}.{connection.ops.quote_name(column)} AS TEXT)" if column else "NULL"
        # Kinds, measures and columns are this module's names, never input.
        histograms = [
            f"{r}.{connection.ops.quote_name(measure)}"
            if measure in measures
            else "CAST(NULL AS BYTEA)"
            for measure in MEASURES
        ]
        parts.append(
            f"SELECT {index}, {group}, {', '.join(f'{r}.{kind}' for kind in KINDS)}, "  # noqa: S608
            f"{', '.join(histograms)} FROM {r}"
        )
    sql = f"WITH {', '.join(ctes)} {' UNION ALL '.join(parts)}"
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def messages_and_drafts(
    *, team_ids: Iterable[int], periods: Periods, topic: str
) -> tuple[int, int]:
    """Member messages, and those of them that got a draft, over the rolled-up periods."""
    rows = OutcomeRollup.objects.filter(
        team_id__in=list(team_ids), level=TOPIC if topic else 0
    ).filter(periods.q())
    if topic:
        rows = rows.filter(topic=topic)
    sums = rows.aggregate(messages=Sum("member_messages"), drafts=Sum("drafts_shown"))
    return sums["messages"] or 0, sums["drafts"] or 0


def daily_counts(
    *, team_ids: Iterable[int], first: date, last: date, topic: str, agent_id: int | None
) -> dict[date, Counter[str]]:
    """Outcome counts per rolled-up day (the chart)."""
    level = (TOPIC if topic else 0) | (AGENT if agent_id else 0)
    rows = OutcomeRollup.objects.filter(
        team_id__in=list(team_ids),
        level=level,
        grain=OutcomeRollup.Grain.DAY,
        period__gte=first,
        period__lte=last,
    )
    if topic:
        rows = rows.filter(topic=topic)
    if agent_id:
        rows = rows.filter(agent_id=agent_id)
    found: dict[date, Counter[str]] = defaultdict(Counter)
    # The stubs type the row by its literal keys ("period"); the sums' names are KINDS.
    sums = cast(
        Iterable[Mapping[str, Any]],
        rows.values("period").annotate(**{kind: Sum(kind) for kind in KINDS}),
    )
    for values in sums:
        found[values["period"]].update({kind: values[kind] or 0 for kind in KINDS})
    return found


# One outcome read for the dashboard: its COLUMNS values and the histogram buckets it adds to.
RawOutcome = tuple[tuple, list[tuple[str, int]]]


def raw_outcomes(rows: QuerySet[Outcome]) -> list[RawOutcome]:
    """The outcome rows of the days not rolled up yet, read once per page and shared by every
    table (each used to read them again)."""
    return [
        (row, measures_of(*row[5:])) for row in rows.values_list(*COLUMNS).iterator(chunk_size=5000)
    ]


def raw(outcomes: Iterable[RawOutcome], group: str | None) -> dict[object, Tally]:
    """The same tallies from outcome rows (the days not rolled up yet)."""
    tallies: dict[object, Tally] = defaultdict(Tally)
    position = (
        COLUMNS.index({"topic": "topic", "agent": "agent_id", "version": "version_id"}[group])
        if group
        else None
    )
    for row, buckets in outcomes:
        key = row[position] if position is not None else None
        tallies[key].add_outcome(row[5], buckets)
    return tallies


def raw_daily(outcomes: Iterable[RawOutcome]) -> dict[date, Counter[str]]:
    found: dict[date, Counter[str]] = defaultdict(Counter)
    for row, _ in outcomes:
        found[timezone.localtime(row[1]).date()][row[5]] += 1
    return found
