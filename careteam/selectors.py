"""Reads. Every query for member data starts from the user, so access checks cannot be skipped."""

from __future__ import annotations

import functools
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import connection
from django.db.models import (
    Count,
    F,
    ForeignKey,
    Model,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Left
from django.http import Http404

from careteam import roles
from careteam.data import MemberFacts, ReplyExample
from careteam.models import AuditEvent, Member, Message, Team, Thread, ThreadQuerySet, User

PREVIEW_CHARS = 140


class InboxTab:
    MINE = "mine"
    UNASSIGNED = "unassigned"
    OPEN = "open"
    ALL = "all"
    CHOICES = (
        (MINE, "My threads"),
        (UNASSIGNED, "Unassigned"),
        (OPEN, "All open"),
        (ALL, "Everything"),
    )


@dataclass(frozen=True)
class InboxFilters:
    tab: str = InboxTab.MINE
    status: str = ""
    topic: str = ""
    query: str = ""


def team_ids_for_user(*, user: User) -> list[int]:
    """The user's team ids, read once per request (kept on the user object)."""
    cached = getattr(user, "_team_ids", None)
    if cached is None:
        cached = list(user.teams.values_list("pk", flat=True))
        user._team_ids = cached  # type: ignore[attr-defined]
    return cached


def threads_for_user(*, user: User) -> ThreadQuerySet:
    """The threads this user may see: those of their teams, if their role works threads.

    The team ids are literal values, not a subquery, so PostgreSQL walks the inbox indexes in
    order and stops after one page.
    """
    if not roles.can_work_threads(user):
        return Thread.objects.none()
    return Thread.objects.filter(team_id__in=team_ids_for_user(user=user))


# A page's poll version also changes each minute, so times shown relative to now ("due in 5 min")
# stay fresh. The triggers move the counter before the writer commits, so a read in between
# records the new counter with the old data: the writes that push to screens move it again
# after their commit (careteam.live.publish), and any other write shows within a minute.
POLL_VERSION_SECONDS = 60


def poll_version() -> str:
    """What the inbox and conversations have seen change, as one token ("" when unknown).

    Reads the counter that migration 0020's triggers move on every write to threads, messages,
    members and enrolments: one lookup, no table scanned. Read it before the page's data, so
    a page never carries a newer version than what it shows.
    """
    counter = change_counter()
    if counter is None:
        return ""
    return f"{counter}.{int(time.time()) // POLL_VERSION_SECONDS}"


def change_counter() -> int | None:
    """The counter migration 0020's triggers move on every write to threads, messages, members
    and enrolments (None off PostgreSQL): equal values mean those tables did not change."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT last_value, is_called FROM careteam_change_seq")
        last_value, is_called = cursor.fetchone()
    return int(last_value) if is_called else 0


def thread_for_user(*, user: User, thread_id: int) -> Thread:
    """One thread with its member, assignee and team; 404 when it does not exist or is not
    visible. On PostgreSQL one statement written once per process (_thread_with_people):
    Django building the same select_related query cost about a millisecond of CPU a page,
    the statement a tenth of that (tests/careteam/test_query_counts.py compares the two)."""
    if _thread_with_people_statement() is None or not roles.can_work_threads(user):
        return thread_for_user_orm(user=user, thread_id=thread_id)
    thread = _thread_with_people(thread_id=thread_id, team_ids=team_ids_for_user(user=user))
    if thread is None:
        raise Http404("No such thread")
    return thread


def thread_for_user_orm(*, user: User, thread_id: int) -> Thread:
    """thread_for_user through the ORM (other databases, and the reference)."""
    try:
        return (
            threads_for_user(user=user)
            .select_related("member", "assignee", "team")
            .get(pk=thread_id)
        )
    except Thread.DoesNotExist:
        raise Http404("No such thread") from None


# The thread's relations thread_for_user loads with it: (field, model, alias, join).
_THREAD_PEOPLE = (
    ("member", Member, "m", "JOIN"),
    ("assignee", User, "a", "LEFT JOIN"),
    ("team", Team, "tm", "JOIN"),
)


@functools.cache
def _thread_with_people_statement() -> str | None:
    """The SELECT of a thread with its member, assignee and team (every concrete column, as
    select_related reads them), or None off PostgreSQL or when a column needs converting from
    the database's value (then only the ORM knows how, and is used)."""
    select = _select_thread_with(_THREAD_PEOPLE)
    return None if select is None else f"{select} WHERE t.id = %s AND t.team_id = ANY(%s)"


def _select_thread_with(relations: tuple[tuple[str, type[Model], str, str], ...]) -> str | None:
    """SELECT every concrete column of the thread (alias t) and of each relation (field, model,
    alias, join) FROM the thread joined to them, or None (see _thread_with_people_statement)."""
    if connection.vendor != "postgresql":
        return None
    models: list[tuple[type[Model], str]] = [
        (Thread, "t"),
        *((model, alias) for _, model, alias, _ in relations),
    ]
    quote = connection.ops.quote_name
    columns = []
    for model, alias in models:
        for field in model._meta.concrete_fields:
            if field.get_db_converters(connection) or connection.ops.get_db_converters(
                field.get_col(alias)
            ):
                return None
            columns.append(f"{alias}.{quote(str(field.column))}")
    joins = " ".join(
        f"{join} {quote(model._meta.db_table)} {alias} ON {alias}.id = "
        f"t.{quote(str(_foreign_key(name).column))}"
        for name, model, alias, join in relations
    )
    table = connection.ops.quote_name(Thread._meta.db_table)
    # Names from the models' metadata only; the values are parameters.
    return f"SELECT {', '.join(columns)} FROM {table} t {joins}"  # noqa: S608


def _thread_with_people(*, thread_id: int, team_ids: list[int]) -> Thread | None:
    """The thread if it is on one of these teams, its relations cached as select_related
    caches them."""
    statement = _thread_with_people_statement()
    assert statement is not None
    with connection.cursor() as cursor:
        cursor.execute(statement, [thread_id, list(team_ids)])
        row = cursor.fetchone()
    return None if row is None else _thread_from_row(list(row), _THREAD_PEOPLE)


def _thread_from_row(
    values: list[object], relations: tuple[tuple[str, type[Model], str, str], ...]
) -> Thread:
    """The thread of one _select_thread_with row, its relations cached as select_related caches
    them; what follows their columns is left in `values`."""

    def take(model: type[Model]) -> Model:
        fields = model._meta.concrete_fields
        taken = values[: len(fields)]
        del values[: len(fields)]
        return model.from_db(connection.alias, [field.attname for field in fields], taken)

    thread = take(Thread)
    assert isinstance(thread, Thread)
    for name, model, _, _ in relations:
        related = take(model)
        _foreign_key(name).set_cached_value(thread, None if related.pk is None else related)
    return thread


def _foreign_key(name: str) -> ForeignKey:
    field = Thread._meta.get_field(name)
    assert isinstance(field, ForeignKey)
    return field


def thread_visible_or_404(*, user: User, thread_id: int) -> None:
    """thread_for_user's access check alone (one index lookup, nothing loaded): for a poll that
    will show nothing, which must still answer 404 to an outsider."""
    if connection.vendor == "postgresql" and roles.can_work_threads(user):
        # The ORM's exists() cost more CPU to build than the lookup takes.
        with connection.cursor() as cursor:
            table = connection.ops.quote_name(Thread._meta.db_table)
            cursor.execute(
                f"SELECT 1 FROM {table} WHERE id = %s AND team_id = ANY(%s)",  # noqa: S608 (the model's table)
                [thread_id, team_ids_for_user(user=user)],
            )
            visible = cursor.fetchone() is not None
    else:
        visible = threads_for_user(user=user).filter(pk=thread_id).exists()
    if not visible:
        raise Http404("No such thread")


# A thread page shows this many of the latest messages, and this many more each time the agent
# asks for earlier ones, so a long thread costs what a short one does.
CONVERSATION_STEP = 30


def thread_latest_messages(*, thread: Thread, count: int) -> tuple[list[Message], bool]:
    """The latest `count` messages, oldest first, and whether earlier ones exist.

    Read newest first along the (thread, created_at) index and stopped after count + 1 rows.
    """
    newest_first = list(
        thread.messages.select_related("author").order_by("-created_at", "-pk")[: count + 1]
    )
    has_earlier = len(newest_first) > count
    return newest_first[:count][::-1], has_earlier


SEARCH_MATCH_LIMIT = 1000


def _search(threads: ThreadQuerySet, query: str) -> ThreadQuerySet:
    """Threads whose member's name or id, or one of whose messages, matches.

    The matching members and messages are looked up first (each by its own index: trigram
    indexes on PostgreSQL, see migration 0002) and the threads filtered by those ids, so a
    search never walks a team's whole history. Message text matches are the newest
    SEARCH_MATCH_LIMIT ones: a word found everywhere finds the recent threads.
    """
    member_ids, thread_ids = _search_matches(query)
    return threads.filter(Q(member_id__in=member_ids) | Q(pk__in=thread_ids))


def _search_matches(query: str) -> tuple[list[int], list[int]]:
    """The ids of the members and of the threads (by their messages) a search matches (see
    _search)."""
    text = query.strip()
    by_name = Q()
    for word in text.split():
        by_name &= Q(first_name__icontains=word) | Q(last_name__icontains=word)
    member_ids = list(
        Member.objects.filter(by_name | Q(member_id__iexact=text)).values_list("pk", flat=True)[
            :SEARCH_MATCH_LIMIT
        ]
    )
    thread_ids = list(
        Message.objects.filter(text__icontains=text)
        .order_by("-created_at")
        .values_list("thread_id", flat=True)[:SEARCH_MATCH_LIMIT]
    )
    return member_ids, thread_ids


def inbox_threads(*, user: User, filters: InboxFilters) -> QuerySet[Thread]:
    threads = threads_for_user(user=user)
    if filters.tab == InboxTab.MINE:
        threads = threads.open().assigned_to(user)
    elif filters.tab == InboxTab.UNASSIGNED:
        threads = threads.open().unassigned()
    elif filters.tab == InboxTab.OPEN:
        threads = threads.open()
    if filters.status:
        threads = threads.filter(status=filters.status)
    if filters.topic:
        threads = threads.filter(topic=filters.topic)
    if filters.query.strip():
        threads = _search(threads, filters.query)
    return (
        threads.select_related("member", "assignee")
        .annotate(preview=_latest_member_text())
        .order_by("-priority", "-last_message_at", "-pk")
    )


# What an inbox row shows of a thread's people: (field, model, alias, join).
_INBOX_PEOPLE = (
    ("member", Member, "mb", "JOIN"),
    ("assignee", User, "a", "LEFT JOIN"),
)


def inbox_threads_listed(*, user: User, filters: InboxFilters) -> InboxStatement | QuerySet[Thread]:
    """inbox_threads as the inbox lists it (sliced for a page, counted when no count is known):
    on PostgreSQL one statement written once per process (InboxStatement), a search's matches
    looked up first as _search looks them up; otherwise the queryset. Django compiling the
    queryset and building its rows cost a third of a listing's CPU
    (tests/careteam/test_query_counts.py compares the two)."""
    select = _inbox_select()
    team_ids = team_ids_for_user(user=user) if roles.can_work_threads(user) else []
    if select is None or not team_ids:
        return inbox_threads(user=user, filters=filters)
    # One placeholder per team, as the queryset's IN: with one team PostgreSQL reads it as
    # team_id = 1 and walks the inbox indexes in order, stopping after a page (an array
    # parameter, = ANY(%s), made it sort every open thread of the team first).
    where = [f"t.team_id IN ({', '.join(['%s'] * len(team_ids))})"]
    params: list[Any] = list(team_ids)
    if filters.tab in (InboxTab.MINE, InboxTab.UNASSIGNED, InboxTab.OPEN):
        where.append("NOT (t.status = %s)")
        params.append(Thread.Status.CLOSED.value)
    if filters.tab == InboxTab.MINE:
        where.append("t.assignee_id = %s")
        params.append(user.pk)
    elif filters.tab == InboxTab.UNASSIGNED:
        where.append("t.assignee_id IS NULL")
    if filters.status:
        where.append("t.status = %s")
        params.append(filters.status)
    if filters.topic:
        where.append("t.topic = %s")
        params.append(filters.topic)
    if filters.query.strip():
        member_ids, thread_ids = _search_matches(filters.query)
        where.append("(t.member_id = ANY(%s::bigint[]) OR t.id = ANY(%s::bigint[]))")
        params += [member_ids, thread_ids]
    return InboxStatement(select=select, where=" AND ".join(where), params=params)


class InboxStatement:
    """The inbox's threads for one user and filters, read a page at a time as the Paginator
    slices them and counted as it counts them. Its conditions come from inbox_threads_listed
    alone; every value is a parameter."""

    ordered = True  # ORDER BY below, as inbox_threads orders (the Paginator asks)

    def __init__(self, *, select: str, where: str, params: list[Any]) -> None:
        self._select, self._where, self._params = select, where, params

    def count(self) -> int:
        table = connection.ops.quote_name(Thread._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM {table} t WHERE {self._where}", self._params)  # noqa: S608
            return int(cursor.fetchone()[0])

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[Thread]:
        start, stop = window.start or 0, window.stop
        assert window.step is None and stop is not None and 0 <= start <= stop
        statement = (
            f"{self._select} WHERE {self._where} "
            "ORDER BY t.priority DESC, t.last_message_at DESC, t.id DESC LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(
                statement, [PREVIEW_CHARS, Message.Direction.INBOUND.value, *self._params,
                            stop - start, start]
            )  # fmt: skip
            rows = cursor.fetchall()
        threads = []
        for row in rows:
            values = list(row)
            thread = _thread_from_row(values, _INBOX_PEOPLE)
            thread.preview = values[0]  # type: ignore[attr-defined]
            threads.append(thread)
        return threads


@functools.cache
def _inbox_select() -> str | None:
    """The SELECT of inbox threads with their member, assignee and preview (the preview's two
    parameters first), or None where the queryset must be used (see _select_thread_with)."""
    select = _select_thread_with(_INBOX_PEOPLE)
    if select is None:
        return None
    preview = (
        "(SELECT LEFT(m.text, %s) FROM careteam_message m WHERE m.thread_id = t.id"
        " AND m.direction = %s ORDER BY m.created_at DESC, m.id DESC LIMIT 1)"
    )
    head, tail = select.split(" FROM ", 1)
    return f"{head}, {preview} FROM {tail}"


def _latest_member_text() -> Subquery | RawSQL:
    """The start of each listed thread's latest member message (the inbox's preview).

    On PostgreSQL the same statement as latest_member_text_orm, written once: Django resolving
    and compiling the subquery cost about a tenth of an inbox page's CPU
    (tests/careteam/test_query_counts.py compares the two).
    """
    if connection.vendor != "postgresql":
        return latest_member_text_orm()
    return RawSQL(
        'SELECT LEFT(m.text, %s) FROM careteam_message m WHERE m.thread_id = "careteam_thread"."id"'
        " AND m.direction = %s ORDER BY m.created_at DESC, m.id DESC LIMIT 1",
        (PREVIEW_CHARS, Message.Direction.INBOUND.value),
        output_field=TextField(),
    )


def latest_member_text_orm() -> Subquery:
    """_latest_member_text through the ORM (other databases, and the reference)."""
    return Subquery(
        Message.objects.filter(thread=OuterRef("pk"), direction=Message.Direction.INBOUND)
        .order_by("-created_at", "-pk")
        .annotate(preview=Left("text", PREVIEW_CHARS))
        .values("preview")[:1]
    )


def next_waiting_thread_id(*, user: User, after: Thread) -> int | None:
    """The thread to answer after this one: open, the user's or nobody's, the most urgent first.

    Only its id: the page links to it without a member's name, so nothing is read here.
    """
    return (
        threads_for_user(user=user)
        .filter(status=Thread.Status.OPEN)
        .filter(Q(assignee=user) | Q(assignee__isnull=True))
        .exclude(pk=after.pk)
        .order_by("-priority", F("due_by").asc(nulls_last=True), "last_message_at", "pk")
        .values_list("pk", flat=True)
        .first()
    )


def inbox_counts(*, user: User) -> dict[str, int | None]:
    """How many open threads each inbox tab holds, in one query over the open threads only.

    "Everything" gets no count: counting a team's whole history on every poll costs more than
    the number is worth (its page shows the total). PostgreSQL answers from
    thread_open_counts_idx (team, assignee) alone (an index-only scan).
    """
    counts: dict[str, int | None] = dict(open_thread_counts(user=user))
    counts[InboxTab.ALL] = None
    return counts


def open_thread_counts(*, user: User) -> dict[str, int]:
    """The open threads of threads_for_user: the user's ("mine"), nobody's and all of them.

    On PostgreSQL one short statement over the same rows as the queryset below (the same
    role check and team ids): Django built that aggregate in about 1 ms of CPU per inbox,
    a tenth of the page, and the statement costs a tenth of that
    (tests/careteam/test_query_counts.py compares the two).
    """
    if connection.vendor != "postgresql":
        return open_thread_counts_orm(user=user)
    if not roles.can_work_threads(user):
        return {"mine": 0, "unassigned": 0, "open": 0}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT COUNT(*) FILTER (WHERE assignee_id = %s), "
            "COUNT(*) FILTER (WHERE assignee_id IS NULL), COUNT(*) FROM careteam_thread "
            "WHERE team_id = ANY(%s::bigint[]) AND NOT (status = %s)",
            [user.pk, team_ids_for_user(user=user), Thread.Status.CLOSED],
        )
        mine, unassigned, total = cursor.fetchone()
    return {"mine": mine, "unassigned": unassigned, "open": total}


def open_thread_counts_orm(*, user: User) -> dict[str, int]:
    """open_thread_counts through the ORM (other databases, and the reference it is tested
    against)."""
    return (
        threads_for_user(user=user)
        .open()
        .aggregate(
            mine=Count("team", filter=Q(assignee=user)),
            unassigned=Count("team", filter=Q(assignee__isnull=True)),
            open=Count("team"),
        )
    )


def open_assigned_counts(*, user_ids: list[int]) -> dict[tuple[int, int], int]:
    """Open threads assigned to each of these users, per (user id, team id), in one query.

    Summed over a user's teams this is inbox_counts' "mine" for many users at once: the live
    updates tell apart the screens whose inbox lists would differ only by it.
    """
    rows = (
        Thread.objects.open()
        .filter(assignee_id__in=user_ids)
        .values_list("assignee_id", "team_id")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return {(user_id, team_id): count for user_id, team_id, count in rows}


def assignable_staff(*, thread: Thread) -> QuerySet[User]:
    return (
        User.objects.filter(is_active=True, teams=thread.team_id)
        .filter(
            Q(groups__permissions__codename="work_threads")
            | Q(user_permissions__codename="work_threads")
        )
        .distinct()
        .order_by("first_name", "last_name", "username", "pk")
    )


def assignable_staff_choices(*, thread: Thread) -> list[tuple[int, str]]:
    """The assign menu's (id, display name) per colleague of assignable_staff, in its order.

    On PostgreSQL one statement over the same rows (active, on the thread's team, granted
    work_threads by a role or directly): Django compiling assignable_staff's six joins took
    about 1 ms of CPU per thread page, the statement a tenth of that
    (tests/careteam/test_console_markup.py compares the two).
    """
    if connection.vendor != "postgresql":
        return assignable_staff_choices_orm(thread=thread)
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT u.id, u.first_name, u.last_name, u.username FROM careteam_user u
            JOIN careteam_user_teams t ON t.user_id = u.id AND t.team_id = %(team)s
            WHERE u.is_active AND (
                EXISTS (SELECT FROM careteam_user_groups ug
                        JOIN auth_group_permissions gp ON gp.group_id = ug.group_id
                        JOIN auth_permission p ON p.id = gp.permission_id
                        WHERE ug.user_id = u.id AND p.codename = %(codename)s)
                OR EXISTS (SELECT FROM careteam_user_user_permissions up
                           JOIN auth_permission p ON p.id = up.permission_id
                           WHERE up.user_id = u.id AND p.codename = %(codename)s))
            ORDER BY u.first_name, u.last_name, u.username, u.id
            """,
            {"team": thread.team_id, "codename": "work_threads"},
        )
        return _choices(cursor.fetchall())


def assignable_staff_choices_orm(*, thread: Thread) -> list[tuple[int, str]]:
    """assignable_staff_choices through the ORM (other databases, and the reference)."""
    rows = assignable_staff(thread=thread).values_list("pk", "first_name", "last_name", "username")
    return _choices(rows)


def _choices(rows: Iterable[tuple[int, str, str, str]]) -> list[tuple[int, str]]:
    # User.display_name: get_full_name() (first and last name, stripped), else the username.
    return [(pk, f"{first} {last}".strip() or username) for pk, first, last, username in rows]


@dataclass(frozen=True)
class AuditFilters:
    member_id: str = ""
    staff_username: str = ""
    since: date | None = None
    until: date | None = None


def audit_events_for_user(*, user: User, filters: AuditFilters) -> QuerySet[AuditEvent]:
    """The audit trail for reviewers, newest first; other roles get PermissionDenied.

    A reviewer sees the rows about the members their teams serve (`Member.teams`), whoever the
    staff member was, and the rows about no member left by their teams' staff. Admins see every
    row.
    """
    if not roles.can_review_audit(user):
        raise PermissionDenied("Your role does not review the audit trail.")
    events = AuditEvent.objects.select_related("actor", "member").order_by("-at", "-pk")
    if not roles.sees_all_teams(user):
        team_ids = team_ids_for_user(user=user)
        served = Member.objects.served_by(team_ids).values("pk")
        teams_staff = User.objects.filter(teams__in=team_ids).values("pk")
        events = events.filter(
            Q(member_id__in=served) | Q(member__isnull=True, actor_id__in=teams_staff)
        )
    if filters.member_id:
        events = events.filter(member__member_id__iexact=filters.member_id)
    if filters.staff_username:
        events = events.filter(actor__username__iexact=filters.staff_username)
    if filters.since:
        events = events.filter(at__date__gte=filters.since)
    if filters.until:
        events = events.filter(at__date__lte=filters.until)
    return events


def reply_examples(
    *, since: datetime | None = None, until: datetime | None = None
) -> Iterator[ReplyExample]:
    """Each agent reply with the member messages it answered (those since the previous reply).

    For building training data; a system read, so callers must audit who ran it.
    """
    messages = (
        Message.objects.exclude(direction=Message.Direction.NOTE)
        .select_related("thread__member", "author")
        .order_by("thread_id", "created_at", "pk")
    )
    if since is not None:
        messages = messages.filter(thread__created_at__gte=since)
    if until is not None:
        messages = messages.filter(thread__created_at__lt=until)
    pending: list[str] = []
    current_thread = None
    for message in messages.iterator(chunk_size=2000):
        if message.thread_id != current_thread:
            current_thread, pending = message.thread_id, []
        if message.direction == Message.Direction.INBOUND:
            pending.append(message.text)
            continue
        if pending and message.author is not None:
            member = message.thread.member
            yield ReplyExample(
                thread_id=message.thread_id,
                context="\n".join(pending),
                reply=message.text,
                sent_at=message.created_at,
                member=member_facts(member),
                agent_name=message.author.display_name,
                topic=message.thread.topic,
            )
        pending = []


def member_facts(member: Member) -> MemberFacts:
    return MemberFacts(
        member_pk=member.pk,
        member_id=member.member_id,
        first_name=member.first_name,
        last_name=member.last_name,
        date_of_birth=member.date_of_birth,
        sex=member.sex,
        state=member.state,
        plan=member.plan,
    )
