"""A learned finder of protected details, used beside the patterns of suggestions/templating.py.

The patterns know the shapes someone wrote down; a text in a new shape ("hey its rafferty de la
cruz again", an address on two lines, "ID no. HX-4471-0902") slips past them. This finder tags
each token with the kind of detail it belongs to (or none) from what the token looks like and
what stands around it: its shape and case, its first and last letters, whether it is a digit
run, whether a name list or a dictionary holds it (or the commonest words of another language),
whether it is a month, a street word or a
kind of care, and the same for the two tokens on each side. The tags are a linear model's
(scikit-learn's SGDClassifier, fitted by scripts/train_deid_tagger.py on the labelled dev sets in
bench/data and the demo history's wordings filled with fictional details), stored as a small
array file in suggestions/data; serving it is a few dictionary look-ups and one numpy sum per
text, no scikit-learn. find_spans takes what it finds where the patterns found nothing.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from careteam import api as careteam_api
from suggestions import templating as _templating
from suggestions.templating import Placeholder, Span

MODEL = Path(__file__).parent / "data" / "deid_tagger.npz"
# The commonest words of languages members write in besides English and Spanish, one "language
# word" a line (written by scripts/train_deid_tagger.py from pyspellchecker's frequency lists and
# Faker's Vietnamese words): a tagger feature, and what a text written in one of them is made of.
OTHER_LANGUAGES = Path(__file__).parent / "data" / "other_language_words.txt"
# Tokens: a run of letters, a run of digits, or one other character (punctuation, "$", "@").
TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]|_")
WINDOW = 2  # tokens on each side whose features a tag reads
# The kinds the labelled sets name, and the placeholder each becomes in a template.
KINDS: dict[str, Placeholder] = {
    "PERSON_NAME": Placeholder.PERSON_NAME,
    "CLINICIAN_NAME": Placeholder.PERSON_NAME,
    "PROVIDER_ORG": Placeholder.PROVIDER_NAME,
    "DATE": Placeholder.DATE,
    "AMOUNT": Placeholder.AMOUNT,
    "MEMBER_ID": Placeholder.MEMBER_ID,
    "CLAIM_NUMBER": Placeholder.CLAIM_NUMBER,
    "PHONE": Placeholder.PHONE,
    "EMAIL": Placeholder.EMAIL,
    "ADDRESS": Placeholder.ADDRESS,
    "SSN": Placeholder.SSN,
    "NPI": Placeholder.NPI,
}
OUTSIDE = "O"
# Punctuation a found span does not begin or end with ("(Maria)" -> "Maria").
_EDGE_PUNCTUATION = frozenset(".,;:!?()[]{}\"'\u2019\u201c\u201d-/")
_TITLES = frozenset(
    ("dr", "dra", "doc", "doctor", "doctora", "mr", "mrs", "ms", "miss", "mx", "sr", "sra",
     "srta", "nurse", "np", "pa", "rn", "md", "do", "señor", "señora", "don", "doña")
)  # fmt: skip
_CARE_WORDS_ES = frozenset(
    ("farmacia", "clínica", "clinica", "hospital", "laboratorio", "centro", "médico", "medico",
     "médica", "medica", "salud", "consultorio", "ambulancias", "radiología", "radiologia")
)  # fmt: skip
_SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado",
                     "sabado", "domingo")  # fmt: skip
# Where in a mobile home or RV park ("Space 17, 4400 Desert Palms Rd"); read by the rules only,
# not the tagger's features.
_PLACE_IN_A_PARK = frozenset(("space", "spc", "trailer", "pad", "site"))
# Words that open an address before its name and number (Spanish, Portuguese, French and
# Italian streets, a colonia, a box at the post office): "Calle Luna 112", "Av. Reforma 455",
# "Post Office Box 7710". Read by the rules only, not the tagger's features.
_STREETS_FIRST = frozenset(
    ("calle", "carrera", "cra", "avenida", "av", "avda", "camino", "paseo", "carretera", "rua",
     "rue", "via", "vía", "transversal", "diagonal", "col", "colonia", "urb", "post", "office",
     "pob")
)  # fmt: skip
_UNIT_WORDS = frozenset(
    ("apt", "apartment", "unit", "suite", "ste", "lot", "bldg", "building", "fl", "floor", "rm",
     "room", "apto", "depto", "dpto", "piso", "po", "box")
)  # fmt: skip


def _alternation_words(pattern: str) -> frozenset[str]:
    """The words of a pattern's alternation, "Labs?" giving "lab" and "labs"."""
    words = {word.lower() for word in re.findall(r"[A-Za-z]+", pattern)}
    return frozenset(words | {word[:-1] for word in words if word.endswith("s")})


@dataclass(frozen=True)
class _Lists:
    first: frozenset[str]
    last: frozenset[str]
    elsewhere: frozenset[str]
    ordinary: frozenset[str]
    english: dict[str, int]
    spanish: frozenset[str]
    months: frozenset[str]
    months_en: frozenset[str]
    weekdays: frozenset[str]
    care: frozenset[str]
    streets: frozenset[str]
    states: frozenset[str]
    # The commonest words of each other language (OTHER_LANGUAGES), and all of them together.
    other_languages: dict[str, frozenset[str]]
    other: frozenset[str]


@functools.cache
def _lists() -> _Lists:
    names = _templating.name_lists()
    states = frozenset(
        a + b
        for a in "abcdefghijklmnopqrstuvwxyz"
        for b in "abcdefghijklmnopqrstuvwxyz"
        if re.fullmatch(_templating._STATE_CODES, a + b)
    )
    care = _alternation_words(_templating._PROVIDER_WORDS)
    other: dict[str, set[str]] = {}
    if OTHER_LANGUAGES.exists():
        for line in OTHER_LANGUAGES.read_text(encoding="utf-8").splitlines():
            language, _, word = line.partition(" ")
            other.setdefault(language, set()).add(word)
    return _Lists(
        first=names.first,
        last=names.last,
        elsewhere=names.first_from_elsewhere,
        ordinary=_templating.ordinary_words() | _templating.COMMON_WORDS,
        english=careteam_api.dictionary_word_counts("en"),
        spanish=_templating._spanish_lemmas(),
        months=frozenset(
            (*careteam_api.english_month_words(), *careteam_api.spanish_month_words())
        ),
        months_en=frozenset(careteam_api.english_month_words()),
        weekdays=frozenset((*careteam_api.ENGLISH_WEEKDAYS, *_SPANISH_WEEKDAYS)),
        care=care,
        streets=_alternation_words(_templating._STREET),
        states=states,
        other_languages={language: frozenset(words) for language, words in other.items()},
        other=frozenset(word for words in other.values() for word in words),
    )


