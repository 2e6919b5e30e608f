"""ICD-10-CM validity and Medicare Code Editor conflicts, both sides of each rule."""

from __future__ import annotations

from datetime import date

import pytest

from claims.checks import run_checks
from claims.checks.diagnosis import check_diagnoses
from claims.records import ClaimKind, Severity
from claims.reference import Reference
from tests.claims.builders import claim, ids, line

EMPTY = Reference()


def diagnose(**fields: object) -> list:
    return check_diagnoses(claim(**fields), history=[], reference=EMPTY)


def test_a_billable_code_passes() -> None:
    assert diagnose(diagnosis_codes=("E119", "I10")) == []


def test_a_dotted_code_is_read_without_its_dot() -> None:
    assert diagnose(diagnosis_codes=("E11.9",)) == []


def test_a_category_heading_needs_more_characters() -> None:
    findings = check_diagnoses(
        claim(line(1, "99213", diagnosis_pointers=(2,)), diagnosis_codes=("I10", "E11")),
        history=[],
        reference=EMPTY,
    )
    (finding,) = findings

    assert finding.check_id == "icd10-not-billable"
    assert finding.severity is Severity.HIGH
    assert finding.codes == ("E11",)
    assert finding.line_numbers == (1,)
    assert "E11 in diagnosis 2 (used by line 1) is a category heading" in finding.explanation
    assert "Type 2 diabetes mellitus" in finding.explanation


def test_a_code_that_does_not_exist_is_invalid() -> None:
    (finding,) = diagnose(diagnosis_codes=("E1199X",))

    assert finding.check_id == "icd10-invalid"
    assert finding.evidence["checked_against"].startswith("Medicare Code Editor")


def test_a_code_added_in_fy2026_is_invalid_for_care_before_it_existed() -> None:
    assert diagnose(diagnosis_codes=("E11A",), service_from=date(2025, 10, 1)) == []

    (finding,) = diagnose(diagnosis_codes=("E11A",), service_from=date(2025, 9, 30))

    assert finding.check_id == "icd10-invalid"
    assert (
        "was not a valid code in ICD-10-CM FY2025 (October 1, 2024 to September 30, 2025), the "
        "code set for care on September 30, 2025" in finding.explanation
    )
    assert finding.evidence["code_set_on_date"].startswith("ICD-10-CM FY2025")


def test_a_code_split_in_fy2026_is_still_billable_for_care_before_the_split() -> None:
    assert diagnose(diagnosis_codes=("B880",), service_from=date(2025, 9, 30)) == []

    assert ids(diagnose(diagnosis_codes=("B880",), service_from=date(2025, 10, 1))) == [
        "icd10-not-billable"
    ]


def test_beyond_the_editors_dates_only_the_fy2026_set_is_consulted_and_said_so() -> None:
    assert diagnose(diagnosis_codes=("E119",), service_from=date(2027, 6, 1)) == []

    (finding,) = diagnose(diagnosis_codes=("E1199X",), service_from=date(2027, 6, 1))

    assert finding.evidence["checked_against"].startswith("ICD-10-CM FY2026")
    assert "checked against the current code list" in finding.explanation


@pytest.mark.parametrize(
    ("day", "found"),
    [(date(2015, 9, 30), []), (date(2015, 10, 1), ["icd9-after-icd10"])],
)
def test_icd9_codes_are_a_finding_from_the_switch_to_icd10(day: date, found: list[str]) -> None:
    findings = diagnose(diagnosis_codes=("4019",), diagnosis_code_system="icd9cm", service_from=day)

    assert ids(findings) == found


def test_an_institutional_icd9_claim_is_judged_by_its_discharge_date() -> None:
    findings = diagnose(
        kind=ClaimKind.INSTITUTIONAL,
        bill_type="111",
        diagnosis_codes=("4019",),
        diagnosis_code_system="icd9cm",
        service_from=date(2015, 9, 28),
        service_to=date(2015, 10, 2),
    )

    assert ids(findings) == ["icd9-after-icd10"]


def test_a_newborn_code_on_an_adult_is_an_age_conflict() -> None:
    (finding,) = diagnose(diagnosis_codes=("I10", "Z3800"))

    assert finding.check_id == "mce-age-conflict"
    assert finding.evidence["age"] == "45"
    assert "patient's age on the claim" in finding.explanation


