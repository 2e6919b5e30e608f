"""Benchmark of the member roster import (careteam.roster). Prints one `name: value` line per
figure (progress goes to stderr).

1. Generated rosters (seeded; names, dates, states, languages and plans drawn at random) of
   --members members, written as the roster CSV, as an X12 834 and as a FHIR bundle of Patient
   and Coverage. Each is imported into an empty roster (every member added), then again
   (nothing changes), then a maintenance file terminating a tenth of them is imported.
2. The public samples: the LinuxForHealth 834 examples (../shared/data/claims/samples/x12/
   lfh-834, each imported once in a sequence that makes every one apply) and the CARIN Blue
   Button IG's Patient and Coverage examples as one bundle.

    .venv/bin/python bench/roster.py [--members 20000] [--seed 7] [--formats csv,x12,fhir]
        [--database-url postgres://postgres@127.0.0.1:5432/careteam_roster_bench]

Every run empties the database's members first; it is a database of its own.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLES = Path("/work/shared/data/claims/samples")
FIRST = ["Ana", "Bo", "Chen", "Dara", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kofi", "Lea"]
LAST = ["Ruiz", "Nguyen", "Smith", "Okafor", "Kim", "Haddad", "Kowalski", "Silva", "Chen", "Ito"]
STATES = ["CA", "TX", "NY", "FL", "PA", "IL", "OH", "GA", "NC", "MI", "WA", "AZ"]
LANGUAGES = ["en", "es", "zh", "vi", "ko", "", "", ""]
PLANS = ["Gold PPO", "Silver HMO", "Bronze EPO", "Medicare Advantage HMO", "Medicaid Managed"]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--formats", default="csv,x12,fhir")
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/careteam_roster_bench"
    )
    return parser.parse_args()


def generated(count: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(seed)
    members = []
    for number in range(count):
        born = date(1930, 1, 1) + timedelta(days=rng.randrange(80 * 365))
        start = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
        members.append({
            "member_id": f"B{number:08d}", "first_name": rng.choice(FIRST),
            "last_name": rng.choice(LAST), "date_of_birth": born.isoformat(),
            "sex": rng.choice("FMU"), "state": rng.choice(STATES),
            "language": rng.choice(LANGUAGES), "plan": rng.choice(PLANS),
            "coverage_start": start.isoformat(),
        })  # fmt: skip
    return members


def as_csv(members: list[dict[str, str]], *, terminate: bool = False) -> bytes:
    from careteam.roster.table import COLUMNS

    lines = [",".join(COLUMNS)]
    for m in members:
        if terminate:
            lines.append(f"{m['member_id']},terminate,,,,,,,,,2026-06-30")
        else:
            lines.append(",".join(m.get(column, "") for column in COLUMNS))
    return ("\n".join(lines) + "\n").encode()


def as_834(members: list[dict[str, str]], *, terminate: bool = False) -> bytes:
    body = ["ST*834*0001*005010X220A1", "BGN*00*1*20260101*1200****2", "N1*P5**FI*999888777",
            "N1*IN**FI*654456654"]  # fmt: skip
    for m in members:
        compact = {k: v.replace("-", "") for k, v in m.items()}
        if terminate:
            body += ["INS*Y*18*024*07*A", f"REF*0F*{m['member_id']}", "DTP*357*D8*20260630",
                     f"NM1*IL*1*{m['last_name']}*{m['first_name']}****ZZ*{m['member_id']}"]  # fmt: skip
            continue
        body += [
            "INS*Y*18*021*20*A***FT", f"REF*0F*{m['member_id']}",
            f"NM1*IL*1*{m['last_name']}*{m['first_name']}****ZZ*{m['member_id']}",
            f"N4*ANYTOWN*{m['state']}*12345",
            f"DMG*D8*{compact['date_of_birth']}*{m['sex']}",
        ]  # fmt: skip
        if m["language"]:
            body.append(f"LUI*LD*{m['language']}**7")
        body += [f"HD*021**HLT*{m['plan']}", f"DTP*348*D8*{compact['coverage_start']}"]
    body.append(f"SE*{len(body) + 1}*0001")
    envelope = [
        "ISA*00*          *00*          *ZZ*123456789012345*ZZ*123456789012346*260101*1200*^*"
        "00501*000000001*0*T*:",
        "GS*BE*1234567890*1234567890*20260101*1200*1*X*005010X220A1",
        *body,
        "GE*1*1",
        "IEA*1*000000001",
    ]
    return ("~\n".join(envelope) + "~\n").encode()


def as_fhir(members: list[dict[str, str]], *, terminate: bool = False) -> bytes:
    entries = []
    for m in members:
        patient = {
            "resourceType": "Patient", "id": m["member_id"],
            "identifier": [{"type": {"coding": [{"code": "MB"}]}, "value": m["member_id"]}],
            "name": [{"family": m["last_name"], "given": [m["first_name"]]}],
            "gender": {"F": "female", "M": "male", "U": "unknown"}[m["sex"]],
            "birthDate": m["date_of_birth"], "address": [{"state": m["state"]}],
        }  # fmt: skip
        if m["language"]:
            patient["communication"] = [{"language": {"coding": [{"code": m["language"]}]}}]
        period = {"start": m["coverage_start"]}
        if terminate:
            period["end"] = "2026-06-30"
        coverage = {
            "resourceType": "Coverage", "status": "active", "beneficiary": {
                "reference": f"Patient/{m['member_id']}"}, "period": period,
            "class": [{"type": {"coding": [{"code": "plan"}]}, "name": m["plan"]}],
        }  # fmt: skip
        entries += [{"resource": patient}, {"resource": coverage}]
    return json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}).encode()


def setup(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    with psycopg.connect(parts._replace(path="/postgres").geturl(), autocommit=True) as db:
        name = parts.path.lstrip("/")
        if not db.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            db.execute(f'CREATE DATABASE "{name}"')
    os.environ.update(
        DJANGO_SETTINGS_MODULE="careteam.settings", DATABASE_URL=url,
        SECRET_KEY="bench-secret-key-not-for-production-0123456789-abcdefghijkl",
        ALLOWED_HOSTS="testserver", HTTPS="0", LOG_LEVEL="WARNING", DEBUG="0",
    )  # fmt: skip
    os.environ.pop("REDIS_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def empty() -> None:
    from django.db import connection

    from careteam.models import AuditEvent, Coverage, Member

    tables = ", ".join(m._meta.db_table for m in (Coverage, AuditEvent, Member))
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")


def timed(data: bytes, name: str, team):  # type: ignore[no-untyped-def]
    from careteam.roster import roster_import

    started = time.perf_counter()
    result = roster_import(data=data, filename=name, teams=[team], actor=None)
    seconds = time.perf_counter() - started
    if result.rejected:
        raise SystemExit(f"{name} refused: {[str(p) for p in result.problems[:5]]}")
    return result, seconds


def main() -> None:
    args = parse_args()
    setup(args.database_url)
    from careteam.models import Member, Team

    team, _ = Team.objects.get_or_create(name="Bench roster team")
    members = generated(args.members, args.seed)
    writers = {"csv": as_csv, "x12": as_834, "fhir": as_fhir}
    print(f"generated_members: {len(members)} (seed {args.seed})")
    for kind in args.formats.split(","):
        empty()
        write = writers[kind]
        data, ended = write(members), write(members[: len(members) // 10], terminate=True)
        print(f"{kind}_file_bytes: {len(data)}")
        for step, payload in (("add", data), ("again", data), ("terminate_tenth", ended)):
            log(f"{kind}: {step}")
            result, seconds = timed(payload, f"bench.{kind}", team)
            count = result.members_added + result.members_changed + result.members_unchanged
            print(f"{kind}_{step}_seconds: {seconds:.2f}")
            print(f"{kind}_{step}_members_per_second: {count / seconds:.0f}")
            print(f"{kind}_{step}_outcome: {result.members_added} added, "
                  f"{result.members_changed} changed, {result.members_unchanged} unchanged, "
                  f"{result.coverages_ended} coverages ended")  # fmt: skip
        assert Member.objects.count() == len(members)

    empty()
    lfh = SAMPLES / "x12" / "lfh-834"
    order = [
        "add-dependent", "enroll-employee-managed-care", "enroll-employee-multiple-products",
        "demo", "change-subscriber-information", "terminate-subscriber-eligibility",
        "reinstate-employee", "cancel-dependent", "reinstate-employee-coverage-level",
        "reinstate-member-eligiblity-ins",
    ]  # fmt: skip
    total_members = total_seconds = 0.0
    for name in order:
        result, seconds = timed((lfh / f"{name}.834").read_bytes(), name, team)
        total_members += result.members_added + result.members_changed + result.members_unchanged
        total_seconds += seconds
    print(f"lfh_834_files: {len(order)} of {len(list(lfh.glob('*.834')))} (add-subscriber-"
          "coverage names member 2024433307, which no sample adds)")  # fmt: skip
    print(f"lfh_834_members_per_second: {total_members / total_seconds:.0f}")
    print(f"lfh_834_seconds_per_file: {total_seconds / len(order):.3f}")
    carin = SAMPLES / "fhir" / "carin-bb-2.0.0"
    resources = [json.loads(path.read_text()) for pattern in ("Patient-*", "Coverage-*")
                 for path in sorted(carin.glob(f"{pattern}.json"))]  # fmt: skip
    bundle = {"resourceType": "Bundle", "entry": [{"resource": r} for r in resources]}
    result, seconds = timed(json.dumps(bundle).encode(), "carin", team)
    print(f"carin_members: {result.members_added}, coverages: "
          f"{result.coverages_started + result.coverages_ended}")  # fmt: skip
    print(f"carin_seconds: {seconds:.3f}")


if __name__ == "__main__":
    main()
