"""Shared helpers for the sixteenth held-out drafts set (stop 33, helper sets15).

`C15` is drafts_common.stored_claim (a claim override with the values bench/drafts.py stores for
a claim). The item constructor `D` and the must-not defaults come from drafts_common too, shared
by every drafts set.
"""

from drafts_common import stored_claim as C15

SIGN = "\n\n{AGENT_NAME}"

__all__ = ["SIGN", "C15"]
