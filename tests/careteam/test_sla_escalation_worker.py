"""Escalation by Celery beat in a real worker process on the real Redis: once per due time,
across a worker that is killed and replaced."""

from __future__ import annotations

import time
import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from careteam.models import AuditEvent, SupervisorNotice, Thread
from tests.factories import ThreadFactory
from tests.support.waiting import wait_for
from tests.support.worker import (
    REDIS_URL,
    kill_worker,
    require_worker_services,
    start_worker,
    stop_worker,
    worker_env,
)

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_beat_escalates_once_and_a_replacement_worker_does_not_repeat_it(team, tmp_path):
    require_worker_services()
    thread = ThreadFactory(team=team, due_by=timezone.now() + timedelta(minutes=3))
    env = worker_env(
        redis_url=REDIS_URL,
        queue=f"careteam-test-{uuid.uuid4().hex[:8]}",
        webhook_url="",
        secret="",
        SLA_ESCALATION_SECONDS="1",
    )
    log = tmp_path / "worker.log"
    first = start_worker(env, tmp_path / "beat-1", log)
    try:
        assert wait_for(lambda: SupervisorNotice.objects.filter(thread=thread).exists(), 60)
    finally:
        kill_worker(first)  # no warm shutdown: as a crash or an OOM kill would
    second = start_worker(env, tmp_path / "beat-2", log)
    try:
        time.sleep(8)  # several beats of the replacement worker
    finally:
        stop_worker(second)
    thread.refresh_from_db()
    assert thread.priority == Thread.Priority.HIGH
    assert SupervisorNotice.objects.filter(thread=thread).count() == 1
    assert AuditEvent.objects.filter(action=AuditEvent.Action.ESCALATE_THREAD).count() == 1
    assert "escalate_due_threads" in log.read_text()
