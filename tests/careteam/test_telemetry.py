"""Response times: every request counted under its route name in the shared Redis store,
Celery tasks and outbox jobs alike, /metrics for Prometheus behind a token or an address list,
and the admins' page of p50/p95."""

from __future__ import annotations

import os
import time
import uuid
from collections import Counter

import pytest
import redis
from django.urls import reverse

from careteam import jobs
from careteam.roles import Role
from careteam.telemetry import store
from careteam.telemetry.prometheus import queue_lengths
from tests.conftest import login
from tests.factories import MemberFactory, MessageFactory, ThreadFactory, UserFactory

pytestmark = pytest.mark.django_db

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
TOKEN = "scrape-token-for-tests-0123456789"


@pytest.fixture
def durations(settings):
    """The real Redis, under a prefix of this test's own, emptied afterwards."""
    prefix = f"test-durations-{uuid.uuid4().hex}"
    settings.METRICS_REDIS_URL = REDIS_URL
    settings.METRICS_KEY_PREFIX = prefix
    store._pause.end()
    yield redis.Redis.from_url(REDIS_URL)
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


@pytest.fixture
def scrape_token(settings):
    settings.METRICS_TOKEN = TOKEN
    settings.METRICS_ALLOWED_IPS = []
    return {"Authorization": f"Bearer {TOKEN}"}


def request_labels(durations_client) -> dict[str, int]:
    return {total.label: sum(total.buckets.values()) for total in store.totals(store.REQUEST)}


def test_buckets_hold_their_bounds_and_percentiles_are_within_five_percent():
    for seconds in [0.0007, 0.0123, 0.25, 1.5, 42.0]:
        bucket = store.bucket_of(seconds)
        assert store.upper_bound(bucket - 1) < seconds <= store.upper_bound(bucket)
        assert abs(store.middle(bucket) - seconds) / seconds < 0.045
    counts = Counter(store.bucket_of(ms / 1000) for ms in range(1, 101))
    assert store.percentile(counts, 0.5) == pytest.approx(0.050, rel=0.045)
    assert store.percentile(counts, 0.95) == pytest.approx(0.095, rel=0.045)


def test_a_request_is_counted_under_its_route_name_never_its_path(client, durations, team):
    agent = UserFactory(role=Role.CARE_AGENT, team=team)
    thread = ThreadFactory(team=team, member=MemberFactory(last_name="Quennevilleau"))
    MessageFactory(thread=thread)
    login(client, agent)
    assert client.get(reverse("thread", args=[thread.pk]) + "?q=Quennevilleau").status_code == 200
    assert client.get("/no/such/page/12345/").status_code == 404
    labels = request_labels(durations)
    assert labels[store.label_of("GET", "thread", "2xx")] == 1
    assert labels[store.label_of("GET", "<unmatched>", "4xx")] == 1
    stored = b"".join(
        field + value
        for key in durations.scan_iter(f"{store._prefix()}:*")
        for field, value in durations.hgetall(key).items()
    )
    assert str(thread.pk).encode() + b"/" not in stored
    assert b"Quennevilleau" not in stored and b"12345" not in stored


def test_counts_from_many_processes_add_up_and_windows_keep_their_time(durations):
    now = time.time()
    for seconds in [0.010] * 90 + [0.200] * 10:
        store.record(store.REQUEST, store.label_of("GET", "inbox", "2xx"), seconds, at=now)
    # Two hours ago: in the day, not in the hour.
    store.record(store.REQUEST, store.label_of("GET", "inbox", "2xx"), 5.0, at=now - 7200)
    (hour,) = store.last_hour(store.REQUEST, now=now)
    assert hour.count == 100
    assert hour.p50 == pytest.approx(0.010, rel=0.045)
    assert hour.p95 == pytest.approx(0.200, rel=0.045)
    (day,) = store.last_day(store.REQUEST, now=now)
    assert day.count == 101
    (total,) = store.totals(store.REQUEST)
    assert total.sum_seconds == pytest.approx(90 * 0.010 + 10 * 0.200 + 5.0)


def test_a_redis_that_does_not_answer_never_fails_the_request(client, settings, team):
    # Nothing listens on port 1: the first request pays one failed connect, then recording pauses.
    settings.METRICS_REDIS_URL = "redis://127.0.0.1:1/0"
    store._pause.end()
    try:
        assert client.get(reverse("health-live")).status_code == 200
        assert store._pause.active()
        assert client.get(reverse("health-live")).status_code == 200
    finally:
        store._pause.end()


