"""The demo's history: a member-services team's past conversations, grounded in claims.

The questions and replies are data (data/history/<topic>.toml: intents, each with a claim
scenario, member wordings in English and Spanish and the team's reply wordings with typed
slots). For each past conversation the member gets a claim in the intent's scenario (stored by
the claims app through its import path), the member's message names that claim's details in
the ways members write them, and the reply fills its slots from that claim's stored record and
the member's plan year, exactly as a draft would: the history a model learns from states only
what the records hold. Written once, at the fixed careteam_api.DEMO_REFERENCE whatever the
hour or day of the build, so the same code builds the same history and the same model;
`demo_bring_to_now` then moves the conversations to the present (after training).
"""

from __future__ import annotations

import random
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from io import TextIOBase
from pathlib import Path

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from careteam import api as careteam_api
from claims import api as claims_api
from suggestions.models import ModelVersion
from suggestions.questions import joined
from suggestions.slots import benefit_slots, claim_slots
from suggestions.templating import PLACEHOLDER_SHAPE, Placeholder, fill

DATA = Path(__file__).parent / "data" / "history"
SEED = "demo-history-2026"
HISTORY_THREADS = 5200
HISTORY_DAYS = 540
OPEN_THREADS = {"Member Services": 42, "Medicare Advantage Services": 14}
AGENTS = {
    "Member Services": ("ana", "ben", "ana", "ben", "sam"),
    "Medicare Advantage Services": ("mei", "mei", "omar"),
}
SPANISH_SHARE = 0.12
TWO_QUESTIONS_SHARE = 0.08
FOLLOW_UP_SHARE = 0.25
# Members also open a thread just to thank, chase an answer or say they sent something: those
# threads are about that (topic thanks_followup), not about a billing question.
OWN_THREAD_FOLLOW_UP_SHARE = 0.05
TOPICS = {value for value, _ in careteam_api.THREAD_TOPICS}
SCENARIOS = {
    "none", "paid", "deductible", "partial_deductible", "oop_met", "out_of_network",
    "balance_bill", "emergency_in_network", "emergency_oon", "ambulance_ground", "ambulance_air",
    "pending", "duplicate_submitted", "pharmacy",
}  # fmt: skip
DENIAL_CODES = {"16", "18", "22", "27", "29", "50", "96", "197", "204"}
MEMBER_DETAILS = ("provider", "service", "amount", "date", "claim")
OPENERS = ("", "", "", "Hi, ", "Hello, ", "Good morning. ", "Hi there, ", "Hey, ")
OPENERS_ES = ("", "", "Hola, ", "Buenos días. ", "Buenas tardes, ")
CLOSINGS = ("", "", "", " Thanks.", " Thank you!", " Please help.", " Appreciate it.")


class HistoryDataError(ValueError):
    """A history data file is wrong; the message says which file, intent and field."""


@dataclass(frozen=True)
class Intent:
    key: str
    topic: str
    subject: str
    scenario: str
    weight: int
    action: bool
    questions: tuple[str, ...]
    replies: tuple[str, ...]
    questions_es: tuple[str, ...] = ()
    replies_es: tuple[str, ...] = ()

    @property
    def has_claim(self) -> bool:
        return claims_api.scenario_has_claim(self.scenario)


def _valid_scenario(scenario: str) -> bool:
    kind, _, code = scenario.partition(":")
    return scenario in SCENARIOS or (kind == "denied" and code in DENIAL_CODES)


def load_intents(folder: Path = DATA) -> list[Intent]:
    """Every intent of every topic file, checked; a wrong file raises HistoryDataError."""
    intents: list[Intent] = []
    slots = {placeholder.value for placeholder in Placeholder}
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise HistoryDataError(f"{path.name}: {error}") from error
        topic = data.get("topic")
        if topic not in TOPICS:
            raise HistoryDataError(f"{path.name}: topic {topic!r} is not a thread topic")
        for number, raw in enumerate(data.get("intent", []), start=1):
            where = f"{path.name}, intent {raw.get('key') or number}"
            try:
                intent = Intent(
                    key=raw["key"],
                    topic=topic,
                    subject=raw["subject"],
                    scenario=raw["scenario"],
                    weight=int(raw.get("weight", 1)),
                    action=bool(raw.get("action", False)),
                    questions=tuple(raw["questions"]),
                    replies=tuple(raw["replies"]),
                    questions_es=tuple(raw.get("questions_es", ())),
                    replies_es=tuple(raw.get("replies_es", ())),
                )
            except KeyError as error:
                raise HistoryDataError(f"{where}: field {error} is missing") from error
            if not _valid_scenario(intent.scenario):
                raise HistoryDataError(f"{where}: scenario {intent.scenario!r} is not known")
            if not intent.questions or not intent.replies:
                raise HistoryDataError(f"{where}: needs questions and replies")
            if bool(intent.questions_es) != bool(intent.replies_es):
                raise HistoryDataError(f"{where}: questions_es and replies_es go together")
            for reply in (*intent.replies, *intent.replies_es):
                unknown = set(PLACEHOLDER_SHAPE.findall(reply)) - slots
                if unknown:
                    raise HistoryDataError(f"{where}: unknown slot(s) {sorted(unknown)}")
            intents.append(intent)
    keys = [intent.key for intent in intents]
    if len(set(keys)) != len(keys):
        twice = sorted({key for key in keys if keys.count(key) > 1})
        raise HistoryDataError(f"intent keys used twice: {twice}")
    return intents


