"""The transactional outbox: enqueue, publish after commit, claim, retry with backoff, relay."""

from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from careteam import jobs
from careteam.models import Job

pytestmark = pytest.mark.django_db

CALLS: list[tuple[str, tuple[object, ...]]] = []
FAILURES = {"remaining": 0}
GAVE_UP: list[int] = []


def record(*args: object) -> None:
    CALLS.append(("record", args))


def flaky(item: int) -> None:
    CALLS.append(("flaky", (item,)))
    if FAILURES["remaining"]:
        FAILURES["remaining"] -= 1
        raise ConnectionError("member Jane Doe's claim 123")  # the message must not be stored


jobs.register("test_record", record)
jobs.register("test_flaky", flaky, max_attempts=3, on_give_up=lambda item: GAVE_UP.append(item))


@pytest.fixture(autouse=True)
def reset():
    CALLS.clear()
    GAVE_UP.clear()
    FAILURES["remaining"] = 0


def make_due(job: Job) -> None:
    Job.objects.filter(pk=job.pk).update(available_at=timezone.now() - timedelta(seconds=1))


def test_a_job_runs_after_commit_and_only_then(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        job = jobs.enqueue(name="test_record", args=[7, "x"], key="k1")
        assert CALLS == []
    job.refresh_from_db()
    assert CALLS == [("record", (7, "x"))]
    assert (job.status, job.attempts) == (Job.Status.DONE, 1)


def test_a_rolled_back_transaction_leaves_no_job(django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        jobs.enqueue(name="test_record", args=[1], key="rolled-back")
        raise RuntimeError
    assert not Job.objects.exists() and CALLS == []


def test_enqueueing_the_same_key_twice_runs_once(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = jobs.enqueue(name="test_record", args=[1], key="same")
        second = jobs.enqueue(name="test_record", args=[1], key="same")
    assert first.pk == second.pk and len(CALLS) == 1


def test_arguments_must_be_ids_and_handlers_must_exist():
    with pytest.raises(ValueError, match="ids"):
        jobs.enqueue(name="test_record", args=[{"name": "Jane"}], key="bad")
    with pytest.raises(ValueError, match="ids"):
        jobs.enqueue(name="test_record", args=["x" * 101], key="bad2")
    with pytest.raises(ValueError, match="no job handler"):
        jobs.enqueue(name="nope", args=[], key="bad3")


def test_a_failure_is_retried_with_backoff_through_the_relay(django_capture_on_commit_callbacks):
    FAILURES["remaining"] = 1
    with django_capture_on_commit_callbacks(execute=True):
        job = jobs.enqueue(name="test_flaky", args=[5], key="flaky")
    job.refresh_from_db()
    assert (job.status, job.attempts, job.last_error) == (Job.Status.PENDING, 1, "ConnectionError")
    assert job.available_at > timezone.now()
    assert jobs.relay() == 0  # not due yet
    make_due(job)
    assert jobs.relay() == 1
    job.refresh_from_db()
    assert (job.status, job.attempts, job.last_error) == (Job.Status.DONE, 2, "")
    assert CALLS == [("flaky", (5,)), ("flaky", (5,))]


def test_after_the_last_attempt_the_job_gives_up(django_capture_on_commit_callbacks):
    FAILURES["remaining"] = 99
    with django_capture_on_commit_callbacks(execute=True):
        job = jobs.enqueue(name="test_flaky", args=[9], key="doomed")
    for _ in range(2):
        make_due(job)
        jobs.relay()
    job.refresh_from_db()
    assert (job.status, job.attempts) == (Job.Status.FAILED, 3)
    assert GAVE_UP == [9]
    make_due(job)
    assert jobs.relay() == 0


def test_a_job_whose_lease_expired_is_published_again():
    job = Job.objects.create(
        name="test_record",
        key="lost",
        args=[3],
        status=Job.Status.PUBLISHED,
        available_at=timezone.now(),
        lease_until=timezone.now() - timedelta(seconds=1),
    )
    assert jobs.relay() == 1
    job.refresh_from_db()
    assert job.status == Job.Status.DONE and CALLS == [("record", (3,))]


def test_a_job_being_run_under_a_live_lease_is_not_run_again():
    job = Job.objects.create(
        name="test_record",
        key="busy",
        args=[3],
        status=Job.Status.RUNNING,
        available_at=timezone.now(),
        lease_until=timezone.now() + timedelta(minutes=5),
    )
    assert jobs.run(job_id=job.pk) == "not due"
    assert jobs.relay() == 0
    assert CALLS == []


def test_a_finished_job_never_runs_again():
    job = Job.objects.create(
        name="test_record",
        key="finished",
        args=[3],
        status=Job.Status.DONE,
        available_at=timezone.now(),
    )
    assert jobs.run(job_id=job.pk) == "not due"
    assert CALLS == []


def test_a_taken_name_refuses_another_handler():
    with pytest.raises(ValueError, match="registered twice"):
        jobs.register("test_record", flaky)
    jobs.register("test_record", record)  # the same function again is harmless


def test_every_app_registers_its_handlers_when_django_starts():
    """A fresh process knows every job after django.setup() alone: no tasks module imported."""
    import subprocess
    import sys

    code = (
        "import django, sys; django.setup(); from careteam import jobs; "
        "assert not any(m.endswith('.tasks') for m in sys.modules if m.split('.')[0] in "
        "('careteam', 'suggestions', 'training')), sorted(sys.modules); "
        "print(' '.join(sorted(jobs._HANDLERS)))"
    )
    env = {**__import__("os").environ, "DJANGO_SETTINGS_MODULE": "tests.settings"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    names = set(done.stdout.split())
    assert {"deliver_reply", "triage_alert_email", "draft_reply"} <= names
