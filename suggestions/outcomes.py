"""How close a sent reply is to the draft it started from, and what that makes the outcome.

One measure for every figure: the word-level similarity ratio of difflib's SequenceMatcher
(2 x matching words / all words in both texts, case folded, punctuation as separate tokens).
Identical texts score 1.0, texts with no word in common 0.0. Thresholds follow PostHog's
support product: at or above SUGGESTION_AS_IS_SIMILARITY (0.85) the draft was sent as it is
(a fixed typo or a changed greeting is not an edit worth counting), at or above
SUGGESTION_EDITED_SIMILARITY (0.4) it was sent after edits, below that the agent wrote their
own reply and the draft counts as ignored.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from django.conf import settings

from suggestions.models import Outcome

_TOKENS = re.compile(r"\w+(?:['\u2019.-]\w+)*|[^\w\s]")


def tokens(text: str) -> list[str]:
    return _TOKENS.findall(text.casefold())


def similarity(draft: str, sent: str) -> float:
    draft_tokens, sent_tokens = tokens(draft), tokens(sent)
    if not draft_tokens and not sent_tokens:
        return 1.0
    ratio = SequenceMatcher(None, draft_tokens, sent_tokens, autojunk=False).ratio()
    return round(ratio, 4)


def classify(score: float) -> Outcome.Kind:
    if score >= settings.SUGGESTION_AS_IS_SIMILARITY:
        return Outcome.Kind.AS_IS
    if score >= settings.SUGGESTION_EDITED_SIMILARITY:
        return Outcome.Kind.EDITED
    return Outcome.Kind.IGNORED


def word_diff(before: str, after: str) -> str:
    """A git-style word diff: [-removed words-] and {+added words+}; unchanged words as they are."""
    old, new = before.split(), after.split()
    parts: list[str] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for operation, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if operation == "equal":
            parts.append(" ".join(old[old_start:old_end]))
            continue
        if old_end > old_start:
            parts.append("[-" + " ".join(old[old_start:old_end]) + "-]")
        if new_end > new_start:
            parts.append("{+" + " ".join(new[new_start:new_end]) + "+}")
    return " ".join(parts)