# --- The member's words --------------------------------------------------------------------------


def _spoken_amount(rng: random.Random, text: str) -> str:
    plain = text.replace("$", "").replace(",", "")
    return rng.choice([text, text, plain, f"{plain} dollars"])


def _spoken_date(rng: random.Random, day: date) -> str:
    return rng.choice(
        [
            f"{day:%B} {day.day}",
            f"{day.month}/{day.day}",
            f"{day:%b} {day.day}",
            f"{day:%m/%d/%Y}",
            f"{day:%B} {day.day}, {day.year}",
        ]
    )


def member_details(rng: random.Random, claim: claims_api.ClaimFacts | None) -> dict[str, str]:
    """The claim's details as a member writes them (for {provider}, {amount}, ... in questions)."""
    if claim is None:
        return {}
    amount = claim.patient_responsibility if claim.patient_responsibility else claim.billed
    provider = claim.provider_name
    return {
        "provider": rng.choice([provider, provider, provider.lower(), provider.split()[0]]),
        "service": claim.service.removeprefix("an ").removeprefix("a ") or "my visit",
        "amount": _spoken_amount(rng, f"${amount:,.2f}"),
        "date": _spoken_date(rng, claim.service_from),
        "claim": claim.claim_number,
    }


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    index = rng.randrange(len(words))
    word = words[index]
    if len(word) > 4 and word.isalpha():
        cut = rng.randrange(1, len(word) - 2)
        words[index] = word[:cut] + word[cut + 1] + word[cut] + word[cut + 2 :]
    return " ".join(words)


def member_text(
    rng: random.Random,
    question: str,
    details: dict[str, str],
    *,
    spanish: bool = False,
    opening: bool = True,
) -> str:
    text = question.format_map(_Missing(details))
    opener = rng.choice(OPENERS_ES if spanish else OPENERS) if opening else ""
    if opener and text[:1].isupper() and not text.startswith(("I ", "I'")):
        text = text[0].lower() + text[1:]
    text = f"{opener}{text}".strip() + ("" if spanish else rng.choice(CLOSINGS))
    if rng.random() < 0.12:
        text = text.lower()
    if rng.random() < 0.1:
        text = _typo(rng, text)
    return text


class _Missing(dict):
    """A question naming a detail the claim does not give keeps a plain word instead."""

    def __missing__(self, key: str) -> str:
        return {
            "provider": "the provider",
            "service": "my visit",
            "amount": "the bill",
            "date": "last month",
            "claim": "my claim",
        }.get(key, key)


# --- The history ---------------------------------------------------------------------------------


@dataclass
class _Planned:
    """A conversation before its texts: who, when, which intents, which claim."""

    team: str
    member: careteam_api.MemberFacts
    intent: Intent
    opened: datetime
    spanish: bool
    claim_number: str = ""
    service_from: date | None = None
    second: Intent | None = None
    follow_up: Intent | None = None
    open_status: str = ""  # "" closed, else "open" or "waiting"


def _weighted(rng: random.Random, intents: list[Intent]) -> Intent:
    return rng.choices(intents, weights=[intent.weight for intent in intents])[0]


