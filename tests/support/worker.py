"""Start a real Celery worker (with its embedded beat) against the test database."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


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
