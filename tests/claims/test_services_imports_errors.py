"""Clear errors through the whole import: JSON broken at a line and column, X12 delimiter
problems named with the delimiters the file declares, the format recorded from the whole file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.models import ImportBatch
from claims.services.imports import claims_import
from tests.claims.samples import CARIN, FHIR_SAMPLES, carin_bundle

pytestmark = pytest.mark.django_db


def test_a_big_bundle_cut_short_says_where_and_is_recorded_as_fhir(agent):
    data = (FHIR_SAMPLES / "synthea" / "synthea_r4_bundle_Roland928.json").read_bytes()
    assert len(data) > 200_000
    cut = data[: len(data) - 5000]
    result = claims_import(data=cut, filename="bundle.json", actor=agent)
    [problem] = result.problems
    lines = cut.decode().count("\n") + 1
    assert problem.location.startswith(f"line {lines} column ")
    assert problem.field == "JSON"
    assert problem.message.startswith("not valid JSON: ")
    assert problem.message.endswith("; the file ends before the JSON does (cut short?)")
    batch = ImportBatch.objects.get()
    assert (batch.outcome, batch.format) == (ImportBatch.Outcome.REJECTED, "fhir")


def test_broken_json_that_names_no_resource_still_says_where_it_broke(agent):
    result = claims_import(
        data=b'{"claims": [\n  {"id": 1},\n  {"id": 2,}\n]}', filename="a.json", actor=agent
    )
    [problem] = result.problems
    assert (problem.location, problem.field) == ("line 3 column 12", "JSON")
    assert problem.message == "not valid JSON: Expecting property name enclosed in double quotes"
    assert ImportBatch.objects.get().format == "json"


def test_valid_json_that_is_no_fhir_resource_says_so(agent):
    result = claims_import(data=b'{"claims": []}', filename="a.json", actor=agent)
    [problem] = result.problems
    assert problem.message == "JSON, but not a FHIR resource or bundle"


def test_an_eob_broken_mid_file_names_its_line(agent):
    text = json.dumps(carin_bundle(CARIN / "ExplanationOfBenefit-EOBOral1.json"), indent=1)
    lines = text.split("\n")
    lines[40] = lines[40].rstrip(",") + " oops,"
    result = claims_import(data="\n".join(lines).encode(), filename="oral.json", actor=agent)
    [problem] = result.problems
    assert problem.location.startswith("line 41 column ")
    assert "cut short" not in problem.message


def test_an_837_with_another_segment_terminator_is_recorded_as_x12_and_named(agent):
    text = (Path(__file__).parent / "fixtures" / "837p_icd10.837").read_text()
    isa, rest = text.split("\n", 1)
    data = (isa + "\n" + rest.replace("~\n", "\n")).encode()
    result = claims_import(data=data, filename="claims.837", actor=agent)
    [problem] = result.problems
    assert problem.field == "ISA delimiters"
    assert "'~' as the segment terminator" in problem.message
    assert "the GS segment ends with a line break" in problem.message
    assert ImportBatch.objects.get().format == "x12"
