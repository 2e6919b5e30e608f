"""An alarming member message, end to end in careteam: urgent, audited, supervisors told, the
protocol on the thread page; and the language of every message on arrival."""

from __future__ import annotations

import json
import logging
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from careteam import jobs
from careteam.models import AgentProfile, AuditEvent, Job, Message, SupervisorAlert, Thread
from careteam.roles import Role
from tests.factories import MemberFactory, ThreadFactory, UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
URL = "/api/v1/messages"
ALARMING = "I have crushing chest pain right now and my left arm is numb. Is the ER covered?"


@pytest.fixture
def member(team):
    return MemberFactory(member_id="M900001", first_name="Odalys", teams=[team])


def post(client, token, text, key="key-1"):
    return client.post(
        URL,
        data=json.dumps({"member_id": "M900001", "text": text}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": key},
    )


def test_an_alarming_message_makes_the_thread_urgent_and_records_why(client, api, member):
    assert post(client, api, ALARMING).status_code == 201
    message = Message.objects.get(idempotency_key="key-1")
    thread = message.thread
    assert thread.priority == Thread.Priority.URGENT
    assert thread.triage_kind == message.triage_kind == "emergency"
    assert message.triage_reasons == ["chest pain", "crushing chest", "arm is numb"]
    event = AuditEvent.objects.get(action=AuditEvent.Action.TRIAGE_URGENT)
    assert event.member_id == member.pk and event.object_id == str(message.pk)
    # The audit row holds ids and the kind, never the member's words.
    assert "chest" not in event.detail and event.detail.startswith("kind=emergency")


def test_a_near_miss_changes_nothing(client, api, member):
    post(client, api, "I have a question about my emergency room bill from last month")
    thread = Thread.objects.get(member=member)
    assert thread.priority == Thread.Priority.NORMAL and thread.triage_kind == ""
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.TRIAGE_URGENT).exists()
    assert not SupervisorAlert.objects.exists()


def test_a_later_calm_message_leaves_an_urgent_thread_urgent(client, api, member):
    post(client, api, ALARMING, key="a")
    post(client, api, "also, what is my deductible?", key="b")
    assert Thread.objects.get(member=member).priority == Thread.Priority.URGENT


def test_the_teams_active_supervisors_are_alerted_and_emailed(
    client, api, member, team, other_team, agent, django_capture_on_commit_callbacks
):
    on_team = UserFactory(role=Role.SUPERVISOR, team=team, email="sup@example.org")
    no_email = UserFactory(role=Role.SUPERVISOR, team=team, email="")
    UserFactory(role=Role.SUPERVISOR, team=team, is_active=False, email="gone@example.org")
    UserFactory(role=Role.SUPERVISOR, team=other_team, email="other@example.org")
    with django_capture_on_commit_callbacks(execute=False):
        post(client, api, ALARMING)
    alerts = SupervisorAlert.objects.order_by("supervisor_id")
    assert [a.supervisor for a in alerts] == [on_team, no_email]  # not agents, not others
    job = Job.objects.get(name="triage_alert_email")
    assert jobs.run(job_id=job.pk) == "done"
    assert [m.to for m in mail.outbox] == [["sup@example.org"]]
    sent = mail.outbox[0]
    thread = Thread.objects.get(member=member)
    assert reverse("thread", args=[thread.pk]) in sent.body
    # Nothing about the member: not their name, id, or words.
    for secret in ("Odalys", "M900001", "chest", "arm"):
        assert secret not in sent.subject + sent.body
    # Run twice (a redelivered job), it sends nothing more.
    from careteam.safety import alert_email_send

    assert alert_email_send(alerts[0].pk) == "nothing to send"
    assert len(mail.outbox) == 1


def test_the_message_words_never_reach_the_logs(client, api, member, caplog):
    with caplog.at_level(logging.DEBUG):
        post(client, api, ALARMING)
    assert "triaged as urgent" in caplog.text
    assert "chest" not in caplog.text.lower() and "numb" not in caplog.text


