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
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, cast

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


_MISSING = object()  # a cell text not read before


class _Reader:
    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.problems: list[Problem] = []
        self.more = 0
        # What each cell text read as, per column and rule (_Getter.read): the same amounts,
        # dates, codes and adjustments recur across a file's rows, and each is read once. Only
        # texts read without a problem are kept, so a bad cell is reported on every row.
        self.memos: dict[tuple[object, ...], dict[str, object]] = {}
        self.providers: dict[tuple[str, ...], Provider | None] = {}
        self.claim_columns: tuple[str, ...] = ()
        self.given: frozenset[str] = frozenset()
        self.positions: dict[str, int] = {}
        self.line_cells: operator.itemgetter[Any] | None = None
        # Per count of a claim's diagnosis codes: the line's reads and their memos, in order.
        self.line_reads: dict[int, tuple[list[_Read], list[dict[str, object]]]] = {}
        self.claim_cells: operator.itemgetter[Any] = operator.itemgetter(0, 0)
        self.claim_read_cells: operator.itemgetter[Any] = operator.itemgetter(0, 0)
        self.claim_memos: list[dict[str, object]] = []
        # Per provider prefix, the getter of its four cells as the providers' cache keys them.
        self.provider_cells: dict[str, operator.itemgetter[Any]] = {}

    def memo(self, column: str, rule: Any, options: tuple[object, ...]) -> dict[str, object]:
        key = (column, rule, *options)
        found = self.memos.get(key)
        if found is None:
            found = self.memos[key] = {}
        return found

    def reported(self) -> int:
        return len(self.problems) + self.more

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
        self.given = frozenset(header)
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
        before = self.reported()
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
        (claim_number, kind, member_id, payer_name, status, frequency, service_from,
         service_to, place_of_service, bill_type, code_system, stated_billed, payer_id,
         payer_claim_number, admission_type, emergency, adjudicated_on, patient_birth_date,
         patient_sex) = self._read_row(
            first, _CLAIM_READS, self.claim_memos, self.claim_read_cells(first.values)
        )  # fmt: skip
        service_to = service_to or service_from
        if service_from and service_to and service_to < service_from:
            self.problem(first.number, "service_to", "is before service_from")
        bill_type = bill_type[-3:] if bill_type else ""
        if kind == ClaimKind.PROFESSIONAL and not place_of_service:
            lines_have_pos = all(row.cells.get("line_place_of_service") for row in group.rows)
            if not lines_have_pos:
                self.problem(first.number, "place_of_service", "a professional claim needs one")
        if kind == ClaimKind.INSTITUTIONAL and not bill_type:
            self.problem(first.number, "bill_type", "an institutional claim needs one")
        get = _Getter(self, first)
        diagnoses = get.codes("diagnosis_codes", system=code_system)
        billing = get.provider("billing", required=True)
        rendering, facility = get.provider("rendering"), get.provider("facility")
        lines = tuple(
            line
            for index, row in enumerate(group.rows, start=1)
            if (line := self._line(row, index, kind, len(diagnoses))) is not None
        )
        seen: set[int] = set()
        for row, line in zip(group.rows, lines, strict=False):
            if line.number in seen:
                self.problem(row.number, "line_number", f"line {line.number} appears twice")
            seen.add(line.number)
        if self.reported() > before or service_from is None or service_to is None:
            return None

        def total(attribute: str) -> Decimal | None:
            values = [getattr(line, attribute) for line in lines]
            return None if any(value is None for value in values) else sum(values, Decimal(0))

        return Claim(
            claim_number=claim_number,
            kind=kind,
            member_id=member_id,
            payer_name=payer_name,
            payer_id=payer_id,
            payer_claim_number=payer_claim_number,
            service_from=service_from,
            service_to=service_to,
            billing_provider=billing or Provider(),
            rendering_provider=rendering,
            facility=facility,
            place_of_service=place_of_service,
            bill_type=bill_type,
            admission_type=admission_type,
            emergency=emergency,
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
            adjudicated_on=adjudicated_on,
            lines=lines,
            patient_birth_date=patient_birth_date,
            patient_sex=patient_sex,
            source="csv",
            source_location=f"row {first.number}",
        )

    def _read_row(
        self,
        row: _Row,
        reads: Sequence[_Read],
        memos: list[dict[str, object]],
        cells: tuple[str, ...],
    ) -> list[Any]:
        """The values of these reads' `cells` (the row's texts in the reads' order): looked up
        in the reads' memos when every text was read before (no call per cell), else each
        through its rule, which names what is wrong."""
        try:
            return list(map(dict.__getitem__, memos, cells))
        except KeyError:
            get = _Getter(self, row)
            values = []
            for text, memo, (column, rule, options) in zip(cells, memos, reads, strict=False):
                value = memo.get(text, _MISSING)
                values.append(get.read(column, rule, *options) if value is _MISSING else value)
            return values

    def _prepare_lines(self, header: list[str]) -> None:
        """The getters of a claim's repeated columns, of each provider's cells (a left-out
        column reads as "\\0" in the providers' cache key) and of a line's cells (its reads'
        columns, then its provider's)."""
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
        self.claim_read_cells = operator.itemgetter(
            *(self.positions[column] for column, _, _ in _CLAIM_READS)
        )
        self.claim_memos = [
            self.memo(column, rule, options) for column, rule, options in _CLAIM_READS
        ]
        self.line_cells = operator.itemgetter(
            *(self.positions[column] for column, _, _ in _LINE_READS),
            *(
                self.positions[column] if column in header else absent
                for column in _PROVIDER_COLUMNS["line_rendering"]
            ),
        )

    def _line_reads_for(self, diagnoses: int) -> tuple[list[_Read], list[dict[str, object]]]:
        """The line's reads for a claim with this many diagnosis codes (the pointers' rule
        depends on it) and the memo each read fills."""
        found = self.line_reads.get(diagnoses)
        if found is None:
            reads = [
                (column, rule, (diagnoses,) if column == "diagnosis_pointers" else options)
                for column, rule, options in _LINE_READS
            ]
            memos = [self.memo(column, rule, options) for column, rule, options in reads]
            found = self.line_reads[diagnoses] = (reads, memos)
        return found

    def _line(self, row: _Row, index: int, kind: ClaimKind, diagnoses: int) -> Line | None:
        assert self.line_cells is not None
        reads, memos = self._line_reads_for(diagnoses)
        before = self.reported()
        cells = self.line_cells(row.values)
        values = self._read_row(row, reads, memos, cells)
        (number, procedure, revenue, modifiers, pointers, ndc, ndc_quantity, ndc_unit, units,
         service_from, service_to, billed, adjustments, place_of_service, allowed, paid,
         deductible, copay, coinsurance, other_payer_paid,
         patient_responsibility) = values  # fmt: skip
        # What one cell alone cannot say: the cells of a row against each other.
        if not procedure and not (kind == ClaimKind.INSTITUTIONAL and revenue):
            column = "procedure_code" if kind == ClaimKind.PROFESSIONAL else "revenue_code"
            self.problem(row.number, column, "each line needs a procedure code or revenue code")
        if len(modifiers) > 4:
            self.problem(row.number, "modifiers", "at most 4 modifiers per line")
        if ndc and ndc_quantity is None:
            self.problem(row.number, "ndc_quantity", "an NDC needs its quantity")
        if units is not None and units <= 0:
            self.problem(row.number, "units", "must be more than 0")
        service_to = service_to or service_from
        if service_from and service_to < service_from:
            self.problem(row.number, "line_service_to", "is before line_service_from")
        rendering = self.providers.get(("line_rendering", *cells[len(reads) :]), _MISSING)
        if rendering is _MISSING:
            rendering = _Getter(self, row).provider("line_rendering")
        if self.reported() > before:
            return None
        return Line(
            number=index if number is None else number,
            procedure_code=procedure,
            modifiers=modifiers,
            units=units if units is not None else Decimal(1),
            billed=billed,
            service_from=service_from,
            service_to=service_to,
            place_of_service=place_of_service,
            revenue_code=revenue,
            diagnosis_pointers=pointers,
            ndc=ndc,
            ndc_quantity=ndc_quantity,
            ndc_unit=ndc_unit,
            rendering_provider=rendering,  # type: ignore[arg-type]
            allowed=allowed,
            paid=paid,
            deductible=deductible,
            copay=copay,
            coinsurance=coinsurance,
            other_payer_paid=other_payer_paid,
            patient_responsibility=patient_responsibility,
            adjustments=adjustments,
        )


