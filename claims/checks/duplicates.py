"""Duplicate claims and lines, exact and suspected, against the member's other claims.

Exact: same member, billing provider, dates, codes, modifiers, units and charges (the claim
number may differ: a resubmission under a new number is the classic duplicate). Suspected: the
same member, day and codes with a different provider, units or charges. Only claims of the same
payer are compared (a second payer's claim for the same care is coordination of benefits), and
never another version of the same claim: a replacement (frequency 7) or void (8) with the same
claim number, or naming the same payer control number, is a correction (base.current_history).
Lines with repeat-procedure modifiers (76, 77, 91) are separate services by definition.

One flag per duplicate: the later claim (received later; by claim number when neither says
when it was received) or the later line of one claim is flagged, naming the earlier one; the
earlier claim or line is the original and is not flagged.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from claims.checks.base import (
    current_history,
    dollars,
    line_day,
    lines_phrase,
    make_finding,
    number,
    one_finding_for_lines,
    same_billing_provider,
    spoken_date,
)
from claims.records import Claim, Finding, Line
from claims.reference.lookup import Reference

REPEAT_MODIFIERS = frozenset({"76", "77", "91"})

LineKey = tuple[date, str]
LineSignature = tuple[date, str, tuple[str, ...], Decimal, Decimal]


def _signature(claim: Claim, line: Line) -> LineSignature:
    return (
        line_day(claim, line),
        line.procedure_code,
        tuple(sorted(line.modifiers)),
        line.units,
        line.billed,
    )


def _claim_signature(claim: Claim) -> tuple[object, ...]:
    return (
        claim.billing_provider.npi,
        claim.service_from,
        claim.service_to,
        claim.billed,
        tuple(sorted(Counter(_signature(claim, line) for line in claim.lines).items())),
    )


def _codes_by_day(claim: Claim) -> tuple[object, ...]:
    return (
        claim.service_from,
        claim.service_to,
        tuple(
            sorted(Counter((line_day(claim, ln), ln.procedure_code) for ln in claim.lines).items())
        ),
    )


def check_duplicates(
    claim: Claim, *, history: Sequence[Claim], reference: Reference
) -> list[Finding]:
    if claim.frequency == "8" or not claim.lines:
        return []
    others = [
        other
        for other in current_history(claim, history)
        if other.payer_key == claim.payer_key and other.lines and _received_before(other, claim)
    ]
    findings: list[Finding] = []
    # Whole-claim comparisons only for claims of the same dates and length (cheap to tell).
    alike = [
        other
        for other in others
        if other.service_from == claim.service_from
        and other.service_to == claim.service_to
        and len(other.lines) == len(claim.lines)
    ]
    if alike:
        signature = _claim_signature(claim)
        exact = [other for other in alike if _claim_signature(other) == signature]
        if exact:
            return [_duplicate_claim(claim, exact)]
        by_day = _codes_by_day(claim)
        suspected = [other for other in alike if _codes_by_day(other) == by_day]
        if suspected:
            return [_suspected_claim(claim, suspected)]
    findings.extend(_duplicate_lines(claim, others))
    return findings


def _received_before(other: Claim, claim: Claim) -> bool:
    mine, theirs = claim.received_at, other.received_at
    if mine is not None and theirs is not None and mine != theirs:
        return theirs < mine
    return other.claim_number < claim.claim_number


def _duplicate_claim(claim: Claim, others: list[Claim]) -> Finding:
    numbers = ", ".join(other.claim_number for other in others)
    return make_finding(
        "duplicate-claim",
        claim,
        summary=f"Same as claim {numbers}",
        explanation=(
            f"This claim looks like an exact copy of claim {numbers}, received before it: the "
            "same provider, "
            f"dates ({spoken_date(claim.service_from)}), services, units and charges "
            f"({dollars(claim.billed)}). If both are paid or both are billed to the member, the "
            "member may be charged twice. It is worth asking the plan whether one of them is a "
            "duplicate."
        ),
        lines=[line.number for line in claim.lines],
        codes=[line.procedure_code for line in claim.lines],
        evidence={
            "other_claims": numbers,
            "billing_npi": claim.billing_provider.npi,
            "service_from": claim.service_from.isoformat(),
            "billed": str(claim.billed),
        },
    )


def _differences(claim: Claim, other: Claim) -> list[str]:
    differences = []
    if not same_billing_provider(claim, other):
        differences.append("the billing provider")
    if claim.billed != other.billed:
        differences.append(f"the total charge ({dollars(claim.billed)} vs {dollars(other.billed)})")
    mine = sorted((ln.procedure_code, ln.units) for ln in claim.lines)
    theirs = sorted((ln.procedure_code, ln.units) for ln in other.lines)
    if mine != theirs:
        differences.append("the units")
    mine_modifiers = sorted((ln.procedure_code, tuple(sorted(ln.modifiers))) for ln in claim.lines)
    theirs_modifiers = sorted(
        (ln.procedure_code, tuple(sorted(ln.modifiers))) for ln in other.lines
    )
    if mine_modifiers != theirs_modifiers:
        differences.append("the modifiers")
    return differences or ["the claim number only"]


def _suspected_claim(claim: Claim, others: list[Claim]) -> Finding:
    numbers = ", ".join(other.claim_number for other in others)
    differences = _differences(claim, others[0])
    return make_finding(
        "duplicate-claim-suspected",
        claim,
        summary=f"Same services and dates as claim {numbers}",
        explanation=(
            f"This claim bills the same services on the same dates as claim {numbers}, "
            "received before it; they "
            f"differ in {', '.join(differences)}. It may be a corrected bill sent as a new "
            "claim or the same care billed twice. It is worth asking the plan or provider "
            "which one stands."
        ),
        lines=[line.number for line in claim.lines],
        codes=[line.procedure_code for line in claim.lines],
        evidence={
            "other_claims": numbers,
            "differs_in": "; ".join(differences),
            "service_from": claim.service_from.isoformat(),
        },
    )


def _duplicate_lines(claim: Claim, others: list[Claim]) -> list[Finding]:
    here: dict[LineKey, list[Line]] = defaultdict(list)
    for line in claim.lines:
        if not REPEAT_MODIFIERS.intersection(line.modifiers):
            here[line_day(claim, line), line.procedure_code].append(line)
    elsewhere: dict[LineKey, list[tuple[Claim, Line]]] = defaultdict(list)
    codes = {code for _, code in here}  # a line of another code needs no day worked out
    for other in others:
        for line in other.lines:
            if line.procedure_code not in codes:
                continue
            key = (line_day(other, line), line.procedure_code)
            if key in here and not REPEAT_MODIFIERS.intersection(line.modifiers):
                elsewhere[key].append((other, line))

    findings: list[Finding] = []
    for (day, code), lines in here.items():
        matches = elsewhere.get((day, code), [])
        if len(lines) < 2 and not matches:
            continue
        exact_found: list[Finding] = []
        near_found: list[Finding] = []
        for line in lines:
            mine = _signature(claim, line)
            exact_here = [
                other.number
                for other in lines
                if other.number < line.number and _signature(claim, other) == mine
            ]
            exact_there = [
                (other, other_line)
                for other, other_line in matches
                if _signature(other, other_line) == mine and same_billing_provider(claim, other)
            ]
            if exact_here or exact_there:
                exact_found.append(_line_finding(claim, line, day, exact_here, exact_there, True))
                continue
            modifiers = tuple(sorted(line.modifiers))
            near_here = [
                other.number
                for other in lines
                if other.number < line.number and tuple(sorted(other.modifiers)) == modifiers
            ]
            near_there = [
                (other, other_line)
                for other, other_line in matches
                if tuple(sorted(other_line.modifiers)) == modifiers
            ]
            if near_here or near_there:
                near_found.append(_line_finding(claim, line, day, near_here, near_there, False))
        # One flag per repeated service: every later line of the same code and day together.
        if exact_found:
            findings.append(
                one_finding_for_lines(
                    claim,
                    exact_found,
                    summary=f"{code} is billed {len(exact_found) + 1} times on {day.isoformat()}",
                    lead=f"The same service ({code} on {spoken_date(day)}) appears again on "
                    "these lines, each exactly like an earlier one:",
                    tail="The same service may have been billed more than once; it is worth "
                    "asking the provider or the plan how many times it was really given.",
                )
            )
        if near_found:
            findings.append(
                one_finding_for_lines(
                    claim,
                    near_found,
                    summary=f"{code} may be repeated on {day.isoformat()}",
                    lead=f"{code} on {spoken_date(day)} appears again on these lines, with "
                    "different units, charges or provider:",
                    tail="They may be real separate services or one service billed more than "
                    "once; it is worth asking the provider.",
                )
            )
    return findings


def _line_finding(
    claim: Claim,
    line: Line,
    day: date,
    same_claim_lines: list[int],
    other_lines: list[tuple[Claim, Line]],
    exact: bool,
) -> Finding:
    places = []
    if same_claim_lines:
        places.append(lines_phrase(same_claim_lines).lower() + " of this claim")
    for other, other_line in other_lines:
        places.append(f"line {other_line.number} of claim {other.claim_number}")
    where = "; ".join(places)
    code = line.procedure_code
    if exact:
        summary = f"Line {line.number} ({code}) is billed again, exactly like {where}"
        explanation = (
            f"Line {line.number} bills {code} on {spoken_date(day)} for "
            f"{number(line.units)} unit(s) and {dollars(line.billed)}, exactly like {where}. "
            "The same service may have been billed twice; it is worth asking the provider "
            "or the plan whether it was really given twice."
        )
    else:
        summary = f"Line {line.number} ({code}) may repeat {where}"
        explanation = (
            f"Line {line.number} bills {code} on {spoken_date(day)}, as does {where}, with "
            "different units, charges or provider. It may be two real services or one "
            "service billed twice; it is worth asking the provider."
        )
    lines = [line.number]
    return make_finding(
        "duplicate-line" if exact else "duplicate-line-suspected",
        claim,
        summary=summary,
        explanation=explanation,
        lines=lines,
        codes=[code],
        evidence={
            "date_of_service": day.isoformat(),
            "units": str(line.units),
            "billed": str(line.billed),
            "also_on": where,
        },
    )
