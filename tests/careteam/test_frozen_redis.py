"""A Redis that accepts connections and never answers (frozen, or cut off by a partition) must
not hold the web tier: requests finish within a bound and leave their jobs to the outbox relay.

The "frozen Redis" is a local TCP server that accepts connections and never answers
(tests/support/frozen.py); the upper bounds below are far above what a healthy request takes and
far below the stall the fault-injection run measured (about 28 s per request).
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from careteam import jobs, pause, services
from careteam.celery import app as celery_app
from careteam.models import AuditEvent, Job, Message
from careteam.services import DELIVER_REPLY
from tests.factories import MemberFactory, ThreadFactory
from tests.support.celery import broker
from tests.support.frozen import frozen_redis
from tests.support.waiting import free_port

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
BOUND_SECONDS = 8


@pytest.fixture(autouse=True)
def publishing_resumed() -> Iterator[None]:
    """A failed publish (or cache call) pauses this process's use of its server; leave none
    behind (the frozen server's port may be reused by the next test's)."""
    pause.end_all()
    yield
    pause.end_all()


def test_replies_sent_while_redis_is_frozen_finish_and_leave_delivery_to_the_relay(
    as_user, agent, team, django_capture_on_commit_callbacks
):
    threads = [ThreadFactory(team=team, member=MemberFactory()) for _ in range(3)]
    client = as_user(agent)
    with frozen_redis() as frozen, broker(celery_app, frozen.url) as published:
        started = time.monotonic()
        for thread in threads:
            with django_capture_on_commit_callbacks(execute=True):
                response = client.post(
                    reverse("thread-reply", args=[thread.pk]), {"text": "We are on it."}
                )
            assert response.status_code == 302  # stored, and the agent is told so
        elapsed = time.monotonic() - started
        assert frozen.accepted, "the broker publish never reached the frozen Redis"
    assert elapsed < BOUND_SECONDS, f"three replies took {elapsed:.1f} s against a frozen Redis"
    # Only the first reply waited on the broker; the next two left their jobs to the relay.
    assert len(published) == 1
    deliveries = Job.objects.filter(name=DELIVER_REPLY)
    # Each job is back in the outbox as due work, so the relay's next tick publishes it.
    assert sorted(deliveries.values_list("status", flat=True)) == [Job.Status.PENDING] * 3
    assert set(deliveries.filter(available_at__lte=timezone.now())) == set(deliveries)

    # Redis answers again (here: tasks run in-process): the relay publishes all three.
    assert jobs.relay() == 3
    assert Message.objects.filter(delivery_status=Message.Delivery.DELIVERED).count() == 3


def test_the_relay_stops_at_the_first_publish_a_frozen_redis_does_not_take():
    for number in range(5):
        Job.objects.create(
            name=DELIVER_REPLY,
            key=f"frozen-{number}",
            args=[number],
            available_at=timezone.now(),
        )
    with frozen_redis() as frozen, broker(celery_app, frozen.url):
        started = time.monotonic()
        assert jobs.relay() == 0
        elapsed = time.monotonic() - started
    assert elapsed < BOUND_SECONDS, f"the relay took {elapsed:.1f} s against a frozen Redis"
    assert Job.objects.filter(status=Job.Status.PENDING).count() == 5  # all still due


CACHE_CALLS = """
import time
from django.core.cache import cache
started = time.monotonic()
for call in (lambda: cache.get("hits"), lambda: cache.set("hits", 1)):
    try:
        call()
    except Exception as error:
        print(type(error).__name__)
