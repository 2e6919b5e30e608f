"""Stop 32 (facts15): a running total of the plan year whose kind only the limit after it names
("you've met $45.00 of $1,000.00", the $1,000.00 bound to the deductible by its value) is bound
to that kind's field; sentence words before a kind of care ("every nonprofit hospital", "the
financial counseling office", "how they handle medical debt") are no provider's name."""

from __future__ import annotations

import pytest

from suggestions.amount_words import field_named, limit_after
from suggestions.templating import KnownFacts, Placeholder, to_template

P = Placeholder
RUNNING = ("DEDUCTIBLE_MET", "OOP_MET", "MEMBER_OWES")


def known_for_a_one_claim_year() -> KnownFacts:
    """A member whose one claim of the year is all they have spent: $45.00 is its share, the
    year's deductible met and the year's out-of-pocket spending; the limits hold one value
    each, so they are bound by value."""
    return KnownFacts(
        record_values=(("$1,000.00", P.DEDUCTIBLE), ("$6,000.00", P.OOP_MAX),
                       ("$955.00", P.DEDUCTIBLE_REMAINING)),
        amount_choices=(("$45.00", (P.DEDUCTIBLE_MET, P.OOP_MET, P.MEMBER_OWES)),),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("So far you've met $45.00 of $1,000.00, so $955.00 is left.",
         "So far you've met {DEDUCTIBLE_MET} of {DEDUCTIBLE}, so {DEDUCTIBLE_REMAINING} is left."),
        ("You're at $45.00 of $6,000.00 so far.", "You're at {OOP_MET} of {OOP_MAX} so far."),
        ("You're at $45.00 toward a maximum of $6,000.00.",
         "You're at {OOP_MET} toward a maximum of {OOP_MAX}."),
        ("Lleva $45.00 de $1,000.00.", "Lleva {DEDUCTIBLE_MET} de {DEDUCTIBLE}."),
        ("Usted lleva $45.00 de un máximo de $6,000.00.",
         "Usted lleva {OOP_MET} de un máximo de {OOP_MAX}."),
    ],
)  # fmt: skip
def test_a_running_total_takes_the_kind_of_the_limit_it_is_counted_toward(text, template):
    assert to_template(text, known_for_a_one_claim_year()) == template


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("On your plan it's $6,000.00, and you've reached $45.00 so far.",
         "On your plan it's {OOP_MAX}, and you've reached {OOP_MET} so far."),
        ("En su plan es $6,000.00 y lleva $45.00.", "En su plan es {OOP_MAX} y lleva {OOP_MET}."),
        ("It is $1,000.00 a year; you're at $45.00.",
         "It is {DEDUCTIBLE} a year; you're at {AMOUNT}."),
    ],
)  # fmt: skip
def test_else_the_one_kind_of_limit_in_its_sentence_decides(text, template):
    # The third: ";" ends the sentence, so the limit says nothing of the amount after it.
    assert to_template(text, known_for_a_one_claim_year()) == template


def test_limits_of_both_kinds_in_a_sentence_decide_nothing():
    known = known_for_a_one_claim_year()
    text = "Limits: $1,000.00 and $6,000.00, and you're at $45.00."
    assert to_template(text, known) == "Limits: {DEDUCTIBLE} and {OOP_MAX}, and you're at {AMOUNT}."


def test_the_limit_never_overrides_the_words():
    known = known_for_a_one_claim_year()
    # The kind named in words after the amount wins over the limit's value.
    assert to_template("You're at $45.00 of your $1,000.00 out-of-pocket limit.", known) == (
        "You're at {OOP_MET} of your {DEDUCTIBLE} out-of-pocket limit."
    )
    # Words naming another field too ("you owe"): two fields named, no binding.
    assert to_template("You owe $45.00 of $1,000.00?", known) == "You owe {AMOUNT} of {DEDUCTIBLE}?"
    # No running-total words: the limit after "of" says nothing of the amount.
    assert to_template("A charge of $45.00 and one of $1,000.00.", known) == (
        "A charge of {AMOUNT} and one of {DEDUCTIBLE}."
    )


