"""Explanation-of-benefits arithmetic, per line and per claim, to the cent.

allowed = paid + deductible + copay + coinsurance (+ what another payer paid); allowed <= billed;
patient responsibility = the patient-responsibility (PR) adjustments; the claim's charge = the
sum of its lines' charges. Cost-sharing fields the source left out are taken from the PR
adjustments (CARC 1 deductible, 2 coinsurance, 3 copay). A line or claim that says nothing about
cost sharing at all (no fields, no adjustments) is not judged: its arithmetic cannot be checked.
Differences of one cent or less are rounding and pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from claims.checks.base import CENT, dollars, make_finding, one_finding_for_lines
from claims.records import Adjustment, Claim, Finding, Line
from claims.reference.lookup import Reference

DEDUCTIBLE, COINSURANCE, COPAY = "1", "2", "3"
ZERO = Decimal(0)
_NO_PR = (ZERO, ZERO, ZERO, ZERO)


def _pr_parts(adjustments: Sequence[Adjustment]) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """(every patient-responsibility adjustment, deductible, copay, coinsurance), in one pass.
    Money sums are exact in Decimal, so the order they are added in does not change them."""
    if not adjustments:
        return _NO_PR
    total = deductible = copay = coinsurance = ZERO
    for adjustment in adjustments:
        if adjustment.group != "PR":
            continue
        amount = adjustment.amount
        total += amount
        reason = adjustment.reason
        if reason == DEDUCTIBLE:
            deductible += amount
        elif reason == COPAY:
            copay += amount
        elif reason == COINSURANCE:
            coinsurance += amount
    return total, deductible, copay, coinsurance


def cost_sharing(line: Line) -> tuple[Decimal, Decimal, Decimal] | None:
    """(deductible, copay, coinsurance) from the fields, else from the PR adjustments."""
    return _cost_sharing(line, _pr_parts(line.adjustments))


def _cost_sharing(
    line: Line, pr: tuple[Decimal, Decimal, Decimal, Decimal]
) -> tuple[Decimal, Decimal, Decimal] | None:
    deductible, copay, coinsurance = line.deductible, line.copay, line.coinsurance
    if deductible is None and copay is None and coinsurance is None and not line.adjustments:
        return None
    return (
        deductible if deductible is not None else pr[1],
        copay if copay is not None else pr[2],
        coinsurance if coinsurance is not None else pr[3],
    )


def check_eob(claim: Claim, *, history: Sequence[Claim], reference: Reference) -> list[Finding]:
    """One finding per kind of problem, listing every line it is on; the claim-level version
    of a problem only when no line shows it (the lines already explain the claim's)."""
    findings: list[Finding] = []
    unbalanced: list[Finding] = []
    over_billed: list[Finding] = []
    responsibility: list[Finding] = []
    shares_total = ZERO
    share_known = True
    lines_pr = ZERO  # every PR adjustment on the lines
    for line in claim.lines:
        pr = _pr_parts(line.adjustments)
        lines_pr += pr[0]
        share = _cost_sharing(line, pr)
        other = line.other_payer_paid or ZERO
        allowed = line.allowed
        if share is None:
            share_known = False
        else:
            line_share = share[0] + share[1] + share[2] + other
            shares_total += line_share
            paid = line.paid
            if allowed is not None and paid is not None and abs(allowed - paid - line_share) > CENT:
                unbalanced.append(_allowed_sum(claim, line, allowed, paid, share, other))
        if allowed is not None and allowed - line.billed > CENT:
            over_billed.append(_over_billed(claim, allowed, line.billed, line))
        stated = line.patient_responsibility
        if stated is not None and line.adjustments and abs(stated - pr[0]) > CENT:
            responsibility.append(_responsibility(claim, stated, pr[0], line))
    if unbalanced:
        findings.append(
            one_finding_for_lines(
                claim,
                unbalanced,
                summary="the allowed amounts do not match their parts",
                lead="On these lines the plan's allowed amount is not what it paid plus what "
                "the member owes:",
                tail="The differences are unaccounted for; it is worth asking the plan to "
                "explain the statement.",
            )
        )
    if over_billed:
        findings.append(
            one_finding_for_lines(
                claim,
                over_billed,
                summary="allowed is more than billed",
                lead="On these lines the plan allowed more than the provider charged:",
                tail="An allowed amount is normally at most the charge, so one of the figures "
                "is probably wrong; it is worth asking the plan to check them.",
            )
        )
    if responsibility:
        findings.append(
            one_finding_for_lines(
                claim,
                responsibility,
                summary="what the member owes differs from the adjustments",
                lead="On these lines what the member owes is not what the listed reasons add "
                "up to:",
                tail="The member should not pay the differences until the plan explains them.",
            )
        )
    claim_pr = _pr_parts(claim.adjustments)
    claim_share_adjustments = claim_pr[1] + claim_pr[2] + claim_pr[3]
    if (
        claim.allowed is not None
        and claim.paid is not None
        and not unbalanced
        and claim.lines
        and share_known
    ):
        expected = claim.paid + shares_total + claim_share_adjustments
        if abs(claim.allowed - expected) > CENT:
            findings.append(_claim_allowed_sum(claim, claim.allowed, claim.paid, expected))
    if claim.allowed is not None and claim.allowed - claim.billed > CENT and not over_billed:
        findings.append(_over_billed(claim, claim.allowed, claim.billed, None))
    any_adjustment = bool(claim.adjustments) or any(line.adjustments for line in claim.lines)
    if claim.patient_responsibility is not None and any_adjustment and not responsibility:
        adjusted = claim_pr[0] + lines_pr
        if abs(claim.patient_responsibility - adjusted) > CENT:
            findings.append(_responsibility(claim, claim.patient_responsibility, adjusted, None))
    if claim.lines:
        lines_total = sum((line.billed for line in claim.lines), Decimal(0))
        if abs(claim.billed - lines_total) > CENT:
            findings.append(_billed_sum(claim, lines_total))
    return findings


def _allowed_sum(
    claim: Claim,
    line: Line,
    allowed: Decimal,
    paid: Decimal,
    share: tuple[Decimal, Decimal, Decimal],
    other: Decimal,
) -> Finding:
    deductible, copay, coinsurance = share
    parts = (
        f"paid {dollars(paid)}, deductible {dollars(deductible)}, copay {dollars(copay)}, "
        f"coinsurance {dollars(coinsurance)}"
        + (f", other insurance {dollars(other)}" if other else "")
    )
    total = paid + deductible + copay + coinsurance + other
    return make_finding(
        "eob-allowed-sum",
        claim,
        summary=f"Line {line.number}: allowed {dollars(allowed)} but the parts add up to "
        f"{dollars(total)}",
        explanation=(
            f"On line {line.number} ({line.procedure_code}) the plan allowed {dollars(allowed)}, "
            f"but what it paid and what the member owes add up to {dollars(total)} ({parts}). "
            f"The difference of {dollars(allowed - total)} is unaccounted for; it is worth "
            "asking the plan to explain the statement."
        ),
        lines=[line.number],
        codes=[line.procedure_code],
        evidence={
            "allowed": str(allowed),
            "paid": str(paid),
            "deductible": str(deductible),
            "copay": str(copay),
            "coinsurance": str(coinsurance),
            "other_payer_paid": str(other),
            "difference": str(allowed - total),
        },
    )


def _claim_allowed_sum(claim: Claim, allowed: Decimal, paid: Decimal, expected: Decimal) -> Finding:
    return make_finding(
        "eob-allowed-sum",
        claim,
        summary=f"Claim allowed {dollars(allowed)} but the parts add up to {dollars(expected)}",
        explanation=(
            f"For the whole claim the plan allowed {dollars(allowed)}, but what it paid "
            f"({dollars(paid)}) and the member's share add up to {dollars(expected)}. The "
            f"difference of {dollars(allowed - expected)} is unaccounted for; it is worth asking "
            "the plan to explain the statement."
        ),
        evidence={
            "allowed": str(allowed),
            "paid": str(paid),
            "paid_plus_cost_sharing": str(expected),
            "difference": str(allowed - expected),
        },
    )


def _over_billed(claim: Claim, allowed: Decimal, billed: Decimal, line: Line | None) -> Finding:
    where = f"On line {line.number} ({line.procedure_code})" if line else "For the whole claim"
    return make_finding(
        "eob-allowed-over-billed",
        claim,
        summary=(f"Line {line.number}: " if line else "Claim: ")
        + f"allowed {dollars(allowed)} is more than billed {dollars(billed)}",
        explanation=(
            f"{where} the plan allowed {dollars(allowed)}, more than the {dollars(billed)} the "
            "provider charged. An allowed amount is normally at most the charge, so one of the "
            "two figures is probably wrong; it is worth asking the plan to check it, since the "
            "member's share is worked out from the allowed amount."
        ),
        lines=[line.number] if line else [],
        codes=[line.procedure_code] if line else [],
        evidence={"allowed": str(allowed), "billed": str(billed)},
    )


def _responsibility(claim: Claim, stated: Decimal, adjusted: Decimal, line: Line | None) -> Finding:
    where = f"line {line.number} ({line.procedure_code})" if line else "this claim"
    return make_finding(
        "eob-patient-responsibility",
        claim,
        summary=(f"Line {line.number}: " if line else "Claim: ")
        + f"member owes {dollars(stated)}, the adjustments say {dollars(adjusted)}",
        explanation=(
            f"The statement says the member owes {dollars(stated)} for {where}, but the reasons "
            f"it lists for the member's share add up to {dollars(adjusted)}. The member should "
            f"not pay the difference of {dollars(stated - adjusted)} until the plan explains it."
        ),
        lines=[line.number] if line else [],
        codes=[line.procedure_code] if line else [],
        evidence={
            "patient_responsibility": str(stated),
            "pr_adjustments": str(adjusted),
            "difference": str(stated - adjusted),
        },
    )


def _billed_sum(claim: Claim, lines_total: Decimal) -> Finding:
    return make_finding(
        "eob-billed-sum",
        claim,
        summary=f"Claim total {dollars(claim.billed)}, lines add up to {dollars(lines_total)}",
        explanation=(
            f"The claim's total charge is {dollars(claim.billed)}, but its lines add up to "
            f"{dollars(lines_total)}. A line may be missing or mistyped; it is worth asking the "
            "provider for an itemised bill."
        ),
        lines=[line.number for line in claim.lines],
        evidence={"claim_billed": str(claim.billed), "lines_billed": str(lines_total)},
    )
