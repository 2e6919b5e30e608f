"""Routing: who works which thread.

A new or reopened thread goes to the available agent of its team who has its topic among their
skills, speaks its language and is licensed in the member's state, and who has the fewest open
threads (ties: the agent idle longest). When nobody qualifies or has room, it waits in the team
queue, ordered by priority and then by how long it has waited; an agent who becomes available
or frees capacity pulls from that queue. Every assignment writes an audit row with its reason.

Capacity holds under concurrent arrivals: an assignment locks the chosen agents' profile rows
(SELECT ... FOR UPDATE, in primary-key order so two routers never deadlock) and counts their
open threads under that lock, so a second router waits and then sees the first one's thread.
Pulls lock the agent's profile first and take queued threads with SKIP LOCKED, so a pull and
an arrival holding a new thread's row never wait on each other in a cycle.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime

from django.db import connection, transaction
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from careteam import roles
from careteam.audit import audit_record
from careteam.live import publish as live
from careteam.models import AgentProfile, AuditEvent, Thread, User, agent_handles

logger = logging.getLogger(__name__)


class Reason:
    """Why a thread was assigned or queued; the audit row's detail says it."""

    NEW = "new thread"
    REOPENED = "reopened"
    AVAILABLE = "agent available"
    CAPACITY = "capacity freed"
    UNASSIGNED = "returned to queue"
    REBALANCE = "rebalance"
    ESCALATION = "escalation"


def _thread_workers() -> QuerySet[User]:
    return User.objects.filter(
        Q(groups__permissions__codename="work_threads")
        | Q(user_permissions__codename="work_threads"),
        is_active=True,
    )


def profile_for(user: User) -> AgentProfile:
    profile, _ = AgentProfile.objects.get_or_create(user=user)
    return profile


def open_loads(user_ids: Iterable[int]) -> dict[int, int]:
    """How many threads that are not closed each of these agents holds."""
    rows = (
        Thread.objects.open()
        .filter(assignee_id__in=list(user_ids))
        .values("assignee_id")
        .annotate(load=Count("pk"))
        .order_by()
    )
    return {row["assignee_id"]: row["load"] for row in rows}


def assignee_is_working(thread: Thread) -> bool:
    """The thread's assignee is signed in as available (an escalation leaves it with them)."""
    if thread.assignee_id is None:
        return False
    profile = AgentProfile.objects.filter(user_id=thread.assignee_id).only("availability").first()
    return profile is not None and profile.availability == AgentProfile.Availability.AVAILABLE


def _available_team_profiles(thread: Thread) -> QuerySet[AgentProfile]:
    # Subqueries, not joins: a join through groups and permissions repeats each agent.
    team_staff = User.teams.through.objects.filter(team_id=thread.team_id).values("user_id")
    return AgentProfile.objects.filter(
        availability=AgentProfile.Availability.AVAILABLE, user_id__in=team_staff
    ).filter(user_id__in=_thread_workers().values("pk"))


def _qualified_profiles_in_sql(thread: Thread) -> QuerySet[AgentProfile]:
    """PostgreSQL: AgentProfile.handles as jsonb containment, so only the qualified agents'
    rows leave the database (an empty list means any topic, English only, any state)."""
    wanted = Q(skills=[]) | Q(skills__contains=[thread.topic])
    if thread.language:
        speaks = Q(languages__contains=[thread.language])
        wanted &= speaks | Q(languages=[]) if thread.language == "en" else speaks
    state = thread.member.state
    wanted &= Q(licensed_states=[]) | Q(licensed_states__contains=[state])
    return _available_team_profiles(thread).filter(wanted)


def _qualified_profile_ids(thread: Thread, *, exclude_user_id: int | None) -> list[int]:
    profiles = (
        _available_team_profiles(thread)
        # Rows, not model instances (off PostgreSQL, where the lists are filtered here).
        .values_list("pk", "user_id", "skills", "languages", "licensed_states")
    )
    state = thread.member.state
    return [
        pk
        for pk, user_id, skills, languages, licensed_states in profiles
        if user_id != exclude_user_id
        and agent_handles(
            skills=skills,
            languages=languages,
            licensed_states=licensed_states,
            topic=thread.topic,
            language=thread.language,
            state=state,
        )
    ]


