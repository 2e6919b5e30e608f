"""The claims app's public interface for other apps (with claims.data for its plain objects).

suggestions fills {CLAIM_NUMBER}, {AMOUNT}, {DATE} and {PROVIDER_NAME} in drafts from
member_claim_facts(). These are system reads: the page that shows the result audits it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

from claims import selectors
from claims.checks.base import dollars, spoken_date
from claims.data import BenefitFacts, ClaimFacts, FlagFacts, ScenarioClaim
from claims.demo import demo_scenario_claims_store, scenario_has_claim
from claims.reasons import denial_reason, plain_words_in, service_words

__all__ = [
    "BenefitFacts",
    "ClaimFacts",
    "FlagFacts",
    "ScenarioClaim",
    "demo_scenario_claims_store",
    "dollars",
    "member_benefits",
    "member_claim_facts",
    "plain_words_in",
    "provider_names",
    "scenario_has_claim",
    "spoken_date",
]


def member_claim_facts(*, member_pk: int, limit: int = 5) -> list[ClaimFacts]:
    """The member's most recent claims (newest date of service first) with their open flags."""
    return [
        ClaimFacts(
            claim_number=claim.claim_number,
            service_from=claim.service_from,
            service_to=claim.service_to,
            provider_name=claim.billing_provider.name,
            payer_name=claim.payer_name,
            status=claim.status,
            billed=claim.billed,
            allowed=claim.allowed,
            paid=claim.paid,
            patient_responsibility=claim.patient_responsibility,
            open_flags=tuple(
                FlagFacts(check_id=flag.check_id, severity=flag.severity, summary=flag.summary)
                for flag in claim.open_flags  # type: ignore[attr-defined]
            ),
            network=claim.billing_network,
            deductible=_line_total(claim, "deductible"),
            copay=_line_total(claim, "copay"),
            coinsurance=_line_total(claim, "coinsurance"),
            reason_codes=tuple(dict.fromkeys(a.reason for a in claim.adjustments.all())),
            emergency=claim.emergency,
            processed_on=claim.adjudicated_at.date() if claim.adjudicated_at else None,
            denial_reason=denial_reason([a.reason for a in claim.adjustments.all()]),
            service=service_words([line.procedure_code for line in claim.lines.all()]),
        )
        for claim in selectors.member_recent_claims(member_pk=member_pk, limit=limit)
    ]


def _line_total(claim: object, field: str) -> Decimal | None:
    """A money field summed over the claim's lines; None when no line states it."""
    values = [getattr(line, field) for line in claim.lines.all()]  # type: ignore[attr-defined]
    known = [value for value in values if value is not None]
    return sum(known, Decimal(0)) if known else None


def provider_names() -> list[str]:
    """Every provider name the claims hold (billing, rendering, facility), distinct."""
    return selectors.provider_names()


def identifying_values() -> Iterator[tuple[str, str]]:
    """(kind, value) for every detail the claims hold that must never reach a model: provider
    names, NPIs, claim numbers, dates of service (as ISO dates)."""
    return selectors.identifying_values()


def member_benefits(*, member_pk: int, plan: str, on: date) -> BenefitFacts | None:
    """Where the member stands in the plan year that contains `on` (None: plan unknown here)."""
    benefit = selectors.plan_benefit(plan)
    if benefit is None:
        return None
    start = date(
        on.year if on.month >= benefit.year_start_month else on.year - 1,
        benefit.year_start_month,
        1,
    )
    ends = date(start.year + 1, start.month, 1) - timedelta(days=1)
    deductible_met, owed = selectors.member_year_totals(member_pk=member_pk, since=start, until=on)
    return BenefitFacts(
        deductible=benefit.deductible,
        deductible_met=min(deductible_met, benefit.deductible),
        out_of_pocket_max=benefit.out_of_pocket_max,
        out_of_pocket_met=min(owed, benefit.out_of_pocket_max),
        year_ends=ends,
    )
