"""The one list of month and weekday names that triage, de-identification and the fact check
read."""

import re

import pytest

from careteam.api import english_month_number, english_month_words, month_alternation
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
