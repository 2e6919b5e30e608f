"""Protected details out, typed placeholders in; and back again from a thread's own records.

Everything a suggestion model learns or stores goes through `to_template` first, so a model
holds templates such as "Hi {MEMBER_FIRST_NAME}, claim {CLAIM_NUMBER} ..." and never a member's
details. `fill` puts the thread's facts back; a placeholder the records cannot fill stays in
the text, visibly, and the engine never invents a value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Placeholder(StrEnum):
    MEMBER_FIRST_NAME = "MEMBER_FIRST_NAME"
    MEMBER_LAST_NAME = "MEMBER_LAST_NAME"
    MEMBER_ID = "MEMBER_ID"
    AGENT_NAME = "AGENT_NAME"
    CLAIM_NUMBER = "CLAIM_NUMBER"
    AMOUNT = "AMOUNT"
    DATE = "DATE"
    PROVIDER_NAME = "PROVIDER_NAME"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    PLAN_NAME = "PLAN_NAME"
    SERVICE = "SERVICE"

    @property
    def token(self) -> str:
        return "{" + self.value + "}"


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_PROVIDER_WORDS = (
    r"(?:Center|Centre|Hospital|Clinic|Group|Medicine|Associates|Services|Physicians|Pediatrics|"
    r"Cardiology|Dermatology|Orthopedics|Therapy|Imaging|Laboratory|Laboratories|Labs|Health|"
    r"Medical|Radiology|Pharmacy|Urgent Care|Surgery|Surgical)"
)
# Care a member received is protected too. A curated list of common services, with an optional
# article, qualifier and body part ("an MRI of the knee", "a follow-up office visit").
_SERVICES = (
    r"MRI|CT scan|CAT scan|PET scan|X-?ray|ultrasound|mammogram|colonoscopy|endoscopy|biopsy|"
    r"blood work|blood test|lab work|lab test|physical therapy(?: session)?|"
    r"occupational therapy(?: session)?|ER visit|emergency room visit|urgent care visit|"
    r"office visit|specialist consultation|consultation|sleep study|allergy testing|"
    r"surgery|procedure|vaccination|vaccine|flu shot|physical|check-?up|echocardiogram|EKG|ECG|"
    r"chemotherapy|dialysis|infusion|ambulance ride|hospital stay|inpatient stay"
)
_QUALIFIERS = (
    r"follow-up|routine|annual|diagnostic|screening|preventive|outpatient|inpatient|emergency|"
    r"initial|new patient|knee|hip|back|chest|brain|abdominal|pelvic|dental|eye"
)
_SERVICE = re.compile(
    rf"\b(?:an? |the |your |my )?(?:(?:{_QUALIFIERS}) )?(?:{_SERVICES})"
    r"(?: of (?:the|my|your) [a-z]+)?\b",
    re.IGNORECASE,
)
# Order matters: the most specific patterns first, so an e-mail's digits never become a phone.
_PATTERNS: tuple[tuple[Placeholder, re.Pattern[str]], ...] = (
    (Placeholder.EMAIL, re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    (Placeholder.PHONE, re.compile(r"(?<!\w)(?:\+?1[-. ]?)?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b")),
    (
        Placeholder.CLAIM_NUMBER,
        re.compile(
            r"\b(?:CLM|CLAIM)[-#: ]?\d{2,4}-?\d{3,}\b|(?<=claim )(?:#|no\.? ?|number )?"
            r"(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{5,}\b",
            re.IGNORECASE,
        ),
    ),
    (
        Placeholder.AMOUNT,
        re.compile(r"\$\s?\d{1,3}(?:,\d{3})*(?:\.\d{2})?(?!\d)|\$\d+(?:\.\d{2})?"),
    ),
    (
        Placeholder.DATE,
        re.compile(
            rf"\b{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?\b"
            r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
        ),
    ),
    (
        Placeholder.PROVIDER_NAME,
        re.compile(
            r"\bDr\.? [A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z]+)?"
            rf"|\b(?:St\. )?(?:[A-Z][a-z]+ ){{1,3}}{_PROVIDER_WORDS}(?: [A-Z][a-z]+)*"
        ),
    ),
)


@dataclass(frozen=True)
class KnownFacts:
    """Details of the thread whose text is being normalised, replaced wherever they appear."""

    member_first_name: str = ""
    member_last_name: str = ""
    member_id: str = ""
    plan: str = ""
    agent_names: tuple[str, ...] = ()

    def replacements(self) -> list[tuple[str, Placeholder]]:
        pairs = [
            (self.member_id, Placeholder.MEMBER_ID),
            (self.plan, Placeholder.PLAN_NAME),
            (self.member_first_name, Placeholder.MEMBER_FIRST_NAME),
            (self.member_last_name, Placeholder.MEMBER_LAST_NAME),
            *((name, Placeholder.AGENT_NAME) for name in self.agent_names),
        ]
        # Longest first, so "Maria Lopez" is not half-replaced by "Maria".
        return sorted(((v.strip(), p) for v, p in pairs if len(v.strip()) >= 2),
                      key=lambda pair: -len(pair[0]))  # fmt: skip


def to_template(text: str, known: KnownFacts | None = None) -> str:
    """The text with every detected protected detail replaced by its typed placeholder."""
    template = text.replace("{", "(").replace("}", ")")
    for value, placeholder in (known or KnownFacts()).replacements():
        template = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", placeholder.token, template,
                          flags=re.IGNORECASE)  # fmt: skip
    for placeholder, pattern in _PATTERNS:
        template = pattern.sub(placeholder.token, template)
    # The article goes with the service: "for an MRI" -> "for {SERVICE}", filled as "an MRI".
    return _SERVICE.sub(Placeholder.SERVICE.token, template)


def find_details(text: str) -> list[tuple[Placeholder, str]]:
    """The protected details the patterns detect in `text`, in order, as (type, words)."""
    found: list[tuple[int, Placeholder, str]] = []
    taken: list[tuple[int, int]] = []
    for placeholder, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if start == end or any(start < e and s < end for s, e in taken):
                continue  # a more specific pattern already claimed these characters
            taken.append((start, end))
            found.append((start, placeholder, match.group(0)))
    return [(placeholder, words) for _, placeholder, words in sorted(found)]


_TOKEN = re.compile(r"\{(" + "|".join(p.value for p in Placeholder) + r")\}")


def placeholders_in(template: str) -> list[Placeholder]:
    return [Placeholder(match) for match in _TOKEN.findall(template)]


@dataclass(frozen=True)
class Filled:
    text: str
    unfilled: tuple[Placeholder, ...] = field(default=())

    @property
    def complete(self) -> bool:
        return not self.unfilled


def fill(template: str, values: Mapping[Placeholder, str]) -> Filled:
    """Put known values in; leave each unknown placeholder in place and report it."""
    unfilled: list[Placeholder] = []

    def substitute(match: re.Match[str]) -> str:
        placeholder = Placeholder(match.group(1))
        value = values.get(placeholder, "").strip()
        if not value:
            unfilled.append(placeholder)
            return match.group(0)
        return value

    text = _TOKEN.sub(substitute, template)
    return Filled(text=text, unfilled=tuple(dict.fromkeys(unfilled)))


def contains_any(text: str, values: Iterable[str]) -> list[str]:
    """Which of `values` (protected details) still appear in `text` as whole words."""
    return [
        value
        for value in values
        if value and re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE)
    ]
