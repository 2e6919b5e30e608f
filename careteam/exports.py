"""CSV exports that staff open in spreadsheet apps: every export writes through csv_writer.

Spreadsheet apps run a cell that starts with = + - @ (or a tab or carriage return before one)
as a formula, so a value someone else chose (a name, a header, a label) could run in the
reader's spreadsheet. Following OWASP's CSV injection guidance, such a text cell is written with
a leading apostrophe, which shows the text as it is. Numbers are written as numbers.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Protocol

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class _Writable(Protocol):
    def write(self, text: str, /) -> object: ...


def spreadsheet_safe(value: str) -> str:
    """The text with a leading apostrophe when a spreadsheet would run it as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


class SpreadsheetSafeWriter:
    """csv.writer whose text cells can never run as spreadsheet formulas."""

    def __init__(self, stream: _Writable) -> None:
        self._writer = csv.writer(stream)

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow(
            [spreadsheet_safe(cell) if isinstance(cell, str) else cell for cell in row]
        )

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(stream: _Writable) -> SpreadsheetSafeWriter:
    """The one way our exports write CSV (careteam.api.csv_writer for other apps)."""
    return SpreadsheetSafeWriter(stream)
