"""Readers for the official CMS reference layouts: MUE tables, NCCI PTP edits, the ASP crosswalk.

Each reader takes the file's bytes and its name and returns plain rows, or raises
ReferenceFileError naming the file, the row (the physical line where the record starts, 1-based)
and the field. Nothing here touches the database: a file is read whole before anything is
stored, so a bad row can never leave a table half-loaded.

Layouts accepted:
- MUE: CMS's practitioner / outpatient hospital / DME supplier CSV (a copyright preamble, a header
  whose first cell is "HCPCS/CPT Code", possibly split over two lines inside quotes, "<setting>
  Services MUE Values", "MUE Adjudication Indicator" as "3 Date of Service Edit: Clinical",
  "MUE Rationale"), and the Level II extract in shared/ (hcpcs, mue_value, mai, mue_rationale).
- PTP: CMS's tab-delimited text (or CSV) with preamble rows, then the column titles (Column 1,
  Column 2, "*=in existence prior to 1996", Effective Date, "Deletion Date *=no data",
  "Modifier 0=not allowed 1=allowed 9=not applicable", PTP Edit Rationale), on one line or
  spread over several header lines as in the distributed files; dates YYYYMMDD, "*" for none.
- NDC: CMS's ASP NDC-HCPCS crosswalk CSV (_<year>_CODE or HCPCS, NDC2, Drug Name, HCPCS dosage,
  PKG SIZE, PKG QTY, BILLUNITS, BILLUNITSPKG), NDCs in 5-4-2 (or 4-4-2, 5-3-2, 5-4-1) form.
A .zip holding the table (as CMS distributes them) is read too, within a size limit.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024  # the largest CMS table (PTP) is ~60 MB of text

PROCEDURE_CODE = re.compile(r"[A-Z0-9]{5}")


class ReferenceFileError(ValueError):
    """A reference file cannot be loaded; says where and why. Carries no claim data."""

    def __init__(self, file: str, row: int | None, field: str, message: str) -> None:
        self.file = file
        self.row = row
        self.field = field
        self.message = message
        where = f"row {row}" if row is not None else "file"
        super().__init__(f"{file}: {where}: {field}: {message}")


@dataclass(frozen=True)
class MueRow:
    code: str
    value: int
    adjudication_indicator: int
    rationale: str


@dataclass(frozen=True)
class PtpRow:
    column_one: str
    column_two: str
    existed_before_1996: bool
    effective_date: date
    deletion_date: date | None
    modifier_indicator: int
    rationale: str


@dataclass(frozen=True)
class NdcRow:
    ndc: str
    hcpcs: str
    drug_name: str
    hcpcs_dosage: str
    package_size: Decimal
    package_quantity: Decimal
    billing_units: Decimal
    billing_units_per_package: Decimal


@dataclass
class Parsed[RowT]:
    rows: list[RowT]
    setting: str  # "practitioner", "outpatient", "dme" or "" when the layout does not say
    skipped: list[ReferenceFileError]


# --- text and records ------------------------------------------------------------------------


def decode(data: bytes, file: str) -> str:
    """The file's text: UTF-8 (with or without BOM), else Windows-1252 as CMS often writes."""
    if file.lower().endswith(".zip"):
        data = _unzip_table(data, file)
    if b"\x00" in data[:65536]:
        raise ReferenceFileError(file, None, "content", "not a text table (binary data)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _unzip_table(data: bytes, file: str) -> bytes:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise ReferenceFileError(file, None, "content", "not a readable zip archive") from error
    members = [
        info
        for info in archive.infolist()
        if not info.is_dir() and info.filename.lower().endswith((".txt", ".csv"))
    ]
    if len(members) != 1:
        names = ", ".join(info.filename for info in members) or "none"
        raise ReferenceFileError(
            file, None, "content", f"expected one .txt or .csv table in the zip, found: {names}"
        )
    member = members[0]
    if member.file_size > MAX_UNCOMPRESSED_BYTES:
        raise ReferenceFileError(file, None, "content", "the table in the zip is too large")
    with archive.open(member) as handle:
        content = handle.read(MAX_UNCOMPRESSED_BYTES + 1)
    if len(content) > MAX_UNCOMPRESSED_BYTES:
        raise ReferenceFileError(file, None, "content", "the table in the zip is too large")
    return content


def records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(first physical line of the record, its cells) for every record, blank ones included."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    for cells in reader:
        yield start, [cell.strip() for cell in cells]
        start = reader.line_num + 1


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _blank(cells: Sequence[str]) -> bool:
    return not any(cells)


def _cell(cells: Sequence[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def _code(value: str, file: str, row: int, field: str) -> str:
    code = value.strip().upper()
    if not PROCEDURE_CODE.fullmatch(code):
        raise ReferenceFileError(file, row, field, f"{value!r} is not a 5-character HCPCS/CPT code")
    return code


def _yyyymmdd(value: str, file: str, row: int, field: str) -> date:
    if not re.fullmatch(r"\d{8}", value):
        raise ReferenceFileError(file, row, field, f"{value!r} is not a date (YYYYMMDD)")
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError as error:
        raise ReferenceFileError(file, row, field, f"{value!r} is not a real date") from error


def _positive_decimal(value: str, file: str, row: int, field: str) -> Decimal:
    try:
        number = Decimal(value.replace(",", ""))
    except InvalidOperation as error:
        raise ReferenceFileError(file, row, field, f"{value!r} is not a number") from error
    if not number.is_finite() or number <= 0:
        raise ReferenceFileError(file, row, field, f"{value!r} must be a number above zero")
    return number


def _setting_from_name(file: str) -> str:
    name = file.lower()
    if "practitioner" in name or "ccipra" in name:
        return "practitioner"
    if "outpatient" in name or "ccioph" in name or "facility" in name:
        return "outpatient"
    if "dme" in name:
        return "dme"
    return ""


# --- MUE -------------------------------------------------------------------------------------


def parse_mue(data: bytes, file: str, *, skip_bad_rows: bool = False) -> Parsed[MueRow]:
    text = decode(data, file)
    iterator = records(text, "\t" if _looks_tab_delimited(text) else ",")
    header: list[str] | None = None
    for row, cells in iterator:
        first = _squash(_cell(cells, 0)).replace(" ", "")
        if first in {"hcpcs/cptcode", "hcpcs", "hcpcscode", "hcpcs/cpt"}:
            header = [_squash(cell) for cell in cells]
            header_row = row
            break
    if header is None:
        raise ReferenceFileError(
            file, None, "header", 'no header row starting with "HCPCS/CPT Code" or "hcpcs"'
        )
    value_column = _find_column(header, ("mue value", "mue_value"), file, header_row, "MUE value")
    mai_column = _find_column(
        header, ("adjudication indicator", "mai"), file, header_row, "MUE adjudication indicator"
    )
    rationale_column = _find_column(
        header, ("rationale",), file, header_row, "MUE rationale", required=False
    )
    value_title = header[value_column]
    setting = ""
    if "practitioner" in value_title:
        setting = "practitioner"
    elif "outpatient" in value_title or "facility" in value_title:
        setting = "outpatient"
    elif "dme" in value_title:
        setting = "dme"
    else:
        setting = _setting_from_name(file)

    rows: list[MueRow] = []
    skipped: list[ReferenceFileError] = []
    seen: dict[str, int] = {}
    for row, cells in iterator:
        if _blank(cells):
            continue
        try:
            code = _code(_cell(cells, 0), file, row, "HCPCS/CPT code")
            if code in seen:
                raise ReferenceFileError(
                    file,
                    row,
                    "HCPCS/CPT code",
                    f"{code} is listed again (first at row {seen[code]})",
                )
            raw_value = _cell(cells, value_column)
            if not raw_value.isdigit():
                raise ReferenceFileError(
                    file, row, "MUE value", f"{raw_value!r} is not a whole number of units"
                )
            raw_mai = _cell(cells, mai_column)
            match = re.match(r"([123])(?:\b|$)", raw_mai)
            if not match:
                raise ReferenceFileError(
                    file, row, "MUE adjudication indicator", f"{raw_mai!r} is not 1, 2 or 3"
                )
            rationale = _cell(cells, rationale_column) if rationale_column is not None else ""
        except ReferenceFileError as error:
            if not skip_bad_rows:
                raise
            skipped.append(error)
            continue
        seen[code] = row
        rows.append(MueRow(code, int(raw_value), int(match.group(1)), rationale[:200]))
    if not rows:
        raise ReferenceFileError(file, None, "rows", "no MUE rows below the header")
    return Parsed(rows, setting, skipped)


def _looks_tab_delimited(text: str) -> bool:
    sample = text[:20000]
    return sample.count("\t") > sample.count(",")


def _find_column(
    header: list[str],
    needles: tuple[str, ...],
    file: str,
    row: int,
    field: str,
    *,
    required: bool = True,
) -> int:
    for index, title in enumerate(header):
        if any(needle == title or needle in title for needle in needles):
            return index
    if not required:
        return None  # type: ignore[return-value]
    raise ReferenceFileError(file, row, "header", f"no {field} column")


# --- PTP -------------------------------------------------------------------------------------

_PTP_COLUMNS = (
    ("column 1", "Column 1"),
    ("column 2", "Column 2"),
    ("1996", "*=in existence prior to 1996"),
    ("effective", "Effective Date"),
    ("deletion", "Deletion Date"),
    ("modifier", "Modifier indicator"),
    ("rationale", "PTP Edit Rationale"),
)


def parse_ptp(data: bytes, file: str, *, skip_bad_rows: bool = False) -> Parsed[PtpRow]:
    text = decode(data, file)
    delimiter = "\t" if _looks_tab_delimited(text) else ","
    iterator = records(text, delimiter)
    header: list[str] | None = None
    header_row = 0
    first_data: tuple[int, list[str]] | None = None
    for row, cells in iterator:
        squashed = [_squash(cell).replace(" ", "") for cell in cells]
        if header is None:
            if squashed[:2] == ["column1", "column2"]:
                header = list(cells)
                header_row = row
            continue
        if PROCEDURE_CODE.fullmatch(_cell(cells, 0).upper()):
            first_data = (row, cells)
            break
        # The distributed files spread the titles over several lines: join them per column.
        for index, cell in enumerate(cells):
            if index < len(header):
                header[index] = f"{header[index]} {cell}".strip()
            elif cell:
                header.append(cell)
    if header is None:
        raise ReferenceFileError(file, None, "header", 'no header row with "Column 1", "Column 2"')
    titles = [_squash(title) for title in header]
    for index, (needle, name) in enumerate(_PTP_COLUMNS):
        if index >= len(titles) or needle.replace(" ", "") not in titles[index].replace(" ", ""):
            raise ReferenceFileError(
                file, header_row, "header", f"column {index + 1} should be {name!r}"
            )
    rows: list[PtpRow] = []
    skipped: list[ReferenceFileError] = []
    remaining = iterator if first_data is None else _chain(first_data, iterator)
    for row, cells in remaining:
        if _blank(cells):
            continue
        try:
            rows.append(_ptp_row(cells, file, row))
        except ReferenceFileError as error:
            if not skip_bad_rows:
                raise
            skipped.append(error)
    if not rows:
        raise ReferenceFileError(file, None, "rows", "no PTP edits below the header")
    return Parsed(rows, _setting_from_name(file), skipped)


def _chain(
    first: tuple[int, list[str]], rest: Iterator[tuple[int, list[str]]]
) -> Iterator[tuple[int, list[str]]]:
    yield first
    yield from rest


def _ptp_row(cells: list[str], file: str, row: int) -> PtpRow:
    if len(cells) < 6:
        raise ReferenceFileError(
            file, row, "row", f"{len(cells)} columns where the PTP layout has 7"
        )
    column_one = _code(cells[0], file, row, "Column 1")
    column_two = _code(cells[1], file, row, "Column 2")
    prior = cells[2]
    if prior not in {"", "*"}:
        raise ReferenceFileError(
            file, row, "*=in existence prior to 1996", f"{prior!r} should be '*' or empty"
        )
    effective = _yyyymmdd(cells[3], file, row, "Effective Date")
    deletion = None
    if cells[4] not in {"", "*"}:
        deletion = _yyyymmdd(cells[4], file, row, "Deletion Date")
        if deletion < effective:
            raise ReferenceFileError(
                file, row, "Deletion Date", f"{cells[4]} is before the effective date {cells[3]}"
            )
    indicator = cells[5]
    if indicator not in {"0", "1", "9"}:
        raise ReferenceFileError(file, row, "Modifier indicator", f"{indicator!r} is not 0, 1 or 9")
    return PtpRow(
        column_one,
        column_two,
        prior == "*",
        effective,
        deletion,
        int(indicator),
        _cell(cells, 6)[:200],
    )


# --- ASP NDC-HCPCS crosswalk -----------------------------------------------------------------

_NDC_COLUMNS = {
    "ndc": ("ndc2", "ndc", "ndc11"),
    "drug_name": ("drug name",),
    "hcpcs_dosage": ("hcpcs dosage",),
    "package_size": ("pkg size",),
    "package_quantity": ("pkg qty",),
    "billing_units": ("billunits",),
    "billing_units_per_package": ("billunitspkg",),
}


def normalize_ndc(value: str) -> str | None:
    """11 digits (5-4-2) from an NDC written 5-4-2, 4-4-2, 5-3-2, 5-4-1 or as 11 digits."""
    value = value.strip()
    if re.fullmatch(r"\d{11}", value):
        return value
    match = re.fullmatch(r"(\d{4,5})-(\d{3,4})-(\d{1,2})", value)
    if not match:
        return None
    labeler, product, package = match.groups()
    shape = (len(labeler), len(product), len(package))
    if shape not in {(5, 4, 2), (4, 4, 2), (5, 3, 2), (5, 4, 1)}:
        return None
    return labeler.zfill(5) + product.zfill(4) + package.zfill(2)


def parse_ndc(data: bytes, file: str, *, skip_bad_rows: bool = False) -> Parsed[NdcRow]:
    text = decode(data, file)
    iterator = records(text, ",")
    header: list[str] | None = None
    for row, cells in iterator:
        titles = [_squash(cell) for cell in cells]
        if "billunits" in titles and any(title.startswith("ndc") for title in titles):
            header = titles
            header_row = row
            break
    if header is None:
        raise ReferenceFileError(file, None, "header", "no header row with NDC and BILLUNITS")
    code_column = next(
        (
            index
            for index, title in enumerate(header)
            if re.fullmatch(r"_?\d{4}_code|hcpcs|hcpcs code", title)
        ),
        None,
    )
    if code_column is None:
        raise ReferenceFileError(file, header_row, "header", "no HCPCS code column")
    columns: dict[str, int] = {}
    for name, accepted in _NDC_COLUMNS.items():
        found = next((index for index, title in enumerate(header) if title in accepted), None)
        if found is None:
            raise ReferenceFileError(file, header_row, "header", f"no {accepted[0].upper()} column")
        columns[name] = found

    rows: list[NdcRow] = []
    skipped: list[ReferenceFileError] = []
    seen: dict[tuple[str, str], int] = {}
    for row, cells in iterator:
        if _blank(cells):
            continue
        try:
            hcpcs = _code(_cell(cells, code_column), file, row, "HCPCS code")
            raw_ndc = _cell(cells, columns["ndc"])
            ndc = normalize_ndc(raw_ndc)
            if ndc is None:
                raise ReferenceFileError(
                    file, row, "NDC", f"{raw_ndc!r} is not an NDC (5-4-2 or 11 digits)"
                )
            if (ndc, hcpcs) in seen:
                raise ReferenceFileError(
                    file,
                    row,
                    "NDC",
                    f"{raw_ndc} with {hcpcs} is listed again (first at row {seen[ndc, hcpcs]})",
                )
            parsed = NdcRow(
                ndc=ndc,
                hcpcs=hcpcs,
                drug_name=_cell(cells, columns["drug_name"])[:200],
                hcpcs_dosage=_cell(cells, columns["hcpcs_dosage"])[:100],
                package_size=_positive_decimal(
                    _cell(cells, columns["package_size"]), file, row, "PKG SIZE"
                ),
                package_quantity=_positive_decimal(
                    _cell(cells, columns["package_quantity"]), file, row, "PKG QTY"
                ),
                billing_units=_positive_decimal(
                    _cell(cells, columns["billing_units"]), file, row, "BILLUNITS"
                ),
                billing_units_per_package=_positive_decimal(
                    _cell(cells, columns["billing_units_per_package"]), file, row, "BILLUNITSPKG"
                ),
            )
        except ReferenceFileError as error:
            if not skip_bad_rows:
                raise
            skipped.append(error)
            continue
        seen[ndc, hcpcs] = row
        rows.append(parsed)
    if not rows:
        raise ReferenceFileError(file, None, "rows", "no crosswalk rows below the header")
    return Parsed(rows, "", skipped)
