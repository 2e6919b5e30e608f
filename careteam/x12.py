"""Reading X12 with pyx12: the segments as the implementation guide's map places them, and
pyx12's findings as plain data.

Shared by the readers of the 834 roster (careteam.roster.x12) and of claims' 837 and 835
(claims.importers.x12, through careteam.api): each one checks its own envelope, says what a
finding means in its own words and decides which findings it tolerates.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pyx12.error_handler
import pyx12.errors
import pyx12.params
import pyx12.segment
import pyx12.x12context

# pyx12 logs every validation error at ERROR level with the offending value (a member id, a
# name): keep its records out of our logs. Its findings reach us through the error handler.
_pyx12_logger = logging.getLogger("pyx12")
_pyx12_logger.addHandler(logging.NullHandler())
_pyx12_logger.propagate = False

ENVELOPE_SEGMENTS = ("ISA", "GS", "ST", "SE", "GE", "IEA")
# pyx12's error codes (X12 IK3 / IK4) both readers tolerate: a required segment missing (each
# reader demands what it needs itself) and "the segment has element errors" (those are judged
# one by one); an element present where the guide says "not used".
TOLERATED_SEGMENT_CODES = {"3", "8"}
TOLERATED_ELEMENT_CODES = {"10"}
# Element error codes in our words: never the offending value.
ELEMENT_ERRORS = {
    "1": "required element is missing", "2": "conditionally required element is missing",
    "3": "too many data elements", "4": "value too short", "5": "value too long",
    "6": "invalid character", "7": "not a valid code for this element",
    "8": "not a valid date", "9": "not a valid time", "12": "too many repetitions",
    "13": "too many components",
}  # fmt: skip


@dataclass
class X12Segment:
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


@dataclass(frozen=True)
class X12Finding:
    """One of pyx12's findings. `kind`: "envelope" (a count or control number of ISA, GS or
    ST; `message` is pyx12's, which names no member data), "envelope element", "segment" or
    "element" (`code` is the X12 IK3 / IK4 error code; pyx12's message may quote the value, so
    it is not kept)."""

    kind: str
    position: int  # the segment the finding is at (an envelope's count: its closing segment)
    seg_id: str  # that segment's id (an envelope node's id when no segment is there)
    node_id: str  # the envelope node (ISA, GS, ST) or the segment the finding belongs to
    code: str
    message: str = ""
    element: int = 0  # element position (CLM05: 5)
    component: int = 0  # component position within it (CLM05-2: 2), 0 for none
    element_name: str = ""
    version: str = ""  # the transaction set's (or its group's) GS08 version

    @property
    def where(self) -> str:
        return f"segment {self.position} ({self.seg_id})"

    @property
    def tolerated(self) -> bool:
        if self.kind == "segment":
            return self.code in TOLERATED_SEGMENT_CODES
        return self.kind != "envelope" and self.code in TOLERATED_ELEMENT_CODES

    @property
    def element_error(self) -> str:
        """What an element finding says, in our words."""
        return ELEMENT_ERRORS.get(self.code, f"element error {self.code}")

    def envelope_problem(self) -> tuple[str, str, str]:
        """(location, field, message) of an "envelope" finding, as both readers report it."""
        return self.where, f"{self.node_id} envelope", self.message

    @property
    def ref(self) -> str:
        """The element's reference, "CLM05-2"."""
        return f"{self.seg_id}{self.element:02d}" + (f"-{self.component}" if self.component else "")


@dataclass
class X12Reading:
    segments: list[X12Segment] = field(default_factory=list)
    findings: list[X12Finding] = field(default_factory=list)
    # The segment from which pyx12 could not read on (a malformed segment or separator); 0 when
    # it read the whole file. Its findings are not walked then.
    stopped_at: int = 0

    def stopped_problem(self) -> tuple[str, str, str]:
        """(location, field, message) of where pyx12 stopped reading (when stopped_at is set)."""
        return (
            f"segment {self.stopped_at}",
            "segment",
            "pyx12 cannot read the file from here (a malformed segment or separator)",
        )

    def findings_to_word(self, report: Callable[[str, str, str], None]) -> Iterator[X12Finding]:
        """The segment and element findings a reader words itself (those not tolerated), in
        pyx12's order; what both readers say alike goes to `report(location, field, message)`
        as it comes: where pyx12 stopped, and the envelope's counts and control numbers."""
        if self.stopped_at:
            report(*self.stopped_problem())
            return
        for finding in self.findings:
            if finding.kind == "envelope":
                report(*finding.envelope_problem())
            elif not finding.tolerated:
                yield finding

    def by_position(self) -> dict[int, X12Segment]:
        return {segment.position: segment for segment in self.segments}


def x12_read(text: str) -> X12Reading:
    """The file's segments in the implementation guide's loops, and pyx12's findings in the
    order pyx12 reports them (interchange, group, transaction set, its segments)."""
    errors = pyx12.error_handler.err_handler()
    reading = X12Reading()
    # ParamsBase, not params(): the latter reads ~/.pyx12.conf.xml, which must not change results.
    reader = pyx12.x12context.X12ContextReader(pyx12.params.ParamsBase(), errors, io.StringIO(text))
    try:
        for node in reader.iter_segments():
            path = node.x12_map_node.get_path().strip("/").split("/")
            loops = tuple(part for part in path[:-1] if part not in ("ISA_LOOP", "GS_LOOP"))
            reading.segments.append(
                X12Segment(
                    node.cur_line_number or 0, node.seg_data.get_seg_id(), loops, node.seg_data
                )
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
        reading.stopped_at = reading.segments[-1].position + 1 if reading.segments else 1
        return reading
    finally:
        reader.close()
    by_position = reading.by_position()
    found = reading.findings
    for interchange in errors.children:
        found += _envelope_findings(interchange, by_position)
        for group in interchange.children:
            found += _envelope_findings(group, by_position)
            for transaction in group.children:
                found += _envelope_findings(transaction, by_position)
                version = getattr(transaction, "vriic", None) or getattr(group, "vriic", None)
                for seg_node in transaction.children:
                    found += _segment_findings(seg_node, version or "")
    return reading


def _envelope_findings(
    node: pyx12.error_handler.err_node, by_position: dict[int, X12Segment]
) -> list[X12Finding]:
    # The node reports the line it was at: the opening segment, or the closing one (SE, GE,
    # IEA) when the count is checked there.
    position = node.get_cur_line()
    segment = by_position.get(position)
    seg_id = segment.seg_id if segment else node.id
    found = [
        X12Finding("envelope", position, seg_id, node.id, str(code), message)
        for code, message in node.errors
    ]
    for element in getattr(node, "elements", []):
        found += _element_findings("envelope element", node.id, position, element, "")
    return found


def _segment_findings(seg_node: pyx12.error_handler.err_seg, version: str) -> list[X12Finding]:
    position, seg_id = seg_node.get_cur_line(), seg_node.seg_id
    found = [
        X12Finding("segment", position, seg_id, seg_id, str(code), version=version)
        for code, _message, _value in seg_node.errors
    ]
    for element in seg_node.elements:
        found += _element_findings("element", seg_id, position, element, version)
    return found


def _element_findings(
    kind: str, seg_id: str, position: int, element: pyx12.error_handler.err_ele, version: str
) -> list[X12Finding]:
    return [
        X12Finding(
            kind,
            position,
            seg_id,
            seg_id,
            str(code),
            element=element.ele_pos,
            component=element.subele_pos or 0,
            element_name=element.name,
            version=version,
        )
        for code, _message, _value in element.errors
    ]
