"""careteam's public interface: the only module (with careteam.data) other apps import."""

from __future__ import annotations

from django.http import HttpRequest

from careteam import jobs, roles, selectors, services
from careteam.data import MemberFacts, ReplyExample, ThreadFacts
from careteam.models import Thread, User

# Background work for any app: register a handler in a module your tasks.py imports, and
# enqueue jobs inside the transaction that writes the data they are about.
enqueue_job = jobs.enqueue
job_handler = jobs.handler

__all__ = [
    "MemberFacts",
    "ReplyExample",
    "ThreadFacts",
    "audit_record",
    "enqueue_job",
    "job_handler",
    "reply_examples",
    "staff_names",
    "thread_facts",
    "thread_facts_for_user",
    "user_can_run_training",
    "user_can_view_dashboards",
    "user_can_work_threads",
]


def user_can_work_threads(user: User) -> bool:
    return roles.can_work_threads(user)


def user_can_view_dashboards(user: User) -> bool:
    return roles.can_view_dashboards(user)


def user_can_run_training(user: User) -> bool:
    return roles.can_run_training(user)


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
