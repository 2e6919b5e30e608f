"""Which record field a past reply's amount names, by the words right beside it (stop 30: the
phrase families the demo history left a plain {AMOUNT}, in English and Spanish; the running
totals of the plan year told apart by the kind of total named nearest; never against the words).
"""

from __future__ import annotations

import pytest

from suggestions.amount_words import field_named

EVERY_FIELD = (
    "MEMBER_OWES", "PLAN_PAID", "ALLOWED", "BILLED", "DEDUCTIBLE_APPLIED", "COPAY",
    "COINSURANCE", "DEDUCTIBLE", "DEDUCTIBLE_MET", "DEDUCTIBLE_REMAINING", "OOP_MAX", "OOP_MET",
)  # fmt: skip


def named(text: str, candidates=EVERY_FIELD, amount: str = "$250.00", **options) -> str | None:
    start = text.index(amount)
    return field_named(text, start, start + len(amount), candidates, **options)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        # "more than $X": the most the member should pay.
        ("You shouldn't be asked for more than $250.00 for it.", "MEMBER_OWES"),
        ("If you've already paid more than $250.00, ask them for a refund.", "MEMBER_OWES"),
        ("If the bill is more than $250.00, tell me.", "MEMBER_OWES"),
        ("If they bill you more than $250.00, send me the bill.", "MEMBER_OWES"),
        ("No deberían pedirle más de $250.00 por esa visita.", "MEMBER_OWES"),
        ("Si le cobran más de $250.00, avíseme.", "MEMBER_OWES"),
        # The member's share in other words.
        ("The EOB shows you may owe $250.00 to the clinic.", "MEMBER_OWES"),
        ("Pay only what the EOB says you owe, $250.00 for this claim.", "MEMBER_OWES"),
        ("What you owe is $250.00, once the provider bills you.", "MEMBER_OWES"),
        ("Your part comes to $250.00.", "MEMBER_OWES"),
        ("The claim shows your share as $250.00.", "MEMBER_OWES"),
        ("Your responsibility: $250.00, which can include a copay.", "MEMBER_OWES"),
        ("Your share for the MRI of the left knee on March 3, 2026 is $250.00.", "MEMBER_OWES"),
        ("Your deductible wasn't met yet, so $250.00 is yours to pay.", "MEMBER_OWES"),
        ("What the clinic should collect from you is $250.00.", "MEMBER_OWES"),
        ("On this fill you paid $250.00.", "MEMBER_OWES"),
        ("El plan pagó $80.00 y a usted le corresponden $250.00.", "MEMBER_OWES"),
        ("El total que debe es $250.00.", "MEMBER_OWES"),
        ("Los $250.00 restantes son su parte.", "MEMBER_OWES"),
        ("Usted solo es responsable de $250.00.", "MEMBER_OWES"),
        # Where the member stands: "you're at $X", "brings you to $X", "lleva $X", "$X of $Y".
        ("Toward your out-of-pocket maximum you're at $250.00 of $4,000.00.", "OOP_MET"),
        ("Your deductible is at $250.00 of $1,000.00.", "DEDUCTIBLE_MET"),
        ("This claim brings you to $250.00 toward your deductible.", "DEDUCTIBLE_MET"),
        ("Your limit is $4,000.00, you've met $250.00, and it resets in July.", "OOP_MET"),
        ("You have $750.00 left on your deductible ($250.00 met so far).", "DEDUCTIBLE_MET"),
        ("Usted lleva $250.00 de su máximo de $4,000.00.", "OOP_MET"),
        ("Su deducible va en $250.00 de $1,000.00.", "DEDUCTIBLE_MET"),
        ("Hasta hoy ha cumplido $250.00 de su deducible de $1,000.00.", "DEDUCTIBLE_MET"),
        ("Your deductible is at $100.00 of $250.00.", "DEDUCTIBLE"),
        ("On the out-of-pocket side you're at $100.00 of $250.00.", "OOP_MAX"),
        ("Your in-network maximum is $250.00.", "OOP_MAX"),
        ("Su límite es $250.00 y se reinicia en julio.", "OOP_MAX"),
        # Deductible applied, copay, coinsurance, allowed, billed in more wordings.
        ("The first $250.00 finished off what was left of your deductible.", "DEDUCTIBLE_APPLIED"),
        ("That's on top of the $250.00 that went to your deductible.", "DEDUCTIBLE_APPLIED"),
        ("It was processed under your deductible: $250.00 applied to it.", "DEDUCTIBLE_APPLIED"),
        ("Los primeros $250.00 completaron lo que le faltaba.", "DEDUCTIBLE_APPLIED"),
        ("Your share includes the $250.00 ER copay.", "COPAY"),
        ("It can include a copay ($250.00) and coinsurance.", "COPAY"),
        ("Se aplicó el copago de emergencias de $250.00.", "COPAY"),
        ("That's the copay plus coinsurance of $250.00 for the rest.", "COINSURANCE"),
        ("Your coinsurance share was $250.00.", "COINSURANCE"),
        ("El resto, $250.00 es su coseguro.", "COINSURANCE"),
        ("Of the $250.00 allowed for your visit, part went to the deductible.", "ALLOWED"),
        ("They accept our allowed amount ($250.00) as payment in full.", "ALLOWED"),
        ("La cantidad permitida del plan es $250.00.", "ALLOWED"),
        ("El plan pagó $80.00 de los $250.00 permitidos.", "ALLOWED"),
        ("Please don't pay the $250.00 billed in the meantime.", "BILLED"),
        ("The columns read: what the provider charged ($250.00), then what we paid.", "BILLED"),
        ("No pague los $250.00 facturados por ahora.", "BILLED"),
        ("The columns read: what we paid ($250.00), then what's left.", "PLAN_PAID"),
    ],
)
def test_each_phrase_family_names_its_field(text, field):
    assert named(text) == field
    # The field named is bound only when it holds the amount: among other holders, never.
    others = tuple(f for f in EVERY_FIELD if f != field)
    assert named(text, others) is None


