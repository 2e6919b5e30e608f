import pytest
from django.urls import reverse

from careteam.health import broker_durability_warnings

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
    assert len(broker_durability_warnings({"maxmemory-policy": "allkeys-lru", "appendonly": "no",
                                           "save": ""})) == 2  # fmt: skip
    assert (
        broker_durability_warnings(
            {"maxmemory-policy": "noeviction", "appendonly": "no", "save": "3600 1"}
        )
        == []
    )
