"""A process-wide pause after a dependency failed: while it lasts, callers skip the dependency
instead of each waiting out its timeout (the broker for publishing, the cache for rate limits).

The broker, the cache, the live channel layer and the metrics are often one Redis server (each on
a database of its own, or all on one). A frozen server is frozen for every client of it, so they
share one pause per server: the first client to wait out its timeout spares the others theirs,
and a reply on a frozen Redis waits once, not once per client."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import cache
from urllib.parse import urlsplit


class Pause:
    def __init__(self) -> None:
        self._until = 0.0  # time.monotonic() before which the dependency is left alone

    def start(self, seconds: float) -> None:
        self._until = time.monotonic() + seconds

    def active(self) -> bool:
        return time.monotonic() < self._until

    def end(self) -> None:
        """Use the dependency again at once (it is known to be back)."""
        self._until = 0.0


_by_server: dict[str, Pause] = {}


@cache
def _server(address: str) -> str:
    parts = urlsplit(address)
    if parts.scheme in ("redis", "rediss") and parts.hostname:
        return f"{parts.hostname}:{parts.port or 6379}"
    return address  # a socket path, or a client's own name: a pause of its own


def server_pause(address: str) -> Pause:
    """The pause of the server at `address`, shared by every client of it in this process."""
    server = _server(address)
    pause = _by_server.get(server)
    if pause is None:
        pause = _by_server[server] = Pause()
    return pause


def end_all() -> None:
    """Every server's pause ends (for tests: no pause outlives the test that provoked it)."""
    for pause in _by_server.values():
        pause.end()


class ServerPause:
    """The pause of whichever server a client's settings name now (settings can change)."""

    def __init__(self, address: Callable[[], str | None], *, otherwise: str) -> None:
        self._address = address
        self._otherwise = otherwise  # the client's own pause when it is not on a Redis URL

    def _pause(self) -> Pause:
        return server_pause(self._address() or self._otherwise)

    def start(self, seconds: float) -> None:
        self._pause().start(seconds)

    def active(self) -> bool:
        return self._pause().active()

    def end(self) -> None:
        self._pause().end()
