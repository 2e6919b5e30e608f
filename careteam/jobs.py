"""Background work through a transactional outbox (see careteam.models.Job).

    enqueue(name=..., args=[ids], key=...)   inside the caller's transaction
      -> after commit: publish (Celery task run_job(job_id))
      -> worker: claim the job, run its handler, mark it done, or reschedule it with backoff
    relay()   publishes due jobs and re-publishes those whose lease expired (Celery beat, or
              `manage.py relay_jobs --loop`)

A broker that is down or does not answer costs a request at most REDIS_TIMEOUT_SECONDS, once:
the job goes back to the outbox as due work for the relay, and this process leaves publishing
to the relay for JOBS_PUBLISH_PAUSE_SECONDS. Nothing is lost and nothing reaches the user.

Each app registers its handlers by name in its AppConfig.ready() (register, or
careteam.api.register_job from other apps), so every process that loads the apps knows them.
Handlers take ids and must be idempotent. This module imports no app module: the Celery task
that runs a job (run_job) is defined here, next to what it runs.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from careteam.models import Job
from careteam.pause import ServerPause
from careteam.telemetry import store

logger = logging.getLogger(__name__)

JobArg = int | str


@dataclass(frozen=True)
class Handler:
    name: str
    run: Callable[..., object]
    max_attempts: int
    lease_seconds: int
    on_give_up: Callable[..., None] | None


_HANDLERS: dict[str, Handler] = {}


def register(
    name: str,
    run: Callable[..., object],
    *,
    max_attempts: int = 8,
    lease_seconds: int | None = None,
    on_give_up: Callable[..., None] | None = None,
) -> None:
    """Make `run` the handler of jobs called `name` (from an AppConfig.ready()).

    Registering the same function again is harmless; another function under a taken name is not.
    """
    existing = _HANDLERS.get(name)
    if existing is not None and existing.run.__qualname__ != run.__qualname__:
        raise ValueError(f"job handler {name!r} is registered twice")
    lease = lease_seconds if lease_seconds is not None else settings.JOBS_LEASE_SECONDS
    _HANDLERS[name] = Handler(name, run, max_attempts, lease, on_give_up)


def enqueue(*, name: str, args: list[JobArg], key: str) -> Job:
    """Record a job in the current transaction; it is published once the transaction commits.

    Arguments are ids (ints or short strings), never member data: they travel through the broker.
    """
    if name not in _HANDLERS:
        raise ValueError(f"no job handler named {name!r}")
    if any(not isinstance(arg, int | str) or len(str(arg)) > 100 for arg in args):
        raise ValueError("job arguments must be ids (ints or short strings)")
    job, created = Job.objects.get_or_create(
        key=key, defaults={"name": name, "args": args, "available_at": timezone.now()}
    )
    if created:
        transaction.on_commit(lambda: _publish_after_commit(job.pk))
    return job


class BrokerUnavailable(Exception):
    """The broker did not take a job (down, or no answer within REDIS_TIMEOUT_SECONDS)."""


# While it lasts, requests leave publishing to the relay.
_pause = ServerPause(lambda: run_job.app.conf.broker_url, otherwise="broker")


def resume_publishing() -> None:
    """Publish after commit again at once (the broker is known to be back)."""
    _pause.end()


def _publish_after_commit(job_id: int) -> None:
    """A request's publish. While the broker is known to be failing, the relay publishes."""
    if _pause.active():
        return
    publish(job_id=job_id)


def _due(now: object) -> Q:
    return Q(status=Job.Status.PENDING, available_at__lte=now) | Q(
        status__in=[Job.Status.PUBLISHED, Job.Status.RUNNING], lease_until__lt=now
    )


# A pending job this long past its time has been missed by the relay (is beat running?).
PENDING_OVERDUE_AFTER = timedelta(minutes=5)


def overdue(*, now: datetime | None = None) -> QuerySet[Job]:
    """Jobs that should have run by now: pending well past their time, or published or running
    past their lease (the broker lost them, or the worker running them died)."""
    now = now or timezone.now()
    return Job.objects.filter(
        Q(status=Job.Status.PENDING, available_at__lt=now - PENDING_OVERDUE_AFTER)
        | Q(status__in=[Job.Status.PUBLISHED, Job.Status.RUNNING], lease_until__lt=now)
    )


