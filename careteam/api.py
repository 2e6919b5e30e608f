"""careteam's public interface: the only module (with careteam.data) other apps import."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import TruncDate
from django.http import HttpRequest
from django.utils import timezone

from careteam import audit, jobs, replies, roles, routing, selectors, services
from careteam.data import (
    AnsweredMessage,
    DemoMessage,
    DemoThread,
    DraftRequest,
    MemberFacts,
    ReplyCandidate,
    ReplyConcern,
    ReplyExample,
    StaffMember,
    ThreadFacts,
)
from careteam.demo.seed import (
    DEMO_REFERENCE,
    MEMBER_ID_PREFIX,
    demo_dates_shift,
    demo_staff_first_names,
    demo_threads_write,
)
from careteam.exports import csv_writer, spreadsheet_safe
from careteam.jsonshape import JsonShapeProblem, json_shape_problem
from careteam.language import detect_language
from careteam.language import word_counts as dictionary_word_counts
from careteam.live import publish as live
from careteam.marking import mark_matches
from careteam.middleware import is_background_poll
from careteam.models import AuditEvent, Member, Message, Team, Thread, User
from careteam.months import (
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    ORDINAL_DAY_ALTERNATION,
    SPANISH_MONTHS,
    english_month_number,
    english_month_words,
    ordinal_day,
    spanish_month_number,
    spanish_month_words,
)
from careteam.months import alternation as month_alternation
from careteam.signals import member_message_stored, reply_stored
from careteam.staff_request import StaffRequest
from careteam.triage import most_serious
from careteam.x12 import ENVELOPE_SEGMENTS as X12_ENVELOPE_SEGMENTS
from careteam.x12 import X12Finding, X12Reading, X12Segment, x12_read

# Background work for any app: register each handler in your AppConfig.ready(), and enqueue
# jobs inside the transaction that writes the data they are about.
enqueue_job = jobs.enqueue
register_job = jobs.register
# Transitional: the decorator form, until claims registers its handlers in its ready().

# Replies: apps register checks that run before a reply is sent, and hear of each stored reply
# (reply_stored, inside the transaction); a receiver raises ReplyRefused to refuse the send.
register_reply_check = replies.register_reply_check
ReplyRefused = services.ServiceError
# The topic classifier (suggestions) sets a thread's topic unless a person chose it.
thread_topic_classified = services.thread_topic_classified

THREAD_TOPICS: list[tuple[str, str]] = list(Thread.Topic.choices)

__all__ = [
    "DEMO_REFERENCE",
    "ENGLISH_MONTHS",
    "ENGLISH_WEEKDAYS",
    "ORDINAL_DAY_ALTERNATION",
    "SPANISH_MONTHS",
    "THREAD_TOPICS",
    "X12_ENVELOPE_SEGMENTS",
    "AuditAction",
    "DemoMessage",
    "DemoThread",
    "DraftRequest",
    "JsonShapeProblem",
    "MemberFacts",
    "ReplyCandidate",
    "ReplyConcern",
    "ReplyExample",
    "ReplyRefused",
    "StaffMember",
    "StaffRequest",
    "ThreadFacts",
    "User",
    "X12Finding",
    "X12Reading",
    "X12Segment",
    "answered_messages",
    "audit_listing",
    "audit_record",
    "csv_writer",
    "dashboard_team_ids",
    "demo_dates_shift",
    "demo_members",
    "demo_staff_first_names",
    "demo_threads_write",
    "detect_language",
    "dictionary_word_counts",
    "draft_request",
    "english_month_number",
    "english_month_words",
    "enqueue_job",
    "is_background_poll",
    "job_pending",
    "json_shape_problem",
    "latest_member_message_id",
    "live_draft_ready",
    "mark_matches",
    "member_facts_by_pk",
    "member_message_counts",
    "member_message_stored",
    "member_pks_by_member_id",
    "member_thread_count",
    "member_visible_to",
    "members_served",
    "members_served_by",
    "month_alternation",
    "open_thread_facts",
    "ordinal_day",
    "register_audit_actions",
    "register_job",
    "register_reply_check",
    "reply_examples",
    "reply_stored",
    "served_member_pks_by_member_id",
    "spanish_month_number",
    "spanish_month_words",
    "spreadsheet_safe",
    "staff_names",
    "team_ids_by_name",
    "team_staff",
    "thread_facts",
    "thread_facts_for_user",
    "thread_member_texts",
    "thread_route",
    "thread_topic_classified",
    "unanswered_member_message_ids",
    "user_can_run_training",
    "user_can_view_dashboards",
    "user_can_work_threads",
    "user_sees_all_teams",
    "user_team_ids",
    "visible_member_pks",
    "x12_read",
]


def live_draft_ready(*, thread_id: int, team_id: int) -> None:
    """Tell the open page of this thread that a draft is ready, after the commit."""
    live.thread_changed(thread_id=thread_id, team_id=team_id, change=live.Change.DRAFT)


def thread_route(thread_id: int) -> int | None:
    """Route an open thread nobody has: to the best qualified available agent (their user id
    is returned), or to its team queue (None). Safe to call again; an assigned thread stays."""
    return routing.thread_route(thread_id=thread_id)


def user_can_work_threads(user: User) -> bool:
    return roles.can_work_threads(user)


def user_can_view_dashboards(user: User) -> bool:
    return roles.can_view_dashboards(user)


def user_can_run_training(user: User) -> bool:
    return roles.can_run_training(user)


# The audit trail: each app registers its own actions (a TextChoices) from its ready();
# careteam's, which other apps may also write (VIEW_THREAD, UPDATE_THREAD), are AuditAction.
AuditAction = AuditEvent.Action
register_audit_actions = audit.audit_actions_register


def audit_record(
    *,
    actor: User | None,
    action: str,
    member_pk: int | None = None,
    obj: object | None = None,
    detail: str = "",
    request: HttpRequest | None = None,
) -> None:
    """Append an audit row; other apps call this for every read of member data they serve."""
    services.audit_record(
        actor=actor, action=action, member_id=member_pk, obj=obj, detail=detail, request=request
    )


def audit_listing(
    *,
    actor: User,
    action: str,
    member_ids: list[int],
    detail: str,
    request: HttpRequest,
    background: bool = False,
) -> int:
    """One audit row per member a listing showed (see careteam.services.audit_listing)."""
    return services.audit_listing(
        actor=actor,
        action=action,
        member_ids=member_ids,
        detail=detail,
        request=request,
        background=background,
    )


# --- Members, for the apps that hold data about them (claims) ----------------------------------


def visible_member_pks(*, user: User) -> QuerySet[Thread, int]:
    """The pks of the members whose data this user may see, as a lazy subquery.

    Staff who work threads see the members their teams have a thread with; other roles none.
    """
    return selectors.threads_for_user(user=user).values_list("member_id", flat=True)


def members_served_by(*, team_ids: Iterable[int]) -> QuerySet[Member]:
    """The members enrolled with any of these teams (`Member.teams`): all a team may reach.

    Staff of a team, its API clients and its imports touch only these members; a member outside
    them is answered exactly like a member that does not exist.
    """
    return Member.objects.served_by(team_ids)


def served_member_pks_by_member_id(
    member_ids: Iterable[str], *, team_ids: Iterable[int]
) -> dict[str, int]:
    """Like `member_pks_by_member_id`, but only the members these teams serve: a member no team
    of these serves is absent, exactly as an unknown id is (callers must not tell them apart)."""
    teams = list(team_ids)
    wanted = sorted(set(member_ids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 5000):
        chunk = wanted[start : start + 5000]
        found.update(
            members_served_by(team_ids=teams)
            .filter(member_id__in=chunk)
            .values_list("member_id", "pk")
        )
    return found


def members_served(*, member_pks: Iterable[int], team_ids: Iterable[int]) -> set[int]:
    """Which of these member pks the teams serve (are enrolled with)."""
    teams = list(team_ids)
    wanted = sorted(set(member_pks))
    served: set[int] = set()
    for start in range(0, len(wanted), 5000):
        served.update(
            members_served_by(team_ids=teams)
            .filter(pk__in=wanted[start : start + 5000])
            .values_list("pk", flat=True)
        )
    return served


def member_visible_to(*, user: User, member_pk: int) -> bool:
    return visible_member_pks(user=user).filter(member_id=member_pk).exists()


def member_pks_by_member_id(member_ids: Iterable[str]) -> dict[str, int]:
    """The plan's member ids (as files carry them) mapped to member pks; unknown ids are absent."""
    wanted = sorted(set(member_ids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 5000):
        chunk = wanted[start : start + 5000]
        found.update(Member.objects.filter(member_id__in=chunk).values_list("member_id", "pk"))
    return found


# A team serves the members enrolled with it (members_served_by): imports, API clients and
# staff reach only those.


def user_team_ids(*, user: User) -> list[int]:
    """The teams of a staff user who works threads; none for other roles."""
    if not roles.can_work_threads(user):
        return []
    return selectors.team_ids_for_user(user=user)


def user_sees_all_teams(user: User) -> bool:
    """Admins (and superusers) see every team's records in listings such as recent imports."""
    return roles.sees_all_teams(user)


def team_ids_by_name() -> dict[str, int]:
    """Every team's pk by its name (team names are not member data)."""
    return dict(Team.objects.values_list("name", "pk"))


def member_facts_by_pk(member_pks: Iterable[int]) -> dict[int, MemberFacts]:
    """A system read of members' facts by pk (one query per 5,000); callers audit what they show."""
    wanted = sorted(set(member_pks))
    facts: dict[int, MemberFacts] = {}
    for start in range(0, len(wanted), 5000):
        for member in Member.objects.filter(pk__in=wanted[start : start + 5000]):
            facts[member.pk] = selectors.member_facts(member)
    return facts


def open_thread_facts() -> list[ThreadFacts]:
    """Every thread that is not closed, oldest first (a system read, for demo data)."""
    threads = Thread.objects.open().select_related("member", "assignee")
    threads = threads.order_by("created_at", "pk")
    return [_facts(thread) for thread in threads]


def thread_facts_for_user(*, user: User, thread_id: int) -> ThreadFacts:
    """The facts of one thread the user may see; raises Http404 otherwise."""
    return _facts(selectors.thread_for_user(user=user, thread_id=thread_id))


def _facts(thread: Thread) -> ThreadFacts:
    member = thread.member
    return ThreadFacts(
        thread_id=thread.pk,
        team_id=thread.team_id,
        topic=thread.topic,
        status=thread.status,
        created_at=thread.created_at,
        member=selectors.member_facts(member),
        assignee_name=thread.assignee.display_name if thread.assignee else "",
    )


reply_examples = selectors.reply_examples


def staff_names() -> list[str]:
    """Every staff member's first and full name, to take out of training text."""
    names: list[str] = []
    for first, last in User.objects.values_list("first_name", "last_name"):
        names.extend(name for name in (f"{first} {last}".strip(), first) if name)
    return names


def thread_facts(*, thread_id: int) -> ThreadFacts | None:
    """A system read of one thread's facts (for background drafting); None if it is gone."""
    thread = Thread.objects.select_related("member", "assignee").filter(pk=thread_id).first()
    return None if thread is None else _facts(thread)


def draft_request(*, message_id: int) -> DraftRequest | None:
    """The member message to draft a reply to, with its thread's facts; None if not inbound."""
    message = (
        Message.objects.select_related("thread__member", "thread__assignee")
        .filter(pk=message_id, direction=Message.Direction.INBOUND)
        .first()
    )
    if message is None:
        return None
    thread = message.thread
    since_reply = thread.messages.filter(created_at__lte=message.created_at).exclude(
        direction=Message.Direction.NOTE
    )
    last_reply = (
        since_reply.filter(direction=Message.Direction.OUTBOUND).order_by("-created_at").first()
    )
    inbound = since_reply.filter(direction=Message.Direction.INBOUND)
    if last_reply is not None:
        inbound = inbound.filter(created_at__gt=last_reply.created_at)
    answered = thread.messages.filter(
        direction=Message.Direction.OUTBOUND, created_at__gt=message.created_at
    ).exists()
    return DraftRequest(
        message_id=message.pk,
        thread_id=thread.pk,
        context="\n".join(inbound.order_by("created_at", "pk").values_list("text", flat=True)),
        member=selectors.member_facts(thread.member),
        answered=answered,
        team_id=thread.team_id,
        topic=thread.topic,
        follows_reply=last_reply is not None,
        # The most serious danger any message of the context shows: the draft answers them all.
        triage_kind=most_serious(
            list(inbound.exclude(triage_kind="").values_list("triage_kind", flat=True))
        ),
        language=thread.language,
        subject=thread.subject,
    )


def latest_member_message_id(*, thread_id: int) -> int | None:
    return (
        Message.objects.filter(thread_id=thread_id, direction=Message.Direction.INBOUND)
        .order_by("-created_at", "-pk")
        .values_list("pk", flat=True)
        .first()
    )


def job_pending(*, key: str) -> bool:
    """Whether a background job with this key is still to run (or running)."""
    from careteam.models import Job

    return (
        Job.objects.filter(key=key)
        .exclude(status__in=[Job.Status.DONE, Job.Status.FAILED])
        .exists()
    )


def unanswered_member_message_ids() -> list[int]:
    """The latest member message of each open thread (one query, whatever the number of threads);
    the drafting job decides whether a reply has answered it."""
    latest = (
        Message.objects.filter(thread_id=OuterRef("pk"), direction=Message.Direction.INBOUND)
        .order_by("-created_at", "-pk")
        .values("pk")[:1]
    )
    return list(
        Thread.objects.filter(status=Thread.Status.OPEN)
        .annotate(latest_member_message=Subquery(latest))
        .filter(latest_member_message__isnull=False)
        .values_list("latest_member_message", flat=True)
    )


def dashboard_team_ids(*, user: User) -> list[int]:
    """The teams whose figures this user may see; empty for roles without dashboards."""
    if not roles.can_view_dashboards(user):
        return []
    return selectors.team_ids_for_user(user=user)


def team_staff(*, team_ids: list[int]) -> list[StaffMember]:
    """The staff of these teams who work threads, for a dashboard's agent filter."""
    users = (
        User.objects.filter(is_active=True, teams__in=team_ids)
        .filter(
            Q(groups__permissions__codename="work_threads")
            | Q(user_permissions__codename="work_threads")
        )
        .distinct()
        .order_by("first_name", "last_name", "username")
    )
    return [StaffMember(user_id=user.pk, name=user.display_name) for user in users]


def member_message_counts(
    *,
    team_ids: list[int],
    since: date | None,
    until: date | None,
    topic: str = "",
    since_at: datetime | None = None,
) -> int:
    """How many member messages arrived in these teams' threads (dates inclusive, local time;
    `since_at`, when given, is the first moment counted instead of `since`'s midnight)."""
    zone = timezone.get_current_timezone()
    start = since_at
    if start is None and since is not None:
        start = datetime.combine(since, time.min, zone)
    end = datetime.combine(until + timedelta(days=1), time.min, zone) if until else None
    messages = Message.objects.filter(direction=Message.Direction.INBOUND)
    if start is not None and end is not None and end - start <= timedelta(days=1):
        # One day (the dashboard's today, not yet rolled up) has far fewer member messages than
        # a team has threads: look up each message's thread by primary key (a subquery per
        # message). The join below makes PostgreSQL hash every thread of the team instead, 2-4
        # times slower at 100,000 threads until late in a busy day, when the two cost the same.
        thread = Thread.objects.filter(pk=OuterRef("thread_id"))
        if topic:
            thread = thread.filter(topic=topic)  # another topic: NULL, so not counted
        messages = messages.alias(thread_team=Subquery(thread.values("team_id"))).filter(
            thread_team__in=team_ids
        )
    else:
        messages = messages.filter(thread__team_id__in=team_ids)
        if topic:
            messages = messages.filter(thread__topic=topic)
    # Datetime bounds, not __date lookups, so the index on created_at serves the range.
    if start is not None:
        messages = messages.filter(created_at__gte=start)
    if end is not None:
        messages = messages.filter(created_at__lt=end)
    return messages.aggregate(count=Count("*"))["count"]


def member_message_counts_by_day(
    *, first: date, last: date, before: datetime | None = None
) -> dict[tuple[int, date, str], int]:
    """Member messages per (team, local day, the thread's topic now) over these days (up to
    `before` when given), for the acceptance dashboard's rollups; one aggregate query."""
    zone = timezone.get_current_timezone()
    start = datetime.combine(first, time.min, zone)
    end = before or datetime.combine(last + timedelta(days=1), time.min, zone)
    rows = (
        Message.objects.filter(
            direction=Message.Direction.INBOUND, created_at__gte=start, created_at__lt=end
        )
        .annotate(day=TruncDate("created_at", tzinfo=zone))
        .values_list("thread__team_id", "day", "thread__topic")
        .annotate(count=Count("*"))
    )
    return {(team_id, day, topic): count for team_id, day, topic, count in rows}


def thread_member_texts(*, thread_id: int) -> list[str]:
    """What the member wrote in one thread (a system read for checks on a reply being sent)."""
    return list(
        Message.objects.filter(thread_id=thread_id, direction=Message.Direction.INBOUND)
        .order_by("created_at", "pk")
        .values_list("text", flat=True)
    )


def answered_messages(*, newest: int) -> list[AnsweredMessage]:
    """The newest member messages that a staff reply answered, with that reply, oldest first."""
    asked = Message.objects.filter(
        thread_id=OuterRef("thread_id"),
        direction=Message.Direction.INBOUND,
        created_at__lte=OuterRef("created_at"),
    ).order_by("-created_at", "-pk")
    replies = (
        Message.objects.filter(direction=Message.Direction.OUTBOUND, author__isnull=False)
        .select_related("thread__member", "author")
        .annotate(
            asked_id=Subquery(asked.values("pk")[:1]),
            asked_at=Subquery(asked.values("created_at")[:1]),
            asked_text=Subquery(asked.values("text")[:1]),
        )
        .filter(asked_id__isnull=False)
        .order_by("-created_at", "-pk")[:newest]
    )
    answered = []
    for reply in replies:
        thread, author = reply.thread, reply.author
        assert author is not None  # author__isnull=False above
        answered.append(
            AnsweredMessage(
                message_id=reply.asked_id,
                received_at=reply.asked_at,
                reply_id=reply.pk,
                reply_text=reply.text,
                replied_at=reply.created_at,
                agent_id=author.pk,
                agent_first_name=author.first_name,
                thread_id=thread.pk,
                team_id=thread.team_id,
                topic=thread.topic,
                first_response=thread.first_response_at is None
                or thread.first_response_at >= reply.created_at,
                context=reply.asked_text,
                member=selectors.member_facts(thread.member),
            )
        )
    return answered[::-1]


def people_names() -> list[str]:
    """Every member's and staff member's first, last and full name (distinct): names the
    records hold, to take out of any text a model learns from."""
    names: set[str] = set()
    for model in (Member, User):
        for first, last in model.objects.values_list("first_name", "last_name").distinct():
            names.update(name for name in (first, last, f"{first} {last}".strip()) if name)
    return sorted(names)


def identifying_values() -> Iterator[tuple[str, str]]:
    """(kind, value) for every detail the members' and staff's records hold that must never
    reach a model: full names, surnames, member ids, dates of birth (as ISO dates)."""
    members = Member.objects.values_list("first_name", "last_name", "member_id", "date_of_birth")
    for first, last, member_id, born in members.iterator(chunk_size=5000):
        yield "member name", f"{first} {last}"
        yield "member surname", last
        yield "member id", member_id
        if born is not None:
            yield "date of birth", born.isoformat()
    for first, last in User.objects.values_list("first_name", "last_name").iterator():
        if first and last:
            yield "staff name", f"{first} {last}"


def demo_members() -> list[tuple[str, MemberFacts]]:
    """The demo's members with the team that serves them (the demo only)."""
    members = Member.objects.filter(member_id__startswith=MEMBER_ID_PREFIX).prefetch_related(
        "teams"
    )
    return [
        (team.name, selectors.member_facts(member))
        for member in members.order_by("member_id")
        for team in member.teams.all()[:1]
    ]


def member_thread_count(*, member_pks: list[int]) -> int:
    """How many threads these members have (any team, any status)."""
    return Thread.objects.filter(member_id__in=member_pks).count()
