"""Discarded drafts reach the training data as negatives of the message they were drafted for."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from careteam.models import Message
from suggestions.models import Draft, ModelVersion
from tests.factories import MemberFactory, MessageFactory, ThreadFactory
from training.dataset import pairs_from_history

pytestmark = pytest.mark.django_db


def test_a_discarded_draft_is_a_negative_of_its_message_only(team, agent):
    version = ModelVersion.objects.create(label="v1", artifact="a", sha256="0" * 64)
    thread = ThreadFactory(team=team, member=MemberFactory())
    start = timezone.now() - dt.timedelta(days=2)
    first = MessageFactory(thread=thread, text="Why was I billed twice?", created_at=start)
    Draft.objects.create(
        message=first, thread=thread, version=version, template="Please call us.", text="x",
        confidence=0.5, shown=True, latency_ms=1.0, state="discarded",
        decided_at=start + dt.timedelta(minutes=1),
    )  # fmt: skip
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


def test_the_ranker_trains_with_discarded_replies_as_hard_negatives(monkeypatch):
    import numpy as np

    from suggestions.engine import fitting as fit
    from suggestions.engine.fitting import fit_engine
    from suggestions.engine.reply_set import Pair

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
    calls = []
    fit_ranker = fit.fit_ranker

    def recording(engine, contexts, answers, seed, folds, fold_learned, rejected=None):  # type: ignore[no-untyped-def]
        calls.append((engine, contexts, answers, seed, folds, fold_learned, rejected))
        return fit_ranker(engine, contexts, answers, seed, folds, fold_learned, rejected)

    monkeypatch.setattr(fit, "fit_ranker", recording)
    engine = fit_engine(pairs)
    assert engine.ranker is not None
    ranked = engine.rank("question about my copay case1 please", top=3)
    assert ranked[0].template == "answer for the copay case1 here"
    # The ranker was handed, for that message, the index of the reply discarded for it ...
    [(_, contexts, *_, rejected)] = calls
    discarded = engine.index_for("answer for the appeal case2 here")
    assert discarded is not None
    assert engine.candidates[discarded].template == "answer for the appeal case2 here"
    assert rejected[contexts.index("question about my copay case1 please")] == (discarded,)
    # ... and what it learned depends on them: the same fit without them weighs differently.
    *same, _ = calls[0]
    without = fit_ranker(*same, None)
    assert without is not None
    assert not np.allclose(without.weights, engine.ranker.weights)
