"""X12 837P/837I/835 parsing: the shared samples, our ICD-10 fixtures, and broken inputs."""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from claims.importers import x12
from claims.records import (
    Adjustment,
    ClaimKind,
    ClaimStatus,
    ImportRejected,
    Problem,
    Provider,
)
from tests.claims.samples import SAMPLES

FIXTURES = Path(__file__).parent / "fixtures"
HIPAA = SAMPLES / "x12" / "hipaa_vers"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text()


def parse_text(text: str, filename: str = "test.837"):
    return x12.parse(text.encode(), filename=filename)


def rejected(text: str | bytes, filename: str = "test.837") -> list[Problem]:
    data = text.encode() if isinstance(text, str) else text
    with pytest.raises(ImportRejected) as caught:
        x12.parse(data, filename=filename)
    assert caught.value.problems, "ImportRejected must carry its problems"
    return caught.value.problems


def mutated(name: str, old: str, new: str) -> str:
    text = fixture_text(name)
    assert old in text, f"fixture {name} no longer contains {old!r}"
    return text.replace(old, new, 1)


# --- our ICD-10 fixtures ---------------------------------------------------------------------


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


def test_835_fixture_splits_cost_sharing_and_patient_responsibility():
    [claim] = parse_text(fixture_text("835_cost_sharing.835"), "test.835")

    assert claim.claim_number == "PCN-1001"
    assert claim.payer_claim_number == "PAYERCN-77"
    assert claim.member_id == "M00012345"  # NM1*QC: the patient is the subscriber
    assert (claim.payer_name, claim.payer_id) == ("KEY INSURANCE COMPANY", "999996666")
    assert claim.billing_provider == Provider(npi="1912301953", name="BEN KILDARE SERVICE")
    # Line 2 was denied (paid 0) while the others were paid.
    assert claim.status == ClaimStatus.PARTIALLY_PAID
    assert claim.billed == Decimal("260.00")
    assert claim.paid == Decimal("132.00")
    assert claim.allowed == Decimal("200.00")
    assert claim.patient_responsibility == Decimal("58.00")  # PR 25 + 15 + 10 + 8
    assert claim.place_of_service == "11"
    assert claim.source == "x12-835"

    visit, drug, cast = claim.lines
    assert visit.allowed == Decimal("150.00")
    assert visit.paid == Decimal("100.00")
    assert (visit.deductible, visit.coinsurance, visit.copay) == (
        Decimal("25.00"),
        Decimal("15.00"),
        Decimal("10.00"),
    )
    assert visit.patient_responsibility == Decimal("50.00")
    assert visit.adjustments == (
        Adjustment("CO", "45", Decimal("30.00")),
        Adjustment("PR", "1", Decimal("25.00")),
        Adjustment("PR", "2", Decimal("15.00")),
        Adjustment("PR", "3", Decimal("10.00")),
    )
    assert (drug.paid, drug.allowed, drug.units) == (Decimal(0), Decimal(0), Decimal(2))
    assert drug.adjustments == (Adjustment("CO", "97", Decimal("30.00")),)
    assert cast.other_payer_paid == Decimal("10.00")
    assert cast.coinsurance == Decimal("8.00")
    assert cast.service_from == date(2024, 3, 11)


def test_835_status_codes_map_to_claim_status():
    text = fixture_text("835_cost_sharing.835")
    for code, status in [
        ("4", ClaimStatus.DENIED),
        ("22", ClaimStatus.REVERSED),
        ("2", ClaimStatus.PARTIALLY_PAID),  # secondary, still with one unpaid line
    ]:
        [claim] = parse_text(text.replace("CLP*PCN-1001*1*", f"CLP*PCN-1001*{code}*"), "t.835")
        assert claim.status == status, code


def test_835_member_id_prefers_the_insured_over_the_patient():
    text = mutated(
        "835_cost_sharing.835",
        "NM1*QC*1*SAMPLE*PAT****MI*M00012345~",
        "NM1*QC*1*SAMPLE*KID****MI*M00012345-02~\nNM1*IL*1*SAMPLE*PAT****MI*M00012345~",
    )
    text = text.replace("SE*32*", "SE*33*")
    [claim] = parse_text(text, "t.835")
    assert claim.member_id == "M00012345"


# --- the shared samples ----------------------------------------------------------------------


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


def test_sample_medicare_835_claim_level_adjudication():
    part_a, part_b = x12.parse((HIPAA / "medicare-part-a.835").read_bytes(), filename="m.835")
    assert part_a.claim_number == "666123"
    assert part_a.kind == ClaimKind.INSTITUTIONAL  # MIA inpatient adjudication
    assert part_a.bill_type == "111"
    assert part_a.paid == Decimal("138018.40")
    assert part_a.adjustments == (Adjustment("CO", "45", Decimal("73348.57")),)
    assert part_a.patient_responsibility == Decimal(0)
    assert (part_a.service_from, part_a.service_to) == (date(2002, 8, 16), date(2002, 8, 24))
    assert part_b.kind == ClaimKind.PROFESSIONAL
    assert part_b.member_id == "996669999B"
    assert part_b.payer_claim_number == "1999999444445"