def test_metrics_needs_a_token_or_an_allowed_address(client, durations, settings):
    settings.METRICS_TOKEN = ""
    settings.METRICS_ALLOWED_IPS = []
    assert client.get(reverse("metrics")).status_code == 404  # off unless configured
    settings.METRICS_TOKEN = TOKEN
    assert client.get(reverse("metrics")).status_code == 403
    wrong = {"Authorization": "Bearer not-the-token"}
    assert client.get(reverse("metrics"), headers=wrong).status_code == 403
    right = {"Authorization": f"Bearer {TOKEN}"}
    assert client.get(reverse("metrics"), headers=right).status_code == 200
    settings.METRICS_TOKEN = ""
    import ipaddress

    settings.METRICS_ALLOWED_IPS = [ipaddress.ip_network("10.0.0.0/8")]
    assert client.get(reverse("metrics"), REMOTE_ADDR="10.1.2.3").status_code == 200
    assert client.get(reverse("metrics"), REMOTE_ADDR="192.168.1.9").status_code == 403
    # Behind no proxy a forged X-Forwarded-For changes nothing.
    forged = client.get(
        reverse("metrics"), headers={"X-Forwarded-For": "10.1.2.3"}, REMOTE_ADDR="192.168.1.9"
    )
    assert forged.status_code == 403


def test_metrics_exports_histograms_tasks_jobs_and_queue_depth(
    client, durations, scrape_token, settings, team
):
    from careteam.jobs import run_job

    for _ in range(3):
        client.get(reverse("health-live"))
    # An outbox job run through the real Celery task (eager here) records a task and a job.
    job = jobs.enqueue(name="deliver_reply", args=[0], key=f"telemetry-{uuid.uuid4().hex}")
    run_job.apply(args=(job.pk,))
    body = client.get(reverse("metrics"), headers=scrape_token).content.decode()
    line = (
        'careteam_http_request_duration_seconds_count{method="GET",route="health-live",'
        'status="2xx"} 3.0'
    )
    assert line in body
    assert 'careteam_http_request_duration_seconds_bucket{le="0.001",method="GET"' in body
    task = 'task_duration_seconds_count{state="SUCCESS",task="careteam.tasks.run_job"} 1.0'
    assert f"careteam_celery_{task}" in body
    assert 'careteam_outbox_job_duration_seconds_count{job="deliver_reply"' in body
    assert "careteam_outbox_jobs{status=" in body
    assert "careteam_outbox_jobs_overdue" in body


def test_queue_depth_is_read_from_the_broker(settings):
    settings.REDIS_URL = REDIS_URL
    queue = f"telemetry-test-{uuid.uuid4().hex}"
    settings.CELERY_TASK_DEFAULT_QUEUE = queue
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.lpush(queue, "a", "b")
        client.lpush(queue + "\x06\x163", "c")
        assert queue_lengths() == {queue: 3}
    finally:
        client.delete(queue, queue + "\x06\x163")


def test_admins_see_response_times_others_do_not(client, durations, team):
    admin = UserFactory(role=Role.ADMIN, team=team, is_staff=True)
    login(client, admin)
    client.get(reverse("inbox"))
    response = client.get(reverse("response-times"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "<td>inbox</td>" in body and "ms</td>" in body
    for role in (Role.SUPERVISOR, Role.CARE_AGENT, Role.ANALYST):
        client.logout()
        login(client, UserFactory(role=role, team=team))
        assert client.get(reverse("response-times")).status_code == 403
    client.logout()
    assert client.get(reverse("response-times")).status_code == 302


def test_without_redis_the_demo_keeps_the_figures_in_memory(settings):
    settings.METRICS_REDIS_URL = ""
    settings.METRICS_KEY_PREFIX = f"memory-{uuid.uuid4().hex}"
    label = store.label_of("GET", "inbox", "2xx")
    for seconds in (0.004, 0.005, 0.006):
        store.record(store.REQUEST, label, seconds)
    (hour,) = store.last_hour(store.REQUEST)
    assert hour.count == 3 and hour.p50 == pytest.approx(0.005, rel=0.045)
    assert [total.label for total in store.totals(store.REQUEST)] == [label]
