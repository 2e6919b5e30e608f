"""The Prometheus exposition: cumulative duration histograms from the shared store, and the
depth of the Celery queue and of the outbox, read when Prometheus scrapes."""

from __future__ import annotations

from collections.abc import Iterator

import redis
from django.conf import settings
from django.db.models import Count
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.registry import Collector

from careteam import jobs
from careteam.models import Job
from careteam.telemetry import store

# Every STEPS_PER_DOUBLING-th bucket bound: 1 ms, 2 ms, 4 ms ... 65.5 s (powers of two), so each
# Prometheus bucket is an exact sum of the store's finer ones.
EXPORTED_BOUNDS = [store.STEPS_PER_DOUBLING * doubling for doubling in range(1, 18)]

HISTOGRAMS = {
    store.REQUEST: (
        "careteam_http_request_duration_seconds",
        "Time to answer a request, by method, route name and status class.",
        ["method", "route", "status"],
    ),
    store.TASK: (
        "careteam_celery_task_duration_seconds",
        "Time a Celery task ran, by task name and final state.",
        ["task", "state"],
    ),
    store.JOB: (
        "careteam_outbox_job_duration_seconds",
        "Time an outbox job's handler ran, by job name and result.",
        ["job", "result"],
    ),
}
# Kombu's Redis transport keeps a queue's prioritised messages in lists named with these suffixes.
_PRIORITY_SUFFIXES = ["", "\x06\x163", "\x06\x166", "\x06\x169"]


def _histogram(kind: str) -> HistogramMetricFamily:
    name, documentation, labels = HISTOGRAMS[kind]
    family = HistogramMetricFamily(name, documentation, labels=labels)
    for total in store.totals(kind):
        parts = total.label.split(store.SEPARATOR)
        if len(parts) != len(labels):
            continue
        cumulative, buckets = 0, []
        ordered = sorted(total.buckets.items())
        for bound in EXPORTED_BOUNDS:
            cumulative = sum(count for bucket, count in ordered if bucket <= bound)
            buckets.append((f"{store.upper_bound(bound):g}", cumulative))
        buckets.append(("+Inf", sum(total.buckets.values())))
        family.add_metric(parts, buckets, total.sum_seconds)
    return family


def queue_names() -> list[str]:
    queues = getattr(settings, "CELERY_TASK_QUEUES", None) or []
    names = [getattr(queue, "name", queue) for queue in queues]
    return sorted({settings.CELERY_TASK_DEFAULT_QUEUE, *map(str, names)})


def queue_lengths() -> dict[str, int] | None:
    """Messages waiting in each Celery queue of the broker; None without a Redis broker."""
    if not settings.REDIS_URL:
        return None
    client = redis.Redis.from_url(
        settings.REDIS_URL,
        socket_timeout=settings.METRICS_REDIS_TIMEOUT_SECONDS,
        socket_connect_timeout=settings.METRICS_REDIS_TIMEOUT_SECONDS,
    )
    try:
        pipeline = client.pipeline(transaction=False)
        names = queue_names()
        for name in names:
            for suffix in _PRIORITY_SUFFIXES:
                pipeline.llen(name + suffix)
        lengths = pipeline.execute()
    finally:
        client.close()
    steps = len(_PRIORITY_SUFFIXES)
    return {
        name: sum(lengths[index * steps : (index + 1) * steps]) for index, name in enumerate(names)
    }


class ConsoleCollector(Collector):
    def collect(self) -> Iterator[Metric]:
        for kind in store.KINDS:
            yield _histogram(kind)
        waiting = GaugeMetricFamily(
            "careteam_celery_queue_length",
            "Messages waiting in the broker's queue.",
            labels=["queue"],
        )
        try:
            lengths = queue_lengths()
        except redis.RedisError:
            lengths = None
        for name, length in (lengths or {}).items():
            waiting.add_metric([name], length)
        yield waiting
        outbox = GaugeMetricFamily(
            "careteam_outbox_jobs", "Outbox jobs not done, by status.", labels=["status"]
        )
        counts = dict(
            Job.objects.exclude(status=Job.Status.DONE)
            .values_list("status")
            .annotate(n=Count("*"))
            .values_list("status", "n")
        )
        for status in (s for s in Job.Status.values if s != Job.Status.DONE):
            outbox.add_metric([status], counts.get(status, 0))
        yield outbox
        yield GaugeMetricFamily(
            "careteam_outbox_jobs_overdue",
            "Jobs that should have run by now (pending well past their time, or past a lease).",
            value=jobs.overdue().count(),
        )


def exposition() -> bytes:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(ConsoleCollector())
    return generate_latest(registry)
