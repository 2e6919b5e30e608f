"""The X12 envelope (ISA..IEA, GS..GE, ST..SE: delimiters, versions, completeness) and the
segments as pyx12 places them in the implementation guide's loops, with its findings in our
words."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import pyx12.error_handler
import pyx12.errors
import pyx12.params
import pyx12.segment
import pyx12.x12context

from claims.importers import Problems

# pyx12 logs every validation error at ERROR level with the offending value (a member id, a
# name): keep its records out of our logs. Its findings reach us through the error handler.
_pyx12_logger = logging.getLogger("pyx12")
_pyx12_logger.addHandler(logging.NullHandler())
_pyx12_logger.propagate = False

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
_ELEMENT_ERRORS = {
    "1": "required element is missing",
    "2": "conditionally required element is missing",
    "3": "too many data elements",
    "4": "value too short",
    "5": "value too long",
    "6": "invalid character",
    "7": "not a valid code for this element",
    "8": "not a valid date",
    "9": "not a valid time",
    "12": "too many repetitions",
    "13": "too many components",
}
_TOLERATED_SEGMENT_ERRORS = {"3", "8"}  # required segment missing; "has element errors"
_TOLERATED_ELEMENT_ERRORS = {"10"}  # element present where the guide says "not used"
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


@dataclass
class Segment:
    position: int  # 1-based, ISA = 1
    seg_id: str
    loops: tuple[str, ...]  # the map's loop path, outermost first: ("DETAIL", "2000A", ...)
    raw: pyx12.segment.Segment

    @property
    def loop(self) -> str:
        return self.loops[-1] if self.loops else ""

    @property
    def where(self) -> str:
        return f"segment {self.position} ({self.seg_id})"

    def value(self, ref: str) -> str:
        """The element (CLM01) or component (CLM05-1) as text, "" when absent."""
        try:
            return (self.raw.get_value(ref) or "").strip()
        except (pyx12.errors.EngineError, IndexError):
            return ""

    def components(self, ref: str) -> list[str]:
        element = self.raw.get(ref)
        if element is None:
            return []
        if isinstance(element, pyx12.segment.Composite):
            return [element[i].get_value().strip() for i in range(len(element))]
        return [element.get_value().strip()]  # a composite with one component


def read_with_pyx12(text: str, envelope: Envelope, problems: Problems) -> list[Segment]:
    errors = pyx12.error_handler.err_handler()
    segments: list[Segment] = []
    # ParamsBase, not params(): the latter reads ~/.pyx12.conf.xml, which must not change results.
    reader = pyx12.x12context.X12ContextReader(pyx12.params.ParamsBase(), errors, io.StringIO(text))
    try:
        for node in reader.iter_segments():
            path = node.x12_map_node.get_path().strip("/").split("/")
            loops = tuple(part for part in path[:-1] if part not in ("ISA_LOOP", "GS_LOOP"))
            segments.append(
                Segment(node.cur_line_number or 0, node.seg_data.get_seg_id(), loops, node.seg_data)
            )
    except (
        pyx12.errors.X12Error,
        pyx12.errors.EngineError,
        AssertionError,
        AttributeError,
        IndexError,
        KeyError,
        TypeError,
        ValueError,
    ):
        # pyx12 fails in many ways on malformed input and its message can quote the segment;
        # say where it stopped instead.
        position = segments[-1].position + 1 if segments else 1
        problems.add(
            f"segment {position}",
            "segment",
            "pyx12 cannot read the file from here (a malformed segment or separator)",
        )
        return segments
    finally:
        reader.close()
    by_position = {segment.position: segment for segment in segments}
    guide = {P837: "837P", I837: "837I", R835: "835"}
    for interchange in errors.children:
        _envelope_errors(interchange, by_position, problems)
        for group in interchange.children:
            _envelope_errors(group, by_position, problems)
            for transaction in group.children:
                _envelope_errors(transaction, by_position, problems)
                version = getattr(transaction, "vriic", None) or getattr(group, "vriic", None)
                name = guide.get(version or "", "X12")
                for seg_node in transaction.children:
                    _segment_errors(seg_node, by_position, envelope, name, problems)
    return segments


def _envelope_errors(
    node: pyx12.error_handler.err_node, by_position: dict[int, Segment], problems: Problems
) -> None:
    # The node reports the line it was at: the opening segment, or the closing one (SE, GE,
    # IEA) when the count is checked there. Envelope messages name counts and control numbers
    # only, never member data.
    position = node.get_cur_line()
    segment = by_position.get(position)
    seg_id = segment.seg_id if segment else node.id
    for _code, message in node.errors:
        problems.add(f"segment {position} ({seg_id})", f"{node.id} envelope", message)
    for element in getattr(node, "elements", []):
        _element_errors(node.id, node.get_cur_line(), element, None, problems)


def _segment_errors(
    seg_node: pyx12.error_handler.err_seg,
    by_position: dict[int, Segment],
    envelope: Envelope,
    guide: str,
    problems: Problems,
) -> None:
    segment = by_position.get(seg_node.get_cur_line())
    hint = _separator_hint(segment, envelope)
    for code, _message, _value in seg_node.errors:
        if code in _TOLERATED_SEGMENT_ERRORS:
            continue
        text = _SEGMENT_ERRORS.get(code, f"segment error {code}").format(guide=guide)
        problems.add(
            f"segment {seg_node.get_cur_line()} ({seg_node.seg_id})", seg_node.seg_id, text + hint
        )
    for element in seg_node.elements:
        _element_errors(seg_node.seg_id, seg_node.get_cur_line(), element, segment, problems, hint)


def _element_errors(
    seg_id: str,
    position: int,
    element: pyx12.error_handler.err_ele,
    segment: Segment | None,
    problems: Problems,
    hint: str = "",
) -> None:
    ref = f"{seg_id}{element.ele_pos:02d}" + (
        f"-{element.subele_pos}" if element.subele_pos else ""
    )
    read = seg_id in ("ISA", "GS", "ST", "SE", "GE", "IEA") or (
        element.ele_pos in _READ_ELEMENTS.get(seg_id, set())
        and (seg_id, element.ele_pos, element.subele_pos) not in _UNREAD_COMPONENTS
    )
    for code, _message, _value in element.errors:
        if code in _TOLERATED_ELEMENT_ERRORS or not read:
            continue
        text = _ELEMENT_ERRORS.get(code, f"element error {code}")
        problems.add(f"segment {position} ({seg_id})", f"{ref} {element.name}", text + hint)


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
