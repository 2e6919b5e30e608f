"""The one list of month names that triage, de-identification and the fact check read."""

import re

import pytest

from careteam.api import english_month_number, english_month_words, month_alternation


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
