"""Benchmark: the supervisors' acceptance dashboard on PostgreSQL with 1,000,000 recorded outcomes.
Prints one `name: value` line per figure (progress goes to stderr).

    .venv/bin/python bench/dashboard.py [--outcomes 1000000] [--repeat 20]
                                        [--database-url postgres://postgres@127.0.0.1:5432/careteam_bench]
                                        [--reset] [--direct]

It shares bench/inbox.py's database (100,000 threads and 1,000,000 messages, filled by that
script's code when missing) and adds drafts and outcomes spread over a year, 20 agents, 11
topics and 4 model versions. The rollups (suggestions.rollups) are built as the beat job builds
them (timed on the first run), then today's until a minute ago as the minute's job does (timed
on every run). Each page is timed in wall time, then in CPU time per request (this process and
its PostgreSQL backend); --direct measures without them (every figure computed from the
outcomes, as before the rollups), by emptying RollupState for the run.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import inbox as inbox_bench  # noqa: E402  (the sibling script: its database and helpers)
import routing as routing_bench  # noqa: E402  (its reader of the backend's CPU time)

log = inbox_bench.log


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--outcomes", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/careteam_bench"
    )
    parser.add_argument("--reset", action="store_true", help="refill the drafts and outcomes")
    parser.add_argument("--direct", action="store_true", help="measure without the rollups")
    return parser.parse_args()


def fill_outcomes(count: int) -> float:
    from django.db import connection

    from careteam.models import Team, User
    from suggestions.models import ModelVersion

    started = time.perf_counter()
    team = Team.objects.get(name="Bench team")
    agents = list(User.objects.filter(username__startswith="bench").values_list("pk", flat=True))
    versions = []
    for number in range(1, 5):
        version, _ = ModelVersion.objects.get_or_create(
            label=f"bench-v{number}", defaults={"artifact": "none", "sha256": "0" * 64}
        )
        versions.append(version.pk)
    topics = (
        "ARRAY['deductible','denied_claim','balance_bill','eob_question','duplicate_charge',"
        "'prior_authorization','out_of_network','itemized_bill','payment_plan','appeal','other']"
    )
    log(f"filling {count} drafts and outcomes")
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE suggestions_outcome, suggestions_draft RESTART IDENTITY CASCADE")
        cursor.execute("SELECT count(*) FROM careteam_message WHERE direction='inbound'")
        (inbound,) = cursor.fetchone()
        cursor.execute(
            """
            CREATE TEMP TABLE bench_inbound AS
            SELECT row_number() OVER (ORDER BY id) AS n, id, thread_id
            FROM careteam_message WHERE direction = 'inbound'
            """
        )
        cursor.execute("CREATE INDEX ON bench_inbound (n)")
        cursor.execute(
            f"""
            INSERT INTO suggestions_draft (message_id, attempt, thread_id, team_id, topic,
                version_id, template, text, unfilled, alternatives, examples, confidence, shown,
                latency_ms, created_at, state, first_shown_at, decided_at, polished, claim_number,
                claim_reason, held_back, marks, reply_topic)
            SELECT m.id, 1 + (g - 1) / %(inbound)s, m.thread_id, %(team)s,
                   ({topics})[1 + g %% 11], (%(versions)s::bigint[])[1 + (g / 250000) %% 4],
                   '', '', '[]', '[]', '[]', 0.5 + (g %% 50) / 100.0, g %% 10 <> 0,
                   3.0, now() - ((g %% 525600) || ' minutes')::interval,
                   CASE WHEN g %% 10 = 0 THEN 'superseded'
                        WHEN g %% 7 = 0 THEN 'discarded'
                        WHEN g %% 5 = 0 THEN 'ignored' ELSE 'sent' END,
                   now() - ((g %% 525600) || ' minutes')::interval,
                   now() - ((g %% 525600) || ' minutes')::interval + interval '90 seconds',
                   false, '', '', '', '[]', ''
            FROM generate_series(1, %(count)s) AS g
            JOIN bench_inbound m ON m.n = 1 + (g - 1) %% %(inbound)s
            """,
            {"inbound": inbound, "team": team.pk, "versions": versions, "count": count},
        )
        log("drafts in; outcomes next")
        cursor.execute(
            """
            INSERT INTO suggestions_outcome (kind, draft_id, reply_id, thread_id, team_id, topic,
                agent_id, version_id, alternative, similarity, diff, reason, decided_at,
                seconds_to_send, first_response, response_seconds)
            SELECT CASE d.state WHEN 'discarded' THEN 'discarded' WHEN 'ignored' THEN 'ignored'
                                WHEN 'superseded' THEN 'no_draft'
                                ELSE CASE WHEN d.id %% 3 = 0 THEN 'edited' ELSE 'as_is' END END,
                   CASE WHEN d.state = 'superseded' THEN NULL ELSE d.id END, NULL,
                   d.thread_id, d.team_id, d.topic, (%(agents)s::bigint[])[1 + d.id %% 20],
                   CASE WHEN d.state = 'superseded' THEN NULL ELSE d.version_id END, 0,
                   CASE d.state WHEN 'sent' THEN
                        CASE WHEN d.id %% 3 = 0 THEN 0.4 + (d.id %% 45) / 100.0 ELSE 0.9 END
                        WHEN 'ignored' THEN (d.id %% 40) / 100.0 ELSE NULL END,
                   '', CASE WHEN d.state = 'discarded' THEN 'tone' ELSE '' END,
                   d.decided_at,
                   CASE WHEN d.state = 'sent' THEN 30 + d.id %% 600 ELSE NULL END,
                   d.id %% 4 = 0, 60 + d.id %% 86400
            FROM suggestions_draft d
            """,
            {"agents": agents},
        )
        # What autovacuum does in production: statistics, and the visibility map that lets the
        # dashboard read the covering indexes alone.
        cursor.execute("VACUUM ANALYZE suggestions_draft")
        cursor.execute("VACUUM ANALYZE suggestions_outcome")
    return time.perf_counter() - started


def main() -> None:
    args = parse_args()
    inbox_bench.setup_django(args.database_url)
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.utils import timezone

    from careteam.models import Message, Team, Thread, User
    from careteam.roles import Role
    from suggestions.models import Outcome, OutcomeRollup, RollupState
    from suggestions.rollups import open_day_update, rollups_update

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    if Thread.objects.count() < 100_000 or Message.objects.count() < 1_000_000:
        inbox_bench.fill(argparse.Namespace(threads=100_000, messages=1_000_000, members=30_000))
    fill_seconds = 0.0
    if args.reset or Outcome.objects.count() != args.outcomes:
        fill_seconds = fill_outcomes(args.outcomes)
    supervisor, _ = User.objects.get_or_create(
        username="bench-supervisor", defaults={"first_name": "Sam", "last_name": "Bench"}
    )
    supervisor.groups.add(Group.objects.get(name=Role.SUPERVISOR.value))
    supervisor.teams.add(Team.objects.get(name="Bench team"))
    client = inbox_bench.signed_in_client(supervisor)
    print(f"outcomes: {Outcome.objects.count()}")
    if fill_seconds:
        print(f"fill_seconds: {fill_seconds:.1f}")
    if fill_seconds or not RollupState.objects.filter(rolled_until__isnull=False).exists():
        log("rolling up every closed day (what the beat job does, all at once)")
        started = time.perf_counter()
        rollups_update(rebuild=True)
        print(f"rollup_seconds: {time.perf_counter() - started:.1f}")
        print(f"rollup_rows: {OutcomeRollup.objects.count()}")
        from django.db import connection

        with connection.cursor() as cursor:
            # As autovacuum would: the visibility maps that let index-only scans skip the heap.
            for table in ("suggestions_outcomerollup", "suggestions_draft", "careteam_message"):
                cursor.execute(f"VACUUM ANALYZE {table}")
    # What the minute's beat job does: today until a minute ago.
    started = time.perf_counter()
    print(f"open_day_rolled: {open_day_update()}")
    print(f"open_day_rollup_seconds: {time.perf_counter() - started:.1f}")
    rolled_until = RollupState.objects.get().rolled_until
    if args.direct:
        RollupState.objects.update(rolled_until=None)
    print(f"mode: {'direct (no rollups)' if args.direct else 'rollups'}")
    agent = User.objects.get(username="bench3")
    today = timezone.localdate()
    year = f"since={today - timedelta(days=364)}&until={today}&bucket=week"
    cases = {
        "dashboard_30_days": "/suggestions/dashboard/",
        "dashboard_year_by_week": f"/suggestions/dashboard/?{year}",
        "dashboard_year_one_topic": f"/suggestions/dashboard/?{year}&topic=appeal",
        "dashboard_year_one_agent": f"/suggestions/dashboard/?{year}&agent={agent.pk}",
        "dashboard_export_year": f"/suggestions/dashboard/export.csv?{year}",
    }
    print(f"load_average_before: {' '.join(f'{value:.2f}' for value in os.getloadavg())}")
    for name, url in cases.items():
        log(f"measuring {name}")
        median, p95, queries = inbox_bench.measure(client, url, args.repeat)
        print(f"{name}_median_ms: {median:.1f}")
        print(f"{name}_p95_ms: {p95:.1f}")
        print(f"{name}_queries: {queries}")
        cpu_median, cpu_p95 = measure_cpu(client, url, args.repeat)
        print(f"{name}_cpu_median_ms: {cpu_median:.1f}")
        print(f"{name}_cpu_p95_ms: {cpu_p95:.1f}")
    print(f"load_average_after: {' '.join(f'{value:.2f}' for value in os.getloadavg())}")
    if args.direct:
        RollupState.objects.update(rolled_until=rolled_until)
    measure_todays_member_messages(today, args.repeat)


def measure_cpu(client, url: str, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """CPU milliseconds per request, which the machine's load does not stretch: this process
    (middleware, the view, the ORM, rendering) plus the PostgreSQL backend serving it (read
    from /proc; parallel query workers are turned off so the backend does all the work)."""
    import statistics

    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SET max_parallel_workers_per_gather = 0")
    backend = routing_bench._backend_cpu_seconds()
    used = []
    for _ in range(repeat):
        app, db = time.process_time(), backend()
        assert client.get(url).status_code == 200
        used.append((time.process_time() - app + max(backend() - db, 0.0)) * 1000)
    with connection.cursor() as cursor:
        cursor.execute("RESET max_parallel_workers_per_gather")
    used.sort()
    return statistics.median(used), used[round(0.95 * (len(used) - 1))]


def measure_todays_member_messages(today, repeat: int) -> None:  # type: ignore[no-untyped-def]
    """Today's member-message count (the part of the page not rolled up), both query shapes
    alternately: the per-message thread lookup the dashboard uses for one day, and the join on
    the thread longer ranges use (what one day used before)."""
    import statistics
    from datetime import datetime
    from datetime import time as clock

    from django.db.models import Count
    from django.utils import timezone

    from careteam import api as careteam_api
    from careteam.models import Message, Team

    team_ids = [Team.objects.get(name="Bench team").pk]
    zone = timezone.get_current_timezone()
    start = datetime.combine(today, clock.min, zone)

    def per_message_lookup() -> int:
        return careteam_api.member_message_counts(team_ids=team_ids, since=today, until=today)

    def join() -> int:
        messages = Message.objects.filter(
            direction=Message.Direction.INBOUND, thread__team_id__in=team_ids,
            created_at__gte=start, created_at__lt=start + timedelta(days=1),
        )  # fmt: skip
        return messages.aggregate(n=Count("*"))["n"]

    shapes = {"lookup": per_message_lookup, "join": join}
    timings: dict[str, list[float]] = {name: [] for name in shapes}
    counts = set()
    for _ in range(max(repeat, 20)):
        for name, count in shapes.items():
            started = time.perf_counter()
            counts.add(count())
            timings[name].append((time.perf_counter() - started) * 1000)
    assert len(counts) == 1, counts
    print(f"todays_member_messages: {counts.pop()}")
    for name, values in timings.items():
        values.sort()
        p95 = values[round(0.95 * (len(values) - 1))]
        print(f"todays_member_messages_{name}_median_ms: {statistics.median(values):.1f}")
        print(f"todays_member_messages_{name}_p95_ms: {p95:.1f}")


if __name__ == "__main__":
    main()
