"""Plain data objects that careteam hands to other apps (no models cross app boundaries)."""

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class MemberFacts:
    member_pk: int
    member_id: str
    first_name: str
    last_name: str
    date_of_birth: date
    sex: str
    state: str
    plan: str


@dataclass(frozen=True)
class DemoMessage:
    direction: str  # "inbound", "outbound" or "note"
    text: str
    at: datetime
    author: str = ""  # the staff member's username (outbound and notes)


@dataclass(frozen=True)
class DemoThread:
    """A demo conversation as plain data, written by careteam.api.demo_threads_write."""

    team: str
    member_id: str
    subject: str
    topic: str
    status: str  # "open", "waiting" or "closed"
    assignee: str  # username, or "" for the team queue
    priority: int
    opened_at: datetime
    messages: tuple[DemoMessage, ...]
    closed_at: datetime | None = None
    due_by: datetime | None = None


@dataclass(frozen=True)
class ThreadFacts:
    thread_id: int
    team_id: int
    topic: str
    status: str
    created_at: datetime
    member: MemberFacts
    assignee_name: str


@dataclass(frozen=True)
class ReplyExample:
    """A reply an agent sent and the member's message(s) it answered; raw text, for training."""

    thread_id: int
    context: str
    reply: str
    sent_at: datetime
    member: MemberFacts
    agent_name: str
    topic: str = ""  # the thread's topic


@dataclass(frozen=True)
class DraftRequest:
    """What drafting a reply to one member message needs (a system read for the job)."""

    message_id: int
    thread_id: int
    context: str  # the member's messages since the team's last reply
    member: MemberFacts
    answered: bool  # a staff reply came after this message already
    team_id: int = 0
    topic: str = ""
    follows_reply: bool = False  # the team already answered on this thread (a follow-up)
    # What safety triage found in this message ("emergency", "self_harm", "violence", "abuse"),
    # "" for nothing: an alarming message never gets a billing draft.
    triage_kind: str = ""
    language: str = ""  # the thread's language (ISO 639-1), "" when not known
    # The thread's subject: the member's app may send one with the opening message.
    subject: str = ""


@dataclass(frozen=True)
class ReplyCandidate:
    """A reply an agent asked to send, as the apps above careteam check it before it goes."""

    thread_id: int
    member_pk: int
    author_id: int
    author_first_name: str
    text: str
    draft_ref: str  # opaque to careteam: which drafted reply the composer started from


@dataclass(frozen=True)
class ReplyConcern:
    """Something in a reply the agent must fix (blocking) or confirm before it is sent."""

    fragment: str  # the words of the reply it is about, highlighted for the agent
    message: str  # safe to show to staff
    blocking: bool


@dataclass(frozen=True)
class StaffMember:
    user_id: int
    name: str


@dataclass(frozen=True)
class AnsweredMessage:
    """A member message and the first staff reply to it (a system read, for replaying history)."""

    message_id: int
    received_at: datetime
    reply_id: int
    reply_text: str
    replied_at: datetime
    agent_id: int
    agent_first_name: str
    thread_id: int
    team_id: int
    topic: str
    first_response: bool
    context: str
    member: MemberFacts
