"""Importing a team's past conversations, so the suggestion model can learn from them.

Two formats (see README, "Importing a team's history"):

- Messages, one per JSONL line or CSV row: `thread_id` (the old system's), `member_id`,
  `direction` (`member`/`inbound`, `agent`/`outbound`, `note`), `author` (the agent's name or
  username; empty for the member), `sent_at` (ISO 8601 with an offset), `text`, and optionally
  `message_id`, `subject`, `topic`, `status` (`closed` by default).
- A Zendesk ticket export: a JSON object with `tickets` (each with `id`, `subject`,
  `created_at`, `status`, `requester_id`, `comments`: `id`, `author_id`, `body`, `public`,
  `created_at`) and `users` (`id`, `name`, `role`: `end-user`, `agent` or `admin`,
  `external_id`: the plan's member id for end users).

Each file is imported whole or not at all, for one team: every problem is reported with its
line or ticket and field, and nothing is stored then. Only members the team serves can be named
(another's is refused like an unknown id). Importing the same file again changes nothing:
threads and messages carry the old system's ids. Agents who are not staff here become inactive
staff rows (no login, no role) so their replies keep an author; their names are taken out of
training text like every staff name.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils.dateparse import parse_datetime

from careteam.models import AuditEvent, Member, Message, Team, Thread, User
from careteam.services import audit_record

MAX_PROBLEMS = 200
DIRECTIONS = {
    "member": Message.Direction.INBOUND,
    "inbound": Message.Direction.INBOUND,
    "agent": Message.Direction.OUTBOUND,
    "outbound": Message.Direction.OUTBOUND,
    "note": Message.Direction.NOTE,
}
STATUSES = {value for value, _ in Thread.Status.choices}
TOPICS = {value for value, _ in Thread.Topic.choices}


@dataclass(frozen=True)
class Problem:
    where: str  # "line 4", "row 12", "ticket 3011"
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}, {self.field}: {self.message}"


@dataclass(frozen=True)
class Row:
    where: str
    thread_ref: str
    message_ref: str
    member_id: str
    direction: str
    author: str
    sent_at: datetime
    text: str
    subject: str = ""
    topic: str = ""
    status: str = Thread.Status.CLOSED


@dataclass
class HistoryImportResult:
    filename: str
    problems: list[Problem] = field(default_factory=list)
    threads_created: int = 0
    messages_created: int = 0
    messages_unchanged: int = 0

    @property
    def rejected(self) -> bool:
        return bool(self.problems)


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.rows: list[Row] = []

    def problem(self, where: str, field_name: str, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(where, field_name, message))

    def add(self, where: str, raw: dict[str, object], number: int) -> None:
        def text(name: str) -> str:
            value = raw.get(name, "")
            return value.strip() if isinstance(value, str) else str(value or "").strip()

        before = len(self.problems)
        thread_ref, member_id, body = text("thread_id"), text("member_id"), text("text")
        direction = DIRECTIONS.get(text("direction").lower())
        sent_at = parse_datetime(text("sent_at")) if text("sent_at") else None
        for name, value in (("thread_id", thread_ref), ("member_id", member_id), ("text", body)):
            if not value:
                self.problem(where, name, "is required")
        if direction is None:
            self.problem(where, "direction", "must be member, agent or note")
        elif direction != Message.Direction.INBOUND and not text("author"):
            self.problem(where, "author", "an agent's message or note needs its author")
        if sent_at is None or sent_at.tzinfo is None:
            self.problem(where, "sent_at", "must be ISO 8601 with an offset (2025-03-04T09:30Z)")
        topic, status = text("topic") or Thread.Topic.OTHER, text("status") or "closed"
        if topic not in TOPICS:
            self.problem(where, "topic", f"{topic!r} is not a thread topic")
        if status not in STATUSES:
            self.problem(where, "status", "must be open, waiting or closed")
        # (A missing direction or time was counted as a problem just above.)
        if len(self.problems) > before or direction is None or sent_at is None:
            return
        self.rows.append(
            Row(
                where=where,
                thread_ref=f"{self.source}:{thread_ref}",
                message_ref=f"{self.source}:{text('message_id') or f'{thread_ref}/{number}'}",
                member_id=member_id,
                direction=direction,
                author=text("author"),
                sent_at=sent_at,
                text=body,
                subject=text("subject")[:200],
                topic=topic,
                status=status,
            )
        )


def _parse(data: bytes, filename: str) -> _Reader:
    reader = _Reader("import")
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        reader.problem("file", "encoding", f"not UTF-8 (byte {error.start})")
        return reader
    name = filename.lower()
    if name.endswith(".csv"):
        for number, raw in enumerate(csv.DictReader(io.StringIO(content)), start=2):
            reader.add(f"row {number}", raw, number)
        return reader
    stripped = content.lstrip()
    if stripped.startswith("{") and '"tickets"' in stripped[:2000]:
        return _parse_zendesk(content, reader)
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except (ValueError, RecursionError):
            reader.problem(f"line {number}", "json", "not a JSON object")
            continue
        if not isinstance(raw, dict):
            reader.problem(f"line {number}", "json", "not a JSON object")
            continue
        reader.add(f"line {number}", raw, number)
    return reader


def _parse_zendesk(content: str, reader: _Reader) -> _Reader:
    reader.source = "zendesk"
    try:
        export = json.loads(content)
    except (ValueError, RecursionError):
        reader.problem("file", "json", "not a JSON document")
        return reader
    users = {user.get("id"): user for user in export.get("users", []) if isinstance(user, dict)}
    for ticket in export.get("tickets", []):
        where = f"ticket {ticket.get('id')}"
        requester = users.get(ticket.get("requester_id"), {})
        member_id = str(requester.get("external_id") or "")
        if not member_id:
            reader.problem(where, "requester_id", "its user has no external_id (member id)")
            continue
        for number, comment in enumerate(ticket.get("comments", []), start=1):
            author = users.get(comment.get("author_id"), {})
            staff = author.get("role") in ("agent", "admin")
            direction = ("agent" if comment.get("public", True) else "note") if staff else "member"
            reader.add(
                f"{where} comment {number}",
                {
                    "thread_id": ticket.get("id"),
                    "message_id": comment.get("id"),
                    "member_id": member_id,
                    "direction": direction,
                    "author": author.get("name", "") if staff else "",
                    "sent_at": comment.get("created_at", ""),
                    "text": comment.get("body", ""),
                    "subject": ticket.get("subject", ""),
                    "status": "closed" if ticket.get("status") in ("solved", "closed") else "open",
                },
                number,
            )
    return reader


def _author(team: Team, name: str, staff: dict[str, User]) -> User:
    """A staff member by username or full name; else an inactive row for the past agent."""
    key = name.lower()
    if key in staff:
        return staff[key]
    slug = re.sub(r"[^a-z0-9]+", "-", key).strip("-")[:100] or "agent"
    first, _, last = name.partition(" ")
    user, created = User.objects.get_or_create(
        username=f"history-{team.pk}-{slug}"[:150],
        defaults={"first_name": first[:150], "last_name": last[:150], "is_active": False},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    staff[key] = user
    return user


def history_import(
    *, data: bytes, filename: str, team: Team, actor: User | None
) -> HistoryImportResult:
    """Import one file of past conversations for `team` (all or nothing; idempotent)."""
    result = HistoryImportResult(filename=filename)
    reader = _parse(data, filename)
    members = {
        member.member_id: member
        for member in Member.objects.served_by([team.pk]).filter(
            member_id__in={row.member_id for row in reader.rows}
        )
    }
    for row in reader.rows:
        if row.member_id not in members:
            unknown = f"no member with id {row.member_id} among the team's members"
            reader.problem(row.where, "member_id", unknown)
    by_thread: dict[str, list[Row]] = {}
    for row in reader.rows:
        by_thread.setdefault(row.thread_ref, []).append(row)
    for rows in by_thread.values():
        if len({row.member_id for row in rows}) > 1:
            reader.problem(rows[0].where, "member_id", "one thread names two members")
    if reader.problems:
        result.problems = reader.problems
        return result
    try:
        _store(result, by_thread, members, team, actor)
    except IntegrityError:
        result.problems = [
            Problem(
                filename,
                "status",
                "a thread left open names a member who already has an open thread with the team",
            )
        ]
        result.threads_created = result.messages_created = result.messages_unchanged = 0
    return result


def _store(
    result: HistoryImportResult,
    by_thread: dict[str, list[Row]],
    members: dict[str, Member],
    team: Team,
    actor: User | None,
) -> None:
    with transaction.atomic():
        staff = {}
        for user in User.objects.filter(teams=team):
            staff[user.username.lower()] = user
            staff[f"{user.first_name} {user.last_name}".strip().lower()] = user
        for thread_ref, rows in by_thread.items():
            rows.sort(key=lambda row: row.sent_at)
            thread = Thread.objects.filter(team=team, external_ref=thread_ref).first()
            if thread is None:
                first = rows[0]
                thread = Thread.objects.create(
                    team=team,
                    member=members[first.member_id],
                    external_ref=thread_ref,
                    subject=first.subject or first.text[:80],
                    topic=first.topic,
                    status=Thread.Status.CLOSED,
                    closed_at=first.sent_at,
                    created_at=first.sent_at,
                    updated_at=first.sent_at,
                    last_message_at=first.sent_at,
                )
                result.threads_created += 1
            known = set(thread.messages.values_list("external_ref", flat=True))
            for row in rows:
                if row.message_ref in known:
                    result.messages_unchanged += 1
                    continue
                Message.objects.create(
                    thread=thread,
                    direction=row.direction,
                    text=row.text,
                    created_at=row.sent_at,
                    external_ref=row.message_ref,
                    author=None
                    if row.direction == Message.Direction.INBOUND
                    else _author(team, row.author, staff),
                    delivery_status=Message.Delivery.DELIVERED,
                )
                result.messages_created += 1
            _refresh(thread, rows[-1])
        audit_record(
            actor=actor,
            action=AuditEvent.Action.IMPORT_HISTORY,
            detail=f"team {team.pk}: {result.threads_created} threads, "
            f"{result.messages_created} messages",
        )


def _refresh(thread: Thread, last: Row) -> None:
    """The thread's denormalised fields from its messages."""
    messages = list(thread.messages.order_by("created_at", "pk"))
    member_times = [m.created_at for m in messages if m.direction == Message.Direction.INBOUND]
    replies = [m.created_at for m in messages if m.direction == Message.Direction.OUTBOUND]
    thread.message_count = len(messages)
    thread.last_message_at = messages[-1].created_at
    thread.last_member_message_at = max(member_times) if member_times else None
    thread.first_response_at = min(replies) if replies else None
    thread.status = last.status
    thread.closed_at = thread.last_message_at if last.status == Thread.Status.CLOSED else None
    thread.updated_at = thread.last_message_at
    thread.save()