_PROVIDER_COLUMNS = {
    prefix: tuple(f"{prefix}_{part}" for part in ("npi", "name", "network", "taxonomy"))
    for prefix in ("billing", "rendering", "facility", "line_rendering")
}


class _Choices(dict[str, object]):
    """A choice column's options by key; equal and hashed by identity, so that it can name a
    rule's options in the reader's memos."""

    __hash__ = object.__hash__  # type: ignore[assignment]  # dict sets it to None

    def __eq__(self, other: object) -> bool:
        return self is other


# The choices of each choice column, built once rather than on every cell.
_KINDS = _Choices({kind.value: kind for kind in ClaimKind})
_STATUSES = _Choices({status.value: status for status in ClaimStatus})
_NETWORKS = _Choices({network.value: network for network in Network})
_FREQUENCIES = _Choices({"1": "1", "7": "7", "8": "8"})
_CODE_SYSTEMS = _Choices({"icd10cm": "icd10cm", "icd9cm": "icd9cm"})
_NDC_UNIT_CHOICES = _Choices({unit: unit for unit in _NDC_UNITS})
_SEX_CHOICES = _Choices({sex: sex for sex in _SEX})


class _Getter:
    """Reads typed cells of one row, reporting each bad cell to the reader.

    Every cell goes through read(): a rule (one of the `_rule` methods: the column, the cell's
    text and the rule's options in, the value out, each problem reported with the row and the
    column) applied once per distinct text of a column, its value kept when it found no
    problem. A line's cells are looked up in those same memos (_Reader._line), so a text read
    well before reads the same again, and only a rule ever decides what a text reads as.
    """

    __slots__ = ("reader", "row", "values")

    def __init__(self, reader: _Reader, row: _Row) -> None:
        self.reader = reader
        self.row = row
        self.values = row.values

    def _bad(self, column: str, message: str) -> None:
        self.reader.problem(self.row.number, column, message)

    def read(self, column: str, rule: Any, *options: object) -> Any:
        """The cell of `column` read by `rule` with these options (a left-out column reads
        as an empty cell)."""
        text = self.values[self.reader.positions[column]]
        memo = self.reader.memo(column, rule, options)
        value = memo.get(text, _MISSING)
        if value is _MISSING:
            before = self.reader.reported()
            value = rule(self, column, text, *options)
            if self.reader.reported() == before:
                memo[text] = value
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
        return self.read(column, _Getter.text_rule, required, pattern, hint, limit, upper)

    def text_rule(
        self,
        column: str,
        value: str,
        required: bool,
        pattern: re.Pattern[str] | None,
        hint: str,
        limit: int,
        upper: bool,
    ) -> str:
        if required and not value:
            self._bad(column, "is required")
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

    def revenue_rule(self, column: str, value: str) -> str:
        """A revenue code as 4 digits (3 are padded with a 0)."""
        code = self.text_rule(column, value, False, _REVENUE, "4 digits, e.g. 0450", 200, False)
        return code.zfill(4) if code else ""

    def choice(
        self, column: str, options: _Choices, default: object, *, upper: bool = False
    ) -> object:
        return self.read(column, _Getter.choice_rule, options, default, upper)

    def choice_rule(
        self, column: str, value: str, options: _Choices, default: object, upper: bool
    ) -> object:
        if not value:
            return default
        key = value.upper() if upper else value.lower()
        if key not in options:
            self._bad(column, f"'{value[:40]}' is not one of: {', '.join(options)}")
            return default
        return options[key]

    def flag(self, column: str) -> bool:
        return self.read(column, _Getter.flag_rule)

    def flag_rule(self, column: str, value: str) -> bool:
        value = value.lower()
        if value in _TRUE:
            return True
        if value not in _FALSE:
            self._bad(column, f"'{value[:40]}' is not yes or no")
        return False

    def day(self, column: str, *, required: bool = False) -> date | None:
        return self.read(column, _Getter.day_rule, required)

    def day_rule(self, column: str, value: str, required: bool) -> date | None:
        if required and not value:
            self._bad(column, "is required")
        if not value:
            return None
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            self._bad(column, f"'{value[:40]}' is not a date (YYYY-MM-DD)")
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self._bad(column, f"'{value}' is not a real date")
            return None

    def integer_rule(self, column: str, value: str, low: int, high: int) -> int | None:
        """A whole number from low to high; None for an empty cell."""
        if not value:
            return None
        if not value.isdigit() or not low <= int(value) <= high:
            self._bad(column, f"'{value[:40]}' is not a whole number from {low} to {high}")
            return None
        return int(value)

    def money(
        self, column: str, *, required: bool = False, negative: bool = True
    ) -> Decimal | None:
        return self.read(column, _Getter.money_rule, required, negative)

    def money_rule(self, column: str, value: str, required: bool, negative: bool) -> Decimal | None:
        if required and not value:
            self._bad(column, "is required")
        if not value:
            return None
        if not _MONEY.fullmatch(value):
            self._bad(column, f"'{value[:40]}' is not an amount (like 125.00, no $ or commas)")
            return None
        amount = Decimal(value)
        if amount < 0 and not negative:
            self._bad(column, "cannot be negative")
            return None
        return amount

    def quantity_rule(self, column: str, value: str) -> Decimal | None:
        if not value:
            return None
        if not _QUANTITY.fullmatch(value):
            self._bad(column, f"'{value[:40]}' is not a quantity (like 2 or 1.5)")
            return None
        try:
            return Decimal(value)
        except InvalidOperation:  # pragma: no cover (the pattern admits only numbers)
            return None

    def listed_rule(
        self, column: str, value: str, pattern: re.Pattern[str], hint: str, upper: bool
    ) -> tuple[str, ...]:
        items = [item.strip().upper() if upper else item.strip() for item in value.split(";")]
        items = [item for item in items if item]
        for item in items:
            if not pattern.fullmatch(item):
                self._bad(column, f"'{item[:40]}' is not valid ({hint})")
                return ()
        return tuple(items)

    def codes(self, column: str, *, system: str = "icd10cm") -> tuple[str, ...]:
        return self.read(column, _Getter.codes_rule, system)

    def codes_rule(self, column: str, value: str, system: str) -> tuple[str, ...]:
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

    def pointers_rule(self, column: str, value: str, diagnoses: int) -> tuple[int, ...]:
        """Pointers into the claim's `diagnoses` codes, from 1."""
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

    def ndc_rule(self, column: str, value: str) -> str:
        if not value:
            return ""
        ndc = normalize_ndc(value)
        if ndc is None:
            self._bad(column, "not an NDC (11 digits, or dashed 5-4-2, 4-4-2, 5-3-2)")
            return ""
        return ndc

    def adjustments_rule(self, column: str, value: str) -> tuple[Adjustment, ...]:
        adjustments = []
        for item in (part.strip().upper() for part in value.split(";")):
            if not item:
                continue
            match = _ADJUSTMENT.fullmatch(item)
            if match is None:
                self._bad(column, f"'{item[:40]}' is not GROUP-REASON:AMOUNT (like CO-45:120.00)")
                return ()
            adjustments.append(Adjustment(match[1], match[2], Decimal(match[3])))
        return tuple(adjustments)

    def provider(self, prefix: str, *, required: bool = False) -> Provider | None:
        key = (prefix, *self.reader.provider_cells[prefix](self.values))
        if key in self.reader.providers:
            return self.reader.providers[key]
        before = self.reader.reported()
        provider = self._provider(prefix, required=required)
        if self.reader.reported() == before:
            self.reader.providers[key] = provider  # read without a problem: the same again
        return provider

    def _provider(self, prefix: str, *, required: bool) -> Provider | None:
        npi = self.values[self.reader.positions[f"{prefix}_npi"]]
        name = self.text(f"{prefix}_name", required=required, limit=200)
        network = cast(Network, self.choice(f"{prefix}_network", _NETWORKS, Network.UNKNOWN))
        taxonomy = ""
        if f"{prefix}_taxonomy" in self.reader.given:
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