def _shape(token: str) -> str:
    """ "Okonjo" -> "Xx", "W4829" -> "Xd", "NPI" -> "X", "de" -> "x"; runs collapsed."""
    shape: list[str] = []
    for character in token:
        mark = "d" if character.isdigit() else "X" if character.isupper() else "x"
        if not shape or shape[-1] != mark:
            shape.append(mark)
    return "".join(shape)


def word_features(token: str) -> tuple[str, ...]:
    """What a token is by itself, whatever stands around it."""
    lower = token.lower()
    if not token[0].isalnum():
        return ("b", "p=" + token)
    if token.isdigit():
        return ("b", "d" + str(min(len(token), 11)), "w=" + token if len(token) <= 2 else "dn")
    lists = _lists()
    features = ["b", "w=" + lower, "s=" + _shape(token), "l" + str(min(len(token), 8))]
    if len(lower) >= 4:
        features += ["p3=" + lower[:3], "x3=" + lower[-3:], "x2=" + lower[-2:]]
    count = lists.english.get(lower, 0)
    features.append(
        "f0" if not count else "f1" if count < 50 else "f2" if count < 500
        else "f3" if count < 5000 else "f4"
    )  # fmt: skip
    for flag, held in (
        ("fn", lower in lists.first), ("ln", lower in lists.last),
        ("fe", lower in lists.elsewhere), ("ord", lower in lists.ordinary),
        ("es", lower in lists.spanish), ("mon", lower in lists.months),
        ("wd", lower in lists.weekdays), ("care", lower in lists.care),
        ("st", lower in lists.streets), ("state", lower in lists.states and len(lower) == 2),
        ("ttl", lower in _TITLES), ("unit", lower in _UNIT_WORDS),
        ("ol", lower in lists.other),
    ):  # fmt: skip
        if held:
            features.append(flag)
    return tuple(features)


def tokens(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in TOKEN.finditer(text)]


def token_features(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, ...]]:
    """Each token's own features and where it stands: first on a line, first of a sentence,
    joined to the token before it (no space between)."""
    features = []
    previous_end = 0
    for number, (start, end) in enumerate(spans):
        gap = text[previous_end:start]
        own = list(word_features(text[start:end]))
        if number == 0 or "\n" in gap:
            own.append("bol")
        if number == 0 or text[:start].rstrip()[-1:] in (".", "!", "?", "\n", ""):
            own.append("ss")
        if number and not gap:
            own.append("joined")
        features.append(tuple(own))
        previous_end = end
    return features


class Tagger:
    """The fitted weights: for each offset in the window and each feature, a score per kind."""

    def __init__(self, path: Path = MODEL) -> None:
        with np.load(path, allow_pickle=False) as stored:
            self.features = {name: n for n, name in enumerate(str(stored["features"]).split("\n"))}
            self.kinds = tuple(str(stored["kinds"]).split("\n"))
            # (offsets, features, kinds), stored as int8 and one scale per kind.
            weights = stored["weights"].astype(np.float32) * stored["scale"].astype(np.float32)
            # A last row of zeros, for a feature the model does not know (index -1).
            self.weights = np.concatenate([weights, np.zeros_like(weights[:, :1])], axis=1)
            self.bias = stored["bias"].astype(np.float32)
            self.margin = float(stored["margin"])
            self.second_weights = stored["second_weights"].astype(np.float32)
            self.second_bias = stored["second_bias"].astype(np.float32)
        self.outside = self.kinds.index(OUTSIDE)

    @functools.cached_property
    def _word_indices(self) -> functools._lru_cache_wrapper[tuple[int, ...]]:
        known = self.features

        @functools.lru_cache(maxsize=1 << 16)
        def indices(word: str) -> tuple[int, ...]:
            return tuple(known[name] for name in word_features(word) if name in known)

        return indices

    def scores(self, text: str, spans: list[tuple[int, int]]) -> np.ndarray:
        """(tokens, kinds): the bias plus every feature's weight at its offset. The features are
        token_features' (looked up by index, a word's own once per process)."""
        word_indices = self._word_indices
        where = [self.features.get(name) for name in ("bol", "ss", "joined")]
        bol, sentence, joined = (-1 if index is None else index for index in where)
        flat: list[int] = []
        starts: list[int] = []
        previous_end = 0
        for number, (start, end) in enumerate(spans):
            starts.append(len(flat))
            flat += word_indices(text[start:end])
            gap = text[previous_end:start]
            if number == 0 or "\n" in gap:
                flat.append(bol)
            if number == 0 or text[:start].rstrip()[-1:] in (".", "!", "?", "\n", ""):
                flat.append(sentence)
            if number and not gap:
                flat.append(joined)
            previous_end = end
        indices = np.array(flat, dtype=np.intp)
        # An unknown context feature (-1) reads the zero row appended to the weights.
        # Every token has the "b" feature, so no token's slice is empty.
        per_offset = np.add.reduceat(self.weights[:, indices, :], starts, axis=1)
        count = len(spans)
        padded = np.zeros((2 * WINDOW + 1, count + 2 * WINDOW, len(self.kinds)), np.float32)
        padded[:, WINDOW : WINDOW + count] = per_offset
        total = self.bias.copy()
        for offset in range(2 * WINDOW + 1):
            total = total + padded[offset, offset : offset + count]
        return total

    def tags(self, text: str, spans: list[tuple[int, int]]) -> list[str]:
        """A kind for each token, or OUTSIDE: the second stage's best kind where it beats
        OUTSIDE by the margin the training script chose."""
        if not spans:
            return []
        scores = self.margins(text, spans)
        best = scores.argmax(axis=1)
        taken = scores[np.arange(len(spans)), best] > self.margin
        return [
            self.kinds[kind] if keep else OUTSIDE for kind, keep in zip(best, taken, strict=True)
        ]

    def margins(self, text: str, spans: list[tuple[int, int]]) -> np.ndarray:
        """(tokens, kinds): how far the second stage puts each kind above OUTSIDE (OUTSIDE's own
        column -inf)."""
        first = probabilities(self.scores(text, spans))
        scores = second_inputs(text, spans, first) @ self.second_weights + self.second_bias
        scores = scores - scores[:, self.outside : self.outside + 1]
        scores[:, self.outside] = -np.inf
        return np.asarray(scores)


def probabilities(scores: np.ndarray) -> np.ndarray:
    exp = np.exp(scores - scores.max(axis=1, keepdims=True))
    return np.asarray(exp / exp.sum(axis=1, keepdims=True), dtype=np.float32)


@functools.lru_cache(maxsize=1 << 16)
def _word_flags(word: str) -> tuple[float, ...]:
    letters = word[0].isalpha()
    return (
        float(letters and word[0].isupper() and not word.isupper()),
        float(letters and word.isupper()),
        float(letters and word.islower()),
        float(word.isdigit()),
        float(not word[0].isalnum()),
        float(letters and _unlisted_or_name(word)),
        float(letters and word.lower() in _lists().care),
    )


