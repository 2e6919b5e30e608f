"""Shared helpers for the fifteenth held-out drafts set (stop 32, helper sets14).

`C14` builds a claim override with the values bench/drafts.py stores for a claim (allowed = the
larger of the member's share and 60 % of the billed amount, paid = allowed - share; a denied or
deductible claim pays nothing; a pending one is not adjudicated), so that an amount a message
quotes agrees with the stored record. The item constructor `D` and the must-not defaults come from
drafts_common, shared by every drafts set.
"""

from decimal import Decimal

SIGN = "\n\n{AGENT_NAME}"
FIRM = Decimal("0.01")


def C14(billed, owes=None, scenario="paid", **extra):
    """A claim dict: billed (and, once adjudicated, allowed / plan_paid / member_owes) as strings."""
    billed_d = Decimal(billed)
    if scenario.startswith("denied"):
        claim = {"billed": f"{billed_d:.2f}", "plan_paid": "0.00"}
    elif scenario in ("pending", "duplicate_submitted"):
        claim = {"billed": f"{billed_d:.2f}"}
    else:
        sixty = (billed_d * Decimal("0.6")).quantize(FIRM)
        if scenario == "oop_met":
            share = Decimal(0)
        elif owes is not None:
            share = Decimal(owes)
        else:
            share = sixty if scenario == "deductible" else Decimal(0)
        allowed = max(share, sixty)
        paid = Decimal(0) if scenario == "deductible" else allowed - share
        claim = {"billed": f"{billed_d:.2f}", "allowed": f"{allowed:.2f}",
                 "plan_paid": f"{paid:.2f}", "member_owes": f"{share:.2f}"}
    claim.update(extra)
    return claim
