"""Every amount and date a draft states is bound to a field of the claim the message is about."""

from __future__ import annotations

import datetime as dt
from datetime import date
from decimal import Decimal

import pytest
from django.utils import timezone

from careteam.models import Message, Thread
from claims.models import Claim, ImportBatch, Provider
from suggestions import claim_choice, drafting
from suggestions.api import model_version_promote
from suggestions.models import Draft
from tests.factories import MemberFactory, MessageFactory, ThreadFactory
from tests.support.artifacts import artifact_text
from training.services import model_train

pytestmark = pytest.mark.django_db


def _claim(member, number: str, day: date, billed: str, owes: str) -> Claim:
    provider, _ = Provider.objects.get_or_create(
        key="name:riverside", defaults={"name": "Riverside Imaging Center"}
    )
    batch = ImportBatch.objects.create(filename="t.csv", sha256="0" * 64, outcome="imported")
    return Claim.objects.create(
        member=member, payer_key="ACME1", payer_name="Acme", claim_number=number,
        kind="professional", status="paid", service_from=day, service_to=day,
        billing_provider=provider, billing_network="in", billed=Decimal(billed),
        allowed=Decimal(billed) / 2,
        paid=Decimal(billed) / 2 - Decimal(owes), patient_responsibility=Decimal(owes),
        batch=batch, content_hash=number,
    )  # fmt: skip


def _answered_thread(team, agent, member, at, question: str, reply: str) -> None:
    """A closed past thread: the member's question and the agent's reply five minutes later."""
    thread = ThreadFactory(team=team, member=member, status=Thread.Status.CLOSED,
                           created_at=at, closed_at=at)  # fmt: skip
    MessageFactory(thread=thread, created_at=at, text=question)
    MessageFactory(
        thread=thread, direction=Message.Direction.OUTBOUND, author=agent,
        created_at=at + dt.timedelta(minutes=5), text=reply,
    )  # fmt: skip


def test_reply_amounts_are_learned_as_the_claim_fields_they_equal_and_filled_from_one_claim(
    team, agent, settings, tmp_path
):
    settings.SUGGESTION_MODEL_DIR = tmp_path / "models"
    settings.SUGGESTION_MIN_CONFIDENCE = 0.0
    start = timezone.now() - dt.timedelta(days=60)
    for number in range(40):
        member = MemberFactory(first_name=f"Zelda{number}")
        day = (start - dt.timedelta(days=number)).date()
        owes = f"{30 + number}.25"
        _claim(member, f"CLM-2026-{7000000 + number}", day, f"{400 + number}.00", owes)
        _answered_thread(
            team, agent, member, start + dt.timedelta(hours=number),
            f"Why do I owe money for claim CLM-2026-{7000000 + number}?",
            f"Hi Zelda{number}, the provider billed ${400 + number}.00 and after the plan "
            f"paid its share you owe ${owes}. Ana",
        )  # fmt: skip
    version = model_version_promote(version=model_train(actor=None).version, actor=None)
    artifact = artifact_text(version)
    assert "{MEMBER_OWES}" in artifact and "{BILLED}" in artifact and "30.25" not in artifact

    member = MemberFactory(first_name="Rosalind")
    _claim(member, "CLM-2026-8000001", date(2026, 9, 14), "980.00", "120.50")
    _claim(member, "CLM-2026-8000002", date(2026, 10, 2), "310.00", "45.00")
    thread = ThreadFactory(team=team, member=member)
    named = MessageFactory(thread=thread, text="Why do I owe money for claim CLM-2026-8000002?")
    assert drafting.draft_create(named.pk) == "drafted"
    draft = Draft.objects.get(message=named)
    assert "{MEMBER_OWES}" in draft.template
    assert "$45.00" in draft.text and "$310.00" in draft.text and "$120.50" not in draft.text
    # No claim singled out: the slots stay visible for the agent, never filled by a guess.
    thread.status, thread.closed_at = Thread.Status.CLOSED, timezone.now()
    thread.save()
    other = ThreadFactory(team=team, member=member)
    vague = MessageFactory(thread=other, text="Why do I owe money?")
    drafting.draft_create(vague.pk)
    draft = Draft.objects.get(message=vague)
    assert "MEMBER_OWES" in draft.unfilled and "$" not in draft.text


