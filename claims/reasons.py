"""Claim adjustment reason codes (CARC) in plain words a member can follow.

Our own wording of the meaning of the codes members most often meet on a denial; cost sharing
(1 deductible, 2 coinsurance, 3 copay) and the contractual write-off (45) are not denials.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

# The same words in the other languages the plan writes replies in (claims/words/<code>.toml).
WORDS = Path(__file__).parent / "words"

COST_SHARING_OR_CONTRACTUAL = frozenset({"1", "2", "3", "45", "253"})
PLAIN_WORDS = {
    "4": "the procedure code does not fit the modifier used",
    "5": "the procedure code does not fit the place of service",
    "11": "the diagnosis does not fit the procedure billed",
    "15": "the authorization number was missing or did not match",
    "16": "the claim was missing information the plan needs to process it",
    "18": "it duplicates a claim the plan already received",
    "22": "another plan should pay first (coordination of benefits)",
    "23": "another payer's payment was already applied",
    "26": "the service was before your coverage began",
    "27": "the service was after your coverage ended",
    "29": "the provider sent the claim after the filing deadline",
    "31": "the patient could not be matched to a member of the plan",
    "39": "prior authorization was asked for and denied",
    "49": "routine or preventive care is not covered under this benefit",
    "50": "the plan did not find the service medically necessary",
    "96": "the service is not covered by your plan",
    "97": "the service is paid as part of another service on the claim",
    "109": "the claim belongs to another payer",
    "119": "the benefit maximum for this period was reached",
    "167": "the diagnosis is not covered",
    "181": "the procedure code was not valid on the date of service",
    "197": "the service needed prior authorization and none was on file",
    "204": "your plan's benefits do not include this service",
    "242": "the provider is not in the plan's network for this service",
}


def denial_reason(codes: tuple[str, ...] | list[str]) -> str:
    """The first denial reason of the codes in plain words, or "" when none is known."""
    for code in codes:
        if code not in COST_SHARING_OR_CONTRACTUAL and code in PLAIN_WORDS:
            return PLAIN_WORDS[code]
    return ""


@cache
def _translations(language: str) -> dict[str, str]:
    """English plain words (a denial reason, a service) -> the same words in `language`, from
    claims/words/<language>.toml (keyed by code, as PLAIN_WORDS and SERVICE_WORDS are)."""
    path = WORDS / f"{language}.toml"
    if not path.exists():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    translated: dict[str, str] = {}
    for english, words in (
        (PLAIN_WORDS, data.get("denial_reasons", {})), (SERVICE_WORDS, data.get("services", {})),
    ):  # fmt: skip
        for code, text in words.items():
            if code in english:
                translated.setdefault(english[code], text)
    return translated


def plain_words_in(words: str, language: str) -> str:
    """A claim's plain words (its denial_reason or service, as ClaimFacts holds them) in
    `language` ("en", "es"): as they are in English, or in a language with no wording for them."""
    if language == "en" or not words:
        return words
    return _translations(language).get(words, words)


# Procedure codes in the words a member would use (the common ones; others say nothing).
SERVICE_WORDS = {
    "99202": "an office visit", "99203": "a new-patient visit", "99204": "a specialist visit",
    "99212": "an office visit", "99213": "an office visit", "99214": "an office visit",
    "99215": "an office visit", "99283": "an emergency room visit",
    "99284": "an emergency room visit", "99285": "an emergency room visit",
    "80053": "a metabolic blood panel", "80061": "a cholesterol panel", "85025": "a blood count",
    "83036": "an A1c blood test", "73721": "an MRI of the knee", "71046": "a chest X-ray",
    "76700": "an abdominal ultrasound", "A0427": "an ambulance ride",
    "A0425": "ambulance mileage", "A0431": "an air ambulance transport",
}  # fmt: skip


def service_words(codes: list[str]) -> str:
    """The first procedure code's plain words, or ""."""
    return next((SERVICE_WORDS[code] for code in codes if code in SERVICE_WORDS), "")
