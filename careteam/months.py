"""Month and weekday names as members write them: the one list every matcher of dates and times
reads.

Each matcher builds what it needs from these (a set of words, a regular expression, a month
number) and keeps its own reach: which languages and whether abbreviations count.
"""

from __future__ import annotations

# In calendar order: index + 1 is the month's number.
ENGLISH_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
ENGLISH_MONTH_ABBREVIATIONS = (
    ("jan",), ("feb",), ("mar",), ("apr",), (), ("jun",),
    ("jul",), ("aug",), ("sep", "sept"), ("oct",), ("nov",), ("dec",),
)  # fmt: skip
# "setiembre" beside "septiembre": both are written.
SPANISH_MONTHS = (
    ("enero",), ("febrero",), ("marzo",), ("abril",), ("mayo",), ("junio",),
    ("julio",), ("agosto",), ("septiembre", "setiembre"), ("octubre",), ("noviembre",),
    ("diciembre",),
)  # fmt: skip
# Monday first, as ISO numbers them; Spanish without accents, as the matchers fold text.
ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SPANISH_WEEKDAYS = ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo")


def english_month_words() -> tuple[str, ...]:
    """Every English name and abbreviation: full names first, then the abbreviations."""
    return (*ENGLISH_MONTHS, *(short for shorts in ENGLISH_MONTH_ABBREVIATIONS for short in shorts))


def spanish_month_words() -> tuple[str, ...]:
    return tuple(name for names in SPANISH_MONTHS for name in names)


def english_month_number(word: str) -> int | None:
    """1-12 for an English month name or abbreviation in any case ("Sept" is 9), else None."""
    return _ENGLISH_NUMBERS.get(word.lower())


def alternation(words: tuple[str, ...]) -> str:
    """A regular expression group of the words, the longest first so none stops at a prefix."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


_ENGLISH_NUMBERS = {
    word: number
    for number, (name, shorts) in enumerate(
        zip(ENGLISH_MONTHS, ENGLISH_MONTH_ABBREVIATIONS, strict=True), start=1
    )
    for word in (name, *shorts)
}


def spanish_month_number(word: str) -> int | None:
    """1-12 for a Spanish month name in any case ("setiembre" is 9), else None."""
    return _SPANISH_NUMBERS.get(word.lower())


_SPANISH_NUMBERS = {
    name: number for number, names in enumerate(SPANISH_MONTHS, start=1) for name in names
}


# Days of the month written as words ("the fourteenth", "June twenty-first"); index + 1 is the day.
ORDINAL_DAY_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",
)  # fmt: skip
_ORDINAL_DAYS = {word: day for day, word in enumerate(ORDINAL_DAY_WORDS, start=1)}
_ORDINAL_DAYS |= {
    f"{tens}-{word}": base + day
    for tens, base in (("twenty", 20), ("thirty", 30))
    for word, day in zip(ORDINAL_DAY_WORDS[:9], range(1, 10), strict=True)
    if base + day <= 31
}
_ORDINAL_DAYS["thirtieth"] = 30
# A scan's alternation: wider than the days it names ("thirty-second" too), as a scan finds the
# shape of a date and leaves its sense to the reader.
ORDINAL_DAY_ALTERNATION = (
    r"(?:(?:twenty|thirty)[- ])?(?:" + "|".join(ORDINAL_DAY_WORDS[:9]) + ")|"
    + "|".join(ORDINAL_DAY_WORDS[9:]) + "|thirtieth"
)  # fmt: skip


def ordinal_day(word: str) -> int | None:
    """1-31 for a day written as an ordinal word in any case ("Twenty-First" is 21), else None."""
    return _ORDINAL_DAYS.get(word.lower())
