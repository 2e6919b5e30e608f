"""Place of service: unknown codes, lines against the claim, visit codes against the setting."""

from __future__ import annotations

import pytest

from claims.checks.place_of_service import check_place_of_service
from claims.records import ClaimKind
from claims.reference import Reference
from tests.claims.builders import claim, ids, line

EMPTY = Reference()


def pos(*lines, **fields) -> list:
    return check_place_of_service(claim(*lines, **fields), history=[], reference=EMPTY)


@pytest.mark.parametrize("code", ["11", "02", "10", "23", "27", "99"])
def test_codes_on_the_cms_list_pass(code: str) -> None:
    assert pos(line(1, "J1100"), place_of_service=code) == []


@pytest.mark.parametrize("code", ["00", "30", "48", "1", "ER"])
def test_codes_not_on_the_cms_list_are_invalid(code: str) -> None:
    (finding,) = pos(line(1, "J1100"), place_of_service=code)

    assert finding.check_id == "pos-invalid"
    assert finding.evidence == {"place_of_service": code, "level": "claim"}


def test_an_invalid_line_code_is_named_on_its_line() -> None:
    (finding,) = pos(line(1, "J1100"), line(2, "J1100", place_of_service="88"))

    assert (finding.check_id, finding.line_numbers) == ("pos-invalid", (2,))


def test_a_line_place_that_differs_from_the_claim_is_a_low_question() -> None:
    (finding,) = pos(line(1, "J1100", place_of_service="22"), place_of_service="11")

    assert finding.check_id == "pos-line-mismatch"
    assert finding.severity.value == "low"
    assert "22 (On campus outpatient hospital)" in finding.explanation
    assert pos(line(1, "J1100", place_of_service="11"), place_of_service="11") == []


@pytest.mark.parametrize(
    ("code", "place", "found"),
    [
        ("99213", "21", ["pos-service-mismatch"]),
        ("99213", "23", ["pos-service-mismatch"]),
        ("99213", "11", []),
        ("99213", "02", []),
        ("99284", "11", ["pos-service-mismatch"]),
        ("99284", "23", []),
        ("99223", "11", ["pos-service-mismatch"]),
        ("99223", "21", []),
    ],
)
def test_visit_codes_must_fit_the_setting(code: str, place: str, found: list[str]) -> None:
    assert ids(pos(line(1, code), place_of_service=place)) == found


def test_institutional_claims_are_not_judged_by_place_of_service() -> None:
    assert (
        pos(line(1, "99213"), kind=ClaimKind.INSTITUTIONAL, bill_type="131", place_of_service="ZZ")
        == []
    )


def test_the_same_other_place_on_three_lines_is_one_flag_listing_them() -> None:
    findings = pos(
        line(1, "99213", place_of_service="22"),
        line(2, "36415", place_of_service="22"),
        line(3, "81002", place_of_service="22"),
        place_of_service="11",
    )

    assert ids(findings) == ["pos-line-mismatch"]
    (finding,) = findings
    assert finding.line_numbers == (1, 2, 3)
    assert finding.summary == "Lines 1, 2 and 3: place of service 22, claim 11"
