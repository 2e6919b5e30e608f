"""Benchmark: pages over HTTP, served as in production (gunicorn with careteam/gunicorn_config.py,
one sync worker per core; DEBUG off), on loopback, driven by a small threaded client (one new
connection per request, as gunicorn's sync workers close them). For each page it prints p50/p95/p99 and req/s at 1 and at 16 connections,
then the same for agents replaying a working mix (inbox, polls, thread pages, searches, notes).

    .venv/bin/python bench/load.py [--threads 20000] [--messages 200000] [--seconds 10]
                                   [--database-url postgres://postgres@127.0.0.1:5432/careteam_load]
                                   [--port 8765] [--reset]
                                   [--pages thread_10,inbox] [--connections 1,16]

The data is built as bench/inbox.py builds it (its own database, filled once and reused), plus
one thread of 60 messages and one of 200. Prints `name: value` lines (progress on stderr).
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.inbox import fill, log, setup_django, signed_in_client  # noqa: E402

AGENTS = 16
VERSION = re.compile(r'"X-Poll-Version": "([^"]+)"')
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threads", type=int, default=20_000)
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=10.0, help="per page and concurrency")
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/careteam_load"
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--reset", action="store_true")
    parser.add_argument(
        "--pages", default="", help="comma-separated page names to run (default: all, in order)"
    )
    parser.add_argument(
        "--connections", default="1,16", help="comma-separated concurrencies (default: 1,16)"
    )
    return parser.parse_args()


def lengthen(thread_id: int, total: int) -> None:
    """Give one thread `total` messages (the fill gives each about messages / threads)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO careteam_message (uuid, thread_id, direction, author_id, text, created_at,
                delivery_status, delivery_attempts, delivery_error, request_fingerprint,
                external_ref, triage_kind, triage_reasons)
            SELECT gen_random_uuid(), %s, 'inbound', NULL,
                   'Another question about my bill, number ' || g, now() - (g || ' hours')::interval,
                   'n/a', 0, '', '', '', '', '[]'::jsonb
            FROM generate_series(1, %s - (SELECT count(*) FROM careteam_message
                                         WHERE thread_id = %s)) AS g
            """,
            [thread_id, total, thread_id],
        )
        cursor.execute(
            "UPDATE careteam_thread SET message_count = %s WHERE id = %s", [total, thread_id]
        )


class Session:
    """One signed-in agent: its cookies and its CSRF token."""

    def __init__(self, port: int, session_key: str) -> None:
        self.port = port
        self.cookies = {"sessionid": session_key}
        self.csrf = ""

    def request(
        self, method: str, path: str, headers: dict[str, str] | None = None, body: str = ""
    ) -> tuple[int, str]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        all_headers = {
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
            "Host": "127.0.0.1",
            **(headers or {}),
        }
        if method == "POST":
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
            all_headers["X-CSRFToken"] = self.csrf
            all_headers["Referer"] = f"http://127.0.0.1:{self.port}/"
        connection.request(method, path, body=body or None, headers=all_headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        connection.close()
        return response.status, text


def start_server(args: argparse.Namespace) -> subprocess.Popen:
    env = {**os.environ, "ALLOWED_HOSTS": "127.0.0.1", "DEBUG": "0", "HTTPS": "0"}
    env.pop("REDIS_URL", None)
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "-c", "python:careteam.gunicorn_config", "careteam.wsgi",
         "--bind", f"127.0.0.1:{args.port}", "--log-level", "warning"],
        cwd=ROOT, env=env, start_new_session=True,
    )  # fmt: skip
    for _ in range(100):
        try:
            http.client.HTTPConnection("127.0.0.1", args.port, timeout=1).request("GET", "/")
            return server
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def version_in(page: str) -> str:
    """The version a polling region carries ("" before polls could answer 204)."""
    found = VERSION.search(page)
    return found.group(1) if found else ""


def percentile(sorted_ms: list[float], fraction: float) -> float:
    return sorted_ms[min(len(sorted_ms) - 1, round(fraction * (len(sorted_ms) - 1)))]


def drive(sessions: list[Session], connections: int, seconds: float, step) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """`connections` threads, each its own agent, calling step(session) until time is up."""
    timings: list[float] = []
    errors, unchanged = [0], [0]
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def worker(session: Session) -> None:
        mine, bad, empty = [], 0, 0
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            status = step(session)
            mine.append((time.perf_counter() - started) * 1000)
            bad += status >= 400
            empty += status == 204
        with lock:
            timings.extend(mine)
            errors[0] += bad
            unchanged[0] += empty

    started = time.perf_counter()
    workers = [threading.Thread(target=worker, args=(sessions[n],)) for n in range(connections)]
    for each in workers:
        each.start()
    for each in workers:
        each.join()
    elapsed = time.perf_counter() - started
    timings.sort()
    return {
        "p50_ms": percentile(timings, 0.50),
        "p95_ms": percentile(timings, 0.95),
        "p99_ms": percentile(timings, 0.99),
        "req_s": len(timings) / elapsed,
        "errors": errors[0],
        "answered_204_percent": 100 * unchanged[0] / len(timings),
    }


def main() -> None:
    args = parse_args()
    setup_django(args.database_url)
    os.environ["ALLOWED_HOSTS"] = "127.0.0.1,testserver"
    from django.core.management import call_command

    from careteam.models import Message, Thread, User

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    if args.reset or Thread.objects.count() != args.threads:
        log("filling")
        fill(args)
    short = Thread.objects.filter(message_count__lte=10).order_by("-pk").first()
    sixty, long = Thread.objects.exclude(pk=short.pk).order_by("pk")[:2]
    if sixty.message_count != 60 or long.message_count != 200:
        lengthen(sixty.pk, 60)
        lengthen(long.pk, 200)
    print(f"threads: {Thread.objects.count()}")
    print(f"messages: {Message.objects.count()}")
    keys = []
    for number in range(AGENTS):
        client = signed_in_client(User.objects.get(username=f"bench{number}"))
        keys.append(client.session.session_key)
    from django.db import connection

    connection.close()
    server = start_server(args)
    try:
        sessions = [Session(args.port, key) for key in keys]
        for session in sessions:
            status, page = session.request("GET", "/inbox/?tab=open")
            assert status == 200, status
            session.csrf = CSRF_INPUT.search(page).group(1)
            session.inbox_version = version_in(page)
            status, page = session.request("GET", f"/threads/{short.pk}/")
            session.thread_version = version_in(page)
        run_pages(args, sessions, short.pk, sixty.pk, long.pk)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait()


def run_pages(args, sessions, short_id, sixty_id, long_id) -> None:  # type: ignore[no-untyped-def]
    search = urllib.parse.urlencode({"tab": "all", "q": "Quartermaine"})
    htmx_list = {"HX-Request": "true", "HX-Target": "thread-list"}

    def inbox_poll(session: Session) -> int:
        headers = {**htmx_list, "HX-Trigger": "thread-list", "X-Background-Poll": "1",
                   "X-Poll-Version": session.inbox_version}  # fmt: skip
        status, page = session.request("GET", "/inbox/?tab=open", headers)
        if status == 200:  # something changed: the page now holds the new version
            session.inbox_version = version_in(page)
        return status

    def conversation_poll(session: Session) -> int:
        headers = {"HX-Request": "true", "HX-Target": "conversation", "HX-Trigger": "conversation",
                   "X-Background-Poll": "1", "X-Poll-Version": session.thread_version}  # fmt: skip
        status, page = session.request("GET", f"/threads/{short_id}/", headers)
        if status == 200:
            session.thread_version = version_in(page)
        return status

    def note(session: Session) -> int:
        body = urllib.parse.urlencode({"note": "Called the member back; no answer."})
        return session.request("POST", f"/threads/{long_id + 1}/note/", {"HX-Request": "true",
                               "HX-Target": "thread-main"}, body)[0]  # fmt: skip

    pages = {
        "thread_10": lambda s: s.request("GET", f"/threads/{short_id}/")[0],
        "thread_60": lambda s: s.request("GET", f"/threads/{sixty_id}/")[0],
        "thread_200": lambda s: s.request("GET", f"/threads/{long_id}/")[0],
        "inbox": lambda s: s.request("GET", "/inbox/?tab=open")[0],
        "inbox_poll_unchanged": inbox_poll,
        "conversation_poll_unchanged": conversation_poll,
        "search_surname": lambda s: s.request("POST", "/inbox/", htmx_list, search)[0],
    }

    def agent_mix(session: Session) -> int:
        """What an agent's browser sends: mostly polls, then pages, searches and notes."""
        roll = random.random()
        for share, step in ((0.45, inbox_poll), (0.70, conversation_poll),
                            (0.80, pages["inbox"]), (0.90, pages["thread_10"]),
                            (0.93, pages["thread_200"]), (0.98, pages["search_surname"])):  # fmt: skip
            if roll < share:
                return step(session)
        return note(session)

    pages["agent_mix"] = agent_mix
    chosen = [name for name in args.pages.split(",") if name] or list(pages)
    unknown = sorted(set(chosen) - set(pages))
    if unknown:
        raise SystemExit(f"unknown pages {unknown}; known: {', '.join(pages)}")
    concurrencies = [int(value) for value in args.connections.split(",") if value]
    if not concurrencies or min(concurrencies) < 1 or max(concurrencies) > AGENTS:
        raise SystemExit(f"--connections takes whole numbers from 1 to {AGENTS}")
    for name in chosen:
        step = pages[name]
        for connections in concurrencies:
            log(f"{name} at {connections}")
            figures = drive(sessions, connections, args.seconds, step)
            for key, value in figures.items():
                print(f"{name}_c{connections}_{key}: {value:.1f}", flush=True)


if __name__ == "__main__":
    main()
