"""Which of the member's claims a message is about, only on consistent evidence.

A draft fills a claim's number, provider and date only when the member's words single out one
claim: its number (and nothing else they wrote contradicts it), two kinds of detail that agree
on it (date of service and amount, date and provider, amount and provider), its provider alone
when no other claim of the member's is from that provider, or, when they name no provider, an
amount alone that no other claim of theirs holds (one strong detail that leaves no other claim
to mean), or a date of service with its month ("my ER trip on 10/12", "la consulta del 14 de
octubre") that no other claim of theirs shares, when the words before it do not make it the day
a bill, a letter or a call came ("on the 3rd" names no month and never counts). Any detail that
contradicts the claim means no claim, and the draft keeps a visible slot for the agent. An
amount on no claim of the member's (a bill's line, a price quoted at the desk, what they
expected) contradicts nothing when another amount they wrote is the claim's: it points to no
other claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from claims import api as claims_api
from suggestions import factcheck
from suggestions.templating import Placeholder, find_details

# Words that every provider name shares, which say nothing about which provider is meant.
_GENERIC_PROVIDER_WORDS = frozenset(
    re.findall(
        r"\w+",
        "center centre hospital clinic group medicine medical associates services physicians "
        "pediatrics cardiology dermatology orthopedic orthopedics therapy physical imaging "
        "laboratory laboratories labs health radiology pharmacy urgent care surgery surgical "
        "regional family emergency street doctor saint",
    )
)


@dataclass(frozen=True)
class ClaimChoice:
    """The claim a message is about (or None) and, for the agent, why."""

    claim: claims_api.ClaimFacts | None
    reason: str


@dataclass(frozen=True)
class Evidence:
    numbers: frozenset[str]
    dates: tuple[factcheck.MentionedDate, ...]
    amounts: frozenset[Decimal]
    words: frozenset[str]
    names_a_provider: bool = False  # a provider's name is among the details found

    @classmethod
    def of(cls, context: str, details: list[tuple[Placeholder, str]]) -> Evidence:
        numbers, dates, amounts = set(), [], set()
        for placeholder, value in details:
            if placeholder == Placeholder.CLAIM_NUMBER:
                numbers.add(factcheck.normalise_claim_number(value))
            elif placeholder == Placeholder.DATE and (mentioned := factcheck.parse_date(value)):
                dates.append(mentioned)
            elif placeholder == Placeholder.AMOUNT and (amount := factcheck.parse_amount(value)):
                amounts.add(amount)
        words = frozenset(re.findall(r"[a-z]+", context.lower()))
        provider = any(placeholder == Placeholder.PROVIDER_NAME for placeholder, _ in details)
        return cls(frozenset(numbers), tuple(dates), frozenset(amounts), words, provider)


def _date_agrees(mentioned: factcheck.MentionedDate, claim: claims_api.ClaimFacts) -> bool:
    years = (
        [mentioned.year]
        if mentioned.year
        else range(claim.service_from.year, claim.service_to.year + 1)
    )
    for year in years:
        try:
            day = date(year, mentioned.month, mentioned.day)
        except ValueError:
            continue
        if claim.service_from <= day <= claim.service_to:
            return True
    return False


def provider_words(name: str) -> frozenset[str]:
    """The words of a provider's name that tell it apart ("harborview" of "Harborview Lab")."""
    return frozenset(
        word
        for word in re.findall(r"[a-z]+", name.lower())
        if len(word) >= 4 and word not in _GENERIC_PROVIDER_WORDS
    )


def _agreement(
    evidence: Evidence,
    claim: claims_api.ClaimFacts,
    claims: list[claims_api.ClaimFacts] | None = None,
) -> tuple[list[str], str]:
    """Which kinds of detail agree with the claim, and the first detail that contradicts it.
    `claims`: the member's claims; given them, an amount no claim of theirs holds contradicts
    this claim only when no other amount given is this claim's."""
    agreeing = []
    amounts = factcheck.claim_amounts(claim)
    if evidence.dates:
        if not all(_date_agrees(mentioned, claim) for mentioned in evidence.dates):
            return [], "a date the member gave is not this claim's date of service"
        agreeing.append("date of service")
    if evidence.amounts:
        stray = evidence.amounts - amounts
        if stray and (
            stray == evidence.amounts
            or claims is None
            or any(stray & factcheck.claim_amounts(other) for other in claims if other is not claim)
        ):
            return [], "an amount the member gave is not on this claim"
        agreeing.append("amount")
    if provider_words(claim.provider_name) & evidence.words:
        agreeing.append("provider")
    return agreeing, ""


