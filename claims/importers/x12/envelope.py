"""The X12 envelope (ISA..IEA, GS..GE, ST..SE: delimiters, versions, completeness) and the
segments as pyx12 places them in the implementation guide's loops, with its findings in our
words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from careteam import api as careteam_api
from claims.importers import Problems

P837 = "005010X222A1"
I837 = "005010X223A2"
R835 = "005010X221A1"
SUPPORTED_VERSIONS = {
    P837: ("HC", "837", "837P"),
    I837: ("HC", "837", "837I"),
    R835: ("HP", "835", "835"),
}

# Elements we read, by segment id: pyx12's element errors elsewhere are tolerated (see above).
_READ_ELEMENTS: dict[str, set[int]] = {
    "NM1": {1, 2, 3, 4, 8, 9},
    "N1": {1, 2, 3, 4},
    "PRV": {1, 2, 3},
    "DMG": {1, 2, 3},
    "CLM": {1, 2, 5},
    "DTP": {1, 2, 3},
    "DTM": {1, 2},
    "CL1": {1},
    "REF": {1, 2},
    "HI": set(range(1, 13)),
    "LX": {1},
    "SV1": {1, 2, 3, 4, 5, 7, 9},
    "SV2": {1, 2, 3, 4, 5},
    "LIN": {2, 3},
    "CTP": {4, 5},
    "CLP": {1, 2, 3, 4, 6, 7, 8, 9},
    "CAS": set(range(1, 20)),
    "SVC": {1, 2, 3, 4, 5},
    "AMT": {1, 2},
}
# Components we do not read inside elements we do: CLM05-2 is the facility code qualifier.
_UNREAD_COMPONENTS = {("CLM", 5, 2)}

# pyx12 error codes (X12 IK3 / IK4) in our words; messages never repeat the offending value.
_SEGMENT_ERRORS = {
    "1": "segment not expected here by the {guide} implementation guide (out of place, or the "
    "file does not use the separators its ISA declares)",
    "2": "unexpected segment",
    "4": "the loop repeats more often than the implementation guide allows",
    "5": "the segment repeats more often than the implementation guide allows",
    "6": "segment not defined in this transaction set",
    "7": "segment out of order",
}
_SEPARATOR_CANDIDATES = set(">:^|!<\\")


@dataclass
class Envelope:
    element_separator: str
    component_separator: str
    segment_terminator: str
    versions: dict[int, str] = field(default_factory=dict)  # ST position -> GS08 version


def _shown(character: str) -> str:
    names = {"\n": "a line break", "\r": "a carriage return", " ": "a space", "\t": "a tab"}
    return names.get(character, f"'{character}'")


def _declared(envelope: Envelope) -> str:
    return (
        f"declares {_shown(envelope.element_separator)} as the element separator (ISA "
        f"position 4), {_shown(envelope.component_separator)} as the component separator "
        f"(ISA16) and {_shown(envelope.segment_terminator)} as the segment terminator (the "
        "character after ISA16)"
    )


_GS_VERSION = re.compile(r"[0-9A-Z]{12}")


def _delimiter_problem(text: str, envelope: Envelope) -> str:
    """Whether the file uses the delimiters its ISA declares: three different characters, and
    the GS after the ISA ended by the declared segment terminator. "" when it does."""
    element, component, terminator = (
        envelope.element_separator,
        envelope.component_separator,
        envelope.segment_terminator,
    )
    if len({element, component, terminator}) < 3:
        return f"delimiter problem: the ISA {_declared(envelope)}; the three must differ"
    rest = text[106:]
    if rest.lstrip(" \r\n\t").startswith("GS" + element) or not rest.strip():
        start = rest.find("GS" + element)
        gs = rest[start:].split(element, 8)
        if len(gs) < 9 or (match := _GS_VERSION.match(gs[8])) is None:
            return ""
        used = gs[8][match.end() : match.end() + 1]
        if not used or used == terminator:
            return ""
        return (
            f"segment terminator problem: the ISA {_declared(envelope)}, but the GS segment "
            f"ends with {_shown(used)}: the file must end every segment with the terminator "
            "its ISA declares"
        )
    start = rest.find("GS" + element)
    if start < 0:
        return (
            f"delimiter problem: the ISA {_declared(envelope)}, but no GS segment written with "
            "that element separator follows it"
        )
    used = rest[:start].rstrip(" \r\n\t")[-1:] or rest[start - 1 : start]
    return (
        f"segment terminator problem: the ISA {_declared(envelope)}, but the ISA segment "
        f"itself is followed by {_shown(used or rest[:1])} before the GS: the file must end "
        "every segment with the terminator its ISA declares"
    )


def check_envelope(text: str, problems: Problems) -> Envelope:
    text = text.lstrip()
    if not text.startswith("ISA") or len(text) < 106:
        problems.add(
            "segment 1", "ISA", "the file does not start with an ISA interchange header: not X12"
        )
        return Envelope("*", ":", "~")
    envelope = Envelope(
        element_separator=text[3], component_separator=text[104], segment_terminator=text[105]
    )
    # The ISA is fixed-width (106 characters, 16 elements): it is where the separators are read.
    isa_elements = text[:105].split(envelope.element_separator)
    if len(isa_elements) != 17 or envelope.segment_terminator.isalnum():
        problems.add(
            "segment 1 (ISA)",
            "ISA delimiters",
            "the ISA header must be 106 characters with 16 fixed-width elements; read that way "
            f"it {_declared(envelope)}",
        )
        return envelope
    delimiter_problem = _delimiter_problem(text, envelope)
    if delimiter_problem:
        problems.add("segment 1 (ISA)", "ISA delimiters", delimiter_problem)
        return envelope
    raw_segments = [
        segment.strip() for segment in text.split(envelope.segment_terminator) if segment.strip()
    ]
    open_loops: list[tuple[str, int]] = []  # ("ISA" | "GS" | "ST", position)
    group_version = ""
    transaction_count = 0
    closers = {"IEA": "ISA", "GE": "GS", "SE": "ST"}
    for position, raw in enumerate(raw_segments, start=1):
        elements = raw.split(envelope.element_separator)
        seg_id = elements[0]
        if seg_id in ("ISA", "GS", "ST"):
            open_loops.append((seg_id, position))
        if seg_id == "GS":
            group_version = elements[8] if len(elements) > 8 else ""
            if group_version not in SUPPORTED_VERSIONS:
                supported = ", ".join(f"{v} ({n[2]})" for v, n in SUPPORTED_VERSIONS.items())
                problems.add(
                    f"segment {position} (GS)",
                    "GS08 version",
                    f"version {group_version or '(none)'} is not supported; "
                    f"expected one of {supported}",
                )
            elif elements[1] != SUPPORTED_VERSIONS[group_version][0]:
                problems.add(
                    f"segment {position} (GS)",
                    "GS01 functional identifier",
                    f"expected {SUPPORTED_VERSIONS[group_version][0]} for {group_version}",
                )
        elif seg_id == "ST":
            transaction_count += 1
            envelope.versions[position] = group_version
            declared = elements[3] if len(elements) > 3 else ""
            expected = SUPPORTED_VERSIONS.get(group_version)
            if declared and group_version and declared != group_version:
                problems.add(
                    f"segment {position} (ST)",
                    "ST03 version",
                    f"{declared} differs from the group's GS08 {group_version}",
                )
            elif expected and elements[1] != expected[1]:
                problems.add(
                    f"segment {position} (ST)",
                    "ST01 transaction set",
                    f"expected {expected[1]} for {group_version}",
                )
        elif seg_id in closers:
            if not open_loops or open_loops[-1][0] != closers[seg_id]:
                problems.add(
                    f"segment {position} ({seg_id})",
                    seg_id,
                    f"{seg_id} without a matching {closers[seg_id]}",
                )
            else:
                open_loops.pop()
    for seg_id, position in reversed(open_loops):
        closer = {v: k for k, v in closers.items()}[seg_id]
        problems.add(
            f"segment {len(raw_segments)} ({raw_segments[-1][:3].rstrip('*')})",
            closer,
            f"the file ends before the {closer} closing the {seg_id} at segment {position}: "
            "the file is truncated",
        )
    if not transaction_count and not problems:
        problems.add("segment 1 (ISA)", "ST", "the interchange holds no transaction set")
    return envelope


Segment = careteam_api.X12Segment
_GUIDES = {P837: "837P", I837: "837I", R835: "835"}


def read_with_pyx12(text: str, envelope: Envelope, problems: Problems) -> list[Segment]:
    """The segments in the implementation guide's loops; pyx12's findings as problems, but
    those on what we do not read (see the module claims.importers.x12)."""
    reading = careteam_api.x12_read(text)
    by_position = reading.by_position()
    for finding in reading.findings_to_word(problems.add):
        where = finding.where
        hint = ""
        if finding.kind != "envelope element":
            hint = _separator_hint(by_position.get(finding.position), envelope)
        if finding.kind == "segment":
            text = _SEGMENT_ERRORS.get(finding.code, f"segment error {finding.code}")
            guide = _GUIDES.get(finding.version, "X12")
            problems.add(where, finding.seg_id, text.format(guide=guide) + hint)
        elif _reads_element(finding):
            text = finding.element_error + hint
            problems.add(where, f"{finding.ref} {finding.element_name}", text)
    return reading.segments


def _reads_element(finding: careteam_api.X12Finding) -> bool:
    seg_id = finding.seg_id
    return seg_id in careteam_api.X12_ENVELOPE_SEGMENTS or (
        finding.element in _READ_ELEMENTS.get(seg_id, set())
        and (seg_id, finding.element, finding.component) not in _UNREAD_COMPONENTS
    )


def _separator_hint(segment: Segment | None, envelope: Envelope) -> str:
    if segment is None:
        return ""
    declared = {envelope.element_separator, envelope.component_separator, "^"}
    text = segment.raw.format(
        envelope.segment_terminator, envelope.element_separator, envelope.component_separator
    )
    strays = sorted(c for c in _SEPARATOR_CANDIDATES - declared if c in text)
    if not strays:
        return ""
    return (
        f" (the segment contains '{strays[0]}' but ISA16 declares "
        f"'{envelope.component_separator}' as the component separator)"
    )


def transactions(segments: list[Segment]) -> Iterator[list[Segment]]:
    current: list[Segment] | None = None
    for segment in segments:
        if segment.seg_id == "ST":
            current = [segment]
        elif segment.seg_id == "SE" and current is not None:
            yield current
            current = None
        elif current is not None:
            current.append(segment)
