"""Drafts and reply checks use the member's claims, through the claims app's api."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from careteam import services as careteam_services
from claims.api import member_claim_facts
from claims.data import ClaimFacts
from claims.services.imports import claims_import
from suggestions.grounding import claim_in_question
from suggestions.models import Draft
from tests.claims.conftest import (
    claim_rows,
    csv_bytes,
    served_member,
    stored_claim,  # noqa: F401 (a fixture, used by name)
)
from tests.factories import MessageFactory

pytestmark = pytest.mark.django_db


def facts(
    number: str, day: date, billed: str = "100.00", provider: str = "Lakeview Clinic"
) -> ClaimFacts:
    return ClaimFacts(
        claim_number=number, service_from=day, service_to=day, provider_name=provider,
        payer_name="Acme", status="paid", billed=Decimal(billed), allowed=None, paid=None,
        patient_responsibility=None, open_flags=(),
    )  # fmt: skip


def chosen(text: str, claims: list[ClaimFacts]) -> ClaimFacts | None:
    return claim_in_question(text, claims).claim


def test_the_claim_in_question_is_the_one_the_member_names_and_never_a_guess():
    march = facts("CLM-2026-111111", date(2026, 3, 2))
    april = facts("CLM-2026-222222", date(2026, 4, 9), "55.10", "Harborview Laboratory Services")
    claims = [march, april]
    assert chosen("About claim CLM-2026-222222 please", claims) == april
    assert chosen("Why was my visit on April 9 billed $55.10?", claims) == april
    assert chosen("harborview lab charged me $55.10 twice", claims) == april
    assert chosen("My harborview visit on April 9", claims) == april
    assert chosen("Why was I billed?", claims) is None
    same_day = [march, facts("CLM-2026-333333", date(2026, 3, 2))]
    assert chosen("My visit on March 2 for $100.00", same_day) is None  # two claims fit


def test_one_detail_alone_or_any_contradiction_means_no_claim():
    march = facts("CLM-2026-111111", date(2026, 3, 2))
    april = facts("CLM-2026-222222", date(2026, 4, 9), "55.10")
    claims = [march, april]
    # A date alone chooses the one claim from that day (stop 33), never one of two from it.
    assert chosen("Why was my visit on April 9 billed?", claims) == april
    same_day = [april, facts("CLM-2026-333333", date(2026, 4, 9))]
    assert chosen("Why was my visit on April 9 billed?", same_day) is None
    # The date matches one claim but the amount the member names matches nothing.
    choice = claim_in_question("My visit on April 9 cost me $812.00, why?", claims)
    assert choice.claim is None and "no claim fits" in choice.reason
    # The claim number is named but the date contradicts it.
    choice = claim_in_question("Claim CLM-2026-222222 from March 2", claims)
    assert choice.claim is None and "date" in choice.reason
    # A claim number the member does not have.
    assert chosen("About claim CLM-2026-999999", claims) is None


def test_a_draft_fills_the_claim_number_from_the_members_claims(
    drafting_model, team, agent, django_capture_on_commit_callbacks
):
    member = served_member(agent, first_name="Rosalind", member_id="M900777")
    claims_import(
        # Denied, as the member says: a draft that calls a paid claim denied is never proposed.
        data=csv_bytes(claim_rows("M900777", number="CLM-2026-7654321", status="denied")),
        filename="c.csv",
        actor=agent,
    )  # fmt: skip
    client_row, _ = careteam_services.api_client_create(name="app", team=team)
    with django_capture_on_commit_callbacks(execute=True):
        stored = careteam_services.member_message_receive(
            client=client_row, member=member, idempotency_key="k", fingerprint="f",
            text="My claim CLM-2026-7654321 was denied for no prior authorization.",
        )  # fmt: skip
    draft = Draft.objects.get(message=stored.message)
    assert "{CLAIM_NUMBER}" in draft.template
    assert "CLM-2026-7654321" in draft.text and "CLAIM_NUMBER" not in draft.unfilled


@pytest.mark.usefixtures("stored_claim")
def test_the_reply_check_knows_the_members_claim_amounts_and_dates(as_user, agent, thread):
    MessageFactory(thread=thread, text="Question about my bill.")
    client = as_user(agent)

    def send(text: str):  # type: ignore[no-untyped-def]
        return client.post(reverse("thread-reply", args=[thread.pk]),
                           {"text": text, "send_token": str(uuid.uuid4())},
                           headers={"HX-Request": "true"})  # fmt: skip

    # claim_rows: billed $180.00 on line 1, service on 2026-03-02, claim CLM-1 (see its conftest)
    wrong = send("Your visit on March 2, 2026 was billed at $181.00.")
    assert wrong.status_code == 422
    assert '<mark class="concern">$181.00</mark>' in wrong.content.decode()
    assert '<mark class="concern">March 2, 2026</mark>' not in wrong.content.decode()
    billed = member_claim_facts(member_pk=thread.member_id)[0].billed
    assert send(f"Your visit on March 2, 2026 was billed at ${billed:,.2f}.").status_code == 200
