"""A plan-year figure (deductible, out-of-pocket maximum) filled into a draft is marked for the
agent unless the member asked where they stand. Reaching a limit as a condition ("after I hit the
out-of-pocket max", "once I meet my deductible") asks how the plan works from then on, not for a
figure: such a draft stated the member's maximum unmarked (fresh8, stop 26)."""

from __future__ import annotations

import pytest

from suggestions import drafting
from suggestions.statements import amount_marks, asks_for_plan_year_figure
from suggestions.templating import Placeholder

VALUES = {
    Placeholder.MEMBER_FIRST_NAME: "Ana",
    Placeholder.OOP_MAX: "$4,500.00",
    Placeholder.OOP_MET: "$1,210.00",
    Placeholder.DEDUCTIBLE: "$1,000.00",
}
OOP_REPLY = (
    "Hi {MEMBER_FIRST_NAME}, once you reach the out-of-pocket maximum the plan pays 100% of "
    "covered in-network care for the rest of the plan year, so coinsurance stops. On your plan "
    "it's {OOP_MAX}, and you've reached {OOP_MET} so far. {AGENT_NAME}"
)


@pytest.mark.parametrize(
    "context",
    [
        "Does my coinsurance still apply after I hit the out-of-pocket max?",
        "Once I've met my deductible, do I still pay copays?",
        "If we reach the out of pocket maximum do we pay nothing for the rest of the year?",
        "When my wife hits her deductible does mine count too?",
        "Si llego al máximo de bolsillo, ¿todavía pago coseguro?",
    ],
)
def test_reaching_a_limit_as_a_condition_asks_for_no_figure(context):
    assert not asks_for_plan_year_figure(context)
    marked = [mark.fragment for mark in amount_marks(OOP_REPLY, VALUES, context)]
    assert marked == ["$4,500.00", "$1,210.00"]


@pytest.mark.parametrize(
    "context",
    [
        "how close am i to meeting my deductible and my out of pocket max?",
        "Have I hit my out-of-pocket max yet?",
        "Is my deductible met yet? I've had a lot of appointments lately.",
        "how much is left on my deductible right now",
        "¿Cuánto me falta para cumplir mi deducible este año?",
        # The condition goes; the question that remains still asks for the figure.
        "After my surgery last month, how much of my out-of-pocket max is left?",
        # Voice-to-text, no punctuation: the condition ends where the next question starts.
        "ok so what happens when i reach the out of pocket limit do i stop paying for "
        "everything or just some things and how close am i",
        "si llego al máximo de bolsillo ya no pago nada y cuánto me falta",
    ],
)
def test_asking_where_one_stands_is_asking_for_the_figure(context):
    assert asks_for_plan_year_figure(context)
    assert amount_marks(OOP_REPLY, VALUES, context) == []


def test_a_draft_to_a_conditional_question_drops_the_figures_it_was_not_asked_for():
    """As drafting shows it: the figures the member did not ask for go with their sentence when
    the reply answers without it (stop 28; they stayed, marked, on the member's subject before)."""
    context = "Does my coinsurance still apply after I hit the out-of-pocket max?"
    kept = drafting.without_open_sentences(OOP_REPLY, None, [], VALUES, context)
    assert "{OOP_MAX}" not in kept and "{OOP_MET}" not in kept
    assert "the plan pays 100% of covered in-network care" in kept
    assert drafting.unconfirmed(kept, None, [], VALUES, context) == []


@pytest.mark.parametrize(
    "context",
    [
        "What's my copay for a specialist, and does it count toward the deductible?",
        "What is the copay for urgent care? Does it go toward my out of pocket max?",
    ],
)
def test_asking_for_another_figure_is_not_asking_for_a_plan_year_one(context):
    """Fresh15 (stop 33): "what's my copay ..., and does it count toward the deductible?" asked
    for the copay; its draft stated the deductible and the out-of-pocket maximum unmarked."""
    assert not asks_for_plan_year_figure(context)
    assert [mark.fragment for mark in amount_marks(OOP_REPLY, VALUES, context)] == [
        "$4,500.00",
        "$1,210.00",
    ]


@pytest.mark.parametrize(
    "context",
    ["What's my deductible this year?", "what is the out of pocket max on my plan"],
)
def test_what_is_my_deductible_asks_for_it(context):
    assert asks_for_plan_year_figure(context)


def test_a_draft_to_a_copay_question_drops_the_plan_year_figures():
    """As drafting shows it: the figures' sentence goes and what is left is not marked; before,
    the figures stayed unmarked."""
    context = "What's my copay for a specialist, and does it count toward the deductible?"
    reply = (
        "Hi {MEMBER_FIRST_NAME}, a copay is a flat amount you pay for a visit, and copays "
        "count toward your out-of-pocket maximum but not toward the deductible. Your plan's "
        "deductible is {DEDUCTIBLE} and your out-of-pocket maximum is {OOP_MAX}. {AGENT_NAME}"
    )
    kept = drafting.without_open_sentences(reply, None, [], VALUES, context)
    assert "{DEDUCTIBLE}" not in kept and "{OOP_MAX}" not in kept
    assert "copays count toward your out-of-pocket maximum" in kept
    assert drafting.unconfirmed(kept, None, [], VALUES, context) == []
    marked = [mark["fragment"] for mark in drafting.unconfirmed(reply, None, [], VALUES, context)]
    assert marked == ["$1,000.00", "$4,500.00"]
