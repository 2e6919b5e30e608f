"""What happens when safety triage finds danger in a member's message.

Inside the inbound transaction (careteam.services._store_inbound): the message records the kind
and the phrases that showed it, the thread becomes urgent and shows the plan's protocol, the
event is audited (ids and the kind only), and each supervisor to alert gets an alert on their
pages and, when they have an email address, an email sent after commit through the job outbox.
The email says which thread to open and nothing about the member.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from careteam import jobs
from careteam.audit import audit_record, unread_mark_read
from careteam.language import detect_language
from careteam.models import (
    AgentProfile,
    AuditEvent,
    Message,
    SupervisorAlert,
    Team,
    Thread,
    User,
)
from careteam.roles import Role
from careteam.triage import Triage, triage_text

logger = logging.getLogger(__name__)
ALERT_EMAIL = "triage_alert_email"
# A thread keeps the language it has unless a message long enough to judge says otherwise.
LANGUAGE_CHANGE_MIN_LETTERS = 20


def supervisors_to_alert(*, team: Team) -> QuerySet[User]:
    """Who hears of an urgent message: the team's active supervisors on duty (availability
    "available" on My availability), or every active supervisor of the team when none is on
    duty, so an alarm is never heard by nobody."""
    supervisors = (
        User.objects.filter(is_active=True, teams=team, groups__name=Role.SUPERVISOR.value)
        .distinct()
        .order_by("pk")
    )
    on_duty = supervisors.filter(agent_profile__availability=AgentProfile.Availability.AVAILABLE)
    return on_duty if on_duty.exists() else supervisors


def message_triage(*, thread: Thread, message: Message) -> Triage:
    """Triage one stored member message and act on it; the caller saves the thread afterwards.

    Runs inside the inbound transaction, before the draft job is enqueued, so a draft job always
    sees the result. A message that shows no danger changes nothing (an urgent thread stays
    urgent until a person lowers it).
    """
    result = triage_text(message.text)
    if not result.alarming:
        return result
    message.triage_kind = result.kind
    message.triage_reasons = list(result.reasons)
    message.save(update_fields=["triage_kind", "triage_reasons"])
    thread.priority = Thread.Priority.URGENT
    thread.triage_kind = result.kind
    # A new alarm needs a new acknowledgement.
    thread.triage_acknowledged_at = None
    thread.triage_acknowledged_by = None
    audit_record(
        actor=None,
        action=AuditEvent.Action.TRIAGE_URGENT,
        member_id=thread.member_id,
        obj=message,
        detail=f"kind={result.kind} thread={thread.pk}",
    )
    for supervisor in supervisors_to_alert(team=thread.team):
        alert, created = SupervisorAlert.objects.get_or_create(
            message=message,
            supervisor=supervisor,
            defaults={"thread": thread, "kind": result.kind},
        )
        if created and supervisor.email:
            jobs.enqueue(name=ALERT_EMAIL, args=[alert.pk], key=f"{ALERT_EMAIL}:{alert.pk}")
    logger.warning("member message %s triaged as urgent on thread %s", message.pk, thread.pk)
    return result


def thread_language_update(*, thread: Thread, text: str) -> None:
    """Set the thread's language from a member message; the caller saves the thread."""
    detected = detect_language(text)
    if not detected or detected == thread.language:
        return
    if not thread.language or sum(c.isalpha() for c in text) >= LANGUAGE_CHANGE_MIN_LETTERS:
        thread.language = detected


def alert_email_send(alert_id: int) -> str:
    """Email one supervisor about one urgent thread; idempotent (emailed_at)."""
    alert = (
        SupervisorAlert.objects.select_related("supervisor", "thread__team")
        .filter(pk=alert_id, emailed_at__isnull=True)
        .first()
    )
    if alert is None or not alert.supervisor.email:
        return "nothing to send"
    path = reverse("thread", args=[alert.thread_id])
    link = f"{settings.CONSOLE_BASE_URL.rstrip('/')}{path}" if settings.CONSOLE_BASE_URL else path
    send_mail(
        subject=f"Urgent member message: thread {alert.thread_id}",
        message=(
            f"A member message on thread {alert.thread_id} ({alert.thread.team.name}) was "
            f"triaged as: {alert.get_kind_display()}.\n"
            f"Open the thread and follow the plan's protocol: {link}\n"
        ),
        from_email=None,
        recipient_list=[alert.supervisor.email],
    )
    SupervisorAlert.objects.filter(pk=alert.pk).update(emailed_at=timezone.now())
    return "sent"


def alerts_unseen(*, user: User) -> list[SupervisorAlert]:
    """The urgent-message alerts this user has not yet acted on, newest first."""
    return list(
        SupervisorAlert.objects.filter(supervisor=user, seen_at__isnull=True)
        .filter(thread__team__in=user.teams.all())
        .order_by("-created_at", "-pk")[:20]
    )


def alerts_mark_seen(*, user: User, thread: Thread) -> int:
    """Opening the thread is acting on its alerts."""
    return SupervisorAlert.objects.filter(
        supervisor=user, thread=thread, seen_at__isnull=True
    ).update(seen_at=timezone.now())


def alerts_mark_read(*, user: User, alert_id: int | None = None) -> int:
    """A supervisor clears their own alerts from the queue page (one, or all when alert_id is
    None) without opening the threads; audited with the count. Another's alerts are untouched."""
    return unread_mark_read(
        unread=SupervisorAlert.objects.filter(supervisor=user, seen_at__isnull=True),
        stamp="seen_at",
        user=user,
        one_pk=alert_id,
    )


def thread_alerts_clear(*, thread: Thread) -> int:
    """Someone acknowledged the thread's alarm: every supervisor's alert about it is done."""
    return SupervisorAlert.objects.filter(thread=thread, seen_at__isnull=True).update(
        seen_at=timezone.now()
    )


def latest_triage_reasons(*, thread: Thread) -> list[str]:
    """The phrases that made the thread's latest alarming member message alarming."""
    if not thread.triage_kind:
        return []
    reasons = (
        thread.messages.filter(direction=Message.Direction.INBOUND)
        .exclude(triage_kind="")
        .order_by("-created_at", "-pk")
        .values_list("triage_reasons", flat=True)
        .first()
    )
    return list(reasons or [])


def protocol_for(kind: str) -> list[str]:
    """The plan's protocol steps for this kind of danger (settings.TRIAGE_PROTOCOL)."""
    return list(settings.TRIAGE_PROTOCOL.get(kind, ()))
