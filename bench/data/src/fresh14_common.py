"""Shared helpers for the fifteenth held-out drafts set (stop 32, helper sets14).

`C14` is drafts_common.stored_claim (a claim override with the values bench/drafts.py stores for
a claim). The item constructor `D` and the must-not defaults come from drafts_common too, shared
by every drafts set.
"""

from drafts_common import stored_claim as C14

SIGN = "\n\n{AGENT_NAME}"

__all__ = ["SIGN", "C14"]
