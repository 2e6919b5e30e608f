"""Which record field a written amount names, by the words right around it in the reply.

At training an amount becomes its field's slot when one field holds it. When several do (a
member's one claim of the year: its share is also the year's out-of-pocket spending) or the
amount is $0.00 (which many fields hold), the value says nothing; the words may: "you owe
$45.00", "the plan paid $0.00", "$45.00 went toward your deductible". Each field's phrases
below stand right against the amount (§); a field counts only when one of its phrases does, and
an amount is bound only when exactly one of its candidate fields is named. No words, or words
naming two candidates: no field (the amount stays a plain {AMOUNT}). Keyed by the slots' names
(suggestions.templating.Placeholder values), so templating can use it without a cycle.

An amount two fields hold by value (one claim's copay and share) is bound to the first of them
unless the words name another (`first_of_several`): "the $30.00 copay" is {COPAY}, "you owe
$30.00" {MEMBER_OWES}, no words the first. The plan year's two running totals share their
phrases ("you're at $X of $Y", "lleva $X de $Y"): the kind of total named nearest to the amount
("deductible", "out-of-pocket", "máximo") decides which, none named leaves both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A dollar figure as replies write it ("$45", "$ 1,200.50").
DOLLAR_FIGURE = re.compile(r"\$\s?\d[\d,]*(?:\.\d{1,2})?")
_SENTENCE_END = re.compile(r"[.!?;\n]\s")
_WINDOW = 90  # characters each side: a clause, not the next sentence

# A word before "share" that makes it another field's ("your coinsurance share").
_NOT_A_KIND = r"(?:(?!coinsurance\b|copay\b|coseguro\b|copago\b)[\w-]+ )"
_PHRASES = {
    "MEMBER_OWES": (
        r"\byou(?:'d| would| still| may| might)? owe(?: only| just)?,? §",
        r"\bwhat you owe (?:is|was|comes to) §",
        rf"\byour {_NOT_A_KIND}{{0,3}}(?:share|part|responsibility|balance)"
        r"(?: [^\s.;:!?§#]+){0,12} (?:is|was|comes to|of|as)(?: only| just)? §",
        rf"\byour {_NOT_A_KIND}{{0,3}}(?:share|part|responsibility|balance)[,:] §",
        r"§ (?:is|as) your (?:[\w-]+ )?(?:share|part|responsibility)\b",
        r"§ is yours to pay\b",
        r"\bleft for you:? \(?§",
        r"\bcosts? you §",
        r"\byou (?:paid|pay|will pay|'ll pay) §(?! (?:of|toward|towards|to|for your)\b)",
        r"\b(?:ask\w*|bill\w*|charg\w*|pay|paid|owe|collect\w*|adds? up)(?: [\w-]+){0,2}"
        r" more than §",
        r"\bcollect from you (?:is )?§",
        r"\busted debe,? §",
        r"\bque debe,? (?:es |son )?§",
        r"\ble corresponden? §",
        r"\ble queda a usted:? \(?§",
        r"\bresponsable de §",
        r"\busted pagó §(?! (?:de|para|hacia)\b)",
        rf"\bsu {_NOT_A_KIND}{{0,2}}(?:parte|responsabilidad|saldo)(?: [^\s.;:!?§#]+){{0,8}}"
        r" (?:es|fue|de)(?: solo)? §",
        r"§ (?:[\w-]+ )?(?:son|es) su (?:parte|responsabilidad)\b",
        r"\b(?:cobr\w*|pag\w*|pedir\w*|deb\w*|factur\w*) más de §",
    ),
    "PLAN_PAID": (
        r"\b(?:plan|we|insurance|it) (?:paid|covered|pays|covers) §",
        r"\bpaid by (?:the|your) plan (?:is|was) §",
        r"\bplan's (?:payment|share) (?:is|was|of) §",
        r"\bwhat we paid \(§",
        r"\bel (?:plan|seguro) (?:pagó|cubrió|paga|cubre) §",
        r"\bpagamos §",
        r"\blo que pagamos \(§",
    ),
    "ALLOWED": (
        r"\ballowed (?:amount )?(?:(?:[\w-]+ ){0,3}(?:was|is|of) )?\(?§",
        r"\ballowed amount,? \(?§",
        r"\ballowed: §",
        r"\bof the § allowed\b",
        r"\bwhat the plan allows \(§",
        r"\b(?:cantidad|monto) permitid[oa] (?:[\w-]+ ){0,3}(?:fue |es |de )?\(?§",
        r"\b(?:cantidad|monto) permitid[oa],? \(?§",
        r"\bpermitido:? §",
        r"\blo permitido (?:fue|es) §",
        r"\bde los § permitidos\b",
        r"\blo que permite el plan \(§",
    ),
    "BILLED": (
        r"\b(?:billed|charged)(?: you)?:? \(?§",
        r"\bbilled, §",
        r"\bthe § (?:originally )?billed\b",
        r"\bcharges?,? (?:which )?(?:should )?total §",
        r"\bfactur(?:ó|aron|ado)(?: [\w-]+)?,? \(?§",
        r"\bfacturado: §",
        r"\blos § facturados\b",
        r"\blo que cobró (?:el |la )?[\w-]+,? \(?§",
    ),
    "COPAY": (
        r"\bcopay (?:(?!coinsurance\b)[\w-]+ ){0,2}(?:was|is|of) §",
        r"\bcopay \(§",
        r"§ (?:[\w-]+ )?copay\b",
        r"\bcopago (?:(?!coseguro\b)[\w-]+ ){0,3}(?:fue|es|de) §",
    ),
    "COINSURANCE": (
        r"\bcoinsurance (?:(?!copay\b)[\w-]+ ){0,2}(?:was |is |of )§",
        r"\bcoinsurance \(§",
        r"§ (?:is|was) your coinsurance\b",
        r"\bcoseguro (?:(?!copago\b)[\w-]+ ){0,2}(?:fue |es |de )§",
        r"§ es su coseguro\b",
    ),
    "DEDUCTIBLE_APPLIED": (
        r"§ (?:that |which )?(?:was |were )?(?:applied|went|counted|goes) (?:to|toward|towards)"
        r" (?:your|the) deductible\b",
        r"\bdeductible: § (?:was )?applied\b",
        r"§ (?:finished|completed|finished off) (?:your deductible|what was left)\b",
        r"§ (?:se aplicó|se aplicaron|fue|fueron) (?:a su|al) deducible\b",
        r"\bdeducible: se aplicaron? §",
        r"§ complet(?:ó|aron) (?:su deducible|lo que le faltaba)\b",
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
        r"\bleaves (?:you )?§",
        r"\ble (?:queda|quedan|falta|faltan) §",
    ),
    "OOP_MAX": (
        r"\bout-of-pocket (?:maximum|max|limit) (?:is |was |of )§",
        r"\b(?:maximum|limit)(?: [\w-]+){0,3} (?:is|was|of) §",
        r"§ (?:out-of-pocket )?(?:maximum|max|limit)\b",
        r"\bspending reaches §",
        r"\bmáximo de gastos de bolsillo (?:es |de )§",
        r"\b(?:máximo|límite)(?: [\w-]+){0,4} (?:es|de) §",
    ),
    "OOP_MET": (
        r"\b(?:met|reached|paid|spent) § (?:of|toward|towards) (?:your|the) (?:# )?"
        r"out-of-pocket\b",
    ),
}
# Where a member stands in the plan year, for either of its two running totals: "you're at §",
# "brings you to §", "lleva §" (how far along), "# of §" (the limit). Which total the words mean
# is the kind of total named nearest to the amount in its sentence ("deductible", "deducible";
# "out-of-pocket", "maximum", "limit", "máximo"); none named: either (the fields holding the
# amount decide, as with any phrase naming two fields).
_DEDUCTIBLE_KIND = re.compile(r"\bdeductible|\bdeducible", re.IGNORECASE)
_OUT_OF_POCKET_KIND = re.compile(
    r"\bout-of-pocket|\bmaximum\b|\bmax\b|\blimit\b|\bmáximo\b|\blímite\b|\bbolsillo\b",
    re.IGNORECASE,
)
_KIND_AFTER = re.compile(
    r"§ (?:met |cumplido )?(?:so far )?(?:of|toward|towards|de|para) (?:your |the |a |su |un )?"
    r"(?:# )?(?:[\w-]+ )?(deductible|deducible|out-of-pocket|maximum|max|limit|máximo|límite)\b",
    re.IGNORECASE,
)
_PROGRESS_LEAD = (
    r"(?:you(?:'ve| have)? (?:now )?(?:met|reached)|you(?:'re| are) (?:now )?at"
    r"|(?:is|are) (?:now )?at|(?:total|progress|spending) (?:is|was|so far is)|total actual es"
    r"|brings? you (?:up )?to|brought you (?:up )?to|puts? you at|now at"
    r"|lleva|llevo|va en|ha (?:cumplido|alcanzado)|ya lleva)"
)
_RUNNING_TOTALS = {
    ("DEDUCTIBLE_MET", "OOP_MET"): (
        rf"\b{_PROGRESS_LEAD} §",
        r"§ (?:met|cumplido)\b",
        r"§ (?:met |cumplido )?(?:of|de) #",
        r"§ (?:so far )?(?:of|toward|towards|de) (?:your |the |a |su |un )?(?:# )?"
        r"(?:[\w-]+ )?(?:deductible|deducible|out-of-pocket|maximum|máximo|limit|límite)\b",
    ),
    ("DEDUCTIBLE", "OOP_MAX"): (
        r"# (?:met |cumplido )?(?:of|toward|towards|de) (?:your |the |a |su |un )?"
        r"(?:maximum of |máximo de |limit of )?§",
    ),
}
_NAMED = {
    field: re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE)
    for field, phrases in _PHRASES.items()
}
_RUNNING = {
    fields: re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE)
    for fields, phrases in _RUNNING_TOTALS.items()
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
    window = f"{DOLLAR_FIGURE.sub('#', before)}§{DOLLAR_FIGURE.sub('#', after)}"
    window = window.replace("\u2019", "'").replace("out of pocket", "out-of-pocket")
    return re.sub(r"\s+", " ", window)


def fields_named(
    window: str, limit_kind: str | None = None, sentence_kind: str | None = None
) -> set[str]:
    """Every field the words of a window (made by `around`) name for its amount. `limit_kind`
    ("DEDUCTIBLE" or "OOP"): the kind of limit the figure the amount is "of" holds (see
    `limit_after`), which says which running total it is when no word after it does;
    `sentence_kind`: the one kind of limit the sentence's other figures hold, which says it when
    no word of the sentence names a kind ("your limit is {OOP_MAX} and you've reached §")."""
    named = {field for field, pattern in _NAMED.items() if pattern.search(window)}
    for (deductible, out_of_pocket), pattern in _RUNNING.items():
        if pattern.search(window):
            kind = _nearest_kind(window, limit_kind) or sentence_kind
            if kind != "OOP":
                named.add(deductible)
            if kind != "DEDUCTIBLE":
                named.add(out_of_pocket)
    return named


def _nearest_kind(window: str, limit_kind: str | None = None) -> str | None:
    """ "DEDUCTIBLE" or "OOP" for the kind of running total the amount is "of" or "toward"
    (named in words, else the kind of the limit figure it is "of"), else the kind named nearest
    to it, else None (neither named)."""
    if tail := _KIND_AFTER.search(window):
        return "DEDUCTIBLE" if _DEDUCTIBLE_KIND.match(tail.group(1)) else "OOP"
    if limit_kind is not None:
        return limit_kind
    where = window.index("§")
    distances = {
        kind: min(
            (min(abs(m.start() - where), abs(m.end() - where)) for m in p.finditer(window)),
            default=None,
        )
        for kind, p in (("DEDUCTIBLE", _DEDUCTIBLE_KIND), ("OOP", _OUT_OF_POCKET_KIND))
    }
    found = {kind: d for kind, d in distances.items() if d is not None}
    return min(found, key=lambda kind: found[kind]) if found else None


# "§ of $1,000.00", "§ met toward a maximum of $6,000.00", "lleva § de $1,000.00": the amount is
# a running total of the limit written right after it.
_OF_A_LIMIT = re.compile(
    r" ?(?:met |reached |cumplido )?(?:so far )?(?:of|toward|towards|de|para) "
    r"(?:your |the |a |su |un )?(?:(?:maximum|máximo|limit|límite) (?:of |de ))?(?=\$)",
    re.IGNORECASE,
)
# A limit's slot and the kind of running total counted toward it.
_LIMITS = {"DEDUCTIBLE": "DEDUCTIBLE", "OOP_MAX": "OOP"}


def limit_after(text: str, end: int) -> tuple[int, int] | None:
    """Where the dollar figure stands that the amount ending at `end` is counted toward ("§ of
    $1,000.00"), or None. Training looks up that figure's slot: bound to the deductible by its
    value, it makes "you've met § of $1,000.00" the deductible met, whatever other fields
    hold §'s value (`limit_kind`)."""
    lead = _OF_A_LIMIT.match(text, end)
    figure = DOLLAR_FIGURE.match(text, lead.end()) if lead else None
    return figure.span() if figure else None


def sentence_figures(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the other dollar figures of the amount's sentence stand (the window `around`
    reads), for their slots to say which limit the sentence is about."""
    low = max(0, start - _WINDOW)
    if ends := list(_SENTENCE_END.finditer(text, low, start)):
        low = ends[-1].end()
    high = min(len(text), end + _WINDOW)
    if first := _SENTENCE_END.search(text, end, high):
        high = first.start()
    return [
        figure.span()
        for figure in DOLLAR_FIGURE.finditer(text, low, high)
        if figure.end() <= start or figure.start() >= end
    ]


def limit_kind(slot: str | None) -> str | None:
    """ "DEDUCTIBLE" or "OOP" when `slot` (a Placeholder's value) is a plan-year limit."""
    return _LIMITS.get(slot or "")


# The plan year's figures: an amount one of them holds may be the year's, not the claim's.
YEAR_FIELDS = frozenset(
    ("DEDUCTIBLE", "DEDUCTIBLE_MET", "DEDUCTIBLE_REMAINING", "OOP_MAX", "OOP_MET")
)


def field_named[T: str](
    text: str,
    start: int,
    end: int,
    candidates: Iterable[T],
    *,
    first_of_several: bool = False,
    claim_fields_agree: bool = False,
    of_limit: str | None = None,
    sentence_limits: Iterable[str | None] = (),
) -> T | None:
    """The one candidate field the words around text[start:end] name, or None. With
    `first_of_several` (fields of one claim that all hold the amount: any of them is true), the
    first candidate named when the words name several. With `claim_fields_agree` (an amount
    that is not zero), the first named too when every field named is a claim's, none a plan-year
    figure: "the allowed amount of $93.00 went toward your deductible" is the claim's allowed
    amount (and its deductible applied) although the year's deductible met is $93.00 too.
    `of_limit`: the slot the figure the amount is counted toward is bound to (`limit_after`):
    {DEDUCTIBLE} makes a running total the deductible met, {OOP_MAX} the out-of-pocket met.
    `sentence_limits`: the slots of the sentence's other figures (`sentence_figures`): when no
    word names a kind and they hold one kind of limit only, that kind's running total."""
    kinds = {limit_kind(slot) for slot in sentence_limits} - {None}
    sentence_kind = kinds.pop() if len(kinds) == 1 else None
    named_here = fields_named(around(text, start, end), limit_kind(of_limit), sentence_kind)
    named = [field for field in candidates if field in named_here]
    if first_of_several and named:
        return named[0]
    if claim_fields_agree and len(named) > 1 and not YEAR_FIELDS.intersection(named):
        return named[0]
    return named[0] if len(named) == 1 else None
