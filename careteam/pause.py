"""A process-wide pause after a dependency failed: while it lasts, callers skip the dependency
instead of each waiting out its timeout (the broker for publishing, the cache for rate limits)."""

from __future__ import annotations

import time


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
