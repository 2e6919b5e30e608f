"""Deterministic, idempotent demo data: two teams, their staff, members and API clients.

The conversations (a long answered history and open threads, grounded in each member's claims)
are written by the suggestions app's demo (`seed_demo_history`) through demo_threads_write.
All-or-nothing (one transaction). When the demo members exist already, only the demo staff,
teams and API clients are made sure of, so running it again changes nothing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from io import TextIOBase

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import DateTimeField, F, Model

from careteam import services, sla
from careteam.data import DemoThread
from careteam.demo import corpus
from careteam.models import (
    AgentProfile,
    ApiClient,
    Member,
    Message,
    ResponseRecord,
    Team,
    Thread,
    User,
)
from careteam.roles import Role, ensure_role_groups

SEED = 20261124
TEAM_NAME = "Member Services"
# A second team, for the plan's Medicare Advantage members: the demo shows that each team sees
# only its own members, threads and claims.
MEDICARE_TEAM_NAME = "Medicare Advantage Services"
MEMBER_COUNT = 400
DEMO_API_CLIENT = "member-app (demo)"
DEMO_API_TOKEN = "ct_demo0001_member-app-demo-token"  # noqa: S105 (a demo token, DEBUG only)
MEDICARE_API_CLIENT = "medicare-app (demo)"
MEDICARE_API_TOKEN = "ct_demo0002_medicare-app-demo-token"  # noqa: S105 (a demo token)
MEMBER_ID_PREFIX = "DM"
# The demo is generated at this fixed moment, whatever the hour or day of the build: the same
# code writes the same members, history and claims and so trains the same model. `make run`
# then brings the demo's conversations to the present (demo_dates_shift), after training.
DEMO_REFERENCE = datetime(2026, 12, 7, tzinfo=UTC)


@dataclass(frozen=True)
class DemoLogin:
    username: str
    password: str
    first_name: str
    last_name: str
    role: Role
    teams: tuple[str, ...] = (TEAM_NAME,)


DEMO_LOGINS = (
    DemoLogin("ana", "demo-agent-ana", "Ana", "Ortiz", Role.CARE_AGENT),
    DemoLogin("ben", "demo-agent-ben", "Ben", "Carter", Role.CARE_AGENT),
    DemoLogin("sam", "demo-supervisor-sam", "Sam", "Rivera", Role.SUPERVISOR),
    DemoLogin("alex", "demo-analyst-alex", "Alex", "Kim", Role.ANALYST),
    DemoLogin("admin", "demo-admin-console", "Ada", "Admin", Role.ADMIN,
              (TEAM_NAME, MEDICARE_TEAM_NAME)),
    DemoLogin("mei", "demo-agent-mei", "Mei", "Tanaka", Role.CARE_AGENT, (MEDICARE_TEAM_NAME,)),
    DemoLogin("omar", "demo-supervisor-omar", "Omar", "Haddad", Role.SUPERVISOR,
              (MEDICARE_TEAM_NAME,)),
)  # fmt: skip

# Routing profiles (created once; later edits in the admin or on the availability page stay).
# Ana is the team's Spanish speaker and a generalist; Ben handles the billing and claims
# topics in English for half the states; Mei covers the Medicare team; supervisors start
# offline and can make themselves available.
_BILLING_TOPICS = [
    Thread.Topic.DEDUCTIBLE, Thread.Topic.COPAY_COINSURANCE, Thread.Topic.OUT_OF_POCKET_MAX,
    Thread.Topic.EOB_QUESTION, Thread.Topic.DENIED_CLAIM, Thread.Topic.BALANCE_BILL,
    Thread.Topic.DUPLICATE_CHARGE, Thread.Topic.ITEMIZED_BILL, Thread.Topic.PAYMENT_PLAN,
    Thread.Topic.COLLECTIONS, Thread.Topic.APPEAL, Thread.Topic.EMERGENCY_CARE,
    Thread.Topic.AMBULANCE, Thread.Topic.OUT_OF_NETWORK, Thread.Topic.OTHER,
]  # fmt: skip
DEMO_PROFILES: dict[str, dict[str, object]] = {
    "ana": {"skills": [], "languages": ["en", "es"], "licensed_states": corpus.STATES,
            "capacity": 12, "availability": AgentProfile.Availability.AVAILABLE},
    "ben": {"skills": [str(t) for t in _BILLING_TOPICS], "languages": ["en"],
            "licensed_states": corpus.STATES[:10], "capacity": 10,
            "availability": AgentProfile.Availability.AVAILABLE},
    "mei": {"skills": [], "languages": ["en", "ja"], "licensed_states": corpus.STATES,
            "capacity": 10, "availability": AgentProfile.Availability.AVAILABLE},
    "sam": {"skills": [], "languages": ["en", "es"], "licensed_states": corpus.STATES,
            "capacity": 5, "availability": AgentProfile.Availability.OFFLINE},
    "omar": {"skills": [], "languages": ["en", "ar"], "licensed_states": corpus.STATES,
             "capacity": 5, "availability": AgentProfile.Availability.OFFLINE},
}  # fmt: skip


def demo_staff_first_names() -> dict[str, str]:
    """Each demo login's first name by username (how a demo reply is signed)."""
    return {login.username: login.first_name for login in DEMO_LOGINS}


