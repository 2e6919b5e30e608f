"""Units: Medically Unlikely Edits and drug units against the ASP NDC-HCPCS crosswalk.

MUEs: professional claims use the practitioner table (the DME supplier table when the billing
provider is a DME supplier and that table is loaded), outpatient institutional claims the
outpatient hospital table; inpatient bill types (11x, 12x, 18x, 21x, 22x) have no MUEs.
Indicator 1 compares each line's units; 2 and 3 compare the day's total of the code, summed over
this claim and the member's other current claims from the same billing provider (an MUE is
per provider, per patient, per day). A line whose dates span several days is left to the
per-line edits. Units exactly at the limit pass.

Drug units: the NDC quantity on the line (unit UN, ML, GR, F2, ME) is converted to HCPCS billing
units with the crosswalk (BILLUNITS per item of PKG SIZE). Only a billed figure at least nine
times, or at most a ninth of, what the quantity converts to is reported: the pattern of a
misplaced decimal point, not the ordinary rounding of partial vials.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from claims.checks.base import (
    current_history,
    is_professional,
    line_day,
    lines_phrase,
    make_finding,
    number,
    same_billing_provider,
    single_day,
    spoken_date,
)
from claims.records import Claim, ClaimKind, Finding, Line
from claims.reference.lookup import DME, OUTPATIENT, PRACTITIONER, MueLimit, NdcUnits, Reference

INPATIENT_BILL_TYPES = ("11", "12", "18", "21", "22")
DME_SUPPLIER_TAXONOMIES = ("332B", "3329", "335E")  # NUCC: DME & medical supplies, prosthetics
TEN_FOLD = Decimal(9)
SETTING_NAMES = {
    PRACTITIONER: "for one patient on one day from one practitioner",
    OUTPATIENT: "for one patient on one day at an outpatient hospital",
    DME: "for one patient on one day from a medical equipment supplier",
}


def mue_setting(claim: Claim, reference: Reference) -> str | None:
    if claim.kind not in (ClaimKind.PROFESSIONAL, ClaimKind.INSTITUTIONAL):
        return None  # dental (CDT) and pharmacy (NDC) claims have no NCCI edits
    if is_professional(claim):
        taxonomy = claim.billing_provider.taxonomy
        if taxonomy.startswith(DME_SUPPLIER_TAXONOMIES) and reference.has_mue(DME):
            return DME
        return PRACTITIONER
    if claim.bill_type.lstrip("0").startswith(INPATIENT_BILL_TYPES):
        return None
    return OUTPATIENT


def check_mue(claim: Claim, *, history: Sequence[Claim], reference: Reference) -> list[Finding]:
    setting = mue_setting(claim, reference)
    if setting is None or not reference.has_mue(setting) or claim.frequency == "8":
        return []
    findings: list[Finding] = []
    per_day: dict[tuple[str, date], list[Line]] = defaultdict(list)
    limits = reference.mue[setting]  # has_mue: the setting's table is there and not empty
    for line in claim.lines:
        limit = limits.get(line.procedure_code)
        if limit is None or line.units <= 0:
            continue
        if limit.value == 0:
            findings.append(_not_payable(claim, line, limit))
            continue
        if limit.per_line:
            if line.units > limit.value:
                findings.append(_per_line(claim, line, limit))
        elif single_day(claim, line):
            per_day[line.procedure_code, line_day(claim, line)].append(line)
    if not per_day:
        return findings
    elsewhere: dict[tuple[str, date], list[tuple[Claim, Line]]] = defaultdict(list)
    codes = {code for code, _ in per_day}  # a line of another code needs no day worked out
    for other in current_history(claim, history):
        if not same_billing_provider(claim, other) or mue_setting(other, reference) != setting:
            continue
        for line in other.lines:
            if line.procedure_code not in codes:
                continue
            key = (line.procedure_code, line_day(other, line))
            if key in per_day and single_day(other, line):
                elsewhere[key].append((other, line))
    for (code, day), lines in per_day.items():
        limit = limits[code]
        others = elsewhere.get((code, day), [])
        total = sum((line.units for line in lines), Decimal(0)) + sum(
            (line.units for _, line in others), Decimal(0)
        )
        if total > limit.value:
            findings.append(_per_day(claim, lines, others, limit, day, total))
    return findings


def _per_line(claim: Claim, line: Line, limit: MueLimit) -> Finding:
    return make_finding(
        "mue-units",
        claim,
        summary=f"Line {line.number}: {number(line.units)} units of {line.procedure_code}, "
        f"limit {limit.value} per line",
        explanation=(
            f"Line {line.number} bills {number(line.units)} units of {line.procedure_code}; "
            f"Medicare's limit for one claim line is {limit.value}. That may be a typing "
            "error worth asking the provider about."
        ),
        lines=[line.number],
        codes=[line.procedure_code],
        evidence={
            "units": str(line.units),
            "mue": str(limit.value),
            "adjudication_indicator": "1 (per line)",
            "mue_table": limit.setting,
            "rationale": limit.rationale,
        },
    )


def _per_day(
    claim: Claim,
    lines: list[Line],
    others: list[tuple[Claim, Line]],
    limit: MueLimit,
    day: date,
    total: Decimal,
) -> Finding:
    code = limit.code
    numbers = [line.number for line in lines]
    here = sum((line.units for line in lines), Decimal(0))
    if others:
        other_claims = ", ".join(sorted({other.claim_number for other, _ in others}))
        counted = (
            f"{lines_phrase(numbers)} bill{'s' if len(numbers) == 1 else ''} "
            f"{number(here)} units of {code} on {spoken_date(day)} and claim(s) {other_claims} "
            f"from the same provider bill more that day, {number(total)} in all"
        )
    else:
        other_claims = ""
        counted = (
            f"{lines_phrase(numbers)} bill{'s' if len(numbers) == 1 else ''} "
            f"{number(total)} units of {code} on {spoken_date(day)}"
        )
    return make_finding(
        "mue-units",
        claim,
        summary=f"{number(total)} units of {code} on {day.isoformat()}, limit {limit.value} a day",
        explanation=(
            f"{counted}; Medicare's limit {SETTING_NAMES.get(limit.setting, 'for one day')} "
            f"is {limit.value}. That may be a typing error worth asking the provider about."
        ),
        lines=numbers,
        codes=[code],
        evidence={
            "units_on_this_claim": str(here),
            "units_that_day": str(total),
            "other_claims": other_claims,
            "date_of_service": day.isoformat(),
            "mue": str(limit.value),
            "adjudication_indicator": f"{limit.adjudication_indicator} (per date of service)",
            "mue_table": limit.setting,
            "rationale": limit.rationale,
        },
    )


def _not_payable(claim: Claim, line: Line, limit: MueLimit) -> Finding:
    return make_finding(
        "mue-not-payable",
        claim,
        summary=f"Line {line.number}: {line.procedure_code} has a Medicare limit of 0 units",
        explanation=(
            f"Line {line.number} bills {line.procedure_code}, a code Medicare does not pay in "
            f"this setting (its unit limit is 0: {limit.rationale or 'CMS policy'}). The plan "
            "may follow its own rules; if the line was denied, that is likely why."
        ),
        lines=[line.number],
        codes=[line.procedure_code],
        evidence={
            "units": str(line.units),
            "mue": "0",
            "mue_table": limit.setting,
            "rationale": limit.rationale,
        },
    )


# --- drug units ------------------------------------------------------------------------------

_DOSAGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(MG|MCG|GM|G|ML|CC|IU|UNITS?|MEQ)\b", re.IGNORECASE)
_SAME_MEASURE = {("F2", "IU"), ("F2", "UNIT"), ("F2", "UNITS"), ("ML", "ML"), ("ML", "CC")}
_MASS_IN_MG = {"MG": Decimal(1), "MCG": Decimal("0.001"), "GM": Decimal(1000), "G": Decimal(1000)}


def expected_units(line: Line, row: NdcUnits) -> list[Decimal]:
    """What the line's NDC quantity is in HCPCS billing units, one figure per reading of it."""
    quantity = line.ndc_quantity
    if quantity is None or quantity <= 0:
        return []
    unit = line.ndc_unit.upper()
    per_item = row.billing_units
    readings: list[Decimal] = []
    if unit == "UN":
        readings.append(quantity * per_item)
    elif unit in {"ML", "GR"}:
        readings.append(quantity * per_item / row.package_size)
    dosage = _DOSAGE.match(row.hcpcs_dosage)
    if dosage:
        amount, dose_unit = Decimal(dosage.group(1)), dosage.group(2).upper()
        if amount > 0:
            if unit == "ME" and dose_unit in _MASS_IN_MG:
                readings.append(quantity / (amount * _MASS_IN_MG[dose_unit]))
            elif (unit, dose_unit) in _SAME_MEASURE:
                readings.append(quantity / amount)
    return [reading for reading in readings if reading > 0]


