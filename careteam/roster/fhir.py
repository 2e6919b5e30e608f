"""FHIR R4 Patient and Coverage resources (a Bundle of them, or one Patient) to member records.
Problems are located as "entry N (Patient)" (N from 1) or "resource (Patient)".

- member id, first found of: the subscriberId of a Coverage whose beneficiary is the patient
  and whose relationship is self (the claims importer reads an explanation of benefit's member
  the same way), the Patient's identifier typed MB (member number, v2-0203), the Coverage's
  identifier typed MB;
- name: the official (else the first) HumanName, family and first given; birthDate; gender
  (female F, male M, other and unknown U); state: the first address's state; language: the
  preferred (else the first) communication.language code;
- each Coverage of the patient: plan from its class typed plan (name, else value), else group,
  else its type's text; period start and end. A Coverage whose status is cancelled ends the
  patient's coverage of that plan at period.end (required then).
Other resources in the bundle (claims, organizations) are ignored.
"""

from __future__ import annotations

import json
from typing import Any

from careteam.roster.records import (
    Action,
    CoverageRecord,
    MemberRecord,
    Problems,
    check_birth_date,
    check_member_id,
    check_name,
    check_plan,
    parse_date,
    parse_language,
    parse_sex,
    parse_state,
)

MAX_DEPTH = 64


def looks_like_fhir(text: str) -> bool:
    return text.lstrip().startswith("{")


def parse(text: str, problems: Problems) -> list[MemberRecord]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        problems.add(f"line {error.lineno} column {error.colno}", "json", f"not JSON: {error.msg}")
        return []
    except RecursionError:
        problems.add("file", "json", f"nested deeper than {MAX_DEPTH} levels")
        return []
    if not isinstance(document, dict):
        problems.add("file", "resourceType", "not a FHIR resource or Bundle")
        return []
    kind = document.get("resourceType")
    if kind == "Patient":
        located = [("resource (Patient)", document, "")]
    elif kind == "Bundle":
        entries = document.get("entry")
        if not isinstance(entries, list):
            problems.add("resource (Bundle)", "entry", "a Bundle needs its entry list")
            return []
        located = []
        for number, entry in enumerate(entries, start=1):
            resource = entry.get("resource") if isinstance(entry, dict) else None
            if not isinstance(resource, dict):
                problems.add(f"entry {number}", "resource", "an entry without a resource")
                continue
            kind_text = _text(resource.get("resourceType"))[:40]
            located.append((f"entry {number} ({kind_text})", resource, _text(entry.get("fullUrl"))))
    else:
        problems.add("file", "resourceType", "expected a Bundle or a Patient")
        return []
    patients: dict[str, tuple[str, dict[str, Any]]] = {}
    coverages: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    aliases: dict[str, str] = {}  # a bundle's fullUrl (urn:uuid:...) -> Patient/id
    for where, resource, full_url in located:
        if resource.get("resourceType") == "Patient":
            key = f"Patient/{_text(resource.get('id')) or full_url}"
            if key in patients:
                problems.add(where, "id", f"a second Patient with the id of {patients[key][0]}")
                continue
            patients[key] = (where, resource)
            if full_url:
                aliases[full_url] = key
        elif resource.get("resourceType") == "Coverage":
            beneficiary = resource.get("beneficiary")
            reference = _text(beneficiary.get("reference")) if isinstance(beneficiary, dict) else ""
            if not reference:
                problems.add(where, "beneficiary", "a Coverage needs its beneficiary reference")
                continue
            coverages.setdefault(reference, []).append((where, resource))
    by_patient: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for reference, items in coverages.items():
        by_patient.setdefault(aliases.get(reference, reference), []).extend(items)
    coverages = by_patient
    for reference, items in coverages.items():
        if reference not in patients:
            problems.add(
                items[0][0], "beneficiary", "references a Patient that is not in the bundle"
            )
    if not patients and not problems:
        problems.add("file", "Patient", "the file holds no Patient")
    return [
        record
        for key, (where, patient) in patients.items()
        if (record := _checked(where, patient, coverages.get(key, []), problems)) is not None
    ]


