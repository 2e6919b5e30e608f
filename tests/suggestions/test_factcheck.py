"""Reading the dates a reply states, for the check against the member's records."""

import pytest

from suggestions.factcheck import MentionedDate, parse_date


@pytest.mark.parametrize(
    ("text", "mentioned"),
    [
        ("Sept 3, 2026", MentionedDate(month=9, day=3, year=2026)),
        ("sep. 30th", MentionedDate(month=9, day=30, year=None)),
        ("May 2", MentionedDate(month=5, day=2, year=None)),
        ("JANUARY 31st, 2025", MentionedDate(month=1, day=31, year=2025)),
        ("Feb 29", MentionedDate(month=2, day=29, year=None)),
        ("2026-03-04", MentionedDate(month=3, day=4, year=2026)),
        ("3/4/26", MentionedDate(month=3, day=4, year=2026)),
        ("September 31", None),
        ("Mayo 2", None),
        ("Janu 3", None),
    ],
)
def test_a_stated_date_is_read_in_each_month_form_and_impossible_days_are_refused(text, mentioned):
    assert parse_date(text) == mentioned
