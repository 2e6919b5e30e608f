"""No Surprises Act screens, worded as questions to raise with the plan or provider.

We do not know what the member's in-network cost sharing would have been, so the screens look
for what the Act forbids outright:
- emergency care out of network where the member is asked for more than deductible, copay and
  coinsurance (a balance bill), or where the member's share includes patient-responsibility
  adjustments that are not cost sharing (CARC 45 "charge exceeds fee schedule", 96, 204...);
- an out-of-network ancillary clinician at an in-network facility (anesthesiology, pathology,
  radiology, neonatology, emergency medicine, assistant surgeons, hospitalists, intensivists,
  laboratory and diagnostic services: 45 CFR 149.420(b)), whom the member cannot be asked to
  waive the protections for, when the member has something to pay or the claim is not yet
  adjudicated. Ancillary is recognised by the rendering provider's NUCC taxonomy, by the
  procedure code's range (anesthesia 00100-01999, radiology 70010-79999, pathology and
  laboratory 80047-89398 and PLA codes ending in U, critical care 99291-99292, hospital
  inpatient and observation care 99221-99239, emergency department visits 99281-99285,
  neonatal and pediatric critical care 99468-99480) or by an assistant-surgeon modifier (80, 81,
  82, AS).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from claims.checks.base import (
    CENT,
    dollars,
    is_professional,
    line_place_of_service,
    lines_phrase,
    make_finding,
)
from claims.checks.eob import cost_sharing
from claims.records import Claim, Finding, Line, Network, Provider
from claims.reference.lookup import Reference

COST_SHARING_REASONS = frozenset({"1", "2", "3", "66"})  # deductible, coinsurance, copay, blood

ANCILLARY_TAXONOMY_PREFIXES = {
    "207L": "anesthesiology",
    "3675": "nurse anesthesia",
    "367H": "anesthesia assistance",
    "207Z": "pathology",
    "2085": "radiology",
    "2080N0001X": "neonatology",
    "207P": "emergency medicine",
    "208M00000X": "hospital medicine (hospitalist)",
    "207RC0200X": "critical care (intensivist)",
    "291U": "laboratory",
    "293D": "diagnostic laboratory",
}
ASSISTANT_SURGEON_MODIFIERS = frozenset({"80", "81", "82", "AS"})
_ANCILLARY_RANGES = (
    (100, 1999, "anesthesia"),
    (70010, 79999, "radiology"),
    (80047, 89398, "laboratory or pathology"),
    (99221, 99239, "hospital care (hospitalist)"),
    (99281, 99285, "emergency medicine"),
    (99291, 99292, "critical care (intensivist)"),
    (99468, 99480, "neonatal or pediatric critical care"),
)


def ancillary_kind(line: Line, provider: Provider) -> str | None:
    for prefix, name in ANCILLARY_TAXONOMY_PREFIXES.items():
        if provider.taxonomy.startswith(prefix):
            return name
    if ASSISTANT_SURGEON_MODIFIERS.intersection(line.modifiers):
        return "assistant surgeon"
    code = line.procedure_code
    if len(code) == 5 and code[:4].isdigit() and code[4] == "U":
        return "laboratory"
    if code.isdigit():
        value = int(code)
        for low, high, name in _ANCILLARY_RANGES:
            if low <= value <= high:
                return name
    return None


def is_emergency(claim: Claim) -> bool:
    if claim.emergency or claim.place_of_service == "23" or claim.admission_type == "1":
        return True
    return any(
        line_place_of_service(claim, line) == "23" or line.revenue_code.startswith("045")
        for line in claim.lines
    )


def _rendering(claim: Claim, line: Line) -> Provider:
    return line.rendering_provider or claim.rendering_provider or claim.billing_provider


def check_no_surprises(
    claim: Claim, *, history: Sequence[Claim], reference: Reference
) -> list[Finding]:
    findings = []
    if is_emergency(claim):
        finding = _emergency(claim)
        if finding:
            findings.append(finding)
    finding = _ancillary(claim)
    if finding:
        findings.append(finding)
    return findings


def _out_of_network(claim: Claim) -> bool:
    """A provider of the claim is out of network, or the plan paid it at its out-of-network
    benefit tier (CARIN's benefitpaymentstatus)."""
    if claim.benefit_network is Network.OUT:
        return True
    providers = [claim.billing_provider, claim.facility, claim.rendering_provider]
    providers += [line.rendering_provider for line in claim.lines]
    return any(p is not None and p.network is Network.OUT for p in providers)


def _emergency(claim: Claim) -> Finding | None:
    if not _out_of_network(claim):
        return None
    excess = Decimal(0)
    other_reasons: set[str] = set()
    lines: list[int] = []
    for line in claim.lines:
        share = cost_sharing(line)
        pr_adjustments = [a for a in line.adjustments if a.group == "PR"]
        owed = line.patient_responsibility
        if owed is None and pr_adjustments:
            owed = sum((a.amount for a in pr_adjustments), Decimal(0))
        reasons = {a.reason for a in pr_adjustments if a.amount > 0} - COST_SHARING_REASONS
        line_excess = Decimal(0)
        if owed is not None and share is not None:
            line_excess = owed - sum(share, Decimal(0))
        if line_excess > CENT or reasons:
            lines.append(line.number)
            excess += max(line_excess, Decimal(0))
            other_reasons |= reasons
    claim_reasons = {
        a.reason for a in claim.adjustments if a.group == "PR" and a.amount > 0
    } - COST_SHARING_REASONS
    other_reasons |= claim_reasons
    if not lines and not claim_reasons:
        return None
    reasons_text = ", ".join(f"PR-{reason}" for reason in sorted(other_reasons))
    asked = (
        f"{dollars(excess)} more than the deductible, copay and coinsurance"
        if excess > CENT
        else "charges that are not deductible, copay or coinsurance"
    )
    where = f"{lines_phrase(lines)} of this" if lines else "This"
    return make_finding(
        "nsa-emergency-balance-bill",
        claim,
        summary="Out-of-network emergency care: the member is asked for more than cost sharing",
        explanation=(
            f"{where} emergency claim from an out-of-network provider asks the member for "
            f"{asked}"
            + (f" (reason codes {reasons_text})" if reasons_text else "")
            + ". Under the No Surprises Act, emergency care out of network should cost the "
            "member no more than in-network cost sharing. Could the plan check whether the "
            "claim was processed with in-network cost sharing, and could the provider confirm "
            "they are not billing the member for the rest?"
        ),
        lines=lines,
        codes=[line.procedure_code for line in claim.lines if line.number in lines],
        evidence={
            "emergency": "yes",
            "beyond_cost_sharing": str(excess),
            "non_cost_sharing_reasons": reasons_text,
        },
    )


def _ancillary(claim: Claim) -> Finding | None:
    facility = claim.facility
    if not is_professional(claim) or facility is None or facility.network is not Network.IN:
        return None
    lines: list[int] = []
    kinds: list[str] = []
    for line in claim.lines:
        provider = _rendering(claim, line)
        if provider.network is not Network.OUT:
            continue
        if line.patient_responsibility is not None and line.patient_responsibility <= 0:
            continue
        kind = ancillary_kind(line, provider)
        if kind:
            lines.append(line.number)
            kinds.append(kind)
    if not lines:
        return None
    services = ", ".join(dict.fromkeys(kinds))
    return make_finding(
        "nsa-ancillary-out-of-network",
        claim,
        summary=f"Out-of-network {services} at an in-network facility",
        explanation=(
            f"{lines_phrase(lines)} of this claim {'is' if len(lines) == 1 else 'are'} for "
            f"{services} from a clinician outside "
            f"the plan's network, at {facility.name or 'a facility'} that is in the network. "
            "Under the No Surprises Act, members usually pay only in-network cost sharing for "
            "such services and cannot be asked to give up that protection. Could the plan "
            "confirm the claim was processed at in-network cost sharing, and could the provider "
            "confirm they will not bill the member for more?"
        ),
        lines=lines,
        codes=[line.procedure_code for line in claim.lines if line.number in lines],
        evidence={
            "facility": facility.name,
            "facility_network": facility.network.value,
            "services": services,
        },
    )
