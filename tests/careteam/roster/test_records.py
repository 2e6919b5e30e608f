"""The checks every roster format shares: ids, names, dates, sex, states and languages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import timezone

from careteam.roster.records import (
    Problems,
    check_birth_date,
    check_member_id,
    check_name,
    parse_date,
    parse_language,
    parse_sex,
    parse_state,
)


def told(check, value: str, **options: object) -> tuple[object, list[str]]:  # type: ignore[no-untyped-def]
    problems = Problems("f.csv")
    result = check(value, "row 2", "field", problems, **options)
    return result, [problem.message for problem in problems.items]


@pytest.mark.parametrize(
    ("given", "stored"),
    [("es", "es"), ("ES", "es"), ("es-MX", "es"), ("zh_Hant", "zh"), ("spa", "es"),
     ("fre", "fr"), ("fra", "fr"), ("hmn", "hmn"), ("", "")],
)  # fmt: skip
def test_languages_become_iso_639_1(given, stored):
    assert told(parse_language, given) == (stored, [])


@pytest.mark.parametrize("given", ["qqq", "english", "e", "1a", "ñe"])
def test_languages_we_cannot_map_are_refused(given):
    value, messages = told(parse_language, given)
    assert value == "" and len(messages) == 1 and "ISO 639-1" in messages[0]


@pytest.mark.parametrize(
    ("given", "stored"),
    [("PA", "PA"), ("pa", "PA"), ("Pennsylvania", "PA"), ("district of  columbia", "DC"),
     ("Puerto Rico", "PR"), ("", "")],
)  # fmt: skip
def test_states_by_code_or_name(given, stored):
    assert told(parse_state, given) == (stored, [])


@pytest.mark.parametrize("given", ["QQ", "Ontario", "P A", "Kiến An"])
def test_what_is_not_a_us_state_is_refused(given):
    assert told(parse_state, given)[0] == "" and told(parse_state, given)[1]


def test_dates_iso_or_compact_within_bounds():
    assert told(parse_date, "2024-02-29") == (date(2024, 2, 29), [])
    assert told(parse_date, "20240229", compact=True) == (date(2024, 2, 29), [])
    assert told(parse_date, "2023-02-29")[1] == ["not a date (YYYY-MM-DD)"]
    assert told(parse_date, "2024-2-9")[1] == ["not a date (YYYY-MM-DD)"]
    assert told(parse_date, "20240229")[1] == ["not a date (YYYY-MM-DD)"]
    assert told(parse_date, "2024-02-29", compact=True)[1] == ["not a date (CCYYMMDD)"]
    assert told(parse_date, "1899-12-31")[1] == ["outside the years 1900 to 2100"]


def test_a_birth_date_in_the_future_is_refused():
    problems = Problems("f.csv")
    check_birth_date(timezone.localdate() + timedelta(days=1), "row 2", "dob", problems)
    check_birth_date(timezone.localdate(), "row 3", "dob", problems)
    assert [p.location for p in problems.items] == ["row 2"]


@pytest.mark.parametrize(("given", "stored"), [("F", "F"), ("male", "M"), ("other", "U"), ("", "")])
def test_sexes(given, stored):
    assert told(parse_sex, given) == (stored, [])
    assert told(parse_sex, "X")[1] == ["must be F, M or U (female, male, unknown)"]


@pytest.mark.parametrize("given", ["M100001", "1234-234-1243-12345678901", "a.b_c-d"])
def test_member_ids_that_pass(given):
    assert told(check_member_id, given) == (given, [])


@pytest.mark.parametrize("given", ["", "-M1", "M 1", "M1;DROP", "M" * 33, "M1\n", "\uff2d1"])
def test_member_ids_that_do_not(given):
    assert told(check_member_id, given)[1]


@pytest.mark.parametrize(
    "given", ["A\x00B", "Ada\x1b[31m", "Ada\u202eecalevoL", "Ada\u200b", "A\u2066B"]
)
def test_names_with_control_or_format_characters_are_refused(given):
    assert told(check_name, given)[1] == ["contains control characters"]


def test_names_are_trimmed_and_capped():
    assert told(check_name, "  Ana   María  ") == ("Ana María", [])
    assert told(check_name, "Ana\u2028\tMaría") == ("Ana María", [])  # separators are spaces
    assert told(check_name, "x" * 101)[1] == ["longer than 100 characters (101)"]
