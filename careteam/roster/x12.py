"""X12 5010 834 benefit enrollment and maintenance (005010X220A1) to member records, read and
validated with pyx12. Problems are located as "segment N (ID)", N counting from ISA = 1.

What is read, per member loop (2000, one INS each):
- INS03 maintenance type: 021 addition and 030 audit or compare add a member or change a known
  one; 001 change and 032 change a known member; 024 cancellation or termination; 025
  reinstatement. INS01/INS02 (subscriber or
  dependent) are not needed: each member is a member of their own.
- member id: NM1*IL09 (loop 2100A, the member identifier, whatever NM108 qualifies it as);
- name NM1*IL03/04, date of birth and sex DMG02/DMG03, state N402, language LUI02 (LUI01 LD or
  LE, the first LUI given);
- coverage per 2300 loop: plan HD04 (the plan's description) or else HD03 (the insurance line:
  HLT, DEN, VIS, HMO...), begin DTP*348, end DTP*349; an HD01 of 024 ends that coverage alone
  (at its DTP*349, else the member's DTP*357) in a change;
- member-level dates (loop 2000): DTP*356 eligibility begin (a coverage's begin when its HD
  gives none), DTP*357 eligibility end (a termination's last covered day when no HD names one).

pyx12 validates the file against the implementation guide: envelope errors (counts, control
numbers) are refused; a segment out of place or an element error is refused where we read it
and tolerated where we do not (a DTP with a qualifier we ignore, a phone number).
"""

from __future__ import annotations

from datetime import date

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
from careteam.x12 import X12Segment, x12_read

VERSION = "005010X220A1"
_ACTIONS = {
    "021": Action.ADD,
    "030": Action.ADD,
    "001": Action.CHANGE,
    "032": Action.CHANGE,
    "024": Action.TERMINATE,
    "025": Action.REINSTATE,
}
# Segments (and DTP qualifiers) we read: pyx12's complaints about any other are tolerated.
_READ_SEGMENTS = {"INS", "NM1", "DMG", "N4", "LUI", "HD"}
_READ_DATES = {"348", "349", "356", "357"}
_READ_ELEMENTS = {
    "INS": {3},
    "NM1": {1, 3, 4, 9},
    "DMG": {1, 2, 3},
    "N4": {2},
    "LUI": {1, 2},
    "HD": {1, 3, 4},
    "DTP": {1, 2, 3},
}
_SEGMENT_ERRORS = {
    "1": "segment not expected here by the 834 implementation guide (out of place, or the file "
    "does not use the separators its ISA declares)",
    "2": "unexpected segment",
    "4": "the loop repeats more often than the implementation guide allows",
    "5": "the segment repeats more often than the implementation guide allows",
    "6": "segment not defined in the 834",
    "7": "segment out of order",
}


_Segment = X12Segment


def looks_like_834(text: str) -> bool:
    return text.lstrip().startswith("ISA")


def parse(text: str, problems: Problems) -> list[MemberRecord]:
    envelope_ok = _check_envelope(text, problems)
    if not envelope_ok:
        return []
    segments = _read_with_pyx12(text, problems)
    if problems:
        return []
    records: list[MemberRecord] = []
    current: list[_Segment] | None = None
    for segment in segments:
        if segment.seg_id == "INS":
            if current:
                records.extend(_member(current, problems))
            current = [segment]
        elif segment.seg_id in ("SE", "ST"):
            if current:
                records.extend(_member(current, problems))
            current = None
        elif current is not None:
            current.append(segment)
    if not records and not problems:
        problems.add("segment 1 (ISA)", "INS", "the file holds no member (no INS segment)")
    return records


def _check_envelope(text: str, problems: Problems) -> bool:
    """The ISA header, from which the separators are read, and the version: 834 5010 only."""
    text = text.lstrip()
    if len(text) < 106 or not text.startswith("ISA"):
        problems.add("segment 1", "ISA", "the file does not start with an ISA header: not X12")
        return False
    element, component, terminator = text[3], text[104], text[105]
    if len(text[:105].split(element)) != 17 or terminator.isalnum() or terminator == element:
        problems.add(
            "segment 1 (ISA)",
            "ISA",
            "the ISA header must be 106 characters with 16 fixed-width elements; ISA16 and the "
            "character after it declare the component separator and the segment terminator",
        )
        return False
    raws = [raw.strip() for raw in text.split(terminator) if raw.strip()]
    if len(raws) < 3:
        problems.add(
            "segment 1 (ISA)",
            "segment terminator",
            f"the file declares {terminator!r} as its segment terminator (after ISA16 "
            f"{component!r}) but has almost no segments ending with it",
        )
        return False
    for position, raw in enumerate(raws, start=1):
        elements = raw.split(element)
        if elements[0] == "GS" and (len(elements) < 9 or elements[8] != VERSION):
            version = elements[8] if len(elements) > 8 else "(none)"
            problems.add(
                f"segment {position} (GS)",
                "GS08 version",
                f"version {version[:20]} is not supported; a roster must be an 834 ({VERSION})",
            )
            return False
        if elements[0] == "ST" and (len(elements) < 2 or elements[1] != "834"):
            problems.add(f"segment {position} (ST)", "ST01", "not an 834 transaction set")
            return False
    return True


def _read_with_pyx12(text: str, problems: Problems) -> list[_Segment]:
    reading = x12_read(text)
    by_position = reading.by_position()
    for finding in reading.findings_to_word(problems.add):
        where = finding.where
        if not _reads(by_position.get(finding.position)):
            continue
        if finding.kind == "segment":
            message = _SEGMENT_ERRORS.get(finding.code, f"segment error {finding.code}")
            problems.add(where, finding.seg_id, message)
        elif finding.kind == "element" and finding.element in _READ_ELEMENTS.get(
            finding.seg_id, set()
        ):
            ref = f"{finding.seg_id}{finding.element:02d}"
            problems.add(where, f"{ref} {finding.element_name}", finding.element_error)
    return reading.segments


