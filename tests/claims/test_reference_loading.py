"""Loading CMS reference tables: official layouts in, clear errors out, nothing half-loaded."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.reference.files import ReferenceFileError, normalize_ndc
from claims.reference.loading import current_reference_version, load_reference
from claims.reference.lookup import reference_from_database
from claims.reference.models import MueEdit, NdcCrosswalk, PtpEdit, ReferenceTable
from tests.claims.samples import SAMPLES

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = SAMPLES.parent / "reference"
SHARED_MUE = SHARED / "ncci" / "mue_practitioner_2026Q2_hcpcs_level2_only.csv"
SHARED_ASP = SHARED / "asp" / "asp_ndc_hcpcs_crosswalk_2026Q1_level2_only.csv"
PTP_FIXTURE = FIXTURES / "ccipra_v321r0_synthetic.txt"
MUE_FIXTURE = FIXTURES / "mue_practitioner_cms_layout.csv"

needs_shared = pytest.mark.skipif(not SHARED_MUE.exists(), reason="shared/ reference data absent")
pytestmark = pytest.mark.django_db


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def ptp_text(*rows: str) -> str:
    header = (
        "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\t"
        "Deletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\t"
        "PTP Edit Rationale"
    )
    return "\n".join(["CPT only copyright (synthetic)", header, *rows]) + "\n"


# --- MUE ---------------------------------------------------------------------------------------


@needs_shared
def test_the_shared_level_ii_mue_table_loads_with_its_indicators() -> None:
    result = load_reference("mue", [SHARED_MUE])

    table = result.table
    assert result.loaded
    assert (table.kind, table.setting, table.row_count) == ("mue", "practitioner", 4592)
    assert table.source_name == SHARED_MUE.name
    assert len(table.sha256) == 64
    indicators = {
        indicator: MueEdit.objects.filter(table=table, adjudication_indicator=indicator).count()
        for indicator in (1, 2, 3)
    }
    assert indicators == {1: 40, 2: 333, 3: 4219}


def test_the_full_cms_mue_layout_loads_with_preamble_split_header_and_worded_indicator() -> None:
    table = load_reference("mue", [MUE_FIXTURE]).table

    rows = {row.code: row for row in MueEdit.objects.filter(table=table)}
    assert table.setting == "practitioner"
    assert set(rows) == {"10001", "10002", "10003", "J1100", "A0021"}
    assert (rows["10001"].value, rows["10001"].adjudication_indicator) == (1, 1)
    assert (rows["10002"].value, rows["10002"].adjudication_indicator) == (2, 2)
    assert (rows["J1100"].value, rows["J1100"].adjudication_indicator) == (10, 3)
    assert rows["J1100"].rationale == "Prescribing Information"


def test_an_outpatient_hospital_mue_table_is_told_apart_by_its_header(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "mue_q2.csv",
        '"copyright line"\n'
        "HCPCS/CPT Code,Outpatient Hospital Services MUE Values,"
        "MUE Adjudication Indicator,MUE Rationale\n"
        "J1100,25,3 Date of Service Edit: Clinical,Prescribing Information\n",
    )

    assert load_reference("mue", [path]).table.setting == "outpatient"


def test_a_bad_mue_value_names_file_row_and_field_and_loads_nothing(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "mue_practitioner_bad.csv",
        "hcpcs,mue_value,mai,mue_rationale\nJ1100,10,3,x\nJ1200,ten,3,x\nJ1300,2,3,x\n",
    )

    with pytest.raises(ReferenceFileError) as raised:
        load_reference("mue", [path])

    assert (raised.value.file, raised.value.row, raised.value.field) == (
        "mue_practitioner_bad.csv",
        3,
        "MUE value",
    )
    assert str(raised.value).startswith("mue_practitioner_bad.csv: row 3: MUE value: 'ten'")
    assert ReferenceTable.objects.count() == 0
    assert MueEdit.objects.count() == 0


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ("J11,10,3,x", "HCPCS/CPT code"),
        ("J1100,10,4,x", "MUE adjudication indicator"),
        ("J1100,-1,3,x", "MUE value"),
    ],
)
def test_each_bad_mue_field_is_named(tmp_path: Path, row: str, field: str) -> None:
    path = write(tmp_path, "mue_practitioner.csv", f"hcpcs,mue_value,mai,mue_rationale\n{row}\n")

    with pytest.raises(ReferenceFileError) as raised:
        load_reference("mue", [path])

    assert (raised.value.row, raised.value.field) == (2, field)


def test_a_code_listed_twice_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "mue_practitioner.csv", "hcpcs,mue_value,mai\nJ1100,10,3\nJ1100,12,3\n")

    with pytest.raises(ReferenceFileError, match=r"row 3: HCPCS/CPT code: J1100 is listed again"):
        load_reference("mue", [path])


def test_a_failed_reload_leaves_the_current_table_whole(tmp_path: Path) -> None:
    good = load_reference("mue", [MUE_FIXTURE]).table
    bad = write(tmp_path, "mue_practitioner.csv", "hcpcs,mue_value,mai\nJ1100,10,3\nJ1200,x,3\n")

    with pytest.raises(ReferenceFileError):
        load_reference("mue", [bad])

    assert list(ReferenceTable.objects.current()) == [good]
    assert MueEdit.objects.filter(table=good).count() == 5


def test_reloading_the_same_file_changes_nothing_and_a_new_file_replaces_the_table(
    tmp_path: Path,
) -> None:
    first = load_reference("mue", [MUE_FIXTURE])
    version = current_reference_version()

    again = load_reference("mue", [MUE_FIXTURE])
    assert (again.loaded, again.table.pk) == (False, first.table.pk)
    assert current_reference_version() == version

    newer = write(tmp_path, "mue_practitioner_next.csv", "hcpcs,mue_value,mai\nJ1100,12,3\n")
    replaced = load_reference("mue", [newer])

    first.table.refresh_from_db()
    assert replaced.loaded
    assert first.table.superseded_at is not None
    assert MueEdit.objects.filter(table=first.table).count() == 0
    assert list(MueEdit.objects.values_list("code", "value")) == [("J1100", 12)]
    assert current_reference_version() != version
    assert reference_from_database().mue_limit("practitioner", "J1100").value == 12


def test_a_table_whose_setting_cannot_be_told_needs_one(tmp_path: Path) -> None:
    path = write(tmp_path, "mue.csv", "hcpcs,mue_value,mai\nJ1100,10,3\n")

    with pytest.raises(ReferenceFileError, match="setting: cannot tell which CMS table"):
        load_reference("mue", [path])
    assert load_reference("mue", [path], setting="dme").table.setting == "dme"


def test_a_given_setting_must_agree_with_the_file() -> None:
    with pytest.raises(ReferenceFileError, match="given as outpatient but the file is a practi"):
        load_reference("mue", [MUE_FIXTURE], setting="outpatient")


def test_a_zip_as_cms_distributes_it_is_read(tmp_path: Path) -> None:
    archive = tmp_path / "mue_practitioner.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.write(MUE_FIXTURE, "MCR_MUE_PractitionerServices.csv")

    assert load_reference("mue", [archive]).table.row_count == 5


def test_binary_junk_is_refused_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "mue_practitioner.csv"
    path.write_bytes(b"\x00\x01\x02PK\x00junk" * 100)

    with pytest.raises(ReferenceFileError, match="not a text table"):
        load_reference("mue", [path])


# --- PTP ---------------------------------------------------------------------------------------


def test_the_official_ptp_layout_loads_with_its_multi_line_header() -> None:
    table = load_reference("ptp", [PTP_FIXTURE]).table

    assert (table.kind, table.setting, table.row_count) == ("ptp", "practitioner", 5)
    edits = {(edit.column_one, edit.column_two): edit for edit in PtpEdit.objects.all()}
    assert edits["10001", "10002"].existed_before_1996 is True
    assert edits["10001", "10002"].deletion_date is None
    assert edits["10001", "10003"].modifier_indicator == 0
    assert edits["10004", "10005"].effective_date == date(2015, 1, 1)
    assert edits["10004", "10005"].deletion_date == date(2025, 1, 1)
    assert edits["10006", "10007"].modifier_indicator == 9


def test_ptp_parts_of_one_table_load_together(tmp_path: Path) -> None:
    one = write(tmp_path, "ccipra-v321r0-f1.txt", ptp_text("20001\t20002\t\t20200101\t*\t1\tx"))
    two = write(tmp_path, "ccipra-v321r0-f2.txt", ptp_text("30001\t30002\t\t20200101\t*\t0\tx"))

    table = load_reference("ptp", [one, two]).table

    assert table.row_count == 2
    assert table.source_name == "ccipra-v321r0-f1.txt, ccipra-v321r0-f2.txt"


@pytest.mark.parametrize(
    ("row", "field", "message"),
    [
        ("20001\t20002\t\t20200101\t*\t2\tx", "Modifier indicator", "'2' is not 0, 1 or 9"),
        ("20001\t20002\t\t2020-01-01\t*\t1\tx", "Effective Date", "is not a date (YYYYMMDD)"),
        ("20001\t20002\t\t20200101\t20190101\t1\tx", "Deletion Date", "before the effective"),
        ("20001\t20002\t\t20201301\t*\t1\tx", "Effective Date", "not a real date"),
        ("2000\t20002\t\t20200101\t*\t1\tx", "Column 1", "not a 5-character"),
        ("20001\t20002\tyes\t20200101\t*\t1\tx", "*=in existence prior to 1996", "'*' or empty"),
        ("20001\t20002\t\t20200101", "row", "4 columns"),
    ],
)
def test_each_bad_ptp_field_is_named_and_nothing_is_stored(
    tmp_path: Path, row: str, field: str, message: str
) -> None:
    path = write(
        tmp_path, "ccipra-bad.txt", ptp_text("20001\t20003\t\t20200101\t*\t1\tgood row", row)
    )

    with pytest.raises(ReferenceFileError) as raised:
        load_reference("ptp", [path])

    assert (raised.value.file, raised.value.row, raised.value.field) == ("ccipra-bad.txt", 4, field)
    assert message in raised.value.message
    assert PtpEdit.objects.count() == 0
    assert ReferenceTable.objects.count() == 0


def test_a_ptp_file_without_the_official_header_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "ccipra.txt", "Code A\tCode B\n20001\t20002\n")

    with pytest.raises(ReferenceFileError, match='header: no header row with "Column 1"'):
        load_reference("ptp", [path])


def test_a_ptp_header_with_columns_out_of_order_is_refused(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "ccipra.txt",
        "Column 1\tColumn 2\tEffective Date\t*=in existence prior to 1996\tDeletion Date\t"
        "Modifier\tPTP Edit Rationale\n20001\t20002\t20200101\t\t*\t1\tx\n",
    )

    with pytest.raises(ReferenceFileError, match="column 3 should be"):
        load_reference("ptp", [path])


def test_a_hundred_thousand_ptp_rows_load_in_batches(tmp_path: Path) -> None:
    rows = [
        f"{10000 + i // 40:05d}\t{20000 + i % 40:05d}\t\t20200101\t*\t1\tx" for i in range(100_000)
    ]
    path = write(tmp_path, "ccipra-v321r0-f1.txt", ptp_text(*rows))

    table = load_reference("ptp", [path]).table

    assert table.row_count == 100_000
    assert PtpEdit.objects.filter(table=table).count() == 100_000


# --- NDC crosswalk -----------------------------------------------------------------------------


@needs_shared
def test_the_shared_crosswalk_is_refused_for_its_one_malformed_ndc_unless_told_to_skip() -> None:
    with pytest.raises(ReferenceFileError) as raised:
        load_reference("ndc", [SHARED_ASP])
    assert (raised.value.row, raised.value.field) == (4862, "NDC")
    assert NdcCrosswalk.objects.count() == 0

    result = load_reference("ndc", [SHARED_ASP], skip_bad_rows=True)

    assert (result.table.row_count, result.table.skipped_rows) == (7097, 1)
    assert [error.row for error in result.skipped] == [4862]
    vueway = NdcCrosswalk.objects.get(ndc="00270701546", hcpcs="A9573")
    assert (vueway.package_size, vueway.billing_units, vueway.package_quantity) == (
        Decimal(30),
        Decimal(30),
        Decimal(25),
    )
    units = reference_from_database().ndc_rows("00270701546")["A9573"]
    assert units.billing_units == Decimal(30)


def test_a_crosswalk_row_with_a_zero_billing_unit_names_the_field(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "asp.csv",
        "_2026_CODE,Short Description,LABELER NAME,NDC2,Drug Name,HCPCS dosage,PKG SIZE,"
        "PKG QTY,BILLUNITS,BILLUNITSPKG\n"
        "J1100,Dexamethasone,Maker,00404-9805-05,Dexamethasone,1 MG,5,1,0,20\n",
    )

    with pytest.raises(ReferenceFileError, match=r"asp.csv: row 2: BILLUNITS: '0' must be"):
        load_reference("ndc", [path])


@pytest.mark.parametrize(
    ("written", "eleven"),
    [
        ("00404-9805-05", "00404980505"),
        ("0404-9805-05", "00404980505"),
        ("00404-805-05", "00404080505"),
        ("00404-9805-5", "00404980505"),
        ("00404980505", "00404980505"),
        ("888867413689", None),
        ("404-805-05", None),
    ],
)
def test_ndcs_are_normalised_to_eleven_digits(written: str, eleven: str | None) -> None:
    assert normalize_ndc(written) == eleven


# --- the command -------------------------------------------------------------------------------


def test_the_command_loads_and_reports_the_version() -> None:
    out = io.StringIO()

    call_command("load_reference", "ptp", str(PTP_FIXTURE), stdout=out)

    assert "loaded ptp (practitioner): 5 rows from ccipra_v321r0_synthetic.txt" in out.getvalue()
    assert "reference version: ptp-practitioner:" in out.getvalue()


def test_the_command_turns_a_bad_file_into_a_located_error(tmp_path: Path) -> None:
    path = write(tmp_path, "ccipra.txt", ptp_text("20001\t20002\t\t20200101\t*\t7\tx"))

    with pytest.raises(CommandError, match=r"ccipra.txt: row 3: Modifier indicator: '7'"):
        call_command("load_reference", "ptp", str(path))
