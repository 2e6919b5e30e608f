"""A draft states nothing about a claim that its record contradicts; what no record confirms,
and actions said to be done, are marked for the agent before the reply goes."""

from __future__ import annotations

import datetime as dt
import uuid
from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from careteam.models import Message, Thread
from claims.data import ClaimFacts
from claims.models import Claim, ClaimAdjustment, ImportBatch, Provider
from suggestions import drafting
from suggestions.api import model_version_promote
from suggestions.models import Draft
from suggestions.statements import Statement, Verdict, statements_in, verify
from tests.factories import MemberFactory, MessageFactory, ThreadFactory
from training.services import model_train

pytestmark = pytest.mark.django_db
S = Statement


def facts(status: str, *, codes: tuple[str, ...] = (), network: str = "in",
          deductible: str | None = "0.00", paid: str | None = "80.00") -> ClaimFacts:  # fmt: skip
    return ClaimFacts(
        claim_number="CLM-1", service_from=date(2026, 3, 2), service_to=date(2026, 3, 2),
        provider_name="Lakeview Clinic", payer_name="Acme", status=status,
        billed=Decimal("180.00"), allowed=Decimal("110.00"),
        paid=Decimal(paid) if paid is not None else None,
        patient_responsibility=Decimal("30.00"), open_flags=(), network=network,
        deductible=Decimal(deductible) if deductible is not None else None, reason_codes=codes,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The second submission has been marked as a duplicate and will not count against you.",
         [S.DUPLICATE_DENIED]),
        ("We have denied the duplicate.", [S.DUPLICATE_DENIED]),
        ("Your claim {CLAIM_NUMBER} was denied because {DENIAL_REASON}.", [S.CLAIM_DENIED]),
        ("I've requested a new ID card for you.", [S.ACTION_TAKEN]),
        ("Yes, it needs prior authorization on your plan.", [S.NEEDS_PRIOR_AUTH]),
        ("You can appeal within 180 days.", [S.DEADLINE]),
        ("The allowed amount was applied to your deductible.", [S.APPLIED_TO_DEDUCTIBLE]),
        ("Riverside is an out-of-network provider.", [S.OUT_OF_NETWORK]),
        ("The claim is still being processed.", [S.CLAIM_PENDING]),
        ("This service is not covered by your plan.", [S.NOT_COVERED]),
        # Conditions, hedges, questions and general rules assert nothing about this claim.
        ("If your claim was denied, you can appeal within 180 days.", []),
        ("Most plans require prior authorization for an MRI.", []),
        ("Was the claim denied?", []),
        ("I can request a new card for you if you like.", []),
        ("Some drugs are covered only by some plans.", []),
        ("Guarde una captura: si el directorio dice que está en la red, eso cuenta.", []),
        ("This service never needs prior authorization.", [S.NO_PRIOR_AUTH_NEEDED]),
        # A federal rule for a kind of care, not a statement about this claim.
        ("Emergency care never needs prior authorization.", []),
    ],
)  # fmt: skip
def test_statements_are_found_where_the_reply_asserts_them(text, expected):
    assert [found.statement for found in statements_in(text)] == expected


def test_each_statement_is_checked_against_the_claims_record():
    submitted = facts("submitted", paid=None, deductible=None)
    denied_no_auth = facts("denied", codes=("197",), paid="0.00")
    duplicate = facts("denied", codes=("18",), paid="0.00")
    assert verify(S.DUPLICATE_DENIED, submitted) == Verdict.CONTRADICTED
    assert verify(S.DUPLICATE_DENIED, duplicate) == Verdict.SUPPORTED
    assert verify(S.CLAIM_DENIED, submitted) == Verdict.CONTRADICTED
    assert verify(S.CLAIM_PENDING, submitted) == Verdict.SUPPORTED
    assert verify(S.CLAIM_PAID, denied_no_auth) == Verdict.CONTRADICTED
    assert verify(S.NEEDS_PRIOR_AUTH, denied_no_auth) == Verdict.SUPPORTED
    assert verify(S.NEEDS_PRIOR_AUTH, facts("paid")) == Verdict.UNVERIFIABLE
    assert verify(S.OUT_OF_NETWORK, facts("paid", network="in")) == Verdict.CONTRADICTED
    assert verify(S.APPLIED_TO_DEDUCTIBLE, facts("paid", deductible="110.00")) == Verdict.SUPPORTED
    assert verify(S.APPLIED_TO_DEDUCTIBLE, facts("paid", deductible="0.00")) == (
        Verdict.CONTRADICTED
    )
    assert verify(S.CLAIM_DENIED, None) == Verdict.UNVERIFIABLE  # no claim chosen
    assert verify(S.ACTION_TAKEN, facts("paid")) == Verdict.UNVERIFIABLE


