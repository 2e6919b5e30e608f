"""Telling open screens that something they may show has changed, after the write commits."""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import BaseChannelLayer, get_channel_layer
from django.conf import settings
from django.db import DatabaseError, connection, transaction

from careteam.pause import ServerPause

logger = logging.getLogger(__name__)


class Change:
    """What changed; the screens re-render what shows it, whatever the kind."""

    MEMBER_MESSAGE = "member-message"
    REPLY = "reply"
    NOTE = "note"
    THREAD = "thread"  # assignment, status, priority, topic, due time
    DELIVERY = "delivery"
    DRAFT = "draft"
    TRIAGE = "triage"


def team_group(team_id: int) -> str:
    return f"live.team.{team_id}"


def thread_group(thread_id: int) -> str:
    """The sockets of the pages that have this thread open (presence only: no member data)."""
    return f"live.thread.{thread_id}"


def session_group(session_key: str) -> str:
    """A group per signed-in session (named by a digest: the key itself is a credential)."""
    return "live.session." + hashlib.sha256(session_key.encode()).hexdigest()[:40]


def thread_changed(*, thread_id: int, team_id: int, change: str) -> None:
    """Push `change` of a thread to its team's open screens once the current transaction
    commits (at once outside one). A rolled-back write tells nobody."""
    event = {"type": "thread.changed", "thread": thread_id, "change": change}
    transaction.on_commit(partial(_announce_committed, team_group(team_id), event))


def _announce_committed(group: str, event: dict[str, object]) -> None:
    # The triggers move the change counter while the writer's transaction is still open, so a
    # render in that window records the new counter with the old data; the push that follows
    # would then be skipped as "already shown" (or answered 204). Moving the counter once more
    # after the commit makes every render from before it stale.
    _move_change_counter()
    _send(group, event)


def _move_change_counter() -> None:
    if connection.vendor != "postgresql":
        return  # no counter: every render is a full one
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT nextval('careteam_change_seq')")
    except DatabaseError as error:  # a write never fails for its push: the polls catch up
        logger.warning("change counter not moved (%s)", type(error).__name__)


def session_ended(*, session_key: str) -> None:
    """Close every socket of a session that was signed out."""
    _send(session_group(session_key), {"type": "session.ended"})


def close_sockets_at_logout(
    sender: object, request: object, user: object, **kwargs: object
) -> None:
    """user_logged_out receiver: the session's open pages stop receiving at once."""
    session = getattr(request, "session", None)
    if session is not None and session.session_key:
        session_ended(session_key=session.session_key)


async def _bounded_send(layer: BaseChannelLayer, group: str, event: dict[str, object]) -> None:
    # A frozen Redis costs a write at most this long after its commit.
    await asyncio.wait_for(layer.group_send(group, event), timeout=settings.REDIS_TIMEOUT_SECONDS)


def wait_for_async[T](function: Callable[..., Awaitable[T]], *args: object) -> T:
    """Run an async function from sync code and return its result, in any thread: where an
    event loop already runs in this thread (sync code called by an async host), async_to_sync
    cannot wait, so a thread of its own does."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return async_to_sync(function)(*args)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(async_to_sync(function), *args).result()


# After a push failed (the layer's Redis down or not answering), this process pushes nothing for
# this long, so a frozen Redis costs one wait, not one per push of every write.
PAUSE_SECONDS = 10


def _layer_address() -> str | None:
    config: dict[str, Any] = settings.CHANNEL_LAYERS.get("default", {})
    hosts = config.get("CONFIG", {}).get("hosts") or [None]
    host = hosts[0]
    address = host.get("address") if isinstance(host, dict) else host
    return address if isinstance(address, str) else None


_pause = ServerPause(_layer_address, otherwise="live layer")


def _send(group: str, event: dict[str, object]) -> None:
    layer = get_channel_layer()
    if layer is None or _pause.active():
        return
    try:
        wait_for_async(_bounded_send, layer, group, event)
    except Exception as error:  # a write never fails for its push: the screens' polls catch up
        _pause.start(PAUSE_SECONDS)
        logger.warning("live update not pushed (%s); polling will show it", type(error).__name__)