def second_inputs(text: str, spans: list[tuple[int, int]], first: np.ndarray) -> np.ndarray:
    """The second stage reads the first stage's probabilities of each kind for the token and
    the two on each side (so a word between two parts of a provider's name is read as one
    too), and a few facts of the token itself: its case, whether it is a digit run or
    punctuation, whether it reads as a name or a kind of care, whether it is joined to the
    token before it or starts a line."""
    count = len(spans)
    padded = np.zeros((count + 2 * WINDOW, first.shape[1]), dtype=np.float32)
    padded[WINDOW : WINDOW + count] = first
    flags = np.empty((count, 9), dtype=np.float32)
    previous_end = 0
    for number, (start, end) in enumerate(spans):
        gap = text[previous_end:start]
        flags[number, :7] = _word_flags(text[start:end])
        flags[number, 7] = float(number > 0 and not gap)
        flags[number, 8] = float(number == 0 or "\n" in gap)
        previous_end = end
    return np.hstack([*(padded[o : o + count] for o in range(2 * WINDOW + 1)), flags])


_ID_KINDS = frozenset(("MEMBER_ID", "CLAIM_NUMBER", "PHONE", "SSN", "NPI"))
# Kinds written without spaces: a chunk between spaces with one token of them is wholly one.
_CHUNK_KINDS = _ID_KINDS | {"EMAIL", "AMOUNT", "DATE"}


def _whole_chunks(text: str, spans: list[tuple[int, int]], tags: list[str]) -> list[str]:
    """ "PFH-080357" tagged CLAIM_NUMBER, MEMBER_ID, MEMBER_ID and "614-640-345-A" with its "A"
    left out are each one detail: every token of a chunk (no space between its tokens) that
    holds an id, an e-mail, an amount or a date takes the kind most of its tagged tokens have."""
    tags = list(tags)
    start = 0
    for number in range(1, len(spans) + 1):
        if number < len(spans) and spans[number][0] == spans[number - 1][1]:
            continue
        chunk = range(start, number)
        kinds = [tags[n] for n in chunk if tags[n] in _CHUNK_KINDS]
        if kinds and len(chunk) > 1:
            kind = Counter(kinds).most_common(1)[0][0]  # a tie goes to the first
            for n in chunk:
                tags[n] = kind
        start = number
    return tags


_BRANCH_AFTER = re.compile(r" ?#\d{1,4}\b")


def _one_person(tags: list[str]) -> list[str]:
    """A person's name tagged a member's in part and a clinician's in part is one name
    ("SAOIRSE DE LA" and "CRUZ"): the kind of its first word."""
    tags = list(tags)
    for number in range(1, len(tags)):
        if tags[number] in _PERSON_KINDS and tags[number - 1] in _PERSON_KINDS:
            tags[number] = tags[number - 1]
    return tags


def _lone_id_letters(text: str, spans: list[tuple[int, int]], tags: list[str]) -> list[str]:
    """Tokens of ids one space apart or joined are one id, of the kind most of them have
    ("000 7741 2290 A" tagged a phone and then a member id's letter; "9 3 1 - 0 2 - 7 7 4 4"
    an SSN at its start and a member id after)."""
    tags = list(tags)
    group: list[int] = []
    for number in range(len(tags) + 1):
        joined = (
            number < len(tags) and tags[number] in _ID_KINDS
            and (not group or text[spans[number - 1][1] : spans[number][0]] in ("", " "))
        )  # fmt: skip
        if joined:
            group.append(number)
            continue
        if len({tags[n] for n in group}) > 1:
            kind = Counter(tags[n] for n in group).most_common(1)[0][0]
            for n in group:
                tags[n] = kind
        group = [number] if number < len(tags) and tags[number] in _ID_KINDS else []
    return tags


# Words and marks inside a name that the tagger may leave out between two of its parts:
# "kaimana de luca", "O'Rourke", "Smith & Wesson Dental", "St. Agatha".
_BRIDGES = frozenset(
    ("de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "du", "van", "von", "der",
     "den", "le", "y", "e", "bin", "al", "el", "of", "the", "and", "&", "'", "\u2019", "-", ".")
)  # fmt: skip
_NAME_KINDS = frozenset(("PERSON_NAME", "CLINICIAN_NAME", "PROVIDER_ORG", "ADDRESS"))


def _bridged(text: str, spans: list[tuple[int, int]], tags: list[str]) -> list[str]:
    """One untagged bridge word between two tokens of one name's kind joins them."""
    tags = list(tags)
    for number in range(1, len(tags) - 1):
        before, after = tags[number - 1], tags[number + 1]
        if tags[number] == OUTSIDE and before == after and before in _NAME_KINDS:
            start, end = spans[number]
            if text[start:end].lower() in _BRIDGES or (
                before == "ADDRESS" and text[start:end] == ","
            ):
                tags[number] = before  # "Pueblo, CO": a comma between an address's parts
    return tags


# What makes a number a share of something rather than money: "100%", "80 percent".
_SHARE_AFTER = re.compile(r"(?i: ?(?:%|percent\b|per cent\b|por ciento\b))")
_MONEY_MARKS = frozenset(
    ("$", "€", "£", "usd", "dollars", "dollar", "bucks", "pesos", "dólares", "k", "grand", "mil",
     "hundred", "thousand", "dlls", "euros", "mxn")
)  # fmt: skip


def _dictionary_word(lower: str) -> bool:
    lists = _lists()
    if lists.english.get(lower, 0) >= 300 or lower in lists.ordinary:
        return True
    return (
        lower in lists.spanish or _templating._without_accents(lower) in lists.spanish
        or _templating._spanish_form(lower)
    )  # fmt: skip


def _sentence_word(lower: str) -> bool:
    lists = _lists()
    return (
        len(lower) < 2 or lower in _templating.COMMON_WORDS or lower in _templating.NOT_NAMES
        or lower in _TITLES or lower in lists.months or lower in lists.weekdays
        or lower in _templating._PLAN_WORDS or lower in _WEB_WORDS
    )  # fmt: skip


def _name_like(word: str, *, starts_sentence: bool) -> bool:
    """A word that may be (part of) a name: no sentence word, title or month; a word no
    dictionary holds, or one a name list holds written capitalised inside a sentence ("Mark"
    starting a sentence, "niece", "Pago" stay words)."""
    lower = word.lower()
    if _sentence_word(lower) or _sentence_word(lower.removesuffix("s")):
        return False
    if word.isupper() and len(word) <= 3:
        return False  # "PR", "CO", "EE. UU.": initials of codes and countries
    if lower in _templating._MESSAGE_WORDS:
        return False  # "appt", "eob": chat and plan shorthand
    if not _dictionary_word(lower):
        return not starts_sentence or lower in _lists().first or lower in _lists().last
    listed = lower in _lists().first or lower in _lists().last
    return listed and word[0].isupper() and not starts_sentence