def test_a_limit_that_is_not_bound_by_its_value_decides_nothing():
    # The $1,000.00 is also a claim's amount (no slot by value): "met $45.00 of $1,000.00"
    # names either running total, and both hold $45.00, so it stays a plain amount.
    known = KnownFacts(
        amount_choices=(("$45.00", (P.DEDUCTIBLE_MET, P.OOP_MET)),
                        ("$1,000.00", (P.DEDUCTIBLE, P.BILLED))),
    )  # fmt: skip
    assert to_template("You've met $45.00 of $1,000.00.", known).startswith(
        "You've met {AMOUNT} of "
    )


def test_limit_after_finds_only_the_figure_the_amount_is_counted_toward():
    text = "You've met $45.00 of $1,000.00 and paid $20.00 for the visit."
    end = text.index("$45.00") + len("$45.00")
    start = text.index("$1,000.00")
    assert limit_after(text, end) == (start, start + len("$1,000.00"))
    end = text.index("$20.00") + len("$20.00")
    assert limit_after(text, end) is None
    assert limit_after("Toward your $45.00 deductible", len("Toward your $45.00")) is None


def test_of_limit_decides_only_between_the_two_running_totals():
    text = "So far you've met $45.00 of $1,000.00."
    start = text.index("$45.00")
    end = start + len("$45.00")
    assert field_named(text, start, end, RUNNING) is None
    assert field_named(text, start, end, RUNNING, of_limit="DEDUCTIBLE") == "DEDUCTIBLE_MET"
    assert field_named(text, start, end, RUNNING, of_limit="OOP_MAX") == "OOP_MET"
    assert field_named(text, start, end, RUNNING, of_limit="BILLED") is None
    # Only one running total holds the amount: bound whatever the limit.
    assert field_named(text, start, end, ("OOP_MET", "MEMBER_OWES")) == "OOP_MET"


@pytest.mark.parametrize(
    "text",
    [
        "Every nonprofit hospital must have a written financial assistance policy.",
        "A non-profit hospital has to pause collection actions while you apply.",
        "Ask the hospital's billing or financial counseling office for the application.",
        "The credit bureaus changed how they handle medical debt.",
        "Smaller medical practices may not offer payment plans.",
        "A for-profit hospital may still have a discount program.",
    ],
)
def test_sentence_words_before_a_kind_of_care_are_no_provider(text):
    assert to_template(text) == text


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("I went to northgate family dental", "I went to {PROVIDER_NAME}"),
        ("I got a bill from hope valley medical", "I got a bill from {PROVIDER_NAME}"),
        ("I called Financial Counseling at St. Mary Hospital",
         "I called Financial Counseling at {PROVIDER_NAME}"),
    ],
)  # fmt: skip
def test_a_provider_named_beside_those_words_is_still_taken(text, template):
    assert to_template(text) == template


def test_a_grounded_reply_moves_up_only_while_the_draft_stays_shown(settings):
    from suggestions.drafting import GROUNDED_NEAR_SCORE, NEAR_EQUAL_SCORE, unless_hidden
    from suggestions.engine import Ranked

    settings.SUGGESTION_MIN_CONFIDENCE = 0.25
    best = Ranked(index=0, template="A", score=1.0)
    grounded = Ranked(index=1, template="B", score=0.85)
    ranked, moved = [best, grounded], [grounded, best]
    # The confidence as the calibrator would give it: the first reply's score.
    confidence = {"A": 0.40, "B": 0.30}

    def scored(items: list[Ranked]) -> float:
        return confidence[items[0].template]

    assert unless_hidden(moved, ranked, scored) == moved
    confidence["B"] = 0.20  # moving it up would hide a draft shown otherwise
    assert unless_hidden(moved, ranked, scored) == ranked
    confidence["A"] = 0.22  # hidden either way: the grounded one goes first
    assert unless_hidden(moved, ranked, scored) == moved
    assert unless_hidden(ranked, ranked, scored) == ranked
    # The preference reaches further than the other near-equal choices.
    assert GROUNDED_NEAR_SCORE > NEAR_EQUAL_SCORE
