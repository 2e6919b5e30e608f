"""Benchmark of the miscoding checks. Prints one `name: value` line per figure.

Generates synthetic claims with planted problems (claims.synthetic, seeded), runs every check
on every claim with the member's other claims as history, and reports lines checked per second
and, per check, precision and recall against the planted problems. The reference is the shared
Level II practitioner MUE table and ASP crosswalk, read straight from the files (no database),
plus made-up PTP edits (the real table is licensed).

    .venv/bin/python bench/claims.py [--claims 100000] [--lines 500000] [--seed 5]
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "data" / "claims" / "reference"
MUE_FILE = SHARED / "ncci" / "mue_practitioner_2026Q2_hcpcs_level2_only.csv"
ASP_FILE = SHARED / "asp" / "asp_ndc_hcpcs_crosswalk_2026Q1_level2_only.csv"


def bench_reference():
    from claims.reference import files
    from claims.reference.lookup import MueLimit, NdcUnits, Reference
    from claims.synthetic import synthetic_ptp_rules

    mue = files.parse_mue(MUE_FILE.read_bytes(), MUE_FILE.name)
    ndc = files.parse_ndc(ASP_FILE.read_bytes(), ASP_FILE.name, skip_bad_rows=True)
    return Reference.build(
        mue=[MueLimit(r.code, r.value, r.adjudication_indicator, r.rationale) for r in mue.rows],
        ndc=[
            NdcUnits(
                r.ndc,
                r.hcpcs,
                r.package_size,
                r.billing_units,
                r.hcpcs_dosage,
                r.package_quantity,
                r.drug_name,
            )
            for r in ndc.rows
        ],
        ptp=synthetic_ptp_rules(),
        version="bench",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--lines", type=int, default=500_000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="print the top functions")
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)

    from claims.checks import CATALOGUE, run_checks
    from claims.checks.diagnosis import code_status
    from claims.synthetic import generate_claims, score

    started = time.perf_counter()
    reference = bench_reference()
    synthetic = generate_claims(reference, claims=args.claims, lines=args.lines, seed=args.seed)
    generated = time.perf_counter() - started
    code_status("E119")  # load the ICD-10-CM code set outside the timed run
    by_member = synthetic.by_member

    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    found: set[tuple[str, str]] = set()
    started = time.perf_counter()
    for claim in synthetic.claims:
        for finding in run_checks(claim, history=by_member[claim.member_id], reference=reference):
            found.add((finding.claim_number, finding.check_id))
    checked = time.perf_counter() - started
    if profiler is not None:
        import pstats

        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)

    print(f"claims: {len(synthetic.claims)}")
    print(f"lines: {synthetic.lines}")
    print(f"members: {len(by_member)}")
    print(f"planted problems: {sum(synthetic.planted.values())}")
    print(f"expected findings (claim, check): {len(synthetic.truth)}")
    print(f"generate seconds: {generated:.1f}")
    print(f"check seconds: {checked:.1f}")
    print(f"lines checked per second: {synthetic.lines / checked:.0f}")
    print(f"claims checked per second: {len(synthetic.claims) / checked:.0f}")
    totals = [0, 0, 0]
    for check_id, (hits, reported, planted) in score(
        synthetic.truth, found, [info.id for info in CATALOGUE]
    ).items():
        totals = [totals[0] + hits, totals[1] + reported, totals[2] + planted]
        precision = f"{hits / reported:.4f}" if reported else "n/a"
        recall = f"{hits / planted:.4f}" if planted else "n/a"
        print(f"{check_id} precision: {precision}")
        print(f"{check_id} recall: {recall}")
        print(f"{check_id} planted/reported/correct: {planted}/{reported}/{hits}")
    print(f"all checks precision: {totals[0] / max(1, totals[1]):.4f}")
    print(f"all checks recall: {totals[0] / max(1, totals[2]):.4f}")
    for kind, count in sorted(synthetic.planted.items()):
        print(f"planted {kind}: {count}")


if __name__ == "__main__":
    main()
