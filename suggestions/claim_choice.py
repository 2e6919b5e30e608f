"""The member's records as a draft uses them: the recent claims, where the member stands in the
plan year, the claim the message singles out (grounding), and the values they fill in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.utils import timezone

from careteam import api as careteam_api
from claims import api as claims_api
from suggestions.grounding import ClaimChoice, claim_in_question, names_a_provider
from suggestions.slots import amount_choices, benefit_slots, claim_slots, written_forms
from suggestions.templating import PLACEHOLDER_TOKEN, Placeholder, find_details


@dataclass(frozen=True)
class FillValues:
    values: dict[Placeholder, str]
    claim: ClaimChoice | None  # None: the message names no claim detail, so none was read

    @property
    def claim_number(self) -> str:
        return self.claim.claim.claim_number if self.claim and self.claim.claim else ""

    @property
    def claim_reason(self) -> str:
        return self.claim.reason if self.claim else ""


@dataclass(frozen=True)
class MemberRecords:
    """What a draft about this message may use: the member's recent claims, where they stand
    in the plan year, and the claim the message is about. Read once per draft."""

    claims: list[claims_api.ClaimFacts]
    benefits: claims_api.BenefitFacts | None
    choice: ClaimChoice | None  # None: the message names no claim detail

    @property
    def claim(self) -> claims_api.ClaimFacts | None:
        return self.choice.claim if self.choice else None


def member_records(
    member: careteam_api.MemberFacts,
    context: str,
    *,
    claims: list[claims_api.ClaimFacts] | None = None,
    on: date | None = None,
) -> MemberRecords:
    if claims is None:
        claims = claims_api.member_claim_facts(member_pk=member.member_pk, limit=20)
    return records_read(context, claims, member_benefits(member, on=on))


def records_read(
    context: str, claims: list[claims_api.ClaimFacts], benefits: claims_api.BenefitFacts | None
) -> MemberRecords:
    """member_records from the claims and plan year already read (no query: training runs it
    in worker processes)."""
    details = find_details(context)
    names_a_claim = any(
        placeholder in CLAIM_DETAILS for placeholder, _ in details
    ) or names_a_provider(context, claims)
    return MemberRecords(
        claims=claims,
        benefits=benefits,
        choice=claim_in_question(context, claims, details) if names_a_claim else None,
    )


def fill_values(
    member: careteam_api.MemberFacts,
    context: str,
    records: MemberRecords | None = None,
    language: str = "en",
) -> FillValues:
    """What the thread's own records can fill: the member, their plan year, and the claim the
    member is asking about when their words single it out (grounding.claim_in_question), as a
    reply in `language` ("en", "es") writes them (slots.LANGUAGE_SLOTS).
    {AGENT_NAME} stays: the draft is signed by whichever agent reads it (sign_draft)."""
    records = records or member_records(member, context)
    values = {
        Placeholder.MEMBER_FIRST_NAME: member.first_name,
        Placeholder.MEMBER_LAST_NAME: member.last_name,
        Placeholder.MEMBER_ID: member.member_id,
        Placeholder.PLAN_NAME: member.plan,
        Placeholder.PHONE: settings.PLAN_PHONE,
        **benefit_slots(records.benefits, language),
    }
    if records.claim is not None:
        values.update(claim_slots(records.claim, language))
        values[Placeholder.DATE] = claims_api.spoken_date(records.claim.service_from, language)
    return FillValues(values, records.choice)


def reply_language(template: str) -> str:
    """The language a reply is written in, "en" or "es", told from its words (its slots left
    out): its slots are filled in that language. English when the detector cannot tell, as every
    reply was filled before."""
    return careteam_api.detect_language(PLACEHOLDER_TOKEN.sub(" ", template)) or "en"


class ValuesByLanguage:
    """fill_values for one message in each language a reply of it is written in, each made once:
    a Spanish reply gets its dates, network words, denial reason and service in Spanish, an
    English one as before (`english`, the values every check of the draft reads)."""

    def __init__(
        self, member: careteam_api.MemberFacts, context: str, records: MemberRecords,
        english: dict[Placeholder, str],
    ) -> None:  # fmt: skip
        self._member, self._context, self._records = member, context, records
        self._by_language = {"en": english}

    def for_reply(self, template: str) -> dict[Placeholder, str]:
        language = reply_language(template)
        if language not in self._by_language:
            self._by_language[language] = fill_values(
                self._member, self._context, self._records, language
            ).values
        return self._by_language[language]


def member_benefits(
    member: careteam_api.MemberFacts, on: date | None = None
) -> claims_api.BenefitFacts | None:
    """Where the member stands in the plan year on that day (today by default)."""
    return claims_api.member_benefits(
        member_pk=member.member_pk, plan=member.plan, on=on or timezone.localdate()
    )


def record_forms(
    member: careteam_api.MemberFacts,
    context: str,
    claims: list[claims_api.ClaimFacts] | None = None,
    on: date | None = None,
    records: MemberRecords | None = None,
) -> tuple[tuple[str, Placeholder], ...]:
    """How the member's claims' fields would be written in a text about them, with their slots;
    the claim the message singles out first, so its values win a tie."""
    records = records or member_records(member, context, claims=claims, on=on)
    chosen = records.claim
    ordered = (
        [chosen, *(c for c in records.claims if c is not chosen)] if chosen else records.claims
    )
    return written_forms(ordered, records.benefits)


def record_amount_choices(
    records: MemberRecords,
) -> tuple[tuple[str, tuple[Placeholder, ...]], ...]:
    """The member's amounts no one field holds, with the fields that do (slots.amount_choices):
    bound by the words around them where those name one."""
    chosen = records.claim
    ordered = (
        [chosen, *(c for c in records.claims if c is not chosen)] if chosen else records.claims
    )
    return amount_choices(ordered, records.benefits)


# The details of a message that can point to one of the member's claims.
CLAIM_DETAILS = (Placeholder.CLAIM_NUMBER, Placeholder.DATE, Placeholder.AMOUNT)


def values_for_template(template: str, values: dict[Placeholder, str]) -> dict[Placeholder, str]:
    """A claim's date fills a template that names one; two {DATE}s are two facts."""
    return {
        placeholder: value
        for placeholder, value in values.items()
        if placeholder != Placeholder.DATE or template.count(placeholder.token) == 1
    }
