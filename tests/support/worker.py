"""Start a real Celery worker (with its embedded beat) against the test database."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def require_worker_services() -> None:
    """A worker needs the Redis broker and a server database the test shares: skip without
    them on a developer's machine, fail in CI, where both must run."""
    address = urlsplit(REDIS_URL)
    host, port = address.hostname or "127.0.0.1", address.port or 6379
    try:
        with socket.create_connection((host, port), 2):
            pass
    except OSError:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis at {host}:{port} is required in CI")
        pytest.skip(f"Redis is not running on {host}:{port}")
    if connection.vendor != "postgresql":
        pytest.skip("a worker process needs a server database shared with the test")


def worker_env(
    *, redis_url: str, queue: str, webhook_url: str, secret: str, **extra: str
) -> dict[str, str]:
    db = connection.settings_dict
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "careteam.settings",
        "SECRET_KEY": "worker-test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "REDIS_URL": redis_url,
        "CELERY_QUEUE": queue,
        "DELIVERY_WEBHOOK_URL": webhook_url,
        "DELIVERY_WEBHOOK_SECRET": secret,
        "HTTPS": "0",
        "JOBS_RELAY_SECONDS": "1",
        **extra,
    }


def start_worker(env: dict[str, str], schedule: Path, log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "careteam",
            "worker",
            "-Q",
            env["CELERY_QUEUE"],
            "--pool",
            "solo",
            "--loglevel",
            "INFO",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "--beat",
            "--schedule",
            str(schedule),
        ],
        cwd=ROOT,
        env=env,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: the embedded beat goes with it
    )


def kill_worker(worker: subprocess.Popen[bytes]) -> None:
    """SIGKILL the worker and its embedded beat (a child that would otherwise live on)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(worker.pid, signal.SIGKILL)
    worker.wait(timeout=10)


def stop_worker(worker: subprocess.Popen[bytes]) -> None:
    """Warm shutdown, then a kill of the whole group: no worker or beat outlives its test."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(worker.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        worker.wait(timeout=30)
    kill_worker(worker)
