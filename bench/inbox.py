"""Benchmark: the inbox and the thread page on PostgreSQL with 100,000 threads and 1,000,000
messages. Prints one `name: value` line per figure (progress goes to stderr).

    .venv/bin/python bench/inbox.py [--threads 100000] [--messages 1000000] [--repeat 30]
                                    [--database-url postgres://postgres@127.0.0.1:5432/careteam_bench]
                                    [--reset]

It uses its own database (created if missing, filled once and reused on later runs).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threads", type=int, default=100_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--members", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/careteam_bench"
    )
    parser.add_argument("--reset", action="store_true", help="empty and refill the database")
    return parser.parse_args()


def ensure_database(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


WORDS = [
    "bill",
    "claim",
    "deductible",
    "copay",
    "coinsurance",
    "denied",
    "appeal",
    "provider",
    "network",
    "emergency",
    "visit",
    "hospital",
    "charge",
    "payment",
    "statement",
    "explanation",
    "benefits",
    "amount",
    "owe",
    "balance",
    "insurance",
    "authorization",
    "imaging",
    "therapy",
    "pharmacy",
    "refund",
    "coverage",
    "question",
    "thanks",
    "please",
    "help",
]


def fill(args: argparse.Namespace) -> float:
    from django.contrib.auth.models import Group
    from django.db import connection

    from careteam.models import Team, User
    from careteam.roles import Role

    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE careteam_message, careteam_thread, careteam_member, careteam_auditevent, "
            "careteam_job, careteam_apiclient RESTART IDENTITY CASCADE"
        )
    team, _ = Team.objects.get_or_create(name="Bench team")
    agents = []
    for number in range(20):
        user, _ = User.objects.get_or_create(
            username=f"bench{number}", defaults={"first_name": "Agent", "last_name": f"{number}"}
        )
        user.groups.add(Group.objects.get(name=Role.CARE_AGENT.value))
        user.teams.add(team)
        agents.append(user.pk)
    words = "ARRAY[" + ",".join(f"'{word}'" for word in WORDS) + "]"
    open_threads = max(1, args.threads * 3 // 100)
    log(f"filling {args.members} members, {args.threads} threads, {args.messages} messages")
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO careteam_member (member_id, first_name, last_name, date_of_birth, sex,
                                         state, plan, contact_channel, created_at, language)
            SELECT 'B' || lpad(g::text, 7, '0'),
                   (ARRAY['Maria','James','Aisha','Robert','Linh','David','Priya','Carlos'])[1 + g %% 8],
                   CASE WHEN g %% 5000 = 7 THEN 'Quartermaine' ELSE 'Surname' || (g %% 9973) END,
                   DATE '1950-01-01' + (g %% 20000),
                   (ARRAY['F','M'])[1 + g %% 2], (ARRAY['CA','TX','NY','FL'])[1 + g %% 4],
                   'Gold PPO', 'app', now(), ''
            FROM generate_series(1, %s) AS g
            """,
            [args.members],
        )
        cursor.execute("SELECT min(id) FROM careteam_member")
        first_member = cursor.fetchone()[0]
        cursor.execute(
            f"""
            INSERT INTO careteam_thread (team_id, member_id, subject, topic, status, assignee_id,
                priority, created_at, updated_at, last_message_at, message_count, closed_at,
                language, external_ref, topic_set_by_person, triage_kind)
            SELECT %s,
                   %s + CASE WHEN g <= %s THEN g - 1 ELSE g %% %s END,
                   'Question about my ' || ({words})[1 + g %% {len(WORDS)}],
                   (ARRAY['deductible','denied_claim','balance_bill','eob_question','other'])[1 + g %% 5],
                   CASE WHEN g <= %s THEN (ARRAY['open','open','waiting'])[1 + g %% 3] ELSE 'closed' END,
                   CASE WHEN g %% 3 = 0 THEN NULL ELSE (%s::bigint[])[1 + g %% 20] END,
                   CASE WHEN g %% 50 = 0 THEN 3 ELSE 1 END,
                   now() - (g || ' minutes')::interval, now(), now() - (g || ' minutes')::interval,
                   0,
                   CASE WHEN g <= %s THEN NULL ELSE now() - (g || ' minutes')::interval END,
                   '', '', false, ''
            FROM generate_series(1, %s) AS g
            """,
            [team.pk, first_member, open_threads, args.members, open_threads, agents,
             open_threads, args.threads],
        )  # fmt: skip
        cursor.execute("SELECT min(id) FROM careteam_thread")
        first_thread = cursor.fetchone()[0]
        cursor.execute(
            f"""
            INSERT INTO careteam_message (uuid, thread_id, direction, author_id, text, created_at,
                delivery_status, delivery_attempts, delivery_error, request_fingerprint,
                external_ref, triage_kind, triage_reasons)
            SELECT md5(g::text)::uuid,
                   %s + (g %% %s),
                   CASE WHEN g %% 3 = 0 THEN 'inbound' WHEN g %% 11 = 0 THEN 'note' ELSE 'outbound' END,
                   CASE WHEN g %% 3 = 0 THEN NULL ELSE (%s::bigint[])[1 + g %% 20] END,
                   'Hello, ' || ({words})[1 + g %% {len(WORDS)}] || ' ' ||
                   ({words})[1 + (g / 7) %% {len(WORDS)}] || ' about my ' ||
                   ({words})[1 + (g / 13) %% {len(WORDS)}] || ' of ' || (g %% 997) || ' dollars.' ||
                   CASE WHEN g %% 100000 = 17 THEN ' colonoscopy' ELSE '' END,
                   now() - ((%s - g) || ' seconds')::interval,
                   CASE WHEN g %% 3 = 0 THEN 'n/a' ELSE 'delivered' END, 0, '', '', '', '',
                   '[]'::jsonb
            FROM generate_series(1, %s) AS g
            """,
            [first_thread, args.threads, agents, args.messages, args.messages],
        )  # fmt: skip
        log("updating thread counters")
        cursor.execute(
            """
            UPDATE careteam_thread t SET message_count = m.n, last_message_at = m.last
            FROM (SELECT thread_id, count(*) AS n, max(created_at) AS last
                  FROM careteam_message GROUP BY thread_id) m
            WHERE m.thread_id = t.id
            """
        )
    # What autovacuum does after a bulk load (this machine's server runs without it): merge the
    # trigram indexes' pending lists, which every search would otherwise scan (10,000 members
    # cost 8 ms a search), and clear the dead rows the counter update left in the threads.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


