"""The typed slots of a claim: what fills them in a draft, and how a past reply wrote them.

A draft fills {MEMBER_OWES}, {DENIAL_REASON}, {APPEAL_DEADLINE}... from the one claim the
message is about (grounding), never from another. At training, an amount or date of a past reply
that equals a field of the member's claims becomes that field's slot, so the model learns
"you owe {MEMBER_OWES}" rather than "you owe {AMOUNT}" and never holds the value itself.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings

from claims import api as claims_api
from suggestions.amount_words import DOLLAR_FIGURE
from suggestions.templating import Placeholder

P = Placeholder
# When two fields hold the same amount, a reply most likely meant the first of them.
_MONEY_FIELDS = (
    (P.MEMBER_OWES, "patient_responsibility"), (P.PLAN_PAID, "paid"), (P.ALLOWED, "allowed"),
    (P.BILLED, "billed"), (P.DEDUCTIBLE_APPLIED, "deductible"), (P.COPAY, "copay"),
    (P.COINSURANCE, "coinsurance"),
)  # fmt: skip


# "$1,240.50" in every language: the team's Spanish replies write dollars as the English ones
# do (the usual US Spanish way, "$1,240.50", not "1.240,50 $").
money = claims_api.dollars  # "$1,240.50", as the claims pages write amounts
spoken = claims_api.spoken_date  # "March 3, 2026"; spoken(day, "es"): "3 de marzo de 2026"

# The slots whose value is words of a language (dates, network, reason, service): a draft fills
# them in its reply's language. Amounts, numbers and names read the same in every language.
LANGUAGE_SLOTS = frozenset(
    (
        P.DATE, P.DATE_OF_SERVICE, P.PROCESSED_DATE, P.APPEAL_DEADLINE, P.PLAN_YEAR_END,
        P.NETWORK_STATUS, P.DENIAL_REASON, P.SERVICE,
    )
)  # fmt: skip
_NETWORK_WORDS = {
    "en": {"in": "in network", "out": "out of network"},
    "es": {"in": "dentro de la red", "out": "fuera de la red"},
}


def money_forms(amount: Decimal) -> tuple[str, ...]:
    """The ways a reply writes an amount: "$1,240.50", "1,240.50", "$1240.50"."""
    return (money(amount), f"{amount:,.2f}", f"${amount:.2f}")


def appeal_deadline(claim: claims_api.ClaimFacts) -> date | None:
    """The last day to appeal a denial: the plan's appeal window from the processing date."""
    if claim.status != "denied" or claim.processed_on is None:
        return None
    return claim.processed_on + timedelta(days=settings.APPEAL_WINDOW_DAYS)


def date_forms(day: date | None) -> list[str]:
    """The ways a reply writes a date, English then Spanish ("14 de octubre de 2026")."""
    if day is None:
        return []
    numeric = f"{day.month}/{day.day}/{day.year}"
    in_spanish = spoken(day, "es")
    return [
        spoken(day), f"{day:%B} {day.day}", numeric, f"{day:%m/%d/%Y}", day.isoformat(),
        in_spanish, in_spanish.rsplit(" de ", 1)[0],
    ]  # fmt: skip


# Every slot claim_slots can fill: a reply naming none of them says nothing of a claim.
CLAIM_SLOTS = frozenset(
    (
        P.CLAIM_NUMBER, P.PROVIDER_NAME, P.DATE_OF_SERVICE,
        *(placeholder for placeholder, _ in _MONEY_FIELDS),
        P.NETWORK_STATUS, P.DENIAL_REASON, P.SERVICE, P.PROCESSED_DATE, P.APPEAL_DEADLINE,
    )
)  # fmt: skip


def claim_slots(claim: claims_api.ClaimFacts, language: str = "en") -> dict[Placeholder, str]:
    """Every slot this claim's record can fill, as a draft in `language` ("en", "es") writes it
    (LANGUAGE_SLOTS in that language; English for a language with no wording of its own)."""
    values = {
        P.CLAIM_NUMBER: claim.claim_number,
        P.PROVIDER_NAME: claim.provider_name,
        P.DATE_OF_SERVICE: spoken(claim.service_from, language),
    }
    for placeholder, name in _MONEY_FIELDS:
        amount = getattr(claim, name)
        if amount is not None:
            values[placeholder] = money(amount)
    if claim.network in ("in", "out"):
        values[P.NETWORK_STATUS] = _NETWORK_WORDS.get(language, _NETWORK_WORDS["en"])[claim.network]
    if claim.denial_reason:
        values[P.DENIAL_REASON] = claims_api.plain_words_in(claim.denial_reason, language)
    if claim.service:
        values[P.SERVICE] = claims_api.plain_words_in(claim.service, language)
    if claim.processed_on:
        values[P.PROCESSED_DATE] = spoken(claim.processed_on, language)
    if deadline := appeal_deadline(claim):
        values[P.APPEAL_DEADLINE] = spoken(deadline, language)
    return values


def benefit_slots(
    benefits: claims_api.BenefitFacts | None, language: str = "en"
) -> dict[Placeholder, str]:
    """The member's plan-year figures, as a draft in `language` writes them."""
    if benefits is None:
        return {}
    return {
        P.DEDUCTIBLE: money(benefits.deductible),
        P.DEDUCTIBLE_MET: money(benefits.deductible_met),
        P.DEDUCTIBLE_REMAINING: money(benefits.deductible_remaining),
        P.OOP_MAX: money(benefits.out_of_pocket_max),
        P.OOP_MET: money(benefits.out_of_pocket_met),
        P.PLAN_YEAR_END: spoken(benefits.year_ends, language),
    }


