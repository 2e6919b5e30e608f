"""A past scare whose outcome its own sentence gives as harmless ("chest pain that turned out to
be nothing") is a billing question, not an emergency; the same words with the danger back now,
or a new danger in another sentence, are still raised (stop 28: recall before precision)."""

from __future__ import annotations

import pytest

from careteam.triage import triage_text


@pytest.mark.parametrize(
    "text",
    [
        "I went to the ER at Calloway General for chest pain that turned out to be nothing. "
        "Will you still pay?",
        "My husband had chest pain, it turned out to be a panic attack, and the ER billed us "
        "$2,000. Is that right?",
        "Took my son to urgent care for trouble breathing, turned out to be just anxiety. Why "
        "is the copay $150?",
        "Fui a urgencias por dolor de pecho y resultó ser ansiedad. ¿Por qué me cobraron tanto?",
    ],
)
def test_a_past_scare_with_a_harmless_outcome_is_not_raised(text):
    assert triage_text(text).kind == ""
    assert triage_text(text, learned=False).kind == ""


@pytest.mark.parametrize(
    "text",
    [
        # a new danger in another sentence
        "The scan turned out fine. Now I have chest pain and can't breathe.",
        # the danger back now, in the same sentence
        "I thought it turned out to be nothing but the chest pain is back right now",
        # no harmless outcome: a past visit alone is not set aside
        "I went to the ER for chest pain. Will you pay?",
    ],
)
def test_danger_without_a_harmless_outcome_is_still_an_emergency(text):
    assert triage_text(text).kind == "emergency"
