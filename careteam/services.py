"""Writes. Each is atomic, validates its input, and starts side effects only after commit."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from careteam import jobs, replies, roles, routing, safety, sla, softcache
from careteam.audit import audit_record, audit_record_members
from careteam.data import ReplyCandidate, ReplyConcern
from careteam.live import publish as live
from careteam.models import (
    ApiClient,
    AuditEvent,
    Member,
    Message,
    ResponseRecord,
    Team,
    Thread,
    User,
)
from careteam.signals import member_message_stored, reply_stored

logger = logging.getLogger(__name__)

MAX_REPLY_CHARS = 10_000
# The same words for a member that does not exist and one the caller's team does not serve.
UNKNOWN_MEMBER = "no member has this id"
SIGNATURE_HEADER = "X-Careteam-Signature"


class ServiceError(ValueError):
    """A request the domain refuses; the message is safe to show to staff."""

    def __init__(
        self, message: str, *, field: str = "", concerns: list[ReplyConcern] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.concerns = concerns or []


class ReplyNeedsConfirmation(ServiceError):
    """The reply mentions facts the member's records do not show: the agent must confirm."""

    def __init__(self, concerns: list[ReplyConcern], *, token: str) -> None:
        super().__init__(
            "Check the highlighted details against the member's records, then confirm.",
            field="text",
            concerns=concerns,
        )
        self.token = token


class ReplyCollision(ServiceError):
    """A colleague replied to this thread after the agent's page was drawn: say so first."""

    def __init__(self, *, colleague: str, seconds_ago: int, newest_message_id: int) -> None:
        ago = f"{seconds_ago} s" if seconds_ago < 120 else f"{seconds_ago // 60} min"
        super().__init__(
            f"{colleague} replied {ago} ago, after you opened this thread. Nothing was sent: "
            "read their reply, then send yours if it is still needed.",
            field="text",
        )
        self.newest_message_id = newest_message_id


class SendTokenUsedElsewhere(ServiceError):
    """A reply posted with a composer's token that already sent a reply on another thread."""

    def __init__(self) -> None:
        super().__init__(
            "This reply form was opened on another thread, where it was already used. "
            "Nothing was sent: check that the text is meant for this member, then send again.",
            field="text",
        )


# --- Audit -------------------------------------------------------------------------------------


def audit_listing(
    *,
    actor: User,
    action: str,
    member_ids: list[int],
    detail: str,
    request: HttpRequest,
    background: bool,
) -> int:
    """One audit row per member a listing showed, in one insert.

    A background refresh of a listing (htmx polling) records only the members that were not
    in the previous listing this session saw, so an open inbox does not write a row per member
    every few seconds while still recording every member that appears. What was shown is kept
    in the cache, not the session: a read never rewrites the session row (and a poll can no
    longer save a stale session over a search the agent just typed). If the cache lost it, the
    refresh records every member again: more rows, never fewer.
    """
    return audit_listings_seen(
        viewers=[(actor.pk, request.session.session_key or "")],
        action=action,
        member_ids=member_ids,
        detail=detail,
        request_id=getattr(request, "request_id", ""),
        background=background,
    )


def audit_listings_seen(
    *,
    viewers: list[tuple[int, str]],
    action: str,
    member_ids: list[int],
    detail: str,
    request_id: str = "",
    background: bool = True,
) -> int:
    """audit_listing for one listing shown to several (user id, session key) viewers at once
    (the live updates push one rendered inbox list to every screen that shows the same): one
    cache read, one cache write and one insert for all of them, the same rows as one call each."""
    shown = list(dict.fromkeys(member_ids))
    keys = {viewer: _session_audit_key(viewer[1], "listing") for viewer in viewers}
    previous = softcache.get_many([key for key in keys.values() if key]) if background else {}
    changed = {
        key: shown
        for key in keys.values()
        if key and (not background or previous.get(key) != shown)
    }
    if changed:
        softcache.set_many(changed, timeout=settings.SESSION_IDLE_SECONDS)
    pairs = []
    for (user_id, _), key in keys.items():
        already = set(previous.get(key) or []) if key else set()
        pairs += [(user_id, member_id) for member_id in shown if member_id not in already]
    return audit_record_members(pairs=pairs, action=action, detail=detail, request_id=request_id)


