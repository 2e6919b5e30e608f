"""Plain data objects the claims app hands to other apps (no models cross app boundaries)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class FlagFacts:
    check_id: str
    severity: str  # "high", "medium", "low"
    summary: str


@dataclass(frozen=True)
class ClaimFacts:
    """What a drafted reply may cite about one of the member's claims."""

    claim_number: str
    service_from: date
    service_to: date
    provider_name: str
    payer_name: str
    status: str
    billed: Decimal
    allowed: Decimal | None
    paid: Decimal | None
    patient_responsibility: Decimal | None
    open_flags: tuple[FlagFacts, ...]
    # What a draft's statements about the claim are checked against (suggestions).
    network: str = "unknown"  # "in", "out" or "unknown" (the billing provider's)
    deductible: Decimal | None = None  # of the member's share, applied to the deductible
    copay: Decimal | None = None
    coinsurance: Decimal | None = None
    reason_codes: tuple[str, ...] = ()  # CARC codes of its adjustments, in order
    emergency: bool = False
    processed_on: date | None = None  # when an 835 or EOB adjudicated it
    denial_reason: str = ""  # plain words for the first denial reason code ("" if none)
    service: str = ""  # the main service in plain words ("an MRI of the knee"), "" if unknown


@dataclass(frozen=True)
class BenefitFacts:
    """Where a member stands in the plan year: limits from the plan, amounts from adjudicated
    claims with a date of service in the year (what drafts may say of a deductible)."""

    deductible: Decimal
    deductible_met: Decimal
    out_of_pocket_max: Decimal
    out_of_pocket_met: Decimal
    year_ends: date  # the last day of the plan year; the deductible starts over the next day

    @property
    def deductible_remaining(self) -> Decimal:
        return max(Decimal(0), self.deductible - self.deductible_met)


@dataclass(frozen=True)
class ScenarioClaim:
    """A demo claim in a named state ("paid", "denied:197", "pending", ...; the demo's list of
    scenarios), made by claims.api.demo_scenario_claims_store."""

    member_id: str
    claim_number: str
    scenario: str
    service_from: date
    seed: str  # its amounts follow from this, so the same spec makes the same claim
