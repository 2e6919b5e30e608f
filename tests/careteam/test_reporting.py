"""Canary values planted in a failing request appear in no log, error e-mail or task message."""

import contextlib
import io
import logging
from collections.abc import Iterator

import pytest
from django.core import mail

from careteam import services
from careteam.celery import app as celery_app
from careteam.models import Job
from tests.conftest import login
from tests.support.celery import broker

CANARIES = {"name": "Zebedee Canarywood", "ssn": "078-05-1120", "diagnosis": "F32.A canaryitis"}


@contextlib.contextmanager
def log_output() -> Iterator[io.StringIO]:
    """What the configured console handler would write, with the configured formatter."""
    console = next(h for h in logging.getLogger().handlers if h.name == "console")
    output = io.StringIO()
    handler = logging.StreamHandler(output)
    handler.setFormatter(console.formatter)
    loggers = [logging.getLogger(), logging.getLogger("django.request")]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield output
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


def all_canaries_absent(text: str) -> bool:
    return not any(value in text for value in CANARIES.values())


@pytest.mark.django_db
@pytest.mark.urls("tests.support.failing_urls")
def test_a_failing_request_leaks_no_member_data(client, agent, settings):
    settings.ADMINS = ["ops@example.org"]
    client.raise_request_exception = False
    login(client, agent)
    with log_output() as output:
        logging.getLogger("careteam").info("log capture is live")
        response = client.post(
            f"/boom/?ssn={CANARIES['ssn']}",
            {"name": CANARIES["name"], "diagnosis": CANARIES["diagnosis"]},
        )
    assert response.status_code == 500
    assert all_canaries_absent(response.content.decode())

    logged = output.getvalue()
    assert "log capture is live" in logged
    assert "Internal Server Error: /boom/" in logged and "ValueError" in logged
    assert all_canaries_absent(logged)

    assert len(mail.outbox) == 1
    report = mail.outbox[0]
    bodies = [report.subject, report.body] + [str(alt[0]) for alt in report.alternatives]
    assert "ValueError" in report.body and "/boom/" in report.body
    for body in bodies:
        assert all_canaries_absent(body)


@pytest.mark.django_db
def test_task_messages_carry_ids_not_member_text(agent, thread, django_capture_on_commit_callbacks):
    with (
        broker(celery_app, "memory://localhost/") as published,
        django_capture_on_commit_callbacks(execute=True),
    ):
        services.reply_send(thread=thread, author=agent, text=f"Dear {CANARIES['name']}")
    assert len(published) == 1
    assert all_canaries_absent(repr(published))
    job = Job.objects.get()
    assert published[0]["task"] == "careteam.tasks.run_job"
    assert published[0]["args"] == [job.pk]
    assert job.args == [thread.messages.get().pk]
