"""What every check shares: the catalogue of check ids, building findings, dates, money, history."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from careteam import api as careteam_api
from claims.records import Claim, ClaimKind, ClaimStatus, Finding, Line, Severity

CENT = Decimal("0.01")


@dataclass(frozen=True)
class CheckInfo:
    id: str
    severity: Severity
    group: str  # the family shown in filters: diagnosis, duplicates, units, ptp, eob, nsa, pos
    description: str  # one line, for the worklist filter


# Severity: HIGH where the member is likely charged money they should not owe, or the claim
# cannot be right as billed; MEDIUM for a question worth raising with the plan or provider;
# LOW for what is worth knowing but often has an innocent explanation.
CATALOGUE: tuple[CheckInfo, ...] = (
    CheckInfo(
        "icd10-invalid",
        Severity.HIGH,
        "diagnosis",
        "A diagnosis code is not an ICD-10-CM code on the date of service",
    ),
    CheckInfo(
        "icd10-not-billable",
        Severity.HIGH,
        "diagnosis",
        "A diagnosis code is a heading that needs more characters to be billable",
    ),
    CheckInfo(
        "icd10-before-icd10",
        Severity.LOW,
        "diagnosis",
        "ICD-10 diagnosis codes on a claim for care before 2015-10-01, when ICD-9-CM applied",
    ),
    CheckInfo(
        "icd9-after-icd10",
        Severity.HIGH,
        "diagnosis",
        "ICD-9 diagnosis codes on a claim for care on or after 2015-10-01",
    ),
    CheckInfo(
        "mce-age-conflict",
        Severity.MEDIUM,
        "diagnosis",
        "A diagnosis does not fit the patient's age (Medicare Code Editor)",
    ),
    CheckInfo(
        "mce-sex-conflict",
        Severity.MEDIUM,
        "diagnosis",
        "A diagnosis does not fit the patient's sex (Medicare Code Editor, care before FY2025)",
    ),
    CheckInfo(
        "diagnosis-sex-mismatch",
        Severity.LOW,
        "diagnosis",
        "A diagnosis CMS used to limit to one sex does not match the recorded sex",
    ),
    CheckInfo(
        "mce-principal-diagnosis",
        Severity.MEDIUM,
        "diagnosis",
        "The first diagnosis cannot be the principal one (external cause, manifestation, "
        "unacceptable principal)",
    ),
    CheckInfo(
        "duplicate-claim",
        Severity.HIGH,
        "duplicates",
        "Another claim has the same provider, dates, services, units and charges",
    ),
    CheckInfo(
        "duplicate-claim-suspected",
        Severity.MEDIUM,
        "duplicates",
        "Another claim has the same dates and services with a different provider or amounts",
    ),
    CheckInfo(
        "duplicate-line",
        Severity.HIGH,
        "duplicates",
        "A service line is billed twice (same code, modifiers, units, charge and day)",
    ),
    CheckInfo(
        "duplicate-line-suspected",
        Severity.MEDIUM,
        "duplicates",
        "The same service on the same day appears on two lines or claims with different amounts",
    ),
    CheckInfo(
        "mue-units",
        Severity.HIGH,
        "units",
        "Units above Medicare's Medically Unlikely Edit for the code (per line or per day)",
    ),
    CheckInfo(
        "mue-not-payable",
        Severity.LOW,
        "units",
        "A code whose Medically Unlikely Edit is 0 in this setting",
    ),
    CheckInfo(
        "ndc-units-10x",
        Severity.HIGH,
        "units",
        "Drug units are about ten times (or a tenth of) what the NDC quantity converts to",
    ),
    CheckInfo(
        "ndc-hcpcs-mismatch",
        Severity.MEDIUM,
        "units",
        "The drug's NDC belongs to a different HCPCS code in CMS's crosswalk",
    ),
    CheckInfo(
        "ptp-pair",
        Severity.MEDIUM,
        "ptp",
        "Two procedures billed on the same day that NCCI says are not billed together",
    ),
    CheckInfo(
        "eob-allowed-sum",
        Severity.HIGH,
        "eob",
        "Allowed amount differs from paid + deductible + copay + coinsurance (+ other payer)",
    ),
    CheckInfo(
        "eob-allowed-over-billed",
        Severity.HIGH,
        "eob",
        "Allowed amount is more than the billed charge",
    ),
    CheckInfo(
        "eob-patient-responsibility",
        Severity.HIGH,
        "eob",
        "Patient responsibility differs from the patient-responsibility adjustments",
    ),
    CheckInfo(
        "eob-billed-sum",
        Severity.MEDIUM,
        "eob",
        "The claim's total charge differs from the sum of its line charges",
    ),
    CheckInfo(
        "nsa-emergency-balance-bill",
        Severity.HIGH,
        "nsa",
        "Out-of-network emergency care with member charges beyond cost sharing (No Surprises "
        "Act question)",
    ),
    CheckInfo(
        "nsa-ancillary-out-of-network",
        Severity.MEDIUM,
        "nsa",
        "Out-of-network ancillary clinician at an in-network facility (No Surprises Act question)",
    ),
    CheckInfo(
        "pos-invalid",
        Severity.MEDIUM,
        "pos",
        "A place-of-service code that is not on CMS's place-of-service list",
    ),
    CheckInfo(
        "pos-line-mismatch",
        Severity.LOW,
        "pos",
        "A line's place of service differs from the claim's",
    ),
    CheckInfo(
        "pos-service-mismatch",
        Severity.LOW,
        "pos",
        "A visit code for one setting (office, emergency department, hospital) billed with "
        "another setting's place of service",
    ),
)

BY_ID = {info.id: info for info in CATALOGUE}


def make_finding(
    check_id: str,
    claim: Claim,
    *,
    summary: str,
    explanation: str,
    lines: Iterable[int] = (),
    codes: Iterable[str] = (),
    evidence: dict[str, str] | None = None,
) -> Finding:
    return Finding(
        check_id=check_id,
        severity=BY_ID[check_id].severity,
        claim_number=claim.claim_number,
        summary=summary,
        explanation=explanation,
        line_numbers=tuple(sorted(set(lines))),
        codes=tuple(dict.fromkeys(codes)),
        evidence=dict(evidence or {}),
    )


def line_day(claim: Claim, line: Line) -> date:
    return line.service_from or claim.service_from


def single_day(claim: Claim, line: Line) -> bool:
    """Whether the line is for one day (its own dates, else the claim's)."""
    start = line_day(claim, line)
    end = line.service_to or (claim.service_to if line.service_from is None else start)
    return end == start


def spoken_date(day: date, language: str = "en") -> str:
    """A date as a reply writes it: "October 14, 2026"; in Spanish "14 de octubre de 2026"."""
    if language == "es":
        return f"{day.day} de {careteam_api.SPANISH_MONTHS[day.month - 1][0]} de {day.year}"
    return f"{day:%B} {day.day}, {day.year}"


def dollars(amount: Decimal) -> str:
    sign = "-" if amount < 0 else ""
    return f"{sign}${abs(amount):,.2f}"


def number(value: Decimal) -> str:
    """Units as a person writes them: 40, 2.5."""
    normalized = value.normalize()
    text = f"{normalized:f}"
    return text


def lines_phrase(numbers: Sequence[int]) -> str:
    ordered = sorted(set(numbers))
    if len(ordered) == 1:
        return f"Line {ordered[0]}"
    return "Lines " + ", ".join(str(n) for n in ordered[:-1]) + f" and {ordered[-1]}"


def line_place_of_service(claim: Claim, line: Line) -> str:
    return line.place_of_service or claim.place_of_service


def is_professional(claim: Claim) -> bool:
    return claim.kind is ClaimKind.PROFESSIONAL


def claim_identity(claim: Claim) -> tuple[str, str]:
    return (claim.payer_key, claim.claim_number)


_last_history: tuple[Claim, Sequence[Claim], list[Claim]] | None = None


def current_history(claim: Claim, history: Sequence[Claim]) -> list[Claim]:
    """current_history_uncached, remembering the last answer: run_checks hands the same claim
    and list to every check. The cache holds the objects themselves, so an identity match
    cannot be a recycled id. The answer handed back in is its own answer (filtering it again
    keeps all of it: one version per claim, none a void, a reversal or a correction)."""
    global _last_history
    last = _last_history
    if last is not None and last[0] is claim and (last[1] is history or last[2] is history):
        return last[2]
    kept = current_history_uncached(claim, history)
    _last_history = (claim, history, kept)
    return kept


def current_history_uncached(claim: Claim, history: Sequence[Claim]) -> list[Claim]:
    """The member's other claims that still stand and are not another version of this claim.

    Several versions of one claim (same payer and claim number) keep only the latest: a void
    (frequency 8) removes the claim, a replacement (7) supersedes the original. A replacement
    or void that names this claim's payer control number is a correction of it, not another
    claim. Reversed claims do not count.
    """
    versions: dict[tuple[str, str], list[Claim]] = {}
    for other in history:
        if other is claim or other.member_id != claim.member_id:
            continue
        versions.setdefault(claim_identity(other), []).append(other)
    kept: list[Claim] = []
    own = claim_identity(claim)
    for identity, claims in versions.items():
        if identity == own:
            continue
        if any(version.frequency == "8" for version in claims):
            continue
        replacements = [version for version in claims if version.frequency == "7"]
        latest = replacements[-1] if replacements else claims[-1]
        if latest.status is ClaimStatus.REVERSED:
            continue
        if _corrects(claim, latest) or _corrects(latest, claim):
            continue
        kept.append(latest)
    return kept


def _corrects(correction: Claim, original: Claim) -> bool:
    if correction.frequency not in {"7", "8"}:
        return False
    return bool(correction.payer_claim_number) and (
        correction.payer_claim_number == original.payer_claim_number
    )


def same_billing_provider(one: Claim, other: Claim) -> bool:
    return one.billing_provider.npi == other.billing_provider.npi


def one_finding_for_lines(
    claim: Claim, each: list[Finding], *, summary: str, lead: str, tail: str
) -> Finding:
    """One finding for one problem on several lines: every line and code, each line's figures
    (its summary) and evidence ("line N allowed"). A problem on one line keeps its own words."""
    if len(each) == 1:
        return each[0]
    numbers = [number for finding in each for number in finding.line_numbers]
    return make_finding(
        each[0].check_id,
        claim,
        summary=f"{lines_phrase(numbers)}: {summary}",
        explanation=" ".join([lead, "; ".join(f.summary for f in each) + ".", tail]),
        lines=numbers,
        codes=[code for finding in each for code in finding.codes],
        evidence={
            f"line {finding.line_numbers[0]} {name}": value
            for finding in each
            for name, value in finding.evidence.items()
        },
    )
