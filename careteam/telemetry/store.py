"""Duration histograms shared by every process, kept per minute, per hour and in total.

Why Redis and these shapes: a request adds one to a bucket of a few hashes in one pipelined
round trip (HINCRBY is atomic, so concurrent workers never lose a count, and a worker that is
recycled or killed loses nothing it already recorded). The admins' page sums the last 60 minute
hashes (the hour) or the last 24 hour hashes (the day); Prometheus reads the cumulative hash.
A database row per request would add a write to every read; per-process histograms (the
prometheus_client default) would need every gunicorn worker and every Celery host scraped and
could not answer "the last hour".

Buckets grow by 2^(1/8) (9 %) from 0.5 ms, so a percentile read from them (the bucket's
geometric middle) is within 4.5 % of the exact one. Without a Redis URL (the demo: one process)
the same hashes live in this process's memory.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import redis
from django.conf import settings

from careteam.pause import ServerPause

logger = logging.getLogger(__name__)

REQUEST = "request"
TASK = "task"
JOB = "job"
KINDS = (REQUEST, TASK, JOB)

SMALLEST_SECONDS = 0.0005
STEPS_PER_DOUBLING = 8
GROWTH = 2 ** (1 / STEPS_PER_DOUBLING)
LAST_BUCKET = STEPS_PER_DOUBLING * 21  # 0.5 ms x 2^21 = about 17 minutes; longer ones count here
SEPARATOR = "\t"
SUM_FIELD = "sum"
MINUTE_KEEP_SECONDS = 2 * 3600
HOUR_KEEP_SECONDS = 26 * 3600
# After Redis failed, recording is skipped this long: a request never waits on its metrics.
FAILURE_PAUSE_SECONDS = 10

_pause = ServerPause(lambda: settings.METRICS_REDIS_URL, otherwise="metrics")


def bucket_of(seconds: float) -> int:
    """Bucket i holds durations in (0.5 ms x GROWTH^(i-1), 0.5 ms x GROWTH^i]; bucket 0 the rest."""
    if seconds <= SMALLEST_SECONDS:
        return 0
    index = math.ceil(math.log(seconds / SMALLEST_SECONDS, GROWTH) - 1e-9)
    return min(index, LAST_BUCKET)


def upper_bound(bucket: int) -> float:
    return SMALLEST_SECONDS * GROWTH**bucket


def middle(bucket: int) -> float:
    """The value a percentile falling in this bucket is reported as (its geometric middle)."""
    return SMALLEST_SECONDS if bucket == 0 else SMALLEST_SECONDS * GROWTH ** (bucket - 0.5)


def label_of(*parts: str) -> str:
    return SEPARATOR.join(part.replace(SEPARATOR, " ") for part in parts)


def parts_of(label: str) -> list[str]:
    return label.split(SEPARATOR)


@dataclass(frozen=True)
class Summary:
    label: str
    count: int
    p50: float
    p95: float
    p99: float

    @property
    def parts(self) -> list[str]:
        return parts_of(self.label)


def percentile(counts: dict[int, int], share: float) -> float:
    total = sum(counts.values())
    rank = max(1, math.ceil(share * total))
    seen = 0
    for bucket in sorted(counts):
        seen += counts[bucket]
        if seen >= rank:
            return middle(bucket)
    raise ValueError("an empty histogram has no percentile")


def summarise(histograms: dict[str, dict[int, int]]) -> list[Summary]:
    return sorted(
        (
            Summary(
                label,
                sum(counts.values()),
                percentile(counts, 0.5),
                percentile(counts, 0.95),
                percentile(counts, 0.99),
            )
            for label, counts in histograms.items()
            if counts
        ),
        key=lambda summary: summary.label,
    )


# --- Where the hashes live --------------------------------------------------------------------


def _prefix() -> str:
    return settings.METRICS_KEY_PREFIX


def _total_key(kind: str) -> str:
    return f"{_prefix()}:total:{kind}"


def _minute_key(kind: str, minute: int) -> str:
    return f"{_prefix()}:minute:{kind}:{minute}"


def _hour_key(kind: str, hour: int) -> str:
    return f"{_prefix()}:hour:{kind}:{hour}"


class _MemoryHashes:
    """Redis's hash commands for one process (no REDIS_URL); old keys are never read again."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hashes: dict[str, dict[str, float]] = defaultdict(dict)
        self._expires: dict[str, float] = {}
        self._purged = 0.0

    def add(self, increments: list[tuple[str, str, float]], expiries: dict[str, int]) -> None:
        now = time.monotonic()
        with self._lock:
            for key, field, amount in increments:
                values = self._hashes[key]
                values[field] = values.get(field, 0) + amount
            for key, seconds in expiries.items():
                self._expires[key] = now + seconds
            if now - self._purged > 60:  # as Redis expires keys, so a long demo stays small
                self._purged = now
                for key in [key for key, until in self._expires.items() if until < now]:
                    self._hashes.pop(key, None)
                    del self._expires[key]

    def read(self, keys: list[str]) -> list[dict[str, float]]:
        with self._lock:
            return [dict(self._hashes.get(key, {})) for key in keys]


