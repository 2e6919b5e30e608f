"""The demo history's data: every reply intent can be asked in Spanish, and the history written
from it is the same for the same hour."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from django.db import transaction

from careteam.demo.seed import demo_seed
from careteam.models import Message
from suggestions.demo.history import load_intents, seed_demo_history
from suggestions.templating import PLACEHOLDER_SHAPE

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


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
