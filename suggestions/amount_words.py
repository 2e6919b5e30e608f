"""Which record field a written amount names, by the words right around it in the reply.

At training an amount becomes its field's slot when one field holds it. When several do (a
member's one claim of the year: its share is also the year's out-of-pocket spending) or the
amount is $0.00 (which many fields hold), the value says nothing; the words may: "you owe
$45.00", "the plan paid $0.00", "$45.00 went toward your deductible". Each field's phrases
below stand right against the amount (§); a field counts only when one of its phrases does, and
an amount is bound only when exactly one of its candidate fields is named. No words, or words
naming two candidates: no field (the amount stays a plain {AMOUNT}). Keyed by the slots' names
(suggestions.templating.Placeholder values), so templating can use it without a cycle.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_OTHER_AMOUNT = re.compile(r"\$\s?\d[\d,]*(?:\.\d{1,2})?")
_SENTENCE_END = re.compile(r"[.!?;\n]\s")
_WINDOW = 90  # characters each side: a clause, not the next sentence

_PHRASES = {
    "MEMBER_OWES": (
        r"\byou(?:'d| would| still)? owe(?: only| just)? §",
        r"\byour (?:[\w-]+ ){0,3}(?:share|responsibility|balance)(?: [\w-]+){0,3}"
        r" (?:is|was|comes to|of) §",
        r"§ (?:is|as) your (?:[\w-]+ )?(?:share|responsibility)\b",
        r"\busted debe §",
        r"\bsu (?:[\w-]+ ){0,2}(?:parte|responsabilidad|saldo)(?: [\w-]+){0,3} (?:es|fue|de) §",
    ),
    "PLAN_PAID": (
        r"\b(?:plan|we|insurance) (?:paid|covered|pays) §",
        r"\bpaid by (?:the|your) plan (?:is|was) §",
        r"\bel plan (?:pagó|cubrió) §",
        r"\bpagamos §",
    ),
    "ALLOWED": (
        r"\ballowed (?:amount )?(?:(?:[\w-]+ ){0,3}(?:was|is|of) )?§",
        r"\b(?:cantidad|monto) permitid[oa] (?:fue |es |de )?§",
        r"\bpermitido §",
    ),
    "BILLED": (
        r"\b(?:billed|charged)(?: you)? §",
        r"\bfactur(?:ó|aron|ado) §",
    ),
    "COPAY": (
        r"\bcopay (?:[\w-]+ ){0,2}(?:was|is|of) §",
        r"§ copay\b",
        r"\bcopago (?:[\w-]+ ){0,2}(?:fue|es|de) §",
    ),
    "COINSURANCE": (
        r"\bcoinsurance (?:was |is |of )§",
        r"\bcoseguro (?:fue |es |de )§",
    ),
    "DEDUCTIBLE_APPLIED": (
        r"§ (?:was |were )?(?:applied|went|counted|goes) (?:to|toward|towards) (?:your|the)"
        r" deductible\b",
        r"§ (?:finished|completed) your deductible\b",
        r"§ (?:se aplicó|se aplicaron|fue) a su deducible\b",
        r"§ completó su deducible\b",
    ),
    "DEDUCTIBLE": (
        r"\bdeductible (?:is|was|of) §",
        r"\byour § deductible\b",
        r"\bdeducible (?:es|de) §",
    ),
    "DEDUCTIBLE_MET": (
        r"\b(?:met|paid|spent) § (?:of|toward|towards) (?:your|the) (?:# )?deductible\b",
        r"\bha (?:cubierto|pagado) § de su deducible\b",
    ),
    "DEDUCTIBLE_REMAINING": (
        r"§ (?:left|remaining|remains|to go)\b",
        r"\bremaining (?:on your deductible )?(?:is |of )?§",
        r"\ble (?:queda|quedan|falta|faltan) §",
    ),
    "OOP_MAX": (
        r"\bout-of-pocket (?:maximum|max|limit) (?:is |was |of )§",
        r"\bmáximo de gastos de bolsillo (?:es |de )§",
    ),
    "OOP_MET": (
        r"\b(?:met|reached|paid|spent) § (?:of|toward|towards) (?:your|the) (?:# )?"
        r"out-of-pocket\b",
    ),
}
_NAMED = {
    field: re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE)
    for field, phrases in _PHRASES.items()
}


def around(text: str, start: int, end: int) -> str:
    """The amount's sentence (at most _WINDOW characters each side), spaces and apostrophes
    made plain, the amount as "§" and every other dollar figure as "#"."""
    before = text[max(0, start - _WINDOW) : start]
    after = text[end : end + _WINDOW]
    if ends := list(_SENTENCE_END.finditer(before)):
        before = before[ends[-1].end() :]
    if first := _SENTENCE_END.search(after):
        after = after[: first.start()]
    window = f"{_OTHER_AMOUNT.sub('#', before)}§{_OTHER_AMOUNT.sub('#', after)}"
    window = window.replace("\u2019", "'").replace("out of pocket", "out-of-pocket")
    return re.sub(r"\s+", " ", window)


def field_named[T: str](text: str, start: int, end: int, candidates: Iterable[T]) -> T | None:
    """The one candidate field the words around text[start:end] name, or None."""
    window = around(text, start, end)
    named = [field for field in candidates if (p := _NAMED.get(field)) and p.search(window)]
    return named[0] if len(named) == 1 else None