def publish(*, job_id: int) -> bool:
    """Hand one due job to the broker; False if it was not due or the broker did not take it."""
    try:
        return _publish(job_id)
    except BrokerUnavailable:
        return False


def _publish(job_id: int) -> bool:
    """A conditional update makes concurrent relays harmless."""
    now = timezone.now()
    lease = now + timedelta(seconds=settings.JOBS_PUBLISH_LEASE_SECONDS)
    claimed = (
        Job.objects.filter(pk=job_id)
        .filter(_due(now))
        .update(status=Job.Status.PUBLISHED, lease_until=lease)
    )
    if not claimed:
        return False
    try:
        # No retries here: the relay is the retry, and a request must not wait on a broker.
        run_job.apply_async((job_id,), retry=False)
    except Exception as error:  # down, or no answer within REDIS_TIMEOUT_SECONDS
        # Back to the outbox as due work (unless a worker already took it: the broker may have
        # stored the message before its answer was lost; a job runs at most once at a time).
        Job.objects.filter(pk=job_id, status=Job.Status.PUBLISHED, lease_until=lease).update(
            status=Job.Status.PENDING, lease_until=None
        )
        _pause.start(settings.JOBS_PUBLISH_PAUSE_SECONDS)
        logger.warning(
            "job %s not published (%s); the relay will retry", job_id, type(error).__name__
        )
        raise BrokerUnavailable from error
    resume_publishing()
    return True


def relay(*, limit: int = 500) -> int:
    """Publish jobs that are due or whose lease expired. Returns how many were published.

    Stops at the first job the broker does not take, so a frozen broker costs one timeout per
    round, not one per job; the next round tries again.
    """
    due = (
        Job.objects.filter(_due(timezone.now()))
        .order_by("available_at")
        .values_list("pk", flat=True)[:limit]
    )
    published = 0
    for job_id in list(due):
        try:
            published += _publish(job_id)
        except BrokerUnavailable:
            break
    return published


# Named as when it lived in careteam.tasks: messages already queued and the telemetry labels
# keep that name.
@shared_task(name="careteam.tasks.run_job", acks_late=True, ignore_result=True)
def run_job(job_id: int) -> str:
    return run(job_id=job_id)


def run(*, job_id: int) -> str:
    """Run one job's handler if nobody else is running it; the worker's side of the outbox."""
    now = timezone.now()
    job = Job.objects.filter(pk=job_id).only("name").first()
    if job is None:
        return "missing"
    spec = _HANDLERS.get(job.name)
    if spec is None:
        logger.error("job %s has no handler %r in this process", job_id, job.name)
        return "no handler"
    claimed = (
        Job.objects.filter(pk=job_id)
        .filter(
            Q(status__in=[Job.Status.PENDING, Job.Status.PUBLISHED])
            | Q(status=Job.Status.RUNNING, lease_until__lt=now)
        )
        .update(
            status=Job.Status.RUNNING,
            lease_until=now + timedelta(seconds=spec.lease_seconds),
            attempts=F("attempts") + 1,
        )
    )
    if not claimed:
        return "not due"
    job = Job.objects.get(pk=job_id)
    started = time.perf_counter()
    try:
        spec.run(*job.args)
    except Exception as error:
        result = _failed(job, spec, error)
    else:
        Job.objects.filter(pk=job_id).update(
            status=Job.Status.DONE, finished_at=timezone.now(), lease_until=None, last_error=""
        )
        result = "done"
    store.record(store.JOB, store.label_of(job.name, result), time.perf_counter() - started)
    return result


def _failed(job: Job, spec: Handler, error: Exception) -> str:
    # Only the exception's type is kept: its message may quote member data.
    reason = type(error).__name__
    logger.warning("job %s (%s) attempt %s failed: %s", job.pk, job.name, job.attempts, reason)
    if job.attempts >= spec.max_attempts:
        Job.objects.filter(pk=job.pk).update(
            status=Job.Status.FAILED,
            finished_at=timezone.now(),
            lease_until=None,
            last_error=reason,
        )
        if spec.on_give_up is not None:
            spec.on_give_up(*job.args)
        return "failed"
    backoff = min(2**job.attempts, settings.JOBS_MAX_BACKOFF_SECONDS)
    Job.objects.filter(pk=job.pk).update(
        status=Job.Status.PENDING,
        available_at=timezone.now() + timedelta(seconds=backoff),
        lease_until=None,
        last_error=reason,
    )
    return "retry"
