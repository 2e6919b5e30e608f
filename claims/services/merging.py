"""A file's claim meets the stored version: fingerprints (what makes two versions the same),
835 remittances filling their claim's adjudication, updates that keep what is known, and the
names of the fields an update changed."""

from __future__ import annotations

import dataclasses
import hashlib
import json
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


# --- The fingerprint ---------------------------------------------------------------------------
# Fingerprint 2: the digest of the JSON text of one nested tuple of plain values (str, int, bool,
# None, dates as ISO text), built with a getter per kind of field, so the work per line is a few
# calls in C.
# Amounts are written normalised (12.5 and 12.50 read the same, and so do 0 and -0), enums as
# their values, providers and adjustments as tuples of their fields, each distinct one once.
# Changing what this writes changes every stored digest: migration 0006 recomputed them from
# fingerprint 1 (claims/migrations/_fingerprint_v1.py); a change needs another such migration.

_FINGERPRINT_VERSION = "claim fingerprint 2"
_NOT_CONTENT = frozenset({"source_location", "received_at"})  # where it sat, when it came


class _Texts(dict[Any, Any]):
    """Each distinct value's plain form, made once (equal values share it: Decimal("12.5") and
    Decimal("12.50") are one key). Bounded: amounts are many."""

    def __init__(self, make: Any, *, seed: dict[Any, Any]) -> None:
        super().__init__(seed)
        self.make = make

    def __missing__(self, key: Any) -> Any:
        value = self.make(key)
        if len(self) < 200_000:
            self[key] = value
        return value


def _number(value: object) -> object:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value else "0"
    if isinstance(value, int) and not isinstance(value, bool):
        return _number(Decimal(value))
    return value


_NUMBERS = _Texts(_number, seed={None: None})
_PROVIDERS = _Texts(lambda provider: _record_plain(provider), seed={None: None})
_ADJUSTMENTS = _Texts(lambda adjustment: _record_plain(adjustment), seed={})


def _as_is(names: tuple[str, ...]) -> Any:
    """A getter of these fields' values as one tuple (whatever their count)."""
    if not names:
        return lambda record: ()
    if len(names) == 1:
        getter = operator.attrgetter(names[0])
        return lambda record: (getter(record),)
    return operator.attrgetter(*names)


def _amounts(value: tuple[tuple[str, Decimal], ...]) -> tuple[tuple[str, object], ...]:
    return tuple([(name, _NUMBERS[amount]) for name, amount in value]) if value else ()


# Adjustment lists by identity (readers hand one list to every line with the same adjustments;
# each entry holds its list, so an id is never reused while its entry stands).
_ADJUSTMENT_LISTS: dict[int, tuple[object, tuple[object, ...]]] = {}


def _adjustments(value: tuple[records.Adjustment, ...]) -> tuple[object, ...]:
    if not value:
        return ()
    entry = _ADJUSTMENT_LISTS.get(id(value))
    if entry is not None and entry[0] is value:
        return entry[1]
    plain = tuple(map(_ADJUSTMENTS.__getitem__, value))
    if len(_ADJUSTMENT_LISTS) >= 100_000:
        _ADJUSTMENT_LISTS.clear()
    _ADJUSTMENT_LISTS[id(value)] = (value, plain)
    return plain


# How each field of the records is written, by its annotation. A field of a type not named here
# stops the import of this module: decide how it is written (and migrate the stored digests).
_AS_IS_TYPES = frozenset({
    "str", "int", "bool", "date", "date | None", "tuple[str, ...]", "tuple[int, ...]",
})  # fmt: skip
_ENUM_TYPES = frozenset({"ClaimKind", "ClaimStatus", "Network"})
_NUMBER_TYPES = frozenset({"Decimal", "Decimal | None"})
_PROVIDER_TYPES = frozenset({"Provider", "Provider | None"})
_OTHER_TYPES = {
    "tuple[tuple[str, Decimal], ...]": "amounts",
    "tuple[Adjustment, ...]": "adjustments",
    "tuple[Line, ...]": "lines",
}


def _plan(kind: type) -> Any:
    """The function that writes a record of this class as its plain tuple."""
    groups: dict[str, list[str]] = {"as_is": [], "enum": [], "number": [], "provider": []}
    others: list[tuple[str, str]] = []
    for field in dataclasses.fields(kind):
        if field.name in _NOT_CONTENT:
            continue
        annotation = str(field.type)
        if annotation in _AS_IS_TYPES:
            groups["as_is"].append(field.name)
        elif annotation in _ENUM_TYPES:
            groups["enum"].append(field.name)
        elif annotation in _NUMBER_TYPES:
            groups["number"].append(field.name)
        elif annotation in _PROVIDER_TYPES:
            groups["provider"].append(field.name)
        elif annotation in _OTHER_TYPES:
            others.append((field.name, _OTHER_TYPES[annotation]))
        else:
            raise TypeError(
                f"the fingerprint does not know how to write {kind.__name__}.{field.name}"
            )
    as_is, enums, numbers, providers = (_as_is(tuple(names)) for names in groups.values())
    writers: dict[str, Any] = {
        "amounts": _amounts,
        "adjustments": _adjustments,
        "lines": lambda value: tuple(map(_line_plain, value)),
    }
    rest = [(operator.attrgetter(name), writers[how]) for name, how in others]
    numbers_of, providers_of = _NUMBERS.__getitem__, _PROVIDERS.__getitem__

    def plain(record: object) -> tuple[object, ...]:
        return (
            as_is(record),
            tuple(map(str, enums(record))),
            tuple(map(numbers_of, numbers(record))),
            tuple(map(providers_of, providers(record))),
            *[write(get(record)) for get, write in rest],
        )

    return plain


_PLANS: dict[type, Any] = {}


def _record_plain(record: object) -> tuple[object, ...]:
    kind = type(record)
    plan = _PLANS.get(kind)
    if plan is None:
        plan = _PLANS[kind] = _plan(kind)
    return plan(record)


def fingerprint(claim: records.Claim) -> str:
    """What makes two versions of a claim the same: everything but where it sat in its file
    and when it came (amounts compared as numbers)."""
    text = _ENCODER.encode((_FINGERPRINT_VERSION, _claim_plain(claim)))
    return hashlib.sha256(text.encode()).hexdigest()


def _json_default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"the fingerprint does not write {type(value).__name__} values")


_ENCODER = json.JSONEncoder(
    default=_json_default, check_circular=False, ensure_ascii=False, separators=(",", ":")
)


_claim_plain = _plan(records.Claim)
_line_plain = _plan(records.Line)


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
