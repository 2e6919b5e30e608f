"""NCCI procedure-to-procedure edits: two codes billed on the same day that are not billed
together, for the same patient by the same provider (this claim and the member's other current
claims from the same billing provider).

An edit applies on a date of service from its effective date up to the day before its deletion
date; modifier indicator 9 never applies. Indicator 0: no modifier bypasses it. Indicator 1: an
NCCI-associated modifier bypasses it (CMS's list, NCCI Policy Manual ch. I, and the MLN
booklet "How to Use NCCI Tools"): anatomic modifiers (E1-E4, FA, F1-F9, TA, T1-T9, LT, RT, LC,
LD, RC, LM, RI), global surgery modifiers (24, 25, 57, 58, 78, 79) and 27, 59, 91, XE, XP, XS,
XU. The non-anatomic ones are accepted on either code of the pair; an anatomic one bypasses when
the column two code carries a body site the column one code does not (LT on one and RT on the
other), since the same site on both is not a separate site.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from claims.checks.base import (
    current_history,
    is_professional,
    line_day,
    make_finding,
    same_billing_provider,
    single_day,
    spoken_date,
)
from claims.records import Claim, ClaimKind, Finding, Line
from claims.reference.lookup import OUTPATIENT, PRACTITIONER, PtpRule, Reference

ANATOMIC_MODIFIERS = frozenset(
    {"E1", "E2", "E3", "E4", "FA", "TA", "LT", "RT", "LC", "LD", "RC", "LM", "RI"}
    | {f"F{n}" for n in range(1, 10)}
    | {f"T{n}" for n in range(1, 10)}
)
OTHER_NCCI_MODIFIERS = frozenset(
    {"24", "25", "57", "58", "78", "79", "27", "59", "91", "XE", "XP", "XS", "XU"}
)
NCCI_ASSOCIATED_MODIFIERS = ANATOMIC_MODIFIERS | OTHER_NCCI_MODIFIERS
INPATIENT_BILL_TYPES = ("11", "12", "18", "21", "22")


def ptp_setting(claim: Claim) -> str | None:
    if claim.kind not in (ClaimKind.PROFESSIONAL, ClaimKind.INSTITUTIONAL):
        return None  # dental (CDT) and pharmacy (NDC) claims have no NCCI edits
    if is_professional(claim):
        return PRACTITIONER
    if claim.bill_type.lstrip("0").startswith(INPATIENT_BILL_TYPES):
        return None  # NCCI PTP edits are for practitioner and outpatient hospital claims
    return OUTPATIENT


def bypassed(column_one: Line, column_two: Line) -> bool:
    if OTHER_NCCI_MODIFIERS.intersection(column_one.modifiers) or OTHER_NCCI_MODIFIERS.intersection(
        column_two.modifiers
    ):
        return True
    sites_two = ANATOMIC_MODIFIERS.intersection(column_two.modifiers)
    sites_one = ANATOMIC_MODIFIERS.intersection(column_one.modifiers)
    return bool(sites_two - sites_one)


def check_ptp(claim: Claim, *, history: Sequence[Claim], reference: Reference) -> list[Finding]:
    setting = ptp_setting(claim)
    if setting is None or not reference.ptp.get(setting) or claim.frequency == "8":
        return []
    # Undated lines of a claim that spans several days have no single day to pair on.
    days: dict[date, list[tuple[Claim, Line]]] = defaultdict(list)
    for line in claim.lines:
        if single_day(claim, line):
            days[line_day(claim, line)].append((claim, line))
    others = [
        other
        for other in current_history(claim, history)
        if same_billing_provider(claim, other) and ptp_setting(other) == setting
    ]
    for other in others:
        for line in other.lines:
            day = line_day(other, line)
            if day in days and single_day(other, line):
                days[day].append((other, line))
    findings: list[Finding] = []
    for day, entries in days.items():
        by_code: dict[str, list[tuple[Claim, Line]]] = defaultdict(list)
        for entry in entries:
            by_code[entry[1].procedure_code].append(entry)
        for code_one, ones in by_code.items():
            partners = reference.ptp_partners_of(setting, code_one)
            if not partners:
                continue
            for code_two in partners.intersection(by_code):
                rules = [
                    rule
                    for rule in reference.ptp_rules(setting, code_one, code_two)
                    if rule.applies_on(day)
                ]
                if not rules:
                    continue
                rule = min(rules, key=lambda candidate: candidate.modifier_indicator)
                for first_claim, first in ones:
                    for second_claim, second in by_code[code_two]:
                        if first_claim is not claim and second_claim is not claim:
                            continue
                        if rule.modifier_indicator == 1 and bypassed(first, second):
                            continue
                        findings.append(
                            _finding(claim, day, rule, (first_claim, first), (second_claim, second))
                        )
    return findings


def _finding(
    claim: Claim,
    day: date,
    rule: PtpRule,
    one: tuple[Claim, Line],
    two: tuple[Claim, Line],
) -> Finding:
    (claim_one, line_one), (claim_two, line_two) = one, two

    split = claim_one is not claim_two

    def where(other: Claim, line: Line) -> str:
        if other is not claim:
            return f"line {line.number} of claim {other.claim_number}"
        return f"line {line.number} of this claim" if split else f"line {line.number}"

    lines = [line.number for owner, line in (one, two) if owner is claim]
    modifiers = ", ".join(sorted(set(line_one.modifiers) | set(line_two.modifiers))) or "none"
    if rule.modifier_indicator == 0:
        bypass = "No modifier allows these two to be billed together."
    else:
        bypass = (
            "They can be billed together only when the second was a separate service (for "
            "example a different site or session), which the provider shows with a modifier "
            "such as 59 or XS; none that applies is on these lines."
        )
    return make_finding(
        "ptp-pair",
        claim,
        summary=f"{line_one.procedure_code} and {line_two.procedure_code} on "
        f"{day.isoformat()} are not billed together",
        explanation=(
            f"{_first_upper(where(claim_one, line_one))} ({line_one.procedure_code}) and "
            f"{where(claim_two, line_two)} ({line_two.procedure_code}) are billed for "
            f"{spoken_date(day)}. Medicare's coding rules treat {line_two.procedure_code} as "
            f"part of {line_one.procedure_code} when both are done on the same day. {bypass} "
            "The second charge may not be payable; it is worth asking the provider whether it "
            "should be on the bill."
        ),
        lines=lines,
        codes=[line_one.procedure_code, line_two.procedure_code],
        evidence={
            "column_one": line_one.procedure_code,
            "column_two": line_two.procedure_code,
            "date_of_service": day.isoformat(),
            "modifier_indicator": str(rule.modifier_indicator),
            "modifiers_on_lines": modifiers,
            "edit_effective": rule.effective_date.isoformat(),
            "edit_deleted": rule.deletion_date.isoformat() if rule.deletion_date else "",
            "rationale": rule.rationale,
            "ptp_table": rule.setting,
        },
    )


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]
