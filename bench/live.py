"""Benchmark: live updates to 200 connected agents on loopback, against polling every 15 s.

    .venv/bin/python bench/live.py [--agents 200] [--messages 12] [--gap 5] [--window 60]
        [--database-url postgres://postgres@127.0.0.1:5432/careteam_live_bench]
        [--redis-url redis://127.0.0.1:6379/1] [--port 8770]

Its own database and data, made here (two teams, 600 threads each, 3 messages per thread, 20
agents' worth of threads assigned), never tuned on. Half the agents are in each team; in each
team a sixth of them have one thread page open (five on the thread the messages go to), the rest
their inbox ("All" tab). The ASGI server is daphne, one process, DEBUG off, the channel layer
on Redis; tasks run in-process (no broker), as in `make run`.

1. Latency: member messages are posted to the inbound API one at a time (`--gap` s apart) to a
   thread of the first team; for each, the time from the API call to its fragment arriving at
   every screen that may show it (the team's inboxes and that thread's pages). p50/p95/p99 over
   all (message, screen) pairs; screens of the other team must get nothing.
2. Server CPU per agent per minute, over `--window` s with the same message rate: daphne with
   the sockets, against gunicorn (2 sync workers) serving the same agents' 15-second polls.
3. Memory per connection: daphne's resident memory with the sockets open, less before.
Prints `name: value` lines (progress on stderr).
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.inbox import log, setup_django, signed_in_client  # noqa: E402

VERSION = re.compile(r'"X-Poll-Version": "([^"]+)"')
THREADS_PER_TEAM = 600
TICK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--agents", type=int, default=200)
    parser.add_argument("--messages", type=int, default=12)
    parser.add_argument("--gap", type=float, default=5.0, help="seconds between messages")
    parser.add_argument("--window", type=float, default=60.0, help="CPU window, seconds")
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/careteam_live_bench"
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/1")
    parser.add_argument("--port", type=int, default=8770)
    return parser.parse_args()


def fill(agents: int) -> dict[str, object]:
    """Two teams, their members and threads, agents, an API client per team (made once)."""
    from django.contrib.auth.models import Group
    from django.db import transaction
    from django.utils import timezone

    from careteam import services
    from careteam.models import Member, Message, Team, Thread, User
    from careteam.roles import Role, ensure_role_groups

    ensure_role_groups()
    teams = []
    with transaction.atomic():
        for name in ("North", "South"):
            team, created = Team.objects.get_or_create(name=f"Bench {name}")
            teams.append(team)
            if not created:
                continue
            members = Member.objects.bulk_create(
                Member(member_id=f"B{name[0]}{number:06d}", first_name="Pat", last_name=f"Doe{number}",
                       date_of_birth="1970-01-01", state="OR", plan="Bench plan")
                for number in range(THREADS_PER_TEAM)
            )  # fmt: skip
            for member in members:
                member.teams.add(team)
            now = timezone.now()
            threads = Thread.objects.bulk_create(
                Thread(team=team, member=member, subject=f"Question {number}", created_at=now,
                       updated_at=now, last_message_at=now, last_member_message_at=now,
                       message_count=3, queued_at=now)
                for number, member in enumerate(members)
            )  # fmt: skip
            Message.objects.bulk_create(
                Message(thread=thread, direction=Message.Direction.INBOUND, created_at=now,
                        text=f"About my bill, part {part}")
                for thread in threads
                for part in range(3)
            )  # fmt: skip
    users = []
    for number in range(agents):
        team = teams[number % 2]
        user = User.objects.filter(username=f"live{number}").first()
        if user is None:
            user = User.objects.create_user(
                username=f"live{number}", password=None, first_name=f"Agent{number}"
            )
            user.groups.add(Group.objects.get(name=Role.CARE_AGENT.value))
            user.teams.set([team])
        users.append((user, team))
    tokens = []
    for team in teams:
        _, token = services.api_client_create(
            name=f"bench-{team.pk}-{uuid.uuid4().hex[:6]}", team=team
        )
        tokens.append(token)
    return {"teams": teams, "users": users, "tokens": tokens}


def start(command: list[str], env: dict[str, str], port: int) -> subprocess.Popen:
    server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    for _ in range(150):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("GET", "/healthz/live")
            connection.getresponse().read()
            return server
        except OSError:
            time.sleep(0.2)
    os.killpg(server.pid, signal.SIGTERM)
    raise SystemExit(f"{command[0]} did not start")


def process_tree(pid: int) -> list[int]:
    found = [pid]
    for child in Path("/proc").iterdir():
        if child.name.isdigit():
            try:
                fields = (child / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found += process_tree(int(child.name))
    return found


def cpu_seconds(pid: int) -> float:
    total = 0
    for member in process_tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime + stime
    return total / TICK


def rss_mb(pid: int) -> float:
    pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    return pages * PAGE / 2**20


def post_message(port: int, token: str, member_id: str, text: str) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    body = json.dumps({"member_id": member_id, "text": text})
    connection.request("POST", "/api/v1/messages", body=body, headers={
        "Authorization": f"Bearer {token}", "Idempotency-Key": uuid.uuid4().hex,
        "Content-Type": "application/json"})  # fmt: skip
    response = connection.getresponse()
    response.read()
    assert response.status == 201, response.status


def idle_window(pid: int, seconds: float) -> float:
    """Server CPU seconds per minute over `seconds` with nothing arriving."""
    start = cpu_seconds(pid)
    time.sleep(seconds)
    return (cpu_seconds(pid) - start) / (seconds / 60)


def busy_window(pid: int, args: argparse.Namespace, send) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Server CPU seconds and wall seconds over the window, with a message every `gap` s (at
    fixed times, however long each post takes)."""
    start, wall_start = cpu_seconds(pid), time.monotonic()
    for number in range(args.messages):
        time.sleep(max(0.0, wall_start + number * args.gap - time.monotonic()))
        send(number)
    time.sleep(max(0.0, wall_start + max(args.window, args.messages * args.gap) - time.monotonic()))
    return cpu_seconds(pid) - start, time.monotonic() - wall_start


