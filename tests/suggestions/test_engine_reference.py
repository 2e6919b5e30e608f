"""Fitting gives the same engine as the reference fixture: speed work must not change the model.

A fixed corpus (below, no demo files: those change with the demo) is normalised and fitted as
training does; the normalised texts, every learned array and the drafts for new messages are
compared with `fixtures/engine_reference.json`, written by `reference()` on the code before the
training speed-up (issue 14, item 4). Floats compare with a relative tolerance of 1e-6 (BLAS
builds may differ in the last bits; on one machine the figures are bit-identical), the texts
and the drafts' order exactly; values within 1e-12 of each other are equal whatever their ratio.

After a change meant to alter the model, rewrite the fixture:
    DEBUG=1 .venv/bin/python -c "import django; django.setup(); \
        import tests.suggestions.test_engine_reference as t; t.write()"
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import numpy as np
from scipy import sparse

from suggestions.api import (
    KnownFacts,
    Pair,
    Placeholder,
    engine_calibrate,
    engine_fit,
    reply_key,
    to_template,
)

FIXTURE = Path(__file__).parent / "fixtures" / "engine_reference.json"
TOLERANCE = 1e-6
# A mean of features that cancel out is zero up to rounding (1e-17 on one run, 1e-15 on another,
# by summation order): a relative tolerance alone would call those different.
ZERO = 1e-12

# (topic, member wordings, reply wordings): {first}, {amount}, {date}, {claim}, {agent} vary.
INTENTS = [
    ("duplicate_charge",
     ["I was charged twice for my visit on {date}, claim {claim}.",
      "why did you bill me two times for {amount}??", "double charge on {claim} please fix"],
     ["Hi {first}, we found the duplicate of claim {claim} and removed it; you owe {amount}. "
      "{agent}",
      "Hello {first}, the second charge of {amount} was a duplicate and is gone. {agent}"]),
    ("deductible",
     ["How much of my deductible is left?", "have I met my deductible yet",
      "what's left on the deductible for this year"],
     ["Hi {first}, you have met {amount} of your deductible so far. {agent}",
      "{first}, your deductible met so far is {amount}. {agent}"]),
    ("denied_claim",
     ["My claim {claim} was denied, why?", "denied again for the visit on {date}",
      "they said no prior auth on {claim}"],
     ["Hi {first}, claim {claim} was denied without prior authorization; you can appeal. {agent}",
      "Hello {first}, the visit on {date} needed prior authorization. {agent}"]),
    ("id_card",
     ["I lost my insurance card", "can you send a new member card", "need my id card again"],
     ["Hi {first}, a new card is on its way and you can print one from the app. {agent}"]),
    ("provider_search",
     ["is Dr. Amara Okafor in network?", "find me a dermatologist near me",
      "which clinics near Springfield take my plan"],
     [" ".join(["Hi {first}, about finding a doctor in your network:"] * 4
               + ["open the provider directory, filter by specialty and distance, and call the "
                  "office to confirm they take new patients on your plan. {agent}"] * 3)]),
    ("", ["thanks!", "ok thank you so much", "great, thanks"],
     ["You're welcome, {first}! {agent}", "Glad to help, {first}. {agent}"]),
]  # fmt: skip
FIRST = ["Maria", "Kwame", "Ingrid", "Tomas", "Aiko", "Dev", "Lucia", "Femi"]
LAST = ["Lopez", "Mensah", "Nilsen", "Varga", "Sato", "Patel", "Rossi", "Adeyemi"]
AGENTS = ("Ana", "Ben")
NEW_MESSAGES = [
    "I think I got billed twice",
    "deductible left?",
    "why was claim CLM-2026-5550001 denied",
    "my card is lost",
    "is my doctor in network",
    "thanks a lot",
    "hello?",
]


def corpus() -> list[Pair]:
    """About 240 pairs: each member message and reply normalised with its thread's facts."""
    rng = random.Random(11)
    pairs = []
    for number in range(240):
        topic, questions, replies = INTENTS[number % len(INTENTS)]
        first, last, agent = rng.choice(FIRST), rng.choice(LAST), rng.choice(AGENTS)
        amount = f"${rng.randrange(500, 90_000) / 100:,.2f}"
        day = f"March {rng.randrange(1, 29)}, 2026"
        claim = f"CLM-2026-{rng.randrange(10**6, 10**7)}"
        values = {"first": first, "amount": amount, "date": day, "claim": claim, "agent": agent}
        known = KnownFacts(
            member_first_name=first, member_last_name=last, plan="Gold PPO", agent_names=AGENTS,
            record_values=((amount, Placeholder.MEMBER_OWES), (claim, Placeholder.CLAIM_NUMBER)),
        )  # fmt: skip
        other = INTENTS[(number + 1) % len(INTENTS)][2][0]
        pairs.append(
            Pair(
                context=to_template(rng.choice(questions).format(**values), known),
                reply=to_template(rng.choice(replies).format(**values), known),
                at=float(number),
                rejected=(to_template(other.format(**values), known),) if number % 7 == 0 else (),
                topic=topic,
            )
        )
    return pairs