def _assign(
    thread: Thread, profile: AgentProfile, *, load: int, reason: str, now: datetime
) -> None:
    Thread.objects.filter(pk=thread.pk).update(
        assignee_id=profile.user_id, queued_at=None, updated_at=now
    )
    live.thread_changed(thread_id=thread.pk, team_id=thread.team_id, change=live.Change.THREAD)
    AgentProfile.objects.filter(pk=profile.pk).update(last_assigned_at=now)
    thread.assignee_id = profile.user_id
    thread.queued_at = None
    audit_record(
        actor=None,
        action=AuditEvent.Action.ROUTE_THREAD,
        member_id=thread.member_id,
        obj=thread,
        detail=f"to={profile.user_id} reason={reason} load={load + 1}/{profile.capacity}",
    )


def thread_route(
    *, thread_id: int, reason: str = Reason.NEW, exclude_user_id: int | None = None
) -> int | None:
    """Assign an open, unassigned thread to the best qualified agent with room, or queue it.

    Returns the assignee's user id, or None when the thread waits in the queue (or is closed or
    already assigned). Runs in the caller's transaction when there is one.
    """
    with transaction.atomic():
        thread = (
            Thread.objects.select_for_update(of=("self",))
            .select_related("member")
            .filter(pk=thread_id)
            .first()
        )
        if thread is None or thread.is_closed or thread.assignee_id is not None:
            return None
        now = timezone.now()
        if connection.vendor == "postgresql":
            # One statement finds and locks the qualified agents (FOR UPDATE re-checks the
            # conditions on a row another router changed while this one waited).
            candidates = _qualified_profiles_in_sql(thread)
            if exclude_user_id is not None:
                candidates = candidates.exclude(user_id=exclude_user_id)
        else:
            qualified = _qualified_profile_ids(thread, exclude_user_id=exclude_user_id)
            candidates = AgentProfile.objects.filter(
                pk__in=qualified, availability=AgentProfile.Availability.AVAILABLE
            )
        locked = list(
            candidates.select_for_update(of=("self",))
            .only("pk", "user_id", "capacity", "last_assigned_at")
            .order_by("pk")
        )
        loads = open_loads(profile.user_id for profile in locked)
        with_room = [p for p in locked if loads.get(p.user_id, 0) < p.capacity]
        if not with_room:
            if thread.queued_at is None:
                Thread.objects.filter(pk=thread.pk).update(queued_at=now)
            return None
        best = min(
            with_room,
            key=lambda p: (
                loads.get(p.user_id, 0),
                p.last_assigned_at is not None,
                p.last_assigned_at or now,
                p.pk,
            ),
        )
        _assign(thread, best, load=loads.get(best.user_id, 0), reason=reason, now=now)
        return best.user_id


def agent_pull(*, user_id: int, reason: str = Reason.CAPACITY) -> int:
    """Fill an available agent's free capacity from their teams' queues (highest priority,
    then longest waiting, among the threads they qualify for). Returns how many they took."""
    with transaction.atomic():
        profile = (
            AgentProfile.objects.select_for_update()
            .select_related("user")
            .filter(user_id=user_id)
            .first()
        )
        if (
            profile is None
            or profile.availability != AgentProfile.Availability.AVAILABLE
            or not roles.can_work_threads(profile.user)
        ):
            return 0
        free = profile.capacity - open_loads([user_id]).get(user_id, 0)
        if free <= 0:
            return 0
        # Team ids as values, not a subquery: the queue index then yields threads in queue
        # order and the scan stops after `free` matching ones.
        team_ids = list(profile.user.teams.values_list("pk", flat=True))
        queue = Thread.objects.open().filter(
            team_id__in=team_ids,
            assignee__isnull=True,
            language__in=[*(profile.languages or ["en"]), ""],
        )
        if profile.skills:
            queue = queue.filter(topic__in=profile.skills)
        if profile.licensed_states:
            queue = queue.filter(member__state__in=profile.licensed_states)
        taken = list(
            queue.select_for_update(of=("self",), skip_locked=True)
            .only("pk", "member_id", "team_id")
            .order_by("-priority", "queued_at", "pk")[:free]
        )
        if not taken:
            return 0
        now = timezone.now()
        Thread.objects.filter(pk__in=[thread.pk for thread in taken]).update(
            assignee_id=user_id, queued_at=None, updated_at=now
        )
        for thread in taken:
            live.thread_changed(
                thread_id=thread.pk, team_id=thread.team_id, change=live.Change.THREAD
            )
        AgentProfile.objects.filter(pk=profile.pk).update(last_assigned_at=now)
        load = profile.capacity - free
        AuditEvent.objects.bulk_create(
            AuditEvent(
                action=AuditEvent.Action.ROUTE_THREAD,
                member_id=thread.member_id,
                object_type="Thread",
                object_id=str(thread.pk),
                detail=f"to={user_id} reason={reason} load={load + number}/{profile.capacity}",
            )
            for number, thread in enumerate(taken, start=1)
        )
    return len(taken)


