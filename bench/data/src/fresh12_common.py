"""Shared helpers for the thirteenth held-out drafts set (stop 30, helper sets12).

`C12` builds a claim override with the values bench/drafts.py stores (allowed = the larger of the
member's share and 60 % of the billed amount, paid = allowed - share), so that an amount a message
quotes agrees with the stored record.
"""

from decimal import Decimal

SIGN = "\n\n{AGENT_NAME}"


def C12(billed, owes=None, scenario="paid", **extra):
    b = Decimal(billed)
    if scenario.startswith("denied"):
        out = {"billed": f"{b:.2f}", "plan_paid": "0.00"}
    elif scenario in ("pending", "duplicate_submitted"):
        out = {"billed": f"{b:.2f}"}
    else:
        floor = (b * Decimal("0.6")).quantize(Decimal("0.01"))
        if scenario == "oop_met":
            o = Decimal(0)
        elif owes is None:
            o = floor if scenario == "deductible" else Decimal(0)
        else:
            o = Decimal(owes)
        allowed = max(o, floor)
        paid = Decimal(0) if scenario == "deductible" else allowed - o
        out = {"billed": f"{b:.2f}", "allowed": f"{allowed:.2f}", "plan_paid": f"{paid:.2f}",
               "member_owes": f"{o:.2f}"}
    out.update(extra)
    return out
