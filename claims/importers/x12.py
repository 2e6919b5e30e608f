"""X12 5010 837P, 837I and 835 files to `Claim` records, validated by pyx12 and by our own checks.

`parse(data, filename=...)` returns every claim of the file or raises `ImportRejected` with every
problem found, each located as "segment N (ID)" (N counts segments from ISA = 1).

Supported versions (GS08): 005010X222A1 (837P), 005010X223A2 (837I), 005010X221A1 (835).

What is refused and what is tolerated:
- the envelope must be whole: ISA..IEA, GS..GE, ST..SE closed and counted (a truncated file is
  refused), versions as above;
- every segment must fit the implementation guide's map where it stands (pyx12): a segment the
  map does not expect is refused, because we could no longer tell which loop (claim, line,
  provider) it belongs to;
- element errors pyx12 finds (type, length, code value, date) are refused on the elements we
  read, and tolerated on elements we do not read (a contact's phone, an address ZIP, the check
  date), as is an element present where the guide says "not used". A required segment the guide
  wants but we do not read (PER contact, an other-payer loop) is tolerated; what we do need (CLM,
  the member id, the payer, HI diagnoses, dates of service) our own checks demand;
- our checks: amounts are decimal numbers, dates are real dates, required ids are present,
  CLM02 equals the sum of the line charges, diagnosis pointers point at a diagnosis, ICD-9 and
  ICD-10 qualifiers are not mixed on one claim.

Derived fields:
- member id: the subscriber's id, NM1*IL09 (837 loop 2010BA; 835 NM1*IL in 2100, or the patient's
  NM1*QC09 when the 835 names no insured, which means the patient is the subscriber);
- claim number: CLM01 / CLP01 (the patient control number); payer claim number: CLP07 (835) or
  REF*F8 (the payer's number of the claim an 837 replaces or voids);
- 835 status from CLP02: 1/2/3/19/20/21 processed (paid; partially paid when some lines were paid
  and others were not), 4 denied, 22 reversal, 23 and 25 (forwarded, pricing only) pended;
- 835 patient responsibility: the sum of the PR-group adjustments (claim and line CAS); a line's
  deductible, coinsurance and copay are its PR-1, PR-2 and PR-3 adjustments and its other-payer
  amount is OA-23;
- 835 kind: institutional when the claim has inpatient adjudication (MIA), revenue codes, or
  Medicare Part A filing (CLP06 MA); professional otherwise.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

import pyx12.error_handler
import pyx12.errors
import pyx12.params
import pyx12.segment
import pyx12.x12context

from claims.importers import Problems, text_from_bytes, to_cents
from claims.records import (
    Adjustment,
    Claim,
    ClaimKind,
    ClaimStatus,
    Line,
    Provider,
)

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
_SOURCE = {P837: "x12-837p", I837: "x12-837i", R835: "x12-835"}

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

_AMOUNT = re.compile(r"-?(\d+(\.\d*)?|\.\d+)")
_SEPARATOR_CANDIDATES = set(">:^|!<\\")

# CLP02 claim status codes.
_PROCESSED = {"1", "2", "3", "19", "20", "21"}
_CLP_STATUS = {
    **dict.fromkeys(_PROCESSED, ClaimStatus.PAID),
    "4": ClaimStatus.DENIED,
    "22": ClaimStatus.REVERSED,
    "23": ClaimStatus.PENDED,
    "25": ClaimStatus.PENDED,
}
_CAS_GROUPS = {"CO", "CR", "OA", "PI", "PR"}


def parse(data: bytes, *, filename: str) -> list[Claim]:
    """Parse an X12 837P, 837I or 835 file; raise ImportRejected listing every problem."""
    text = text_from_bytes(data, filename=filename, expected="an X12 837 or 835 file")
    problems = Problems(filename)
    envelope = _check_envelope(text, problems)
    problems.reject_if_any()
    segments = _read_with_pyx12(text, envelope, problems)
    problems.reject_if_any()
    claims: list[Claim] = []
    for transaction in _transactions(segments):
        version = transaction[0].value("ST03") or envelope.versions[transaction[0].position]
        if version == R835:
            claims.extend(_Remittance(transaction, problems).claims())
        else:
            claims.extend(_ClaimSubmission(transaction, version, problems).claims())
    problems.reject_if_any()
    return claims


# --- the envelope: delimiters, versions, completeness ---------------------------------------


@dataclass
class _Envelope:
    element_separator: str
    component_separator: str
    segment_terminator: str
    versions: dict[int, str] = field(default_factory=dict)  # ST position -> GS08 version


def _shown(character: str) -> str:
    names = {"\n": "a line break", "\r": "a carriage return", " ": "a space", "\t": "a tab"}
    return names.get(character, f"'{character}'")


def _declared(envelope: _Envelope) -> str:
    return (
        f"declares {_shown(envelope.element_separator)} as the element separator (ISA "
        f"position 4), {_shown(envelope.component_separator)} as the component separator "
        f"(ISA16) and {_shown(envelope.segment_terminator)} as the segment terminator (the "
        "character after ISA16)"
    )


_GS_VERSION = re.compile(r"[0-9A-Z]{12}")


def _delimiter_problem(text: str, envelope: _Envelope) -> str:
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


def _check_envelope(text: str, problems: Problems) -> _Envelope:
    text = text.lstrip()
    if not text.startswith("ISA") or len(text) < 106:
        problems.add(
            "segment 1", "ISA", "the file does not start with an ISA interchange header: not X12"
        )
        return _Envelope("*", ":", "~")
    envelope = _Envelope(
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


# --- pyx12: segments placed in the implementation guide's loops, and its findings ------------


@dataclass
class _Segment:
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


def _read_with_pyx12(text: str, envelope: _Envelope, problems: Problems) -> list[_Segment]:
    errors = pyx12.error_handler.err_handler()
    segments: list[_Segment] = []
    # ParamsBase, not params(): the latter reads ~/.pyx12.conf.xml, which must not change results.
    reader = pyx12.x12context.X12ContextReader(pyx12.params.ParamsBase(), errors, io.StringIO(text))
    try:
        for node in reader.iter_segments():
            path = node.x12_map_node.get_path().strip("/").split("/")
            loops = tuple(part for part in path[:-1] if part not in ("ISA_LOOP", "GS_LOOP"))
            segments.append(
                _Segment(
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
    node: pyx12.error_handler.err_node, by_position: dict[int, _Segment], problems: Problems
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
    by_position: dict[int, _Segment],
    envelope: _Envelope,
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
    segment: _Segment | None,
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


def _separator_hint(segment: _Segment | None, envelope: _Envelope) -> str:
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


def _transactions(segments: list[_Segment]) -> Iterator[list[_Segment]]:
    current: list[_Segment] | None = None
    for segment in segments:
        if segment.seg_id == "ST":
            current = [segment]
        elif segment.seg_id == "SE" and current is not None:
            yield current
            current = None
        elif current is not None:
            current.append(segment)


# --- values ----------------------------------------------------------------------------------


class _Values:
    """Reads typed values from segments, recording a problem for each bad one."""

    def __init__(self, problems: Problems) -> None:
        self.problems = problems

    def amount(
        self, segment: _Segment, ref: str, label: str, *, required: bool = True
    ) -> Decimal | None:
        number = self.number(segment, ref, label, required=required)
        return None if number is None else to_cents(number)

    def number(
        self, segment: _Segment, ref: str, label: str, *, required: bool = True
    ) -> Decimal | None:
        text = segment.value(ref)
        if not text:
            if required:
                self.problems.add(segment.where, f"{ref} {label}", "required amount is missing")
            return None
        if not _AMOUNT.fullmatch(text):
            self.problems.add(segment.where, f"{ref} {label}", "not a decimal amount")
            return None
        try:
            return Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
            self.problems.add(segment.where, f"{ref} {label}", "not a decimal amount")
            return None

    def date(self, segment: _Segment, ref: str, label: str) -> date | None:
        text = segment.value(ref)
        parsed = _ccyymmdd(text)
        if parsed is None:
            self.problems.add(
                segment.where, f"{ref} {label}", "not a valid date (CCYYMMDD expected)"
            )
        return parsed

    def period(
        self, segment: _Segment, qualifier_ref: str, value_ref: str, label: str
    ) -> tuple[date, date] | None:
        """D8 (one date) or RD8 (CCYYMMDD-CCYYMMDD) as (from, to)."""
        qualifier = segment.value(qualifier_ref)
        text = segment.value(value_ref)
        if qualifier == "D8":
            day = _ccyymmdd(text)
            if day is None:
                self.problems.add(
                    segment.where, f"{value_ref} {label}", "not a valid date (CCYYMMDD expected)"
                )
                return None
            return day, day
        if qualifier == "RD8":
            start_text, _, end_text = text.partition("-")
            start, end = _ccyymmdd(start_text), _ccyymmdd(end_text)
            if start is None or end is None:
                self.problems.add(
                    segment.where,
                    f"{value_ref} {label}",
                    "not a valid date range (CCYYMMDD-CCYYMMDD expected)",
                )
                return None
            if end < start:
                self.problems.add(
                    segment.where, f"{value_ref} {label}", "the range ends before it starts"
                )
                return None
            return start, end
        self.problems.add(
            segment.where, f"{qualifier_ref} date format", "expected D8 or RD8 as the date format"
        )
        return None

    def units(self, segment: _Segment, ref: str, label: str) -> Decimal:
        text = segment.value(ref)
        if not text:
            return Decimal(1)
        quantity = self.number(segment, ref, label)
        if quantity is None:
            return Decimal(1)
        if quantity <= 0:
            self.problems.add(segment.where, f"{ref} {label}", "units must be positive")
        return quantity


def _ccyymmdd(text: str) -> date | None:
    if len(text) != 8 or not text.isdigit():
        return None
    try:
        return datetime.strptime(text, "%Y%m%d").date()  # noqa: DTZ007 - a date, no time zone
    except ValueError:
        return None


def _provider(segment: _Segment, taxonomy: str = "") -> Provider:
    """NM1: organisation (NM102 = 2) or person name, NPI when NM108 = XX."""
    if segment.value("NM102") == "1":
        name = f"{segment.value('NM104')} {segment.value('NM103')}".strip()
    else:
        name = segment.value("NM103")
    npi = segment.value("NM109") if segment.value("NM108") == "XX" else ""
    return Provider(npi=npi, name=name, taxonomy=taxonomy)


def _check_npi(segment: _Segment, values: _Values) -> None:
    npi = segment.value("NM109") if segment.value("NM108") == "XX" else ""
    if npi and not (len(npi) == 10 and npi.isdigit()):
        values.problems.add(segment.where, "NM109 NPI", "an NPI has 10 digits")


def _sum(amounts: Iterable[Decimal | None]) -> Decimal | None:
    known = list(amounts)
    if not known or any(amount is None for amount in known):
        return None
    return sum((amount for amount in known if amount is not None), Decimal(0))


# --- 837: submitted claims -------------------------------------------------------------------


@dataclass
class _Draft:
    """A claim being assembled from its segments (records are frozen)."""

    start: _Segment
    fields: dict[str, object] = field(default_factory=dict)
    lines: list[_LineDraft] = field(default_factory=list)
    diagnosis_qualifiers: set[str] = field(default_factory=set)


@dataclass
class _LineDraft:
    start: _Segment
    fields: dict[str, object] = field(default_factory=dict)
    adjustments: list[Adjustment] = field(default_factory=list)


class _ClaimSubmission:
    """One 837 transaction set (ST..SE) to claims."""

    def __init__(self, segments: list[_Segment], version: str, problems: Problems) -> None:
        self.segments = segments
        self.version = version
        self.kind = ClaimKind.PROFESSIONAL if version == P837 else ClaimKind.INSTITUTIONAL
        self.values = _Values(problems)
        self.problems = problems

    def claims(self) -> list[Claim]:
        billing = Provider()
        billing_taxonomy = ""
        subscriber: dict[str, object] = {}
        patient: dict[str, object] = {}
        drafts: list[tuple[_Draft, dict[str, object], dict[str, object], Provider]] = []
        draft: _Draft | None = None
        line: _LineDraft | None = None
        for segment in self.segments[1:]:
            seg_id, loop = segment.seg_id, segment.loop
            if seg_id == "HL":
                draft, line = None, None
                level = segment.value("HL03")
                if level == "20":
                    billing, billing_taxonomy = Provider(), ""
                elif level == "22":
                    subscriber, patient = {"hl": segment}, {}
                elif level == "23":
                    patient = {}
            elif loop == "2000A" and seg_id == "PRV" and segment.value("PRV02") == "PXC":
                billing_taxonomy = segment.value("PRV03")
                billing = replace(billing, taxonomy=billing_taxonomy)
            elif loop == "2010AA" and seg_id == "NM1":
                _check_npi(segment, self.values)
                billing = _provider(segment, billing_taxonomy)
            elif loop == "2010BA" and seg_id == "NM1":
                subscriber["nm1"] = segment
            elif loop == "2010BA" and seg_id == "DMG":
                subscriber["dmg"] = segment
            elif loop == "2010BB" and seg_id == "NM1":
                subscriber["payer"] = segment
            elif loop == "2010CA" and seg_id == "DMG":
                patient["dmg"] = segment
            elif seg_id == "CLM":
                draft, line = _Draft(segment), None
                drafts.append((draft, subscriber, patient, billing))
            elif draft is not None and loop == "2300":
                self._claim_segment(draft, segment)
            elif draft is not None and loop.startswith("2310") and seg_id in ("NM1", "PRV"):
                self._claim_provider(draft, segment)
            elif draft is not None and seg_id == "LX":
                line = _LineDraft(segment)
                draft.lines.append(line)
            elif line is not None and loop in ("2400", "2410", "2420A", "2420C"):
                self._line_segment(line, segment)
        if not drafts:
            self.problems.add(
                self.segments[0].where, "CLM", "the transaction set holds no claim (CLM segment)"
            )
        return [
            claim
            for draft, subscriber, patient, billing in drafts
            if (claim := self._claim(draft, subscriber, patient, billing)) is not None
        ]

    def _claim_segment(self, draft: _Draft, segment: _Segment) -> None:
        seg_id, fields = segment.seg_id, draft.fields
        if seg_id == "DTP":
            qualifier = segment.value("DTP01")
            if qualifier in ("434", "472"):
                period = self.values.period(segment, "DTP02", "DTP03", "date of service")
                if period:
                    fields["period"] = period
        elif seg_id == "CL1":
            fields["admission_type"] = segment.value("CL101")
        elif seg_id == "REF" and segment.value("REF01") == "F8":
            fields["payer_claim_number"] = segment.value("REF02")
        elif seg_id == "HI":
            codes = fields.setdefault("diagnoses", [])
            assert isinstance(codes, list)
            for position in range(1, 13):
                parts = segment.components(f"HI{position:02d}")
                if len(parts) < 2:
                    continue
                qualifier, code = parts[0], parts[1].replace(".", "").upper()
                if qualifier in ("ABK", "BK", "ABF", "BF"):
                    if not code:
                        self.problems.add(
                            segment.where, f"HI{position:02d}-2 diagnosis code", "missing"
                        )
                    draft.diagnosis_qualifiers.add(qualifier)
                    codes.append(code)

    def _claim_provider(self, draft: _Draft, segment: _Segment) -> None:
        if segment.seg_id == "PRV":
            rendering = draft.fields.get("rendering")
            if isinstance(rendering, Provider) and segment.value("PRV02") == "PXC":
                draft.fields["rendering"] = replace(rendering, taxonomy=segment.value("PRV03"))
            return
        _check_npi(segment, self.values)
        entity = segment.value("NM101")
        # Institutional claims name the attending (71) as the claim's rendering provider; the
        # operating or other provider (82) stands in only when no attending is given.
        attending_first = self.kind == ClaimKind.INSTITUTIONAL
        takes_rendering = entity == "71" or (
            entity == "82" and (not attending_first or "rendering" not in draft.fields)
        )
        if takes_rendering:
            draft.fields["rendering"] = _provider(segment)
        elif entity == "77":
            draft.fields["facility"] = _provider(segment)

    def _line_segment(self, line: _LineDraft, segment: _Segment) -> None:
        seg_id, fields = segment.seg_id, line.fields
        if seg_id in ("SV1", "SV2"):
            self._service(line, segment)
        elif seg_id == "DTP" and segment.value("DTP01") == "472":
            period = self.values.period(segment, "DTP02", "DTP03", "line date of service")
            if period:
                fields["service_from"], fields["service_to"] = period
        elif seg_id == "LIN" and segment.value("LIN02") == "N4":
            ndc = segment.value("LIN03").replace("-", "")
            if not (len(ndc) == 11 and ndc.isdigit()):
                self.problems.add(segment.where, "LIN03 NDC", "an NDC has 11 digits")
            fields["ndc"] = ndc
        elif seg_id == "CTP":
            fields["ndc_quantity"] = self.values.number(segment, "CTP04", "NDC quantity")
            fields["ndc_unit"] = segment.value("CTP05-1")
        elif seg_id == "NM1" and segment.value("NM101") == "82":
            _check_npi(segment, self.values)
            fields["rendering_provider"] = _provider(segment)

    def _service(self, line: _LineDraft, segment: _Segment) -> None:
        fields = line.fields
        fields["segment"] = segment
        if segment.seg_id == "SV1":
            procedure_ref, charge_ref, units_ref = "SV101", "SV102", "SV104"
            fields["place_of_service"] = segment.value("SV105")
            pointers = []
            for text in segment.components("SV107"):
                if not text:
                    continue
                if not text.isdigit() or not 1 <= int(text) <= 12:
                    self.problems.add(
                        segment.where, "SV107 diagnosis pointer", "expected a number from 1 to 12"
                    )
                    continue
                pointers.append(int(text))
            fields["diagnosis_pointers"] = tuple(pointers)
            fields["emergency"] = segment.value("SV109") == "Y"
        else:
            procedure_ref, charge_ref, units_ref = "SV202", "SV203", "SV205"
            fields["revenue_code"] = segment.value("SV201")
        parts = segment.components(procedure_ref)
        if parts and any(parts):
            if parts[0] not in ("HC", "HP"):
                self.problems.add(
                    segment.where,
                    f"{procedure_ref}-1 procedure code qualifier",
                    "only HC (HCPCS/CPT) and HP (HIPPS) procedure codes are supported",
                )
            code = parts[1] if len(parts) > 1 else ""
            if not code:
                self.problems.add(segment.where, f"{procedure_ref}-2 procedure code", "missing")
            fields["procedure_code"] = code
            fields["modifiers"] = tuple(part for part in parts[2:6] if part)
        elif segment.seg_id == "SV1":
            self.problems.add(segment.where, "SV101-2 procedure code", "missing")
        fields["billed"] = self.values.amount(segment, charge_ref, "line charge")
        fields["units"] = self.values.units(segment, units_ref, "units")

    def _claim(
        self,
        draft: _Draft,
        subscriber: dict[str, object],
        patient: dict[str, object],
        billing: Provider,
    ) -> Claim | None:
        clm, fields, before = draft.start, draft.fields, len(self.problems.items)
        claim_number = clm.value("CLM01")
        if not claim_number:
            self.problems.add(clm.where, "CLM01 patient control number", "missing")
        billed = self.values.amount(clm, "CLM02", "total charge")
        facility_code, frequency = clm.value("CLM05-1"), clm.value("CLM05-3") or "1"
        if not re.fullmatch(r"\d\d", facility_code):
            label = "place of service" if self.kind == ClaimKind.PROFESSIONAL else "facility type"
            self.problems.add(clm.where, f"CLM05-1 {label}", "expected a 2-digit code")

        member_id, payer_name, payer_id = self._member_and_payer(draft, subscriber)
        birth_date, sex = self._demographics(patient.get("dmg") or subscriber.get("dmg"))

        diagnoses = fields.get("diagnoses") or []
        assert isinstance(diagnoses, list)
        if not diagnoses:
            self.problems.add(clm.where, "HI diagnosis", "the claim has no diagnosis code")
        qualifiers = draft.diagnosis_qualifiers
        icd9 = bool(qualifiers & {"BK", "BF"})
        if icd9 and qualifiers & {"ABK", "ABF"}:
            self.problems.add(
                clm.where, "HI diagnosis qualifier", "mixes ICD-9 (BK/BF) and ICD-10 (ABK/ABF)"
            )

        lines = [
            built
            for built in (self._line(line, len(diagnoses)) for line in draft.lines)
            if built is not None
        ]
        if not draft.lines:
            self.problems.add(clm.where, "LX service line", "the claim has no service line")
        period = fields.get("period")
        dated = [line for line in lines if line.service_from and line.service_to]
        if period is None and dated:
            period = (
                min(line.service_from for line in dated if line.service_from),
                max(line.service_to for line in dated if line.service_to),
            )
        if period is None:
            self.problems.add(clm.where, "DTP date of service", "the claim has no date of service")
        if billed is not None and lines and len(lines) == len(draft.lines):
            line_total = sum((line.billed for line in lines), Decimal(0))
            if line_total != billed:
                self.problems.add(
                    clm.where, "CLM02 total charge", "differs from the sum of the line charges"
                )
        if len(self.problems.items) > before or period is None or billed is None:
            return None
        assert isinstance(period, tuple)
        admission_type = str(fields.get("admission_type", ""))
        place_of_service = facility_code if self.kind == ClaimKind.PROFESSIONAL else ""
        emergency = (
            any(line.place_of_service == "23" for line in lines)
            or place_of_service == "23"
            or any(line.revenue_code.startswith("045") for line in lines)
            or admission_type == "1"
            or any(bool(line_draft.fields.get("emergency")) for line_draft in draft.lines)
        )
        rendering = fields.get("rendering")
        facility = fields.get("facility")
        return Claim(
            claim_number=claim_number,
            kind=self.kind,
            member_id=member_id,
            payer_name=payer_name,
            payer_id=payer_id,
            service_from=period[0],
            service_to=period[1],
            payer_claim_number=str(fields.get("payer_claim_number", "")),
            billing_provider=billing,
            rendering_provider=rendering if isinstance(rendering, Provider) else None,
            facility=facility if isinstance(facility, Provider) else None,
            place_of_service=place_of_service,
            bill_type=facility_code + frequency if self.kind == ClaimKind.INSTITUTIONAL else "",
            admission_type=admission_type,
            emergency=emergency,
            diagnosis_codes=tuple(diagnoses),
            diagnosis_code_system="icd9cm" if icd9 else "icd10cm",
            frequency=frequency,
            status=ClaimStatus.SUBMITTED,
            billed=billed,
            lines=tuple(lines),
            patient_birth_date=birth_date,
            patient_sex=sex,
            source=_SOURCE[self.version],
            source_location=f"CLM at segment {clm.position}",
        )

    def _member_and_payer(
        self, draft: _Draft, subscriber: dict[str, object]
    ) -> tuple[str, str, str]:
        nm1 = subscriber.get("nm1")
        payer = subscriber.get("payer")
        member_id = nm1.value("NM109") if isinstance(nm1, _Segment) else ""
        if not member_id:
            where = nm1.where if isinstance(nm1, _Segment) else draft.start.where
            self.problems.add(where, "NM109 subscriber member id (NM1*IL)", "missing")
        payer_name = payer.value("NM103") if isinstance(payer, _Segment) else ""
        payer_id = payer.value("NM109") if isinstance(payer, _Segment) else ""
        if not payer_name:
            where = payer.where if isinstance(payer, _Segment) else draft.start.where
            self.problems.add(where, "NM103 payer name (NM1*PR)", "missing")
        return member_id, payer_name, payer_id

    def _demographics(self, dmg: object) -> tuple[date | None, str]:
        if not isinstance(dmg, _Segment):
            return None, ""
        birth_date = self.values.date(dmg, "DMG02", "birth date") if dmg.value("DMG02") else None
        sex = dmg.value("DMG03")
        if sex and sex not in ("F", "M", "U"):
            self.problems.add(dmg.where, "DMG03 sex", "expected F, M or U")
            sex = ""
        return birth_date, sex

    def _line(self, line: _LineDraft, diagnosis_count: int) -> Line | None:
        fields = line.fields
        service = fields.get("segment")
        if not isinstance(service, _Segment):
            self.problems.add(line.start.where, "SV1/SV2 service", "the line has no service")
            return None
        number_text = line.start.value("LX01")
        if not number_text.isdigit():
            self.problems.add(line.start.where, "LX01 line number", "expected a number")
            return None
        pointers = fields.get("diagnosis_pointers", ())
        assert isinstance(pointers, tuple)
        for pointer in pointers:
            if pointer > diagnosis_count:
                self.problems.add(
                    service.where,
                    "SV107 diagnosis pointer",
                    f"points at diagnosis {pointer}; the claim has {diagnosis_count}",
                )
        billed = fields.get("billed")
        if not isinstance(billed, Decimal):
            return None
        if billed < 0:
            self.problems.add(service.where, "line charge", "a charge cannot be negative")
        rendering = fields.get("rendering_provider")
        ndc_quantity = fields.get("ndc_quantity")
        service_from, service_to = fields.get("service_from"), fields.get("service_to")
        return Line(
            number=int(number_text),
            procedure_code=str(fields.get("procedure_code", "")),
            modifiers=tuple(fields.get("modifiers", ())),  # type: ignore[arg-type]
            units=fields["units"],  # type: ignore[arg-type]
            billed=billed,
            service_from=service_from if isinstance(service_from, date) else None,
            service_to=service_to if isinstance(service_to, date) else None,
            place_of_service=str(fields.get("place_of_service", "")),
            revenue_code=str(fields.get("revenue_code", "")),
            diagnosis_pointers=pointers,
            ndc=str(fields.get("ndc", "")),
            ndc_quantity=ndc_quantity if isinstance(ndc_quantity, Decimal) else None,
            ndc_unit=str(fields.get("ndc_unit", "")),
            rendering_provider=rendering if isinstance(rendering, Provider) else None,
        )


# --- 835: adjudicated claims -----------------------------------------------------------------


class _Remittance:
    """One 835 transaction set (ST..SE) to adjudicated claims."""

    def __init__(self, segments: list[_Segment], problems: Problems) -> None:
        self.segments = segments
        self.values = _Values(problems)
        self.problems = problems

    def claims(self) -> list[Claim]:
        payer_name = payer_id = ""
        payer_segment: _Segment | None = None
        payee = Provider()
        drafts: list[_Draft] = []
        draft: _Draft | None = None
        line: _LineDraft | None = None
        for segment in self.segments[1:]:
            seg_id, loop = segment.seg_id, segment.loop
            if loop == "1000A":
                if seg_id == "N1":
                    payer_segment = segment
                    payer_name = segment.value("N102")
                    if segment.value("N103") == "XV":
                        payer_id = segment.value("N104")
                elif seg_id == "REF" and segment.value("REF01") == "2U" and not payer_id:
                    payer_id = segment.value("REF02")
            elif loop == "1000B" and seg_id == "N1":
                npi = segment.value("N104") if segment.value("N103") == "XX" else ""
                payee = Provider(npi=npi, name=segment.value("N102"))
            elif seg_id == "CLP":
                draft, line = _Draft(segment), None
                drafts.append(draft)
            elif draft is not None and loop == "2100":
                self._claim_segment(draft, segment)
            elif draft is not None and seg_id == "SVC":
                line = _LineDraft(segment)
                draft.lines.append(line)
            elif line is not None and loop == "2110":
                self._line_segment(line, segment)
        if not payer_name:
            where = payer_segment.where if payer_segment else self.segments[0].where
            self.problems.add(where, "N102 payer name (N1*PR)", "missing")
        if not drafts:
            self.problems.add(
                self.segments[0].where, "CLP", "the remittance holds no claim (CLP segment)"
            )
        claims = []
        for draft in drafts:
            claim = self._claim(draft, payer_name, payer_id, payee)
            if claim is not None:
                claims.append(claim)
        return claims

    def _adjustments(self, segment: _Segment) -> list[Adjustment]:
        group = segment.value("CAS01")
        if group not in _CAS_GROUPS:
            self.problems.add(
                segment.where, "CAS01 adjustment group", "expected CO, CR, OA, PI or PR"
            )
            return []
        adjustments = []
        for reason_position in range(2, 20, 3):
            reason = segment.value(f"CAS{reason_position:02d}")
            if not reason:
                continue
            amount_ref = f"CAS{reason_position + 1:02d}"
            amount = self.values.amount(segment, amount_ref, "adjustment amount")
            if amount is not None:
                adjustments.append(Adjustment(group=group, reason=reason, amount=amount))
        return adjustments

    def _claim_segment(self, draft: _Draft, segment: _Segment) -> None:
        seg_id, fields = segment.seg_id, draft.fields
        if seg_id == "CAS":
            adjustments = fields.setdefault("adjustments", [])
            assert isinstance(adjustments, list)
            adjustments.extend(self._adjustments(segment))
        elif seg_id == "NM1" and segment.value("NM101") in ("QC", "IL"):
            fields[f"nm1_{segment.value('NM101')}"] = segment
        elif seg_id == "NM1" and segment.value("NM101") == "82":
            _check_npi(segment, self.values)
            fields["rendering"] = _provider(segment)
        elif seg_id == "DTM" and segment.value("DTM01") in ("232", "233"):
            day = self.values.date(segment, "DTM02", "claim statement date")
            if day:
                fields[segment.value("DTM01")] = day
        elif seg_id == "MIA":
            fields["inpatient"] = True

    def _line_segment(self, line: _LineDraft, segment: _Segment) -> None:
        seg_id, fields = segment.seg_id, line.fields
        if seg_id == "CAS":
            line.adjustments.extend(self._adjustments(segment))
        elif seg_id == "AMT" and segment.value("AMT01") == "B6":
            fields["allowed"] = self.values.amount(segment, "AMT02", "allowed amount")
        elif seg_id == "DTM" and segment.value("DTM01") in ("472", "150", "151"):
            day = self.values.date(segment, "DTM02", "service date")
            qualifier = segment.value("DTM01")
            if day and qualifier in ("472", "150"):
                fields["service_from"] = day
            if day and qualifier in ("472", "151"):
                fields["service_to"] = day

    def _line(self, number: int, line: _LineDraft) -> Line | None:
        svc = line.start
        parts = svc.components("SVC01")
        qualifier = parts[0] if parts else ""
        code = parts[1] if len(parts) > 1 else ""
        if not code:
            self.problems.add(svc.where, "SVC01-2 adjudicated procedure code", "missing")
        billed = self.values.amount(svc, "SVC02", "line charge")
        paid = self.values.amount(svc, "SVC03", "line paid amount")
        units = self.values.units(svc, "SVC05", "units paid")
        if billed is None or paid is None or not code:
            return None
        revenue_code = code if qualifier == "NU" else svc.value("SVC04")
        procedure_code = "" if qualifier in ("NU", "N4") else code
        adjustments = line.adjustments
        service_from, service_to = line.fields.get("service_from"), line.fields.get("service_to")
        allowed = line.fields.get("allowed")
        return Line(
            number=number,
            procedure_code=procedure_code,
            modifiers=tuple(part for part in parts[2:6] if part),
            units=units,
            billed=billed,
            service_from=service_from if isinstance(service_from, date) else None,
            service_to=(service_to or service_from) if isinstance(service_from, date) else None,
            revenue_code=revenue_code,
            ndc=code.replace("-", "") if qualifier == "N4" else "",
            allowed=allowed if isinstance(allowed, Decimal) else None,
            paid=paid,
            deductible=_adjusted(adjustments, "PR", "1"),
            coinsurance=_adjusted(adjustments, "PR", "2"),
            copay=_adjusted(adjustments, "PR", "3"),
            other_payer_paid=_adjusted(adjustments, "OA", "23"),
            patient_responsibility=_adjusted(adjustments, "PR"),
            adjustments=tuple(adjustments),
        )

    def _claim(
        self, draft: _Draft, payer_name: str, payer_id: str, payee: Provider
    ) -> Claim | None:
        clp, fields, before = draft.start, draft.fields, len(self.problems.items)
        claim_number = clp.value("CLP01")
        if not claim_number:
            self.problems.add(clp.where, "CLP01 patient control number", "missing")
        status_code = clp.value("CLP02")
        status = _CLP_STATUS.get(status_code)
        if status is None:
            self.problems.add(clp.where, "CLP02 claim status", "not a known claim status code")
        billed = self.values.amount(clp, "CLP03", "total charge")
        paid = self.values.amount(clp, "CLP04", "payment amount")
        insured, patient = fields.get("nm1_IL"), fields.get("nm1_QC")
        member_segment = insured if isinstance(insured, _Segment) else patient
        member_id = member_segment.value("NM109") if isinstance(member_segment, _Segment) else ""
        if not member_id:
            where = member_segment.where if isinstance(member_segment, _Segment) else clp.where
            self.problems.add(where, "NM109 member id (NM1*IL or NM1*QC)", "missing")
        lines = [
            built
            for built in (self._line(n, line) for n, line in enumerate(draft.lines, start=1))
            if built is not None
        ]
        start, end = fields.get("232"), fields.get("233")
        dated = [line for line in lines if line.service_from]
        if not isinstance(start, date) and dated:
            start = min(line.service_from for line in dated if line.service_from)
            end = max(line.service_to or line.service_from for line in dated if line.service_from)
        if not isinstance(start, date):
            self.problems.add(
                clp.where, "DTM*232 claim statement date", "the claim has no date of service"
            )
        if len(self.problems.items) > before or billed is None or paid is None or status is None:
            return None
        assert isinstance(start, date)
        end = end if isinstance(end, date) else start
        claim_adjustments: list[Adjustment] = list(fields.get("adjustments", []))  # type: ignore[call-overload]
        every_adjustment = claim_adjustments + [a for line in lines for a in line.adjustments]
        patient_responsibility = _adjusted(every_adjustment, "PR")
        if status == ClaimStatus.PAID and lines:
            paid_lines = [line for line in lines if line.paid]
            if paid_lines and len(paid_lines) < len(lines):
                status = ClaimStatus.PARTIALLY_PAID
        institutional = (
            bool(fields.get("inpatient"))
            or any(line.revenue_code for line in lines)
            or clp.value("CLP06") == "MA"
        )
        facility_code, frequency = clp.value("CLP08"), clp.value("CLP09") or "1"
        rendering = fields.get("rendering")
        return Claim(
            claim_number=claim_number,
            kind=ClaimKind.INSTITUTIONAL if institutional else ClaimKind.PROFESSIONAL,
            member_id=member_id,
            payer_name=payer_name,
            payer_id=payer_id,
            service_from=start,
            service_to=end,
            payer_claim_number=clp.value("CLP07"),
            billing_provider=payee,
            rendering_provider=rendering if isinstance(rendering, Provider) else None,
            place_of_service="" if institutional else facility_code,
            bill_type=facility_code + frequency if institutional and facility_code else "",
            frequency=frequency,
            status=status,
            billed=billed,
            allowed=_sum(line.allowed for line in lines),
            paid=paid,
            patient_responsibility=patient_responsibility,
            adjustments=tuple(claim_adjustments),
            lines=tuple(lines),
            source="x12-835",
            source_location=f"CLP at segment {clp.position}",
        )


def _adjusted(adjustments: Iterable[Adjustment], group: str, reason: str = "") -> Decimal:
    """The sum of a group's adjustments (of one reason when given); zero when there are none."""
    return sum(
        (a.amount for a in adjustments if a.group == group and (not reason or a.reason == reason)),
        Decimal("0.00"),
    )