def team_of_plan(plan: str) -> str:
    return MEDICARE_TEAM_NAME if plan.startswith("Medicare") else TEAM_NAME


def money(value: Decimal) -> str:
    return f"${value:,.2f}"


class _Writer:
    """Collects rows for bulk inserts and keeps the denormalised thread fields right."""

    def __init__(self, client: ApiClient | None) -> None:
        self.client = client
        self.messages: list[Message] = []
        self.inbound_number = 0
        # (thread, replied at, the oldest member message it answered, first response or not)
        self.responses: list[tuple[Thread, datetime, datetime, bool]] = []
        self._waiting_since: dict[int, datetime] = {}

    def inbound(self, thread: Thread, text: str, at: datetime) -> None:
        self.inbound_number += 1
        self.messages.append(
            Message(
                thread=thread,
                direction=Message.Direction.INBOUND,
                text=text,
                created_at=at,
                api_client=self.client,
                idempotency_key=f"demo-{self.inbound_number}",
                request_fingerprint=f"{self.inbound_number:064x}",
            )
        )
        thread.message_count += 1
        thread.last_message_at = at
        thread.last_member_message_at = at
        self._waiting_since.setdefault(id(thread), at)

    def reply(self, thread: Thread, author: User, text: str, at: datetime) -> None:
        self.messages.append(
            Message(
                thread=thread,
                direction=Message.Direction.OUTBOUND,
                author=author,
                text=text,
                created_at=at,
                delivery_status=Message.Delivery.DELIVERED,
                delivered_at=at + timedelta(seconds=2),
                delivery_attempts=1,
            )
        )
        thread.message_count += 1
        thread.last_message_at = at
        since = self._waiting_since.pop(id(thread), None)
        if since is not None:
            self.responses.append((thread, at, since, thread.first_response_at is None))
        thread.first_response_at = thread.first_response_at or at

    def note(self, thread: Thread, author: User, text: str, at: datetime) -> None:
        self.messages.append(
            Message(
                thread=thread,
                direction=Message.Direction.NOTE,
                author=author,
                text=text,
                created_at=at,
            )
        )
        thread.message_count += 1


def _ensure_staff(teams: dict[str, Team]) -> dict[str, User]:
    ensure_role_groups()
    staff: dict[str, User] = {}
    for login in DEMO_LOGINS:
        user, _ = User.objects.get_or_create(
            username=login.username,
            defaults={"first_name": login.first_name, "last_name": login.last_name},
        )
        user.set_password(login.password)
        user.is_staff = user.is_superuser = login.role == Role.ADMIN
        user.save()
        user.groups.set([Group.objects.get(name=login.role.value)])
        user.teams.add(*(teams[name] for name in login.teams))
        if login.username in DEMO_PROFILES:
            AgentProfile.objects.get_or_create(user=user, defaults=DEMO_PROFILES[login.username])
        staff[login.username] = user
    return staff


def _members(rng: random.Random, now: datetime) -> list[Member]:
    today = now.date()
    members = []
    for number in range(1, MEMBER_COUNT + 1):
        plan = rng.choice(corpus.PLANS)
        age = rng.randrange(66, 90) if plan.startswith("Medicare") else rng.randrange(1, 64)
        members.append(
            Member(
                member_id=f"{MEMBER_ID_PREFIX}{number:06d}",
                first_name=rng.choice(corpus.FIRST_NAMES),
                last_name=rng.choice(corpus.LAST_NAMES),
                date_of_birth=today - timedelta(days=age * 365 + rng.randrange(365)),
                sex=rng.choice([Member.Sex.FEMALE, Member.Sex.MALE]),
                state=rng.choice(corpus.STATES),
                plan=plan,
                contact_channel=rng.choice(list(Member.Channel)),
            )
        )
    return Member.objects.bulk_create(members)