class _RedisHashes:
    def __init__(self, url: str, timeout: float) -> None:
        self.client = redis.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout
        )

    def add(self, increments: list[tuple[str, str, float]], expiries: dict[str, int]) -> None:
        pipeline = self.client.pipeline(transaction=False)  # one round trip
        for key, field, amount in increments:
            if isinstance(amount, int):
                pipeline.hincrby(key, field, amount)
            else:
                pipeline.hincrbyfloat(key, field, amount)
        for key, seconds in expiries.items():
            pipeline.expire(key, seconds)
        pipeline.execute()

    def read(self, keys: list[str]) -> list[dict[str, float]]:
        pipeline = self.client.pipeline(transaction=False)
        for key in keys:
            pipeline.hgetall(key)
        return [
            {field.decode(): float(value) for field, value in values.items()}
            for values in pipeline.execute()
        ]


_memory = _MemoryHashes()


@cache
def _redis(url: str, timeout: float) -> _RedisHashes:
    return _RedisHashes(url, timeout)


def _hashes() -> _MemoryHashes | _RedisHashes:
    url = settings.METRICS_REDIS_URL
    return _redis(url, settings.METRICS_REDIS_TIMEOUT_SECONDS) if url else _memory


# --- Writing and reading -----------------------------------------------------------------------


def record(kind: str, label: str, seconds: float, *, at: float | None = None) -> None:
    """Count one duration. Never raises: metrics must not fail or slow the work they measure."""
    if _pause.active():
        return
    at = time.time() if at is None else at
    minute, hour = int(at // 60), int(at // 3600)
    field = f"{label}{SEPARATOR}{bucket_of(seconds)}"
    minute_key, hour_key = _minute_key(kind, minute), _hour_key(kind, hour)
    increments: list[tuple[str, str, float]] = [
        (_total_key(kind), field, 1),
        (_total_key(kind), f"{label}{SEPARATOR}{SUM_FIELD}", float(seconds)),
        (minute_key, field, 1),
        (hour_key, field, 1),
    ]
    expiries = {minute_key: MINUTE_KEEP_SECONDS, hour_key: HOUR_KEEP_SECONDS}
    try:
        _hashes().add(increments, expiries)
    except redis.RedisError as error:
        _pause.start(FAILURE_PAUSE_SECONDS)
        logger.warning(
            "durations not recorded for %ss (%s)", FAILURE_PAUSE_SECONDS, type(error).__name__
        )


def _histograms(hashes: Iterable[dict[str, float]]) -> dict[str, dict[int, int]]:
    merged: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for values in hashes:
        for field, count in values.items():
            label, _, bucket = field.rpartition(SEPARATOR)
            if bucket.isdigit():
                merged[label][int(bucket)] += int(count)
    return merged


def last_hour(kind: str, *, now: float | None = None) -> list[Summary]:
    """The last 60 minutes, this one included."""
    minute = int((time.time() if now is None else now) // 60)
    keys = [_minute_key(kind, minute - back) for back in range(60)]
    return summarise(_histograms(_hashes().read(keys)))


def last_day(kind: str, *, now: float | None = None) -> list[Summary]:
    """This hour and the 23 before it (so between 23 and 24 hours)."""
    hour = int((time.time() if now is None else now) // 3600)
    keys = [_hour_key(kind, hour - back) for back in range(24)]
    return summarise(_histograms(_hashes().read(keys)))


@dataclass(frozen=True)
class Total:
    """Everything recorded for one label since the store began (for Prometheus)."""

    label: str
    buckets: dict[int, int]
    sum_seconds: float


def totals(kind: str) -> list[Total]:
    (values,) = _hashes().read([_total_key(kind)])
    sums = {
        field.rpartition(SEPARATOR)[0]: amount
        for field, amount in values.items()
        if field.endswith(SEPARATOR + SUM_FIELD)
    }
    return [
        Total(label, dict(buckets), sums.get(label, 0.0))
        for label, buckets in sorted(_histograms([values]).items())
    ]
