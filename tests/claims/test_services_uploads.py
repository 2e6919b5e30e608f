"""Oversized files, zip bombs, binary junk and other formats are refused cleanly."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from claims.models import Claim, ImportBatch
from claims.services.imports import claims_import
from claims.services.uploads import detect_format
from tests.claims.conftest import claim_rows, csv_bytes, served_member

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def member(agent):
    return served_member(agent, member_id="M900001")


def zipped(files: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def only_problem(result):  # type: ignore[no-untyped-def]
    assert len(result.problems) == 1, result.problems
    assert not Claim.objects.exists()
    assert result.batch.outcome == ImportBatch.Outcome.REJECTED
    return result.problems[0]


def test_an_oversized_file_is_refused(agent, settings):
    settings.CLAIMS_IMPORT_MAX_BYTES = 1000
    data = csv_bytes(claim_rows("M900001") * 10)
    problem = only_problem(claims_import(data=data, filename="big.csv", actor=agent))
    assert (problem.file, problem.field) == ("big.csv", "size")
    assert f"the file is {len(data):,} bytes; the limit is 1,000" == problem.message


@pytest.mark.parametrize(
    ("data", "location", "words"),
    [
        (b"claim_number,member_id\x00\x01\x02", "byte 22", "binary data (a NUL byte)"),
        (b"claim_number\n" + b"\xff\xfe\x80", "byte 13", "not UTF-8 text"),
        (bytes(range(256)) * 4, "byte 0", "binary data"),
    ],
)
def test_binary_junk_is_refused(agent, data, location, words):
    problem = only_problem(claims_import(data=data, filename="junk.bin", actor=agent))
    assert problem.location == location and words in problem.message


def test_an_empty_file_and_plain_json_are_refused(agent):
    assert (
        "empty" in only_problem(claims_import(data=b" \n", filename="e.csv", actor=agent)).message
    )
    problem = only_problem(claims_import(data=b'{"a": 1}', filename="x.json", actor=agent))
    assert problem.field == "resourceType" and "not a FHIR resource" in problem.message


def test_format_detection():
    assert detect_format(b"ISA*00*          *00*") == "x12"
    assert detect_format(b"\xef\xbb\xbf  isa*00") == "x12"
    assert detect_format(json.dumps({"resourceType": "Bundle"}).encode()) == "fhir"
    assert detect_format(b"[1, 2]") == "json"
    assert detect_format(b"claim_number,member_id\n") == "csv"


def test_a_zip_of_claim_files_is_imported_as_one(agent):
    data = zipped(
        {
            "a.csv": csv_bytes(claim_rows("M900001")),
            "b.csv": csv_bytes(claim_rows("M900001", number="CLM-2")),
            "__MACOSX/._a.csv": b"\x00\x05junk",
        }
    )
    result = claims_import(data=data, filename="batch.zip", actor=agent)
    assert not result.problems, result.problems
    assert (result.batch.format, result.batch.claims_created) == ("zip", 2)


def test_a_zip_with_one_bad_file_stores_nothing_and_names_the_entry(agent):
    data = zipped(
        {
            "a.csv": csv_bytes(claim_rows("M900001")),
            "b.csv": csv_bytes(claim_rows("M900001", number="CLM-2", units="x")),
        }
    )
    result = claims_import(data=data, filename="batch.zip", actor=agent)
    assert [(p.file, p.location, p.field) for p in result.problems] == [
        ("batch.zip:b.csv", "row 2", "units"),
        ("batch.zip:b.csv", "row 3", "units"),
    ]
    assert not Claim.objects.exists()


def test_a_zip_bomb_is_refused_by_its_ratio(agent):
    bomb = zipped({"a.csv": b"0" * 5_000_000})
    assert len(bomb) < 10_000
    problem = only_problem(claims_import(data=bomb, filename="bomb.zip", actor=agent))
    assert problem.file == "bomb.zip:a.csv" and "looks like a zip bomb" in problem.message


def test_a_zip_bomb_is_refused_by_its_unpacked_size(agent, settings):
    settings.CLAIMS_ZIP_MAX_RATIO = 10**9
    settings.CLAIMS_ZIP_MAX_TOTAL_BYTES = 1_000_000
    bomb = zipped({f"{n}.csv": b"0" * 600_000 for n in range(2)})
    problem = only_problem(claims_import(data=bomb, filename="bomb.zip", actor=agent))
    assert problem.field == "size" and "limit is 1,000,000" in problem.message


def test_a_zip_whose_headers_understate_its_size_is_refused(agent, settings):
    settings.CLAIMS_ZIP_MAX_RATIO = 10**9
    data = bytearray(zipped({"a.csv": b"0" * 100_000}))
    # Rewrite the declared uncompressed size (central directory) to 10 bytes.
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")
    problem = only_problem(claims_import(data=bytes(data), filename="liar.zip", actor=agent))
    assert problem.file == "liar.zip:a.csv"


def test_too_many_entries_nested_zips_and_broken_zips(agent, settings):
    settings.CLAIMS_ZIP_MAX_ENTRIES = 3
    many = zipped({f"{n}.csv": b"x" for n in range(4)})
    assert (
        "holds 4 files"
        in only_problem(claims_import(data=many, filename="m.zip", actor=agent)).message
    )
    nested = zipped({"inner.zip": zipped({"a.csv": b"x"}, zipfile.ZIP_STORED)}, zipfile.ZIP_STORED)
    assert (
        "inside a zip"
        in only_problem(claims_import(data=nested, filename="n.zip", actor=agent)).message
    )
    broken = b"PK\x03\x04" + b"garbage" * 20
    assert (
        "not a readable zip"
        in only_problem(claims_import(data=broken, filename="b.zip", actor=agent)).message
    )