def measure(client, url: str, repeat: int, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(3):
        client.get(url, headers=headers or {})
    timings = []
    queries = 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url, headers=headers or {})
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured)
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    return statistics.median(timings), p95, queries


def setup_django(database_url: str) -> None:
    """Production-like settings on the benchmark's own database (created when missing)."""
    os.environ.update(
        DJANGO_SETTINGS_MODULE="careteam.settings",
        DATABASE_URL=database_url,
        SECRET_KEY="bench-secret-key-not-for-production-0123456789-abcdefghijkl",
        ALLOWED_HOSTS="testserver",
        HTTPS="0",
        LOG_LEVEL="WARNING",
    )
    os.environ.pop("REDIS_URL", None)
    ensure_database(database_url)
    import django

    django.setup()


def signed_in_client(user):  # type: ignore[no-untyped-def]
    """A test client signed in with the second factor, as staff always are in production."""
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    client = Client()
    client.force_login(user)
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="bench", defaults={"confirmed": True}
    )
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


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
        or (Message.objects.count() != args.messages)
    ):
        fill_seconds = fill(args)
    client = signed_in_client(User.objects.get(username="bench1"))
    small = Thread.objects.filter(message_count__lte=10).order_by("-pk").first()
    print(f"threads: {Thread.objects.count()}")
    print(f"messages: {Message.objects.count()}")
    if fill_seconds:
        print(f"fill_seconds: {fill_seconds:.1f}")
    print(f"thread_page_messages: {small.message_count}")
    cases = {
        "inbox_mine": "/inbox/?tab=mine",
        "inbox_unassigned": "/inbox/?tab=unassigned",
        "inbox_open": "/inbox/?tab=open",
        "inbox_all": "/inbox/?tab=all",
        "inbox_all_page_50": "/inbox/?tab=all&page=50",
        "search_surname": "/inbox/?tab=all&q=Quartermaine",
        "search_member_id": "/inbox/?tab=all&q=B0000042",
        "search_rare_word": "/inbox/?tab=all&q=colonoscopy",
        "search_common_word": "/inbox/?tab=all&q=deductible",
        "thread_page": f"/threads/{small.pk}/",
    }
    for name, url in cases.items():
        log(f"measuring {name}")
        median, p95, queries = measure(client, url, args.repeat)
        print(f"{name}_median_ms: {median:.1f}")
        print(f"{name}_p95_ms: {p95:.1f}")
        print(f"{name}_queries: {queries}")
    htmx = {"HX-Request": "true", "HX-Target": "thread-list"}
    median, p95, queries = measure(client, "/inbox/?tab=open", args.repeat, htmx)
    print(f"inbox_htmx_list_median_ms: {median:.1f}")
    print(f"inbox_htmx_list_p95_ms: {p95:.1f}")
    print(f"inbox_htmx_list_queries: {queries}")


if __name__ == "__main__":
    main()
