"""Optional LLM polish of a drafted reply, through any OpenAI-compatible endpoint.

Off unless the operator sets SUGGESTION_POLISH. Only placeholder forms travel: the draft's
template and the member message as `to_template` left it with every remaining digit masked (an
SSN, a birth date or a street number that no pattern names), never a filled-in detail. Words no
pattern knows (a relative's name, a diagnosis) can remain in the member's message: turn polish
on only for an endpoint that may receive them. The answer is accepted only when it keeps
exactly the draft's placeholders, each as often, adds no other braces, and adds
no detail of its own (a number, or anything `to_template` would turn into a placeholder, such
as an amount, date, phone or provider). Anything else, a timeout or an error, falls back to the
unpolished draft. Placeholders are filled by the caller, after the answer returns.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass

import openai
from django.conf import settings

from suggestions.templating import PLACEHOLDER_TOKEN, placeholders_in, to_template

logger = logging.getLogger(__name__)

INSTRUCTIONS = (
    "You edit replies that a health plan's care agent will review before sending. Rewrite the "
    "draft reply so that it reads naturally and answers the member's message, in the same "
    "language, no longer than needed. Words in braces such as {MEMBER_FIRST_NAME} are "
    "placeholders for facts filled in later: keep every placeholder of the draft exactly as "
    "written, add no other placeholder, and add no names, numbers, dates, amounts, phone "
    "numbers or other facts that the draft does not state. Answer with the reply text only."
)
_NUMBER = re.compile(r"\d+")
_BRACES = re.compile(r"[{}]")


@dataclass(frozen=True)
class Polished:
    template: str
    polished: bool  # False: the draft as the engine proposed it (off, failed or refused)


def polish_enabled() -> bool:
    return bool(settings.SUGGESTION_POLISH)


def polish_draft(*, draft: str, message: str, shown: bool = True) -> Polished:
    """The polished template of `draft` (a reply template) for `message` (a message template).

    A draft that will not be shown is not sent anywhere.
    """
    unpolished = Polished(template=draft, polished=False)
    if not polish_enabled() or not shown:
        return unpolished
    try:
        answer = _ask(draft=draft, message=message)
    except Exception as error:  # any failure of the endpoint keeps the draft
        # The class name only: an error's text could echo what was sent.
        logger.warning(
            "draft polish failed (%s); the unpolished draft is kept", type(error).__name__
        )
        return unpolished
    problem = answer_problem(draft=draft, answer=answer)
    if problem or answer is None:
        logger.warning("draft polish refused (%s); the unpolished draft is kept", problem)
        return unpolished
    return Polished(template=answer.strip(), polished=True)


def answer_problem(*, draft: str, answer: str | None) -> str:
    """Why the answer may not replace the draft, or "" when it may."""
    if not answer or not answer.strip():
        return "empty answer"
    answer = answer.strip()
    if len(answer) > 3 * len(draft) + 200:
        return "answer far longer than the draft"
    # Counted: two {DATE}s merged into one would let a claim's date fill what was two facts.
    if Counter(placeholders_in(answer)) != Counter(placeholders_in(draft)):
        return "placeholders added or dropped"
    prose = PLACEHOLDER_TOKEN.split(answer)[::2]  # the odd items are the placeholders' names
    if any(_BRACES.search(piece) for piece in prose):
        return "unknown placeholder or stray brace"
    if set(_NUMBER.findall(answer)) - set(_NUMBER.findall(draft)):
        return "a number that the draft does not have"
    if any(to_template(piece) != piece for piece in prose):
        return "a detail that the draft does not have"
    return ""


def _ask(*, draft: str, message: str) -> str | None:
    masked = _NUMBER.sub(lambda digits: "#" * len(digits.group(0)), message)
    with openai.OpenAI(
        base_url=settings.SUGGESTION_POLISH_BASE_URL,
        api_key=settings.SUGGESTION_POLISH_API_KEY or "unused",
        timeout=settings.SUGGESTION_POLISH_TIMEOUT_SECONDS,
        max_retries=0,
    ) as client:
        completion = client.chat.completions.create(
            model=settings.SUGGESTION_POLISH_MODEL,
            temperature=0,
            messages=[
                {"role": "system", "content": INSTRUCTIONS},
                {
                    "role": "user",
                    "content": f"Member's message:\n{masked}\n\nDraft reply:\n{draft}",
                },
            ],
        )
    return completion.choices[0].message.content if completion.choices else None