def audit_view_once(
    *, actor: User, obj: Thread, request: HttpRequest, background: bool, minutes: int = 15
) -> None:
    """Audit a thread view; a background refresh re-audits it at most every `minutes`.

    The time of the last audit is kept in the cache (see audit_listing), so a view does not
    write the session.
    """
    key = _audit_cache_key(request, f"thread:{obj.pk}")
    if background and key:
        # False: audited within the interval. None (no cache): audit this one as well.
        if softcache.add(key, 1, timeout=minutes * 60) is False:
            return
    elif key:
        softcache.set(key, 1, timeout=minutes * 60)
    audit_record(
        actor=actor,
        action=AuditEvent.Action.VIEW_THREAD,
        member_id=obj.member_id,
        obj=obj,
        request=request,
    )


def _audit_cache_key(request: HttpRequest, what: str) -> str | None:
    return _session_audit_key(request.session.session_key or "", what)


def _session_audit_key(session_key: str, what: str) -> str | None:
    """Per signed-in session; the session key is hashed so the cache never holds a usable one."""
    if not session_key:
        return None
    digest = hashlib.sha256(session_key.encode()).hexdigest()[:32]
    return f"audit-seen:{digest}:{what}"


# --- Members and the teams that serve them ----------------------------------------------------


def member_enrol(*, member_ids: list[str], team: Team) -> tuple[int, list[str]]:
    """Enrol members with a team, so its staff and API clients may reach them.

    Returns how many were newly enrolled and the ids that match no member (nothing is enrolled
    when any id is unknown: a typo must not leave half a list done).
    """
    wanted = sorted(set(member_ids))
    found = dict(Member.objects.filter(member_id__in=wanted).values_list("member_id", "pk"))
    unknown = [member_id for member_id in wanted if member_id not in found]
    if unknown:
        return 0, unknown
    Enrolment = Member.teams.through
    with transaction.atomic():
        already = set(
            Enrolment.objects.filter(team=team, member_id__in=found.values()).values_list(
                "member_id", flat=True
            )
        )
        Enrolment.objects.bulk_create(
            [Enrolment(member_id=pk, team=team) for pk in found.values() if pk not in already],
            ignore_conflicts=True,
        )
    return len(set(found.values()) - already), []


# --- API clients -------------------------------------------------------------------------------


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def api_client_create(*, name: str, team: Team, token: str | None = None) -> tuple[ApiClient, str]:
    """Create a client and return it with its token, which is shown once and never stored.

    `token` lets the demo use a well-known token; production clients get a random one.
    """
    if token is None:
        token = f"ct_{secrets.token_hex(4)}_{secrets.token_urlsafe(32)}"
    parts = token.split("_")
    if len(parts) < 3 or parts[0] != "ct" or not parts[1]:
        raise ServiceError("A token looks like ct_<prefix>_<secret>.", field="token")
    prefix = parts[1]
    client = ApiClient.objects.create(
        name=name, team=team, token_prefix=prefix, token_hash=_hash_token(token)
    )
    return client, token


def api_client_authenticate(*, token: str) -> ApiClient | None:
    parts = token.split("_")
    if len(parts) < 3 or parts[0] != "ct":
        return None
    client = ApiClient.objects.filter(token_prefix=parts[1], is_active=True).first()
    if client is None or not hmac.compare_digest(client.token_hash, _hash_token(token)):
        return None
    return client


# --- Inbound member messages -------------------------------------------------------------------


@dataclass(frozen=True)
class InboundResult:
    message: Message
    created: bool


def request_fingerprint(payload: dict[str, object]) -> str:
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _due_by(thread: Thread, received_at: datetime) -> datetime:
    """When the member's message that arrived at `received_at` is due an answer: the target for
    the thread's priority, first or next response, in its team's business hours (careteam.sla)."""
    return sla.due_by(
        team=thread.team,
        priority=thread.priority,
        first_response=thread.first_response_at is None,
        since=received_at,
    )


