"""The console's own CSV claim format: one row per claim line, claim columns repeated.

Rows with the same (payer, claim number) are the lines of one claim, in file order. Every
column is documented in the README ("Claims CSV format"); claims/samples/claims_sample.csv is
an example. Errors name the row as a spreadsheet does (the header is row 1), the column and
what is wrong; all of them are collected before the file is rejected.
"""

from __future__ import annotations

import csv
import io
import operator
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from claims.records import (
    Adjustment,
    Claim,
    ClaimKind,
    ClaimStatus,
    ImportRejected,
    Line,
    Network,
    Problem,
    Provider,
)

CLAIM_COLUMNS = (
    "claim_number",
    "kind",
    "member_id",
    "payer_name",
    "payer_id",
    "payer_claim_number",
    "status",
    "frequency",
    "service_from",
    "service_to",
    "billing_npi",
    "billing_name",
    "billing_network",
    "billing_taxonomy",
    "rendering_npi",
    "rendering_name",
    "rendering_network",
    "rendering_taxonomy",
    "facility_npi",
    "facility_name",
    "facility_network",
    "facility_taxonomy",
    "place_of_service",
    "bill_type",
    "admission_type",
    "emergency",
    "diagnosis_codes",
    "diagnosis_code_system",
    "claim_billed",
    "patient_birth_date",
    "patient_sex",
    "adjudicated_on",
)
LINE_COLUMNS = (
    "line_number",
    "procedure_code",
    "modifiers",
    "units",
    "billed",
    "line_service_from",
    "line_service_to",
    "line_place_of_service",
    "revenue_code",
    "diagnosis_pointers",
    "ndc",
    "ndc_quantity",
    "ndc_unit",
    "line_rendering_npi",
    "line_rendering_name",
    "line_rendering_network",
    "line_rendering_taxonomy",
    "allowed",
    "paid",
    "deductible",
    "copay",
    "coinsurance",
    "other_payer_paid",
    "patient_responsibility",
    "adjustments",
)
COLUMNS = CLAIM_COLUMNS + LINE_COLUMNS
REQUIRED = ("claim_number", "member_id", "payer_name", "service_from", "billing_name", "billed")
MAX_PROBLEMS = 200

_CLAIM_NUMBER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,79}$")
_MEMBER_ID = re.compile(r"^[A-Za-z0-9-]{1,32}$")
_PROCEDURE = re.compile(r"^[A-Z0-9]{5}$")
_MODIFIER = re.compile(r"^[A-Z0-9]{2}$")
_ICD10 = re.compile(r"^[A-Z][0-9][0-9A-Z]{1,5}$")
_ICD9 = re.compile(r"^(?:[0-9]{3,5}|V[0-9]{2,4}|E[0-9]{3,4})$")
_MONEY = re.compile(r"^-?\d{1,10}(\.\d{1,2})?$")
_QUANTITY = re.compile(r"^\d{1,9}(\.\d{1,3})?$")
_ADJUSTMENT = re.compile(r"^(CO|PR|OA|PI|CR)-([A-Z0-9]{1,5}):(-?\d{1,10}(?:\.\d{1,2})?)$")
_TAXONOMY = re.compile(r"^[0-9]{3}[0-9A-Z]{6}X$")
_TWO_DIGITS = re.compile(r"^\d{2}$")
_ONE_DIGIT = re.compile(r"^\d$")
_BILL_TYPE = re.compile(r"^0?\d{3}$")
_REVENUE = re.compile(r"^\d{3,4}$")
_TRUE = {"y", "yes", "true", "1"}
_FALSE = {"", "n", "no", "false", "0"}
_SEX = {"F", "M", "U"}
_NDC_UNITS = {"UN", "ML", "GR", "F2", "ME"}
# The choices of each choice column, built once rather than on every cell.
_KINDS = {kind.value: kind for kind in ClaimKind}
_STATUSES = {status.value: status for status in ClaimStatus}
_NETWORKS = {network.value: network for network in Network}
_FREQUENCIES = {"1": "1", "7": "7", "8": "8"}
_CODE_SYSTEMS = {"icd10cm": "icd10cm", "icd9cm": "icd9cm"}
_NDC_UNIT_CHOICES = {unit: unit for unit in _NDC_UNITS}
_SEX_CHOICES = {sex: sex for sex in _SEX}


