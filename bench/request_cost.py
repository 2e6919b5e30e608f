"""Benchmark: what one request costs the Django process, page by page: its queries and its CPU
time (time.process_time, which a busy machine moves far less than wall time), in-process with
Django's test client on bench/load.py's data (built by that script when missing).

    .venv/bin/python bench/request_cost.py [--repeat 40] [--nothing-kept]
                                           [--database-url postgres://postgres@127.0.0.1:5432/careteam_load]

Prints `name: value` lines: `<page>_queries`, `<page>_cpu_ms` (median), `<page>_db_cpu_ms`
(the PostgreSQL backend's CPU per request, the mean over the repeats, read from /proc in ticks
of 10 ms; absent where /proc or the server is not local) and `<page>_status`.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.inbox import fill, log, setup_django, signed_in_client  # noqa: E402

VERSION = re.compile(r'"X-Poll-Version": "([^"]+)"')
POLL_VERSION_SECONDS = 60


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument(
        "--nothing-kept",
        action="store_true",
        help="empty the cache before each request: pages drawn afresh, as after a write",
    )
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/careteam_load"
    )
    return parser.parse_args()


def backend_cpu_ticks() -> int | None:
    """User and system CPU ticks of this connection's PostgreSQL backend (None if unreadable)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[11]) + int(fields[12])


def main() -> None:
    args = parse_args()
    setup_django(args.database_url)
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from careteam.models import Thread, User

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    if not Thread.objects.exists():
        log("filling (as bench/load.py does)")
        fill(argparse.Namespace(threads=20_000, messages=200_000, members=10_000))
    client = signed_in_client(User.objects.get(username="bench2"))
    short = Thread.objects.filter(message_count__lte=10).order_by("-pk").first()
    long = Thread.objects.order_by("-message_count", "pk").first()
    listing = {"HX-Request": "true", "HX-Target": "thread-list", "HX-Trigger": "thread-list",
               "X-Background-Poll": "1"}  # fmt: skip
    conversation = {"HX-Request": "true", "HX-Target": "conversation",
                    "HX-Trigger": "conversation", "X-Background-Poll": "1"}  # fmt: skip
    # A search is a POST from the filter form's htmx, as bench/load.py's search_surname.
    search = {"tab": "all", "q": "Quartermaine"}
    list_target = {"HX-Request": "true", "HX-Target": "thread-list"}
    cases = {
        "thread_10": ("GET", f"/threads/{short.pk}/", None, None),
        "thread_longest": ("GET", f"/threads/{long.pk}/", None, None),
        "inbox": ("GET", "/inbox/?tab=open", None, None),
        "inbox_poll_unchanged": ("GET", "/inbox/?tab=open", listing, None),
        "conversation_poll_unchanged": ("GET", f"/threads/{short.pk}/", conversation, None),
        "search_surname": ("POST", "/inbox/", None, search),
    }
    print(f"longest_thread_messages: {long.message_count}")

    def send(method: str, url: str, headers: dict[str, str], data: dict | None) -> int:
        if args.nothing_kept and not headers:
            cache.clear()  # not for polls: what they answer from is the version
        if method == "POST":
            return client.post(url, data, headers={**list_target, **headers}).status_code
        return client.get(url, headers=headers).status_code

    for name, (method, url, poll_headers, data) in cases.items():
        headers = {}
        if poll_headers is not None:
            # A poll carries the version its page showed; the version also turns each minute.
            while time.time() % POLL_VERSION_SECONDS > POLL_VERSION_SECONDS - 15:
                time.sleep(1)
            found = VERSION.search(client.get(url).content.decode())
            headers = {**poll_headers, "X-Poll-Version": found.group(1) if found else ""}
        for _ in range(5):
            send(method, url, headers, data)
        cpu = []
        ticks_before = backend_cpu_ticks()
        for _ in range(args.repeat):
            started = time.process_time()
            send(method, url, headers, data)
            cpu.append((time.process_time() - started) * 1000)
        ticks_after = backend_cpu_ticks()
        with CaptureQueriesContext(connection) as captured:
            status = send(method, url, headers, data)
        print(f"{name}_status: {status}")
        print(f"{name}_queries: {len(captured)}")
        print(f"{name}_cpu_ms: {statistics.median(cpu):.2f}", flush=True)
        if ticks_before is not None and ticks_after is not None:
            db_ms = (ticks_after - ticks_before) * 1000 / os.sysconf("SC_CLK_TCK") / args.repeat
            print(f"{name}_db_cpu_ms: {db_ms:.2f}", flush=True)
    print(f"load_average: {' '.join(f'{value:.2f}' for value in os.getloadavg())}")


if __name__ == "__main__":
    main()