def _named_after_title(text: str, where: list[tuple[int, int]], start: int) -> bool:
    """A word a name list holds after a title and an initial in the same run, in any case:
    "dr. s. john", "dr. s. avril" name someone though "john" is a word too (no month, no
    weekday, no common word)."""
    words = [(a, text[a:b]) for a, b in where if text[a].isalpha()]
    at = next((n for n, (a, _) in enumerate(words) if a == start), None)
    if at is None or at < 2:
        return False
    (title_at, title), (initial_at, initial) = words[at - 2], words[at - 1]
    lower = words[at][1].lower()
    lists = _lists()
    return (
        title.lower() in _TITLES and _initial(text, initial_at, initial_at + len(initial))
        and text[title_at + len(title) : title_at + len(title) + 1] == "."
        and (lower in lists.first or lower in lists.last)
        and lower not in _templating.COMMON_WORDS
        and lower not in lists.months and lower not in lists.weekdays
    )  # fmt: skip


def _unlisted_or_name(word: str) -> bool:
    """What the second stage reads of a word (fixed with the shipped weights): no sentence word,
    and no dictionary word unless capitalised and listed as a name."""
    lower = word.lower()
    if _sentence_word(lower):
        return False
    if not _dictionary_word(lower):
        return True
    return (lower in _lists().first or lower in _lists().last) and word[0].isupper()


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    if before.endswith(".") and _ABBREVIATED.search(before):
        return False  # "R. Voss", "Dr. Voss", "St. Amand": a full stop that ends no sentence
    return before[-1:] in ("", ".", "!", "?", "\n", "¿", "¡", ":")


_ABBREVIATED = re.compile(
    r"(?:^|[\s(])(?:[A-Za-z]|[Dd]r|[Dd]ra|[Mm]rs?|[Mm]s|[Ss]t|[Jj]r|[Ss]r)\.$"
)


# After a name: the rest of a holiday's name ("Martin Luther| King Jr. Day", "St. Patrick|'s Day").
_HOLIDAY_AHEAD = re.compile(r"(?: [A-Z][a-z]+){0,2}(?:['\u2019]s)?(?: Jr\.?)? (?:Day|Eve)\b")
_WEB_AHEAD = re.compile(r"\.(?:gov|com|org|net|edu)\b")
_PAYER_AHEAD = re.compile(
    # "Zurich Life Insurance", "Bankers Mutual Insurance": a kind of insurer between.
    r"(?i:\s+(?:(?:life|mutual|national|casualty)\s+)?"
    r"(?:insurance|insurer|plans?|coverage|policy|seguros?)\b)"
)
_INSURER_KINDS = frozenset(("life", "mutual", "national", "casualty"))
_INSURER_AHEAD = re.compile(
    r"(?i:\s+(?:life|mutual|national|casualty)\s+(?:insurance|insurer|assurance)\b)"
)
# "Blepharoplasty", "Colonoscopy": one word naming a procedure by its ending is no provider.
_PROCEDURE = re.compile(r"(?i:[a-z]{3,}(?:plasty|ectomy|otomy|ostomy|oscopy|ography))")
_ACRONYM = re.compile(r"[A-Z]{4,}|[A-Z]{2,}s")
# After a one-word name: a capitalised word that the run left out ("Grand| Rapids").
_CAPITALISED_AFTER = re.compile(r" [A-Z](?:[a-z]+|\b)")  # "Grand Rapids", "Part D"
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")
# Before a one-word provider: a word of nearness, which a place follows ("near Springfield").
_NEAR_BEFORE = re.compile(r"(?i:\b(?:near|around|outside|cerca de)\s+)$")
_SSN_CUE = re.compile(r"(?i:\bss[n#]|\bsocial\b|\bseguro social\b|\bss ?no\b)")
# What else the last four digits of a number in a message can belong to.
_OTHER_LAST_FOUR = re.compile(
    r"(?i:\b(?:card|cards|account|acct|phone|cell|routing|tarjeta|cuenta|tel[eé]fono)\b)"
)
# A time of day ("10:41", "9:30 am", "14:02:11") or "24/7": what a chat log or a phone line says.
_CLOCK = re.compile(r"(?i:\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?|24/7)")
_MONEY_CUE = re.compile(
    r"(?i:[$€£]|\b(?:pa(?:y|id|ying|ys)|owe[ds]?|owing|cost|costs|charged?|charges|bill(?:ed)?|"
    r"price|deductible|balance|refund|dollars?|bucks|copay|coinsurance|premium|pag(?:o|ar|ué)|"
    r"debo|cobr\w*|costó|cuesta|up ?front|deposit|want|wants|asking|quoted?)\b)"
)
_NUMBER_WORDS = frozenset(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
     "ninety", "hundred", "thousand", "couple", "few", "half", "un", "una", "dos", "tres",
     "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "veinte", "treinta",
     "cuarenta", "cincuenta", "cien", "ciento", "mil", "quinientos", "doscientos", "trescientos",
     "sesenta", "setenta", "ochenta", "noventa", "cuatrocientos", "seiscientos", "setecientos",
     "ochocientos", "novecientos", "once", "doce", "quince")
)  # fmt: skip
# Words a date is written with besides its numbers and month or weekday names.
_WEB_WORDS = frozenset(("gov", "com", "org", "net", "www", "http", "https"))
_DATE_WORDS = frozenset(
    ("st", "nd", "rd", "th", "of", "the", "de", "del", "on", "el", "to", "through", "thru", "and",
     "until", "al", "y", "a", "hasta")
)  # fmt: skip


def _dates_a_day(word: str) -> bool:
    lower = word.lower()
    lists = _lists()
    # "the 17th", "el 3 de mayo": the labelled sets take the article with the date.
    return (
        word.isdigit()
        or lower in lists.months
        or lower in lists.weekdays
        or lower in ("st", "nd", "rd", "th", "the", "el")
    )


