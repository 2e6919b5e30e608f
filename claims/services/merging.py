"""A file's claim meets the stored version: fingerprints (what makes two versions the same),
835 remittances filling their claim's adjudication, updates that keep what is known, and the
names of the fields an update changed."""

from __future__ import annotations

import dataclasses
import hashlib
import operator
from datetime import date
from decimal import Decimal
from typing import Any

from claims import records
from claims.records import ImportRejected, Problem

_AS_IS = frozenset({str, int, bool, float, type(None)})
# Per record class: its name, its field names, and a getter of all their values at once.
_SHAPES: dict[type, tuple[str, tuple[str, ...], operator.attrgetter[Any]]] = {}
_DECIMAL_TEXT: dict[Decimal, str] = {}  # amounts recur: each one normalised once


def _shape(kind: type) -> tuple[str, tuple[str, ...], operator.attrgetter[Any]]:
    shape = _SHAPES.get(kind)
    if shape is None:
        names = tuple(field.name for field in dataclasses.fields(kind))
        shape = _SHAPES[kind] = (kind.__name__, names, operator.attrgetter(*names))
    return shape


def _decimal_text(value: Decimal) -> str:
    text = _DECIMAL_TEXT.get(value)
    if text is None:
        text = format(value.normalize(), "f")
        # Not zero: 0 and -0 are one key but two texts. Bounded: amounts are many.
        if value and len(_DECIMAL_TEXT) < 200_000:
            _DECIMAL_TEXT[value] = text
    return text


def _plain(value: object) -> object:
    """A canonical, hashable form of a record: equal amounts hash equally (12.5 == 12.50)."""
    kind = type(value)
    # Plain strings, numbers and None first: most of a record, and the same either way.
    if kind in _AS_IS:
        return value
    convert = _CONVERTERS.get(kind)
    if convert is None:
        convert = _CONVERTERS[kind] = _converter(kind)
    return convert(value)


def _converter(kind: type) -> Any:
    """How _plain writes values of this type (which depends on the type alone)."""
    if kind is Decimal:
        return _decimal_text
    if kind is tuple:
        return _shared(_plain_tuple)
    if dataclasses.is_dataclass(kind):
        # A claim and its lines are each one of a kind; providers and the like are shared
        # (frozen: what an object reads as never changes).
        frozen = kind.__dataclass_params__.frozen  # type: ignore[attr-defined]
        return _shared(_plain_record) if frozen and kind not in _UNSHARED else _plain_record
    if issubclass(kind, Decimal):
        return lambda value: format(value.normalize(), "f")
    if issubclass(kind, tuple):
        return lambda value: tuple([_plain(item) for item in value])
    if issubclass(kind, date):
        return lambda value: value.isoformat()
    if issubclass(kind, str):
        return str
    return lambda value: value


def _plain_tuple(value: tuple[object, ...]) -> tuple[object, ...]:
    return tuple([item if type(item) in _AS_IS else _plain(item) for item in value])


def _plain_record(value: object) -> object:
    name, names, values = _shape(type(value))
    return (
        name,
        tuple(
            zip(
                names,
                [item if type(item) in _AS_IS else _plain(item) for item in values(value)],
                strict=True,
            )
        ),
    )


# The plain form of the values readers share between records (a provider, an adjustment list,
# a modifier list: one object on many lines), by identity; each entry holds its object, so an
# id is never reused while its entry stands. Bounded: cleared when full.
_SHARED: dict[int, tuple[object, object]] = {}
_SHARED_LIMIT = 100_000
_UNSHARED = frozenset({records.Claim, records.Line})
_CONVERTERS: dict[type, Any] = {}


def _shared(convert: Any) -> Any:
    def plain(value: object) -> object:
        entry = _SHARED.get(id(value))
        if entry is not None and entry[0] is value:
            return entry[1]
        result = convert(value)
        if len(_SHARED) >= _SHARED_LIMIT:
            _SHARED.clear()
        _SHARED[id(value)] = (value, result)
        return result

    return plain


_UNHASHED = {"source_location": "", "received_at": None}  # where it sat, when it came


def fingerprint(claim: records.Claim) -> str:
    """What makes two versions of a claim the same: everything but where it sat in its file."""
    # The digest of repr(_plain(dataclasses.replace(claim, source_location="", received_at=
    # None))), the text built without that copy or the tuples (repr of nested tuples cost
    # more than making them).
    return hashlib.sha256(_claim_text(claim).encode()).hexdigest()


def _claim_text(claim: records.Claim) -> str:
    head, prefixes, values = _record_shape(type(claim))
    return _record_text(
        head,
        [
            prefix + (repr(_UNHASHED[field]) if field in _UNHASHED else _text(item)) + ")"
            for prefix, field, item in zip(
                prefixes, _shape(type(claim))[1], values(claim), strict=True
            )
        ],
    )


def _text(value: object) -> str:
    """repr(_plain(value)), written directly."""
    kind = type(value)
    if kind in _AS_IS:
        return repr(value)
    write = _WRITERS.get(kind)
    if write is None:
        write = _WRITERS[kind] = _writer(kind)
    return write(value)


