"""The claim fingerprint as it was before fingerprint 2 (claims/services/merging.py), kept
frozen for migration 0006, which recomputes the digests stored claims carry: the digest of the
repr of every field of the record (nested as tuples of name and value, amounts normalised),
but where it sat in its file and when it came. Not used by the import any more; never change
it (stored digests were made by exactly this code)."""

from __future__ import annotations

import dataclasses
import hashlib
import operator
from datetime import date
from decimal import Decimal
from typing import Any

from claims import records

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
