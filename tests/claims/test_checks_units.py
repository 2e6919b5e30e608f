"""MUE units (per line, per day across claims) and drug units against the NDC crosswalk."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from claims.checks.units import check_mue, check_ndc_units
from claims.records import ClaimKind, ClaimStatus, Provider
from claims.reference import DME, OUTPATIENT, MueLimit, NdcUnits, Reference
from tests.claims.builders import DAY, OTHER_CLINIC, claim, ids, line

REFERENCE = Reference.build(
    mue=[
        MueLimit("J1100", 10, 3, "Prescribing Information"),
        MueLimit("J7050", 4, 2, "CMS Policy"),
        MueLimit("J2001", 4, 1, "Clinical: Data"),
        MueLimit("A0021", 0, 3, "CMS Policy"),
        MueLimit("J1100", 25, 3, "Prescribing Information", setting=OUTPATIENT),
        MueLimit("E0110", 1, 2, "Nature of Equipment", setting=DME),
    ],
    ndc=[
        # Dexamethasone 4 mg/mL, 5 mL vial: 20 one-mg billing units per vial.
        NdcUnits("00404980505", "J1100", Decimal(5), Decimal(20), "1 MG", Decimal(1), "Dexa"),
        NdcUnits("55513000204", "J0881", Decimal(1), Decimal(25), "1 MCG"),
        NdcUnits("55513000204", "J0882", Decimal(1), Decimal(25), "1 MCG"),
    ],
)


def mue(subject, *history) -> list:
    return check_mue(subject, history=list(history), reference=REFERENCE)


def units(value: str) -> Decimal:
    return Decimal(value)


@pytest.mark.parametrize(("billed", "found"), [("10", []), ("11", ["mue-units"])])
def test_a_per_day_limit_passes_at_the_limit_and_fails_one_unit_over(billed: str, found) -> None:
    assert ids(mue(claim(line(1, "J1100", units=units(billed))))) == found


def test_the_finding_names_line_units_and_limit_in_plain_words() -> None:
    (finding,) = mue(claim(line(2, "J1100", units=units("40"))))

    assert finding.line_numbers == (2,)
    assert finding.evidence["units_that_day"] == "40"
    assert finding.evidence["mue"] == "10"
    assert "Line 2 bills 40 units of J1100 on March 3, 2026" in finding.explanation
    assert "limit for one patient on one day from one practitioner is 10" in finding.explanation


def test_a_per_day_limit_sums_the_lines_of_the_day() -> None:
    subject = claim(line(1, "J1100", units=units("6")), line(2, "J1100", units=units("5")))

    (finding,) = mue(subject)

    assert finding.line_numbers == (1, 2)
    assert finding.evidence["units_that_day"] == "11"


def test_a_per_day_limit_counts_each_day_apart() -> None:
    subject = claim(
        line(1, "J1100", units=units("6")),
        line(2, "J1100", units=units("6"), service_from=DAY + timedelta(days=1)),
        service_to=DAY + timedelta(days=1),
    )

    assert mue(subject) == []


def test_a_per_day_limit_adds_the_same_providers_other_claims_that_day() -> None:
    earlier = claim(line(1, "J1100", units=units("8")), claim_number="C-0")
    subject = claim(line(1, "J1100", units=units("3")))

    (finding,) = mue(subject, earlier)

    assert finding.evidence["units_that_day"] == "11"
    assert finding.evidence["other_claims"] == "C-0"
    assert "claim(s) C-0 from the same provider" in finding.explanation


def test_another_providers_claim_the_same_day_is_not_added() -> None:
    earlier = claim(
        line(1, "J1100", units=units("8")), claim_number="C-0", billing_provider=OTHER_CLINIC
    )

    assert mue(claim(line(1, "J1100", units=units("3"))), earlier) == []


def test_a_corrected_claim_does_not_add_its_original_units() -> None:
    original = claim(
        line(1, "J1100", units=units("8")), claim_number="C-1", payer_claim_number="P9"
    )
    replacement = claim(
        line(1, "J1100", units=units("9")),
        claim_number="C-1R",
        frequency="7",
        payer_claim_number="P9",
    )

    assert mue(replacement, original) == []


def test_a_voided_or_reversed_claim_does_not_add_units() -> None:
    voided = claim(line(1, "J1100", units=units("8")), claim_number="C-0", frequency="8")
    reversed_ = claim(
        line(1, "J1100", units=units("8")), claim_number="C-2", status=ClaimStatus.REVERSED
    )

    assert mue(claim(line(1, "J1100", units=units("3"))), voided, reversed_) == []


@pytest.mark.parametrize(("billed", "found"), [("4", []), ("5", ["mue-units"])])
def test_a_per_line_limit_is_judged_line_by_line(billed: str, found) -> None:
    subject = claim(line(1, "J2001", units=units(billed)), line(2, "J2001", units=units("4")))

    findings = mue(subject)

    assert ids(findings) == found
    assert all(finding.line_numbers == (1,) for finding in findings)


def test_a_per_line_limit_ignores_other_claims() -> None:
    earlier = claim(line(1, "J2001", units=units("4")), claim_number="C-0")

    assert mue(claim(line(1, "J2001", units=units("4"))), earlier) == []


def test_fractional_units_compare_exactly() -> None:
    assert mue(claim(line(1, "J1100", units=units("10.0")))) == []
    assert ids(mue(claim(line(1, "J1100", units=units("10.5"))))) == ["mue-units"]


def test_a_zero_limit_is_a_low_not_payable_note() -> None:
    (finding,) = mue(claim(line(1, "A0021", units=units("1"))))

    assert finding.check_id == "mue-not-payable"
    assert finding.severity.value == "low"


def test_a_code_without_an_mue_passes() -> None:
    assert mue(claim(line(1, "J9999", units=units("500")))) == []


def test_outpatient_claims_use_the_outpatient_table_and_inpatient_claims_none() -> None:
    outpatient = claim(
        line(1, "J1100", units=units("20")), kind=ClaimKind.INSTITUTIONAL, bill_type="131"
    )
    inpatient = claim(
        line(1, "J1100", units=units("90")), kind=ClaimKind.INSTITUTIONAL, bill_type="111"
    )

    assert mue(outpatient) == []
    over = replace(outpatient, lines=(line(1, "J1100", units=units("26")),))
    assert ids(mue(over)) == ["mue-units"]
    assert mue(inpatient) == []


def test_a_dme_supplier_is_held_to_the_dme_table() -> None:
    supplier = Provider(npi="1555555555", name="Home Medical", taxonomy="332B00000X")
    subject = claim(line(1, "E0110", units=units("2")), billing_provider=supplier)

    (finding,) = mue(subject)
    assert finding.evidence["mue_table"] == "dme"


def test_without_an_mue_table_nothing_is_judged() -> None:
    assert (
        check_mue(claim(line(1, "J1100", units=units("99"))), history=[], reference=Reference())
        == []
    )


# --- NDC ---------------------------------------------------------------------------------------


def drug(billed: str, quantity: str, unit: str, code: str = "J1100", ndc: str = "00404980505"):
    return claim(
        line(1, code, units=units(billed), ndc=ndc, ndc_quantity=units(quantity), ndc_unit=unit)
    )


def ndc(subject) -> list:
    return check_ndc_units(subject, history=[], reference=REFERENCE)


@pytest.mark.parametrize(
    ("billed", "quantity", "unit"),
    [("20", "1", "UN"), ("8", "2", "ML"), ("8", "8", "ME"), ("40", "1", "UN"), ("178", "1", "UN")],
)
def test_units_that_match_or_round_the_ndc_quantity_pass(
    billed: str, quantity: str, unit: str
) -> None:
    assert ndc(drug(billed, quantity, unit)) == []


@pytest.mark.parametrize(
    ("billed", "quantity", "unit"),
    [
        ("200", "1", "UN"),
        ("180", "1", "UN"),
        ("80", "2", "ML"),
        ("0.8", "2", "ML"),
        ("80", "8", "ME"),
    ],
)
def test_units_ten_times_off_the_ndc_quantity_are_found(
    billed: str, quantity: str, unit: str
) -> None:
    (finding,) = ndc(drug(billed, quantity, unit))

    assert finding.check_id == "ndc-units-10x"
    assert finding.line_numbers == (1,)


def test_the_ten_fold_finding_explains_the_conversion() -> None:
    (finding,) = ndc(drug("200", "1", "UN"))

    assert finding.evidence["expected_units"] == "20"
    assert "comes to about 20 billing units" in finding.explanation
    assert "ten times more" in finding.explanation


def test_an_ndc_of_another_drug_code_is_a_mismatch() -> None:
    (finding,) = ndc(drug("20", "1", "UN", code="J1200"))

    assert finding.check_id == "ndc-hcpcs-mismatch"
    assert finding.evidence["crosswalk_codes"] == "J1100"


def test_an_ndc_crosswalked_to_two_codes_accepts_either() -> None:
    assert ndc(drug("25", "1", "UN", code="J0882", ndc="55513000204")) == []


def test_an_ndc_not_in_the_crosswalk_or_without_a_quantity_is_not_judged() -> None:
    assert ndc(drug("2000", "1", "UN", ndc="99999999999")) == []
    assert ndc(claim(line(1, "J1100", units=units("2000"), ndc="00404980505"))) == []