def thread_requeue(*, thread_id: int, reason: str) -> int | None:
    """Take a thread from its assignee and route it again (to another agent, or the queue)."""
    with transaction.atomic():
        thread = Thread.objects.select_for_update().filter(pk=thread_id).first()
        if thread is None or thread.is_closed:
            return None
        previous = thread.assignee_id
        now = timezone.now()
        Thread.objects.filter(pk=thread.pk).update(assignee=None, queued_at=now, updated_at=now)
        live.thread_changed(thread_id=thread.pk, team_id=thread.team_id, change=live.Change.THREAD)
        audit_record(
            actor=None,
            action=AuditEvent.Action.ROUTE_THREAD,
            member_id=thread.member_id,
            obj=thread,
            detail=f"from={previous} reason={reason} queued",
        )
        return thread_route(thread_id=thread.pk, reason=reason, exclude_user_id=previous)


def agent_set_availability(*, user: User, availability: str, actor: User) -> AgentProfile:
    """Set an agent's availability; one who becomes available pulls queued threads at once."""
    from careteam.services import ServiceError

    if availability not in AgentProfile.Availability.values:
        raise ServiceError("Choose available, away or offline.", field="availability")
    with transaction.atomic():
        profile = profile_for(user)
        profile = AgentProfile.objects.select_for_update().get(pk=profile.pk)
        if profile.availability == availability:
            return profile
        profile.availability = availability
        profile.availability_changed_at = timezone.now()
        profile.save(update_fields=["availability", "availability_changed_at"])
        audit_record(
            actor=actor,
            action=AuditEvent.Action.SET_AVAILABILITY,
            object_ref=("User", str(user.pk)),
            detail=f"availability={availability}",
        )
        if availability == AgentProfile.Availability.AVAILABLE:
            agent_pull(user_id=user.pk, reason=Reason.AVAILABLE)
    return profile


def team_rebalance(*, team_ids: list[int], limit: int = 500) -> int:
    """Route again the open threads (member waiting on us) held by agents who are away or
    offline, and each agent's newest threads beyond their capacity. Returns how many moved."""
    profiles = {
        profile.user_id: profile
        for profile in AgentProfile.objects.filter(user__teams__in=team_ids).distinct()
    }
    loads = open_loads(profiles)
    over = {
        user_id: loads.get(user_id, 0) - profile.capacity
        for user_id, profile in profiles.items()
        if loads.get(user_id, 0) > profile.capacity
    }
    away = [
        user_id
        for user_id, profile in profiles.items()
        if profile.availability != AgentProfile.Availability.AVAILABLE
    ]
    moving = list(
        Thread.objects.filter(
            team_id__in=team_ids, status=Thread.Status.OPEN, assignee_id__in=away
        ).values_list("pk", flat=True)[:limit]
    )
    for user_id, excess in over.items():
        if user_id in away:
            continue
        moving += list(
            Thread.objects.filter(
                team_id__in=team_ids, status=Thread.Status.OPEN, assignee_id=user_id
            )
            .order_by("-updated_at", "-pk")
            .values_list("pk", flat=True)[:excess]
        )
    for thread_id in moving:
        thread_requeue(thread_id=thread_id, reason=Reason.REBALANCE)
    return len(moving)