def _writer(kind: type) -> Any:
    """How _text writes values of this type: as _converter, then repr."""
    if kind is Decimal:
        return _decimal_repr
    if kind is tuple:
        return _shared_text(_tuple_of_texts)
    if dataclasses.is_dataclass(kind):
        frozen = kind.__dataclass_params__.frozen  # type: ignore[attr-defined]
        return (
            _shared_text(_record_of_texts) if frozen and kind not in _UNSHARED else _record_of_texts
        )
    convert = _converter(kind)
    return lambda value: repr(convert(value))


_DECIMAL_REPR: dict[Decimal, str] = {}


def _decimal_repr(value: Decimal) -> str:
    text = _DECIMAL_REPR.get(value)
    if text is None:
        text = repr(_decimal_text(value))
        # Not zero: 0 and -0 are one key but two texts. Bounded: amounts are many.
        if value and len(_DECIMAL_REPR) < 200_000:
            _DECIMAL_REPR[value] = text
    return text


def _tuple_text(items: list[str]) -> str:
    """repr of a tuple whose items' reprs these are."""
    return f"({items[0]},)" if len(items) == 1 else "(" + ", ".join(items) + ")"


def _tuple_of_texts(value: tuple[object, ...]) -> str:
    return _tuple_text([repr(item) if type(item) in _AS_IS else _text(item) for item in value])


# Per record class: the text before its fields, each field's own start, its values' getter.
_RECORD_SHAPES: dict[type, tuple[str, tuple[str, ...], operator.attrgetter[Any]]] = {}


def _record_shape(kind: type) -> tuple[str, tuple[str, ...], operator.attrgetter[Any]]:
    shape = _RECORD_SHAPES.get(kind)
    if shape is None:
        name, names, values = _shape(kind)
        shape = _RECORD_SHAPES[kind] = (
            f"({name!r}, ",
            tuple(f"({field!r}, " for field in names),
            values,
        )
    return shape


def _record_text(head: str, fields: list[str]) -> str:
    return head + _tuple_text(fields) + ")"


def _record_of_texts(value: object) -> str:
    head, prefixes, values = _record_shape(type(value))
    fields = []
    # _text inlined for the commonest kinds: a line has some twenty values.
    for prefix, item in zip(prefixes, values(value), strict=True):
        kind = type(item)
        if kind in _AS_IS:
            text = repr(item)
        elif kind is Decimal:
            text = _DECIMAL_REPR.get(item) or _decimal_repr(item)
        elif kind is tuple and not item:
            text = "()"
        else:
            text = _text(item)
        fields.append(prefix + text + ")")
    return _record_text(head, fields)


_SHARED_TEXT: dict[int, tuple[object, str]] = {}
_WRITERS: dict[type, Any] = {}


def _shared_text(write: Any) -> Any:
    """_shared for the texts: a shared value's text, written once."""

    def text(value: object) -> str:
        entry = _SHARED_TEXT.get(id(value))
        if entry is not None and entry[0] is value:
            return entry[1]
        result: str = write(value)
        if len(_SHARED_TEXT) >= _SHARED_LIMIT:
            _SHARED_TEXT.clear()
        _SHARED_TEXT[id(value)] = (value, result)
        return result

    return text


def _pays(paid: records.Line, line: records.Line) -> bool:
    """Whether a remittance line pays this claim line: same code, and same date when both say."""
    same_day = paid.service_from is None or line.service_from in {None, paid.service_from}
    return paid.procedure_code == line.procedure_code and same_day


# What a remittance line says of a claim line (an 835 has no other amounts of a line).
_LINE_ADJUDICATION = (
    "allowed", "paid", "deductible", "copay", "coinsurance", "other_payer_paid",
    "patient_responsibility", "adjustments",
)  # fmt: skip


def _adjudicated_as(line: records.Line, paid: records.Line) -> records.Line:
    """The line with the adjudication `paid` states for it."""
    return dataclasses.replace(line, **{name: getattr(paid, name) for name in _LINE_ADJUDICATION})


def merge_remittance(claim: records.Claim, remittance: records.Claim, file: str) -> records.Claim:
    """An 835 for a stored claim fills its adjudication: status, amounts and adjustments."""
    unmatched = list(claim.lines)
    merged_lines = {line.number: line for line in claim.lines}
    for paid_line in remittance.lines:
        match = next((line for line in unmatched if _pays(paid_line, line)), None)
        if match is None:
            where = remittance.source_location or remittance.claim_number
            message = (
                f"paid code {paid_line.procedure_code or '(none)'} matches no line of "
                f"claim {claim.claim_number}"
            )
            raise ImportRejected(
                [Problem(file, where, f"line {paid_line.number} procedure", message)]
            )
        unmatched.remove(match)
        merged_lines[match.number] = _adjudicated_as(match, paid_line)
    return dataclasses.replace(
        claim,
        status=remittance.status,
        payer_claim_number=remittance.payer_claim_number or claim.payer_claim_number,
        allowed=remittance.allowed,
        paid=remittance.paid,
        patient_responsibility=remittance.patient_responsibility,
        adjustments=remittance.adjustments,
        lines=tuple(merged_lines[number] for number in sorted(merged_lines)),
    )


