"""A reply written in Spanish gets its record values in Spanish: dates, network words, the denial
reason and the service; an English reply keeps them in English."""

from __future__ import annotations

import datetime as dt
from datetime import date
from decimal import Decimal

import pytest
from django.utils import timezone

from careteam.models import Message, Thread
from claims.models import Claim, ClaimAdjustment, ImportBatch, Provider
from claims.reasons import PLAIN_WORDS, SERVICE_WORDS, plain_words_in
from suggestions import drafting
from suggestions.api import model_version_promote
from suggestions.claim_choice import reply_language
from suggestions.models import Draft
from suggestions.slots import LANGUAGE_SLOTS, claim_slots, date_forms
from suggestions.templating import Placeholder as P
from tests.factories import MemberFactory, MessageFactory, ThreadFactory
from tests.support.artifacts import artifact_text
from training.services import model_train

pytestmark = pytest.mark.django_db


def _denied_claim(member, number: str, day: date, code: str) -> Claim:
    provider, _ = Provider.objects.get_or_create(
        key="name:riverside", defaults={"name": "Riverside Imaging Center"}
    )
    batch = ImportBatch.objects.create(filename="t.csv", sha256="0" * 64, outcome="imported")
    claim = Claim.objects.create(
        member=member, payer_key="ACME1", payer_name="Acme", claim_number=number,
        kind="professional", status="denied", service_from=day, service_to=day,
        billing_provider=provider, billing_network="out", billed=Decimal("800.00"),
        allowed=Decimal("0.00"), paid=Decimal("0.00"), patient_responsibility=Decimal("800.00"),
        batch=batch, content_hash=number, adjudicated_at=timezone.now(),
    )  # fmt: skip
    ClaimAdjustment.objects.create(
        claim=claim, position=1, group="CO", reason=code, amount=Decimal("800.00")
    )
    return claim


def _answered_thread(team, agent, member, at, question: str, reply: str) -> None:
    thread = ThreadFactory(team=team, member=member, status=Thread.Status.CLOSED,
                           created_at=at, closed_at=at)  # fmt: skip
    MessageFactory(thread=thread, created_at=at, text=question)
    MessageFactory(
        thread=thread, direction=Message.Direction.OUTBOUND, author=agent,
        created_at=at + dt.timedelta(minutes=5), text=reply,
    )  # fmt: skip


def test_every_denial_reason_and_service_the_product_words_has_a_spanish_wording():
    for english in (*PLAIN_WORDS.values(), *SERVICE_WORDS.values()):
        spanish = plain_words_in(english, "es")
        assert spanish and spanish != english, english
        assert plain_words_in(english, "en") == english
    # A language with no wordings, or words that are not ours, stay as they are.
    assert plain_words_in("the service is not covered by your plan", "fr").startswith("the")
    assert plain_words_in("a custom reason", "es") == "a custom reason"


def test_a_claims_language_slots_are_written_in_the_replys_language(team):
    member = MemberFactory()
    _denied_claim(member, "CLM-1", date(2026, 10, 14), "50")
    facts = drafting.claims_api.member_claim_facts(member_pk=member.pk)[0]
    english, spanish = claim_slots(facts), claim_slots(facts, "es")
    assert english[P.DATE_OF_SERVICE] == "October 14, 2026"
    assert spanish[P.DATE_OF_SERVICE] == "14 de octubre de 2026"
    assert english[P.NETWORK_STATUS] == "out of network"
    assert spanish[P.NETWORK_STATUS] == "fuera de la red"
    assert english[P.DENIAL_REASON] == "the plan did not find the service medically necessary"
    assert spanish[P.DENIAL_REASON] == "el plan no consideró el servicio médicamente necesario"
    # Amounts and the claim's number read the same in both.
    assert spanish[P.MEMBER_OWES] == english[P.MEMBER_OWES] == "$800.00"
    assert {p for p in english if english[p] != spanish[p]} <= LANGUAGE_SLOTS
    assert "14 de octubre de 2026" in date_forms(date(2026, 10, 14))


