"""careteam.x12: pyx12's reading of an X12 file, shared by the 834 roster reader and claims'
837 and 835 reader (which words and filters the findings each its own way)."""

from __future__ import annotations

import dataclasses

from careteam.x12 import x12_read
from tests.claims.x12_support import fixture_text, mutated


def test_a_whole_837_is_read_in_its_loops_and_nothing_is_found():
    reading = x12_read(fixture_text("837p_icd10.837"))

    assert reading.stopped_at == 0
    assert [segment.seg_id for segment in reading.segments[:3]] == ["ISA", "GS", "ST"]
    assert [segment.position for segment in reading.segments[:3]] == [1, 2, 3]
    clm = next(segment for segment in reading.segments if segment.seg_id == "CLM")
    assert (clm.loop, clm.where) == ("2300", "segment 21 (CLM)")
    assert clm.value("CLM02") == "260.00"
    assert [finding for finding in reading.findings if not finding.tolerated] == []


def test_a_wrong_segment_count_is_an_envelope_finding_at_the_closing_segment():
    reading = x12_read(mutated("837p_icd10.837", "SE*38*", "SE*37*"))

    [finding] = [finding for finding in reading.findings if finding.kind == "envelope"]
    assert (finding.position, finding.seg_id, finding.node_id) == (40, "SE", "ST")
    location, field, message = finding.envelope_problem()
    assert (location, field) == ("segment 40 (SE)", "ST envelope")
    assert "SE count" in message


def test_an_element_finding_names_its_place_and_code_but_never_the_value():
    reading = x12_read(mutated("837p_icd10.837", "CLM*PCN-1001*260.00", "CLM*PCN-1001*26O.00"))

    [finding] = [finding for finding in reading.findings if not finding.tolerated]
    assert (finding.kind, finding.where, finding.ref) == ("element", "segment 21 (CLM)", "CLM02")
    assert finding.version == "005010X222A1"
    assert finding.element_error == "invalid character"
    assert all("26O" not in str(value) for value in dataclasses.astuple(finding))
