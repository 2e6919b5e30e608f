"""An upload's bytes to claim records: the size limit, zip files within limits, binary junk
refused, the format detected and the file parsed by its importer (claims.importers)."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import PurePosixPath

from django.conf import settings

from claims import records
from claims.importers import json_error_place, json_shape_problem
from claims.records import ImportRejected, Problem

ZIP_MAGIC = b"PK\x03\x04"


def _reject(file: str, location: str, field: str, message: str) -> ImportRejected:
    return ImportRejected([Problem(file, location, field, message)])


def unpack(data: bytes, filename: str) -> tuple[list[tuple[str, bytes]], str]:
    """The files to parse: the upload itself, or the entries of a zip within the limits."""
    limit = settings.CLAIMS_IMPORT_MAX_BYTES
    if len(data) > limit:
        raise _reject(
            filename, "file", "size", f"the file is {len(data):,} bytes; the limit is {limit:,}"
        )
    if not data.strip():
        raise _reject(filename, "file", "", "the file is empty")
    if not data.startswith(ZIP_MAGIC) and not filename.lower().endswith(".zip"):
        return [(filename, data)], ""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = [entry for entry in archive.infolist() if not entry.is_dir()]
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _reject(filename, "file", "", "not a readable zip file") from None
    entries = [entry for entry in entries if not _ignored_entry(entry.filename)]
    if not entries:
        raise _reject(filename, "file", "", "the zip file holds no claim files")
    if len(entries) > settings.CLAIMS_ZIP_MAX_ENTRIES:
        raise _reject(
            filename,
            "file",
            "entries",
            f"the zip holds {len(entries)} files; the limit is {settings.CLAIMS_ZIP_MAX_ENTRIES}",
        )
    budget = settings.CLAIMS_ZIP_MAX_TOTAL_BYTES
    declared = sum(entry.file_size for entry in entries)
    if declared > budget:
        raise _reject(
            filename,
            "file",
            "size",
            f"the zip unpacks to {declared:,} bytes; the limit is {budget:,}",
        )
    files = []
    for entry in entries:
        name = f"{filename}:{entry.filename}"
        if entry.flag_bits & 0x1:
            raise _reject(name, "file", "", "encrypted zip entries are not accepted")
        ratio = entry.file_size / max(entry.compress_size, 1)
        if ratio > settings.CLAIMS_ZIP_MAX_RATIO:
            raise _reject(
                name,
                "file",
                "compression",
                f"compressed {ratio:,.0f} to 1; more than "
                f"{settings.CLAIMS_ZIP_MAX_RATIO} to 1 looks like a zip bomb",
            )
        content = _read_entry(archive, entry, name, min(budget, limit))
        budget -= len(content)
        if budget < 0:
            raise _reject(filename, "file", "size", "the zip unpacks to more than the limit")
        if content.startswith(ZIP_MAGIC):
            raise _reject(name, "file", "", "zip files inside a zip are not accepted")
        files.append((name, content))
    return files, "zip"


def _ignored_entry(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return any(part.startswith(".") or part == "__MACOSX" for part in parts)


def _read_entry(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, name: str, limit: int) -> bytes:
    """Read at most `limit` bytes whatever the entry's header claims (headers can lie)."""
    chunks, total = [], 0
    try:
        with archive.open(entry) as stream:
            while chunk := stream.read(64 * 1024):
                total += len(chunk)
                if total > limit or total > entry.file_size:
                    raise _reject(
                        name,
                        "file",
                        "size",
                        "the entry unpacks to more than it declares or than the limit",
                    )
                chunks.append(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError):
        raise _reject(name, "file", "", "the zip entry cannot be read") from None
    return b"".join(chunks)


def _text_problem(name: str, data: bytes) -> Problem | None:
    """Binary junk: NUL bytes or bytes that are not UTF-8."""
    nul = data.find(b"\x00")
    if nul >= 0:
        return Problem(name, f"byte {nul}", "", "binary data (a NUL byte): not a claims file")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return Problem(name, f"byte {error.start}", "", "not UTF-8 text: not a claims file")
    return None


_RESOURCE_TYPE = re.compile(rb'"resourceType"\s*:')


def detect_format(data: bytes) -> str:
    """ "x12" (starts with ISA), "fhir" (JSON that names a resourceType anywhere in the whole
    file, even when the JSON itself is broken: the FHIR reader then says where), "json" (other
    JSON), or "csv"."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:3].upper() == b"ISA":
        return "x12"
    if head[:1] in {b"{", b"["}:
        return "fhir" if _RESOURCE_TYPE.search(data) else "json"
    return "csv"


def guess_format(data: bytes) -> str:
    if data.startswith(ZIP_MAGIC):
        return "zip"
    return detect_format(data) if b"\x00" not in data[:1024] else "binary"


def _json_problem(name: str, content: bytes) -> Problem:
    """JSON that is no FHIR resource: where it breaks when it is not valid JSON."""
    text = content.decode("utf-8-sig")
    shape = json_shape_problem(text)
    if shape is not None:
        return Problem(name, shape[0], "JSON", shape[1])
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return Problem(name, *json_error_place(text, error))
    except ValueError:
        return Problem(name, "document", "JSON", "not valid JSON")
    return Problem(name, "document", "resourceType", "JSON, but not a FHIR resource or bundle")


def parse_all(files: list[tuple[str, bytes]]) -> list[records.Claim]:
    problems: list[Problem] = []
    claims: list[records.Claim] = []
    for name, content in files:
        junk = _text_problem(name, content)
        if junk is not None:
            problems.append(junk)
            continue
        try:
            claims.extend(_parse_one(name, content))
        except ImportRejected as rejected:
            problems.extend(rejected.problems)
    if problems:
        raise ImportRejected(problems)
    return claims


def _parse_one(name: str, content: bytes) -> list[records.Claim]:
    kind = detect_format(content)
    if kind == "x12":
        from claims.importers import x12

        return list(x12.parse(content, filename=name))
    if kind == "fhir":
        from claims.importers import fhir

        return list(fhir.parse(content, filename=name))
    if kind == "json":
        raise ImportRejected([_json_problem(name, content)])
    from claims.importers import csv

    return csv.parse(content, filename=name)
