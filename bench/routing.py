"""Benchmark: routing decisions and the queue health page on PostgreSQL, with 200 agents,
100,000 open threads (most waiting in the queue) and 1,000,000 messages. Prints one
`name: value` line per figure (progress goes to stderr).

    .venv/bin/python bench/routing.py [--agents 200] [--threads 100000] [--messages 1000000]
        [--responses 300000] [--decisions 2000] [--repeat 30] [--reset]
        [--database-url postgres://postgres@127.0.0.1:5432/careteam_bench_routing]

It uses its own database (created if missing, filled once and reused on later runs). The data
is synthetic (generated here): agents with random skills (a fifth are generalists), languages
(a quarter speak Spanish) and licences for ten of twenty states; threads with random topics,
one in ten in Spanish, members spread over the twenty states.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.inbox import WORDS, log, measure, setup_django, signed_in_client  # noqa: E402

STATES = ["CA", "TX", "NY", "FL", "IL", "PA", "OH", "GA", "NC", "MI", "WA", "AZ", "MA", "CO",
          "OR", "MN", "NJ", "VA", "TN", "WI"]  # fmt: skip


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--agents", type=int, default=200)
    parser.add_argument("--threads", type=int, default=100_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--responses", type=int, default=300_000)
    parser.add_argument("--decisions", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/careteam_bench_routing"
    )
    parser.add_argument("--reset", action="store_true", help="empty and refill the database")
    parser.add_argument("--pages-only", action="store_true", help="skip the routing figures")
    return parser.parse_args()


def fill(args: argparse.Namespace) -> float:
    import random

    from django.contrib.auth.models import Group
    from django.db import connection

    from careteam.models import AgentProfile, Team, Thread, User
    from careteam.roles import Role

    started = time.perf_counter()
    rng = random.Random(11)
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE careteam_message, careteam_thread, careteam_member, careteam_auditevent, "
            "careteam_job, careteam_apiclient, careteam_agentprofile, careteam_responserecord, "
            "careteam_supervisornotice RESTART IDENTITY CASCADE"
        )
    team, _ = Team.objects.get_or_create(name="Bench team")
    agent_group = Group.objects.get(name=Role.CARE_AGENT.value)
    topics = list(Thread.Topic.values)
    agents = []
    for number in range(args.agents):
        user, _ = User.objects.get_or_create(
            username=f"agent{number}", defaults={"first_name": "Agent", "last_name": f"{number}"}
        )
        user.groups.add(agent_group)
        user.teams.add(team)
        AgentProfile.objects.create(
            user=user,
            skills=[] if number % 5 == 0 else rng.sample(topics, 8),
            languages=["en", "es"] if number % 4 == 0 else ["en"],
            licensed_states=rng.sample(STATES, 10),
            capacity=30,
            availability=AgentProfile.Availability.AVAILABLE,
        )
        agents.append(user.pk)
    supervisor, _ = User.objects.get_or_create(username="supervisor")
    supervisor.groups.add(Group.objects.get(name=Role.SUPERVISOR.value))
    supervisor.teams.add(team)
    assigned = args.agents * 20  # each agent holds 20 of 30
    topic_array = "ARRAY[" + ",".join(f"'{t}'" for t in topics) + "]"
    words = "ARRAY[" + ",".join(f"'{word}'" for word in WORDS) + "]"
    states = "ARRAY[" + ",".join(f"'{s}'" for s in STATES) + "]"
    log(f"filling {args.threads} members and open threads, {args.messages} messages")
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO careteam_member (member_id, first_name, last_name, date_of_birth, sex,
                                         state, plan, contact_channel, language, created_at)
            SELECT 'R' || lpad(g::text, 8, '0'), 'Member', 'Surname' || (g %% 9973),
                   DATE '1950-01-01' + (g %% 20000), (ARRAY['F','M'])[1 + g %% 2],
                   ({states})[1 + g %% 20], 'Gold PPO', 'app', '', now()
            FROM generate_series(1, %s) AS g
            """,
            [args.threads + args.decisions],
        )
        cursor.execute("SELECT min(id) FROM careteam_member")
        first_member = cursor.fetchone()[0]
        cursor.execute(
            """
            INSERT INTO careteam_member_teams (member_id, team_id)
            SELECT id, %s FROM careteam_member
            """,
            [team.pk],
        )
        cursor.execute(
            f"""
            INSERT INTO careteam_thread (team_id, member_id, subject, topic, language, status,
                assignee_id, priority, created_at, updated_at, last_message_at,
                last_member_message_at, queued_at, due_by, message_count, external_ref,
                topic_set_by_person, triage_kind)
            SELECT %s, %s + g - 1, 'Question about my ' || ({words})[1 + g %% {len(WORDS)}],
                   ({topic_array})[1 + (g * 7) %% {len(topics)}],
                   CASE WHEN g %% 10 = 0 THEN 'es' ELSE 'en' END,
                   CASE WHEN g %% 4 = 0 THEN 'waiting' ELSE 'open' END,
                   CASE WHEN g <= %s THEN (%s::bigint[])[1 + g %% %s] ELSE NULL END,
                   CASE WHEN g %% 50 = 0 THEN 3 WHEN g %% 7 = 0 THEN 2 ELSE 1 END,
                   now() - (g || ' seconds')::interval, now(),
                   now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval,
                   CASE WHEN g <= %s THEN NULL ELSE now() - (g || ' seconds')::interval END,
                   now() + ((g %% 600 - 100) || ' minutes')::interval, 0, '', false, ''
            FROM generate_series(1, %s) AS g
            """,
            [team.pk, first_member, assigned, agents, len(agents), assigned, args.threads],
        )  # fmt: skip
        cursor.execute("SELECT min(id) FROM careteam_thread")
        first_thread = cursor.fetchone()[0]
        cursor.execute(
            f"""
            INSERT INTO careteam_message (uuid, thread_id, direction, author_id, text, created_at,
                delivery_status, delivery_attempts, delivery_error, request_fingerprint,
                external_ref, triage_kind, triage_reasons)
            SELECT md5('r' || g::text)::uuid, %s + (g %% %s),
                   CASE WHEN g %% 2 = 0 THEN 'inbound' ELSE 'outbound' END,
                   CASE WHEN g %% 2 = 0 THEN NULL ELSE (%s::bigint[])[1 + g %% %s] END,
                   'Hello, ' || ({words})[1 + g %% {len(WORDS)}] || ' about my bill.',
                   now() - ((%s - g) || ' seconds')::interval,
                   CASE WHEN g %% 2 = 0 THEN 'n/a' ELSE 'delivered' END, 0, '', '', '', '',
                   '[]'::jsonb
            FROM generate_series(1, %s) AS g
            """,
            [first_thread, args.threads, agents, len(agents), args.messages, args.messages],
        )  # fmt: skip
        log(f"filling {args.responses} response records over 30 days")
        cursor.execute(
            """
            INSERT INTO careteam_responserecord (thread_id, team_id, responded_at, waited_seconds,
                first_response, due_by, breached)
            SELECT %s + (g %% %s), %s,
                   now() - ((g::bigint * 30 * 86400 / %s) || ' seconds')::interval,
                   (g::bigint * 7919) %% 36000, g %% 3 = 0, NULL,
                   (g::bigint * 7919) %% 36000 > 28800
            FROM generate_series(1, %s) AS g
            """,
            [first_thread, args.threads, team.pk, args.responses, args.responses],
        )
        cursor.execute(
            "UPDATE careteam_thread SET message_count = 10, last_message_at = now() WHERE id >= %s",
            [first_thread],
        )
        # Autocommit (no transaction here), so VACUUM may run: it sets the visibility map that
        # index-only scans need, as autovacuum would on a live database.
        cursor.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