def _plausible(
    text: str, where: list[tuple[int, int]], kind: str, sure: frozenset[int] = frozenset()
) -> bool:
    """Whether a run of tokens tagged `kind` can be one: a name needs a word that reads as a name,
    a provider a word besides kinds of care and plan words, an id six digits (an SSN four), a
    date a number with a month, a weekday, an ordinal or another number, an amount more than a
    bare number. The tagger errs towards taking; these keep sentence words out."""
    words = [text[a:b] for a, b in where]
    letters = [(word, a) for word, (a, _) in zip(words, where, strict=True) if word[0].isalpha()]
    numbers = [word for word in words if word.isdigit()]
    digits = sum(len(word) for word in numbers)
    lists = _lists()
    if _CLOCK.fullmatch(text, where[0][0], where[-1][1]):
        return False  # "[10:41] Me: ...", "chat started 14:02", "24/7": times, no detail
    if kind in _NAME_KINDS and kind != "ADDRESS":
        if _HOLIDAY_AHEAD.match(text, where[-1][1]):
            return False  # "Martin Luther King Jr. Day", "St. Patrick's Day"
        if _WEB_AHEAD.match(text, where[-1][1]):
            return False  # "CuidadoDeSalud.gov": a web address
        if len(letters) == 1 and len(words) == 1 and _ACRONYM.fullmatch(words[0]):
            return False  # "SHIP", "HCPCS", "HSAs": an acronym alone
        if len(words) == 1 and words[0].islower() and not _listed(words[0]):
            return False  # "checkin", "afterward": one lower-case word no name list holds
        if all(
            word.islower() and not _listed(word) and _templating._typo_of_a_word(word)
            for word, _ in letters
        ):
            return False  # "chargd twise": misspelt words, in lower case, no name list holds
    if kind == "PROVIDER_ORG" and _PAYER_AHEAD.match(text, where[-1][1]):
        return False  # "Assurant Health Insurance", "Rutgers Health Plan": payers
    if (
        kind == "PROVIDER_ORG"
        and len(words) == 1
        and re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", words[0])
        and _templating._PAYER_PART.search(words[0])
    ):
        return False  # "UnitedHealthcare", "BlueCross": payers written in one word, as the
        # patterns' camel-case providers are not
    if kind in _NAME_KINDS and len(words) == 1 and _PROCEDURE.fullmatch(words[0]):
        return False
    if kind in ("PERSON_NAME", "PROVIDER_ORG") and (
        _INSURER_AHEAD.match(text, where[-1][1])
        or (words[-1].lower() in _INSURER_KINDS and _PAYER_AHEAD.match(text, where[-1][1]))
    ):
        return False  # "Zurich Life Insurance": an insurer, named like a person or a place
    if kind in ("PERSON_NAME", "CLINICIAN_NAME"):
        if len(letters) == 1 and len(words) == 1 and _CAPITALISED_AFTER.match(text, where[-1][1]):
            word = letters[0][0]
            if _dictionary_word(word.lower()):
                return False  # "Grand Rapids": a word of a longer proper name the run left out
        if len(letters) == 1 and len(words) == 1 and _dictionary_word(words[0].lower()):
            # "Apple Wallet", "Medicare Part D": the last word of a proper name the run left out,
            # after a capitalised word that starts no sentence.
            before = _CAPITALISED_BEFORE.search(text, max(0, where[0][0] - 30), where[0][0])
            if before is not None and not _starts_sentence(text, before.start()):
                return False
        language = _written_in_another_language(text)
        return any(
            (
                a in sure
                or _name_like(word, starts_sentence=_starts_sentence(text, a))
                or _named_after_title(text, where, a)
            )
            and not _a_word_of(language, word, starts_sentence=_starts_sentence(text, a))
            for word, a in letters
        )
    if kind == "PROVIDER_ORG":
        if any(word.lower() in ("vs", "versus") for word, _ in letters):
            return False  # "Urgent Care Center vs Emergency Room": two kinds of care compared
        if letters and letters[0][0].lower() in _templating._BRANDS_NOT_PROVIDERS:
            return False  # "Uber Health", "Apple Health": rides and a state's Medicaid
        if len(letters) == 1 and _dictionary_word(letters[0][0].lower()):
            return False  # "errors", "ingresos", "Asthma": one dictionary word is a word
        if len(letters) == 1 and _NEAR_BEFORE.search(text, 0, where[0][0]):
            return False  # "clinics near Springfield": a place
        if all(word.islower() for word, _ in letters) and all(
            _dictionary_word(word) for word, _ in letters
        ):
            return False  # "the hearing & audiology dept": a kind of care in lower case
        language = _written_in_another_language(text)
        return any(
            not _a_word_of(language, word, starts_sentence=_starts_sentence(text, a))
            and not _sentence_word(word.lower()) and word.lower() not in lists.care
            and word.lower() not in _CARE_WORDS_ES and word.lower() not in lists.ordinary
            and word.lower() not in _templating._GENERIC_PLACE_WORDS
            and not (word.islower() and _dictionary_word(word.lower())
                     and lists.english.get(word.lower(), 0) >= 5000)
            for word, a in letters
        )  # fmt: skip
    if kind in _ID_KINDS:
        # "***-**-4471", "XXX-XX-4471": the last four of a masked number are a detail too.
        masked = any(word in ("*", "•", "#") or set(word.lower()) == {"x"} for word in words)
        if (
            kind == "SSN" and digits < 9 and not masked and not _SSN_CUE.search(text)
            and _OTHER_LAST_FOUR.search(text)
        ):  # fmt: skip
            return False  # "the last 4 are 3019 on my card": a card's last four
        return digits >= (4 if kind == "SSN" or masked else 6)
    if kind == "EMAIL":
        lower = {word.lower() for word, _ in letters}
        return "@" in words or {"at", "dot"} <= lower or "arroba" in lower
    if kind == "ADDRESS":
        if all(word.lower() in _UNIT_WORDS or _sentence_word(word.lower()) for word, _ in letters):
            return False  # "Room 2 or room 3?": rooms, units and sentence words, no place
        return digits >= 1 and bool(letters)
    if kind == "AMOUNT":
        if len(words) == 1 and numbers:
            return False  # "99213", "911": a bare number is a code or a count, not money
        if "%" in words or _SHARE_AFTER.match(text, where[-1][1]):
            return False  # "paid at 100%", "80 percent": a share, not an amount
        said = [word.lower() for word in words]
        if not numbers and not any(word in _NUMBER_WORDS for word in said):
            return False  # "a grand total": no number, no amount
        if (
            "k" in said
            and not _MONEY_CUE.search(text)
            and not any(word in _MONEY_MARKS for word in said if word != "k")
        ):
            return False  # "my 401k and a 5k race": a plan and a distance in a text of no money
        return digits >= 3 or any(word in _MONEY_MARKS for word in said)
    if kind == "DATE":
        named = [word.lower() for word, _ in letters]
        if (
            letters and letters[0][0][0].isupper() and named[0] not in lists.months_en
            and named[0] in lists.months and "de" not in named
        ):  # fmt: skip
            return False  # "Mayo 3": a Spanish month is written "3 de mayo"; "Mayo" a name
        if any(w not in lists.months and w not in lists.weekdays and w not in _DATE_WORDS
               for w in named):  # fmt: skip
            return False
        # "July" alone dates nothing; "July 4", "7/4", "the 4th" and "20250703" do.
        return len(numbers) >= 2 or (bool(named) and digits > 0) or digits in (6, 8)
    return True


