"""A database outage gives a plain 503, and the console recovers by itself when it is back.

The outage is made by cutting a TCP proxy between a real gunicorn process and the test
database, so the machine's PostgreSQL itself is never stopped.
"""

from __future__ import annotations

import contextlib
import http.cookiejar
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection

from careteam.roles import Role
from tests.factories import PASSWORD, UserFactory
from tests.support.waiting import free_port

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]
ROOT = Path(__file__).resolve().parents[2]


class CuttableProxy:
    """Forwards a loopback port to PostgreSQL until cut; then drops and refuses connections."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = free_port()
        self.up = True
        self.sockets: list[socket.socket] = []
        self.listener = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up:
                client.close()
                continue
            upstream = socket.create_connection(self.target)
            self.sockets += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                end.close()

    def cut(self) -> None:
        self.up = False
        for sock in self.sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self.sockets.clear()

    def restore(self) -> None:
        self.up = True

    def close(self) -> None:
        self.cut()
        self.listener.close()


def get(opener, url: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    try:
        with opener.open(url, timeout=15) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_outage_gives_a_plain_503_and_the_console_recovers(tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("needs the server database")
    agent = UserFactory(username="outage-agent", role=Role.CARE_AGENT)
    # The server runs with production settings, whose hashers do not include the tests' MD5.
    agent.password = PBKDF2PasswordHasher().encode(PASSWORD, "outagesalt123456")
    agent.save()
    db = connection.settings_dict
    proxy = CuttableProxy((db["HOST"], int(db["PORT"])))
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "careteam.settings",
        "DEBUG": "0",
        "HTTPS": "0",
        "SECRET_KEY": "outage-test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"postgres://{db['USER']}@127.0.0.1:{proxy.port}/{db['NAME']}",
        "DATABASE_CONN_MAX_AGE": "600",
        "STATIC_ROOT": str(tmp_path / "static"),
        "MFA_REQUIRED": "0",  # this test is about the database, not the second factor
    }
    env.pop("REDIS_URL", None)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "careteam.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--threads",
            "2",
            "--timeout",
            "30",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "server.log").open("wb"),
    )
    base = f"http://127.0.0.1:{port}"
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                status, _ = get(opener, base + "/login/")
                break
            except urllib.error.URLError:
                assert time.monotonic() < deadline, (tmp_path / "server.log").read_text()
                time.sleep(0.2)
        assert status == 200
        token = next(cookie.value for cookie in jar if cookie.name == "csrftoken")
        form = urllib.parse.urlencode(
            {"username": agent.username, "password": PASSWORD, "csrfmiddlewaretoken": token}
        ).encode()
        opener.open(urllib.request.Request(base + "/login/", data=form), timeout=15)
        status, body = get(opener, base + "/inbox/")
        assert status == 200 and "<h1>Inbox</h1>" in body, body[:500]

        proxy.cut()
        status, body = get(opener, base + "/inbox/")
        assert status == 503
        assert "temporarily unavailable" in body
        for detail in ("Traceback", "OperationalError", "psycopg", "127.0.0.1", db["NAME"]):
            assert detail not in body

        proxy.restore()
        back = time.monotonic()
        while "<h1>Inbox</h1>" not in get(opener, base + "/inbox/")[1]:
            assert time.monotonic() - back < 30, "the console did not recover"
            time.sleep(0.1)
        recovered_in = time.monotonic() - back
        print(f"recovered {recovered_in:.2f} s after the database came back")  # noqa: T201
    finally:
        server.terminate()
        server.wait(timeout=20)
        proxy.close()