def route_decisions(args: argparse.Namespace) -> None:
    """Route `decisions` new threads one by one, each in its own transaction, as arrivals do."""
    from django.db.models import F
    from django.utils import timezone

    from careteam import routing
    from careteam.models import AgentProfile, Member, Team, Thread

    team = Team.objects.get(name="Bench team")
    # Back to the filled state: each agent holds its first 20 threads, the rest wait.
    first = Thread.objects.order_by("pk").values_list("pk", flat=True).first()
    Thread.objects.filter(pk__gte=first + args.agents * 20).exclude(assignee=None).update(
        assignee=None, queued_at=F("last_member_message_at")
    )
    spare = list(Member.objects.filter(threads__isnull=True).order_by("pk")[: args.decisions])
    now = timezone.now()
    rows = [
        Thread(
            team=team, member=member, subject="Bench arrival",
            topic=Thread.Topic.values[number % len(Thread.Topic.values)],
            language="es" if number % 10 == 0 else "en", created_at=now, updated_at=now,
            last_message_at=now, queued_at=now,
        )
        for number, member in enumerate(spare)
    ]  # fmt: skip
    created = Thread.objects.bulk_create(rows)
    timings = []
    assigned = 0
    for thread in created:
        started = time.perf_counter()
        assigned += routing.thread_route(thread_id=thread.pk) is not None
        timings.append(time.perf_counter() - started)
    total = sum(timings)
    print(f"route_decisions: {len(timings)}")
    print(f"route_assigned: {assigned}")
    print(f"route_decisions_per_second: {len(timings) / total:.0f}")
    print(f"route_decision_median_ms: {statistics.median(timings) * 1000:.2f}")
    print(f"route_decision_p95_ms: {sorted(timings)[int(0.95 * (len(timings) - 1))] * 1000:.2f}")
    # An agent coming back: pull ten threads from the queue of ~95,000.
    pulls = []
    for profile in AgentProfile.objects.order_by("pk")[:20]:
        Thread.objects.filter(pk__in=[t.pk for t in created], assignee=profile.user).delete()
        started = time.perf_counter()
        routing.agent_pull(user_id=profile.user_id)
        pulls.append(time.perf_counter() - started)
    print(f"agent_pull_median_ms: {statistics.median(pulls) * 1000:.2f}")
    # Put the data back as it was, so the next run measures the same thing.
    Thread.objects.filter(pk__in=[t.pk for t in created]).delete()