def test_plan_year_figures_come_from_the_plan_and_the_members_adjudicated_claims(team):
    from claims.api import member_benefits
    from claims.models import PlanBenefit
    from suggestions.templating import Placeholder as P

    PlanBenefit.objects.create(
        plan_name="Gold PPO", deductible=Decimal("1000.00"),
        out_of_pocket_max=Decimal("4000.00"), year_start_month=7,
    )  # fmt: skip
    member = MemberFactory(plan="Gold PPO")
    claim = _claim(member, "CLM-1", date(2026, 8, 3), "600.00", "250.00")
    claim.adjudicated_at = timezone.now()
    claim.save()
    claim.lines.create(number=1, billed=Decimal("600.00"), deductible=Decimal("200.00"))
    _claim(member, "CLM-2", date(2026, 5, 3), "600.00", "99.00")  # last plan year: not counted
    facts = member_benefits(member_pk=member.pk, plan="Gold PPO", on=date(2026, 9, 1))
    assert (facts.deductible_met, facts.deductible_remaining) == (Decimal(200), Decimal(800))
    assert facts.out_of_pocket_met == Decimal("250.00") and facts.year_ends == date(2027, 6, 30)
    assert member_benefits(member_pk=member.pk, plan="Unknown", on=date(2026, 9, 1)) is None
    facts_of_member = claim_choice.careteam_api.member_facts_by_pk([member.pk])[member.pk]
    filled = claim_choice.fill_values(facts_of_member, "How much is left?").values
    assert filled[P.DEDUCTIBLE] == "$1,000.00" and filled[P.PLAN_YEAR_END] == "June 30, 2027"


def test_an_amount_that_is_both_a_plan_year_figure_and_a_claim_amount_is_bound_to_neither(team):
    # One adjudicated claim in the plan year: its share is the year's out-of-pocket total. A
    # past reply's "$250.00" says nothing about which one it meant, so training binds neither
    # (it reaches a draft as a visible {AMOUNT} slot); the other figures bind as always.
    from claims.models import PlanBenefit
    from suggestions.templating import Placeholder as P

    PlanBenefit.objects.create(
        plan_name="Gold PPO", deductible=Decimal("1000.00"),
        out_of_pocket_max=Decimal("4000.00"), year_start_month=7,
    )  # fmt: skip
    member = MemberFactory(plan="Gold PPO")
    claim = _claim(member, "CLM-9", date(2026, 8, 3), "600.00", "250.00")
    claim.adjudicated_at = timezone.now()
    claim.save()
    facts = drafting.careteam_api.member_facts_by_pk([member.pk])[member.pk]
    forms = dict(drafting.record_forms(facts, "about claim CLM-9", on=date(2026, 9, 1)))
    assert "$250.00" not in forms and "250.00" not in forms
    assert forms["$600.00"] == P.BILLED and forms["$1,000.00"] == P.DEDUCTIBLE
    assert forms["$4,000.00"] == P.OOP_MAX and forms["CLM-9"] == P.CLAIM_NUMBER

    # A second claim makes the year's total differ from each claim's share: both bind again.
    second = _claim(member, "CLM-10", date(2026, 8, 20), "300.00", "40.00")
    second.adjudicated_at = timezone.now()
    second.save()
    forms = dict(drafting.record_forms(facts, "about claim CLM-9", on=date(2026, 9, 1)))
    assert forms["$250.00"] == P.MEMBER_OWES and forms["$290.00"] == P.OOP_MET


