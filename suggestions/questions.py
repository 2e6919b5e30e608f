"""Messages that ask more than one thing, and drafts that answer each.

A member often asks two things in one message ("why was I billed twice? and how much of my
deductible is left?") or writes again before the first message is answered. The engine ranks
replies for each question on its own; replies for different questions are joined into one draft
(one greeting, one sign-off), and a question no reply answers confidently is named for the agent.
"""

from __future__ import annotations

import re

from suggestions.templating import Placeholder

# A sentence and the stops that close it ("Why?!"); a line break ends one too.
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_ASKS = re.compile(
    r"^\s*(?:and |also,? |plus,? |oh and |another (?:thing|question)[:,]? |y |adem[aá]s,? |"
    r"tambi[eé]n,? )?(?:how|why|what|when|where|who|which|can|could|would|will|is|are|do|does|"
    r"did|should|may|please|i need|i want|i'd like|i would like|help|explain|send|tell|"
    r"c[oó]mo|por qu[eé]|qu[eé]|cu[aá]ndo|cu[aá]nto|d[oó]nde|puede|necesito|quiero)\b",
    re.IGNORECASE,
)
# A sentence that starts a new subject: what came before it is a question of its own.
_NEXT_SUBJECT = re.compile(
    r"^\s*(?:also|and also|another (?:thing|question)|one more thing|additionally|separately|"
    r"plus|btw|by the way|on another note|adem[aá]s|tambi[eé]n|otra pregunta)\b",
    re.IGNORECASE,
)
# A question that says it asks something more ("can you also tell me...", "¿también me puede
# decir...?"): what the member wrote before it (a request, "Filing an appeal for...") is one
# of its own.
_ASKS_ALSO = re.compile(
    r"^\s*(?:can|could|would|will|do|does|is|are|please|and) (?:you|u|y'?all|i|we) "
    r"(?:please )?(?:also|too)\b|^\s*[¿¡]?\s*(?:tambi[eé]n|adem[aá]s) (?:me |nos |le )?"
    r"(?:puede|pueden|podr[ií]a|quer[ií]a|quiero)\b",
    re.IGNORECASE,
)
# Inside one question, "... and is/are/does ..." starts a second, yes-or-no question ("What's
# my out-of-pocket max and is my premium part of it?"); "..., and what can I do about it?" goes
# on with the same one.
_AND_ASKS = re.compile(
    r"\s+(?=and (?:is|are|does|do|can|could|will|would|should)\b)|"
    r"\s+(?=y (?:puedo|hay|es|est[aá]|cuenta|cubre)\b)",
    re.IGNORECASE,
)
MIN_WORDS = 3  # "thanks?" or "hello?" is no question of its own
_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear|hola|estimad[ao]|good (?:morning|afternoon|evening))\b[^,.!\n]*"
    r"[,.!]\s*",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"\s*(?:[\u2014-]+\s*|(?:best|thanks|thank you|regards|saludos|gracias|take care),?\s*)?"
    + re.escape(Placeholder.AGENT_NAME.token)
    + r"\W*$",
    re.IGNORECASE,
)


# A message that says it asks several things ("two things: how do I ..., and is there ...?")
# may ask them in one sentence: there, ", and is ..." starts the next question.
_SEVERAL = re.compile(
    r"\b(?:two|2|three|3|a few|a couple(?: of)?|several|multiple|some) (?:things|questions|qs)\b|"
    r"\b(?:dos|tres|varias) (?:cosas|preguntas)\b",
    re.IGNORECASE,
)
_NEXT_QUESTION_IN_SENTENCE = re.compile(
    r"\s*[,;]\s*(?=(?:and|also|plus|y|adem[aá]s) (?:also )?(?:is|are|can|could|do|does|did|how|"
    r"what|when|where|why|will|would|should|who|which|c[oó]mo|qu[eé]|cu[aá]ndo|cu[aá]nto|"
    r"d[oó]nde|por qu[eé]|puedo|hay)\b)",
    re.IGNORECASE,
)


def questions_in(context: str) -> list[str]:
    """The separate questions of the member's messages, each with the sentences that lead to
    it; one item (the whole text) when there is a single question or none."""
    questions: list[str] = []
    lead: list[str] = []
    if _SEVERAL.search(context):
        context = _NEXT_QUESTION_IN_SENTENCE.sub("?\n", context)
    for message in context.split("\n"):
        for sentence in _split_at_and_asks(SENTENCE.findall(message)):
            words = sentence.split()
            if not words:
                continue
            starts_next = _NEXT_SUBJECT.match(sentence) or _ASKS_ALSO.match(sentence)
            if starts_next and len(" ".join(lead).split()) >= MIN_WORDS:
                questions.append(" ".join(lead))
                lead = []
            lead.append(sentence.strip())
            asks = sentence.rstrip().endswith("?") or _ASKS.match(sentence)
            if asks and len(words) >= MIN_WORDS:
                questions.append(" ".join(lead))
                lead = []
    if lead and questions:
        questions[-1] += " " + " ".join(lead)
    return questions if len(questions) > 1 else [context]


def _split_at_and_asks(found: list[str]) -> list[str]:
    """The sentences with a question that asks a second one after "and is / and does ..." as
    two (each part a question of MIN_WORDS words at least; the first a question from its start,
    so "I paid and is it done?" stays one)."""
    split: list[str] = []
    for sentence in found:
        parts = _AND_ASKS.split(sentence)
        if (
            len(parts) > 1
            and sentence.rstrip().endswith("?")
            and _ASKS.match(sentence)
            and all(len(part.split()) >= MIN_WORDS for part in parts)
        ):
            last = len(parts) - 1
            split.extend(
                part if i == last else f"{part.rstrip().rstrip(',;')}?"
                for i, part in enumerate(parts)
            )
        else:
            split.append(sentence)
    return split


# A closing phrase of a few words and a comma on its own after the last sentence ("Warm
# regards,", "Atentamente,", "Saludos a usted y a su familia,") before the signature.
_SIGN_OFF_PHRASE = re.compile(
    r"(?:(?<=[.!?\n])|^)[ \t\n]*(?:[^\W\d_]+[ \t]+){0,6}[^\W\d_]+,[ \t\n]*"
    + re.escape(Placeholder.AGENT_NAME.token)
    + r"\W*$"
)


def reply_parts(template: str) -> tuple[str, str, str]:
    """A reply's greeting, body and sign-off ("" where it has none)."""
    greeting = _GREETING.match(template)
    sign_off = _SIGN_OFF_PHRASE.search(template) or _SIGN_OFF.search(template)
    start = greeting.end() if greeting else 0
    end = sign_off.start() if sign_off else len(template)
    return (
        greeting.group(0).rstrip() if greeting else "",
        template[start:end].strip(),
        sign_off.group(0).strip() if sign_off else "",
    )


def joined(first: str, second: str) -> str:
    """Two reply templates as one: the first's greeting, both bodies, one sign-off."""
    greeting, first_body, sign_off = reply_parts(first)
    _, second_body, _ = reply_parts(second)
    head = f"{greeting} " if greeting else ""
    tail = sign_off or Placeholder.AGENT_NAME.token
    second_body = second_body[:1].upper() + second_body[1:]  # it followed a greeting
    return f"{head}{first_body}\n\n{second_body}\n\n{tail}"