def claim_in_question(
    context: str,
    claims: list[claims_api.ClaimFacts],
    details: list[tuple[Placeholder, str]] | None = None,
) -> ClaimChoice:
    """The one claim the member's words point to, or none with the reason why not."""
    details = find_details(context) if details is None else details
    evidence = Evidence.of(context, details)
    if evidence.numbers:
        number_of = factcheck.normalise_claim_number
        named = [c for c in claims if number_of(c.claim_number) in evidence.numbers]
        if len(named) != 1 or len(evidence.numbers) != 1:
            return ClaimChoice(None, "the claim number given is not one of the member's claims")
        _, conflict = _agreement(evidence, named[0], claims)
        if conflict:
            return ClaimChoice(None, f"the claim number is named, but {conflict}")
        return ClaimChoice(named[0], "the member gave its claim number")
    consistent = []
    for claim in claims:
        agreeing, conflict = _agreement(evidence, claim, claims)
        if not conflict and len(agreeing) >= 2:
            consistent.append((claim, agreeing))
    if not consistent:
        if any(provider_words(claim.provider_name) & evidence.words for claim in claims):
            return only_claim_from_provider(evidence, claims)
        if evidence.amounts:
            return only_claim_with_amount(evidence, claims)
        return only_claim_on_date(context, details, evidence, claims)
    if len(consistent) != 1:
        return ClaimChoice(None, "more than one claim fits")
    claim, agreeing = consistent[0]
    return ClaimChoice(claim, f"its {' and '.join(agreeing)} match what the member wrote")


def names_a_provider(context: str, claims: list[claims_api.ClaimFacts]) -> bool:
    """Whether the member's words name the provider of one of these claims."""
    words = frozenset(re.findall(r"[a-z]+", context.lower()))
    return any(provider_words(claim.provider_name) & words for claim in claims)


_NO_CLAIM_FITS = "no claim fits every detail given"


def only_claim_from_provider(
    evidence: Evidence, claims: list[claims_api.ClaimFacts]
) -> ClaimChoice:
    """The claim whose provider the member named, when it is the member's only claim from a
    provider they named and nothing else they wrote (a date, an amount) contradicts it."""
    named = [claim for claim in claims if provider_words(claim.provider_name) & evidence.words]
    if not named:
        return ClaimChoice(None, _NO_CLAIM_FITS)
    if len(named) > 1:
        return ClaimChoice(None, "more than one of the member's claims is from a provider named")
    _, conflict = _agreement(evidence, named[0], claims)
    if conflict:
        return ClaimChoice(None, f"the provider is named, but {conflict}")
    return ClaimChoice(
        named[0], "its provider matches what the member wrote, and no other claim is from it"
    )


def only_claim_with_amount(evidence: Evidence, claims: list[claims_api.ClaimFacts]) -> ClaimChoice:
    """The claim that holds the amount the member wrote ("why do I owe $96.00?"), when no other
    claim of theirs holds any amount they wrote and nothing they wrote contradicts it. A zero
    ("$0 owed") is no evidence: it is never read as an amount given."""
    if not evidence.amounts:
        return ClaimChoice(None, _NO_CLAIM_FITS)
    holding = [claim for claim in claims if evidence.amounts & factcheck.claim_amounts(claim)]
    if len(holding) > 1:
        return ClaimChoice(None, "more than one of the member's claims holds an amount given")
    if not holding:
        return ClaimChoice(None, _NO_CLAIM_FITS)
    agreeing, conflict = _agreement(evidence, holding[0], claims)
    if not conflict and evidence.names_a_provider and "provider" not in agreeing:
        conflict = "the provider the member named is not this claim's"
    if conflict:
        return ClaimChoice(None, f"an amount given is on one claim, but {conflict}")
    return ClaimChoice(
        holding[0], "its amount matches what the member wrote, and no other claim holds it"
    )


# Words just before a date that make it the day something other than the care happened: a bill,
# a letter or a statement dated or received, a call, a due date, a deadline ("the bill dated
# 10/3", "I called on Nov 4", "pay by 12/1", "recibí la carta el 3 de octubre").
_NOT_A_SERVICE_DAY_BEFORE = re.compile(
    r"(?i:\b(?:dated|received|receive|mailed|sent|arrived|came|got|get|called|call|spoke|"
    r"talked|due|by|until|till|before|after|since|deadline|expires?|effective|enrolled|born|"
    r"letter|statement|notice|invoice|bill|paid|pay|recib[ií]\w*|lleg[oó]|llam[eé]|vence|"
    r"pagu[eé]|desde|hasta|antes|despu[eé]s|carta|aviso|factura)"
    r"(?: \w+){0,2}? (?:on |el |the |for |of |del |de )?(?:\w+,? )?$)"
)


def only_claim_on_date(
    context: str,
    details: list[tuple[Placeholder, str]],
    evidence: Evidence,
    claims: list[claims_api.ClaimFacts],
) -> ClaimChoice:
    """The claim whose date of service the member wrote, month and day ("my ER trip on 10/12",
    "la consulta del 14 de octubre"), when no other claim of theirs is from that day, no provider
    they named is another's, and no date they wrote reads as the day a bill, a letter or a call
    came rather than the day of the care."""
    if not evidence.dates or evidence.names_a_provider:
        return ClaimChoice(None, _NO_CLAIM_FITS)
    for placeholder, value in details:
        at = context.find(value) if placeholder == Placeholder.DATE else -1
        if at >= 0 and _NOT_A_SERVICE_DAY_BEFORE.search(context[max(0, at - 40) : at]):
            return ClaimChoice(None, "a date given may be when a bill or a letter came")
    on_date = [c for c in claims if all(_date_agrees(d, c) for d in evidence.dates)]
    if len(on_date) > 1:
        return ClaimChoice(None, "more than one of the member's claims is from the date given")
    if not on_date:
        return ClaimChoice(None, _NO_CLAIM_FITS)
    return ClaimChoice(
        on_date[0],
        "its date of service matches what the member wrote, and no other claim is from it",
    )