# A cell's read: its column, the _Getter rule and the rule's options.
_Read = tuple[str, Any, tuple[object, ...]]

# A claim's cells but its diagnosis codes (read by the claim's code system) and providers.
_CLAIM_READS: tuple[_Read, ...] = (
    ("claim_number", _Getter.text_rule,
     (True, _CLAIM_NUMBER, "letters, digits and . _ / - (up to 80)", 200, False)),
    ("kind", _Getter.choice_rule, (_KINDS, ClaimKind.PROFESSIONAL, False)),
    ("member_id", _Getter.text_rule,
     (True, _MEMBER_ID, "letters, digits and - (up to 32)", 200, False)),
    ("payer_name", _Getter.text_rule, (True, None, "", 200, False)),
    ("status", _Getter.choice_rule, (_STATUSES, ClaimStatus.SUBMITTED, False)),
    ("frequency", _Getter.choice_rule, (_FREQUENCIES, "1", False)),
    ("service_from", _Getter.day_rule, (True,)),
    ("service_to", _Getter.day_rule, (False,)),
    ("place_of_service", _Getter.text_rule,
     (False, _TWO_DIGITS, "two digits, e.g. 11", 200, False)),
    ("bill_type", _Getter.text_rule, (False, _BILL_TYPE, "three digits, e.g. 131", 200, False)),
    ("diagnosis_code_system", _Getter.choice_rule, (_CODE_SYSTEMS, "icd10cm", False)),
    ("claim_billed", _Getter.money_rule, (False, False)),
    ("payer_id", _Getter.text_rule, (False, None, "", 80, False)),
    ("payer_claim_number", _Getter.text_rule, (False, None, "", 80, False)),
    ("admission_type", _Getter.text_rule, (False, _ONE_DIGIT, "1 = emergency", 200, False)),
    ("emergency", _Getter.flag_rule, ()),
    ("adjudicated_on", _Getter.day_rule, (False,)),
    ("patient_birth_date", _Getter.day_rule, (False,)),
    ("patient_sex", _Getter.choice_rule, (_SEX_CHOICES, "", True)),
)  # fmt: skip