def check_ndc_units(
    claim: Claim, *, history: Sequence[Claim], reference: Reference
) -> list[Finding]:
    if not reference.ndc:
        return []
    findings = []
    for line in claim.lines:
        if not line.ndc:
            continue
        rows = reference.ndc_rows(line.ndc)
        if not rows:
            continue  # not a Part B drug in the crosswalk: nothing to compare
        row = rows.get(line.procedure_code)
        if row is None:
            findings.append(_mismatch(claim, line, sorted(rows)))
            continue
        readings = expected_units(line, row)
        if not readings or line.units <= 0:
            continue
        ratios = [line.units / reading for reading in readings]
        if all(ratio >= TEN_FOLD for ratio in ratios) or all(
            ratio * TEN_FOLD <= 1 for ratio in ratios
        ):
            closest = min(readings, key=lambda reading: abs(line.units - reading))
            findings.append(_ten_fold(claim, line, row, closest))
    return findings


def _ten_fold(claim: Claim, line: Line, row: NdcUnits, expected: Decimal) -> Finding:
    expected_text = number(expected.quantize(Decimal("0.01")))
    quantity = f"{number(line.ndc_quantity or Decimal(0))} {line.ndc_unit}"
    more = line.units > expected
    return make_finding(
        "ndc-units-10x",
        claim,
        summary=f"Line {line.number}: {number(line.units)} units of {line.procedure_code}, "
        f"the drug given converts to {expected_text}",
        explanation=(
            f"Line {line.number} bills {number(line.units)} units of {line.procedure_code} "
            f"({row.drug_name or 'the drug'}), but the amount of drug recorded ({quantity} of "
            f"NDC {line.ndc}) comes to about {expected_text} billing units. Billing "
            f"{'ten times more' if more else 'a tenth'} is a common typing error (a misplaced "
            "decimal point); it is worth asking the provider to check the units."
        ),
        lines=[line.number],
        codes=[line.procedure_code],
        evidence={
            "billed_units": str(line.units),
            "ndc": line.ndc,
            "ndc_quantity": quantity,
            "expected_units": expected_text,
            "hcpcs_dosage": row.hcpcs_dosage,
            "billing_units_per_item": str(row.billing_units),
            "package_size": str(row.package_size),
        },
    )


def _mismatch(claim: Claim, line: Line, codes: list[str]) -> Finding:
    listed = ", ".join(codes)
    return make_finding(
        "ndc-hcpcs-mismatch",
        claim,
        summary=f"Line {line.number}: NDC {line.ndc} is a {listed} drug, billed as "
        f"{line.procedure_code}",
        explanation=(
            f"Line {line.number} bills {line.procedure_code}, but the drug's package code "
            f"(NDC {line.ndc}) belongs to {listed} in Medicare's drug crosswalk. The wrong "
            "drug code can change the price; it is worth asking the provider which drug was "
            "given."
        ),
        lines=[line.number],
        codes=[line.procedure_code, *codes],
        evidence={"ndc": line.ndc, "billed_code": line.procedure_code, "crosswalk_codes": listed},
    )
