"""Gibberish: a message with nothing a reply could answer, though a word of it is known.

`engine.known_words` already holds a draft back when no word of the message is one the team's
history knows ("asdfjkl", "?"). One known word is not enough to make a message: "asdf bill
qwer", a pocket-dialled voice-to-text, a salad of real words, pasted code or base64. This module
reads each word of the (de-identified) message:

- recognised: in the team's history, in the English or Spanish word lists (their forms, a typo of
  a frequent word, a listed name), a plan word or a chat spelling ("pls", "thx");
- typed at random: not recognised and shaped like a key mash: every letter on one keyboard row
  ("qwer", "lkjh"), one letter held down ("jjjjj"), four letters without a vowel ("xkcd"), or
  letter sequences no English or Spanish word has ("sdkfj"); or a run of 16 letters and digits
  (base64, hashes);
- neither (a name, a drug, a typo): counted for nothing either way.

A message is gibberish when its random words are at least as many as its recognised content
words, when it is mostly code or markup symbols, when nothing but greetings, fillers, links and
numbers is left, or when a run of real words has no word that bears on a plan's business, no
function word and no question (a word salad, a pocket dial). Recall of real messages comes
first: a short message ("bill?", "EOB ??", "cuanto debo"), one with typos, capitals, chat
spellings or a little noise ("claim denied?? jjjjj") is never gibberish.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from careteam import api as careteam_api
from suggestions.engine import Engine
from suggestions.templating import PLACEHOLDER_SHAPE, written_word
from suggestions.wording import CHAT_SPELLINGS

# Chat spellings no word list holds (English and Spanish texting): those the engine writes out
# (suggestions.wording) and the ones that stand for no single word ("lol", "smh", "ok").
CHAT_WORDS = frozenset(CHAT_SPELLINGS) | frozenset(
    re.findall(
        r"\S+",
        """tx tysm idc smh omg lmk nvm tbh hw k kk ok okk okey lol jk btw imo asap fyi rn tmr 2day
        w y wtf srsly cn bn ke onda wey ntp sry pic pics info govt med docs hr hrs min mins""",
    )
)
# Words said to fill a pause or a call, not to ask anything.
FILLERS = frozenset(
    re.findall(
        r"\S+",
        """ok okay okey kk k yeah yea yep yup nah nope um umm uh uhh er hmm hm huh oh ah hey hi
        hello bye lol haha hahaha blah la doo wow oops ugh eh""",
    )
)
# English function words: a sentence has them, a word salad has none.
FUNCTION_WORDS = frozenset(
    re.findall(
        r"\S+",
        """a an the i me my we our you your he his she her it its they them their this that these
        those is are was were be been am do does did have has had will would can could should may
        might must of in on at to for from with by about as into than then and or but if because
        so not what why how when where who which whom there here im ive id dont didnt cant wont
        isnt doesnt el la los las un una de del en y o que por para con mi mis tu su es no se me
        lo le""",
    )
)
QUESTION_WORDS = frozenset(
    re.findall(
        r"\S+",
        """what why how when where who which whom whose can could do does did is are was were will
        would should may am que qué por cuanto cuánto cuando cuándo como cómo donde dónde quien
        cual""",
    )
)
KEYBOARD_ROWS = ("qwertyuiopñ", "asdfghjklñ", "zxcvbnm")
_VOWEL = re.compile(r"[aeiouyáéíóúüàèìòùâêîôûäëïöÿ]")
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")
_HELD_DOWN = re.compile(r"(.)\1{2,}")
_LINK = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b[\w-]+\.(?:com|org|net|gov|edu|io|ly|co|us)\b\S*",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"<[^<>]{0,200}>|&#?\w{1,8};")
_CODE_SYMBOLS = frozenset("{}[]<>=;\\|`^~_")
# What members paste that is no code: a chat's time or a text's number in brackets opening a line
# ("[9:02] my deductible", "[text 2] no card yet"), and the pipes of a table row copied from an EOB
# ("| 99214 office visit | 285.00 |"). Left out of the count of code symbols only.
_LINE_LABEL = re.compile(
    r"^[ \t]*\[(?:\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?|[^\W\d_][^\W_]*(?: [^\W_]+){0,2})\]"
    r"(?=[ \t]*[^\W_])",
    re.MULTILINE | re.IGNORECASE,
)
_TABLE_ROW = re.compile(r"^[ \t]*\|(?:[^|\n]*\|){2,}[ \t]*$", re.MULTILINE)
RANDOM_RUN = 16  # letters and digits in one run: base64, a hash, not an id a member quotes
TRIGRAM_FLOOR = 1000  # the word lists' words this frequent give the letter sequences words have
UNSEEN_SHARE = 0.5  # more of a word's letter triples than this unseen: typed at random


def _without_accents(text: str) -> str:
    return text.translate(str.maketrans("áéíóúüñàèìòù", "aeiouunaeiou"))


@functools.cache
def _word_trigrams() -> frozenset[str]:
    """The letter triples of frequent English and Spanish words, with ^ and $ at the ends."""
    triples: set[str] = set()
    for language in ("en", "es"):
        for word, count in careteam_api.dictionary_word_counts(language).items():
            if count >= TRIGRAM_FLOOR and word.isalpha():
                padded = f"^{_without_accents(word)}$"
                triples.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return frozenset(triples)


def _unseen_share(word: str) -> float:
    padded = f"^{_without_accents(word)}$"
    triples = [padded[i : i + 3] for i in range(len(padded) - 2)]
    known = _word_trigrams()
    return sum(triple not in known for triple in triples) / len(triples)


def _recognised(word: str, known: Callable[[str], bool]) -> bool:
    """A known or listed word; a short one on one keyboard row ("qwe", "asd") is a typo of
    nothing."""
    if word in CHAT_WORDS or known(word):
        return True
    return written_word(word, typos=len(word) >= 5 or not _one_row(word))


def _one_row(word: str) -> bool:
    return any(all(letter in row for letter in word) for row in KEYBOARD_ROWS)


def _collapsed(word: str) -> list[str]:
    """A word with each letter held down written once and twice ("biiiill": "bil", "bill")."""
    return [_HELD_DOWN.sub(r"\1", word), _HELD_DOWN.sub(r"\1\1", word)]


def _random(word: str, *, title: bool) -> bool:
    """Typed at random: the shapes a key mash leaves (see the module's docstring)."""
    if any(c.isdigit() for c in word):
        return len(word) >= RANDOM_RUN and any(c.isalpha() for c in word)
    if len(word) < 3:
        return False
    if _HELD_DOWN.search(word):
        return True
    if _one_row(word):
        return True
    if len(word) >= 4 and not _VOWEL.search(word):
        return True
    # A capitalised word in mixed-case text may be a name from anywhere: its letters prove little.
    return len(word) >= 4 and not title and _unseen_share(word) > UNSEEN_SHARE


@dataclass(frozen=True)
class Reading:
    """What the words of a message are (counts of distinct words, but `words` counts all)."""

    words: int  # every word of letters (or letters and digits)
    content: int  # recognised words beyond function words and fillers
    random: int  # words typed at random
    unrecognised: int  # neither recognised nor random
    function: int  # function words written
    fillers: int  # fillers ("um", "okay") written
    repeats: int  # a word written twice in a row ("the the", "no no")
    bearing: int  # content words that bear on a plan's business
    strange: int  # content words the team's history never used
    question: bool  # a question mark or a question word


def read_words(
    message: str, *, known: Callable[[str], bool], bearing: Callable[[str], bool]
) -> Reading:
    """Read the words of a message: `known` says whether the team's history holds a word,
    `bearing` whether a word bears on a plan's business."""
    text = _MARKUP.sub(" ", _LINK.sub(" ", PLACEHOLDER_SHAPE.sub(" ", message)))
    mixed_case = text != text.upper() and text != text.lower()
    tokens = _WORD.findall(text)
    # "she's", "I\u2019ve": read as "shes", "ive".
    lower = [re.sub("['\u2019]", "", token.lower()) for token in tokens]
    content: set[str] = set()
    random: set[str] = set()
    unrecognised: set[str] = set()
    function = fillers = 0
    strange: set[str] = set()
    for token, word in zip(tokens, lower, strict=True):
        if word in FILLERS:
            fillers += 1
            continue
        if word in FUNCTION_WORDS:
            function += 1
            continue
        if word.isdigit() or len(word) < 2:
            continue
        if _HELD_DOWN.search(word) and not any(c.isdigit() for c in word):
            plain = next(
                (w for w in _collapsed(word) if len(set(w)) > 1 and _recognised(w, known)), None
            )
            if plain is None:
                random.add(word)
            elif plain not in FILLERS and plain not in FUNCTION_WORDS:
                content.add(plain)
            continue
        if word.isalpha() and _recognised(word, known):
            content.add(word)
            if not known(word):
                strange.add(word)
        elif _random(word, title=mixed_case and token.istitle()):
            random.add(word)
        elif len(word) > 1:
            unrecognised.add(word)
    # Three or more letters typed with spaces between ("a s d f"): one word typed at random.
    spaced = re.findall(r"(?:\b[^\W\d_]\b\s*){3,}", " ".join(tokens))
    random.update(run.replace(" ", "") for run in spaced)
    # A word or a pair of words said twice in a row ("the the", "stop it stop it").
    repeats = sum(1 for a, b in itertools.pairwise(lower) if a == b) + sum(
        1 for i in range(len(lower) - 3) if lower[i : i + 2] == lower[i + 2 : i + 4]
    )
    opening = next((word for word in lower if word not in FILLERS), "")
    question = "?" in text or "¿" in text or opening in QUESTION_WORDS
    return Reading(
        words=len(tokens),
        content=len(content),
        random=len(random),
        unrecognised=len(unrecognised),
        function=function,
        fillers=fillers,
        repeats=repeats,
        bearing=sum(1 for word in content if bearing(word)),
        strange=len(strange),
        question=question,
    )


CODE_SHARE = 0.08  # of the characters that are not spaces


def gibberish(message: str, *, known: Callable[[str], bool], bearing: Callable[[str], bool]) -> str:
    """Why a (de-identified) message is gibberish, in words for the agent, or "" when it is not.
    Each rule needs more than one sign: a real member who wrote briefly, with typos or with a
    stray key is never turned away."""
    unplaced = PLACEHOLDER_SHAPE.sub(" ", message)
    symbols = [c for c in unplaced if not c.isspace()]
    pasted = _TABLE_ROW.sub(
        lambda row: row.group(0).replace("|", " "), _LINE_LABEL.sub(" ", unplaced)
    )
    code = sum(c in _CODE_SYMBOLS for c in pasted)
    if code >= 3 and code >= CODE_SHARE * len(symbols):
        return "the message looks like pasted code or markup, not a question"
    reading = read_words(message, known=known, bearing=bearing)
    if reading.random and reading.random >= reading.content:
        return "most of the message is letters typed at random, not words"
    if not reading.content and not reading.unrecognised:
        return (
            "the message says nothing to answer: only greetings, fillers, links, numbers or symbols"
        )
    if (
        reading.unrecognised >= 4
        and reading.unrecognised >= 3 * reading.content
        and not reading.question
    ):
        return "the message is mostly words no dictionary or past message holds"
    if reading.question or reading.bearing > 1:
        return ""
    # Real words the team's history never used, none of the words that join them: a salad. A
    # short polite message ("mil gracias, muy amable") uses words the history knows.
    salad = reading.content >= 4 and reading.strange >= 2 and not reading.function
    dialled = reading.repeats >= 3 or (
        reading.content + reading.fillers >= 3
        and (reading.repeats >= 2 or reading.fillers >= max(3, reading.content))
    )
    idle = not reading.bearing and (reading.repeats or reading.fillers >= 2 or reading.random)
    if salad or dialled or idle:
        return "the message reads as words strung at random (a word salad or a pocket dial)"
    return ""


# A word bears on a plan's business when the team's past member messages hold it this many
# times more often than English or Spanish at large do ("bill", "copay", "thanks": yes;
# "window", "blue", "test": no), in at least BEARING_MESSAGES of them.
BEARING_RATIO = 100
BEARING_MESSAGES = 3


@functools.cache
def _general_share() -> tuple[dict[str, int], int, dict[str, int], int]:
    english = careteam_api.dictionary_word_counts("en")
    spanish = careteam_api.dictionary_word_counts("es")
    return english, sum(english.values()), spanish, sum(spanish.values())


def _bears(engine: Engine, word: str) -> bool:
    share, count = engine.member_word_share(word)
    if count < BEARING_MESSAGES:
        return False
    english, english_total, spanish, spanish_total = _general_share()
    general = max(english.get(word, 0) / english_total, spanish.get(word, 0) / spanish_total)
    return share >= BEARING_RATIO * general


def engine_known_words(engine: Engine, message: str) -> int:
    """`Engine.known_words`, a slip of a known word counted ("deductable"), a dictionary word
    never taken for one ("testing" is no typo of "tests")."""
    return engine.known_words(message, spelled_right=_spelled_right)


def _spelled_right(word: str) -> bool:
    return written_word(word, typos=False)


def engine_gibberish(engine: Engine, message: str) -> str:
    """`gibberish` read with what the engine learned from the team's history: the words it
    knows (those `Engine.known_words` counts) and how often its past member messages use each."""
    vocabulary = engine.bm25_terms.vocabulary_
    return gibberish(
        message, known=vocabulary.__contains__, bearing=functools.partial(_bears, engine)
    )