def _reads(segment: _Segment | None) -> bool:
    if segment is None:
        return True
    if segment.seg_id == "DTP":
        return segment.value("DTP01") in _READ_DATES
    if segment.seg_id == "NM1":
        return segment.value("NM101") == "IL"
    return segment.seg_id in _READ_SEGMENTS


def _member(segments: list[_Segment], problems: Problems) -> list[MemberRecord]:
    """The member loop's record; none when any of it is bad (it is reported, not applied)."""
    before = problems.count
    records = _member_loop(segments, problems)
    return records if problems.count == before else []


def _member_loop(segments: list[_Segment], problems: Problems) -> list[MemberRecord]:
    ins = segments[0]
    action = _ACTIONS.get(ins.value("INS03"))
    if action is None:
        problems.add(
            ins.where,
            "INS03 maintenance type",
            "must be 021 (addition), 001 (change), 030 (audit), 024 (termination) or 025 "
            "(reinstatement)",
        )
        return []
    fields: dict[str, str] = {}
    member_dates: dict[str, _Segment] = {}
    coverages: list[CoverageRecord] = []
    hd: _Segment | None = None
    hd_dates: dict[str, _Segment] = {}
    name: _Segment | None = None
    read_dates: dict[int, date | None] = {}  # each DTP read (and its problems told) once

    def when(segment: _Segment | None) -> date | None:
        if segment is None:
            return None
        if segment.position not in read_dates:
            read_dates[segment.position] = _date(segment, problems)
        return read_dates[segment.position]

    def close_coverage() -> None:
        if hd is None:
            return
        plan = check_plan(hd.value("HD04") or hd.value("HD03"), hd.where, "HD04 plan", problems)
        if not plan:
            problems.add(hd.where, "HD03 insurance line", "names no plan (HD04) or line (HD03)")
        ending = action == Action.TERMINATE or hd.value("HD01") == "024"
        begin = when(hd_dates.get("348"))
        if begin is None and not ending:  # the member's eligibility begins it
            begin = when(member_dates.get("356"))
        end = when(hd_dates.get("349"))
        if end is None and ending:
            end = when(member_dates.get("357"))
        if action in (Action.ADD, Action.CHANGE) and begin is None and end is None:
            problems.add(hd.where, "DTP*348 benefit begin", "a coverage needs its begin date")
        coverages.append(CoverageRecord(plan=plan, starts_on=begin, ends_on=end))

    for segment in segments[1:]:
        if segment.seg_id == "HD":
            close_coverage()
            hd, hd_dates = segment, {}
        elif segment.seg_id == "DTP":
            (hd_dates if hd is not None else member_dates)[segment.value("DTP01")] = segment
        elif segment.seg_id == "NM1" and segment.value("NM101") == "IL" and name is None:
            name = segment
        elif segment.seg_id == "DMG" and "dob" not in fields and segment.loop == "2100A":
            fields["dob"], fields["sex"] = segment.value("DMG02"), segment.value("DMG03")
            fields["dmg"] = segment.where
        elif segment.seg_id == "N4" and segment.loop == "2100A" and "state" not in fields:
            fields["state"], fields["n4"] = segment.value("N402"), segment.where
        elif segment.seg_id == "LUI" and "language" not in fields:
            fields["language"], fields["lui"] = segment.value("LUI02"), segment.where
    close_coverage()
    if name is None:
        problems.add(ins.where, "NM1*IL", "the member loop names no member (NM1*IL)")
        return []
    member_id = check_member_id(name.value("NM109"), name.where, "NM109 member id", problems)
    dob = parse_date(
        fields.get("dob", ""), fields.get("dmg", ""), "DMG02 birth date", problems, compact=True
    )
    check_birth_date(dob, fields.get("dmg", ""), "DMG02 birth date", problems)
    ends_on = when(member_dates.get("357"))
    unended = not coverages or any(coverage.ends_on is None for coverage in coverages)
    if action == Action.TERMINATE and ends_on is None and unended:
        problems.add(
            ins.where,
            "DTP*357 eligibility end",
            "a termination needs its last covered day (DTP*357, or DTP*349 on each HD)",
        )
    return [
        MemberRecord(
            where=ins.where,
            action=action,
            member_id=member_id,
            first_name=check_name(name.value("NM104"), name.where, "NM104 first name", problems),
            last_name=check_name(name.value("NM103"), name.where, "NM103 last name", problems),
            date_of_birth=dob,
            sex=parse_sex(fields.get("sex", ""), fields.get("dmg", ""), "DMG03 sex", problems),
            state=parse_state(
                fields.get("state", ""), fields.get("n4", ""), "N402 state", problems
            ),
            language=parse_language(
                fields.get("language", ""), fields.get("lui", ""), "LUI02 language", problems
            ),
            coverages=tuple(coverages),
            ends_on=ends_on,
        )
    ]


def _date(segment: _Segment | None, problems: Problems) -> date | None:
    if segment is None:
        return None
    qualifier = segment.value("DTP01")
    if segment.value("DTP02") != "D8":
        problems.add(segment.where, "DTP02 format", "must be D8 (one date, CCYYMMDD)")
        return None
    return parse_date(
        segment.value("DTP03"), segment.where, f"DTP*{qualifier} date", problems, compact=True
    )