def parse(data: bytes, *, filename: str) -> list[Claim]:
    """Read a claims CSV; raise ImportRejected with every problem found, or return the claims."""
    return _Reader(filename).read(data)


def npi_is_valid(npi: str) -> bool:
    """An NPI is 10 digits whose last is a Luhn check digit over "80840" + the first nine."""
    if not re.fullmatch(r"\d{10}", npi):
        return False
    digits = [int(char) for char in "80840" + npi[:9]]
    total = 0
    for index, digit in enumerate(reversed(digits)):
        if index % 2 == 0:
            digit *= 2
            digit -= 9 if digit > 9 else 0
        total += digit
    return (10 - total % 10) % 10 == int(npi[9])


def npi_with_check_digit(base: str) -> str:
    """The valid NPI that starts with these nine digits (made-up providers for demos, tests and
    the bench: the importers refuse an NPI whose check digit does not fit)."""
    if not re.fullmatch(r"\d{9}", base):
        raise ValueError(f"an NPI check digit follows nine digits, not {base!r}")
    return next(base + digit for digit in "0123456789" if npi_is_valid(base + digit))


def normalize_ndc(value: str) -> str | None:
    """An NDC as 11 digits: 11 digits as they are, or a dashed 10-digit (4-4-2, 5-3-2, 5-4-1)
    or 11-digit (5-4-2) form padded to 5-4-2. None when it is neither."""
    text = value.strip()
    if re.fullmatch(r"\d{11}", text):
        return text
    parts = text.split("-")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        return None
    lengths = tuple(len(part) for part in parts)
    if lengths not in {(4, 4, 2), (5, 3, 2), (5, 4, 1), (5, 4, 2)}:
        return None
    return parts[0].zfill(5) + parts[1].zfill(4) + parts[2].zfill(2)


class _Row:
    """One row: its cells by position (stripped; the header's width, then "" and "\0" for
    the columns the file leaves out), and by name when the careful reading asks."""

    __slots__ = ("_cells", "header", "number", "values")

    def __init__(self, number: int, values: list[str], header: list[str]) -> None:
        self.number = number  # as a spreadsheet counts: the header is row 1
        self.values = values
        self.header = header
        self._cells: dict[str, str] | None = None

    @property
    def cells(self) -> dict[str, str]:
        if self._cells is None:
            self._cells = dict(zip(self.header, self.values, strict=False))
        return self._cells


@dataclass
class _Group:
    rows: list[_Row] = field(default_factory=list)


_MISSING = object()  # a cell text not read before: the careful reading decides


