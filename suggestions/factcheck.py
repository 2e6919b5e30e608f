"""Checks on a reply before it is sent (registered with careteam's reply checks).

- A placeholder left in the text ({CLAIM_NUMBER}, ...) blocks the send: the records could not
  fill it, and only the agent may.
- Amounts, dates and claim numbers that match nothing in the member's records (their claims,
  through the claims app: numbers, billed, allowed, paid and member amounts, dates of service;
  and what the member wrote in the thread) are highlighted, and the agent must confirm them.
  A draft never invents a fact; an agent can mistype one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from careteam import api as careteam_api
from claims import api as claims_api
from suggestions.templating import Placeholder, find_details, placeholders_in

_WORDY_DATE = re.compile(r"([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?")
_SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2,4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Dates as members write them besides: "10/14" (month first, no year), "10-14-26", "10.14.2026",
# "14 Oct", "the 14th of October, 2026", "el 14 de octubre de 2026", "October fourteenth", "the
# fourteenth of October". Read only where the scan already found a date.
_MONTH_DAY = re.compile(r"(\d{1,2})/(\d{1,2})")
_DASHED_DATE = re.compile(r"(\d{1,2})([-.])(\d{1,2})\2(\d{2}|\d{4})")
_DAY_FIRST_DATE = re.compile(
    r"(?:the |el |día |dia )?(\d{1,2}|[a-z-]+)(?:st|nd|rd|th|º)?(?: of| de)? ([a-zé]+)\.?"
    r"(?:,? (?:de |del )?(\d{4}))?",
    re.IGNORECASE,
)
_MONTH_FIRST_DATE = re.compile(
    r"([a-zé]+)\.? (?:the )?([a-z-]+)(?:,? (?:de |del )?(\d{4}))?", re.IGNORECASE
)
# "Tuesday, October 14": the weekday says nothing more.
_WEEKDAY_BEFORE = re.compile(
    rf"^{careteam_api.month_alternation(careteam_api.ENGLISH_WEEKDAYS)},? ", re.IGNORECASE
)


@dataclass(frozen=True)
class MentionedDate:
    month: int
    day: int
    year: int | None  # "March 3" names no year


# The figure of an amount as members write it, without "$", "USD" or "dólares" around it.
_AMOUNT_FIGURE = re.compile(r"(\d[\d,.]*)")
_DOLLAR_FIGURE = re.compile(r"\$\s?(\d[\d,.]*)")
# A comma before the last one or two digits is a decimal comma ("275,00 dólares", "1.200,50"):
# then full stops group the thousands.
_DECIMAL_COMMA = re.compile(r"\d(?:[\d.]*\d)?,\d{1,2}")


def parse_amount(text: str) -> Decimal | None:
    """The amount of "$1,240.50", "1240.5", "1200 dollars", "275,00 dólares", "1.200,50 €"."""
    # The figure after a dollar sign when there is one: a code before it is no part of it
    # ("99213  $180.00", a line pasted from a statement).
    figure = _DOLLAR_FIGURE.search(text) or _AMOUNT_FIGURE.search(text)
    if figure is None:
        return None
    digits = figure.group(1).rstrip(".,")
    if _DECIMAL_COMMA.fullmatch(digits):
        digits = digits.replace(".", "").replace(",", ".")
    else:
        digits = digits.replace(",", "")
    try:
        return Decimal(digits).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


def parse_date(text: str) -> MentionedDate | None:
    text = _WEEKDAY_BEFORE.sub("", text.strip())
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
        return _valid(month, day, year)
    if match := _SLASH_DATE.fullmatch(text):
        month, day, year = (int(part) for part in match.groups())
        return _valid(month, day, year + 2000 if year < 100 else year)
    if match := _WORDY_DATE.fullmatch(text):
        named = careteam_api.english_month_number(match.group(1))
        stated_year = int(match.group(3)) if match.group(3) else None
        return _valid(named, int(match.group(2)), stated_year) if named else None
    if match := _MONTH_DAY.fullmatch(text):
        return _valid(int(match.group(1)), int(match.group(2)), None)
    if match := _DASHED_DATE.fullmatch(text):
        year = int(match.group(4))
        return _valid(int(match.group(1)), int(match.group(3)), year + 2000 if year < 100 else year)
    # A Spanish month only after the day ("14 de octubre"): "Mayo 2" is as likely a clinic.
    for pattern, day_at, month_at, month_number in (
        (_DAY_FIRST_DATE, 1, 2, _month_number),
        (_MONTH_FIRST_DATE, 2, 1, careteam_api.english_month_number),
    ):
        if match := pattern.fullmatch(text):
            month_found = month_number(match.group(month_at))
            day_found = _day(match.group(day_at))
            year_found = int(match.group(3)) if match.group(3) else None
            if month_found and day_found:
                return _valid(month_found, day_found, year_found)
    return None


def _month_number(word: str) -> int | None:
    return careteam_api.english_month_number(word) or careteam_api.spanish_month_number(word)


def _day(word: str) -> int | None:
    """The day of "14", "fourteenth", "twenty-first"."""
    return int(word) if word.isdigit() else careteam_api.ordinal_day(word)


def _valid(month: int, day: int, year: int | None) -> MentionedDate | None:
    try:
        date(year or 2024, month, day)  # 2024: a leap year, so "Feb 29" without a year stands
    except ValueError:
        return None
    return MentionedDate(month=month, day=day, year=year)


def normalise_claim_number(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


@dataclass
class MemberRecords:
    """The facts a reply may cite: from the member's claims and the member's own messages."""

    amounts: set[Decimal] = field(default_factory=set)
    dates: set[date] = field(default_factory=set)
    partial_dates: set[tuple[int, int]] = field(default_factory=set)  # (month, day), no year
    claim_numbers: set[str] = field(default_factory=set)

    def add_text(self, text: str) -> None:
        for placeholder, value in find_details(text):
            self.add(placeholder, value)

    def add(self, placeholder: Placeholder, value: str) -> None:
        if placeholder == Placeholder.AMOUNT and (amount := parse_amount(value)) is not None:
            self.amounts.add(amount)
        elif placeholder == Placeholder.DATE and (mentioned := parse_date(value)):
            if mentioned.year is None:
                self.partial_dates.add((mentioned.month, mentioned.day))
            else:
                self.dates.add(date(mentioned.year, mentioned.month, mentioned.day))
        elif placeholder == Placeholder.CLAIM_NUMBER:
            self.claim_numbers.add(normalise_claim_number(value))

    def knows(self, placeholder: Placeholder, value: str) -> bool:
        if placeholder == Placeholder.AMOUNT:
            amount = parse_amount(value)
            return amount is None or amount in self.amounts
        if placeholder == Placeholder.DATE:
            mentioned = parse_date(value)
            if mentioned is None:
                return True  # not a date we can read: nothing to compare
            day = (mentioned.month, mentioned.day)
            if mentioned.year is None:
                return day in self.partial_dates or any((d.month, d.day) == day for d in self.dates)
            return date(mentioned.year, *day) in self.dates or day in self.partial_dates
        if placeholder == Placeholder.CLAIM_NUMBER:
            return normalise_claim_number(value) in self.claim_numbers
        return True


_WHAT = {
    Placeholder.AMOUNT: "an amount",
    Placeholder.DATE: "a date",
    Placeholder.CLAIM_NUMBER: "a claim number",
}


def claim_amounts(claim: claims_api.ClaimFacts) -> set[Decimal]:
    """Every amount the claim's record holds: what an EOB or a bill shows of it, the
    "provider discount" (what was billed above the allowed amount) too."""
    discount = (
        claim.billed - claim.allowed
        if claim.allowed is not None and claim.billed > claim.allowed
        else None
    )
    amounts = (
        claim.billed, claim.allowed, claim.paid, claim.patient_responsibility, claim.deductible,
        claim.copay, claim.coinsurance, discount,
    )  # fmt: skip
    return {amount.quantize(Decimal("0.01")) for amount in amounts if amount is not None}


def member_records(candidate: careteam_api.ReplyCandidate) -> MemberRecords:
    records = MemberRecords()
    for text in careteam_api.thread_member_texts(thread_id=candidate.thread_id):
        records.add_text(text)
    for claim in claims_api.member_claim_facts(member_pk=candidate.member_pk, limit=50):
        records.claim_numbers.add(normalise_claim_number(claim.claim_number))
        records.amounts |= claim_amounts(claim)
        day = claim.service_from
        while day <= claim.service_to:
            records.dates.add(day)
            day += timedelta(days=1)
    return records


def unfilled_placeholders(
    candidate: careteam_api.ReplyCandidate,
) -> list[careteam_api.ReplyConcern]:
    return [
        careteam_api.ReplyConcern(
            fragment=placeholder.token,
            message=f"Fill in {placeholder.token} before sending: the records did not have it.",
            blocking=True,
        )
        for placeholder in dict.fromkeys(placeholders_in(candidate.text))
    ]


def unmatched_facts(candidate: careteam_api.ReplyCandidate) -> list[careteam_api.ReplyConcern]:
    details = [
        (placeholder, value)
        for placeholder, value in find_details(candidate.text)
        if placeholder in _WHAT
    ]
    if not details:
        return []
    records = member_records(candidate)
    concerns = []
    for placeholder, value in dict.fromkeys(details):
        if not records.knows(placeholder, value):
            concerns.append(
                careteam_api.ReplyConcern(
                    fragment=value,
                    message=f"{value} is {_WHAT[placeholder]} that the member's records and "
                    "messages do not show.",
                    blocking=False,
                )
            )
    return concerns
