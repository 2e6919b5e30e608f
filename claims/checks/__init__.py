"""Miscoding checks: pure functions over claims.records.Claim.

    findings = run_checks(claim, history=member_other_claims, reference=reference)

`reference` is a claims.reference.Reference (reference_from_database() in a task, built by hand
in tests); `history` is the member's other claims (any order; other members' claims are
ignored). CATALOGUE lists every check id with its severity, group and a one-line description.
A check whose reference table is not loaded finds nothing; the diagnosis checks need no table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from claims.checks.base import BY_ID, CATALOGUE, CheckInfo, current_history
from claims.checks.diagnosis import check_diagnoses
from claims.checks.duplicates import check_duplicates
from claims.checks.eob import check_eob
from claims.checks.place_of_service import check_place_of_service
from claims.checks.ptp import check_ptp
from claims.checks.surprises import check_no_surprises
from claims.checks.units import check_mue, check_ndc_units
from claims.records import Claim, Finding
from claims.reference.lookup import Reference

Check = Callable[..., list[Finding]]

CHECK_FUNCTIONS: tuple[Check, ...] = (
    check_diagnoses,
    check_duplicates,
    check_mue,
    check_ndc_units,
    check_ptp,
    check_eob,
    check_no_surprises,
    check_place_of_service,
)


def run_checks(claim: Claim, *, history: Sequence[Claim], reference: Reference) -> list[Finding]:
    """Every finding on `claim`, each once (by Finding.key), most severe first."""
    findings: dict[str, Finding] = {}
    history = current_history(claim, history)  # once here; each check's own call is then cheap
    for check in CHECK_FUNCTIONS:
        for finding in check(claim, history=history, reference=reference):
            findings.setdefault(finding.key, finding)
    order = {"high": 0, "medium": 1, "low": 2}
    return sorted(
        findings.values(),
        key=lambda f: (order[f.severity.value], f.line_numbers or (0,), f.check_id),
    )


__all__ = ["BY_ID", "CATALOGUE", "CHECK_FUNCTIONS", "CheckInfo", "run_checks"]