class _Reader:
    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.problems: list[Problem] = []
        self.more = 0
        # Cells already read without a problem, by their text: the same amounts, dates,
        # adjustments and providers recur across a file's rows, and each is parsed once.
        self.amounts: dict[str, tuple[Decimal, bool]] = {}
        self.days: dict[str, date] = {}
        self.quantities: dict[str, Decimal] = {}
        self.adjustments: dict[str, tuple[Adjustment, ...]] = {}
        self.providers: dict[tuple[str, ...], Provider | None] = {}
        self.claim_columns: tuple[str, ...] = ()
        self.positions: dict[str, int] = {}
        # Per line column, each distinct text read without a problem and what it reads as.
        self.line_memos: list[dict[str, object]] = []
        self.line_cells: operator.itemgetter[Any] | None = None
        self.claim_cells: operator.itemgetter[Any] = operator.itemgetter(0, 0)
        # Per provider prefix, the getter of its four cells as the providers' cache keys them.
        self.provider_cells: dict[str, operator.itemgetter[Any]] = {}

    def problem(self, row: int, column: str, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(self.filename, f"row {row}", column, message))
        else:
            self.more += 1

    def reject(self) -> ImportRejected:
        problems = list(self.problems)
        if self.more:
            problems.append(
                Problem(self.filename, "file", "", f"and {self.more} more problem(s) not listed")
            )
        return ImportRejected(problems)

    # --- the file ---------------------------------------------------------------------------

    def read(self, data: bytes) -> list[Claim]:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ImportRejected(
                [Problem(self.filename, f"byte {error.start}", "", "the file is not UTF-8 text")]
            ) from None
        try:
            records = list(csv.reader(io.StringIO(text, newline=""), strict=True))
        except csv.Error as error:
            raise ImportRejected(
                [Problem(self.filename, "file", "", f"not a readable CSV file ({error})")]
            ) from None
        if not records or not any(cell.strip() for cell in records[0]):
            raise ImportRejected([Problem(self.filename, "row 1", "", "the file has no header")])
        header = [cell.strip().lower() for cell in records[0]]
        self._check_header(header)
        if self.problems:
            raise self.reject()
        self.claim_columns = tuple(name for name in CLAIM_COLUMNS if name in header)
        width = len(header)
        # A column the file leaves out reads as "" (or "\0", the provider cache's "absent").
        self.positions = {name: header.index(name) if name in header else width for name in COLUMNS}
        self._prepare_lines(header)
        position = self.positions
        payer_id, payer_name = position["payer_id"], position["payer_name"]
        number_at = position["claim_number"]
        strip = str.strip
        groups: dict[tuple[str, str], _Group] = {}
        for index, record in enumerate(records[1:], start=2):
            values = list(map(strip, record))
            if not any(values):
                continue
            if len(values) != width:
                self.problem(index, "", f"has {len(values)} cells; the header has {width}")
                continue
            values += ("", "\0")
            key = (values[payer_id] or values[payer_name], values[number_at])
            group = groups.get(key)
            if group is None:
                group = groups[key] = _Group()
            group.rows.append(_Row(index, values, header))
        if not groups and not self.problems:
            raise ImportRejected([Problem(self.filename, "row 2", "", "the file has no claims")])
        claims = [claim for group in groups.values() if (claim := self._claim(group)) is not None]
        if self.problems:
            raise self.reject()
        return claims

    def _check_header(self, header: list[str]) -> None:
        seen: set[str] = set()
        for name in header:
            if name not in COLUMNS:
                self.problem(1, name, "unknown column (see the README for the columns)")
            if name in seen:
                self.problem(1, name, "column appears twice")
            seen.add(name)
        for name in REQUIRED:
            if name not in seen:
                self.problem(1, name, "required column is missing")
        if "procedure_code" not in seen and "revenue_code" not in seen:
            self.problem(1, "procedure_code", "a procedure_code or revenue_code column is needed")

    # --- one claim ----------------------------------------------------------------------------

    def _claim(self, group: _Group) -> Claim | None:
        first = group.rows[0]
        before = len(self.problems) + self.more
        claim_cells = self.claim_cells
        first_claim_cells = claim_cells(first.values)
        for row in group.rows[1:]:
            if claim_cells(row.values) == first_claim_cells:
                continue  # the usual case: every claim column repeated as it should be
            for name in self.claim_columns:
                if row.cells[name] != first.cells[name]:
                    self.problem(
                        row.number,
                        name,
                        f"differs from row {first.number} of the same claim; claim columns "
                        "must repeat the same value on every line",
                    )
        get = _Getter(self, first)
        claim_number = get.text(
            "claim_number",
            required=True,
            pattern=_CLAIM_NUMBER,
            hint="letters, digits and . _ / - (up to 80)",
        )
        kind = get.choice("kind", _KINDS, ClaimKind.PROFESSIONAL)
        member_id = get.text(
            "member_id", required=True, pattern=_MEMBER_ID, hint="letters, digits and - (up to 32)"
        )
        payer_name = get.text("payer_name", required=True, limit=200)
        status = get.choice("status", _STATUSES, ClaimStatus.SUBMITTED)
        frequency = get.choice("frequency", _FREQUENCIES, "1")
        service_from = get.day("service_from", required=True)
        service_to = get.day("service_to") or service_from
        if service_from and service_to and service_to < service_from:
            self.problem(first.number, "service_to", "is before service_from")
        place_of_service = get.text(
            "place_of_service", pattern=_TWO_DIGITS, hint="two digits, e.g. 11"
        )
        bill_type = get.text("bill_type", pattern=_BILL_TYPE, hint="three digits, e.g. 131")
        bill_type = bill_type[-3:] if bill_type else ""
        if kind == ClaimKind.PROFESSIONAL and not place_of_service:
            lines_have_pos = all(row.cells.get("line_place_of_service") for row in group.rows)
            if not lines_have_pos:
                self.problem(first.number, "place_of_service", "a professional claim needs one")
        if kind == ClaimKind.INSTITUTIONAL and not bill_type:
            self.problem(first.number, "bill_type", "an institutional claim needs one")
        code_system = str(get.choice("diagnosis_code_system", _CODE_SYSTEMS, "icd10cm"))
        diagnoses = get.codes("diagnosis_codes", system=code_system)
        stated_billed = get.money("claim_billed", negative=False)
        lines = tuple(
            line
            for index, row in enumerate(group.rows, start=1)
            if (
                line := self._line_fast(row, index, kind, len(diagnoses))
                or self._line(row, index, kind, len(diagnoses))
            )
            is not None
        )
        seen: set[int] = set()
        for row, line in zip(group.rows, lines, strict=False):
            if line.number in seen:
                self.problem(row.number, "line_number", f"line {line.number} appears twice")
            seen.add(line.number)
        if len(self.problems) + self.more > before or service_from is None or service_to is None:
            return None

        def total(attribute: str) -> Decimal | None:
            values = [getattr(line, attribute) for line in lines]
            return None if any(value is None for value in values) else sum(values, Decimal(0))

        return Claim(
            claim_number=claim_number,
            kind=kind,
            member_id=member_id,
            payer_name=payer_name,
            payer_id=get.text("payer_id", limit=80),
            payer_claim_number=get.text("payer_claim_number", limit=80),
            service_from=service_from,
            service_to=service_to,
            billing_provider=get.provider("billing", required=True) or Provider(),
            rendering_provider=get.provider("rendering"),
            facility=get.provider("facility"),
            place_of_service=place_of_service,
            bill_type=bill_type,
            admission_type=get.text("admission_type", pattern=_ONE_DIGIT, hint="1 = emergency"),
            emergency=get.flag("emergency"),
            diagnosis_codes=diagnoses,
            diagnosis_code_system=code_system,
            frequency=frequency,
            status=status,
            # The total the claim states, when given (the checks compare it with the lines).
            billed=stated_billed
            if stated_billed is not None
            else sum((line.billed for line in lines), Decimal(0)),
            allowed=total("allowed"),
            paid=total("paid"),
            patient_responsibility=total("patient_responsibility"),
            adjudicated_on=get.day("adjudicated_on"),
            lines=lines,
            patient_birth_date=get.day("patient_birth_date"),
            patient_sex=get.choice("patient_sex", _SEX_CHOICES, "", upper=True),
            source="csv",
            source_location=f"row {first.number}",
        )

    def _prepare_lines(self, header: list[str]) -> None:
        """The line columns' memos, each seeded with what an empty cell reads as, and the
        getter of their cells and the line's provider's (a left-out column reads as _Getter
        reads it: "" for a cell, "\0" in the providers' cache key)."""
        absent = len(header) + 1
        self.claim_cells = operator.itemgetter(
            *(self.positions[name] for name in self.claim_columns), absent
        )
        self.provider_cells = {
            prefix: operator.itemgetter(
                *(self.positions[name] if name in header else absent for name in names)
            )
            for prefix, names in _PROVIDER_COLUMNS.items()
        }
        self.line_cells = operator.itemgetter(
            *(self.positions[column] for column, _ in _LINE_READERS),
            *(
                self.positions[column] if column in header else absent
                for column in _PROVIDER_COLUMNS["line_rendering"]
            ),
        )
        self.line_memos = [dict(empty) for _, empty in _LINE_READERS]

    def _line_fast(self, row: _Row, index: int, kind: ClaimKind, diagnoses: int) -> Line | None:
        """The line when every cell is a text read before without a problem and the cells
        agree with each other; else None, and _line reads the row carefully (and names what
        is wrong). Both give the same Line for the same row."""
        assert self.line_cells is not None
        cells = self.line_cells(row.values)
        try:  # the usual case: every text seen before, looked up without a Python loop
            values = list(map(dict.__getitem__, self.line_memos, cells))
        except KeyError:
            values = []
            for text, memo, (column, _) in zip(cells, self.line_memos, _LINE_READERS, strict=False):
                value = memo.get(text, _MISSING)
                if value is _MISSING:
                    value = _LINE_CONVERTERS[column](self, text)
                    if value is _MISSING:
                        return None
                    memo[text] = value
                values.append(value)
        (number, procedure, revenue, modifiers, pointers, ndc, ndc_quantity, ndc_unit, units,
         service_from, service_to, billed, adjustments, place_of_service, allowed, paid,
         deductible, copay, coinsurance, other_payer_paid,
         patient_responsibility) = values  # fmt: skip
        if not procedure and not (kind == ClaimKind.INSTITUTIONAL and revenue):
            return None
        if pointers and max(pointers) > diagnoses:  # type: ignore[call-overload]
            return None
        if ndc and ndc_quantity is None:
            return None
        if billed is None or (units is not None and units <= 0):  # type: ignore[operator]
            return None
        service_to = service_to or service_from
        if service_from and service_to < service_from:  # type: ignore[operator]
            return None
        rendering_key = ("line_rendering", *cells[len(_LINE_READERS) :])
        rendering = self.providers.get(rendering_key, _MISSING)
        if rendering is _MISSING:
            return None
        return Line(
            number=index if number is None else number,  # type: ignore[arg-type]
            procedure_code=procedure,  # type: ignore[arg-type]
            modifiers=modifiers,  # type: ignore[arg-type]
            units=units if units is not None else Decimal(1),  # type: ignore[arg-type]
            billed=billed or Decimal(0),  # type: ignore[arg-type]
            service_from=service_from,  # type: ignore[arg-type]
            service_to=service_to,  # type: ignore[arg-type]
            place_of_service=place_of_service,  # type: ignore[arg-type]
            revenue_code=revenue,  # type: ignore[arg-type]
            diagnosis_pointers=pointers,  # type: ignore[arg-type]
            ndc=ndc,  # type: ignore[arg-type]
            ndc_quantity=ndc_quantity,  # type: ignore[arg-type]
            ndc_unit=ndc_unit,  # type: ignore[arg-type]
            rendering_provider=rendering,  # type: ignore[arg-type]
            allowed=allowed,  # type: ignore[arg-type]
            paid=paid,  # type: ignore[arg-type]
            deductible=deductible,  # type: ignore[arg-type]
            copay=copay,  # type: ignore[arg-type]
            coinsurance=coinsurance,  # type: ignore[arg-type]
            other_payer_paid=other_payer_paid,  # type: ignore[arg-type]
            patient_responsibility=patient_responsibility,  # type: ignore[arg-type]
            adjustments=adjustments,  # type: ignore[arg-type]
        )

    def _line(self, row: _Row, index: int, kind: ClaimKind, diagnoses: int) -> Line | None:
        get = _Getter(self, row)
        before = len(self.problems) + self.more
        number = get.integer("line_number", default=index, low=1, high=999)
        procedure = get.text(
            "procedure_code",
            pattern=_PROCEDURE,
            hint="5 letters or digits (HCPCS or CPT)",
            upper=True,
        )
        revenue = get.text("revenue_code", pattern=_REVENUE, hint="4 digits, e.g. 0450")
        revenue = revenue.zfill(4) if revenue else ""
        if not procedure and not (kind == ClaimKind.INSTITUTIONAL and revenue):
            column = "procedure_code" if kind == ClaimKind.PROFESSIONAL else "revenue_code"
            self.problem(row.number, column, "each line needs a procedure code or revenue code")
        modifiers = get.listed("modifiers", _MODIFIER, "two letters or digits each", upper=True)
        if len(modifiers) > 4:
            self.problem(row.number, "modifiers", "at most 4 modifiers per line")
        pointers = get.pointers("diagnosis_pointers", diagnoses)
        ndc_text = row.cells.get("ndc", "")
        ndc = normalize_ndc(ndc_text) if ndc_text else ""
        if ndc is None:
            self.problem(row.number, "ndc", "not an NDC (11 digits, or dashed 5-4-2, 4-4-2, 5-3-2)")
        ndc_quantity = get.quantity("ndc_quantity")
        ndc_unit = get.choice("ndc_unit", _NDC_UNIT_CHOICES, "", upper=True)
        if ndc and ndc_quantity is None:
            self.problem(row.number, "ndc_quantity", "an NDC needs its quantity")
        units = get.quantity("units")
        if units is not None and units <= 0:
            self.problem(row.number, "units", "must be more than 0")
        service_from = get.day("line_service_from")
        service_to = get.day("line_service_to") or service_from
        if service_from and service_to and service_to < service_from:
            self.problem(row.number, "line_service_to", "is before line_service_from")
        billed = get.money("billed", required=True, negative=False)
        adjustments = get.adjustments("adjustments")
        if len(self.problems) + self.more > before:
            return None
        return Line(
            number=number,
            procedure_code=procedure,
            modifiers=modifiers,
            units=units if units is not None else Decimal(1),
            billed=billed or Decimal(0),
            service_from=service_from,
            service_to=service_to,
            place_of_service=get.text("line_place_of_service", pattern=_TWO_DIGITS, hint="00"),
            revenue_code=revenue,
            diagnosis_pointers=pointers,
            ndc=ndc or "",
            ndc_quantity=ndc_quantity,
            ndc_unit=ndc_unit,
            rendering_provider=get.provider("line_rendering"),
            allowed=get.money("allowed", negative=False),
            paid=get.money("paid"),
            deductible=get.money("deductible", negative=False),
            copay=get.money("copay", negative=False),
            coinsurance=get.money("coinsurance", negative=False),
            other_payer_paid=get.money("other_payer_paid"),
            patient_responsibility=get.money("patient_responsibility", negative=False),
            adjustments=adjustments,
        )