def test_an_amount_no_one_field_holds_is_bound_only_where_its_words_name_one_field(team):
    # The member's one claim of the plan year: its share ($250.00, also its allowed amount) is
    # the year's out-of-pocket total, and the plan paid $0.00 on it. Training binds such an
    # amount where the words right around it name exactly one of the fields holding it;
    # elsewhere it stays a plain {AMOUNT}, never a guess.
    from claims.models import PlanBenefit
    from suggestions.api import known_facts, record_amount_choices, to_template
    from suggestions.templating import Placeholder as P

    PlanBenefit.objects.create(
        plan_name="Gold PPO", deductible=Decimal("1000.00"),
        out_of_pocket_max=Decimal("4000.00"), year_start_month=7,
    )  # fmt: skip
    member = MemberFactory(plan="Gold PPO", first_name="Zelda")
    claim = _claim(member, "CLM-9", date(2026, 8, 3), "500.00", "250.00")
    claim.adjudicated_at = timezone.now()
    claim.save()
    assert claim.paid == 0
    facts = drafting.careteam_api.member_facts_by_pk([member.pk])[member.pk]
    records = claim_choice.member_records(facts, "about claim CLM-9", on=date(2026, 9, 1))
    forms = claim_choice.record_forms(facts, "about claim CLM-9", records=records)
    choices = dict(record_amount_choices(records))
    assert set(choices["$250.00"]) == {P.OOP_MET, P.MEMBER_OWES, P.ALLOWED}
    assert P.PLAN_PAID in choices["$0.00"] and P.MEMBER_OWES not in choices["$0.00"]
    known = known_facts(facts, ("Ana",), None, forms, tuple(choices.items()))

    def template(text: str) -> str:
        return to_template(text, known)

    assert template("Hi Zelda, for claim CLM-9 you owe $250.00. Ana") == (
        "Hi {MEMBER_FIRST_NAME}, for claim {CLAIM_NUMBER} you owe {MEMBER_OWES}. {AGENT_NAME}"
    )
    assert template("Su parte es $250.00.") == "Su parte es {MEMBER_OWES}."
    assert template("You've paid $250.00 toward your out-of-pocket maximum of $4,000.00.") == (
        "You've paid {OOP_MET} toward your out-of-pocket maximum of {OOP_MAX}."
    )
    assert template("The plan paid $0.00 on it.") == "The plan paid {PLAN_PAID} on it."
    assert template("El plan pagó $0.00.") == "El plan pagó {PLAN_PAID}."
    # No words naming a field, or words naming a field that does not hold the amount: plain.
    assert template("That comes to $250.00 in all.") == "That comes to {AMOUNT} in all."
    assert template("You owe $0.00 now.") == "You owe {AMOUNT} now."
    # Without the choices (as before), every such amount stays plain.
    plain = known_facts(facts, ("Ana",), None, forms)
    assert to_template("you owe $250.00", plain) == "you owe {AMOUNT}"


def _copay_claim(member, number: str, day: date, owes: str, copay: str) -> Claim:
    """A paid claim whose one line states a copay (the claim's copay field)."""
    claim = _claim(member, number, day, "300.00", owes)
    claim.lines.create(number=1, billed=Decimal("300.00"), copay=Decimal(copay))
    return claim