def test_pyx12_sample_835_denied_claim_takes_dates_from_its_lines():
    [claim] = x12.parse(
        (SAMPLES / "x12" / "pyx12" / "835_mult_loops.txt").read_bytes(), filename="p"
    )
    assert claim.status == ClaimStatus.DENIED
    assert claim.paid == Decimal(0)
    assert (claim.service_from, claim.service_to) == (date(2003, 10, 30), date(2003, 11, 29))
    assert [line.units for line in claim.lines] == [Decimal(68), Decimal(16), Decimal(36)]
    assert claim.lines[1].adjustments == (Adjustment("OA", "A7", Decimal("127.80")),)


PARSES = {
    "demo.ambulance.example5.837": 1,
    "demo.autoaccident.837": 1,
    "demo.cob.example3.A.837": 1,
    "demo.cob.example3.B.837": 1,
    "demo.cob.example3.C.837": 1,
    "demo.drug.example10.1.837": 1,
    "demo.drug.example10.2.837": 1,
    "demo.drug.example10.3.837": 1,
    "demo.example1.837": 1,
    "demo.example2.837": 1,
    "demo.example7.837": 1,
    "demo.example8.837": 1,
    "managed-care.835": 2,
    "medicare-part-a.835": 2,
    "two-claims-single-provider.837i": 2,
}
# The genuinely broken samples: the first problem each must report.
SEPARATOR = "contains '>' but ISA16 declares ':'"
REJECTED = {
    "cob-contractural-adjustment.835": ("segment 21 (SVC)", "SVC", SEPARATOR),
    "demo.cob.2ndary.example4.837": ("segment 21 (CLM)", "CLM05-1", SEPARATOR),
    "demo.cob.example4.837": ("segment 31 (AMT)", "AMT", "not expected here by the 837P"),
    "demo.example11.837": ("segment 21 (CLM)", "CLM05-1", SEPARATOR),
    "demo.example12.837": ("segment 26 (CLM)", "CLM05-1", SEPARATOR),
    "demo.example6.837": ("segment 21 (CLM)", "CLM05-1", SEPARATOR),
    "demo.example9.837": ("segment 20 (CLM)", "CLM05-1", SEPARATOR),
    "institutional-claim.837i": ("segment 23 (DTP)", "DTP02", "not a valid code"),
    "out-of-network-repriced-claim.837i": ("segment 20 (CLM)", "CLM05-1", SEPARATOR),
    "ppo-repriced-claim.837i": ("segment 26 (CLM)", "CLM05-1", SEPARATOR),
    "secondary-payment.835": ("segment 29 (SVC)", "SVC", SEPARATOR),
    "tertiary-payment.835": ("segment 20 (SVC)", "SVC01-2", "required element is missing"),
}


def test_every_hipaa_sample_is_classified():
    assert {path.name for path in HIPAA.iterdir()} == set(PARSES) | set(REJECTED)


@pytest.mark.parametrize("name", sorted(PARSES))
def test_sample_parses(name):
    claims = x12.parse((HIPAA / name).read_bytes(), filename=name)
    assert len(claims) == PARSES[name]
    for claim in claims:
        assert claim.claim_number and claim.member_id and claim.payer_name
        assert claim.source_location.startswith(("CLM at segment ", "CLP at segment "))


@pytest.mark.parametrize("name", sorted(REJECTED))
def test_broken_sample_is_rejected_precisely(name):
    location, field, message = REJECTED[name]
    problems = rejected((HIPAA / name).read_bytes(), name)
    first = problems[0]
    assert first.file == name
    assert first.location == location
    assert first.field.startswith(field)
    assert message in first.message


@pytest.mark.parametrize("name", ["demo.example1.837", "institutional-claim.837i"])
def test_original_lfh_version_ids_are_refused(name):
    folder = "837_005010X222A2" if name.endswith(".837") else "837_005010X223A3"
    problems = rejected((SAMPLES / "x12" / "lfh" / folder / name).read_bytes(), name)
    assert problems[0].location == "segment 2 (GS)"
    assert problems[0].field == "GS08 version"
    assert "is not supported" in problems[0].message


# --- broken inputs ---------------------------------------------------------------------------