_PROVIDER_COLUMNS = {
    prefix: tuple(f"{prefix}_{part}" for part in ("npi", "name", "network", "taxonomy"))
    for prefix in ("billing", "rendering", "facility", "line_rendering")
}


class _Getter:
    """Reads typed cells of one row, reporting each bad cell to the reader."""

    def __init__(self, reader: _Reader, row: _Row) -> None:
        self.reader = reader
        self.row = row
        self.cells = row.cells

    def _bad(self, column: str, message: str) -> None:
        self.reader.problem(self.row.number, column, message)

    def _cell(self, column: str, required: bool) -> str:
        value = self.cells.get(column, "")
        if required and not value:
            self._bad(column, "is required")
        return value

    def text(
        self,
        column: str,
        *,
        required: bool = False,
        pattern: re.Pattern[str] | None = None,
        hint: str = "",
        limit: int = 200,
        upper: bool = False,
    ) -> str:
        value = self._cell(column, required)
        if upper:
            value = value.upper()
        if not value:
            return ""
        if len(value) > limit:
            self._bad(column, f"is {len(value)} characters long; at most {limit}")
            return ""
        if pattern is not None and not pattern.fullmatch(value):
            self._bad(column, f"'{value[:40]}' is not valid ({hint})")
            return ""
        return value

    def choice[T](
        self, column: str, options: Mapping[str, T], default: T, *, upper: bool = False
    ) -> T:
        value = self.cells.get(column, "")
        if not value:
            return default
        key = value.upper() if upper else value.lower()
        if key not in options:
            self._bad(column, f"'{value[:40]}' is not one of: {', '.join(options)}")
            return default
        return options[key]

    def flag(self, column: str) -> bool:
        value = self.cells.get(column, "").lower()
        if value in _TRUE:
            return True
        if value not in _FALSE:
            self._bad(column, f"'{value[:40]}' is not yes or no")
        return False

    def day(self, column: str, *, required: bool = False) -> date | None:
        value = self._cell(column, required)
        if not value:
            return None
        known = self.reader.days.get(value)
        if known is not None:
            return known
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            self._bad(column, f"'{value[:40]}' is not a date (YYYY-MM-DD)")
            return None
        try:
            day = self.reader.days[value] = date.fromisoformat(value)
        except ValueError:
            self._bad(column, f"'{value}' is not a real date")
            return None
        return day

    def integer(self, column: str, *, default: int, low: int, high: int) -> int:
        value = self.cells.get(column, "")
        if not value:
            return default
        if not value.isdigit() or not low <= int(value) <= high:
            self._bad(column, f"'{value[:40]}' is not a whole number from {low} to {high}")
            return default
        return int(value)

    def money(
        self, column: str, *, required: bool = False, negative: bool = True
    ) -> Decimal | None:
        value = self._cell(column, required)
        if not value:
            return None
        known = self.reader.amounts.get(value)
        if known is None:
            if not _MONEY.fullmatch(value):
                self._bad(column, f"'{value[:40]}' is not an amount (like 125.00, no $ or commas)")
                return None
            amount = Decimal(value)
            known = self.reader.amounts[value] = (amount, amount < 0)
        if known[1] and not negative:
            self._bad(column, "cannot be negative")
            return None
        return known[0]

    def quantity(self, column: str) -> Decimal | None:
        value = self.cells.get(column, "")
        if not value:
            return None
        known = self.reader.quantities.get(value)
        if known is not None:
            return known
        if not _QUANTITY.fullmatch(value):
            self._bad(column, f"'{value[:40]}' is not a quantity (like 2 or 1.5)")
            return None
        try:
            quantity = self.reader.quantities[value] = Decimal(value)
        except InvalidOperation:  # pragma: no cover (the pattern admits only numbers)
            return None
        return quantity

    def listed(
        self, column: str, pattern: re.Pattern[str], hint: str, *, upper: bool = False
    ) -> tuple[str, ...]:
        value = self.cells.get(column, "")
        items = [item.strip().upper() if upper else item.strip() for item in value.split(";")]
        items = [item for item in items if item]
        for item in items:
            if not pattern.fullmatch(item):
                self._bad(column, f"'{item[:40]}' is not valid ({hint})")
                return ()
        return tuple(items)

    def codes(self, column: str, *, system: str = "icd10cm") -> tuple[str, ...]:
        value = self.cells.get(column, "")
        codes = []
        shape, example = (
            (_ICD9, "ICD-9-CM code (like 250.00)")
            if system == "icd9cm"
            else (_ICD10, "ICD-10-CM code (like E11.9)")
        )
        for item in value.split(";"):
            code = item.strip().upper().replace(".", "")
            if not code:
                continue
            if not shape.fullmatch(code):
                self._bad(column, f"'{item.strip()[:40]}' is not an {example}")
                return ()
            codes.append(code)
        if len(codes) > 25:
            self._bad(column, "at most 25 diagnosis codes per claim")
        return tuple(codes)

    def pointers(self, column: str, diagnoses: int) -> tuple[int, ...]:
        value = self.cells.get(column, "")
        pointers = []
        for item in (part.strip() for part in value.split(";")):
            if not item:
                continue
            if not item.isdigit() or not 1 <= int(item) <= max(diagnoses, 0):
                self._bad(
                    column,
                    f"'{item[:10]}' does not point at one of the claim's {diagnoses} diagnosis "
                    "code(s) (1 is the first)",
                )
                return ()
            pointers.append(int(item))
        if len(pointers) > 4:
            self._bad(column, "at most 4 pointers per line")
        return tuple(pointers)

    def adjustments(self, column: str) -> tuple[Adjustment, ...]:
        value = self.cells.get(column, "")
        if not value:
            return ()
        known = self.reader.adjustments.get(value)
        if known is not None:
            return known
        adjustments = []
        for item in (part.strip().upper() for part in value.split(";")):
            if not item:
                continue
            match = _ADJUSTMENT.fullmatch(item)
            if match is None:
                self._bad(column, f"'{item[:40]}' is not GROUP-REASON:AMOUNT (like CO-45:120.00)")
                return ()
            adjustments.append(Adjustment(match[1], match[2], Decimal(match[3])))
        self.reader.adjustments[value] = found = tuple(adjustments)
        return found

    def provider(self, prefix: str, *, required: bool = False) -> Provider | None:
        key = (prefix, *self.reader.provider_cells[prefix](self.row.values))
        if key in self.reader.providers:
            return self.reader.providers[key]
        before = len(self.reader.problems) + self.reader.more
        provider = self._provider(prefix, required=required)
        if len(self.reader.problems) + self.reader.more == before:
            self.reader.providers[key] = provider  # read without a problem: the same again
        return provider

    def _provider(self, prefix: str, *, required: bool) -> Provider | None:
        npi = self.cells.get(f"{prefix}_npi", "")
        name = self.text(f"{prefix}_name", required=required, limit=200)
        network = self.choice(f"{prefix}_network", _NETWORKS, Network.UNKNOWN)
        taxonomy = ""
        if f"{prefix}_taxonomy" in self.row.cells:
            taxonomy = self.text(
                f"{prefix}_taxonomy",
                pattern=_TAXONOMY,
                upper=True,
                hint="a NUCC taxonomy code like 207L00000X",
            )
        if npi and not npi_is_valid(npi):
            self._bad(f"{prefix}_npi", f"'{npi[:20]}' is not a valid NPI (10 digits, check digit)")
            npi = ""
        if not npi and not name:
            return None
        return Provider(npi=npi, name=name, network=network, taxonomy=taxonomy)


