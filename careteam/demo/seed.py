"""Deterministic, idempotent demo data: staff, members, a long history and open threads.

All-or-nothing (one transaction). When the demo members exist already, only the demo staff,
team and API client are made sure of, so running it again changes nothing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TextIO

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from careteam import services
from careteam.demo import corpus
from careteam.models import ApiClient, Member, Message, Team, Thread, User
from careteam.roles import Role, ensure_role_groups

SEED = 20261124
TEAM_NAME = "Member Services"
MEMBER_COUNT = 400
HISTORY_THREADS = 5200
HISTORY_DAYS = 540
OPEN_THREADS = 42
DEMO_API_CLIENT = "member-app (demo)"
DEMO_API_TOKEN = "ct_demo0001_member-app-demo-token"  # noqa: S105 (a demo token, DEBUG only)
MEMBER_ID_PREFIX = "DM"


@dataclass(frozen=True)
class DemoLogin:
    username: str
    password: str
    first_name: str
    last_name: str
    role: Role


DEMO_LOGINS = (
    DemoLogin("ana", "demo-agent-ana", "Ana", "Ortiz", Role.CARE_AGENT),
    DemoLogin("ben", "demo-agent-ben", "Ben", "Carter", Role.CARE_AGENT),
    DemoLogin("sam", "demo-supervisor-sam", "Sam", "Rivera", Role.SUPERVISOR),
    DemoLogin("alex", "demo-analyst-alex", "Alex", "Kim", Role.ANALYST),
    DemoLogin("admin", "demo-admin-console", "Ada", "Admin", Role.ADMIN),
)
DEDUCTIBLES = {
    "Gold PPO": 1000, "Silver HMO": 2500, "Bronze EPO": 6000, "Platinum PPO": 500,
    "Medicare Advantage HMO": 0, "Silver PPO": 3000, "High-Deductible HSA": 3200,
}  # fmt: skip


def money(value: Decimal) -> str:
    return f"${value:,.2f}"


def long_date(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


class _Writer:
    """Collects rows for bulk inserts and keeps the denormalised thread fields right."""

    def __init__(self, rng: random.Random, client: ApiClient) -> None:
        self.rng = rng
        self.client = client
        self.messages: list[Message] = []
        self.inbound_number = 0

    def inbound(self, thread: Thread, text: str, at: datetime) -> None:
        self.inbound_number += 1
        self.messages.append(
            Message(
                thread=thread, direction=Message.Direction.INBOUND, text=text, created_at=at,
                api_client=self.client, idempotency_key=f"demo-{self.inbound_number}",
                request_fingerprint=f"{self.inbound_number:064x}",
            )
        )  # fmt: skip
        thread.message_count += 1
        thread.last_message_at = at
        thread.last_member_message_at = at

    def reply(self, thread: Thread, author: User, text: str, at: datetime) -> None:
        self.messages.append(
            Message(
                thread=thread, direction=Message.Direction.OUTBOUND, author=author, text=text,
                created_at=at, delivery_status=Message.Delivery.DELIVERED,
                delivered_at=at + timedelta(seconds=2), delivery_attempts=1,
            )
        )  # fmt: skip
        thread.message_count += 1
        thread.last_message_at = at
        thread.first_response_at = thread.first_response_at or at

    def note(self, thread: Thread, author: User, text: str, at: datetime) -> None:
        self.messages.append(
            Message(thread=thread, direction=Message.Direction.NOTE, author=author, text=text,
                    created_at=at)
        )  # fmt: skip
        thread.message_count += 1


def _facts(rng: random.Random, member: Member, day: date, agent: User) -> dict[str, str]:
    amount = Decimal(rng.randrange(4_000, 480_000)) / 100
    owed = (amount * Decimal(rng.choice(["0.1", "0.2", "0.3", "0.15"]))).quantize(Decimal("0.01"))
    deductible = Decimal(DEDUCTIBLES.get(member.plan, 1500))
    met = (deductible * Decimal(rng.randrange(5, 95)) / 100).quantize(Decimal("1"))
    return {
        "first_name": member.first_name,
        "claim": f"CLM-{day.year}-{rng.randrange(10**6, 10**7)}",
        "amount": money(amount),
        "owed": money(owed),
        "date": long_date(day),
        "provider": rng.choice(corpus.PROVIDERS),
        "service": rng.choice(corpus.SERVICES),
        "deductible": money(deductible),
        "met": money(met),
        "remaining": money(deductible - met),
        "plan": member.plan,
        "phone": corpus.PLAN_PHONE,
        "agent_name": agent.first_name,
    }


def _member_text(rng: random.Random, intent: corpus.Intent, facts: dict[str, str]) -> str:
    question = rng.choice(intent.questions).format(**facts)
    opener = rng.choice(corpus.OPENERS)
    if opener.endswith(", ") and not question.startswith(("I ", "I'")):
        question = question[0].lower() + question[1:]
    else:
        question = question[0].upper() + question[1:]
    detail = rng.choice(intent.details).format(**facts)
    text = f"{opener}{question} {detail}".strip() + rng.choice(corpus.CLOSINGS)
    if rng.random() < 0.15:
        text = text.lower()
    if rng.random() < 0.08:
        text = text.replace("you", "u").replace("please", "pls")
    return text


def _pick_intent(rng: random.Random) -> corpus.Intent:
    return rng.choices(corpus.INTENTS, weights=[intent.weight for intent in corpus.INTENTS])[0]


def _ensure_staff(team: Team) -> dict[str, User]:
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
        user.teams.add(team)
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


def _history(rng: random.Random, writer: _Writer, team: Team, members: list[Member],
             staff: dict[str, User], now: datetime) -> list[Thread]:  # fmt: skip
    repliers = [staff["ana"], staff["ben"], staff["ana"], staff["ben"], staff["sam"]]
    threads = []
    for _ in range(HISTORY_THREADS):
        member = rng.choice(members)
        intent = _pick_intent(rng)
        agent = rng.choice(repliers)
        opened = now - timedelta(days=rng.uniform(3, HISTORY_DAYS))
        facts = _facts(rng, member, (opened - timedelta(days=rng.randrange(5, 60))).date(), agent)
        thread = Thread(
            team=team, member=member, subject=intent.subject.format(**facts)[:200],
            topic=intent.topic, status=Thread.Status.CLOSED, assignee=agent,
            priority=Thread.Priority.NORMAL, created_at=opened, updated_at=opened,
            last_message_at=opened,
        )  # fmt: skip
        at = opened
        writer.inbound(thread, _member_text(rng, intent, facts), at)
        at += timedelta(minutes=rng.randrange(20, 60 * 20))
        if rng.random() < 0.12:
            writer.note(thread, agent, rng.choice(corpus.NOTES).format(**facts), at)
        writer.reply(thread, agent, rng.choice(intent.replies).format(**facts), at)
        if rng.random() < 0.3:
            at += timedelta(minutes=rng.randrange(30, 60 * 24))
            writer.inbound(thread, rng.choice(corpus.FOLLOW_UPS), at)
            at += timedelta(minutes=rng.randrange(10, 60 * 8))
            writer.reply(thread, agent, rng.choice(corpus.FOLLOW_UP_REPLIES).format(**facts), at)
        thread.closed_at = at + timedelta(days=rng.randrange(1, 4))
        thread.updated_at = thread.closed_at
        threads.append(thread)
    return threads


def _open_threads(rng: random.Random, writer: _Writer, team: Team, members: list[Member],
                  staff: dict[str, User], now: datetime) -> list[Thread]:  # fmt: skip
    threads = []
    for member in rng.sample(members, OPEN_THREADS):
        intent = _pick_intent(rng)
        assignee = rng.choice([None, None, None, staff["ana"], staff["ana"], staff["ben"]])
        facts = _facts(rng, member, (now - timedelta(days=rng.randrange(5, 40))).date(),
                       assignee or staff["ana"])  # fmt: skip
        opened = now - timedelta(hours=rng.uniform(0.2, 60))
        waiting = assignee is not None and rng.random() < 0.25
        thread = Thread(
            team=team, member=member, subject=intent.subject.format(**facts)[:200],
            topic=intent.topic, status=Thread.Status.WAITING if waiting else Thread.Status.OPEN,
            assignee=assignee,
            priority=rng.choices(list(Thread.Priority), weights=[2, 12, 3, 1])[0],
            created_at=opened, updated_at=opened, last_message_at=opened,
        )  # fmt: skip
        writer.inbound(thread, _member_text(rng, intent, facts), opened)
        if waiting:
            at = opened + timedelta(minutes=rng.randrange(5, 90))
            writer.reply(thread, assignee, rng.choice(intent.replies).format(**facts), at)
        else:
            thread.due_by = opened + timedelta(hours=24)
        threads.append(thread)
    return threads


def demo_seed(*, stdout: TextIO | None = None, now: datetime | None = None) -> dict[str, int]:
    """Load the demo data; returns what was created (all zeros when it existed already).

    Times are relative to `now` (default: the start of the current hour), and the texts quote
    dates derived from them, so the same `now` gives the same data.
    """
    rng = random.Random(SEED)
    now = now or timezone.now().replace(minute=0, second=0, microsecond=0)
    with transaction.atomic():
        team, _ = Team.objects.get_or_create(name=TEAM_NAME)
        staff = _ensure_staff(team)
        if not ApiClient.objects.filter(name=DEMO_API_CLIENT).exists():
            services.api_client_create(name=DEMO_API_CLIENT, team=team, token=DEMO_API_TOKEN)
        client = ApiClient.objects.get(name=DEMO_API_CLIENT)
        if Member.objects.filter(member_id__startswith=MEMBER_ID_PREFIX).exists():
            return {"members": 0, "threads": 0, "messages": 0}
        members = _members(rng, now)
        team.members.add(*members)  # the demo team serves every demo member
        writer = _Writer(rng, client)
        threads = _history(rng, writer, team, members, staff, now)
        threads += _open_threads(rng, writer, team, members, staff, now)
        Thread.objects.bulk_create(threads, batch_size=1000)
        Message.objects.bulk_create(writer.messages, batch_size=2000)
    counts = {"members": len(members), "threads": len(threads), "messages": len(writer.messages)}
    if stdout is not None:
        stdout.write(
            f"Demo data: {counts['members']} members, {counts['threads']} threads "
            f"({OPEN_THREADS} open), {counts['messages']} messages.\n"
        )
    return counts
