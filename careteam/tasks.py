"""Celery tasks: one generic task runs any outbox job by id; one relays due jobs.

Importing careteam.services registers careteam's job handlers in the worker.
"""

from celery import shared_task

from careteam import jobs, services, sla  # noqa: F401 (services registers its job handlers)


@shared_task(acks_late=True, ignore_result=True)
def run_job(job_id: int) -> str:
    return jobs.run(job_id=job_id)


@shared_task(ignore_result=True)
def relay_jobs() -> int:
    return jobs.relay()


@shared_task(ignore_result=True)
def escalate_due_threads() -> int:
    """Beat: escalate threads nearing their response target; each due time once (see sla)."""
    return sla.escalate_due_threads()