_LETTER_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=64)
def _written_in_another_language(text: str) -> frozenset[str]:
    """The commonest words of the language a text is written in when it is none of English and
    Spanish: at least two words, three in five of them among that language's commonest and more
    than English and Spanish dictionaries hold ("Merci beaucoup pour votre aide", "Danke schön
    für die schnelle Antwort", "Cảm ơn rất nhiều"); else none."""
    words = [word.lower() for word in _LETTER_WORD.findall(text)]
    lists = _lists()
    if len(words) < 2 or 5 * sum(word in lists.other for word in words) < 3 * len(words):
        return frozenset()  # too few words of any of them: one pass, as for most texts
    shares = {
        language: sum(word in held for word in words)
        for language, held in lists.other_languages.items()
    }
    language = max(sorted(shares), key=shares.__getitem__)
    share = shares[language]
    if share * 5 < len(words) * 3 or share <= sum(_dictionary_word(word) for word in words):
        return frozenset()
    return lists.other_languages[language]


def _a_word_of(language: frozenset[str], word: str, *, starts_sentence: bool) -> bool:
    """Whether a word of a text written in another language is a word of it rather than a name:
    a name there is one a name list holds, capitalised inside a sentence ("Marie" in "je suis
    Marie Dupont"), and one of the language's commonest words only when it is a first name
    (German capitalises its nouns and "Ihnen", which some list holds as a surname); "Antwort"
    and "schnelle" in "Danke schön für die schnelle Antwort" are words, listed or not."""
    if not language:
        return False
    lower = word.lower()
    lists = _lists()
    listed = lower in lists.first or (lower in lists.last and lower not in language)
    return not (listed and word[0].isupper() and not starts_sentence)


_PERSON_KINDS = frozenset(("PERSON_NAME", "CLINICIAN_NAME"))
# Words beside a number that say what it is, not a part of it ("ID 5512", "claim # 8844").
_ID_CUES = frozenset(
    ("id", "no", "nr", "num", "nbr", "mbr", "member", "acct", "account", "claim", "clm", "ref",
     "policy", "pol", "group", "grp", "ssn", "ss", "npi", "tel", "ph", "phone", "cell", "fax",
     "ext", "card", "number", "is", "es", "el", "la", "de", "and", "or", "y", "o", "dob", "dos",
     "sub", "ins")
)  # fmt: skip


def _id_letters(word: str, after: str = "") -> bool:
    """Shouted letters beside an id's digits that are a part of it ("GEX 118-440-092", "... 2290
    A", "M F K 4 4 0 9", "EEL 199619839"): up to four capitals, no cue word and no dictionary
    word, but for a rare one of three or four letters with the digits after it (`after`, what
    follows the word): "EEL" is a prefix there, "CALL", "BOX" and "UNIT" are words."""
    lower = word.lower()
    if word.islower() and len(word) <= 3 and _DIGITS_AFTER.match(after) is not None:
        # "id# f 172321668", "MbrID anb 869734727": a prefix typed in lower case, the digits
        # after it (no cue, no dictionary word, no plan's or chat's shorthand).
        return (
            lower not in _ID_CUES and not _dictionary_word(lower)
            and lower not in _templating._MESSAGE_WORDS and lower not in _templating._PLAN_WORDS
        )  # fmt: skip
    return (
        word.isupper() and len(word) <= 4 and lower not in _ID_CUES
        and (
            len(word) == 1 or not _dictionary_word(lower)
            or (
                len(word) >= 3 and _DIGITS_AFTER.match(after) is not None
                and _lists().english.get(lower, 0) < _RARE_PREFIX
            )
        )
    )  # fmt: skip


# Below this count in the English word counts, three or four shouted letters before an id's
# digits read as its prefix ("EEL 199619839"), as "APT", "BOX" and "CALL" (above it) do not.
_RARE_PREFIX = 2_500
_DIGITS_AFTER = re.compile(r" \d")


_VERY_COMMON = 100_000  # a word's count in the English word counts


def _sentence_like(text: str, start: int, end: int, kind: str) -> bool:
    """Whether a word at the edge of a name, a provider or an address reads as a word of the
    sentence around it rather than a part of the detail: a sentence word ("is", "not", "if");
    chat shorthand ("appt"); a dictionary word written in lower case or capitalised to start
    the sentence ("even", "es", "Ask") unless a name list holds it and the kind is a person's
    name ("cruz", "Grace"). A shouted word says nothing by its case. Kinds of care, street and
    unit words and titles are parts of a detail."""
    word = text[start:end]
    lower = word.lower()
    if not word[0].isalpha():
        return False
    lists = _lists()
    if lower in _TITLES or lower in lists.care or lower in _CARE_WORDS_ES:
        return False
    if kind == "ADDRESS" and (
        lower in lists.streets or lower in _UNIT_WORDS or lower in lists.states
        or lower in _PLACE_IN_A_PARK or lower in _STREETS_FIRST
    ):  # fmt: skip
        return False
    listed = lower in lists.first or lower in lists.last
    if _kept_in_provider(text, start, end, kind):
        return False
    if _sentence_word(lower) or lower in _templating._MESSAGE_WORDS or lower in _NOT_PARTS:
        return True
    if word.istitle() and _starts_sentence(text, start) and _spanish_verb(lower):
        return True  # "Haga la solicitud", "Busque el nombre": an imperative
    if not _dictionary_word(lower) or (kind in _PERSON_KINDS and listed):
        return False
    return word.islower() or (word.istitle() and _starts_sentence(text, start))


# Words between or after names that are no part of them: "Riverside Imaging vs the hospital".
_NOT_PARTS = frozenset(("vs", "versus", "etc", "via", "per", "re", "fwd", "fw"))
# Spanish subjunctive stems that change from their infinitive's ("haga" from hacer).
_SPANISH_IRREGULAR_STEMS = frozenset(
    ("hag", "dig", "teng", "veng", "pong", "salg", "traig", "oig", "sep", "vay", "quier",
     "pued", "conozc", "ofrezc", "obtenga")
)  # fmt: skip


# Past forms of the commonest irregular verbs ("Fui al Centro Médico ...").
_SPANISH_IRREGULAR_FORMS = frozenset(
    ("fui", "fue", "fuimos", "fueron", "fuiste", "hice", "hizo", "tuve", "tuvo", "estuve",
     "estuvo", "pude", "pudo", "dije", "dijo", "vine", "vino", "traje", "trajo", "puse", "puso")
)  # fmt: skip


def _spanish_verb(lower: str) -> bool:
    """A Spanish verb form, the imperatives whose stem is written otherwise than their
    infinitive's too ("busque" from buscar, "llegue" from llegar, "haga" from hacer)."""
    if _templating._spanish_form(lower) or lower in _SPANISH_IRREGULAR_FORMS:
        return True
    plain = _templating._without_accents(lower)
    lemmas = _lists().spanish
    for ending in ("an", "a", "en", "e"):
        if not plain.endswith(ending):
            continue
        stem = plain[: -len(ending)]
        if stem in _SPANISH_IRREGULAR_STEMS:
            return True
        for written, infinitive in (("qu", "car"), ("gu", "gar"), ("c", "zar")):
            if stem.endswith(written) and stem[: -len(written)] + infinitive in lemmas:
                return True
    return False