def main() -> None:
    args = parse_args()
    setup_django(args.database_url)
    from django.core.management import call_command

    from careteam.models import Message, Thread, User

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    fill_seconds = 0.0
    if (
        args.reset
        or Thread.objects.count() != args.threads
        or Message.objects.count() != args.messages
    ):
        fill_seconds = fill(args)
    print(f"agents: {args.agents}")
    print(f"open_threads: {Thread.objects.open().count()}")
    print(f"queued_threads: {Thread.objects.open().filter(assignee__isnull=True).count()}")
    print(f"messages: {Message.objects.count()}")
    if fill_seconds:
        print(f"fill_seconds: {fill_seconds:.1f}")
    if not args.pages_only:
        log("measuring routing decisions")
        route_decisions(args)
    from django.core.cache import cache

    client = signed_in_client(User.objects.get(username="supervisor"))
    log("measuring the queue health page")
    cache.clear()  # the day's first view computes the finished days' percentiles
    started = time.perf_counter()
    assert client.get("/queue/").status_code == 200
    print(f"queue_health_first_of_day_ms: {(time.perf_counter() - started) * 1000:.1f}")
    for name, headers in (
        ("queue_health_page", None),
        ("queue_health_poll", {"HX-Request": "true", "HX-Target": "queue-health"}),
    ):
        median, p95, queries = measure(client, "/queue/", args.repeat, headers)
        print(f"{name}_median_ms: {median:.1f}")
        print(f"{name}_p95_ms: {p95:.1f}")
        print(f"{name}_queries: {queries}")
    # The worst case: threads changed before every request and no reuse allowed
    # (QUEUE_HEALTH_MAX_AGE_SECONDS=0), so every request counts the whole queue again.
    from django.conf import settings
    from django.db import connection

    settings.QUEUE_HEALTH_MAX_AGE_SECONDS = 0
    median, p95, _ = _recount(client, args.repeat)
    print(f"queue_health_page_recount_median_ms: {median:.1f}")
    print(f"queue_health_page_recount_p95_ms: {p95:.1f}")
    # CPU time, which the machine's load does not stretch: this process (the view, the ORM,
    # rendering) and the PostgreSQL backend serving this connection (read from /proc, so only
    # when the database runs on this host). Parallel query workers are other processes, so
    # this pass runs without them and the backend does all of the query's work itself.
    with connection.cursor() as cursor:
        cursor.execute("SET max_parallel_workers_per_gather = 0")
    median, p95, (app_cpu, db_cpu) = _recount(client, args.repeat)
    with connection.cursor() as cursor:
        cursor.execute("RESET max_parallel_workers_per_gather")
    print(f"queue_health_page_recount_serial_median_ms: {median:.1f}")
    print(f"queue_health_page_recount_serial_p95_ms: {p95:.1f}")
    print(f"queue_health_page_recount_cpu_ms_app: {app_cpu:.1f}")
    if db_cpu >= 0:
        print(f"queue_health_page_recount_cpu_ms_db: {db_cpu:.1f}")
    print(f"load_average_1_5_15: {' '.join(f'{value:.2f}' for value in os.getloadavg())}")


def _recount(client, repeat: int) -> tuple[float, float, tuple[float, float]]:  # type: ignore[no-untyped-def]
    """The page when threads changed before every request and no reuse is allowed: median and
    p95 wall milliseconds, and CPU milliseconds per request (this process, the backend)."""
    from django.db import connection

    backend = _backend_cpu_seconds()
    app_started, db_started = time.process_time(), backend()
    timings = []
    for _ in range(repeat):
        with connection.cursor() as cursor:
            cursor.execute("SELECT nextval('careteam_change_seq')")  # what any thread write does
        started = time.perf_counter()
        assert client.get("/queue/").status_code == 200
        timings.append((time.perf_counter() - started) * 1000)
    app_cpu = (time.process_time() - app_started) * 1000 / repeat
    db_ended = backend()
    db_cpu = (db_ended - db_started) * 1000 / repeat if db_ended >= 0 else -1.0
    timings.sort()
    return statistics.median(timings), timings[round(0.95 * (len(timings) - 1))], (app_cpu, db_cpu)


def _backend_cpu_seconds():  # type: ignore[no-untyped-def]
    """A function giving the CPU seconds used so far by this connection's PostgreSQL backend
    (-1 when its process is not on this host)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    stat = Path(f"/proc/{pid}/stat")
    ticks = os.sysconf("SC_CLK_TCK")

    def used() -> float:
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            return -1.0
        return (int(fields[11]) + int(fields[12])) / ticks  # utime + stime

    return used


if __name__ == "__main__":
    main()
