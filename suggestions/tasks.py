"""Importing drafting registers the drafting job handler in the worker."""

from celery import shared_task

from suggestions import (
    drafting,  # noqa: F401
    rollups,
)


@shared_task(ignore_result=True)
def rollup_outcomes() -> int:
    """The dashboard's rollups of every closed day (beat, every DASHBOARD_ROLLUP_SECONDS)."""
    return rollups.rollups_update()
