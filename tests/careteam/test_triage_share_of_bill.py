"""Spanish "me toca" is also "it falls to me": a member asking their share of a bill ("¿cuánto
me toca pagar?") is no abuse report, while someone who touches them still is."""

from __future__ import annotations

import pytest

from careteam.triage import triage_text


@pytest.mark.parametrize(
    "text",
    [
        "¿Ya saben cuánto me toca?",
        "Fui a la clínica y no sé lo que me toca de la cuenta.",
        "Me toca pagar la cuenta del hospital.",
        "Fui al laboratorio el martes. ¿Cuánto me toca pagar?",
    ],
)
def test_ones_share_of_a_bill_is_not_abuse(text):
    assert triage_text(text).kind == ""


@pytest.mark.parametrize(
    "text",
    ["mi padrastro me toca y tengo miedo", "mi jefe me toca cuando nadie ve"],
)
def test_being_touched_is_still_abuse(text):
    assert triage_text(text).kind == "abuse"