print(f"{time.monotonic() - started:.2f}")
"""


def test_the_django_cache_gives_up_on_a_frozen_redis():
    """The cache as the settings configure it with REDIS_URL (tests otherwise use locmem): a
    read and a write, as a rate limit makes in a request, both give up within the bound."""
    with frozen_redis() as frozen:
        env = {
            "PATH": os.environ["PATH"],
            "HOME": os.environ.get("HOME", str(ROOT)),
            "DEBUG": "1",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "REDIS_URL": frozen.url,
            "CARETEAM_VAR_DIR": str(ROOT / "var" / "test"),
        }
        try:
            result = subprocess.run(
                [sys.executable, "manage.py", "shell", "--no-imports", "-c", CACHE_CALLS],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
        except subprocess.TimeoutExpired:
            pytest.fail("the cache waited on the frozen Redis for a minute")
    *errors, elapsed = result.stdout.split()
    assert errors == ["TimeoutError", "TimeoutError"], result.stdout + result.stderr[-2000:]
    # redis-py's own default (5 s a call) made these two calls wait 10 s.
    assert float(elapsed) < 7, f"two cache calls took {elapsed} s against a frozen Redis"


def test_member_messages_are_taken_while_the_rate_limit_cache_is_frozen(
    settings, team, django_capture_on_commit_callbacks
):
    """The inbound API counts each post in the cache (a read, an add, an increment): with the
    cache frozen, posts are taken without a limit rather than held for each of those calls."""
    _, token = services.api_client_create(name="member-app", team=team)
    MemberFactory(member_id="M900777", teams=[team])
    client = Client()
    with frozen_redis() as frozen:
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": frozen.url,
                "OPTIONS": {
                    "socket_timeout": settings.REDIS_TIMEOUT_SECONDS,
                    "socket_connect_timeout": settings.REDIS_TIMEOUT_SECONDS,
                },
            }
        }
        started = time.monotonic()
        for number in range(3):
            with django_capture_on_commit_callbacks(execute=False):
                response = client.post(
                    reverse("api-member-messages"),
                    {"member_id": "M900777", "text": f"Question {number}"},
                    content_type="application/json",
                    headers={"Authorization": f"Bearer {token}", "Idempotency-Key": f"k{number}"},
                )
            assert response.status_code == 201, response.content
        elapsed = time.monotonic() - started
        assert frozen.accepted, "the rate limit never reached the frozen cache"
    assert elapsed < BOUND_SECONDS, f"three posts took {elapsed:.1f} s against a frozen cache"


def everything_on(settings: Any, url: str) -> None:
    """The cache and the live channel layer on `url`, as production puts them on REDIS_URL (the
    caller points the broker there too)."""
    settings.CACHES = redis_cache(url, settings.REDIS_TIMEOUT_SECONDS)
    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {
                "hosts": [
                    {
                        "address": url,
                        "socket_connect_timeout": settings.REDIS_TIMEOUT_SECONDS,
                        "socket_timeout": 5 + settings.REDIS_TIMEOUT_SECONDS,
                    }
                ]
            },
        }
    }


def redis_cache(url: str, timeout: float) -> dict[str, object]:
    """The cache as the settings configure it with REDIS_URL (tests otherwise use locmem)."""
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_timeout": timeout, "socket_connect_timeout": timeout},
        }
    }


@pytest.mark.parametrize("state", ["frozen", "down"])
def test_pages_are_served_and_audited_while_the_cache_is_frozen_or_down(
    settings, as_user, agent, supervisor, team, state
):
    """The inbox, a thread, the claims worklist and queue health keep a cache only to save
    work (which listings and views were audited already, queue counts): without it they still
    answer, and audit every view rather than none. Each page answered 500 before."""
    thread = ThreadFactory(team=team, member=MemberFactory())
    pages = [
        (agent, reverse("inbox")),
        (agent, reverse("thread", args=[thread.pk])),
        (agent, reverse("claims-worklist")),
        (supervisor, reverse("queue-health")),
    ]
    with frozen_redis() as frozen:
        url = frozen.url if state == "frozen" else f"redis://127.0.0.1:{free_port()}/0"
        settings.CACHES = redis_cache(url, settings.REDIS_TIMEOUT_SECONDS)
        started = time.monotonic()
        answers = []
        for user, path in pages:
            answers.append((path, as_user(user).get(path).status_code))
        elapsed = time.monotonic() - started
    assert answers == [(path, 200) for _, path in pages]
    assert elapsed < BOUND_SECONDS, f"four pages took {elapsed:.1f} s without the cache"
    viewed = AuditEvent.objects.filter(actor=agent, action=AuditEvent.Action.VIEW_THREAD)
    assert list(viewed.values_list("member_id", flat=True)) == [thread.member_id]


def test_replies_with_everything_on_a_frozen_redis_wait_once_not_on_every_push(
    settings, as_user, agent, team, django_capture_on_commit_callbacks
):
    """In production the broker, the cache and the live channel layer share REDIS_URL. Each
    reply pushes its changes to open screens after the commit; with that Redis frozen every push
    waited out its timeout (about 6 s a reply, end to end under gunicorn). After a failed push
    this process leaves the layer alone for a while (the screens' polls catch up)."""
    threads = [ThreadFactory(team=team, member=MemberFactory()) for _ in range(3)]
    client = as_user(agent)
    with frozen_redis() as frozen, broker(celery_app, frozen.url):
        everything_on(settings, frozen.url)
        started = time.monotonic()
        for thread in threads:
            with django_capture_on_commit_callbacks(execute=True):
                response = client.post(
                    reverse("thread-reply", args=[thread.pk]), {"text": "We are on it."}
                )
            assert response.status_code == 302
        elapsed = time.monotonic() - started
    assert elapsed < BOUND_SECONDS, f"three replies took {elapsed:.1f} s against a frozen Redis"
    assert Message.objects.filter(thread__in=threads, text="We are on it.").count() == 3


def test_the_first_reply_on_a_frozen_redis_waits_on_it_once_for_broker_cache_and_live_layer(
    settings, as_user, agent, team, django_capture_on_commit_callbacks
):
    """Broker, cache and live layer are three clients of one server: the first to wait out its
    timeout pauses the other two (a frozen server is frozen for every database on it), so the
    first reply of each process waits about 2 s instead of about 7 s."""
    thread = ThreadFactory(team=team, member=MemberFactory())
    client = as_user(agent)
    with frozen_redis() as frozen, broker(celery_app, frozen.url):
        everything_on(settings, frozen.url.replace("/0", "/3"))  # another database, same server
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("thread-reply", args=[thread.pk]), {"text": "We are on it."}
            )
        assert response.status_code == 302
        assert len(frozen.accepted) == 1, "more than one client waited on the frozen server"
    assert Message.objects.filter(thread=thread, text="We are on it.").count() == 1
