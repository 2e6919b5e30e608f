"""The one list of month and weekday names that triage, de-identification and the fact check
read."""

import re

import pytest

from careteam.api import (
    ORDINAL_DAY_ALTERNATION,
    english_month_number,
    english_month_words,
    month_alternation,
    ordinal_day,
)
from careteam.months import ENGLISH_WEEKDAYS, SPANISH_WEEKDAYS
from careteam.triage import PAST


@pytest.mark.parametrize(
    ("word", "number"),
    [("January", 1), ("jan", 1), ("MAY", 5), ("jun", 6), ("june", 6), ("Sep", 9), ("sept", 9),
     ("September", 9), ("dec", 12), ("mayo", None), ("septe", None), ("ma", None), ("", None)],
)  # fmt: skip
def test_an_english_month_name_or_abbreviation_gives_its_number(word, number):
    assert english_month_number(word) == number


def test_the_alternation_takes_the_whole_word_before_a_prefix_of_it():
    pattern = re.compile(month_alternation(english_month_words()))
    assert [pattern.match(word).group(0) for word in ("september", "sept", "june")] == [
        "september",
        "sept",
        "june",
    ]
    assert pattern.match("smarch") is None


@pytest.mark.parametrize("day", ENGLISH_WEEKDAYS)
def test_a_named_past_weekday_sets_a_danger_in_the_past(day):
    assert PAST.search(f"it happened on {day}") and PAST.search(f"last {day} it hurt")
    assert not PAST.search(f"it happens {day}s")


@pytest.mark.parametrize("dia", SPANISH_WEEKDAYS)
def test_a_named_weekday_in_spanish_does_too(dia):
    assert PAST.search(f"me paso el {dia}")


@pytest.mark.parametrize(
    ("word", "day"),
    [("first", 1), ("Fourteenth", 14), ("twentieth", 20), ("twenty-first", 21),
     ("Thirty-First", 31), ("thirtieth", 30), ("thirty-second", None), ("fortieth", None),
     ("first-ish", None)],
)  # fmt: skip
def test_a_day_written_as_an_ordinal_word_is_its_number_and_only_a_real_day(word, day):
    assert ordinal_day(word) == day


UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
         "seventeenth", "eighteenth", "nineteenth", "twentieth")  # fmt: skip


def _ordinal_words(day: int) -> list[str]:
    if day > 20 and day % 10:
        tens = "twenty" if day < 30 else "thirty"
        return [f"{tens}-{UNITS[day % 10 - 1]}", f"{tens} {UNITS[day % 10 - 1]}"]
    return [(*UNITS, *TEENS)[day - 1] if day <= 20 else "thirtieth"]


def test_the_scan_finds_every_ordinal_day_the_reader_reads_spaced_or_hyphenated():
    scan = re.compile(rf"(?i:{ORDINAL_DAY_ALTERNATION})$")
    words = [word for day in range(1, 32) for word in _ordinal_words(day)]
    assert len(words) == 31 + 10
    assert all(scan.match(word) for word in words)
    assert [ordinal_day(word.replace(" ", "-")) for word in words] == [
        day for day in range(1, 32) for _ in _ordinal_words(day)
    ]
    assert not scan.match("fortieth")
