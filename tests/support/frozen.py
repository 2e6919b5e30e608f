"""A "frozen Redis": a local TCP server that accepts connections and never answers.

What a broker or cache looks like to a client when the process is stopped (SIGSTOP) or a
network partition swallows the replies: connecting succeeds, every read waits forever.
"""

from __future__ import annotations

import signal
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

import pytest

# A call without a timeout waits on a frozen Redis forever: past this, the test fails instead of
# holding the suite (far above the bounds the tests assert, far below CI's patience).
GIVE_UP_SECONDS = 30.0


class FrozenServer:
    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._accept_and_hold, daemon=True)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def _accept_and_hold(self) -> None:
        self.listener.settimeout(0.1)
        while not self._stopped.is_set():
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted.append(connection)  # held open, never read from nor answered

    def start(self) -> FrozenServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join(2)
        for connection in self.accepted:
            connection.close()
        self.listener.close()


@contextmanager
def frozen_redis(give_up_seconds: float = GIVE_UP_SECONDS) -> Iterator[FrozenServer]:
    """A frozen Redis for the block, which fails the test if it is still running after
    `give_up_seconds` (a SIGALRM interrupts the wait on the socket; main thread only)."""

    def give_up(signum: int, frame: FrameType | None) -> None:
        pytest.fail(f"still waiting on the frozen Redis after {give_up_seconds:.0f} s")

    server = FrozenServer().start()
    previous = signal.signal(signal.SIGALRM, give_up)
    signal.setitimer(signal.ITIMER_REAL, give_up_seconds)
    try:
        yield server
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        server.stop()
