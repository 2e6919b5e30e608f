"""Delivery of replies through a real Celery worker process on the real Redis."""

from __future__ import annotations

import hashlib
import hmac
import time
import uuid
from collections.abc import Iterator

import pytest

from careteam import services
from careteam.celery import app as celery_app
from careteam.models import Job, Message
from tests.support.celery import forget_broker_connections
from tests.support.waiting import wait_for
from tests.support.webhook import SECRET, Receiver
from tests.support.worker import (
    REDIS_URL,
    require_worker_services,
    start_worker,
    stop_worker,
    worker_env,
)

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver(failures=1).start()
    yield server
    server.shutdown()


@pytest.fixture
def worker(receiver: Receiver, settings, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    require_worker_services()
    queue = f"careteam-test-{uuid.uuid4().hex[:8]}"
    env = worker_env(redis_url=REDIS_URL, queue=queue, webhook_url=receiver.url, secret=SECRET)
    log = tmp_path / "worker.log"
    process = start_worker(env, tmp_path / "beat-schedule", log)
    # This process enqueues to the same broker and queue, as the web process would.
    previous = {
        key: celery_app.conf[key]
        for key in ("task_always_eager", "broker_url", "task_default_queue")
    }
    celery_app.conf.update(task_always_eager=False, broker_url=REDIS_URL, task_default_queue=queue)
    forget_broker_connections(celery_app)
    settings.DELIVERY_WEBHOOK_URL = receiver.url
    settings.DELIVERY_WEBHOOK_SECRET = SECRET
    try:
        yield queue
    finally:
        celery_app.conf.update(previous)
        forget_broker_connections(celery_app)
        stop_worker(process)
        # A worker that crashed is a failure of the test, with its log as the explanation.
        assert process.returncode in (0, -15), log.read_text()[-4000:]


def test_a_reply_is_delivered_once_by_the_worker_after_a_retry(worker, receiver, agent, thread):
    message = services.reply_send(thread=thread, author=agent, text="Your claim was reprocessed.")
    assert Message.objects.get(pk=message.pk).delivery_status == Message.Delivery.PENDING

    def delivered() -> bool:
        message.refresh_from_db()
        return message.delivery_status == Message.Delivery.DELIVERED

    assert wait_for(delivered), f"not delivered; webhook saw {receiver.received}"
    assert message.delivery_attempts == 2
    job = Job.objects.get(key=f"deliver_reply:{message.pk}")

    def job_finished() -> bool:  # the job row is closed just after the delivery is recorded
        job.refresh_from_db()
        return job.status != Job.Status.RUNNING

    assert wait_for(job_finished)
    assert (job.status, job.attempts, job.last_error) == (Job.Status.DONE, 2, "")
    assert [call["answered"] for call in receiver.received] == [503, 200]
    assert all(call["signed"] for call in receiver.received)
    assert {call["key"] for call in receiver.received} == {str(message.uuid)}
    body = receiver.received[-1]["body"]
    assert body["text"] == "Your claim was reprocessed."
    assert body["member_id"] == thread.member.member_id


def test_running_the_delivery_job_again_sends_nothing_more(worker, receiver, agent, thread):
    from careteam.jobs import run_job

    receiver.failures = 0
    message = services.reply_send(thread=thread, author=agent, text="Only once, please.")
    job = Job.objects.get(key=f"deliver_reply:{message.pk}")
    run_job.delay(job.pk)
    run_job.delay(job.pk)

    def settled() -> bool:
        message.refresh_from_db()
        return message.delivery_status == Message.Delivery.DELIVERED

    assert wait_for(settled)
    time.sleep(1.5)  # leave the duplicate tasks time to run, and to do nothing
    assert len([call for call in receiver.received if call["answered"] == 200]) == 1
    assert message.delivery_attempts == 1
    job.refresh_from_db()
    assert job.status == Job.Status.DONE


def test_signature_covers_timestamp_and_body():
    signature = services.webhook_signature(secret="s", timestamp=1700000000, body=b'{"a":1}')
    digest = hmac.new(b"s", b'1700000000.{"a":1}', hashlib.sha256).hexdigest()
    assert signature == f"t=1700000000,v1={digest}"
