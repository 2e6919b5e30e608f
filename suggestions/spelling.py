"""Spelling slips: the words one typo away from a word (shared by the de-identification's typo
check and the engine's known words)."""

from __future__ import annotations

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def one_typo_away(word: str, letters: str = LETTERS) -> set[str]:
    """The words one letter dropped, added or changed, or two neighbours swapped, away (Norvig's
    edits1), with `letters` the letters a typo may add or change to."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {left + right[1:] for left, right in splits if right}
        | {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
        | {left + c + right[1:] for left, right in splits if right for c in letters}
        | {left + c + right for left, right in splits for c in letters}
    )
