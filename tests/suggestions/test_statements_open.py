"""No statement the records leave open reaches the reply box unmarked, and a draft avoids one
when an answer as good states nothing open: sentences are read whole (an amount's or a
title's full stop ends none), claims on file that all bear a statement out leave it open (the
member may mean a bill not on file yet), the plan's appeal window confirms "within 180 days",
and a near-equal reply of the same topic that states nothing open is proposed first."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from claims.data import ClaimFacts
from suggestions import drafting
from suggestions.engine import Ranked
from suggestions.models import Draft
from suggestions.statements import (
    Statement,
    Verdict,
    checked_statements,
    sentences,
    statements_in,
    verify_among,
)
from tests.factories import MemberFactory, MessageFactory, ThreadFactory
from tests.suggestions import lab_history

S = Statement


def facts(status: str, number: str = "CLM-1", paid: str | None = "80.00") -> ClaimFacts:
    return ClaimFacts(
        claim_number=number, service_from=date(2026, 3, 2), service_to=date(2026, 3, 2),
        provider_name="Lakeview Clinic", payer_name="Acme", status=status,
        billed=Decimal("180.00"), allowed=Decimal("110.00"),
        paid=Decimal(paid) if paid is not None else None,
        patient_responsibility=Decimal("30.00"), open_flags=(), network="in",
        deductible=Decimal("0.00"), reason_codes=(),
    )  # fmt: skip


def test_an_amounts_or_a_titles_full_stop_ends_no_sentence():
    assert sentences("If you owe $388.20, the claim is paid. Dr. Lee is in network.") == [
        "If you owe $388.20, the claim is paid.",
        " Dr. Lee is in network.",
    ]
    # Cut at "$388." the second half had no "if" and asserted what the sentence does not: a
    # draft filled with that amount stated it while its template (with {MEMBER_OWES}) did not.
    assert statements_in("If you owe $388.20, the claim is still being processed.") == []
    assert statements_in("If you owe {MEMBER_OWES}, the claim is still being processed.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Out-of-network care in general, and the member's benefits for it, are no statement
        # about whom the member saw.
        ("Los planes HMO generalmente no cubren la atención fuera de la red.", []),
        ("El resumen de beneficios muestra sus beneficios fuera de la red.", []),
        ("El Dr. Ruiz está fuera de la red.", [S.OUT_OF_NETWORK]),
        ("La clínica es un proveedor dentro de la red.", [S.IN_NETWORK]),
    ],
)
def test_spanish_network_statements_are_said_of_someone(text, expected):
    assert [found.statement for found in statements_in(text)] == expected


def test_a_statement_every_claim_on_file_bears_out_is_still_open_without_a_claim_chosen():
    paid, paid_too = facts("paid"), facts("paid", "CLM-2")
    # The member may mean a bill that is not on file yet.
    assert verify_among(S.CLAIM_PAID, None, [paid, paid_too]) == Verdict.UNVERIFIABLE
    assert verify_among(S.CLAIM_PAID, paid, [paid, paid_too]) == Verdict.SUPPORTED  # chosen
    open_claim = facts("submitted", "CLM-3", paid=None)
    assert verify_among(S.CLAIM_PAID, None, [paid, open_claim]) == Verdict.UNVERIFIABLE
    assert verify_among(S.CLAIM_DENIED, None, [paid, paid_too]) == Verdict.CONTRADICTED
    # No claim on file: nothing could bear out a claim's state (stop 28); what the plan's rules
    # may answer of a provider or a service stays open.
    assert verify_among(S.CLAIM_PAID, None, []) == Verdict.NO_RECORD
    assert verify_among(S.CLAIM_PENDING, None, []) == Verdict.NO_RECORD
    assert verify_among(S.APPLIED_TO_DEDUCTIBLE, None, []) == Verdict.NO_RECORD
    assert verify_among(S.IN_NETWORK, None, []) == Verdict.UNVERIFIABLE
    assert verify_among(S.NEEDS_PRIOR_AUTH, None, []) == Verdict.UNVERIFIABLE
    assert verify_among(S.ACTION_TAKEN, None, []) == Verdict.UNVERIFIABLE


def test_the_plans_appeal_window_confirms_an_appeal_deadline(settings):
    settings.APPEAL_WINDOW_DAYS = 180
    verdicts = [
        (found.statement, found.verdict)
        for text in (
            "You can appeal within 180 days of the denial.",
            "Puede apelar dentro de 180 días.",
            "You can appeal within 60 days of the denial.",
            "Send the form within 180 days.",
        )
        for found in checked_statements(text, None, [])
    ]
    assert verdicts == [
        (S.DEADLINE, Verdict.SUPPORTED),
        (S.DEADLINE, Verdict.SUPPORTED),
        (S.DEADLINE, Verdict.UNVERIFIABLE),  # not the plan's window: the agent checks it
        (S.DEADLINE, Verdict.UNVERIFIABLE),  # no appeal: the plan's rules say nothing of it
    ]


def test_a_near_equal_answer_of_the_same_topic_that_states_nothing_open_comes_first():
    topics = {0: "id_card", 1: "id_card", 2: "id_card", 3: "complaint"}
    open_items = {0: 1, 1: 0, 2: 0, 3: 0}.__getitem__

    def ranked(*scores: tuple[int, float]) -> list[Ranked]:
        return [Ranked(index, f"reply {index}", score) for index, score in scores]

    def first(items: list[Ranked]) -> int:
        return drafting.prefer_confirmed(
            items, lambda item: topics[item.index], lambda item: open_items(item.index)
        )[0].index

    assert first(ranked((0, 10.0), (1, 9.5), (2, 9.4))) == 1
    assert first(ranked((0, 10.0), (1, 8.0))) == 0  # not as good an answer: kept
    assert first(ranked((0, 10.0), (3, 9.9), (1, 8.0))) == 0  # another topic: kept
    assert first(ranked((1, 10.0), (0, 9.9))) == 1  # nothing open in the best: kept


@pytest.fixture
def paid_model(team, agent, settings, tmp_path):
    """A team whose past replies to "did you pay my lab bill" say the plan paid it."""
    settings.SUGGESTION_MODEL_DIR = tmp_path / "models"
    settings.SUGGESTION_MIN_CONFIDENCE = 0.0
    return lab_history.lab_model(team=team, agent=agent, reply="the plan paid your lab claim. Ana")


@pytest.mark.django_db
def test_a_claim_state_the_only_claim_on_file_bears_out_is_still_marked(paid_model, team):
    """ "Did you pay my lab bill?" with one paid claim on file: the bill asked about may not be
    on file yet, so "the plan paid" is for the agent to confirm."""
    member = MemberFactory(first_name="Rosalind")
    lab_history.lab_claim(member, number="CLM-2026-7770001", status="paid", paid="80.00")
    thread = ThreadFactory(team=team, member=member)
    message = MessageFactory(thread=thread, text="Did you pay my lab bill yet?")
    assert drafting.draft_create(message.pk) == "drafted"
    draft = Draft.objects.get(message=message)
    assert "the plan paid" in draft.text
    assert [(mark["statement"], mark["fragment"]) for mark in draft.marks] == [
        ("claim_paid", "the plan paid")
    ]


def test_a_plan_year_figure_the_member_did_not_ask_about_is_open_in_any_answer():
    from suggestions.templating import Placeholder

    template = "Hi {MEMBER_FIRST_NAME}, you're at {DEDUCTIBLE_MET} of your {DEDUCTIBLE} deductible."
    values = {
        Placeholder.MEMBER_FIRST_NAME: "Ana",
        Placeholder.DEDUCTIBLE_MET: "$200.00",
        Placeholder.DEDUCTIBLE: "$1,000.00",
    }
    # Such an answer is neither joined for a second question nor preferred as the draft.
    asked_else = "Do I need a referral? Can I use my HSA for glasses?"
    assert [mark["fragment"] for mark in drafting.unconfirmed(
        template, None, [], values, asked_else
    )] == ["$1,000.00", "$200.00"]  # fmt: skip
    assert drafting.unconfirmed(template, None, [], values, "How much deductible is left?") == []
