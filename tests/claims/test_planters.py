"""The synthetic claim planters the benchmark uses: deterministic, and the checks
find exactly what they plant (a small run of the benchmark as a test)."""

from __future__ import annotations

import pytest

from claims.checks import CATALOGUE, run_checks
from claims.reference import MueLimit, NdcUnits, Reference
from claims.reference.files import parse_mue, parse_ndc
from tests.claims.planters import PROBLEMS, generate_claims, score, synthetic_ptp_rules
from tests.claims.samples import SAMPLES

SHARED = SAMPLES.parent / "reference"
MUE_FILE = SHARED / "ncci" / "mue_practitioner_2026Q2_hcpcs_level2_only.csv"
ASP_FILE = SHARED / "asp" / "asp_ndc_hcpcs_crosswalk_2026Q1_level2_only.csv"

pytestmark = pytest.mark.skipif(not MUE_FILE.exists(), reason="shared/ reference data absent")


@pytest.fixture(scope="module")
def reference() -> Reference:
    mue = parse_mue(MUE_FILE.read_bytes(), MUE_FILE.name).rows
    ndc = parse_ndc(ASP_FILE.read_bytes(), ASP_FILE.name, skip_bad_rows=True).rows
    return Reference.build(
        mue=[MueLimit(r.code, r.value, r.adjudication_indicator, r.rationale) for r in mue],
        ndc=[
            NdcUnits(r.ndc, r.hcpcs, r.package_size, r.billing_units, r.hcpcs_dosage) for r in ndc
        ],
        ptp=synthetic_ptp_rules(),
    )


def test_the_same_seed_gives_the_same_claims(reference: Reference) -> None:
    one = generate_claims(reference, claims=300, lines=1500, seed=11)
    two = generate_claims(reference, claims=300, lines=1500, seed=11)
    other = generate_claims(reference, claims=300, lines=1500, seed=12)

    assert one.claims == two.claims
    assert one.truth == two.truth
    assert one.claims != other.claims


def test_the_checks_find_what_is_planted_and_nothing_on_the_look_alikes(
    reference: Reference,
) -> None:
    synthetic = generate_claims(reference, claims=1500, lines=7500, seed=3, problem_rate=0.5)
    by_member = synthetic.by_member
    found = {
        (finding.claim_number, finding.check_id)
        for claim in synthetic.claims
        for finding in run_checks(claim, history=by_member[claim.member_id], reference=reference)
    }

    scores = score(synthetic.truth, found, [info.id for info in CATALOGUE])

    assert set(synthetic.planted) >= set(PROBLEMS)  # every kind of problem was planted
    assert found == set(synthetic.truth), {
        check: counts
        for check, counts in scores.items()
        if counts[0] != counts[1] or counts[1] != counts[2]
    }
    assert 6500 < synthetic.lines < 9000