def test_truncated_file_is_refused():
    text = fixture_text("837p_icd10.837")
    cut = text[: text.index("LX*2")]
    problems = rejected(cut)
    assert [p.field for p in problems] == ["SE", "GE", "IEA"]
    assert problems[0].location == "segment 30 (DTP)"
    assert "truncated" in problems[0].message
    assert "ST at segment 3" in problems[0].message


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


def test_wrong_segment_count_is_an_envelope_problem():
    problems = rejected(mutated("837p_icd10.837", "SE*38*", "SE*37*"))
    assert problems[0].location == "segment 40 (SE)"
    assert problems[0].field == "ST envelope"
    assert "SE count" in problems[0].message


def test_unsupported_version_is_refused_before_parsing():
    text = fixture_text("837p_icd10.837").replace("005010X222A1", "004010X098A1")
    problems = rejected(text)
    assert problems[0] == Problem(
        "test.837",
        "segment 2 (GS)",
        "GS08 version",
        "version 004010X098A1 is not supported; expected one of 005010X222A1 (837P), "
        "005010X223A2 (837I), 005010X221A1 (835)",
    )


def test_binary_junk_empty_and_non_x12_text_are_refused():
    assert rejected(b"\x00\x01\x02\xff\xfe junk")[0].message.startswith("binary data")
    assert rejected(b"\xff\xfe\xfa junk")[0].message.startswith("not UTF-8")
    assert rejected(b"   \n")[0].message.startswith("the file is empty")
    assert rejected(b"PK\x03\x04zipzip")[0].message.startswith("the file is a compressed archive")
    not_x12 = rejected(b'{"resourceType": "Bundle"}')[0]
    assert (not_x12.location, not_x12.field) == ("segment 1", "ISA")


def test_isa_that_is_not_fixed_width_is_refused():
    problems = rejected(mutated("837p_icd10.837", "*30*12345          *", "*30*12345*"))
    [problem] = problems
    assert (problem.location, problem.field) == ("segment 1 (ISA)", "ISA delimiters")
    assert problem.message.startswith(
        "the ISA header must be 106 characters with 16 fixed-width elements; read that way it "
        "declares '*' as the element separator (ISA position 4)"
    )


def test_a_segment_terminator_other_than_the_isa_declares_is_named_as_such():
    text = fixture_text("837p_icd10.837")
    isa, rest = text.split("\n", 1)
    [problem] = rejected((isa + "\n" + rest.replace("~\n", "\n")).encode())
    assert (problem.location, problem.field) == ("segment 1 (ISA)", "ISA delimiters")
    assert problem.message == (
        "segment terminator problem: the ISA declares '*' as the element separator (ISA "
        "position 4), ':' as the component separator (ISA16) and '~' as the segment terminator "
        "(the character after ISA16), but the GS segment ends with a line break: the file must "
        "end every segment with the terminator its ISA declares"
    )
    [problem] = rejected((isa + "\n" + rest.replace("~", "|")).encode())
    assert "but the GS segment ends with '|'" in problem.message


def test_a_component_separator_equal_to_the_terminator_is_a_delimiter_problem():
    text = fixture_text("837p_icd10.837")
    [problem] = rejected((text[:104] + "~" + text[105:]).encode())
    assert problem.message.startswith("delimiter problem: the ISA declares '*' as the element")
    assert problem.message.endswith("; the three must differ")


def test_bad_adjustment_amount_and_unknown_status_in_835():
    text = fixture_text("835_cost_sharing.835")
    problems = rejected(text.replace("CAS*OA*23*10.00", "CAS*OA*23*1O.00"), "t.835")
    assert problems[0].location == "segment 31 (CAS)"
    assert problems[0].field.startswith("CAS03")
    problems = rejected(text.replace("CLP*PCN-1001*1*", "CLP*PCN-1001*9*"), "t.835")
    assert problems[0] == Problem(
        "t.835", "segment 15 (CLP)", "CLP02 Claim Status Code", "not a valid code for this element"
    )


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_problems_and_logs_carry_no_member_data():
    recorder = _Recorder()
    root = logging.getLogger()
    root.addHandler(recorder)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    text = mutated("837p_icd10.837", "NM1*IL*1*SAMPLE*PAT****MI*M00012345", "NM1*IL*1*SAMPLE*PAT")
    text = text.replace("DMG*D8*19800215*F", "DMG*D8*1980021X*F")
    try:
        with pytest.raises(ImportRejected) as caught:
            parse_text(text)
    finally:
        root.removeHandler(recorder)
        root.setLevel(old_level)
    reported = str(caught.value) + " ".join(str(p) for p in caught.value.problems)
    for member_data in ("SAMPLE", "PAT", "1980021X"):
        assert member_data not in reported
    # pyx12 logs each finding with the offending value; none of it may reach our handlers.
    assert not [r for r in recorder.records if r.name.startswith("pyx12")]
