"""A small, known history of sent replies for the suggestion tests."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from careteam.models import Message, Thread
from suggestions.api import ModelVersion, model_version_promote
from tests.factories import MemberFactory, MessageFactory, ThreadFactory
from training.services import model_train

INTENTS = [
    ("I was charged twice for my visit on May {day}, claim CLM-2025-{claim}.",
     "Hi {first}, we found the duplicate of claim CLM-2025-{claim}; you only owe $12.{day}0. Ana"),
    ("How much of my deductible is left? My plan started in {day} January.",
     "Hi {first}, you have met $4{day}0.00 of your deductible so far. Ana"),
    ("My claim CLM-2025-{claim} was denied for no prior authorization.",
     "Hi {first}, claim CLM-2025-{claim} was denied without prior authorization. Ana"),
]  # fmt: skip
# The thread topic of each intent above, in order.
INTENT_TOPICS = [Thread.Topic.DUPLICATE_CHARGE, Thread.Topic.DEDUCTIBLE, Thread.Topic.DENIED_CLAIM]


@pytest.fixture
def history(team, agent, settings, tmp_path):
    settings.SUGGESTION_MODEL_DIR = tmp_path / "models"
    settings.SUGGESTION_MIN_CONFIDENCE = 0.0
    agent.first_name = "Ana"
    agent.save()
    start = timezone.now() - dt.timedelta(days=90)
    names = []
    for number in range(72):
        question, reply = INTENTS[number % 3]
        member = MemberFactory(first_name=f"Zelda{number}", last_name=f"Quorn{number}")
        names += [member.first_name, member.last_name]
        at = start + dt.timedelta(hours=number)
        thread = ThreadFactory(team=team, member=member, status=Thread.Status.CLOSED,
                               created_at=at, closed_at=at,
                               topic=INTENT_TOPICS[number % 3])  # fmt: skip
        facts = {"day": number % 9 + 1, "claim": 1000000 + number, "first": member.first_name}
        MessageFactory(thread=thread, text=question.format(**facts), created_at=at)
        later = at + dt.timedelta(minutes=5)
        MessageFactory(thread=thread, direction=Message.Direction.OUTBOUND, author=agent,
                       text=reply.format(**facts), created_at=later)  # fmt: skip
    return names


@pytest.fixture
def drafting_model(history) -> ModelVersion:
    """A model trained on `history` and promoted: the version that serves drafts."""
    return model_version_promote(version=model_train(actor=None).version, actor=None)
