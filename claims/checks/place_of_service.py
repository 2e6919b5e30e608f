"""Place of service: codes not on CMS's list, lines that disagree with the claim, and visit codes
whose descriptor names a setting billed with another setting's code.

The list is CMS's Place of Service Code Set (codes 01-27, 31-34, 41-42, 49-62, 65, 66, 71-72,
81, 99; 27 "Outreach site/street" from 2023-10-01; the numbers in between are unassigned).
Institutional claims carry a bill type instead, and are not judged here.
The setting rules are kept to what the visit codes' own descriptors say: office or outpatient
visits (99202-99215) are not billed for an inpatient stay or the emergency department
(POS 21, 23, 31, 51, 61); emergency department visits (99281-99285) only with POS 23; hospital
inpatient or observation care (99221-99239) not with an office (POS 11).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from claims.checks.base import is_professional, make_finding, one_finding_for_lines
from claims.records import Claim, Finding, Line
from claims.reference.lookup import Reference

PLACES_OF_SERVICE = {
    "01": "Pharmacy",
    "02": "Telehealth provided other than in the patient's home",
    "03": "School",
    "04": "Homeless shelter",
    "05": "Indian Health Service free-standing facility",
    "06": "Indian Health Service provider-based facility",
    "07": "Tribal 638 free-standing facility",
    "08": "Tribal 638 provider-based facility",
    "09": "Prison/correctional facility",
    "10": "Telehealth provided in the patient's home",
    "11": "Office",
    "12": "Home",
    "13": "Assisted living facility",
    "14": "Group home",
    "15": "Mobile unit",
    "16": "Temporary lodging",
    "17": "Walk-in retail health clinic",
    "18": "Place of employment/worksite",
    "19": "Off campus outpatient hospital",
    "20": "Urgent care facility",
    "21": "Inpatient hospital",
    "22": "On campus outpatient hospital",
    "23": "Emergency room - hospital",
    "24": "Ambulatory surgical center",
    "25": "Birthing center",
    "26": "Military treatment facility",
    "27": "Outreach site/street",
    "31": "Skilled nursing facility",
    "32": "Nursing facility",
    "33": "Custodial care facility",
    "34": "Hospice",
    "41": "Ambulance - land",
    "42": "Ambulance - air or water",
    "49": "Independent clinic",
    "50": "Federally qualified health center",
    "51": "Inpatient psychiatric facility",
    "52": "Psychiatric facility - partial hospitalization",
    "53": "Community mental health center",
    "54": "Intermediate care facility/individuals with intellectual disabilities",
    "55": "Residential substance abuse treatment facility",
    "56": "Psychiatric residential treatment center",
    "57": "Non-residential substance abuse treatment facility",
    "58": "Non-residential opioid treatment facility",
    "60": "Mass immunization center",
    "61": "Comprehensive inpatient rehabilitation facility",
    "62": "Comprehensive outpatient rehabilitation facility",
    "65": "End-stage renal disease treatment facility",
    "66": "Programs of All-Inclusive Care for the Elderly (PACE) center",
    "71": "Public health clinic",
    "72": "Rural health clinic",
    "81": "Independent laboratory",
    "99": "Other place of service",
}

_SETTING_RULES = (
    # (first code, last code, what the codes are, POS not allowed, POS required)
    (99202, 99215, "an office or outpatient visit", {"21", "23", "31", "51", "61"}, None),
    (99281, 99285, "an emergency department visit", None, {"23"}),
    (99221, 99239, "hospital inpatient or observation care", {"11"}, None),
)


def _setting_rule(code: str) -> tuple[str, set[str] | None, set[str] | None] | None:
    if not code.isdigit():
        return None
    value = int(code)
    for low, high, name, forbidden, required in _SETTING_RULES:
        if low <= value <= high:
            return name, forbidden, required
    return None


def _describe(code: str) -> str:
    name = PLACES_OF_SERVICE.get(code)
    return f"{code} ({name})" if name else code


def check_place_of_service(
    claim: Claim, *, history: Sequence[Claim], reference: Reference
) -> list[Finding]:
    if not is_professional(claim):
        return []
    findings = []
    header = claim.place_of_service
    if header and header not in PLACES_OF_SERVICE:
        findings.append(_invalid(claim, header, None))
    # One flag per problem: the same invalid code, or the same other place, on several lines.
    invalid: dict[str, list[Finding]] = defaultdict(list)
    elsewhere: dict[str, list[Finding]] = defaultdict(list)
    for line in claim.lines:
        own = line.place_of_service
        if own and own not in PLACES_OF_SERVICE:
            invalid[own].append(_invalid(claim, own, line))
            continue
        if own and header and own != header and header in PLACES_OF_SERVICE:
            elsewhere[own].append(_line_mismatch(claim, line))
        place = own or header
        # Only HCPCS/CPT codes have a setting rule (FHIR files may code services in SNOMED).
        rule = _setting_rule(line.procedure_code) if line.procedure_code_system == "hcpcs" else None
        if rule and place in PLACES_OF_SERVICE:
            name, forbidden, required = rule
            if (forbidden and place in forbidden) or (required and place not in required):
                findings.append(_service_mismatch(claim, line, place, name))
    for code, each in invalid.items():
        findings.append(
            one_finding_for_lines(
                claim,
                each,
                summary=f"place of service {code!r} is not a valid code",
                lead=f"These lines give the place of service as {code!r}, which is not on "
                "Medicare's list of place-of-service codes:",
                tail="The place of service sets how the visit is paid; it is worth asking the "
                "provider to correct it.",
            )
        )
    for code, each in elsewhere.items():
        findings.append(
            one_finding_for_lines(
                claim,
                each,
                summary=f"place of service {code}, claim {header}",
                lead=f"These lines say the service was given at {_describe(code)}, but the "
                f"claim says {_describe(header)}:",
                tail="That can be right (care in two places), but if the member was seen in "
                "one place it is worth asking which is correct, since it changes the price.",
            )
        )
    return findings


def _invalid(claim: Claim, code: str, line: Line | None) -> Finding:
    where = f"Line {line.number}" if line else "The claim"
    return make_finding(
        "pos-invalid",
        claim,
        summary=f"{where}: place of service {code!r} is not a valid code",
        explanation=(
            f"{where} gives the place of service as {code!r}, which is not on Medicare's list "
            "of place-of-service codes. The place of service sets how the visit is paid, so "
            "the claim may be denied or paid wrongly; it is worth asking the provider to "
            "correct it."
        ),
        lines=[line.number] if line else [],
        codes=[line.procedure_code] if line else [],
        evidence={"place_of_service": code, "level": "line" if line else "claim"},
    )


def _line_mismatch(claim: Claim, line: Line) -> Finding:
    return make_finding(
        "pos-line-mismatch",
        claim,
        summary=f"Line {line.number}: place of service {line.place_of_service}, claim "
        f"{claim.place_of_service}",
        explanation=(
            f"Line {line.number} says the service was given at "
            f"{_describe(line.place_of_service)}, but the claim says "
            f"{_describe(claim.place_of_service)}. That can be right (care in two places), but "
            "if the member was seen in one place it is worth asking which is correct, since it "
            "changes the price."
        ),
        lines=[line.number],
        codes=[line.procedure_code],
        evidence={
            "line_place_of_service": line.place_of_service,
            "claim_place_of_service": claim.place_of_service,
        },
    )


def _service_mismatch(claim: Claim, line: Line, place: str, name: str) -> Finding:
    return make_finding(
        "pos-service-mismatch",
        claim,
        summary=f"Line {line.number}: {line.procedure_code} ({name}) billed at POS {place}",
        explanation=(
            f"Line {line.number} bills {line.procedure_code}, a code for {name}, with the "
            f"place of service {_describe(place)}. Those do not go together, so either the "
            "code or the place is likely wrong; it is worth asking the provider which one."
        ),
        lines=[line.number],
        codes=[line.procedure_code],
        evidence={"place_of_service": place, "service": name},
    )
