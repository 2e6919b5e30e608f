"""Django's cache for what a page keeps there only to save work: which listings and thread views
were audited already, queue counts. Without the cache such a page must still answer, so a cache
that is down, or does not answer (each call gives up after REDIS_TIMEOUT_SECONDS), reads as
empty and takes no writes, and a warning is logged.

After a failure this process leaves the cache alone for PAUSE_SECONDS, so a frozen Redis costs
one wait, not one per call on every request. Callers must be correct with an empty cache: the
audit then records every view (more rows, never fewer); counts are computed afresh.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import redis
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac

from careteam.pause import ServerPause

logger = logging.getLogger(__name__)

PAUSE_SECONDS = 10


def _cache_address() -> str | None:
    config: dict[str, Any] = settings.CACHES["default"]
    if "redis" not in config["BACKEND"].lower():
        return None
    location = config["LOCATION"]
    return location if isinstance(location, str) else location[0]


# One pause for the default cache's server, whoever found it unavailable (the rate limits, and
# the broker, live layer and metrics when they are on the same server).
cache_pause = ServerPause(_cache_address, otherwise="cache:default")
_FAILURES = (redis.RedisError, OSError)


def _unavailable(what: str, error: BaseException) -> None:
    cache_pause.start(PAUSE_SECONDS)
    logger.warning("cache %s skipped: the cache is unavailable (%s)", what, type(error).__name__)


def get(key: str) -> Any | None:
    """The cached value, or None when absent or the cache is unavailable."""
    if cache_pause.active():
        return None
    try:
        return cache.get(key)
    except _FAILURES as error:
        _unavailable("read", error)
        return None


def get_many(keys: Iterable[str]) -> dict[str, Any]:
    """The cached values found; nothing when the cache is unavailable."""
    wanted = list(keys)
    if not wanted or cache_pause.active():
        return {}
    try:
        return cache.get_many(wanted)
    except _FAILURES as error:
        _unavailable("read", error)
        return {}


def set(key: str, value: object, *, timeout: float) -> None:
    if cache_pause.active():
        return
    try:
        cache.set(key, value, timeout=timeout)
    except _FAILURES as error:
        _unavailable("write", error)


def set_many(values: Mapping[str, object], *, timeout: float) -> None:
    if not values or cache_pause.active():
        return
    try:
        cache.set_many(dict(values), timeout=timeout)
    except _FAILURES as error:
        _unavailable("write", error)


def add(key: str, value: object, *, timeout: float) -> bool | None:
    """True when the key was added, False when it was there already, None when the cache is
    unavailable (the caller cannot know which)."""
    if cache_pause.active():
        return None
    try:
        return bool(cache.add(key, value, timeout=timeout))
    except _FAILURES as error:
        _unavailable("write", error)
        return None


def code_digest(paths: Iterable[Path]) -> str:
    """A short digest of the files that draw what a caller keeps, for its cache keys: a release
    that draws differently never reads what an older one kept."""
    return hashlib.sha256(b"".join(path.read_bytes() for path in sorted(paths))).hexdigest()[:16]


def get_sealed(key: str, *, purpose: str) -> Any | None:
    """What set_sealed kept under `key` for `purpose`, or None when absent, unavailable, or not
    sealed by set_sealed under this very key for this purpose (bytes written by anything else,
    or copied from another key, fail authentication and read as absent): for values served as
    they are, such as drawn HTML."""
    kept = get(key)
    if not (isinstance(kept, bytes) and len(kept) > _NONCE_BYTES):
        return None
    try:
        plain = _cipher(purpose).decrypt(kept[:_NONCE_BYTES], kept[_NONCE_BYTES:], key.encode())
    except InvalidTag:
        return None
    return json.loads(plain)


def set_sealed(key: str, value: object, *, purpose: str, timeout: float) -> None:
    """Keep `value` (JSON-shaped: strings, numbers, lists; read back as lists) encrypted and
    authenticated with AES-GCM under a key derived from SECRET_KEY and `purpose`, the cache key
    bound in as associated data. What pages keep here are members' names and messages: a copy of
    the cache's memory or disk (an RDB or AOF file, a replica, a backup) shows none of it
    without the application's secret."""
    plain = json.dumps(value, separators=(",", ":")).encode()
    nonce = os.urandom(_NONCE_BYTES)
    set(key, nonce + _cipher(purpose).encrypt(nonce, plain, key.encode()), timeout=timeout)


_NONCE_BYTES = 12


@functools.cache
def _cipher_for(secret: str, purpose: str) -> AESGCM:
    digest = salted_hmac(f"careteam.softcache.{purpose}", "key", secret=secret, algorithm="sha256")
    return AESGCM(digest.digest())


def _cipher(purpose: str) -> AESGCM:
    return _cipher_for(settings.SECRET_KEY, purpose)