# --- the line columns' fast reading --------------------------------------------------------
# Each converter reads one cell's text alone as _Getter does, giving _MISSING where _Getter
# would report a problem (the row is then read carefully, which reports it); checks between
# cells (a pointer past the claim's codes, an NDC without its quantity) stay in _line_fast.


def _match(pattern: re.Pattern[str], *, upper: bool = False, pad: int = 0) -> Any:
    def read(reader: _Reader, text: str) -> object:
        value = text.upper() if upper else text
        if len(value) > 200 or not pattern.fullmatch(value):
            return _MISSING
        return value.zfill(pad) if pad else value

    return read


def _line_number(reader: _Reader, text: str) -> object:
    return int(text) if text.isdigit() and 1 <= int(text) <= 999 else _MISSING


def _modifiers(reader: _Reader, text: str) -> object:
    items = [item for item in (part.strip().upper() for part in text.split(";")) if item]
    if len(items) > 4 or not all(_MODIFIER.fullmatch(item) for item in items):
        return _MISSING
    return tuple(items)


def _pointers(reader: _Reader, text: str) -> object:
    """The pointers as numbers from 1 (whether the claim has that many codes is checked per
    row)."""
    items = [item for item in (part.strip() for part in text.split(";")) if item]
    if len(items) > 4 or not all(item.isdigit() and item.isascii() for item in items):
        return _MISSING
    pointers = tuple(int(item) for item in items)
    return pointers if all(pointer >= 1 for pointer in pointers) else _MISSING