# A line's cells, in the order their problems are reported (the pointers' options, the claim's
# count of diagnosis codes, are filled per claim).
_LINE_READS: tuple[_Read, ...] = (
    ("line_number", _Getter.integer_rule, (1, 999)),
    ("procedure_code", _Getter.text_rule,
     (False, _PROCEDURE, "5 letters or digits (HCPCS or CPT)", 200, True)),
    ("revenue_code", _Getter.revenue_rule, ()),
    ("modifiers", _Getter.listed_rule, (_MODIFIER, "two letters or digits each", True)),
    ("diagnosis_pointers", _Getter.pointers_rule, ()),
    ("ndc", _Getter.ndc_rule, ()),
    ("ndc_quantity", _Getter.quantity_rule, ()),
    ("ndc_unit", _Getter.choice_rule, (_NDC_UNIT_CHOICES, "", True)),
    ("units", _Getter.quantity_rule, ()),
    ("line_service_from", _Getter.day_rule, (False,)),
    ("line_service_to", _Getter.day_rule, (False,)),
    ("billed", _Getter.money_rule, (True, False)),
    ("adjustments", _Getter.adjustments_rule, ()),
    ("line_place_of_service", _Getter.text_rule, (False, _TWO_DIGITS, "00", 200, False)),
    ("allowed", _Getter.money_rule, (False, False)),
    ("paid", _Getter.money_rule, (False, True)),
    ("deductible", _Getter.money_rule, (False, False)),
    ("copay", _Getter.money_rule, (False, False)),
    ("coinsurance", _Getter.money_rule, (False, False)),
    ("other_payer_paid", _Getter.money_rule, (False, True)),
    ("patient_responsibility", _Getter.money_rule, (False, False)),
)  # fmt: skip