def member_message_receive(
    *,
    client: ApiClient,
    member: Member,
    text: str,
    idempotency_key: str,
    fingerprint: str,
    subject: str = "",
    topic: str = Thread.Topic.OTHER,
    received_at: datetime | None = None,
) -> InboundResult:
    """Store a member's message: append it to their open thread or open a new one.

    A retried request with the same idempotency key returns the first message and stores nothing.
    A client reaches only the members its team serves.
    """
    existing = Message.objects.filter(api_client=client, idempotency_key=idempotency_key).first()
    if existing is not None:
        return _replayed(existing, fingerprint)
    if not Member.objects.served_by([client.team_id]).filter(pk=member.pk).exists():
        raise ServiceError(UNKNOWN_MEMBER, field="member_id")
    try:
        with transaction.atomic():
            message = _store_inbound(
                client=client,
                member=member,
                text=text,
                idempotency_key=idempotency_key,
                fingerprint=fingerprint,
                subject=subject,
                topic=topic,
                received_at=received_at or timezone.now(),
            )
    except IntegrityError:
        # A concurrent request with the same key won the race, or opened the member's thread
        # first; either way one retry settles it.
        existing = Message.objects.filter(
            api_client=client, idempotency_key=idempotency_key
        ).first()
        if existing is not None:
            return _replayed(existing, fingerprint)
        with transaction.atomic():
            message = _store_inbound(
                client=client,
                member=member,
                text=text,
                idempotency_key=idempotency_key,
                fingerprint=fingerprint,
                subject=subject,
                topic=topic,
                received_at=received_at or timezone.now(),
            )
    logger.info("inbound message %s stored on thread %s", message.pk, message.thread_id)
    return InboundResult(message=message, created=True)


def _replayed(existing: Message, fingerprint: str) -> InboundResult:
    if existing.request_fingerprint != fingerprint:
        raise ServiceError(
            "This Idempotency-Key was already used for a different message.",
            field="Idempotency-Key",
        )
    return InboundResult(message=existing, created=False)


def _store_inbound(
    *,
    client: ApiClient,
    member: Member,
    text: str,
    idempotency_key: str,
    fingerprint: str,
    subject: str,
    topic: str,
    received_at: datetime,
) -> Message:
    thread = (
        Thread.objects.select_for_update()
        .filter(team=client.team, member=member)
        .exclude(status=Thread.Status.CLOSED)
        .first()
    )
    if thread is None:
        thread = Thread.objects.create(
            team=client.team,
            member=member,
            subject=subject or _subject_from(text),
            topic=topic,
            # The member's app chose a topic: the classifier leaves it alone.
            topic_set_by_person=topic != Thread.Topic.OTHER,
            created_at=received_at,
            updated_at=received_at,
            last_message_at=received_at,
            queued_at=received_at,
        )
    message = Message.objects.create(
        thread=thread,
        direction=Message.Direction.INBOUND,
        text=text,
        created_at=received_at,
        api_client=client,
        idempotency_key=idempotency_key,
        request_fingerprint=fingerprint,
    )
    thread.status = Thread.Status.OPEN
    thread.last_message_at = max(thread.last_message_at, received_at)
    thread.last_member_message_at = received_at
    thread.updated_at = timezone.now()
    thread.message_count = F("message_count") + 1
    if thread.due_by is None:
        thread.due_by = _due_by(thread, received_at)
    safety.thread_language_update(thread=thread, text=text)
    # Before the drafting job is enqueued (member_message_stored): it reads the result.
    safety.message_triage(thread=thread, message=message)
    thread.save()
    thread.refresh_from_db(fields=["message_count"])
    # Triage, routing and due times below commit with the message: one push shows them all.
    live.thread_changed(
        thread_id=thread.pk, team_id=thread.team_id, change=live.Change.MEMBER_MESSAGE
    )
    member_message_stored.send(sender=Message, message_id=message.pk, thread_id=thread.pk)
    _after_arrival(thread, received_at)
    audit_record(
        actor=None,
        action=AuditEvent.Action.API_INBOUND,
        member_id=member.pk,
        obj=message,
        detail=f"client={client.pk}",
    )
    return message


def _after_arrival(thread: Thread, received_at: datetime) -> None:
    """Once the signal's receivers have set the priority, topic and language: tighten the due
    time if the priority now asks for a sooner answer, and route the thread if nobody has it."""
    thread.refresh_from_db(fields=["priority", "topic", "language", "due_by", "assignee"])
    due = _due_by(thread, received_at)
    if thread.due_by is None or due < thread.due_by:
        Thread.objects.filter(pk=thread.pk).update(due_by=due)
        thread.due_by = due
    if thread.assignee_id is None:
        routing.thread_route(thread_id=thread.pk, reason=routing.Reason.NEW)


