"""Typed values read from segments (amounts, dates, periods, units, providers), each bad one
recorded as a problem, and the drafts a claim is assembled in."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from claims.importers import Problems, to_cents
from claims.importers.x12.envelope import Segment
from claims.records import Adjustment, Provider

_AMOUNT = re.compile(r"-?(\d+(\.\d*)?|\.\d+)")


class Values:
    """Reads typed values from segments, recording a problem for each bad one."""

    def __init__(self, problems: Problems) -> None:
        self.problems = problems

    def amount(
        self, segment: Segment, ref: str, label: str, *, required: bool = True
    ) -> Decimal | None:
        number = self.number(segment, ref, label, required=required)
        return None if number is None else to_cents(number)

    def number(
        self, segment: Segment, ref: str, label: str, *, required: bool = True
    ) -> Decimal | None:
        text = segment.value(ref)
        if not text:
            if required:
                self.problems.add(segment.where, f"{ref} {label}", "required amount is missing")
            return None
        if not _AMOUNT.fullmatch(text):
            self.problems.add(segment.where, f"{ref} {label}", "not a decimal amount")
            return None
        try:
            return Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
            self.problems.add(segment.where, f"{ref} {label}", "not a decimal amount")
            return None

    def day(self, segment: Segment, ref: str, label: str) -> date | None:
        text = segment.value(ref)
        parsed = ccyymmdd(text)
        if parsed is None:
            self.problems.add(
                segment.where, f"{ref} {label}", "not a valid date (CCYYMMDD expected)"
            )
        return parsed

    def period(
        self, segment: Segment, qualifier_ref: str, value_ref: str, label: str
    ) -> tuple[date, date] | None:
        """D8 (one date) or RD8 (CCYYMMDD-CCYYMMDD) as (from, to)."""
        qualifier = segment.value(qualifier_ref)
        text = segment.value(value_ref)
        if qualifier == "D8":
            day = ccyymmdd(text)
            if day is None:
                self.problems.add(
                    segment.where, f"{value_ref} {label}", "not a valid date (CCYYMMDD expected)"
                )
                return None
            return day, day
        if qualifier == "RD8":
            start_text, _, end_text = text.partition("-")
            start, end = ccyymmdd(start_text), ccyymmdd(end_text)
            if start is None or end is None:
                self.problems.add(
                    segment.where,
                    f"{value_ref} {label}",
                    "not a valid date range (CCYYMMDD-CCYYMMDD expected)",
                )
                return None
            if end < start:
                self.problems.add(
                    segment.where, f"{value_ref} {label}", "the range ends before it starts"
                )
                return None
            return start, end
        self.problems.add(
            segment.where, f"{qualifier_ref} date format", "expected D8 or RD8 as the date format"
        )
        return None

    def units(self, segment: Segment, ref: str, label: str) -> Decimal:
        text = segment.value(ref)
        if not text:
            return Decimal(1)
        quantity = self.number(segment, ref, label)
        if quantity is None:
            return Decimal(1)
        if quantity <= 0:
            self.problems.add(segment.where, f"{ref} {label}", "units must be positive")
        return quantity


def ccyymmdd(text: str) -> date | None:
    if len(text) != 8 or not text.isdigit():
        return None
    try:
        return datetime.strptime(text, "%Y%m%d").date()  # noqa: DTZ007 - a date, no time zone
    except ValueError:
        return None


def nm1_provider(segment: Segment, taxonomy: str = "") -> Provider:
    """NM1: organisation (NM102 = 2) or person name, NPI when NM108 = XX."""
    if segment.value("NM102") == "1":
        name = f"{segment.value('NM104')} {segment.value('NM103')}".strip()
    else:
        name = segment.value("NM103")
    npi = segment.value("NM109") if segment.value("NM108") == "XX" else ""
    return Provider(npi=npi, name=name, taxonomy=taxonomy)


def check_npi(segment: Segment, values: Values) -> None:
    npi = segment.value("NM109") if segment.value("NM108") == "XX" else ""
    if npi and not (len(npi) == 10 and npi.isdigit()):
        values.problems.add(segment.where, "NM109 NPI", "an NPI has 10 digits")


def sum_known(amounts: Iterable[Decimal | None]) -> Decimal | None:
    known = list(amounts)
    if not known or any(amount is None for amount in known):
        return None
    return sum((amount for amount in known if amount is not None), Decimal(0))


@dataclass
class Draft:
    """A claim being assembled from its segments (records are frozen)."""

    start: Segment
    fields: dict[str, object] = field(default_factory=dict)
    lines: list[LineDraft] = field(default_factory=list)
    diagnosis_qualifiers: set[str] = field(default_factory=set)


@dataclass
class LineDraft:
    start: Segment
    fields: dict[str, object] = field(default_factory=dict)
    adjustments: list[Adjustment] = field(default_factory=list)