def percentile(sorted_ms: list[float], fraction: float) -> float:
    return sorted_ms[min(len(sorted_ms) - 1, round(fraction * (len(sorted_ms) - 1)))]


class Screen:
    def __init__(self, cookie: str, team: int, region: dict[str, str]) -> None:
        self.cookie, self.team, self.region = cookie, team, region
        self.arrivals: dict[str, float] = {}
        self.leaks = 0


async def run_screens(args, screens, plan, ready: threading.Event, done: threading.Event):  # type: ignore[no-untyped-def]
    from websockets.asyncio.client import connect

    origin = f"http://127.0.0.1:{args.port}"
    # Agents open their pages over a while, not all in one instant: ten handshakes at a time.
    opening = asyncio.Semaphore(10)

    async def one(screen: Screen) -> None:
        async with opening:
            socket = await connect(
                f"ws://127.0.0.1:{args.port}/ws/live/",
                additional_headers={"Cookie": screen.cookie, "Origin": origin},
                max_size=2**22, ping_interval=None, open_timeout=60,
            )  # fmt: skip
            await socket.send(json.dumps({"type": "subscribe", "regions": [screen.region]}))
            await socket.recv()  # its first render (the version "" is older than any)
        screen.connected = True
        async with socket:
            while not done.is_set():
                try:
                    raw = await asyncio.wait_for(socket.recv(), timeout=1)
                except TimeoutError:
                    continue
                event = json.loads(raw)
                if event.get("type") != "fragment":
                    continue
                now = time.monotonic()
                for marker in plan["markers"]:
                    if marker in event["html"] and marker not in screen.arrivals:
                        screen.arrivals[marker] = now
                        if screen.team != 0:
                            screen.leaks += 1

    tasks = []
    for screen in screens:
        screen.connected = False
        tasks.append(asyncio.create_task(one(screen)))
    while not all(screen.connected for screen in screens):
        await asyncio.sleep(0.2)
        if any(task.done() and task.exception() for task in tasks):
            raise next(task.exception() for task in tasks if task.done() and task.exception())
    ready.set()
    await asyncio.gather(*tasks)