def _listed(word: str) -> bool:
    lower = word.lower()
    return lower in _lists().first or lower in _lists().last or lower in _lists().elsewhere


def _kept_in_provider(text: str, start: int, end: int, kind: str) -> bool:
    """A capitalised month or weekday, or a listed name inside a sentence, is a part of a
    provider's name ("May Valley Dialysis", "at Grace Hospital"; not "Ask" before a clinic)."""
    word = text[start:end]
    lower, lists = word.lower(), _lists()
    if kind != "PROVIDER_ORG" or not word.istitle():
        return False
    listed = lower in lists.first or lower in lists.last
    return (
        lower in lists.months or lower in lists.weekdays
        or (listed and not _starts_sentence(text, start))
    )  # fmt: skip


_LABEL_AHEAD = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?:")
_RANGE_WORDS = frozenset(("to", "through", "thru", "until", "till", "hasta", "al", "a"))


def _initial(text: str, start: int, end: int) -> bool:
    """One letter and a full stop: an initial ("HORACE T. WINTERBOTTOM", "dr. s. kapoor")."""
    return end - start == 1 and text[start].isalpha() and text[end : end + 1] == "."


def _split(
    text: str, where: list[tuple[int, int]], kind: str, sure: frozenset[int] = frozenset()
) -> list[list[tuple[int, int]]]:
    """A run split where it holds two details: a person's name at a sentence word inside it
    that joins no name ("Kwame not Kwane" is two names, "rafferty de la cruz" one), a date range
    at its range word ("7-17 to 5-23"), and any run but an address at a line break (a name and
    "Policyholder" on the line below it)."""
    parts: list[list[tuple[int, int]]] = [[]]
    previous_end = where[0][0] if where else 0
    for start, end in where:
        lower = text[start:end].lower()
        if "\n" in text[previous_end:start] and (
            kind != "ADDRESS" or _LABEL_AHEAD.match(text, start)
        ):
            parts.append([])  # a new line; for an address, one that a label opens ("Mailing:")
        previous_end = end
        between = (kind == "DATE" and lower in _RANGE_WORDS) or (
            kind in _PERSON_KINDS and lower not in _BRIDGES
            and not _initial(text, start, end) and start not in sure
            and not _surname_that_is_a_word(text, parts[-1], start, end)
            and _sentence_like(text, start, end, kind)
        )  # fmt: skip
        if between:
            parts.append([])  # the word itself is in neither part
        else:
            parts[-1].append((start, end))
    return [part for part in parts if part]


def _surname_that_is_a_word(text: str, before: list[tuple[int, int]], start: int, end: int) -> bool:
    """A capitalised name that is also a word ("Mann", "Rich", "Hardy"; templating.NOT_NAMES,
    but no common word, month or weekday) right after a capitalised name word of the same run,
    inside a sentence: "Dr. Anmol Ratti Mann" is one name, not a name and a word."""
    word, lower = text[start:end], text[start:end].lower()
    if not before or not word.istitle() or _starts_sentence(text, start):
        return False
    lists = _lists()
    if (
        lower not in _templating.NOT_NAMES or lower in _templating.COMMON_WORDS
        or lower in lists.months or lower in lists.weekdays or lower in _TITLES
        or (lower not in lists.first and lower not in lists.last)
    ):  # fmt: skip
        return False
    a, b = before[-1]
    previous = text[a:b]
    return (
        previous.istitle() and len(previous) > 1 and previous.lower() not in _TITLES
        and not _sentence_word(previous.lower()) and text[b:start] == " "
    )  # fmt: skip