def test_an_amount_two_fields_hold_is_bound_to_the_field_its_words_name(team):
    # The claim's share is its copay ($40.00): by value the reply's "$40.00" went to the first
    # field (your share) wherever it stood; now the words beside it choose between the two, and
    # without words the first stays. Never a field that does not hold it.
    from suggestions.api import known_facts, record_amount_choices, to_template
    from suggestions.templating import Placeholder as P

    member = MemberFactory(first_name="Zelda")
    _copay_claim(member, "CLM-21", date(2026, 8, 3), "40.00", "40.00")
    facts = drafting.careteam_api.member_facts_by_pk([member.pk])[member.pk]
    records = claim_choice.member_records(facts, "about claim CLM-21", on=date(2026, 9, 1))
    forms = dict(claim_choice.record_forms(facts, "about claim CLM-21", records=records))
    choices = dict(record_amount_choices(records))
    assert forms["$40.00"] == P.MEMBER_OWES
    assert choices["$40.00"] == (P.MEMBER_OWES, P.COPAY)
    known = known_facts(facts, ("Ana",), None, tuple(forms.items()), tuple(choices.items()))

    def template(text: str) -> str:
        return to_template(text, known)

    assert template("You owe $40.00, which includes the $40.00 copay.") == (
        "You owe {MEMBER_OWES}, which includes the {COPAY} copay."
    )
    assert template("Se aplicó un copago de $40.00.") == "Se aplicó un copago de {COPAY}."
    assert template("Usted debe $40.00.") == "Usted debe {MEMBER_OWES}."
    assert template("That is $40.00.") == "That is {MEMBER_OWES}."  # no words: the first
    assert template("The plan paid $40.00.") == "The plan paid {MEMBER_OWES}."  # not a holder

    # Two claims: one's copay is the other's share. The words choose across them too.
    other = MemberFactory(first_name="Ottilie")
    _copay_claim(other, "CLM-31", date(2026, 8, 3), "55.00", "25.00")
    _copay_claim(other, "CLM-32", date(2026, 8, 9), "25.00", "10.00")
    facts = drafting.careteam_api.member_facts_by_pk([other.pk])[other.pk]
    records = claim_choice.member_records(facts, "about claim CLM-32", on=date(2026, 9, 1))
    forms = dict(claim_choice.record_forms(facts, "about claim CLM-32", records=records))
    choices = dict(record_amount_choices(records))
    assert forms["$25.00"] == P.MEMBER_OWES and choices["$25.00"] == (P.MEMBER_OWES, P.COPAY)
    known = known_facts(facts, ("Ana",), None, tuple(forms.items()), tuple(choices.items()))
    assert to_template("A $25.00 copay applied.", known) == "A {COPAY} copay applied."
    assert to_template("You owe $25.00.", known) == "You owe {MEMBER_OWES}."


def test_a_copay_learned_from_replies_whose_copay_was_the_share_is_filled_from_the_claims_copay(
    team, agent, settings, tmp_path
):
    # Every past member's share was exactly their copay, so by value alone the model learned
    # "you owe {MEMBER_OWES}, which includes the {MEMBER_OWES} copay" and a draft stated the
    # share as the copay. Bound by the words, the copay is its own slot, filled from the claim.
    settings.SUGGESTION_MODEL_DIR = tmp_path / "models"
    settings.SUGGESTION_MIN_CONFIDENCE = 0.0
    start = timezone.now() - dt.timedelta(days=60)
    for number in range(40):
        member = MemberFactory(first_name=f"Zelda{number}")
        copay = f"{20 + number}.00"
        _copay_claim(member, f"CLM-2026-{7100000 + number}", (start - dt.timedelta(days=number))
                     .date(), copay, copay)  # fmt: skip
        _answered_thread(
            team, agent, member, start + dt.timedelta(hours=number),
            f"What is my copay on claim CLM-2026-{7100000 + number}?",
            f"Hi Zelda{number}, you owe ${copay}, which includes the ${copay} copay. Ana",
        )  # fmt: skip
    version = model_version_promote(version=model_train(actor=None).version, actor=None)
    assert "{COPAY} copay" in artifact_text(version)

    member = MemberFactory(first_name="Rosalind")
    _copay_claim(member, "CLM-2026-8100001", date(2026, 9, 14), "55.00", "25.00")
    _copay_claim(member, "CLM-2026-8100002", date(2026, 10, 2), "75.00", "35.00")
    thread = ThreadFactory(team=team, member=member)
    named = MessageFactory(thread=thread, text="What is my copay on claim CLM-2026-8100001?")
    assert drafting.draft_create(named.pk) == "drafted"
    draft = Draft.objects.get(message=named)
    assert "{MEMBER_OWES}" in draft.template and "{COPAY}" in draft.template
    assert "owe $55.00" in draft.text and "$25.00 copay" in draft.text
    assert "$35.00" not in draft.text and "$75.00" not in draft.text
    # No claim singled out: the copay stays a visible slot for the agent.
    thread.status, thread.closed_at = Thread.Status.CLOSED, timezone.now()
    thread.save()
    vague = MessageFactory(thread=ThreadFactory(team=team, member=member), text="What's my copay?")
    drafting.draft_create(vague.pk)
    draft = Draft.objects.get(message=vague)
    assert "COPAY" in draft.unfilled and "$" not in draft.text