def _subject_from(text: str) -> str:
    first_line = text.strip().splitlines()[0] if text.strip() else "Member message"
    return first_line[:80] + ("…" if len(first_line) > 80 else "")


# --- Staff actions on a thread -----------------------------------------------------------------


def user_set_keyboard_shortcuts(*, user: User, enabled: bool) -> None:
    """The user's own display preference: no member data, so no audit row."""
    user.keyboard_shortcuts = enabled
    user.save(update_fields=["keyboard_shortcuts"])


def _require_worker(user: User) -> None:
    if not roles.can_work_threads(user):
        raise ServiceError("Your role cannot work member threads.")


def _clean_text(text: str, *, field: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise ServiceError("Write something before sending.", field=field)
    if len(cleaned) > MAX_REPLY_CHARS:
        raise ServiceError(
            f"This is {len(cleaned):,} characters; the limit is {MAX_REPLY_CHARS:,}.", field=field
        )
    return cleaned


def reply_send(
    *,
    thread: Thread,
    author: User,
    text: str,
    send_token: uuid.UUID | None = None,
    draft_ref: str = "",
    confirmation: str = "",
    seen_up_to: int | None = None,
) -> Message:
    """Store an agent's reply and deliver it to the member after commit.

    The only way a reply to a member is created: a staff member's own request. The checks that
    other apps registered run first: a blocking concern refuses the reply, any other concern
    needs the agent's confirmation (a token bound to this text and these concerns). The same
    `send_token` sent twice (a double click, a retried POST) stores one reply; the token of a
    reply on another thread is refused (SendTokenUsedElsewhere), never taken for a retry.
    """
    _require_worker(author)
    body = _clean_text(text, field="text")
    with transaction.atomic():
        locked = Thread.objects.select_for_update().get(pk=thread.pk)
        if send_token is not None:
            already = Message.objects.filter(author=author, send_token=send_token).first()
            if already is not None:
                return _same_thread(already, locked)
        if locked.is_closed:
            raise ServiceError("This thread is closed; reopen it before replying.")
        if seen_up_to is not None:
            _check_no_colleague_replied(locked, author, seen_up_to)
        _check_reply(locked, author, body, draft_ref=draft_ref, confirmation=confirmation)
        now = timezone.now()
        replied_to_at = locked.last_member_message_at
        first_response = locked.first_response_at is None
        try:
            with transaction.atomic():
                message = Message.objects.create(
                    thread=locked,
                    direction=Message.Direction.OUTBOUND,
                    author=author,
                    text=body,
                    created_at=now,
                    delivery_status=Message.Delivery.PENDING,
                    send_token=send_token,
                )
        except IntegrityError:
            if send_token is None:
                raise
            # The same composer's other request won the race (databases without row locks).
            already = Message.objects.get(author=author, send_token=send_token)
            return _same_thread(already, locked)
        _record_response(locked, now=now, first_response=first_response)
        locked.status = Thread.Status.WAITING
        locked.last_message_at = now
        locked.updated_at = now
        locked.first_response_at = locked.first_response_at or now
        locked.due_by = None
        locked.message_count = F("message_count") + 1
        took_it = locked.assignee_id is None
        if took_it:
            locked.assignee = author
        locked.save()
        audit_record(
            actor=author, action=AuditEvent.Action.REPLY, member_id=locked.member_id, obj=message
        )
        if took_it:
            # Answering a thread nobody had assigns it to the agent: an assignment like any other.
            audit_record(
                actor=author,
                action=AuditEvent.Action.UPDATE_THREAD,
                member_id=locked.member_id,
                obj=locked,
                detail=f"assign to={author.pk} reason=replied by={author.pk}",
            )
        reply_stored.send(
            sender=Message,
            message_id=message.pk,
            thread_id=locked.pk,
            author_id=author.pk,
            author_first_name=author.first_name,
            text=body,
            draft_ref=draft_ref,
            sent_at=now,
            first_response=first_response,
            replied_to_at=replied_to_at,
        )
        jobs.enqueue(name=DELIVER_REPLY, args=[message.pk], key=f"{DELIVER_REPLY}:{message.pk}")
        live.thread_changed(thread_id=locked.pk, team_id=locked.team_id, change=live.Change.REPLY)
    return message


def _record_response(thread: Thread, *, now: datetime, first_response: bool) -> None:
    """How long the member waited for this reply: since their oldest message it answers."""
    if thread.last_member_message_at is None:
        return
    answered = Message.objects.filter(thread=thread, direction=Message.Direction.INBOUND)
    last_reply = (
        Message.objects.filter(thread=thread, direction=Message.Direction.OUTBOUND)
        .exclude(created_at__gte=now)
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    if last_reply is not None:
        answered = answered.filter(created_at__gt=last_reply)
    since = answered.order_by("created_at").values_list("created_at", flat=True).first()
    if since is None:
        return
    ResponseRecord.objects.create(
        thread=thread,
        team_id=thread.team_id,
        responded_at=now,
        waited_seconds=max(0, int((now - since).total_seconds())),
        first_response=first_response,
        due_by=thread.due_by,
        breached=thread.due_by is not None and now > thread.due_by,
    )


def _check_no_colleague_replied(thread: Thread, author: User, seen_up_to: int) -> None:
    """Under the thread's row lock, so two agents sending at once cannot both pass."""
    colleague_reply = (
        Message.objects.filter(
            thread=thread, direction=Message.Direction.OUTBOUND, pk__gt=seen_up_to
        )
        .exclude(author=author)
        .select_related("author")
        .order_by("-pk")
        .first()
    )
    if colleague_reply is None:
        return
    newest = Message.objects.filter(thread=thread).order_by("-pk").values_list("pk", flat=True)
    raise ReplyCollision(
        colleague=colleague_reply.author.display_name if colleague_reply.author else "Someone",
        seconds_ago=max(0, int((timezone.now() - colleague_reply.created_at).total_seconds())),
        newest_message_id=newest.first() or seen_up_to,
    )


def _same_thread(reply: Message, thread: Thread) -> Message:
    """A reply found by its send token is a retry only when it is on the same thread."""
    if reply.thread_id != thread.pk:
        raise SendTokenUsedElsewhere()
    return reply


def _check_reply(
    thread: Thread, author: User, body: str, *, draft_ref: str, confirmation: str
) -> None:
    candidate = ReplyCandidate(
        thread_id=thread.pk,
        member_pk=thread.member_id,
        author_id=author.pk,
        author_first_name=author.first_name,
        text=body,
        draft_ref=draft_ref,
    )
    concerns = replies.reply_concerns(candidate)
    blocking = [concern for concern in concerns if concern.blocking]
    if blocking:
        raise ServiceError(blocking[0].message, field="text", concerns=blocking)
    if concerns and not replies.is_confirmed(candidate, concerns, confirmation):
        raise ReplyNeedsConfirmation(
            concerns, token=replies.confirmation_token(candidate, concerns)
        )


def note_add(*, thread: Thread, author: User, text: str) -> Message:
    _require_worker(author)
    body = _clean_text(text, field="note")
    with transaction.atomic():
        now = timezone.now()
        message = Message.objects.create(
            thread=thread,
            direction=Message.Direction.NOTE,
            author=author,
            text=body,
            created_at=now,
        )
        Thread.objects.filter(pk=thread.pk).update(
            updated_at=now, message_count=F("message_count") + 1
        )
        audit_record(
            actor=author, action=AuditEvent.Action.NOTE, member_id=thread.member_id, obj=message
        )
        live.thread_changed(thread_id=thread.pk, team_id=thread.team_id, change=live.Change.NOTE)
    return message


def _update_thread(thread: Thread, actor: User, detail: str, **changes: object) -> Thread:
    _require_worker(actor)
    with transaction.atomic():
        changes["updated_at"] = timezone.now()
        try:
            with transaction.atomic():
                Thread.objects.filter(pk=thread.pk).update(**changes)
        except IntegrityError:
            raise ServiceError(
                "This member already has another open thread; continue there instead."
            ) from None
        audit_record(
            actor=actor,
            action=AuditEvent.Action.UPDATE_THREAD,
            member_id=thread.member_id,
            obj=thread,
            detail=detail,
        )
        live.thread_changed(thread_id=thread.pk, team_id=thread.team_id, change=live.Change.THREAD)
    thread.refresh_from_db()
    return thread


def thread_assign(*, thread: Thread, assignee: User, actor: User) -> Thread:
    """A person's assignment (an agent taking a thread, a supervisor reassigning it): audited
    with who did it; the previous assignee's freed capacity pulls from the queue."""
    if (
        not roles.can_work_threads(assignee)
        or not assignee.teams.filter(pk=thread.team_id).exists()
    ):
        raise ServiceError("That person cannot work this team's threads.", field="assignee")
    previous = thread.assignee_id
    reason = "taken" if assignee.pk == actor.pk else "reassigned"
    with transaction.atomic():
        thread = _update_thread(
            thread,
            actor,
            f"assign to={assignee.pk} reason={reason} by={actor.pk}",
            assignee=assignee,
            queued_at=None,
        )
        if previous is not None and previous != assignee.pk:
            routing.agent_pull(user_id=previous, reason=routing.Reason.CAPACITY)
    return thread


def thread_topic_set(*, thread: Thread, topic: str, actor: User) -> Thread:
    """An agent's topic for the thread: it stays until a person changes it (the classifier no
    longer does), and trains the next topic classifier with the thread's replies."""
    if topic not in Thread.Topic.values:
        raise ServiceError("Choose one of the listed topics.", field="topic")
    return _update_thread(
        thread,
        actor,
        f"topic {thread.topic}->{topic}",
        topic=topic,
        topic_confidence=None,
        topic_set_by_person=True,
    )


def thread_topic_classified(*, thread_id: int, topic: str, confidence: float) -> bool:
    """The topic classifier's topic for a thread, unless a person or the member's app chose it;
    whether it was set."""
    if topic not in Thread.Topic.values:
        return False
    changed = Thread.objects.filter(pk=thread_id, topic_set_by_person=False).update(
        topic=topic, topic_confidence=round(confidence, 4)
    )
    if changed:
        team_id = Thread.objects.filter(pk=thread_id).values_list("team_id", flat=True).first()
        if team_id is not None:
            live.thread_changed(thread_id=thread_id, team_id=team_id, change=live.Change.THREAD)
    return bool(changed)


def thread_unassign(*, thread: Thread, actor: User) -> Thread:
    """Give a thread back: it is routed to another agent, or waits in the queue."""
    previous = thread.assignee_id
    with transaction.atomic():
        thread = _update_thread(thread, actor, "unassign", assignee=None, queued_at=timezone.now())
        routing.thread_route(
            thread_id=thread.pk, reason=routing.Reason.UNASSIGNED, exclude_user_id=previous
        )
        if previous is not None:
            routing.agent_pull(user_id=previous, reason=routing.Reason.CAPACITY)
    thread.refresh_from_db()
    return thread


def thread_close(*, thread: Thread, actor: User) -> Thread:
    if thread.is_closed:
        raise ServiceError("This thread is already closed.")
    previous = thread.assignee_id
    with transaction.atomic():
        thread = _update_thread(
            thread,
            actor,
            "close",
            status=Thread.Status.CLOSED,
            closed_at=timezone.now(),
            due_by=None,
        )
        if previous is not None:
            routing.agent_pull(user_id=previous, reason=routing.Reason.CAPACITY)
    return thread


def thread_triage_acknowledge(*, thread: Thread, actor: User) -> Thread:
    """A person has seen the safety alarm and is acting on it: the banner says who and when,
    the supervisors' alerts about it are cleared, and an audit row records it (ids only). The
    thread keeps its priority; a later alarming message asks for a new acknowledgement."""
    _require_worker(actor)
    if not thread.triage_kind:
        raise ServiceError("This thread has no safety alarm to acknowledge.")
    now = timezone.now()
    with transaction.atomic():
        updated = Thread.objects.filter(
            pk=thread.pk, triage_kind=thread.triage_kind, triage_acknowledged_at__isnull=True
        ).update(triage_acknowledged_at=now, triage_acknowledged_by=actor, updated_at=now)
        if not updated:
            raise ServiceError("This alarm was already acknowledged.")
        safety.thread_alerts_clear(thread=thread)
        audit_record(
            actor=actor,
            action=AuditEvent.Action.TRIAGE_ACKNOWLEDGED,
            member_id=thread.member_id,
            obj=thread,
            detail=f"kind={thread.triage_kind}",
        )
    thread.refresh_from_db()
    return thread


def thread_reopen(*, thread: Thread, actor: User) -> Thread:
    """Reopen a thread: it stays with its assignee if they are available, else it is routed."""
    if not thread.is_closed:
        raise ServiceError("This thread is not closed.")
    with transaction.atomic():
        thread = _update_thread(
            thread,
            actor,
            "reopen",
            status=Thread.Status.OPEN,
            closed_at=None,
            queued_at=timezone.now(),
        )
        if thread.assignee_id is not None and not routing.assignee_is_working(thread):
            routing.thread_requeue(thread_id=thread.pk, reason=routing.Reason.REOPENED)
        elif thread.assignee_id is None:
            routing.thread_route(thread_id=thread.pk, reason=routing.Reason.REOPENED)
    thread.refresh_from_db()
    return thread


# --- Delivery ----------------------------------------------------------------------------------


class DeliveryFailed(Exception):
    """The webhook did not accept the reply; the job is retried with backoff."""


def webhook_signature(*, secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={digest.hexdigest()}"


DELIVER_REPLY = "deliver_reply"


def message_mark_undeliverable(message_id: int) -> None:
    Message.objects.filter(pk=message_id).exclude(
        delivery_status=Message.Delivery.DELIVERED
    ).update(delivery_status=Message.Delivery.FAILED)
    _delivery_changed(message_id)


def _delivery_changed(message_id: int) -> None:
    ids = Message.objects.filter(pk=message_id).values_list("thread_id", "thread__team_id").first()
    if ids is not None:
        live.thread_changed(thread_id=ids[0], team_id=ids[1], change=live.Change.DELIVERY)


def message_deliver(message_id: int) -> str:
    """Deliver one reply to the member's channel; at most once, whatever retries happen.

    The row lock makes a second concurrent run wait and then see the reply already delivered.
    The webhook also gets the message's uuid as an Idempotency-Key for its own de-duplication.
    """
    try:
        with transaction.atomic():
            message = (
                Message.objects.select_for_update()
                .select_related("thread__member")
                .filter(pk=message_id, direction=Message.Direction.OUTBOUND)
                .first()
            )
            if message is None:
                logger.warning("delivery skipped: message %s is not an outbound reply", message_id)
                return "missing"
            if message.delivery_status == Message.Delivery.DELIVERED:
                return "already delivered"
            if settings.DELIVERY_WEBHOOK_URL:
                _post_webhook(message)
            message.delivery_attempts += 1
            message.delivery_status = Message.Delivery.DELIVERED
            message.delivered_at = timezone.now()
            message.delivery_error = ""
            message.save(
                update_fields=[
                    "delivery_status",
                    "delivered_at",
                    "delivery_error",
                    "delivery_attempts",
                ]
            )
            live.thread_changed(
                thread_id=message.thread_id,
                team_id=message.thread.team_id,
                change=live.Change.DELIVERY,
            )
    except DeliveryFailed as failure:
        # Recorded outside the rolled-back transaction so the thread shows each failed attempt.
        Message.objects.filter(pk=message_id).update(
            delivery_attempts=F("delivery_attempts") + 1, delivery_error=str(failure)[:200]
        )
        raise
    logger.info("message %s delivered after %s attempt(s)", message_id, message.delivery_attempts)
    return "delivered"


def _post_webhook(message: Message) -> None:
    body = json.dumps(
        {
            "message_id": str(message.uuid),
            "thread_id": message.thread_id,
            "member_id": message.thread.member.member_id,
            "channel": message.thread.member.contact_channel,
            "text": message.text,
            "sent_at": message.created_at.isoformat(),
        }
    ).encode()
    timestamp = int(time.time())
    request = urllib.request.Request(  # noqa: S310 (the operator configures an http(s) URL)
        settings.DELIVERY_WEBHOOK_URL,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "Idempotency-Key": str(message.uuid),
            SIGNATURE_HEADER: webhook_signature(
                secret=settings.DELIVERY_WEBHOOK_SECRET, timestamp=timestamp, body=body
            ),
        },
    )
    try:
        with urllib.request.urlopen(  # noqa: S310
            request, timeout=settings.DELIVERY_TIMEOUT_SECONDS
        ) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        raise DeliveryFailed(f"webhook answered HTTP {error.code}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise DeliveryFailed(f"webhook unreachable: {type(error).__name__}") from None
    if not 200 <= status < 300:
        raise DeliveryFailed(f"webhook answered HTTP {status}")