def poller(port: int, screen: Screen, stop: threading.Event, offset: float, counts: dict) -> None:  # type: ignore[type-arg]
    """One agent's page without the socket: its region's background poll every 15 s."""
    time.sleep(offset)
    version = screen.region["version"]
    while not stop.is_set():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            connection.request("GET", screen.region["url"], headers={
                "Cookie": screen.cookie, "HX-Request": "true", "HX-Target": screen.region["id"],
                "HX-Trigger": screen.region["id"], "X-Background-Poll": "1",
                "X-Poll-Version": version})  # fmt: skip
            response = connection.getresponse()
            page = response.read().decode()
            status: int | str = response.status
            found = VERSION.search(page)
            version = found.group(1) if found else version
        except OSError as error:  # a busy server dropped it; the page would poll again
            status = type(error).__name__
        finally:
            connection.close()
        counts[status] = counts.get(status, 0) + 1
        stop.wait(15)


def main() -> None:
    args = parse_args()
    setup_django(args.database_url)
    from django.conf import settings
    from django.core.management import call_command

    from careteam.models import Thread

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    log("filling")
    scene = fill(args.agents)
    teams = scene["teams"]
    target = Thread.objects.filter(team=teams[0]).select_related("member").order_by("pk").first()
    others = list(Thread.objects.filter(team=teams[1]).order_by("pk")[:50])
    cookie_name = settings.SESSION_COOKIE_NAME
    screens: list[Screen] = []
    per_team: dict[int, int] = {0: 0, 1: 0}
    for user, team in scene["users"]:
        index = teams.index(team)
        seat = per_team[index]
        per_team[index] += 1
        key = signed_in_client(user).session.session_key
        cookie = f"{cookie_name}={key}"
        if seat % 6 == 5:  # a thread page open: five on the target, the rest elsewhere
            thread_id = (
                target.pk
                if index == 0 and seat < 30
                else (others[seat % 50].pk if index == 1 else target.pk + 1 + seat)
            )
            region = {"id": "conversation", "url": f"/threads/{thread_id}/", "version": ""}
        else:
            region = {"id": "thread-list", "url": "/inbox/?tab=all", "version": ""}
        screens.append(Screen(cookie, index, region))
    from django.db import connection

    connection.close()
    env = {**os.environ, "ALLOWED_HOSTS": "127.0.0.1", "DEBUG": "0", "HTTPS": "0",
           "LIVE_REDIS_URL": args.redis_url, "LIVE_CHANNEL_PREFIX": "careteam-live-bench:",
           "SESSION_IDLE_SECONDS": "7200",
           "LOG_LEVEL": "WARNING"}  # fmt: skip
    env.pop("REDIS_URL", None)
    concerned = [s for s in screens if s.team == 0 and (
        s.region["id"] == "thread-list" or s.region["url"] == f"/threads/{target.pk}/")]  # fmt: skip
    print(f"agents: {len(screens)} (team A {per_team[0]}, team B {per_team[1]})")
    print(f"screens that may show each message: {len(concerned)} "
          f"({sum(s.region['id'] == 'conversation' for s in concerned)} on its thread)")  # fmt: skip

    # --- live: daphne with the sockets ------------------------------------------------------
    server = start([str(ROOT / ".venv/bin/daphne"), "-b", "127.0.0.1", "-p", str(args.port),
                    "careteam.asgi:application"], env, args.port)  # fmt: skip
    try:
        time.sleep(2)
        rss_before = rss_mb(server.pid)
        plan = {"markers": []}
        ready, done = threading.Event(), threading.Event()
        failure: list[BaseException] = []

        def screens_thread() -> None:
            try:
                asyncio.run(run_screens(args, screens, plan, ready, done))
            except BaseException as error:  # reported below
                failure.append(error)
                ready.set()

        client = threading.Thread(target=screens_thread, daemon=True)
        client.start()
        ready.wait()
        if failure:
            raise failure[0]
        log("connected; waiting for the first renders to settle")
        time.sleep(max(10.0, args.agents / 10))
        rss_after = rss_mb(server.pid)
        live_idle = idle_window(server.pid, args.window)
        sent: dict[str, float] = {}

        def send(number: int) -> None:
            marker = f"Marker{number:03d}x{uuid.uuid4().hex[:6]}"
            plan["markers"].append(marker)
            sent[marker] = time.monotonic()
            post_message(args.port, scene["tokens"][0], target.member.member_id,
                         f"{marker} is my question about the bill")  # fmt: skip

        live_cpu, live_wall = busy_window(server.pid, args, send)
        time.sleep(3)
        done.set()
        client.join(timeout=30)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait()

    latencies = []
    missing = 0
    for marker, at in sent.items():
        for screen in concerned:
            if marker in screen.arrivals:
                latencies.append((screen.arrivals[marker] - at) * 1000)
            else:
                missing += 1
    leaks = sum(screen.leaks for screen in screens)
    latencies.sort()
    print(f"messages: {len(sent)}, {args.gap:g} s apart")
    print(f"deliveries: {len(latencies)} of {len(sent) * len(concerned)} (missing {missing})")
    print(f"fragments at screens of the other team: {leaks}")
    if latencies:
        print(f"API call to fragment at screen p50/p95/p99: {percentile(latencies, .5):.0f} / "
              f"{percentile(latencies, .95):.0f} / {percentile(latencies, .99):.0f} ms "
              f"(max {latencies[-1]:.0f})")  # fmt: skip
    live_per_agent_min = live_cpu / len(screens) / (live_wall / 60)
    print(f"live, nothing arriving: {live_idle * 1000 / len(screens):.1f} ms server CPU per "
          f"agent per minute")  # fmt: skip
    print(f"live: server CPU {live_cpu:.1f} s over {live_wall:.0f} s = "
          f"{live_per_agent_min * 1000:.1f} ms per agent per minute")  # fmt: skip
    print(f"memory: {rss_before:.0f} MB before, {rss_after:.0f} MB with {len(screens)} sockets = "
          f"{(rss_after - rss_before) * 1024 / len(screens):.0f} KB per connection")  # fmt: skip

    # --- polling: gunicorn, every agent's region every 15 s ---------------------------------
    env_poll = {**env, "LIVE_SOCKET": "off"}
    server = start([str(ROOT / ".venv/bin/gunicorn"), "careteam.wsgi", "--bind",
                    f"127.0.0.1:{args.port}", "--workers", "2", "--timeout", "30",
                    "--log-level", "warning"], env_poll, args.port)  # fmt: skip
    try:
        stop = threading.Event()
        counts: dict[int, int] = {}
        threads = [
            threading.Thread(target=poller, args=(args.port, screen, stop, 15 * n / len(screens), counts),
                             daemon=True)
            for n, screen in enumerate(screens)
        ]  # fmt: skip
        for thread in threads:
            thread.start()
        time.sleep(20)  # every page loaded once, as it is when the agent opened it
        counts.clear()
        poll_idle = idle_window(server.pid, args.window)
        idle_counts = dict(counts)
        counts.clear()

        def send_polled(number: int) -> None:
            post_message(args.port, scene["tokens"][0], target.member.member_id,
                         f"Polled{number:03d} is my question about the bill")  # fmt: skip

        poll_cpu, poll_wall = busy_window(server.pid, args, send_polled)
        stop.set()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait()
    poll_per_agent_min = poll_cpu / len(screens) / (poll_wall / 60)
    print(f"polling every 15 s, nothing arriving: {poll_idle * 1000 / len(screens):.1f} ms "
          f"server CPU per agent per minute (answers: {idle_counts})")  # fmt: skip
    print(f"polling every 15 s, {args.messages} messages: server CPU {poll_cpu:.1f} s over "
          f"{poll_wall:.0f} s = {poll_per_agent_min * 1000:.1f} ms per agent per minute "
          f"(answers: {counts})")  # fmt: skip
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
