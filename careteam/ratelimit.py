"""Fixed-window request counters in Django's cache (Redis in production, local memory in the demo).

A counter per (scope, who, window): `hit` adds one and says how long to wait once the count is
over the limit. Whom a counter is keyed by is hashed, so neither a token nor an address is a
cache key. When the cache cannot be reached the request is let through and a warning logged:
losing a member's message is worse than a minute without a limit. After such a failure this
process counts nothing for PAUSE_SECONDS, so a cache that does not answer (each call gives up
after REDIS_TIMEOUT_SECONDS) costs one wait, not several on every request.
"""

from __future__ import annotations

import hashlib
import logging
import math
import time
from dataclasses import dataclass

import redis
from django.core.cache import cache

from careteam.softcache import PAUSE_SECONDS, cache_pause

logger = logging.getLogger(__name__)

# While the cache is paused (a failure here or in softcache), the limits are not checked.
_pause = cache_pause


def _unavailable(scope: str, what: str) -> None:
    _pause.start(PAUSE_SECONDS)
    logger.warning("rate limit %s not %s: the cache is unavailable", scope, what)


@dataclass(frozen=True)
class Limit:
    count: int
    seconds: int


def _key(scope: str, who: str, limit: Limit, now: float) -> tuple[str, float]:
    window = int(now // limit.seconds)
    digest = hashlib.sha256(who.encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}:{window}", (window + 1) * limit.seconds - now


def _retry_after(seconds_left: float) -> int:
    return max(1, math.ceil(seconds_left))


def exceeded(scope: str, who: str, limit: Limit) -> int | None:
    """Seconds to wait when `who` has used up this window already (counts nothing)."""
    if _pause.active():
        return None
    key, left = _key(scope, who, limit, time.time())
    try:
        count = cache.get(key, 0)
    except (redis.RedisError, OSError):
        _unavailable(scope, "checked")
        return None
    return _retry_after(left) if count >= limit.count else None


def hit(scope: str, who: str, limit: Limit) -> int | None:
    """Count one request; seconds to wait when it is over the limit, else None."""
    if _pause.active():
        return None
    key, left = _key(scope, who, limit, time.time())
    try:
        cache.add(key, 0, timeout=limit.seconds + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=limit.seconds + 1)
            count = 1
    except (redis.RedisError, OSError):
        _unavailable(scope, "counted")
        return None
    return _retry_after(left) if count > limit.count else None