def _checked(
    where: str,
    patient: dict[str, Any],
    coverages: list[tuple[str, dict[str, Any]]],
    problems: Problems,
) -> MemberRecord | None:
    """The patient's record; none when any of it is bad (it is reported, not applied)."""
    before = problems.count
    record = _member(where, patient, coverages, problems)
    return record if problems.count == before else None


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _codes(concept: object) -> set[str]:
    if not isinstance(concept, dict) or not isinstance(concept.get("coding"), list):
        return set()
    return {_text(coding.get("code")) for coding in concept["coding"] if isinstance(coding, dict)}


def _typed_identifier(resource: dict[str, Any], code: str) -> str:
    for identifier in resource.get("identifier") or []:
        if isinstance(identifier, dict) and code in _codes(identifier.get("type")):
            return _text(identifier.get("value"))
    return ""


def _member_id(patient: dict[str, Any], coverages: list[tuple[str, dict[str, Any]]]) -> str:
    for _where, coverage in coverages:
        if _codes(coverage.get("relationship")) <= {"self"} and _text(coverage.get("subscriberId")):
            return _text(coverage.get("subscriberId"))
    found = _typed_identifier(patient, "MB")
    for _where, coverage in coverages:
        found = found or _typed_identifier(coverage, "MB")
    return found


def _member(
    where: str,
    patient: dict[str, Any],
    coverages: list[tuple[str, dict[str, Any]]],
    problems: Problems,
) -> MemberRecord | None:
    member_id = _member_id(patient, coverages)
    if not member_id:
        problems.add(
            where,
            "identifier",
            "no member id: no Coverage subscriberId and no identifier typed MB (member number)",
        )
        return None
    check_member_id(member_id, where, "identifier", problems)
    names = [name for name in patient.get("name") or [] if isinstance(name, dict)]
    name = next((n for n in names if n.get("use") == "official"), names[0] if names else {})
    given = name.get("given") if isinstance(name.get("given"), list) else []
    addresses = [a for a in patient.get("address") or [] if isinstance(a, dict)]
    talks = [c for c in patient.get("communication") or [] if isinstance(c, dict)]
    talk = next((c for c in talks if c.get("preferred") is True), talks[0] if talks else {})
    language = sorted(_codes(talk.get("language")))
    dob = parse_date(_text(patient.get("birthDate")), where, "birthDate", problems)
    check_birth_date(dob, where, "birthDate", problems)
    records: list[CoverageRecord] = []
    for coverage_where, coverage in coverages:
        period = coverage.get("period")
        if not isinstance(period, dict):
            period = {}
        start = parse_date(
            _text(period.get("start"))[:10], coverage_where, "period.start", problems
        )
        end = parse_date(_text(period.get("end"))[:10], coverage_where, "period.end", problems)
        plan = check_plan(_plan(coverage), coverage_where, "class", problems)
        if not plan:
            problems.add(coverage_where, "class", "names no plan (class plan or group, or type)")
        if coverage.get("status") == "cancelled":
            if end is None:
                problems.add(coverage_where, "period.end", "a cancelled Coverage needs its end")
        elif start is None:
            problems.add(coverage_where, "period.start", "a coverage needs its start")
        records.append(CoverageRecord(plan=plan, starts_on=start, ends_on=end))
    return MemberRecord(
        action=Action.ADD,
        coverages=tuple(records),
        where=where,
        member_id=member_id,
        first_name=check_name(_text(given[0]) if given else "", where, "name.given", problems),
        last_name=check_name(_text(name.get("family")), where, "name.family", problems),
        date_of_birth=dob,
        sex=parse_sex(_text(patient.get("gender")), where, "gender", problems),
        state=parse_state(
            _text(addresses[0].get("state")) if addresses else "", where, "address.state", problems
        ),
        language=parse_language(
            language[0] if language else "", where, "communication.language", problems
        ),
    )


def _plan(coverage: dict[str, Any]) -> str:
    classes = [c for c in coverage.get("class") or [] if isinstance(c, dict)]
    for wanted in ("plan", "group"):
        for item in classes:
            if wanted in _codes(item.get("type")):
                return _text(item.get("name")) or _text(item.get("value"))
    kind = coverage.get("type")
    return _text(kind.get("text")) if isinstance(kind, dict) else ""