def _claim(member, *, number: str, status: str, codes: tuple[str, ...] = ()) -> Claim:
    provider, _ = Provider.objects.get_or_create(
        key="name:harborview", defaults={"name": "Harborview Laboratory Services"}
    )
    batch = ImportBatch.objects.create(filename="t.csv", sha256="0" * 64, outcome="imported")
    claim = Claim.objects.create(
        member=member, payer_key="ACME1", payer_name="Acme", claim_number=number,
        kind="professional", status=status, service_from=date(2026, 9, 14),
        service_to=date(2026, 9, 14), billing_provider=provider, billing_network="in",
        billed=Decimal("240.00"),
        batch=batch, content_hash=number,
    )  # fmt: skip
    for position, code in enumerate(codes, start=1):
        ClaimAdjustment.objects.create(
            claim=claim, position=position, group="CO", reason=code, amount=Decimal("240.00")
        )
    return claim


@pytest.fixture
def duplicate_model(team, agent, settings, tmp_path):
    """A team whose past replies to 'billed twice' say the duplicate was denied."""
    settings.SUGGESTION_MODEL_DIR = tmp_path / "models"
    settings.SUGGESTION_MIN_CONFIDENCE = 0.0
    replies = [
        "Hi {first}, we have denied the duplicate, so you only owe once. Ana",
        "Hi {first}, the two bills are still being processed; we will make sure only one is "
        "paid. Ana",
    ]
    start = timezone.now() - dt.timedelta(days=60)
    for number in range(40):
        member = MemberFactory(first_name=f"Zelda{number}")
        at = start + dt.timedelta(hours=number)
        thread = ThreadFactory(team=team, member=member, status=Thread.Status.CLOSED,
                               created_at=at, closed_at=at)  # fmt: skip
        MessageFactory(thread=thread, text="I was billed twice for the same lab test",
                       created_at=at)  # fmt: skip
        # The denial wording is the team's usual answer: the model ranks it first.
        reply = replies[0] if number % 4 else replies[1]
        MessageFactory(thread=thread, direction=Message.Direction.OUTBOUND, author=agent,
                       text=reply.format(first=member.first_name),
                       created_at=at + dt.timedelta(minutes=5))  # fmt: skip
    return model_version_promote(version=model_train(actor=None).version, actor=None)


def test_a_candidate_the_claim_contradicts_is_never_proposed(duplicate_model, team):
    member = MemberFactory(first_name="Rosalind")
    _claim(member, number="CLM-2026-5550001", status="submitted")
    thread = ThreadFactory(team=team, member=member)
    message = MessageFactory(
        thread=thread, text="Claim CLM-2026-5550001: I was billed twice for the same lab test"
    )
    assert drafting.draft_create(message.pk) == "drafted"
    draft = Draft.objects.get(message=message)
    assert draft.claim_number == "CLM-2026-5550001"
    # The claim is merely submitted: "we have denied the duplicate" is not proposed at all.
    proposed = [draft.template, *(item["template"] for item in draft.alternatives)]
    assert not any("denied the duplicate" in template for template in proposed)
    assert "still being processed" in draft.template


def test_with_no_claim_chosen_a_statement_every_claim_contradicts_is_never_proposed(
    duplicate_model, team
):
    member = MemberFactory(first_name="Rosalind")
    _claim(member, number="CLM-2026-5550002", status="paid")
    _claim(member, number="CLM-2026-5550003", status="submitted")
    thread = ThreadFactory(team=team, member=member)
    # No claim detail: no claim is chosen, but none of the member's claims is a denied
    # duplicate, so "we have denied the duplicate" is false whichever one is meant.
    message = MessageFactory(thread=thread, text="I was billed twice for the same lab test")
    assert drafting.draft_create(message.pk) == "drafted"
    draft = Draft.objects.get(message=message)
    assert draft.claim_number == ""
    proposed = [draft.template, *(item["template"] for item in draft.alternatives)]
    assert not any("denied the duplicate" in template for template in proposed)
    duplicate = _claim(member, number="CLM-2026-5550004", status="denied", codes=("18",))
    assert duplicate.pk
    Thread.objects.filter(pk=thread.pk).update(
        status=Thread.Status.CLOSED, closed_at=timezone.now()
    )
    again = MessageFactory(thread=ThreadFactory(team=team, member=member),
                           text="I was billed twice for the same lab test")  # fmt: skip
    assert drafting.draft_create(again.pk) == "drafted"
    # One of them is: which one the member means is not known, so it is only marked.
    draft = Draft.objects.get(message=again)
    assert "denied the duplicate" in draft.template
    assert [mark["statement"] for mark in draft.marks] == ["claim_duplicate_denied"]