def test_urgent_threads_come_first_in_every_inbox(as_user, agent, api, client, member, team):
    older_normal = ThreadFactory(team=team, member=MemberFactory(teams=[team]))
    older_normal.last_message_at = timezone.now()
    older_normal.save()
    post(client, api, ALARMING)  # the newer thread, but urgent
    urgent = Thread.objects.get(member=member)
    older_normal.last_message_at = timezone.now()  # now the most recent activity
    older_normal.save()
    as_user(agent)
    for tab in ("unassigned", "open", "all"):
        page = client.get(reverse("inbox"), {"tab": tab})
        ids = [int(pk) for pk in re.findall(r'<tr id="thread-row-(\d+)"', page.content.decode())]
        assert ids.index(urgent.pk) < ids.index(older_normal.pk), tab


def test_the_thread_page_shows_the_protocol_and_why(as_user, agent, api, client, member, settings):
    settings.TRIAGE_PROTOCOL = {"emergency": ["Tell the member to call 911 now."]}
    post(client, api, ALARMING)
    thread = Thread.objects.get(member=member)
    as_user(agent)
    page = client.get(reverse("thread", args=[thread.pk]))
    html = page.content.decode()
    assert "Possible medical emergency: act now" in html
    assert "Tell the member to call 911 now." in html
    assert '<mark class="concern">arm is numb</mark>' in html  # the reason, for the agent
    assert "Urgent priority" in html


def test_a_calm_thread_has_no_banner(as_user, agent, thread, client):
    as_user(agent)
    html = client.get(reverse("thread", args=[thread.pk])).content.decode()
    assert "act now" not in html


def test_only_supervisors_on_duty_are_alerted_when_any_is(client, api, member, team):
    on_duty = UserFactory(role=Role.SUPERVISOR, team=team)
    AgentProfile.objects.create(user=on_duty, availability=AgentProfile.Availability.AVAILABLE)
    away = UserFactory(role=Role.SUPERVISOR, team=team)
    AgentProfile.objects.create(user=away, availability=AgentProfile.Availability.AWAY)
    UserFactory(role=Role.SUPERVISOR, team=team)  # no profile: never set available
    post(client, api, ALARMING)
    assert [a.supervisor for a in SupervisorAlert.objects.all()] == [on_duty]


def test_with_no_supervisor_on_duty_every_active_supervisor_is_alerted(client, api, member, team):
    away = UserFactory(role=Role.SUPERVISOR, team=team)
    AgentProfile.objects.create(user=away, availability=AgentProfile.Availability.OFFLINE)
    never_set = UserFactory(role=Role.SUPERVISOR, team=team)
    post(client, api, ALARMING)
    alerted = {a.supervisor for a in SupervisorAlert.objects.all()}
    assert alerted == {away, never_set}


def test_a_supervisor_sees_the_alert_until_opening_the_thread(
    as_user, supervisor, agent, api, client, member
):
    post(client, api, ALARMING)
    thread = Thread.objects.get(member=member)
    as_user(agent)
    assert "Urgent member messages for you" not in client.get(reverse("inbox")).content.decode()
    client.logout()
    as_user(supervisor)
    inbox = client.get(reverse("inbox")).content.decode()
    assert "Urgent member messages for you" in inbox
    assert reverse("thread", args=[thread.pk]) in inbox
    client.get(reverse("thread", args=[thread.pk]))
    assert SupervisorAlert.objects.get(supervisor=supervisor).seen_at is not None
    assert "Urgent member messages for you" not in client.get(reverse("inbox")).content.decode()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hello, why was my claim for the blood test denied last week?", "en"),
        ("Hola, ¿por qué me negaron el reclamo del análisis de sangre?", "es"),
    ],
)
def test_the_language_is_detected_on_arrival_and_shown(
    as_user, agent, api, client, member, text, language
):
    post(client, api, text)
    thread = Thread.objects.get(member=member)
    assert thread.language == language
    as_user(agent)
    label = f'title="Language">{language.upper()}<'
    assert label in client.get(reverse("inbox"), {"tab": "all"}).content.decode()
    assert (
        f">{language.upper()}</span>"
        in client.get(reverse("thread", args=[thread.pk])).content.decode()
    )


def test_a_short_reply_does_not_change_the_threads_language(api, client, member):
    post(client, api, "Necesito una tarjeta de identificación nueva, por favor", key="a")
    post(client, api, "ok thanks", key="b")
    assert Thread.objects.get(member=member).language == "es"
    post(client, api, "Actually, could you write to me in English from now on please?", key="c")
    assert Thread.objects.get(member=member).language == "en"
