"""Point the Celery app at a real broker for one test, and see what it publishes."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import kombu.pools
from celery import Celery
from celery.signals import before_task_publish


def forget_broker_connections(app: Celery) -> None:
    """Make the app connect afresh to the broker now configured (as Celery does after a fork)."""
    kombu.pools.reset()
    app._pool = None
    app.amqp._producer_pool = None


@contextlib.contextmanager
def broker(app: Celery, url: str, queue: str | None = None) -> Iterator[list[dict[str, Any]]]:
    """Publish to `url` instead of running tasks eagerly; yields the published task messages."""
    keys = ("task_always_eager", "broker_url", "task_default_queue")
    previous = {key: app.conf[key] for key in keys}
    published: list[dict[str, Any]] = []

    def record(sender: str, body: Any, headers: dict[str, Any], **kwargs: Any) -> None:
        args, kwargs_, _ = body
        published.append(
            {"task": sender, "args": list(args), "kwargs": kwargs_, "headers": headers}
        )

    app.conf.update(
        task_always_eager=False, broker_url=url, task_default_queue=queue or previous[keys[2]]
    )
    forget_broker_connections(app)
    before_task_publish.connect(record, weak=False)
    try:
        yield published
    finally:
        before_task_publish.disconnect(record)
        app.conf.update(previous)
        forget_broker_connections(app)