def _summary(matrix: np.ndarray | sparse.spmatrix) -> list[float]:
    """Sum, sum of squares and a position-weighted sum: any changed cell moves one of them."""
    dense = matrix.toarray() if sparse.issparse(matrix) else np.asarray(matrix, dtype=float)
    flat = dense.ravel()
    weights = np.arange(1, flat.size + 1) / max(flat.size, 1)
    return [float(flat.sum()), float((flat**2).sum()), float(flat @ weights)]


def reference() -> dict:
    pairs = corpus()
    train, calibration = pairs[:200], pairs[200:]
    engine = engine_fit(
        train, blocked={reply_key("You're welcome, {MEMBER_FIRST_NAME}! {AGENT_NAME}")}
    )
    engine_calibrate(engine, calibration)
    texts = "\n".join(f"{pair.context}\t{pair.reply}\t{pair.rejected}" for pair in pairs)
    learned = engine.learned
    assert engine.ranker is not None and engine.calibrator is not None
    assert learned.topics is not None
    drafts = []
    for message in NEW_MESSAGES:
        ranked = engine.rank(to_template(message), top=3)
        drafts.append({
            "message": message,
            "templates": [item.template for item in ranked],
            "scores": [item.score for item in ranked],
            "confidence": engine.confidence(ranked),
        })  # fmt: skip
    return {
        "normalised_sha256": hashlib.sha256(texts.encode()).hexdigest(),
        "candidates": [(c.template, c.count, c.topic, c.blocked) for c in engine.candidates],
        "ranker_weights": engine.ranker.weights.tolist(),
        "ranker_mean": engine.ranker.mean.tolist(),
        "ranker_scale": engine.ranker.scale.tolist(),
        "calibrator": [*engine.calibrator.weights, engine.calibrator.intercept],
        "arrays": {
            "contexts_word": _summary(engine.contexts_word),
            "candidates_word": _summary(engine.candidates_word),
            "candidates_char": _summary(engine.candidates_char),
            "latent_components": _summary(np.abs(engine.latent_components)),
            "candidates_bm25": _summary(engine.candidates_bm25),
            "question_to_answer": _summary(np.abs(learned.question_to_answer)),
            "translation": _summary(learned.translation),
            "translation_with_openings": _summary(learned.translation_with_openings),
            "reverse_translation": _summary(learned.reverse_translation),
            "topic_word_weights": _summary(learned.topics.word_weights),
            "topic_char_weights": _summary(learned.topics.char_weights),
        },
        "drafts": drafts,
    }


def write() -> None:
    FIXTURE.write_text(json.dumps(reference(), indent=1) + "\n")


def test_fitting_gives_the_reference_engine_and_drafts():
    expected = json.loads(FIXTURE.read_text())
    actual = json.loads(json.dumps(reference()))  # tuples become lists, as in the file
    assert actual["normalised_sha256"] == expected["normalised_sha256"]
    assert actual["candidates"] == expected["candidates"]
    for name in ("ranker_weights", "ranker_mean", "ranker_scale", "calibrator"):
        np.testing.assert_allclose(
            actual[name], expected[name], rtol=TOLERANCE, atol=ZERO, err_msg=name
        )
    for name, summary in expected["arrays"].items():
        np.testing.assert_allclose(
            actual["arrays"][name], summary, rtol=TOLERANCE, atol=ZERO, err_msg=name
        )
    for got, want in zip(actual["drafts"], expected["drafts"], strict=True):
        assert got["templates"] == want["templates"], got["message"]
        np.testing.assert_allclose(got["scores"], want["scores"], rtol=TOLERANCE, atol=ZERO)
        np.testing.assert_allclose(got["confidence"], want["confidence"], rtol=TOLERANCE, atol=ZERO)