def test_with_no_claim_on_file_a_claim_state_is_never_proposed(duplicate_model, team):
    """Stop 28: with no claim on file, "we have denied the duplicate" and "the two bills are
    still being processed" have no record that could bear them out (they were only marked
    before): neither is proposed, and with no other reply there is no draft."""
    thread = ThreadFactory(team=team, member=MemberFactory(first_name="Rosalind"))
    message = MessageFactory(thread=thread, text="I was billed twice for the same lab test")
    assert drafting.draft_create(message.pk) == "no candidates"
    assert not Draft.objects.filter(message=message).exists()


def test_with_no_claim_chosen_a_statement_one_claim_may_bear_out_is_marked_for_the_agent(
    duplicate_model, team, agent, as_user
):
    member = MemberFactory(first_name="Rosalind")
    _claim(member, number="CLM-2026-5550005", status="denied", codes=("18",))
    _claim(member, number="CLM-2026-5550006", status="paid")
    thread = ThreadFactory(team=team, member=member)
    message = MessageFactory(thread=thread, text="I was billed twice for the same lab test")
    assert drafting.draft_create(message.pk) == "drafted"
    draft = Draft.objects.get(message=message)
    assert "denied the duplicate" in draft.template
    assert [mark["statement"] for mark in draft.marks] == ["claim_duplicate_denied"]
    body = as_user(agent).get(reverse("draft-panel", args=[thread.pk])).content.decode()
    assert "Check before sending" in body and "nothing in the member&#x27;s records" in body


def test_a_reply_that_says_an_action_was_taken_needs_the_agents_confirmation(
    as_user, agent, thread
):
    MessageFactory(thread=thread, text="I lost my card.")
    client = as_user(agent)
    url = reverse("thread-reply", args=[thread.pk])
    answer = client.post(url, {"text": "I've requested a new ID card for you.",
                               "send_token": str(uuid.uuid4())},
                         headers={"HX-Request": "true"})  # fmt: skip
    assert answer.status_code == 422
    assert "already done" in answer.content.decode()
    assert not thread.messages.filter(direction=Message.Direction.OUTBOUND).exists()
    fine = client.post(url, {"text": "You can order a new ID card in the app.",
                             "send_token": str(uuid.uuid4())},
                       headers={"HX-Request": "true"})  # fmt: skip
    assert fine.status_code in (200, 204)


def test_a_plan_year_figure_in_a_reply_to_another_question_is_marked_for_the_agent():
    from suggestions.statements import amount_marks
    from suggestions.templating import Placeholder

    template = (
        "Hi {MEMBER_FIRST_NAME}, your HSA pays for glasses. Deductible left: "
        "{DEDUCTIBLE_REMAINING}."
    )
    filled = {Placeholder.DEDUCTIBLE_REMAINING: "$1,150.00", Placeholder.MEMBER_FIRST_NAME: "Ana"}
    marks = amount_marks(template, filled, "Can I use my HSA card for glasses?")
    assert [(mark.fragment, mark.statement.value) for mark in marks] == [
        ("$1,150.00", "amount_stated")
    ]
    assert "did not ask" in marks[0].note
    # Asked about, in any of the ways members write it, it is what the member wants to know.
    for asked in ("how much deductable is left", "¿cuánto me falta del deducible?",
                  "did i hit my out of pockt max"):  # fmt: skip
        assert amount_marks(template, filled, asked) == []
    # Naming the deductible or the maximum is not asking for their figures.
    for named in (
        "do my copays count toward my out of pocket max?",
        "I have a high deductible plan with an HSA, can I buy glasses with it?",
    ):
        assert [mark.fragment for mark in amount_marks(template, filled, named)] == ["$1,150.00"]


def test_a_dollar_figure_written_into_a_reply_reaches_the_draft_as_a_visible_slot():
    from suggestions.slots import amounts_as_slots

    template = (
        "Hi {MEMBER_FIRST_NAME}, the ER copay of $0.00 applied and your share is $1,240.50; "
        "the plan paid {PLAN_PAID}. Call 1-800-555-0142."
    )
    assert amounts_as_slots(template) == (
        "Hi {MEMBER_FIRST_NAME}, the ER copay of {AMOUNT} applied and your share is {AMOUNT}; "
        "the plan paid {PLAN_PAID}. Call 1-800-555-0142."
    )
