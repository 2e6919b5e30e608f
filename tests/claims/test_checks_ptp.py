"""NCCI PTP pairs: modifier indicators 0, 1 and 9, bypass modifiers, effective and deletion
dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from claims.checks.ptp import NCCI_ASSOCIATED_MODIFIERS, check_ptp
from claims.records import ClaimKind
from claims.reference import OUTPATIENT, PtpRule, Reference
from tests.claims.builders import DAY, OTHER_CLINIC, claim, ids, line

REFERENCE = Reference.build(
    ptp=[
        PtpRule("G0001", "G0002", date(2024, 7, 1), None, 1, "Standards of medical practice"),
        PtpRule("G0003", "G0004", date(2020, 1, 1), None, 0, "Mutually exclusive procedures"),
        PtpRule("G0005", "G0006", date(2015, 1, 1), date(2026, 1, 1), 1, "Deleted"),
        PtpRule("G0007", "G0008", date(2026, 1, 1), date(2026, 1, 1), 9, "Never applied"),
        PtpRule("G0010", "G0011", date(2026, 3, 4), None, 0, "Takes effect later"),
        PtpRule("G0020", "G0021", date(2020, 1, 1), None, 0, "Outpatient only", OUTPATIENT),
    ]
)


def pair(one: str, two: str, *, first=(), second=(), **fields) -> list:
    subject = claim(
        line(1, one, modifiers=tuple(first)), line(2, two, modifiers=tuple(second)), **fields
    )
    return check_ptp(subject, history=[], reference=REFERENCE)


def test_an_indicator_1_pair_without_a_modifier_is_found() -> None:
    (finding,) = pair("G0001", "G0002")

    assert finding.check_id == "ptp-pair"
    assert finding.line_numbers == (1, 2)
    assert finding.codes == ("G0001", "G0002")
    assert finding.evidence["modifier_indicator"] == "1"
    assert "Line 1 (G0001) and line 2 (G0002) are billed for March 3, 2026" in finding.explanation
    assert "such as 59 or XS" in finding.explanation


def test_the_order_of_the_lines_does_not_matter() -> None:
    assert ids(pair("G0002", "G0001")) == ["ptp-pair"]


@pytest.mark.parametrize("modifier", ["59", "XE", "XS", "XP", "XU", "25", "91", "57", "24"])
def test_an_ncci_modifier_on_the_column_two_code_bypasses_indicator_1(modifier: str) -> None:
    assert pair("G0001", "G0002", second=[modifier]) == []


def test_a_distinct_service_modifier_on_the_column_one_code_also_bypasses() -> None:
    assert pair("G0001", "G0002", first=["XU"]) == []


def test_a_modifier_that_is_not_ncci_associated_does_not_bypass() -> None:
    assert "26" not in NCCI_ASSOCIATED_MODIFIERS
    assert ids(pair("G0001", "G0002", second=["26"])) == ["ptp-pair"]


def test_different_anatomic_sites_bypass_but_the_same_site_does_not() -> None:
    assert pair("G0001", "G0002", first=["LT"], second=["RT"]) == []
    assert pair("G0001", "G0002", second=["F2"]) == []
    assert ids(pair("G0001", "G0002", first=["RT"], second=["RT"])) == ["ptp-pair"]


def test_indicator_0_is_never_bypassed() -> None:
    (finding,) = pair("G0003", "G0004", second=["59"])

    assert "No modifier allows these two" in finding.explanation


def test_a_deleted_edit_applies_up_to_the_day_before_its_deletion() -> None:
    assert pair("G0005", "G0006") == []  # care on 2026-03-03, deleted 2026-01-01
    assert ids(pair("G0005", "G0006", service_from=date(2025, 12, 31))) == ["ptp-pair"]
    assert pair("G0005", "G0006", service_from=date(2026, 1, 1)) == []


def test_an_edit_applies_from_its_effective_date() -> None:
    assert pair("G0010", "G0011") == []  # effective 2026-03-04
    assert ids(pair("G0010", "G0011", service_from=date(2026, 3, 4))) == ["ptp-pair"]


def test_indicator_9_never_applies() -> None:
    assert pair("G0007", "G0008", service_from=date(2025, 6, 1)) == []
    assert pair("G0007", "G0008", service_from=date(2026, 1, 1)) == []


def test_codes_on_different_days_are_not_a_pair() -> None:
    later = DAY + timedelta(days=1)
    subject = claim(line(1, "G0003"), line(2, "G0004", service_from=later), service_to=later)

    assert check_ptp(subject, history=[], reference=REFERENCE) == []


def test_a_pair_split_over_two_claims_of_the_same_provider_is_found() -> None:
    earlier = claim(line(1, "G0003"), claim_number="C-0")
    subject = claim(line(1, "G0004"))

    (finding,) = check_ptp(subject, history=[earlier], reference=REFERENCE)

    assert finding.line_numbers == (1,)
    assert finding.explanation.startswith(
        "Line 1 of claim C-0 (G0003) and line 1 of this claim (G0004) are billed for"
    )


def test_the_same_pair_from_two_providers_is_not_a_pair() -> None:
    earlier = claim(line(1, "G0003"), claim_number="C-0", billing_provider=OTHER_CLINIC)

    assert check_ptp(claim(line(1, "G0004")), history=[earlier], reference=REFERENCE) == []


def test_outpatient_claims_use_the_outpatient_table_and_inpatient_claims_none() -> None:
    fields = {"kind": ClaimKind.INSTITUTIONAL}
    assert ids(pair("G0020", "G0021", bill_type="131", **fields)) == ["ptp-pair"]
    assert pair("G0003", "G0004", bill_type="131", **fields) == []
    assert pair("G0020", "G0021", bill_type="111", **fields) == []
    assert pair("G0020", "G0021") == []  # a practitioner claim: that edit is not in its table


def test_undated_lines_of_a_claim_spanning_several_days_are_not_paired() -> None:
    subject = claim(line(1, "G0003"), line(2, "G0004"), service_to=DAY + timedelta(days=2))

    assert check_ptp(subject, history=[], reference=REFERENCE) == []
