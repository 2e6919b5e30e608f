"""Clearing a safety alarm: an agent or supervisor acknowledges an urgent thread (one click,
audited, keyboard-reachable) and a supervisor marks their alerts read from the queue page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from careteam import services
from careteam.models import AuditEvent, SupervisorAlert, SupervisorNotice, Thread
from careteam.roles import Role
from tests.factories import MemberFactory, MessageFactory, ThreadFactory, UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
ALARMING = "I have crushing chest pain right now and my left arm is numb. Is the ER covered?"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def second_supervisor(team):
    return UserFactory(role=Role.SUPERVISOR, team=team)


@pytest.fixture
def urgent(client, team, supervisor, second_supervisor):
    """A thread raised by a member's alarming message through the API (two supervisors
    alerted)."""
    _, token = services.api_client_create(name="member-app", team=team)
    member = MemberFactory(member_id="M900002", teams=[team])
    response = client.post(
        "/api/v1/messages",
        data=json.dumps({"member_id": member.member_id, "text": ALARMING}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": "ack-1"},
    )
    assert response.status_code == 201
    return Thread.objects.get(member=member)


def acknowledge_url(thread):
    return reverse("thread-action", args=[thread.pk, "acknowledge"])


def test_an_agent_acknowledges_with_one_click(as_user, agent, supervisor, urgent):
    client = as_user(agent)
    page = client.get(reverse("thread", args=[urgent.pk])).content.decode()
    assert "act now" in page and 'data-action="acknowledge"' in page
    response = client.post(acknowledge_url(urgent))
    assert response.status_code == 302
    urgent.refresh_from_db()
    assert urgent.triage_acknowledged_by == agent and urgent.triage_acknowledged_at is not None
    assert urgent.priority == Thread.Priority.URGENT  # acknowledged, still first in line
    event = AuditEvent.objects.get(action=AuditEvent.Action.TRIAGE_ACKNOWLEDGED)
    assert (event.actor, event.object_id, event.detail) == (agent, str(urgent.pk), "kind=emergency")
    # Someone is acting: the supervisors' alerts about it are done.
    assert not SupervisorAlert.objects.filter(thread=urgent, seen_at__isnull=True).exists()
    page = client.get(reverse("thread", args=[urgent.pk])).content.decode()
    assert "act now" not in page and 'role="alert" aria-label="Safety protocol"' not in page
    assert f"acknowledged by {agent.display_name}" in page
    assert 'data-action="acknowledge"' not in page


def test_htmx_gets_the_refreshed_thread(as_user, supervisor, urgent):
    response = as_user(supervisor).post(acknowledge_url(urgent), headers={"HX-Request": "true"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "acknowledged by" in body and "<html" not in body


def test_twice_or_on_a_calm_thread_is_refused(as_user, agent, urgent, thread):
    client = as_user(agent)
    client.post(acknowledge_url(urgent))
    assert client.post(acknowledge_url(urgent)).status_code == 409
    assert client.post(acknowledge_url(thread)).status_code == 409
    assert AuditEvent.objects.filter(action=AuditEvent.Action.TRIAGE_ACKNOWLEDGED).count() == 1


def test_a_new_alarming_message_asks_for_a_new_acknowledgement(client, as_user, agent, urgent):
    as_user(agent).post(acknowledge_url(urgent))
    client.logout()
    _, token = services.api_client_create(name="member-app-2", team=urgent.team)
    client.post(
        "/api/v1/messages",
        data=json.dumps({"member_id": urgent.member.member_id, "text": "I want to kill myself"}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": "ack-2"},
    )
    urgent.refresh_from_db()
    assert urgent.triage_kind == "self_harm" and urgent.triage_acknowledged_at is None


def test_roles_and_strangers_are_refused(client, as_user, analyst, outsider_agent, urgent):
    response = client.post(acknowledge_url(urgent))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert as_user(analyst).post(acknowledge_url(urgent)).status_code == 403
    client.logout()
    assert as_user(outsider_agent).post(acknowledge_url(urgent)).status_code == 404
    urgent.refresh_from_db()
    assert urgent.triage_acknowledged_at is None


def test_the_key_a_is_in_the_shortcut_table():
    script = (ROOT / "static/js/shortcuts.js").read_text(encoding="utf-8")
    assert """{ keys: ["a"], label: "Acknowledge""" in script
    assert "form[data-action='acknowledge'] button" in script


# --- The queue page ---------------------------------------------------------------------------


def test_a_supervisor_marks_one_alert_read_from_the_queue_page(
    as_user, supervisor, urgent, second_supervisor
):
    other_supervisor = second_supervisor
    assert SupervisorAlert.objects.filter(thread=urgent).count() == 2
    client = as_user(supervisor)
    page = client.get(reverse("queue-health")).content.decode()
    assert "Urgent member messages for you" in page
    alert = SupervisorAlert.objects.get(supervisor=supervisor)
    response = client.post(reverse("queue-alerts-read"), {"alert": alert.pk})
    assert response.status_code == 302
    alert.refresh_from_db()
    assert alert.seen_at is not None
    assert SupervisorAlert.objects.get(supervisor=other_supervisor).seen_at is None
    event = AuditEvent.objects.get(action=AuditEvent.Action.ALERTS_READ)
    assert (event.actor, event.detail) == (supervisor, "marked=1")
    assert "Urgent member messages for you" not in (
        client.get(reverse("queue-health")).content.decode()
    )


def test_mark_all_read_over_htmx_returns_the_region(as_user, supervisor, urgent):
    response = as_user(supervisor).post(
        reverse("queue-alerts-read"), headers={"HX-Request": "true", "HX-Target": "queue-health"}
    )
    body = response.content.decode()
    assert response.status_code == 200 and body.lstrip().startswith('<div id="queue-health"')
    assert not SupervisorAlert.objects.filter(supervisor=supervisor, seen_at=None).exists()


def test_another_supervisors_alert_cannot_be_marked(as_user, supervisor, urgent, second_supervisor):
    theirs = SupervisorAlert.objects.get(supervisor=second_supervisor)
    as_user(supervisor).post(reverse("queue-alerts-read"), {"alert": theirs.pk})
    theirs.refresh_from_db()
    assert theirs.seen_at is None


def test_marking_alerts_read_is_for_supervisors(client, as_user, agent, urgent):
    response = client.post(reverse("queue-alerts-read"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert as_user(agent).post(reverse("queue-alerts-read")).status_code == 403
    assert SupervisorAlert.objects.filter(seen_at__isnull=True).exists()


def test_a_malformed_alert_id_is_not_found(as_user, supervisor, urgent):
    assert as_user(supervisor).post(reverse("queue-alerts-read"), {"alert": "x"}).status_code == 404


def test_the_queue_page_query_count_does_not_grow_with_alerts(as_user, supervisor, urgent, team):
    client = as_user(supervisor)
    client.get(reverse("queue-health"))
    with CaptureQueriesContext(connection) as one:
        client.get(reverse("queue-health"), headers={"HX-Request": "true"})
    for _ in range(5):
        thread = ThreadFactory(team=team)
        message = MessageFactory(thread=thread)
        SupervisorAlert.objects.create(
            supervisor=supervisor, thread=thread, message=message, kind="emergency"
        )
    with CaptureQueriesContext(connection) as six:
        client.get(reverse("queue-health"), headers={"HX-Request": "true"})
    assert len(one) == len(six)


def test_a_supervisor_marks_an_escalation_read_for_the_team(as_user, supervisor, team, other_team):
    ours = SupervisorNotice.objects.create(
        team=team, kind=SupervisorNotice.Kind.SLA_ESCALATION, text="Thread 1 nearly due"
    )
    theirs = SupervisorNotice.objects.create(
        team=other_team, kind=SupervisorNotice.Kind.SLA_ESCALATION, text="Thread 2 nearly due"
    )
    client = as_user(supervisor)
    assert "Thread 1 nearly due" in client.get(reverse("queue-health")).content.decode()
    assert client.post(reverse("queue-alerts-read"), {"notice": ours.pk}).status_code == 302
    client.post(reverse("queue-alerts-read"), {"notice": theirs.pk})  # not their team: no effect
    ours.refresh_from_db()
    theirs.refresh_from_db()
    assert ours.read_at is not None and theirs.read_at is None
    assert "Thread 1 nearly due" not in client.get(reverse("queue-health")).content.decode()
    event = AuditEvent.objects.get(object_type="SupervisorNotice")
    assert (event.actor, event.detail) == (supervisor, "marked=1")
