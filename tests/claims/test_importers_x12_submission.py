"""837P and 837I: our ICD-10 fixtures and the shared samples to claims, and what our own
checks refuse (totals, dates, pointers, qualifiers, member ids)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from claims.importers import x12
from claims.records import (
    ClaimKind,
    ClaimStatus,
    Problem,
    Provider,
)
from tests.claims.x12_support import HIPAA, fixture_text, mutated, parse_text, rejected


def test_837p_fixture_maps_every_field_the_file_gives():
    [claim] = parse_text(fixture_text("837p_icd10.837"))

    assert claim.claim_number == "PCN-1001"
    assert claim.kind == ClaimKind.PROFESSIONAL
    assert claim.status == ClaimStatus.SUBMITTED
    assert claim.member_id == "M00012345"
    assert (claim.payer_name, claim.payer_id) == ("KEY INSURANCE COMPANY", "999996666")
    assert claim.billing_provider == Provider(
        npi="1912301953", name="BEN KILDARE SERVICE", taxonomy="203BF0100Y"
    )
    assert claim.rendering_provider == Provider(
        npi="1234567893", name="BEN KILDARE", taxonomy="207P00000X"
    )
    assert claim.facility == Provider(npi="1003000126", name="MIAMI GENERAL ER")
    assert claim.place_of_service == "23"
    assert claim.emergency is True
    assert claim.diagnosis_codes == ("S52501A", "W1830XA", "Z23")
    assert claim.diagnosis_code_system == "icd10cm"
    assert claim.billed == Decimal("260.00")
    assert (claim.service_from, claim.service_to) == (date(2024, 3, 10), date(2024, 3, 11))
    assert (claim.patient_birth_date, claim.patient_sex) == (date(1980, 2, 15), "F")
    assert claim.frequency == "1"
    assert (claim.source, claim.source_location) == ("x12-837p", "CLM at segment 21")

    visit, drug, cast = claim.lines
    assert (visit.number, visit.procedure_code, visit.modifiers) == (1, "99284", ("25",))
    assert visit.billed == Decimal("180.00")
    assert visit.diagnosis_pointers == (1, 2)
    assert visit.service_from == visit.service_to == date(2024, 3, 10)
    assert drug.procedure_code == "J1885"
    assert drug.units == Decimal(2)
    assert (drug.ndc, drug.ndc_quantity, drug.ndc_unit) == ("00409378801", Decimal(2), "UN")
    assert cast.modifiers == ("RT",)
    assert cast.place_of_service == "11"
    assert cast.rendering_provider == Provider(npi="1497758544", name="TECH CAST")
    assert visit.allowed is None and visit.paid is None  # not adjudicated


def test_837i_fixture_has_bill_type_admission_and_attending():
    [claim] = parse_text(fixture_text("837i_icd10.837i"), "test.837i")

    assert claim.kind == ClaimKind.INSTITUTIONAL
    assert claim.claim_number == "INST-2001"
    assert claim.bill_type == "131"
    assert claim.place_of_service == ""
    assert claim.admission_type == "1"
    assert claim.emergency is True
    assert claim.diagnosis_codes == ("R079", "I10", "E119")
    assert claim.diagnosis_code_system == "icd10cm"
    assert (claim.service_from, claim.service_to) == (date(2024, 3, 20), date(2024, 3, 21))
    assert claim.rendering_provider == Provider(npi="1122334455", name="JOHN JONES")
    assert claim.facility == Provider(npi="1316112345", name="JONES HOSPITAL ANNEX")
    assert claim.source == "x12-837i"
    assert [(line.revenue_code, line.procedure_code) for line in claim.lines] == [
        ("0450", "99285"),
        ("0300", "80053"),
        ("0730", "93005"),
    ]
    assert claim.lines[2].modifiers == ("26",)
    assert claim.lines[2].units == Decimal(2)
    assert claim.lines[2].billed == Decimal("200.00")


def test_sample_837p_with_icd9_qualifiers():
    [claim] = x12.parse((HIPAA / "demo.example1.837").read_bytes(), filename="demo.example1.837")
    assert claim.claim_number == "26463774"
    assert claim.member_id == "JS00111223333"
    assert claim.diagnosis_codes == ("0340", "V7389")
    assert claim.diagnosis_code_system == "icd9cm"
    assert [line.procedure_code for line in claim.lines] == ["99213", "87070", "99214", "86663"]
    assert [line.diagnosis_pointers for line in claim.lines] == [(1,), (1,), (2,), (2,)]
    assert (claim.service_from, claim.service_to) == (date(2006, 10, 3), date(2006, 10, 10))
    assert (claim.patient_birth_date, claim.patient_sex) == (date(1973, 5, 1), "M")


def test_sample_drug_claim_reads_ndc_from_lin_and_ctp():
    [claim] = x12.parse((HIPAA / "demo.drug.example10.2.837").read_bytes(), filename="d.837")
    assert claim.payer_id == "PLANID12345"
    assert [(line.ndc, line.ndc_quantity) for line in claim.lines[1:3]] == [
        ("00004196501", Decimal(7)),
        ("63323024910", Decimal(14)),
    ]
    assert claim.lines[0].ndc == ""
    assert claim.lines[0].service_from == date(2004, 2, 1)
    assert claim.lines[0].service_to == date(2004, 2, 7)


def test_sample_837i_with_two_subscribers_gives_each_claim_its_member():
    claims = x12.parse((HIPAA / "two-claims-single-provider.837i").read_bytes(), filename="t")
    assert [(c.claim_number, c.member_id, c.billed) for c in claims] == [
        ("756048Q", "030005074", Decimal("89.95")),
        ("756049Q", "123405074", Decimal("50.00")),
    ]
    assert claims[0].bill_type == "131"
    assert claims[1].rendering_provider is not None
    assert claims[1].rendering_provider.taxonomy == "363LP0200N"


def test_bad_total_charge_is_located():
    problems = rejected(mutated("837p_icd10.837", "CLM*PCN-1001*260.00", "CLM*PCN-1001*26O.00"))
    assert problems[0].location == "segment 21 (CLM)"
    assert problems[0].field.startswith("CLM02")
    assert problems[0].message == "invalid character"
    assert len(problems) == 1  # reported once, not again by our own amount check


def test_impossible_service_date_is_located():
    problems = rejected(mutated("837p_icd10.837", "DTP*472*D8*20240311", "DTP*472*D8*20240231"))
    # pyx12 finds it (D8 makes DTP03 a date); our own date check does not report it again.
    assert problems == [
        Problem("test.837", "segment 38 (DTP)", "DTP03 Service Date", "not a valid date")
    ]


def test_backwards_date_range_is_found_by_our_own_check():
    problems = rejected(
        mutated("837p_icd10.837", "DTP*472*D8*20240311", "DTP*472*RD8*20240311-20240301")
    )
    assert problems == [
        Problem(
            "test.837",
            "segment 38 (DTP)",
            "DTP03 line date of service",
            "the range ends before it starts",
        )
    ]


def test_charge_total_must_equal_the_lines():
    problems = rejected(mutated("837p_icd10.837", "SV1*HC:J1885*30.00", "SV1*HC:J1885*31.00"))
    assert problems == [
        Problem(
            "test.837",
            "segment 21 (CLM)",
            "CLM02 total charge",
            "differs from the sum of the line charges",
        )
    ]


def test_pointer_beyond_the_diagnoses_is_refused():
    problems = rejected(mutated("837p_icd10.837", "UN*2***1~", "UN*2***4~"))
    assert problems[0].location == "segment 32 (SV1)"
    assert problems[0].field == "SV107 diagnosis pointer"
    assert problems[0].message == "points at diagnosis 4; the claim has 3"


def test_mixed_icd9_and_icd10_qualifiers_are_refused():
    problems = rejected(mutated("837p_icd10.837", "ABF:Z23", "BF:V7389"))
    assert problems[0].field == "HI diagnosis qualifier"
    assert "mixes ICD-9" in problems[0].message


def test_missing_member_id_is_refused():
    problems = rejected(mutated("837p_icd10.837", "****MI*M00012345~", "~"))
    assert any(
        p.location == "segment 16 (NM1)"
        and p.field.startswith("NM109")
        and p.message == "required element is missing"
        for p in problems
    )


def test_file_without_a_claim_is_refused():
    text = fixture_text("837p_icd10.837")
    start, end = text.index("CLM*"), text.index("SE*")
    without_claim = text[:start] + text[end:].replace("SE*38*", "SE*19*")
    problems = rejected(without_claim)
    assert problems == [
        Problem(
            "test.837",
            "segment 3 (ST)",
            "CLM",
            "the transaction set holds no claim (CLM segment)",
        )
    ]
