"""Importers: bytes from a standard file in (x12, fhir, csv), `claims.records.Claim` objects out.

claims.services.uploads picks the importer by the file's content.

Each format has a module with `parse(data, *, filename) -> list[Claim]` that either returns every
claim in the file or raises `ImportRejected` with every problem it found (all-or-nothing per file).
Parsers never touch the database; the store persists what they return.

What both formats share lives here: turning bytes into text and collecting problems. Problem
messages name the place and what is wrong, never the member's data (names, ids, amounts): they
reach logs and upload reports.
"""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal

from careteam import api as careteam_api
from claims.records import ImportRejected, Problem

CENT = Decimal("0.01")


class Problems:
    """Collects the problems of one file; the same element is reported once."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.items: list[Problem] = []
        self._seen: set[tuple[str, str]] = set()

    def add(self, location: str, field: str, message: str) -> None:
        # "CLM02 total charge" and "CLM02 Total Claim Charge Amount" are the same element: the
        # validator and our own checks must not report it twice.
        key = (location, field.split(" ", 1)[0])
        if key in self._seen:
            return
        self._seen.add(key)
        self.items.append(Problem(self.filename, location, field, message))

    def __bool__(self) -> bool:
        return bool(self.items)

    def reject_if_any(self) -> None:
        if self.items:
            raise ImportRejected(list(self.items))


def text_from_bytes(data: bytes, *, filename: str, expected: str) -> str:
    """Decode a text file, refusing empty files and binary content with a precise problem."""
    problems = Problems(filename)
    if not data.strip():
        problems.add("file", "content", f"the file is empty; expected {expected}")
        problems.reject_if_any()
    if data.startswith((b"PK\x03\x04", b"\x1f\x8b")):
        problems.add("file", "content", f"the file is a compressed archive; expected {expected}")
        problems.reject_if_any()
    nul = data.find(b"\x00")
    if nul >= 0:
        problems.add(f"byte {nul}", "content", f"binary data (a NUL byte); expected {expected}")
        problems.reject_if_any()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        problems.add(
            f"byte {error.start}", "content", f"not UTF-8 or ASCII text; expected {expected}"
        )
        problems.reject_if_any()
        raise  # unreachable: reject_if_any raised
    return text


def to_cents(amount: Decimal) -> Decimal:
    """Money to whole cents, half up (the way payers round)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


# JSON a claims file never needs, refused before json.loads (whose recursion and long-integer
# limits would otherwise end the request with a RecursionError or a misleading ValueError).
JSON_MAX_DEPTH = 100  # FHIR claims nest about ten levels
JSON_MAX_NUMBER_CHARS = 40  # money and quantities; Synthea's longest floats are ~20


def json_shape_problem(text: str) -> tuple[str, str] | None:
    """(where, what) when the JSON text nests deeper than JSON_MAX_DEPTH or holds a number
    longer than JSON_MAX_NUMBER_CHARS; None otherwise."""
    problem = careteam_api.json_shape_problem(
        text, max_depth=JSON_MAX_DEPTH, max_number_chars=JSON_MAX_NUMBER_CHARS
    )
    if problem is None:
        return None
    if problem.kind == "depth":
        return _where(text, problem.offset), (
            f"nested more than {JSON_MAX_DEPTH} levels deep: not a claims file"
        )
    return _where(text, problem.offset), (
        f"a number of {problem.size:,} characters; numbers longer than "
        f"{JSON_MAX_NUMBER_CHARS} are refused"
    )


def _where(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    return f"line {line} column {offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


def json_error_place(text: str, error: json.JSONDecodeError) -> tuple[str, str, str]:
    """(location, field, message) of a JSON syntax error: its line and column, and whether the
    file ends before the JSON does (a file cut short in transfer)."""
    message = f"not valid JSON: {error.msg}"
    if error.pos >= len(text.rstrip()):
        message += "; the file ends before the JSON does (cut short?)"
    return f"line {error.lineno} column {error.colno}", "JSON", message