def _trimmed(
    text: str, where: list[tuple[int, int]], kind: str, sure: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """A run without what stands at its edges but is no part of its detail: for names,
    providers and addresses the sentence words ("Ask" before a clinic, "is" before an address,
    "even" after it); for ids a cue word apart from the number ("mbr 55120934"); and the
    punctuation left at the edges after them."""
    where = list(where)

    def edge(n: int) -> bool:
        start, end = where[n]
        if text[start] in _EDGE_PUNCTUATION:
            return True
        joined = (n and where[n - 1][1] == start) or (
            n + 1 < len(where) and where[n + 1][0] == end and text[end] != ":"
        )  # a label's colon ("Mailing:") joins no part of a name or an address
        if kind in _NAME_KINDS and text[end : end + 1] == ":" and text[start].isalpha():
            return True  # a label before the detail ("Mailing: Lot 9, ...")
        if kind in _NAME_KINDS and _NEGATED_VERB.match(text, end) and text[start].isalpha():
            return True  # "didn't", "isn't": a verb, not the end of a name

        if start in sure:
            return False  # a word the tagger is sure names someone (_sure_names)
        if kind in _PERSON_KINDS and n and _surname_that_is_a_word(text, where[:n], start, end):
            return False  # "Dr. Anmol Ratti Mann"
        if kind in _NAME_KINDS and not joined:
            return _sentence_like(text, start, end, kind) or (
                text[start:end].lower() in _BRIDGES and kind not in _PERSON_KINDS
            )
        if kind == "AMOUNT" and text[start:end].isalpha():
            lower = text[start:end].lower()
            return lower not in _MONEY_MARKS and lower not in _NUMBER_WORDS  # "/month"
        if kind in _ID_KINDS and text[start:end].isalpha():
            apart = (n == 0 and len(where) > 1 and where[1][0] > end) or (
                n == len(where) - 1 and len(where) > 1 and where[n - 1][1] < start
            )
            masked = set(text[start:end].lower()) == {"x"}
            return apart and not masked and not _id_letters(text[start:end], text[end : end + 2])
        return False

    def after_a_name(n: int) -> bool:
        # "ODALYS FERRERA NEEDS": a very common word after two name words, shouted or in
        # lower case, is the sentence's even where a surname list holds it.
        start, end = where[n]
        word = text[start:end]
        named = [a for a, b in where[:n] if text[a].isalpha() and text[a:b].lower() not in _TITLES]
        return (
            kind in _PERSON_KINDS and len(named) >= 2 and word.isalpha()
            and (word.isupper() or word.islower())
            and _lists().english.get(word.lower(), 0) >= _VERY_COMMON
        )  # fmt: skip

    while where and edge(0):
        where.pop(0)
    while where and (edge(len(where) - 1) or after_a_name(len(where) - 1)):
        where.pop()
    return where


_NEGATED_VERB = re.compile(r"['\u2019]t\b")
_KIND_OF = {placeholder: kind for kind, placeholder in reversed(KINDS.items())}


def learned_piece(
    text: str, start: int, end: int, placeholder: Placeholder
) -> tuple[int, int] | None:
    """The part of a learned span left beside a pattern's find, without the sentence words at
    its edges ("not" in "{PERSON_NAME} not Kwane"), where it can be a detail of its kind by
    itself ("to" between two dates a pattern took is not one); None where it cannot."""
    kind = _KIND_OF[placeholder]
    where = _trimmed(text, [(a + start, b + start) for a, b in tokens(text[start:end])], kind)
    if not where or not _plausible(text, where, kind):
        return None
    return where[0][0], where[-1][1]


def widens(
    text: str, start: int, end: int, taken_start: int, taken_end: int, placeholder: Placeholder
) -> bool:
    """Whether a learned span may widen a pattern's find to its own edges: what it adds is
    joined to the find ("xxx-xx-" before "6620") or holds no sentence word ("Sleep Lab" after
    "Harrowgate", "May" before "Valley Dialysis", but not "Ask" before "Riverside Imaging", nor
    "es" after an address)."""
    before, after = text[start:taken_start], text[taken_end:end]
    if not any(character.isspace() for character in before + after):
        return True  # joined on both sides: the space between "Ask" and its find counts
    kind = _KIND_OF[placeholder]
    lists = _lists()
    first_word = _LETTER_WORD.search(text, start, end)
    titled = first_word is not None and first_word.group(0).lower() in _TITLES
    for offset, part in ((start, before), (taken_end, after)):
        where = [(a + offset, b + offset) for a, b in tokens(part)]
        for n, (a, b) in enumerate(where):
            word, lower = text[a:b], text[a:b].lower()
            joined = (n and where[n - 1][1] == a and text[where[n - 1][0]].isdigit()) or (
                n + 1 < len(where) and where[n + 1][0] == b and text[b].isdigit()
            )
            if not word[0].isalpha() or joined:
                continue  # "19C", "9th": part of a number
            if kind in _ID_KINDS and _id_letters(word, text[b : b + 2]):
                continue  # "GEX 118-440-092", "88 4410 2937 X"
            if kind in _PERSON_KINDS and _initial(text, a, b) and (word.isupper() or titled):
                continue  # "T.J. Kowalczyk", "dr. s. john": initials before a name a cue took
            if kind == "ADDRESS" and (
                (word[0].isupper() and not _sentence_word(lower)) or _initial(text, a, b)
            ):
                continue  # "Urb. Los Caobos, Calle 3 #45", "N. Magnolia Ave.": an address's parts
            if _kept_in_provider(text, a, b, kind):
                continue
            if (
                kind in _PERSON_KINDS and offset == taken_end and n == 0
                and _surname_that_is_a_word(text, tokens(text[:taken_end])[-1:], a, b)
            ):  # fmt: skip
                continue  # "Mann" after the "Dr. Anmol Ratti" a pattern took
            if (
                _sentence_like(text, a, b, kind) or lower in lists.ordinary
                or (lower in lists.spanish and lower not in lists.care)
            ):  # fmt: skip
                return False
    return True


# How far above OUTSIDE the tagger must put a person's kind on a name that is also a word
# ("Grace", "Summer", "Will"; templating.NOT_NAMES) for that word to be taken as a name: inside
# a sentence, and starting one. Chosen on deid_test_fresh13 read by weights fitted without it
# (stop 32): there every such word at or above 0.5 was a name, and no sentence word, street or
# month rose above -1.0.
SURE = 0.5
SURE_STARTING = 2.0


def _sure_names(
    model: Tagger, text: str, spans: list[tuple[int, int]], tags: list[str]
) -> frozenset[int]:
    """Where (token starts) a capitalised word that a name list holds but the rules keep as a
    word ("my daughter Grace", "Summer Nakamura is my caregiver") is tagged a person's name with
    the margin SURE (SURE_STARTING where it starts a sentence): the rules' word lists veto such
    words whatever stands around them; the tagger reads what stands around them."""
    lists = _lists()
    candidates = [
        n for n, (a, b) in enumerate(spans)
        if tags[n] in _PERSON_KINDS and text[a:b].istitle() and len(text[a:b]) > 1
        and _sentence_word(text[a:b].lower())
        and (text[a:b].lower() in lists.first or text[a:b].lower() in lists.last)
        and text[a:b].lower() not in lists.months and text[a:b].lower() not in lists.weekdays
    ]  # fmt: skip
    if not candidates:
        return frozenset()
    words = [text[a:b] for a, b in spans if text[a].isalpha()]
    if 2 * sum(word[0].isupper() for word in words) > len(words):
        return frozenset()  # "Can A Muslim Get Life Insurance?": capitals say nothing there
    margins = model.margins(text, spans)
    sure = set()
    for n in candidates:
        a = spans[n][0]
        needed = SURE_STARTING if _starts_sentence(text, a) else SURE
        if margins[n, model.kinds.index(tags[n])] >= needed:
            sure.add(a)
    return frozenset(sure)


@functools.cache
def tagger() -> Tagger | None:
    """The shipped model, or None where it has not been built (the patterns work alone)."""
    return Tagger() if MODEL.exists() else None


def learned_spans(text: str) -> list[Span]:
    """Runs of tokens of one kind, without punctuation at their edges."""
    model = tagger()
    if model is None:
        return []
    spans = tokens(text)
    tags = _whole_chunks(text, spans, model.tags(text, spans))
    tags = _bridged(text, spans, _one_person(_lone_id_letters(text, spans, tags)))
    sure = _sure_names(model, text, spans, tags)
    found: list[Span] = []
    run: list[int] = []

    def close() -> None:
        while run and text[spans[run[0]][0]] in _EDGE_PUNCTUATION:
            run.pop(0)
        while run and text[spans[run[-1]][0]] in _EDGE_PUNCTUATION:
            run.pop()
        if tags[run[0]] == "DATE" if run else False:
            # "on 8/28 I": a date does not begin or end with a word that names no day.
            while run and not _dates_a_day(text[slice(*spans[run[0]])]):
                run.pop(0)
            while run and not _dates_a_day(text[slice(*spans[run[-1]])]):
                run.pop()
        if run:
            kind = tags[run[0]]
            for part in _split(text, [spans[n] for n in run], kind, sure):
                where = _trimmed(text, part, kind, sure)
                if where and _plausible(text, where, kind, sure):
                    end = where[-1][1]
                    if kind == "PROVIDER_ORG" and (branch := _BRANCH_AFTER.match(text, end)):
                        end = branch.end()  # "Farmacia La Económica #3": the branch's number
                    found.append(Span(where[0][0], end, KINDS[kind]))
        run.clear()

    for number, tag in enumerate(tags):
        if run and tag != tags[run[0]]:
            close()
        if tag != OUTSIDE:
            run.append(number)
    close()
    return found
