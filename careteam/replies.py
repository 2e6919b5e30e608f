"""Checks the apps above careteam run on every reply before it is sent.

careteam knows nothing of drafts or claims; suggestions registers, for example, a check that
refuses unfilled placeholders and one that asks the agent to confirm amounts, dates and claim
numbers the member's records do not show. A check must be quick and must not write.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.core import signing

from careteam.data import ReplyCandidate, ReplyConcern

ReplyCheck = Callable[[ReplyCandidate], list[ReplyConcern]]
_CHECKS: dict[str, ReplyCheck] = {}
_SALT = "careteam.reply-confirmation"


def register_reply_check(name: str, check: ReplyCheck) -> None:
    _CHECKS[name] = check


def reply_concerns(candidate: ReplyCandidate) -> list[ReplyConcern]:
    return [concern for check in _CHECKS.values() for concern in check(candidate)]


def _fingerprint(candidate: ReplyCandidate, concerns: list[ReplyConcern]) -> str:
    material = "\x1f".join(
        [str(candidate.thread_id), str(candidate.author_id), candidate.text]
        + [f"{concern.fragment}\x1e{concern.message}" for concern in concerns]
    )
    return hashlib.sha256(material.encode()).hexdigest()


def confirmation_token(candidate: ReplyCandidate, concerns: list[ReplyConcern]) -> str:
    """Shown with the concerns; posting it back confirms exactly these concerns on this text."""
    return signing.dumps(_fingerprint(candidate, concerns), salt=_SALT, compress=False)


def is_confirmed(candidate: ReplyCandidate, concerns: list[ReplyConcern], token: str) -> bool:
    if not token:
        return False
    try:
        return signing.loads(token, salt=_SALT) == _fingerprint(candidate, concerns)
    except signing.BadSignature:
        return False
