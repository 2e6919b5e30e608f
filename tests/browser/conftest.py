"""Playwright driving Debian's Chromium (a browser download is not possible on these machines)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make around
# it are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        message = f"Chromium is not installed at {CHROMIUM} (make test installs Debian's chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def asgi_live_server(transactional_db) -> Iterator[str]:
    """The project's ASGI application (pages and the live socket) under daphne, in a process
    of its own on the test database; its URL. channels' ChannelsLiveServerTestCase, for pytest."""
    from functools import partial

    from channels.testing.live import make_application
    from daphne.testing import DaphneProcess
    from django.contrib.staticfiles.handlers import ASGIStaticFilesHandler

    server = DaphneProcess(
        "localhost", partial(make_application, static_wrapper=ASGIStaticFilesHandler)
    )
    server.start()
    if not server.ready.wait(timeout=30):
        server.terminate()
        pytest.fail("daphne did not start within 30 s")
    try:
        yield f"http://localhost:{server.port.value}"
    finally:
        server.terminate()
        server.join(timeout=10)