def _ndc(reader: _Reader, text: str) -> object:
    ndc = normalize_ndc(text)
    return _MISSING if ndc is None else ndc


def _ndc_unit(reader: _Reader, text: str) -> object:
    return _NDC_UNIT_CHOICES.get(text.upper(), _MISSING)


def _quantity(reader: _Reader, text: str) -> object:
    if not _QUANTITY.fullmatch(text):
        return _MISSING
    return Decimal(text)


def _day(reader: _Reader, text: str) -> object:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return _MISSING
    try:
        return date.fromisoformat(text)
    except ValueError:
        return _MISSING


def _money_reader(*, negative: bool) -> Any:
    def read(reader: _Reader, text: str) -> object:
        if not _MONEY.fullmatch(text):
            return _MISSING
        amount = Decimal(text)
        return _MISSING if amount < 0 and not negative else amount

    return read


def _adjustments(reader: _Reader, text: str) -> object:
    adjustments = []
    for item in (part.strip().upper() for part in text.split(";")):
        if not item:
            continue
        match = _ADJUSTMENT.fullmatch(item)
        if match is None:
            return _MISSING
        adjustments.append(Adjustment(match[1], match[2], Decimal(match[3])))
    return tuple(adjustments)


# The line columns _line_fast reads, in its order, each with what an empty cell reads as
# (none: an empty cell is for _line, e.g. a required one).
_LINE_READERS: tuple[tuple[str, dict[str, object]], ...] = (
    ("line_number", {"": None}),
    ("procedure_code", {"": ""}),
    ("revenue_code", {"": ""}),
    ("modifiers", {"": ()}),
    ("diagnosis_pointers", {"": ()}),
    ("ndc", {"": ""}),
    ("ndc_quantity", {"": None}),
    ("ndc_unit", {"": ""}),
    ("units", {"": None}),
    ("line_service_from", {"": None}),
    ("line_service_to", {"": None}),
    ("billed", {}),
    ("adjustments", {"": ()}),
    ("line_place_of_service", {"": ""}),
    ("allowed", {"": None}),
    ("paid", {"": None}),
    ("deductible", {"": None}),
    ("copay", {"": None}),
    ("coinsurance", {"": None}),
    ("other_payer_paid", {"": None}),
    ("patient_responsibility", {"": None}),
)
_LINE_CONVERTERS: dict[str, Any] = {
    "line_number": _line_number,
    "procedure_code": _match(_PROCEDURE, upper=True),
    "revenue_code": _match(_REVENUE, pad=4),
    "modifiers": _modifiers,
    "diagnosis_pointers": _pointers,
    "ndc": _ndc,
    "ndc_quantity": _quantity,
    "ndc_unit": _ndc_unit,
    "units": _quantity,
    "line_service_from": _day,
    "line_service_to": _day,
    "billed": _money_reader(negative=False),
    "adjustments": _adjustments,
    "line_place_of_service": _match(_TWO_DIGITS),
    "allowed": _money_reader(negative=False),
    "paid": _money_reader(negative=True),
    "deductible": _money_reader(negative=False),
    "copay": _money_reader(negative=False),
    "coinsurance": _money_reader(negative=False),
    "other_payer_paid": _money_reader(negative=True),
    "patient_responsibility": _money_reader(negative=False),
}
