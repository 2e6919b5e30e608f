"""Celery task durations, by task name and final state, from Celery's own signals.

Connected in CareteamConfig.ready(), so web processes (eager tasks) and workers both record.
"""

from __future__ import annotations

import time

from celery.signals import task_postrun, task_prerun

from careteam.telemetry import store

_started: dict[str, float] = {}


def _task_started(sender: object = None, task_id: str | None = None, **kwargs: object) -> None:
    if task_id is not None:
        _started[task_id] = time.perf_counter()


def _task_finished(
    sender: object = None, task_id: str | None = None, state: str | None = None, **kwargs: object
) -> None:
    started = _started.pop(task_id, None) if task_id is not None else None
    if started is None:
        return
    name = getattr(sender, "name", None) or "unknown"
    store.record(
        store.TASK, store.label_of(name, state or "UNKNOWN"), time.perf_counter() - started
    )


def connect() -> None:
    task_prerun.connect(_task_started, dispatch_uid="careteam.telemetry.task_started", weak=False)
    task_postrun.connect(
        _task_finished, dispatch_uid="careteam.telemetry.task_finished", weak=False
    )
