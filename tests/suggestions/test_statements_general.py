"""General plan rules ("copays do not count toward your deductible", "emergency care never needs
prior authorization") are plan information a reply may state: they are not read as statements
about the member's claim. The same words about this claim ("your visit", "the claim", it, a
claim slot) are still read, checked and marked."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from claims.data import ClaimFacts
from suggestions.drafting import unconfirmed, without_open_sentences
from suggestions.statements import Statement, statements_in
from suggestions.templating import Placeholder

S = Statement


def stated(text: str) -> set[Statement]:
    return {found.statement for found in statements_in(text)}


def test_general_cost_sharing_and_federal_rules_are_not_claim_statements():
    assert stated("Copays do not count toward your deductible.") == set()
    assert stated("Hi {MEMBER_FIRST_NAME}, prescriptions count toward the deductible.") == set()
    assert stated("In-network preventive visits don't count against your deductible.") == set()
    assert stated("Yes, emergency care is covered at the in-network level.") == set()
    assert stated("Emergency care never needs prior authorization.") == set()
    assert stated("Preventive care in network is covered in full.") == set()
    assert stated("Ground ambulance is not covered by the No Surprises Act.") == set()


def test_the_same_words_about_this_claim_are_still_statements():
    assert stated("The visit was applied to your deductible.") == {S.APPLIED_TO_DEDUCTIBLE}
    assert stated("Copays for this visit went toward your deductible.") == {S.APPLIED_TO_DEDUCTIBLE}
    assert stated("The {SERVICE} copays went toward your deductible.") == {S.APPLIED_TO_DEDUCTIBLE}
    assert stated("Emergency care for your visit on {DATE_OF_SERVICE} is covered.") == {S.COVERED}
    assert stated("Copays for your MRI went toward your deductible.") == {S.APPLIED_TO_DEDUCTIBLE}
    assert stated("Emergency care for the fall was covered.") == {S.COVERED}
    assert stated("It is covered.") == {S.COVERED}
    assert stated("This bill is not covered.") == {S.NOT_COVERED}
    assert stated("Your surgery does not need prior authorization.") == {S.NO_PRIOR_AUTH_NEEDED}


def test_coverage_of_a_drug_or_service_on_the_members_plan_stays_checked():
    # Whether a plan covers a drug or needs prior authorization for a service is not a rule
    # every plan shares: the records cannot say, so the agent is told.
    assert stated("Weight-loss drugs are covered on your plan.") == {S.COVERED}
    assert stated("Ozempic is covered on your plan.") == {S.COVERED}
    assert stated("MRIs need prior authorization.") == {S.NEEDS_PRIOR_AUTH}


PENDING = ClaimFacts(
    claim_number="CLM-1", service_from=date(2026, 3, 2), service_to=date(2026, 3, 2),
    provider_name="Lakeview Clinic", payer_name="Acme", status="submitted",
    billed=Decimal("180.00"), allowed=None, paid=None, patient_responsibility=None,
    open_flags=(), network="in", deductible=None, reason_codes=(),
)  # fmt: skip


def test_a_reply_keeps_its_general_rule_and_is_not_marked_for_it():
    reply = (
        "Hi {MEMBER_FIRST_NAME}, your deductible starts over with each plan year. Copays do "
        "not count toward your deductible, but they do count toward the out-of-pocket maximum."
        "\n\n{AGENT_NAME}"
    )
    values = {Placeholder.MEMBER_FIRST_NAME: "Ana"}
    context = "Do copays count toward my deductible?"
    assert unconfirmed(reply, PENDING, [PENDING], values, context) == []
    assert without_open_sentences(reply, PENDING, [PENDING], values, context) == reply


def test_a_claim_statement_beside_a_general_rule_is_still_marked():
    reply = (
        "Hi {MEMBER_FIRST_NAME}, copays do not count toward your deductible. Your visit was "
        "applied to your deductible.\n\n{AGENT_NAME}"
    )
    marks = unconfirmed(reply, PENDING, [PENDING], {}, "was my visit applied to my deductible")
    assert [mark["statement"] for mark in marks] == [S.APPLIED_TO_DEDUCTIBLE.value]
    assert marks[0]["fragment"] == "applied to your deductible"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hola Ana, el reclamo se procesó cuando usted ya había llegado a su máximo de gastos de "
        "bolsillo, así que no debe nada.",
        "Ya alcanzó su máximo de gastos de bolsillo de este año.",
        "Su máximo de gastos de bolsillo ya está cumplido.",
        "You already hit your out-of-pocket max for the year.",
        "Your out-of-pocket maximum was met in March.",
        "You've reached the family out-of-pocket limit.",
    ],
)
def test_reaching_the_out_of_pocket_maximum_is_a_statement_in_english_and_spanish(sentence):
    assert [found.statement for found in statements_in(sentence)] == [Statement.OOP_MAX_MET]


@pytest.mark.parametrize(
    "sentence",
    [
        "Después pagará coseguro hasta llegar a su máximo de gastos de bolsillo de $3,000.",
        "Cuando llega a su máximo de gastos de bolsillo, ya no paga copagos.",
        "Las apelaciones se deciden en un máximo de 60 días.",
        "Usted lleva $800 de su máximo de $3,000.",
        "Once you've met your out-of-pocket max, covered care costs you nothing.",
        "Copays count toward your out-of-pocket maximum.",
    ],
)
def test_the_out_of_pocket_maximum_as_a_rule_or_a_running_total_is_no_statement(sentence):
    assert Statement.OOP_MAX_MET not in [found.statement for found in statements_in(sentence)]