def test_a_running_total_goes_by_the_kind_named_nearest_and_else_by_the_holders():
    # No kind named: "you're at $X of $Y" is either running total, so it binds only when one of
    # the two holds the amount.
    text = "You're at $250.00 of $4,000.00."
    assert named(text) is None
    assert named(text, ("OOP_MET", "MEMBER_OWES")) == "OOP_MET"
    assert named(text, ("DEDUCTIBLE_MET", "MEMBER_OWES")) == "DEDUCTIBLE_MET"
    # Both kinds in the sentence: the nearer one is meant.
    both = "You've met $250.00 of your $1,000.00 deductible and $90.00 of your out-of-pocket max."
    assert named(both) == "DEDUCTIBLE_MET"
    assert named(both, amount="$90.00") == "OOP_MET"


def test_an_amount_is_never_bound_against_its_words():
    # The words name a field that does not hold the amount: no binding, whatever holds it.
    assert named("For this visit you owe $250.00.", ("PLAN_PAID", "ALLOWED")) is None
    assert named("You're at $250.00 toward your deductible.", ("OOP_MET", "MEMBER_OWES")) is None
    assert named("Su parte es $250.00.", ("OOP_MET", "DEDUCTIBLE_MET")) is None
    assert named("If the bill is more than $250.00, tell me.", ("OOP_MET", "ALLOWED")) is None
    # Words naming two holders: no binding among equals, the first named among one claim's.
    both = "The allowed amount of $250.00 went toward your deductible."
    holders = ("MEMBER_OWES", "ALLOWED", "DEDUCTIBLE_APPLIED")
    assert named(both, holders) is None
    assert named(both, holders, first_of_several=True) == "ALLOWED"
    assert named("That comes to $250.00 in all.", holders, first_of_several=True) is None


def test_two_plan_year_figures_of_one_value_go_by_their_words_in_a_template():
    # The year's deductible spending is also its out-of-pocket spending ($250.00 both): by
    # value the first field took every "$250.00"; now each one's words choose, none the first.
    from suggestions.templating import KnownFacts, Placeholder, to_template

    P = Placeholder
    known = KnownFacts(
        record_values=(("$250.00", P.DEDUCTIBLE_MET), ("$1,000.00", P.DEDUCTIBLE),
                       ("$4,000.00", P.OOP_MAX)),
        amount_choices=(("$250.00", (P.DEDUCTIBLE_MET, P.OOP_MET)),),
    )  # fmt: skip
    assert to_template(
        "You've met $250.00 of your $1,000.00 deductible and $250.00 of your $4,000.00"
        " out-of-pocket maximum.",
        known,
    ) == (
        "You've met {DEDUCTIBLE_MET} of your {DEDUCTIBLE} deductible and {OOP_MET} of your"
        " {OOP_MAX} out-of-pocket maximum."
    )
    assert to_template("Lleva $250.00 de su máximo de $4,000.00.", known) == (
        "Lleva {OOP_MET} de su máximo de {OOP_MAX}."
    )
    assert to_template("That's $250.00 so far.", known) == "That's {DEDUCTIBLE_MET} so far."
