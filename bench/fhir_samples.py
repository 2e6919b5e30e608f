"""Benchmark: the public FHIR claim samples through claims_import and the checks. Prints one
`name: value` line per figure (progress goes to stderr).

Data, none of it written for this project (../shared/data/claims/samples/fhir/):
- carin-bb-2.0.0/: the HL7 CARIN Blue Button IG 2.0.0's 20 ExplanationOfBenefit examples
  (professional, transportation, inpatient and outpatient institutional, pharmacy, oral, each
  also in its non-financial form), each bundled with the example resources it references
  (Patient, Coverage, Organization, Practitioner), financial forms first;
- bluebutton-v2/: CMS Blue Button 2.0 R4 sample EOBs (carrier, carrier with several lines,
  DME, inpatient, outpatient, SNF), one file each.

Each set is imported file by file (as a payer's API returns them) into an emptied database,
--repeat times, and the median claims a second reported; then the checks jobs run once and
the flags found are counted by check, with the importer's per-line notes.

    .venv/bin/python bench/fhir_samples.py [--repeat 5]
        [--database-url postgres://postgres@127.0.0.1:5432/careteam_fhir_samples_bench]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# The database helpers of the claims benchmark (its module name would shadow the claims app).
_spec = importlib.util.spec_from_file_location("claims_bench", ROOT / "bench" / "claims.py")
assert _spec is not None and _spec.loader is not None
claims_bench = importlib.util.module_from_spec(_spec)
sys.modules["claims_bench"] = claims_bench
_spec.loader.exec_module(claims_bench)

MEMBER_IDS = ("888009335", "12345678901", "10300007", "567834")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/careteam_fhir_samples_bench"
    )
    return parser.parse_args()


def sample_files() -> dict[str, list[tuple[str, bytes]]]:
    from tests.claims.samples import blue_button_eobs, carin_bundle, carin_eobs

    return {
        "carin": [(path.name, json.dumps(carin_bundle(path)).encode()) for path in carin_eobs()],
        "bluebutton": [(path.name, path.read_bytes()) for path in blue_button_eobs()],
    }


def create_members() -> int:
    from careteam.models import Member

    team_id = claims_bench.bench_team_id()
    for member_id in MEMBER_IDS:
        member = Member.objects.create(
            member_id=member_id,
            first_name="Sample",
            last_name=f"Member {member_id}",
            date_of_birth="1950-01-01",
            sex="U",
            state="PA",
            plan="Sample plan",
        )
        member.teams.add(team_id)
    return len(MEMBER_IDS)


def import_all(files: list[tuple[str, bytes]]) -> tuple[float, int, int, list]:  # type: ignore[type-arg]
    """Import every file in order; (seconds, claims stored or updated, lines, batches)."""
    from claims.services.imports import claims_import

    team_ids = [claims_bench.bench_team_id()]
    batches = []
    started = time.perf_counter()
    for name, data in files:
        result = claims_import(data=data, filename=name, actor=None, team_ids=team_ids)
        if result.rejected:
            raise SystemExit(f"{name} was rejected: {[str(p) for p in result.problems[:5]]}")
        batches.append(result.batch)
    seconds = time.perf_counter() - started
    claims = sum(batch.claims_created + batch.claims_updated for batch in batches)
    lines = sum(batch.lines_stored for batch in batches)
    return seconds, claims, lines, batches


def run_set(title: str, files: list[tuple[str, bytes]], repeat: int) -> None:
    from careteam import jobs
    from careteam.models import Job
    from claims.models import Claim, Flag
    from claims.services.checks import CHECK_BATCH

    rates, seconds_each = [], []
    batches: list = []  # type: ignore[type-arg]
    for _ in range(repeat):
        claims_bench.empty_database()
        create_members()
        claims_bench.defer_jobs()
        seconds, claims, lines, batches = import_all(files)
        rates.append(claims / seconds)
        seconds_each.append(seconds)
        log(f"  {title}: {claims} claims, {lines} lines in {seconds:.2f} s")
    print(f"{title}_files: {len(files)}")
    print(f"{title}_claims_stored: {Claim.objects.count()}")
    print(f"{title}_claim_versions_imported: {claims}")
    print(f"{title}_lines_imported: {lines}")
    print(f"{title}_import_seconds_median: {statistics.median(seconds_each):.2f}")
    print(f"{title}_import_claims_per_second_median: {statistics.median(rates):.1f}")
    print(f"{title}_files_rejected: 0")
    changes = [change for batch in batches for change in batch.changes]
    print(f"{title}_updates_reported: {len(changes)}")
    notes = Counter(note["note"].split(":")[0] for batch in batches for note in batch.notes)
    print(f"{title}_import_notes: {sum(notes.values())}")
    for note, count in sorted(notes.items()):
        print(f"{title}_import_note_{note.replace(' ', '_')[:60]}: {count}")
    job_ids = list(Job.objects.filter(name=CHECK_BATCH).order_by("pk").values_list("pk", flat=True))
    for job_id in job_ids:
        jobs.run(job_id=job_id)
    flags = Counter(Flag.objects.values_list("check_id", flat=True))
    print(f"{title}_claims_flagged: {Flag.objects.values('claim').distinct().count()}")
    print(f"{title}_flags: {sum(flags.values())}")
    for check_id, count in sorted(flags.items()):
        print(f"{title}_flags_{check_id}: {count}")


def main() -> None:
    args = parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    claims_bench.ensure_database(args.database_url, reset=False)
    claims_bench.setup_django(args.database_url)
    for title, files in sample_files().items():
        run_set(title, files, args.repeat)


if __name__ == "__main__":
    main()
