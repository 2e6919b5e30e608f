"""Shared helpers for writing the held-out drafts set (Part A).

Each batch module defines ITEMS = [D(...), ...]. build_drafts.py numbers them h001.. in order.
must_not_state = the scenario's default list (below) + add - drop.
"""

from decimal import Decimal

ACTION = "action_taken"

_DENIED = ["claim_paid", "claim_pending", "applied_to_deductible", "oop_max_met", ACTION]
_DENIED_BY_CODE = {
    "16": ["claim_duplicate_denied", "covered", "not_covered"],
    "18": ["not_covered"],  # a duplicate is rejected; the service itself is not "non-covered"
    "22": ["claim_duplicate_denied", "not_covered"],
    "27": ["claim_duplicate_denied", "covered"],
    "29": ["claim_duplicate_denied", "not_covered"],
    "50": ["claim_duplicate_denied", "covered"],
    "96": ["claim_duplicate_denied", "covered"],
    "197": ["claim_duplicate_denied", "no_prior_auth_needed", "not_covered"],
    "204": ["claim_duplicate_denied", "covered"],
}

DEFAULTS = {
    "none": ["claim_denied", "claim_paid", "claim_pending", "claim_duplicate_denied",
             "specific_deadline", ACTION],
    "paid": ["claim_denied", "claim_pending", "claim_duplicate_denied", "oop_max_met",
             "not_covered", "out_of_network", "nsa_protects", ACTION],
    "deductible": ["claim_denied", "claim_paid", "claim_pending", "claim_duplicate_denied",
                   "oop_max_met", "not_covered", "out_of_network", "nsa_protects", ACTION],
    "partial_deductible": ["claim_denied", "claim_pending", "claim_duplicate_denied",
                           "oop_max_met", "not_covered", "out_of_network", "nsa_protects",
                           ACTION],
    "oop_met": ["claim_denied", "claim_pending", "claim_duplicate_denied",
                "applied_to_deductible", "not_covered", ACTION],
    "out_of_network": ["in_network", "claim_denied", "claim_pending", "claim_duplicate_denied",
                       "nsa_protects", "oop_max_met", "not_covered", ACTION],
    "balance_bill": ["claim_denied", "claim_pending", "claim_duplicate_denied", "not_covered",
                     "oop_max_met", ACTION],
    "emergency_in_network": ["out_of_network", "claim_denied", "claim_pending",
                             "claim_duplicate_denied", "needs_prior_auth", "not_covered",
                             ACTION],
    "emergency_oon": ["in_network", "claim_denied", "claim_pending", "claim_duplicate_denied",
                      "needs_prior_auth", "not_covered", ACTION],
    "ambulance_ground": ["in_network", "nsa_protects", "claim_denied", "claim_pending",
                         "claim_duplicate_denied", "not_covered", ACTION],
    "ambulance_air": ["claim_denied", "claim_pending", "claim_duplicate_denied",
                      "needs_prior_auth", "not_covered", ACTION],
    "pending": ["claim_denied", "claim_paid", "claim_duplicate_denied", "applied_to_deductible",
                "oop_max_met", "amount_stated", "covered", "not_covered", "specific_deadline",
                ACTION],
    "duplicate_submitted": ["claim_denied", "claim_paid", "claim_duplicate_denied",
                            "applied_to_deductible", "oop_max_met", "amount_stated", "covered",
                            "not_covered", "specific_deadline", ACTION],
    "pharmacy": ["claim_denied", "claim_pending", "claim_duplicate_denied", "nsa_protects",
                 ACTION],
}

# in a "none" message these topics talk about plan-level money the slots can fill
_NONE_AMOUNT_OK = {"deductible", "out_of_pocket_max"}


def default_must_not(scenario, topic):
    if scenario.startswith("denied:"):
        code = scenario.split(":", 1)[1]
        out = _DENIED + _DENIED_BY_CODE[code]
    else:
        out = list(DEFAULTS[scenario])
    if scenario == "none" and topic not in _NONE_AMOUNT_OK:
        out.append("amount_stated")
    return out


def D(lang, kind, topic, scenario, text, ref, claim=None, mentions=(), add=(), drop=(),
      topics=None):
    mns = [c for c in default_must_not(scenario, topic) if c not in drop]
    for c in add:
        if c not in mns:
            mns.append(c)
    item = {
        "language": lang,
        "text": text,
        "topic": topic,
        "scenario": scenario,
    }
    if topics:
        item["topics"] = list(topics)
    if claim:
        item["claim"] = dict(claim)
    item["mentions"] = list(mentions)
    item["reference"] = ref
    item["must_not_state"] = mns
    item["kind"] = kind
    return item


# both answers unknown without looking it up
NET_UNKNOWN = ("in_network", "out_of_network")
PA_UNKNOWN = ("needs_prior_auth", "no_prior_auth_needed")
COV_UNKNOWN = ("covered", "not_covered")

_CENT = Decimal("0.01")


def stored_claim(billed, owes=None, scenario="paid", **extra):
    """A claim override with the values bench/drafts.py stores for a claim (allowed = the larger of
    the member's share and 60 % of the billed amount, paid = allowed - share; a denied or
    deductible claim pays nothing; a pending one is not adjudicated), so that an amount a message
    quotes agrees with the stored record: billed (and, once adjudicated, allowed / plan_paid /
    member_owes) as strings."""
    billed_d = Decimal(billed)
    if scenario.startswith("denied"):
        claim = {"billed": f"{billed_d:.2f}", "plan_paid": "0.00"}
    elif scenario in ("pending", "duplicate_submitted"):
        claim = {"billed": f"{billed_d:.2f}"}
    else:
        sixty = (billed_d * Decimal("0.6")).quantize(_CENT)
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
