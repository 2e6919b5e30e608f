"""Hand-built claims and references for the check tests: a clean claim by default."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from claims.records import Adjustment, Claim, ClaimKind, Line, Network, Provider

DAY = date(2026, 3, 3)
CLINIC = Provider(npi="1234567893", name="Main Street Clinic", network=Network.IN)
OTHER_CLINIC = Provider(npi="1987654321", name="Riverside Clinic", network=Network.IN)


def line(number: int = 1, code: str = "J1100", **fields: Any) -> Line:
    fields.setdefault("billed", Decimal("50.00"))
    return Line(number=number, procedure_code=code, **fields)


def claim(*lines: Line, **fields: Any) -> Claim:
    lines = lines or (line(),)
    fields.setdefault("claim_number", "C-1")
    fields.setdefault("kind", ClaimKind.PROFESSIONAL)
    fields.setdefault("member_id", "M-1")
    fields.setdefault("payer_name", "Example Health Plan")
    fields.setdefault("service_from", DAY)
    fields.setdefault("service_to", fields["service_from"])
    fields.setdefault("billing_provider", CLINIC)
    if fields["kind"] is ClaimKind.PROFESSIONAL:
        fields.setdefault("place_of_service", "11")
    fields.setdefault("diagnosis_codes", ("E119",))
    fields.setdefault("patient_birth_date", date(1980, 5, 1))
    fields.setdefault("patient_sex", "F")
    fields.setdefault("billed", sum((ln.billed for ln in lines), Decimal(0)))
    return Claim(lines=tuple(lines), **fields)


def adjudicated(
    number: int = 1,
    code: str = "99213",
    *,
    billed: str = "200.00",
    allowed: str = "120.00",
    paid: str = "80.00",
    deductible: str = "0.00",
    copay: str = "20.00",
    coinsurance: str = "20.00",
    **fields: Any,
) -> Line:
    """A line paid as an 835 says it: CO-45 for the discount, PR adjustments for the member."""
    amounts = {
        name: Decimal(value)
        for name, value in {
            "billed": billed,
            "allowed": allowed,
            "paid": paid,
            "deductible": deductible,
            "copay": copay,
            "coinsurance": coinsurance,
        }.items()
    }
    member = amounts["deductible"] + amounts["copay"] + amounts["coinsurance"]
    adjustments = [Adjustment("CO", "45", amounts["billed"] - amounts["allowed"])]
    for reason, name in (("1", "deductible"), ("3", "copay"), ("2", "coinsurance")):
        if amounts[name]:
            adjustments.append(Adjustment("PR", reason, amounts[name]))
    fields.setdefault("patient_responsibility", member)
    fields.setdefault("adjustments", tuple(adjustments))
    return Line(number=number, procedure_code=code, **amounts, **fields)


def ids(findings: list[Any]) -> list[str]:
    return [finding.check_id for finding in findings]


__all__ = ["DAY", "claim", "ids", "line", "replace"]