def test_a_newborn_code_on_a_newborn_passes() -> None:
    assert diagnose(diagnosis_codes=("Z3800",), patient_birth_date=date(2026, 3, 2)) == []


@pytest.mark.parametrize(("age_on_day", "found"), [(64, []), (65, ["mce-age-conflict"])])
def test_maternity_codes_stop_at_the_editors_age_limit(age_on_day: int, found: list[str]) -> None:
    birth = date(2026 - age_on_day, 3, 3)  # the birthday is the day of service

    assert ids(diagnose(diagnosis_codes=("O80",), patient_birth_date=birth)) == found


def test_without_a_birth_date_no_age_is_judged() -> None:
    assert diagnose(diagnosis_codes=("Z3800",), patient_birth_date=None) == []


def test_before_fy2025_a_sex_specific_code_on_the_other_sex_is_an_mce_conflict() -> None:
    (finding,) = diagnose(diagnosis_codes=("N400",), service_from=date(2024, 9, 30))

    assert finding.check_id == "mce-sex-conflict"
    assert finding.severity is Severity.MEDIUM
    assert (
        diagnose(diagnosis_codes=("N400",), service_from=date(2024, 9, 30), patient_sex="M") == []
    )


def test_after_cms_dropped_the_sex_edits_the_mismatch_is_only_a_low_question() -> None:
    (finding,) = diagnose(diagnosis_codes=("N400",), service_from=date(2024, 10, 1))

    assert finding.check_id == "diagnosis-sex-mismatch"
    assert finding.severity is Severity.LOW
    assert "There can be good reasons for this" in finding.explanation
    assert diagnose(diagnosis_codes=("N400",), patient_sex="M") == []
    assert diagnose(diagnosis_codes=("N400",), patient_sex="U") == []


def test_an_external_cause_code_cannot_be_listed_first() -> None:
    (finding,) = diagnose(diagnosis_codes=("V0001XA", "S52501A"))

    assert (finding.check_id, finding.evidence["edit"]) == (
        "mce-principal-diagnosis",
        "E_CODE_AS_PDX",
    )
    assert diagnose(diagnosis_codes=("S52501A", "V0001XA")) == []


def test_a_manifestation_code_cannot_be_listed_first() -> None:
    assert ids(diagnose(diagnosis_codes=("F0280",))) == ["mce-principal-diagnosis"]
    assert diagnose(diagnosis_codes=("G300", "F0280")) == []


def test_an_unacceptable_principal_diagnosis_is_an_inpatient_rule_only() -> None:
    institutional = diagnose(
        diagnosis_codes=("Z3A20",), kind=ClaimKind.INSTITUTIONAL, bill_type="111"
    )

    assert ids(institutional) == ["mce-principal-diagnosis"]
    assert institutional[0].evidence["edit"] == "UNACCEPTABLE_PDX"
    assert diagnose(diagnosis_codes=("Z3A20",)) == []


def test_run_checks_reports_the_diagnosis_findings() -> None:
    findings = run_checks(claim(diagnosis_codes=("E11",)), history=[], reference=EMPTY)

    assert ids(findings) == ["icd10-not-billable"]


def test_something_not_shaped_like_a_code_is_invalid_and_never_reaches_the_editor() -> None:
    (finding,) = diagnose(diagnosis_codes=("E11;9",))

    assert finding.check_id == "icd10-invalid"


def test_icd10_codes_on_care_before_icd10_get_one_flag_naming_icd9_not_validity_flags() -> None:
    # E11 is a heading and "ZZZ99" no code: before October 2015 neither is judged as ICD-10.
    findings = diagnose(diagnosis_codes=("E11", "ZZZ99"), service_from=date(1999, 10, 27))

    assert ids(findings) == ["icd10-before-icd10"]
    (finding,) = findings
    assert finding.codes == ("E11", "ZZZ99")
    assert finding.evidence["code_set_on_date"] == (
        "ICD-9-CM (ICD-10-CM applies to care from October 1, 2015)"
    )
    assert "when the code set in use was ICD-9-CM" in finding.explanation
    assert ids(diagnose(diagnosis_codes=("E11",), service_from=date(2015, 10, 1))) == [
        "icd10-not-billable"
    ]


def test_a_heading_flag_says_which_code_set_applied_on_the_date() -> None:
    (finding,) = diagnose(diagnosis_codes=("E11",), service_from=date(2020, 3, 2))
    assert "ICD-10-CM FY2020 (October 1, 2019 to September 30, 2020)" in finding.explanation
