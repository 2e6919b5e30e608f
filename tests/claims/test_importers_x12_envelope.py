"""The X12 envelope and pyx12's placing: the shared samples read or refused precisely, and
broken delimiters, versions, counts and junk named as such; no member data in problems or logs."""

from __future__ import annotations

import logging

import pytest

from claims.importers import x12
from claims.records import (
    ImportRejected,
    Problem,
)
from tests.claims.samples import SAMPLES
from tests.claims.x12_support import HIPAA, fixture_text, mutated, parse_text, rejected

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


def test_truncated_file_is_refused():
    text = fixture_text("837p_icd10.837")
    cut = text[: text.index("LX*2")]
    problems = rejected(cut)
    assert [p.field for p in problems] == ["SE", "GE", "IEA"]
    assert problems[0].location == "segment 30 (DTP)"
    assert "truncated" in problems[0].message
    assert "ST at segment 3" in problems[0].message


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