def demo_seed(*, stdout: TextIOBase | None = None, now: datetime | None = None) -> dict[str, int]:
    """Load the demo teams, staff, API clients and members; returns what was created (zero
    members when they existed already). Members are enrolled with the team of their plan."""
    rng = random.Random(SEED)
    now = now or DEMO_REFERENCE
    with transaction.atomic():
        teams = {
            name: Team.objects.get_or_create(name=name)[0]
            for name in (TEAM_NAME, MEDICARE_TEAM_NAME)
        }
        _ensure_staff(teams)
        clients = (
            (DEMO_API_CLIENT, DEMO_API_TOKEN, TEAM_NAME),
            (MEDICARE_API_CLIENT, MEDICARE_API_TOKEN, MEDICARE_TEAM_NAME),
        )
        for name, token, team in clients:
            if not ApiClient.objects.filter(name=name).exists():
                services.api_client_create(name=name, team=teams[team], token=token)
        if Member.objects.filter(member_id__startswith=MEMBER_ID_PREFIX).exists():
            return {"members": 0}
        members = _members(rng, now)
        for member in members:
            teams[team_of_plan(member.plan)].members.add(member)
    if stdout is not None:
        stdout.write(f"Demo data: {len(members)} members in {len(teams)} teams.\n")
    return {"members": len(members)}


def _moments(model: type[Model]) -> list[str]:
    """The model's date-and-time fields: every moment a demo conversation records."""
    return [f.name for f in model._meta.concrete_fields if isinstance(f, DateTimeField)]


def demo_dates_shift(by: timedelta) -> bool:
    """Move the demo's conversations (threads, messages, reply records) and its members' birth
    dates later by `by`, once: False when the demo was moved already or holds a conversation
    after DEMO_REFERENCE (a moved or used demo stays where it is). Claims keep their dates: the
    messages quote them ("my visit on March 3"), so the records still say what the texts say."""
    threads = Thread.objects.filter(member__member_id__startswith=MEMBER_ID_PREFIX)
    if by <= timedelta(0) or threads.filter(created_at__gt=DEMO_REFERENCE).exists():
        return False
    with transaction.atomic():
        for rows in (
            Message.objects.filter(thread__in=threads),
            ResponseRecord.objects.filter(thread__in=threads),
            threads,
        ):
            rows.update(**{name: F(name) + by for name in _moments(rows.model)})
        Member.objects.filter(member_id__startswith=MEMBER_ID_PREFIX).update(
            date_of_birth=F("date_of_birth") + timedelta(days=by.days)
        )
    return True


def demo_threads_write(threads: list[DemoThread]) -> int:
    """Write demo conversations (the suggestions demo makes them); returns the messages stored.
    Member messages arrive through each team's demo API client, as live ones do."""
    teams = {team.name: team for team in Team.objects.all()}
    members = {
        m.member_id: m
        for m in Member.objects.filter(member_id__in={thread.member_id for thread in threads})
    }
    staff = {
        user.username: user
        for user in User.objects.filter(username__in={login.username for login in DEMO_LOGINS})
    }
    clients = {client.team_id: client for client in ApiClient.objects.all()}
    writer = _Writer(None)
    writer.inbound_number = Message.objects.filter(idempotency_key__startswith="demo-").count()
    rows = []
    for demo in threads:
        team = teams[demo.team]
        writer.client = clients.get(team.pk)
        thread = Thread(
            team=team,
            member=members[demo.member_id],
            subject=demo.subject[:200],
            topic=demo.topic,
            status=demo.status,
            assignee=staff.get(demo.assignee),
            priority=demo.priority,
            created_at=demo.opened_at,
            updated_at=demo.opened_at,
            last_message_at=demo.opened_at,
            due_by=demo.due_by,
        )
        for message in demo.messages:
            if message.direction == "inbound":
                writer.inbound(thread, message.text, message.at)
            elif message.direction == "outbound":
                writer.reply(thread, staff[message.author], message.text, message.at)
            else:
                writer.note(thread, staff[message.author], message.text, message.at)
        thread.closed_at = demo.closed_at
        thread.updated_at = demo.closed_at or thread.last_message_at
        if thread.assignee is None and demo.status != Thread.Status.CLOSED:
            thread.queued_at = demo.opened_at
        rows.append(thread)
    with transaction.atomic():
        Thread.objects.bulk_create(rows, batch_size=1000)
        Message.objects.bulk_create(writer.messages, batch_size=2000)
        ResponseRecord.objects.bulk_create(
            [_response_record(*response) for response in writer.responses], batch_size=2000
        )
    return len(writer.messages)


def _response_record(
    thread: Thread, at: datetime, since: datetime, first_response: bool
) -> ResponseRecord:
    due = sla.due_by(
        team=thread.team, priority=thread.priority, first_response=first_response, since=since
    )
    return ResponseRecord(
        thread=thread,
        team=thread.team,
        responded_at=at,
        first_response=first_response,
        waited_seconds=max(0, int((at - since).total_seconds())),
        due_by=due,
        breached=at > due,
    )
