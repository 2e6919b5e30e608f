"""A "frozen Redis": a local TCP server that accepts connections and never answers.

What a broker or cache looks like to a client when the process is stopped (SIGSTOP) or a
network partition swallows the replies: connecting succeeds, every read waits forever.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager


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
def frozen_redis() -> Iterator[FrozenServer]:
    server = FrozenServer().start()
    try:
        yield server
    finally:
        server.stop()
