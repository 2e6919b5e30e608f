"""Discarded drafts reach the training data as negatives of the message they were drafted for."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from careteam.models import Message
from suggestions.models import Draft, ModelVersion, Outcome
from tests.factories import MemberFactory, MessageFactory, ThreadFactory
from training.dataset import pairs_from_history

pytestmark = pytest.mark.django_db


def test_a_discarded_draft_is_a_negative_of_its_message_only(team, agent):
    version = ModelVersion.objects.create(label="v1", artifact="a", sha256="0" * 64)
    thread = ThreadFactory(team=team, member=MemberFactory())
    start = timezone.now() - dt.timedelta(days=2)
    first = MessageFactory(thread=thread, text="Why was I billed twice?", created_at=start)
    draft = Draft.objects.create(
        message=first, thread=thread, version=version, template="Please call us.", text="x",
        confidence=0.5, shown=True, latency_ms=1.0, state="discarded",
        decided_at=start + dt.timedelta(minutes=1),
    )  # fmt: skip
    Outcome.objects.create(kind="discarded", draft=draft, thread=thread, team=team,
                           topic=thread.topic, agent=agent, reason="wrong_topic",
                           decided_at=draft.decided_at)  # fmt: skip
    MessageFactory(thread=thread, direction=Message.Direction.OUTBOUND, author=agent,
                   text="We removed the duplicate charge.",
                   created_at=start + dt.timedelta(minutes=2))  # fmt: skip
    MessageFactory(thread=thread, text="Thanks! And my deductible?",
                   created_at=start + dt.timedelta(hours=1))  # fmt: skip
    MessageFactory(thread=thread, direction=Message.Direction.OUTBOUND, author=agent,
                   text="You have met half of it.",
                   created_at=start + dt.timedelta(hours=2))  # fmt: skip
    pairs = list(pairs_from_history())
    assert [pair.reply for pair in pairs] == ["We removed the duplicate charge.",
                                              "You have met half of it."]  # fmt: skip
    assert pairs[0].rejected == ("Please call us.",)
    assert pairs[1].rejected == ()  # discarded before the first reply: not this message's


def test_the_ranker_trains_with_discarded_replies_as_hard_negatives():
    from training.fit import Pair, fit_engine

    words = ["deductible", "copay", "appeal", "network", "refund", "statement", "pharmacy",
             "imaging", "therapy", "balance"]  # fmt: skip
    pairs = []
    for number in range(220):  # more replies than the ranker samples as negatives
        topic = f"{words[number % 10]} case{number}"
        pairs.append(Pair(
            context=f"question about my {topic} please", reply=f"answer for the {topic} here",
            at=float(number),
            rejected=(f"answer for the {words[(number + 1) % 10]} case{number + 1} here",),
        ))  # fmt: skip
    engine = fit_engine(pairs)
    assert engine.ranker is not None
    ranked = engine.rank("question about my copay case1 please", top=3)
    assert ranked[0].template == "answer for the copay case1 here"