def keep_adjudication(stored: records.Claim, incoming: records.Claim) -> records.Claim:
    """The original claim (837) arriving after its remittance keeps what the 835 said."""
    if incoming.status != records.ClaimStatus.SUBMITTED or incoming.frequency != "1":
        return incoming
    if stored.status == records.ClaimStatus.SUBMITTED:
        return incoming
    paid = {(line.procedure_code, line.service_from): line for line in stored.lines}
    lines = []
    for line in incoming.lines:
        old = paid.pop((line.procedure_code, line.service_from), None)
        if old is not None and line.allowed is None:
            line = _adjudicated_as(line, old)
        lines.append(line)
    return dataclasses.replace(
        incoming,
        status=stored.status,
        allowed=stored.allowed,
        paid=stored.paid,
        patient_responsibility=stored.patient_responsibility,
        adjustments=stored.adjustments,
        payer_claim_number=incoming.payer_claim_number or stored.payer_claim_number,
        lines=tuple(lines),
    )


_KEPT_CLAIM_AMOUNTS = ("allowed", "paid", "patient_responsibility", *records.CLAIM_AMOUNTS)


def keep_known_amounts(stored: records.Claim, incoming: records.Claim) -> records.Claim:
    """An update never erases an amount the stored claim knows with one the file leaves out.

    An amount the file does not state (None) keeps the stored one, on the claim and on each
    line of the same number and code. A file with no amounts at all (CARIN's non-financial
    EOB profiles) also keeps the stored billed amounts, other amounts, adjustments and status
    (unless it cancels the claim).
    """
    if stored.status == records.ClaimStatus.SUBMITTED and not _has_amounts(stored):
        return incoming
    kept: dict[str, Any] = {
        name: getattr(stored, name)
        for name in _KEPT_CLAIM_AMOUNTS
        if getattr(incoming, name) is None and getattr(stored, name) is not None
    }
    if not incoming.financial:
        kept.update(billed=stored.billed, financial=True)
        if not incoming.other_amounts:
            kept["other_amounts"] = stored.other_amounts
        if not incoming.adjustments:
            kept["adjustments"] = stored.adjustments
        if incoming.status != records.ClaimStatus.REVERSED:
            kept["status"] = stored.status
    old_lines = {line.number: line for line in stored.lines}
    lines = []
    for line in incoming.lines:
        old = old_lines.get(line.number)
        if old is None or old.procedure_code != line.procedure_code:
            lines.append(line)
            continue
        carried: dict[str, Any] = {
            name: getattr(old, name)
            for name in records.LINE_AMOUNTS
            if getattr(line, name) is None and getattr(old, name) is not None
        }
        if not incoming.financial:
            carried["billed"] = old.billed
            if not line.other_amounts:
                carried["other_amounts"] = old.other_amounts
            if not line.adjustments:
                carried["adjustments"] = old.adjustments
        lines.append(dataclasses.replace(line, **carried) if carried else line)
    return dataclasses.replace(incoming, **kept, lines=tuple(lines))


def _has_amounts(claim: records.Claim) -> bool:
    return bool(claim.billed) or any(
        getattr(claim, name) is not None for name in _KEPT_CLAIM_AMOUNTS
    )


# What the import report compares between a stored claim and its update: everything but where
# it sat in the file and how the importer read it.
_UNCOMPARED = {"lines", "source_location", "notes", "financial", "adjudicated_on", "received_at"}
_UNCOMPARED_LINE = {"number", "notes"}
MAX_REPORTED_CHANGES = 40


def claim_changes(before: records.Claim, after: records.Claim) -> list[str]:
    """The fields an update changed ("status", "paid", "line 2 allowed", "line 3 added"):
    names only, never values, so that the report can be shown and logged."""
    changed = [
        field.name
        for field in dataclasses.fields(records.Claim)
        if field.name not in _UNCOMPARED
        and _plain(getattr(before, field.name)) != _plain(getattr(after, field.name))
    ]
    old_lines = {line.number: line for line in before.lines}
    new_lines = {line.number: line for line in after.lines}
    for number in sorted(old_lines.keys() | new_lines.keys()):
        old, new = old_lines.get(number), new_lines.get(number)
        if old is None:
            changed.append(f"line {number} added")
        elif new is None:
            changed.append(f"line {number} removed")
        else:
            changed += [
                f"line {number} {field.name}"
                for field in dataclasses.fields(records.Line)
                if field.name not in _UNCOMPARED_LINE
                and _plain(getattr(old, field.name)) != _plain(getattr(new, field.name))
            ]
    if len(changed) > MAX_REPORTED_CHANGES:
        more = len(changed) - MAX_REPORTED_CHANGES
        changed = [*changed[:MAX_REPORTED_CHANGES], f"and {more} more"]
    return changed
