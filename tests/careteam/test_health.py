import time
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from careteam.health import broker_durability_warnings
from careteam.models import Job
from tests.support.frozen import frozen_redis

pytestmark = pytest.mark.django_db


def test_liveness_needs_no_login(client):
    assert client.get(reverse("health-live")).json() == {"status": "ok"}


def test_readiness_without_a_broker_runs_tasks_in_process(client, settings):
    settings.REDIS_URL = ""
    body = client.get(reverse("health-ready")).json()
    assert body["status"] == "ok" and body["database"] == {"status": "ok"}
    assert body["broker"]["mode"].startswith("in-process")
    assert body["jobs"] == {"overdue": 0, "failed": 0}


def test_readiness_reports_a_redis_that_would_lose_queued_work(client, settings):
    # These machines' Redis runs with --save "" --appendonly no, as a cache would.
    settings.REDIS_URL = "redis://127.0.0.1:6379/0"
    body = client.get(reverse("health-ready")).json()
    assert body["broker"]["status"] == "ok"
    assert any("keeps nothing on disk" in warning for warning in body["broker"]["warnings"])


def test_readiness_is_503_when_the_broker_is_unreachable(client, settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    response = client.get(reverse("health-ready"))
    assert response.status_code == 503
    assert response.json()["broker"] == {
        "status": "down",
        "error": "ConnectionError",
        "warnings": [],
    }


def test_durability_rules():
    assert (
        broker_durability_warnings(
            {"maxmemory-policy": "noeviction", "appendonly": "yes", "save": ""}
        )
        == []
    )
    assert (
        len(
            broker_durability_warnings(
                {"maxmemory-policy": "allkeys-lru", "appendonly": "no", "save": ""}
            )
        )
        == 2
    )
    assert (
        broker_durability_warnings(
            {"maxmemory-policy": "noeviction", "appendonly": "no", "save": "3600 1"}
        )
        == []
    )


def test_overdue_counts_jobs_published_or_running_past_their_lease(client, settings):
    settings.REDIS_URL = ""
    now = timezone.now()

    def job(key: str, status: str, *, available: timedelta, lease: timedelta | None) -> None:
        Job.objects.create(
            name="deliver_reply",
            key=key,
            status=status,
            available_at=now + available,
            lease_until=None if lease is None else now + lease,
        )

    job(
        "lost-publish",
        Job.Status.PUBLISHED,
        available=-timedelta(minutes=2),
        lease=-timedelta(seconds=30),
    )
    job(
        "dead-worker",
        Job.Status.RUNNING,
        available=-timedelta(minutes=9),
        lease=-timedelta(minutes=1),
    )
    job("never-published", Job.Status.PENDING, available=-timedelta(minutes=6), lease=None)
    # Not overdue: just published, running under a live lease, waiting out a short backoff.
    job(
        "in-queue",
        Job.Status.PUBLISHED,
        available=-timedelta(minutes=9),
        lease=timedelta(seconds=50),
    )
    job("running", Job.Status.RUNNING, available=-timedelta(minutes=9), lease=timedelta(minutes=4))
    job("backing-off", Job.Status.PENDING, available=-timedelta(seconds=10), lease=None)
    assert client.get(reverse("health-ready")).json()["jobs"] == {"overdue": 3, "failed": 0}


def test_readiness_answers_503_soon_when_redis_accepts_but_never_answers(client, settings):
    with frozen_redis() as frozen:
        settings.REDIS_URL = frozen.url
        started = time.monotonic()
        response = client.get(reverse("health-ready"))
        elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert response.json()["broker"]["status"] == "down"
    assert elapsed < 5, f"the probe took {elapsed:.1f} s"


def test_readiness_sends_a_message_through_the_live_channel_layer(client):
    body = client.get(reverse("health-ready")).json()
    assert body["live_updates"] == {"status": "ok", "layer": "RedisChannelLayer"}


def test_readiness_reports_a_live_channel_layer_that_is_down_and_stays_ready(client, settings):
    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [{"address": "redis://127.0.0.1:1/0"}]},
        }
    }
    response = client.get(reverse("health-ready"))
    # Pages still work without pushes (they poll), so the instance stays in the pool.
    assert response.status_code == 200
    assert response.json()["live_updates"]["status"] == "down"