def test_the_reply_language_is_told_from_its_words_not_its_slots():
    assert reply_language("Hola {MEMBER_FIRST_NAME}, su reclamación se negó. {AGENT_NAME}") == "es"
    assert reply_language("Hi {MEMBER_FIRST_NAME}, your claim was denied. {AGENT_NAME}") == "en"
    assert reply_language("{AGENT_NAME}") == "en"  # nothing to tell by: as before


def test_a_spanish_message_on_a_denied_claim_gets_a_spanish_draft_with_a_spanish_reason(
    team, agent, settings, tmp_path
):
    settings.SUGGESTION_MODEL_DIR = tmp_path / "models"
    settings.SUGGESTION_MIN_CONFIDENCE = 0.0
    start = timezone.now() - dt.timedelta(days=60)
    for number in range(24):
        day = (start - dt.timedelta(days=number)).date()
        member = MemberFactory(first_name=f"Zelda{number}")
        claim = f"CLM-2026-{7000000 + number}"
        _denied_claim(member, claim, day, "96")
        reason = PLAIN_WORDS["96"]
        _answered_thread(
            team, agent, member, start + dt.timedelta(hours=number),
            f"¿Por qué negaron mi reclamación {claim}? No entiendo la negación.",
            f"Hola Zelda{number}, la reclamación {claim} del {claim_slots_day(day, 'es')} se "
            f"negó por este motivo: {plain_words_in(reason, 'es')}. Puede apelar la decisión. "
            "Saludos, Ana",
        )  # fmt: skip
        member = MemberFactory(first_name=f"Yara{number}")
        claim = f"CLM-2026-{7100000 + number}"
        _denied_claim(member, claim, day, "96")
        _answered_thread(
            team, agent, member, start + dt.timedelta(hours=number, minutes=30),
            f"Why was my claim {claim} denied? I don't understand the denial.",
            f"Hi Yara{number}, claim {claim} from {claim_slots_day(day, 'en')} was denied "
            f"because {reason}. You can appeal the decision. Ana",
        )  # fmt: skip
    version = model_version_promote(version=model_train(actor=None).version, actor=None)
    artifact = artifact_text(version)
    # Learned as slots in both languages, never as the words of one claim.
    assert "{DENIAL_REASON}" in artifact and "{DATE_OF_SERVICE}" in artifact
    assert plain_words_in(PLAIN_WORDS["96"], "es") not in artifact
    assert PLAIN_WORDS["96"] not in artifact

    member = MemberFactory(first_name="Rosalind")
    _denied_claim(member, "CLM-2026-8000001", date(2026, 9, 3), "50")
    spanish = MessageFactory(
        thread=ThreadFactory(team=team, member=member),
        text="¿Por qué negaron mi reclamación CLM-2026-8000001? No entiendo la negación.",
    )
    assert drafting.draft_create(spanish.pk) == "drafted"
    draft = Draft.objects.get(message=spanish)
    assert draft.text.startswith("Hola Rosalind")
    assert "el plan no consideró el servicio médicamente necesario" in draft.text
    assert "3 de septiembre de 2026" in draft.text
    assert "medically necessary" not in draft.text and "September" not in draft.text

    other = MemberFactory(first_name="Tobias")
    _denied_claim(other, "CLM-2026-8000002", date(2026, 9, 3), "50")
    english = MessageFactory(
        thread=ThreadFactory(team=team, member=other),
        text="Why was my claim CLM-2026-8000002 denied? I don't understand the denial.",
    )
    assert drafting.draft_create(english.pk) == "drafted"
    draft = Draft.objects.get(message=english)
    assert draft.text.startswith("Hi Tobias")
    assert "because the plan did not find the service medically necessary" in draft.text
    assert "September 3, 2026" in draft.text and "septiembre" not in draft.text


def claim_slots_day(day: date, language: str) -> str:
    return drafting.claims_api.spoken_date(day, language)