def written_forms(
    claims: list[claims_api.ClaimFacts], benefits: claims_api.BenefitFacts | None = None
) -> tuple[tuple[str, Placeholder], ...]:
    """The ways a reply writes each claim field's value, with its slot: what training replaces.
    Claims first in the list win a tie (the claim the message is about comes first).

    An amount that is both a plan-year figure and a claim's amount (a member whose one claim of
    the year makes the year's total) says nothing about which one the reply meant: it is bound
    to neither, so "your share is $45.00" never becomes {OOP_MET} nor "you've met $45.00 of
    your deductible" {MEMBER_OWES} by its value alone; amount_choices lists it, and it is bound
    only where the words around it name one field, else it reaches a draft as a visible
    {AMOUNT} slot."""
    forms: dict[str, Placeholder] = {}
    claim_amounts = {
        form
        for claim in claims
        for _, name in _MONEY_FIELDS
        if getattr(claim, name)
        for form in money_forms(getattr(claim, name))
    }
    ambiguous: set[str] = set()
    if benefits is not None:
        for placeholder, amount in _year_amounts(benefits):
            for form in money_forms(amount) if amount else ():
                if form in claim_amounts:
                    ambiguous.add(form)
                else:
                    forms.setdefault(form, placeholder)
        for form in date_forms(benefits.year_ends):
            forms.setdefault(form, P.PLAN_YEAR_END)
    for claim in claims:
        forms.setdefault(claim.claim_number, P.CLAIM_NUMBER)
        for placeholder, name in _MONEY_FIELDS:
            amount = getattr(claim, name)
            for form in money_forms(amount) if amount else ():  # "$0.00" is no detail
                forms.setdefault(form, placeholder)
        for day, placeholder in (
            (claim.service_from, P.DATE_OF_SERVICE), (claim.processed_on, P.PROCESSED_DATE),
            (appeal_deadline(claim), P.APPEAL_DEADLINE),
        ):  # fmt: skip
            for form in date_forms(day):
                forms.setdefault(form, placeholder)
        # As an English or a Spanish reply writes them.
        for language in ("en", "es"):
            if claim.denial_reason:
                forms.setdefault(
                    claims_api.plain_words_in(claim.denial_reason, language), P.DENIAL_REASON
                )
            if claim.service:
                forms.setdefault(claims_api.plain_words_in(claim.service, language), P.SERVICE)
    return tuple((form, slot) for form, slot in forms.items() if form not in ambiguous)


def _year_amounts(benefits: claims_api.BenefitFacts) -> tuple[tuple[Placeholder, Decimal], ...]:
    return (
        (P.DEDUCTIBLE, benefits.deductible), (P.DEDUCTIBLE_MET, benefits.deductible_met),
        (P.DEDUCTIBLE_REMAINING, benefits.deductible_remaining),
        (P.OOP_MAX, benefits.out_of_pocket_max), (P.OOP_MET, benefits.out_of_pocket_met),
    )  # fmt: skip


def amount_choices(
    claims: list[claims_api.ClaimFacts], benefits: claims_api.BenefitFacts | None = None
) -> tuple[tuple[str, tuple[Placeholder, ...]], ...]:
    """The amounts written_forms binds to no field, each with the fields that hold it: one that
    is both a plan-year figure and a claim's amount, and $0.00 (held by many fields). Training
    binds such an amount only where the words right around it name exactly one of these
    fields (suggestions.amount_words); elsewhere it stays a plain {AMOUNT}.

    Also the amounts two or more fields hold, on one claim or across claims, with those fields
    (the claim the message is about first in `claims`, as for written_forms): written_forms
    binds them to the first by value; the words around one may name another."""
    holders: dict[Decimal, list[Placeholder]] = {}
    year = _year_amounts(benefits) if benefits is not None else ()
    for placeholder, amount in year:
        holders.setdefault(amount, []).append(placeholder)
    for claim in claims:
        for placeholder, name in _MONEY_FIELDS:
            if (amount := getattr(claim, name)) is not None:
                holders.setdefault(amount, []).append(placeholder)
    year_amounts = {amount for _, amount in year if amount}
    claim_amounts = {getattr(c, name) for c in claims for _, name in _MONEY_FIELDS}
    choices: dict[str, tuple[Placeholder, ...]] = {}
    for amount, fields in holders.items():
        if amount == 0 or (amount in year_amounts and amount in claim_amounts):
            for form in money_forms(amount):
                choices.setdefault(form, tuple(dict.fromkeys(fields)))
    # An amount two fields hold (one claim's allowed amount and share when the plan paid
    # nothing, or one claim's copay and another's share): written_forms binds it to the first
    # of them by value, unless the words around it name another.
    for amount, fields in holders.items():
        if amount and len(set(fields)) >= 2:
            for form in money_forms(amount):
                choices.setdefault(form, tuple(dict.fromkeys(fields)))
    return tuple(choices.items())


def amounts_as_slots(template: str) -> str:
    """The template with each dollar figure it writes as a visible {AMOUNT} slot: a draft states
    no amount that no field of this member's records is bound to; the agent fills it or not.
    Such a figure is a past reply's amount no field held at training (a zero is no detail there,
    so "your share is $0.00" stayed as written)."""
    return DOLLAR_FIGURE.sub(Placeholder.AMOUNT.token, template)
