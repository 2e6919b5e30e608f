"""Celery beat tasks of suggestions (its outbox job handlers are registered in apps.py)."""

from celery import shared_task

from suggestions import rollups


@shared_task(ignore_result=True)
def rollup_outcomes() -> int:
    """The dashboard's rollups of every closed day (beat, every DASHBOARD_ROLLUP_SECONDS)."""
    return rollups.rollups_update()


@shared_task(ignore_result=True)
def rollup_open_day() -> bool:
    """The dashboard's rollup of today so far (beat, every DASHBOARD_OPEN_DAY_SECONDS)."""
    return rollups.open_day_update()
