"""No job is lost when Redis is killed and restarted, or a worker is killed mid-task.

The test owns its Redis (another loopback port, no persistence, so a kill loses whatever was
queued) and its worker; the machine's shared PostgreSQL and Redis are not touched.
"""

from __future__ import annotations

import collections
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.db import connection

from careteam import services
from careteam.celery import app as celery_app
from careteam.models import Job, Message
from tests.factories import MemberFactory, ThreadFactory
from tests.support.celery import broker
from tests.support.waiting import free_port, wait_for
from tests.support.webhook import SECRET, Receiver
from tests.support.worker import kill_worker, start_worker, stop_worker, worker_env

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

REPLIES = 240


class OwnRedis:
    def __init__(self, directory: Path) -> None:
        self.port = free_port()
        self.directory = directory
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), 0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the test's redis-server did not start")

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[OwnRedis]:
    if shutil.which("redis-server") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is required in CI")
        pytest.skip("redis-server is not installed")
    if connection.vendor != "postgresql":
        pytest.skip("a worker process needs a server database shared with the test")
    redis = OwnRedis(tmp_path)
    redis.start()
    yield redis
    if redis.process and redis.process.poll() is None:
        redis.kill()


def delivered_count() -> int:
    return Message.objects.filter(delivery_status=Message.Delivery.DELIVERED).count()


def test_redis_and_worker_kills_lose_no_job_and_deliver_each_reply_once(
    own_redis, tmp_path, agent, team
):
    receiver = Receiver(delay=0.02).start()
    queue = f"careteam-fault-{uuid.uuid4().hex[:8]}"
    env = worker_env(
        redis_url=own_redis.url,
        queue=queue,
        webhook_url=receiver.url,
        secret=SECRET,
        JOBS_PUBLISH_LEASE_SECONDS="4",
        JOBS_LEASE_SECONDS="4",
    )
    log = tmp_path / "worker.log"
    worker = start_worker(env, tmp_path / "beat-schedule", log)
    threads = [ThreadFactory(team=team, member=MemberFactory()) for _ in range(REPLIES)]
    try:
        with broker(celery_app, own_redis.url, queue=queue):
            for number, thread in enumerate(threads):
                services.reply_send(thread=thread, author=agent, text=f"Reply {number}")
                if number == REPLIES // 3:
                    own_redis.kill()  # queued messages vanish with it
                if number == REPLIES // 2:
                    own_redis.start()
        assert wait_for(lambda: delivered_count() > REPLIES // 4, 60), log.read_text()[-3000:]
        kill_worker(worker)  # mid-task, most likely (with its beat)
        worker = start_worker(env, tmp_path / "beat-schedule", log)
        everything = wait_for(lambda: delivered_count() == REPLIES, 150)
        assert everything, (
            f"{delivered_count()} of {REPLIES} delivered; jobs: "
            f"{collections.Counter(Job.objects.values_list('status', flat=True))}\n"
            + log.read_text()[-3000:]
        )
    finally:
        stop_worker(worker)
        receiver.shutdown()

    keys = receiver.accepted_keys()
    expected = {str(uuid) for uuid in Message.objects.values_list("uuid", flat=True)}
    assert set(keys) == expected  # every reply reached the member's channel
    duplicates = len(keys) - len(set(keys))
    # The one window left open is a kill between the webhook's answer and our commit; the
    # receiver de-duplicates on Idempotency-Key for that, and one worker kill opens it once.
    assert duplicates <= 1, f"{duplicates} replies were sent twice"
    assert Job.objects.exclude(status=Job.Status.DONE).count() == 0
    print(f"fault test: {REPLIES} jobs, lost 0, duplicate deliveries {duplicates}")  # noqa: T201
