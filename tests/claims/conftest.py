"""Claims test helpers: CSV files written from rows of named cells, and a stored claim."""

from __future__ import annotations

import csv
import io

import pytest

from claims.importers.csv import COLUMNS
from claims.models import Claim
from claims.services.imports import claims_import
from tests.factories import MemberFactory, ThreadFactory

HEADER = [
    "claim_number",
    "member_id",
    "payer_name",
    "payer_id",
    "service_from",
    "billing_npi",
    "billing_name",
    "billing_network",
    "place_of_service",
    "diagnosis_codes",
    "line_number",
    "procedure_code",
    "modifiers",
    "units",
    "billed",
    "diagnosis_pointers",
    "allowed",
    "paid",
    "deductible",
    "copay",
    "coinsurance",
    "patient_responsibility",
    "adjustments",
    "status",
]
assert set(HEADER) <= set(COLUMNS)


def claim_rows(member: str, number: str = "CLM-1", **overrides: str) -> list[dict[str, str]]:
    """Two lines of one paid office-visit claim; `overrides` change both rows."""
    base = {
        "claim_number": number,
        "member_id": member,
        "payer_name": "Acme Health Plan",
        "payer_id": "ACME1",
        "service_from": "2026-03-02",
        "billing_npi": "1234567893",
        "billing_name": "Lakeview Family Medicine",
        "billing_network": "in",
        "place_of_service": "11",
        "diagnosis_codes": "E11.9;I10",
        "status": "paid",
    }
    lines = [
        {
            "line_number": "1",
            "procedure_code": "99213",
            "modifiers": "25",
            "units": "1",
            "billed": "180.00",
            "diagnosis_pointers": "1;2",
            "allowed": "110.00",
            "paid": "80.00",
            "deductible": "0.00",
            "copay": "30.00",
            "coinsurance": "0.00",
            "patient_responsibility": "30.00",
            "adjustments": "CO-45:70.00;PR-3:30.00",
        },
        {
            "line_number": "2",
            "procedure_code": "J1885",
            "modifiers": "",
            "units": "2",
            "billed": "40.00",
            "diagnosis_pointers": "1",
            "allowed": "12.00",
            "paid": "12.00",
            "deductible": "0.00",
            "copay": "0.00",
            "coinsurance": "0.00",
            "patient_responsibility": "0.00",
            "adjustments": "CO-45:28.00",
        },
    ]
    return [{**base, **line, **overrides} for line in lines]


def served_member(staff, **fields):  # type: ignore[no-untyped-def]
    """A member the staff member's teams serve (a thread in each): what their imports may name."""
    member = MemberFactory(**fields)
    for team in staff.teams.all():
        ThreadFactory(team=team, member=member)
    return member


def csv_bytes(rows: list[dict[str, str]], header: list[str] | None = None) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header or HEADER, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode()


@pytest.fixture
def stored_claim(thread, agent) -> Claim:
    """A paid claim of the thread's member (the agent's team), imported through the service."""
    result = claims_import(
        data=csv_bytes(claim_rows(thread.member.member_id)), filename="one.csv", actor=agent
    )
    assert not result.problems, result.problems
    return Claim.objects.get(claim_number="CLM-1")


@pytest.fixture
def flagged_claim(stored_claim) -> Claim:
    """The stored claim with one open flag (as the checks will write it)."""
    from claims.records import Finding, Severity
    from claims.services.flags import flags_sync

    flags_sync(
        claim_id=stored_claim.pk,
        findings=[
            Finding(
                check_id="mue-units",
                severity=Severity.HIGH,
                claim_number="CLM-1",
                summary="More units of J1885 than are usually given in a day",
                explanation="The bill lists 2 units; ask the provider to confirm the dose.",
                line_numbers=(2,),
                codes=("J1885",),
                evidence={"units": "2", "mue": "1"},
            )
        ],
    )
    return stored_claim
