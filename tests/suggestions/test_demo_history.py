"""The demo history's data: every reply intent can be asked in Spanish, and the history written
from it is the same whatever the hour or day of the build (only its move to the present
differs)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction

from careteam.demo.seed import DEMO_REFERENCE, demo_seed
from careteam.models import Member, Message
from claims.models import Claim
from suggestions.demo.history import demo_bring_to_now, load_intents, seed_demo_history
from suggestions.models import ModelVersion
from suggestions.templating import PLACEHOLDER_SHAPE

NOW = DEMO_REFERENCE


def test_every_intent_has_spanish_member_wordings_and_replies_with_its_english_slots():
    intents = load_intents()
    assert len(intents) >= 240
    for intent in intents:
        assert intent.questions_es and intent.replies_es, intent.key
        english = [set(PLACEHOLDER_SHAPE.findall(reply)) for reply in intent.replies]
        for reply in intent.replies_es:
            slots = set(PLACEHOLDER_SHAPE.findall(reply)) - {"PHONE"}
            # a Spanish reply states only what one of the English ones, filled from the same
            # records, states
            assert any(slots <= set(found) for found in english), (intent.key, reply)
        for question in intent.questions_es:
            # the member's claim details, as in the English wordings
            assert set(re.findall(r"\{(\w+)\}", question)) <= {
                "provider", "service", "amount", "date", "claim"
            }, (intent.key, question)  # fmt: skip


def test_questions_about_plan_services_and_premium_installments_are_filed_where_members_look():
    # The nurse line, interpreters and accessible formats are services of the plan ("other"),
    # not a change of contact details; paying premiums owed over time is a payment plan.
    by_topic: dict[str, list[str]] = {}
    for intent in load_intents():
        for question in intent.questions:
            by_topic.setdefault(intent.topic, []).append(question.lower())
    for words in ("nurse", "interpreter", "large print", "braille"):
        assert any(words in question for question in by_topic["other"]), words
        assert not any(words in question for question in by_topic["contact_change"]), words
    assert any("premium" in question for question in by_topic["payment_plan"])


class _Undo(Exception):
    pass


def _written(history_threads: int) -> list[tuple[str, str]]:
    try:
        with transaction.atomic():
            seed_demo_history(now=NOW, history_threads=history_threads)
            texts = list(
                Message.objects.order_by("created_at", "direction", "text").values_list(
                    "direction", "text"
                )
            )
            raise _Undo
    except _Undo:
        return texts


@pytest.mark.django_db
def test_the_history_is_the_same_for_the_same_hour_and_speaks_spanish():
    demo_seed(now=NOW)
    first = _written(300)
    second = _written(300)
    assert first and first == second
    spanish = [text for direction, text in first if re.search(r"\b(?:Hola|usted|¿)", text)]
    assert len(spanish) >= 0.05 * len(first)
    # The team's Spanish replies write the records' dates and network words in Spanish.
    replies = [
        text
        for direction, text in first
        if direction == Message.Direction.OUTBOUND and text.startswith("Hola")
    ]
    assert any(re.search(r"\b\d{1,2} de [a-z]+ de 20\d\d\b", text) for text in replies)
    english = re.compile(
        r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December) \d{1,2}, 20\d\d\b|\b(?:in|out of) network\b"
    )
    assert not [text for text in replies if english.search(text)]


def _moved(to: datetime | None, history_threads: int = 120) -> tuple[list, list, list, object]:
    """A demo built as `make run` builds it (seeded with no date given, then brought to `to`),
    read back and undone: messages with their times, claims, birth dates, what the move did."""
    try:
        with transaction.atomic():
            demo_seed()
            seed_demo_history(history_threads=history_threads)
            moved = demo_bring_to_now(now=to) if to is not None else None
            again = demo_bring_to_now(now=to) if to is not None else None
            assert again is None  # once: a moved demo stays where it is
            messages = list(
                Message.objects.order_by("created_at", "direction", "text").values_list(
                    "thread__member__member_id", "direction", "text", "created_at"
                )
            )
            claims = sorted(
                Claim.objects.values_list("claim_number", "service_from", "patient_responsibility")
            )
            born = sorted(Member.objects.values_list("member_id", "date_of_birth"))
            raise _Undo
    except _Undo:
        return messages, claims, born, moved


@pytest.mark.django_db
def test_builds_at_any_hour_write_the_same_demo_and_only_its_move_to_the_present_differs():
    # Seeding reads no clock: the history is written at DEMO_REFERENCE, as with that date given.
    assert _seeded(None) == _seeded(DEMO_REFERENCE)
    still = _moved(None)
    monday = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
    friday = datetime(2028, 7, 14, 17, 45, tzinfo=UTC)  # minutes dropped: the present hour
    early, late = _moved(monday), _moved(friday)
    for build, to in ((early, monday), (late, friday.replace(minute=0))):
        messages, claims, born, moved = build
        assert moved == to - DEMO_REFERENCE
        # the same texts, each later by the same move; the claims the texts quote unchanged
        assert [row[:3] for row in messages] == [row[:3] for row in still[0]]
        assert [row[3] - moved for row in messages] == [row[3] for row in still[0]]
        assert claims == still[1]
        assert [(member, day - timedelta(days=moved.days)) for member, day in born] == still[2]
        # the open threads came in hours before the present, none after it
        newest = max(row[3] for row in messages)
        assert to - timedelta(hours=61) < newest <= to
    # a clock not past the reference leaves the demo where it was written
    assert _moved(DEMO_REFERENCE - timedelta(days=3))[3] is None


def _seeded(now: datetime | None) -> list[tuple[str, str, datetime]]:
    try:
        with transaction.atomic():
            demo_seed(now=now)
            seed_demo_history(now=now, history_threads=120)
            texts = list(
                Message.objects.order_by("created_at", "direction", "text").values_list(
                    "direction", "text", "created_at"
                )
            )
            raise _Undo
    except _Undo:
        return texts


@pytest.mark.django_db
def test_the_version_trained_on_the_history_says_the_moved_dates_and_the_command_needs_debug(
    settings,
):
    demo_seed()
    seed_demo_history(history_threads=40)
    learned_from = DEMO_REFERENCE - timedelta(days=400), DEMO_REFERENCE - timedelta(days=3)
    version = ModelVersion.objects.create(
        label="v1", artifact="x", sha256="0" * 64, status=ModelVersion.Status.ACTIVE,
        data_from=learned_from[0], data_until=learned_from[1],
    )  # fmt: skip
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("demo_to_now")
    to = DEMO_REFERENCE + timedelta(days=30, hours=5)
    moved = demo_bring_to_now(now=to)
    version.refresh_from_db()
    assert moved == to - DEMO_REFERENCE
    assert (version.data_from, version.data_until) == (
        learned_from[0] + moved,
        learned_from[1] + moved,
    )
