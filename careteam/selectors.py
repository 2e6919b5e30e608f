"""Reads. Every query for member data starts from the user, so access checks cannot be skipped."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Left
from django.http import Http404

from careteam import roles
from careteam.models import Message, Thread, User

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


def threads_for_user(*, user: User) -> QuerySet[Thread]:
    """The threads this user may see: those of their teams, if their role works threads."""
    if not roles.can_work_threads(user):
        return Thread.objects.none()
    return Thread.objects.filter(team__in=user.teams.values("pk"))


def thread_for_user(*, user: User, thread_id: int) -> Thread:
    """One thread with its member and assignee; 404 when it does not exist or is not visible."""
    try:
        return (
            threads_for_user(user=user)
            .select_related("member", "assignee", "team")
            .get(pk=thread_id)
        )
    except Thread.DoesNotExist:
        raise Http404("No such thread") from None


def thread_messages(*, thread: Thread) -> QuerySet[Message]:
    return thread.messages.select_related("author").order_by("created_at", "pk")


def _search(threads: QuerySet[Thread], query: str) -> QuerySet[Thread]:
    words = query.split()
    by_name = Q()
    for word in words:
        by_name &= Q(member__first_name__icontains=word) | Q(member__last_name__icontains=word)
    by_member_id = Q(member__member_id__iexact=query.strip())
    by_text = Q(pk__in=Message.objects.filter(text__icontains=query.strip()).values("thread_id"))
    return threads.filter(by_name | by_member_id | by_text)


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
    last_member_text = (
        Message.objects.filter(thread=OuterRef("pk"), direction=Message.Direction.INBOUND)
        .order_by("-created_at", "-pk")
        .annotate(preview=Left("text", PREVIEW_CHARS))
        .values("preview")[:1]
    )
    return (
        threads.select_related("member", "assignee")
        .annotate(preview=Subquery(last_member_text))
        .order_by("-priority", "-last_message_at", "-pk")
    )


def inbox_counts(*, user: User) -> dict[str, int]:
    """How many threads each inbox tab holds, in one query."""
    open_threads = ~Q(status=Thread.Status.CLOSED)
    return threads_for_user(user=user).aggregate(
        mine=Count("pk", filter=open_threads & Q(assignee=user)),
        unassigned=Count("pk", filter=open_threads & Q(assignee__isnull=True)),
        open=Count("pk", filter=open_threads),
        all=Count("pk"),
    )


def assignable_staff(*, thread: Thread) -> QuerySet[User]:
    return (
        User.objects.filter(is_active=True, teams=thread.team_id)
        .filter(
            Q(groups__permissions__codename="work_threads")
            | Q(user_permissions__codename="work_threads")
        )
        .distinct()
        .order_by("first_name", "last_name", "username")
    )
