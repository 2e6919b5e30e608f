"""Celery beat tasks of careteam: relay due outbox jobs, escalate threads nearing their target.

The task that runs one outbox job (run_job) lives in careteam.jobs, beside the outbox.
"""

from celery import shared_task

from careteam import jobs, sla


@shared_task(ignore_result=True)
def relay_jobs() -> int:
    return jobs.relay()


@shared_task(ignore_result=True)
def escalate_due_threads() -> int:
    """Beat: escalate threads nearing their response target; each due time once (see sla)."""
    return sla.escalate_due_threads()