def _plan(
    rng: random.Random,
    intents: list[Intent],
    members: list[tuple[str, careteam_api.MemberFacts]],
    now: datetime,
    history_threads: int,
) -> list[_Planned]:
    main = [i for i in intents if i.topic != "thanks_followup"]
    openers = [i for i in intents if i.topic == "thanks_followup"]
    follow_ups = [i for i in openers if i.scenario == "none"]
    general = [i for i in main if i.scenario == "none"]
    planned: list[_Planned] = []
    # Open threads are drawn from three times as many, so each team finds its count.
    for number in range(history_threads + 3 * sum(OPEN_THREADS.values())):
        team, member = rng.choice(members)
        on_its_own = bool(openers) and rng.random() < OWN_THREAD_FOLLOW_UP_SHARE
        intent = _weighted(rng, openers if on_its_own else main)
        is_open = number >= history_threads
        ago = (
            timedelta(hours=rng.uniform(0.2, 60))
            if is_open
            else timedelta(days=rng.uniform(3, HISTORY_DAYS))
        )
        opened = now - ago
        spanish = bool(intent.questions_es) and rng.random() < SPANISH_SHARE
        item = _Planned(team, member, intent, opened, spanish=spanish)
        if intent.has_claim:
            item.service_from = (opened - timedelta(days=rng.randrange(18, 70))).date()
            item.claim_number = f"CLM-{item.service_from.year}-{rng.randrange(10**6, 10**7)}"
        if not item.spanish and not on_its_own and general and rng.random() < TWO_QUESTIONS_SHARE:
            second = _weighted(rng, general)
            item.second = second if second.topic != intent.topic else None
        if not is_open and not on_its_own and follow_ups and rng.random() < FOLLOW_UP_SHARE:
            item.follow_up = rng.choice(follow_ups)
        if is_open:
            item.open_status = "waiting" if rng.random() < 0.15 else "open"
        planned.append(item)
    # The open threads: so many per team, one per member (a member has one open thread).
    chosen: list[_Planned] = []
    for team, count in OPEN_THREADS.items():
        seen: set[int] = set()
        for item in planned[history_threads:]:
            if item.team == team and item.member.member_pk not in seen and len(seen) < count:
                seen.add(item.member.member_pk)
                chosen.append(item)
    return planned[:history_threads] + chosen


def _claim_specs(planned: list[_Planned]) -> list[claims_api.ScenarioClaim]:
    return [
        claims_api.ScenarioClaim(
            member_id=item.member.member_id,
            claim_number=item.claim_number,
            scenario=item.intent.scenario,
            service_from=item.service_from,
            seed=f"{number}:{item.claim_number}",
        )
        for number, item in enumerate(planned)
        if item.claim_number and item.service_from is not None
    ]


def _reply(
    rng: random.Random, intent: Intent, spanish: bool, values: dict[Placeholder, str]
) -> str | None:
    """A reply wording whose every slot the records fill, filled; None when none can be."""
    wording = _reply_wording(rng, intent, spanish, values)
    return None if wording is None else fill(wording, values).text


def _reply_wording(
    rng: random.Random, intent: Intent, spanish: bool, values: dict[Placeholder, str]
) -> str | None:
    """A reply wording whose every slot the records fill, unfilled; None when none can be."""
    wordings = list(intent.replies_es if spanish else intent.replies)
    rng.shuffle(wordings)
    for wording in wordings:
        if fill(wording, values).complete:
            return wording
    return None


def _conversation(
    rng: random.Random,
    item: _Planned,
    claim: claims_api.ClaimFacts | None,
    benefits: claims_api.BenefitFacts | None,
    first_names: dict[str, str],
) -> careteam_api.DemoThread | None:
    agents = AGENTS[item.team]
    agent = rng.choice(agents)
    first_name = first_names[agent]
    values = {
        Placeholder.MEMBER_FIRST_NAME: item.member.first_name,
        Placeholder.PLAN_NAME: item.member.plan,
        Placeholder.PHONE: settings.PLAN_PHONE or "1-800-555-0142",
        Placeholder.AGENT_NAME: first_name,
        **benefit_slots(benefits),
        **(claim_slots(claim) if claim else {}),
    }
    # A Spanish reply writes its dates, network words, denial reason and service in Spanish, as
    # the team's Spanish replies do (the follow-up and a second answer stay English).
    in_reply = (
        {**values, **benefit_slots(benefits, "es"), **(claim_slots(claim, "es") if claim else {})}
        if item.spanish
        else values
    )
    details = member_details(rng, claim)
    questions = item.intent.questions_es if item.spanish else item.intent.questions
    text = member_text(rng, rng.choice(questions), details, spanish=item.spanish)
    subject = item.intent.subject.format_map(_Missing(details))
    wording = _reply_wording(rng, item.intent, item.spanish, values)
    if wording is None:
        return None
    if item.second is not None:
        second_wording = _reply_wording(rng, item.second, False, values)
        if second_wording is not None:
            second = member_text(rng, rng.choice(item.second.questions), {}, opening=False)
            if not second.startswith(("I ", "I'")):
                second = second[:1].lower() + second[1:]
            text = f"{text} Also, {second}"
            # Joined as wordings, before filling: the sign-offs are found by their {AGENT_NAME}
            # (a filled one is the agent's name, and joining would add a second signature).
            wording = joined(wording, second_wording)
    reply = fill(wording, in_reply).text
    at = item.opened
    messages = [careteam_api.DemoMessage("inbound", text, at)]
    if item.open_status == "open":
        assignee = rng.choice(["", "", "", agents[0], agents[0], agents[1]])
        return careteam_api.DemoThread(
            team=item.team,
            member_id=item.member.member_id,
            subject=subject,
            topic=item.intent.topic,
            status="open",
            assignee=assignee,
            priority=rng.choices([0, 1, 2], weights=[2, 12, 3])[0],
            opened_at=at,
            messages=tuple(messages),
            due_by=at + timedelta(hours=24),
        )
    waited = rng.randrange(5, 90) if item.open_status else rng.randrange(20, 60 * 20)
    at += timedelta(minutes=waited)
    messages.append(careteam_api.DemoMessage("outbound", reply, at, agent))
    if item.follow_up is not None:
        follow = _reply(rng, item.follow_up, False, values)
        if follow is not None:
            at += timedelta(minutes=rng.randrange(30, 60 * 24))
            question = member_text(rng, rng.choice(item.follow_up.questions), {})
            messages.append(careteam_api.DemoMessage("inbound", question, at))
            at += timedelta(minutes=rng.randrange(10, 60 * 8))
            messages.append(careteam_api.DemoMessage("outbound", follow, at, agent))
    closed = None if item.open_status else at + timedelta(days=rng.randrange(1, 4))
    return careteam_api.DemoThread(
        team=item.team,
        member_id=item.member.member_id,
        subject=subject,
        topic=item.intent.topic,
        status=item.open_status or "closed",
        assignee=agent,
        priority=1,
        opened_at=item.opened,
        messages=tuple(messages),
        closed_at=closed,
    )


def seed_demo_history(
    *,
    now: datetime | None = None,
    stdout: TextIOBase | None = None,
    folder: Path = DATA,
    history_threads: int = HISTORY_THREADS,
) -> dict[str, int]:
    """Write the demo history and open threads with their claims (nothing when they exist)."""
    members = careteam_api.demo_members()
    if not members:
        raise HistoryDataError("no demo members: run seed_demo first")
    if careteam_api.member_thread_count(member_pks=[m.member_pk for _, m in members]):
        return {"threads": 0, "messages": 0, "claims": 0}
    intents = load_intents(folder)
    rng = random.Random(SEED)
    now = now or careteam_api.DEMO_REFERENCE
    planned = _plan(rng, intents, members, now, history_threads)
    team_ids = careteam_api.team_ids_by_name()
    stored = claims_api.demo_scenario_claims_store(
        _claim_specs(planned), team_ids=sorted(team_ids[team] for team in OPEN_THREADS)
    )
    claims = _claims_by_number({item.member.member_pk for item in planned if item.claim_number})
    threads = []
    first_names = careteam_api.demo_staff_first_names()
    for item in planned:
        claim = claims.get(item.claim_number)
        on = item.opened.date()
        benefits = claims_api.member_benefits(
            member_pk=item.member.member_pk, plan=item.member.plan, on=on
        )
        conversation = _conversation(rng, item, claim, benefits, first_names)
        if conversation is not None:
            threads.append(conversation)
    messages = careteam_api.demo_threads_write(threads)
    if stdout is not None:
        stdout.write(
            f"Demo history: {len(threads)} threads, {messages} messages, "
            f"{stored} claims, from {len(intents)} intents.\n"
        )
    return {"threads": len(threads), "messages": messages, "claims": stored}


def demo_bring_to_now(*, now: datetime | None = None) -> timedelta | None:
    """Move the demo's conversations from DEMO_REFERENCE to the present hour, so its open
    threads arrived hours ago; once, after the model was trained on the history where it was
    written (training reads each member's plan year on the message's date: trained after the
    move, the model would again depend on the day of the build). Returns the move, or None
    when the demo was moved already, is used, or the clock is not past the reference."""
    now = (now or timezone.now()).replace(minute=0, second=0, microsecond=0)
    by = now - careteam_api.DEMO_REFERENCE
    if not careteam_api.demo_dates_shift(by):
        return None
    # The versions trained on the history say which messages they learned from: moved with them.
    ModelVersion.objects.filter(data_until__lte=careteam_api.DEMO_REFERENCE).update(
        data_from=F("data_from") + by, data_until=F("data_until") + by
    )
    return by


def _claims_by_number(member_pks: Iterable[int]) -> dict[str, claims_api.ClaimFacts]:
    found: dict[str, claims_api.ClaimFacts] = {}
    for member_pk in member_pks:
        for claim in claims_api.member_claim_facts(member_pk=member_pk, limit=10_000):
            found[claim.claim_number] = claim
    return found
