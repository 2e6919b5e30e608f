"""A thread page's conversation (its latest messages, drawn), kept in the cache.

The drawn messages depend on the messages' rows, their authors' names, the member's name, the
time zone and the language, and on the code that draws them. The database moves the thread's
conversation version (migration 0026) on every write to its messages and on every rename of a
staff member whose messages it holds; the key holds that version with the thread, its team, its
member's id and name, how many messages are shown, the time zone, the language and a digest of
the drawing code. So a write never needs to remember to delete anything: the next view reads a
new version and draws afresh. The kept bytes hold nothing that depends on who is looking (no
CSRF token, no viewer's name or role); the caller checks access first (`thread_for_user`),
and every view is still audited by the caller, cached or not.

What is kept is encrypted and authenticated under this key (softcache.set_sealed): bytes written
there by anyone but this code, or kept under another thread's key, are never served.

The cache is softcache's: a cache that is down or frozen reads as empty, so the conversation is
drawn as if nothing were kept. Off PostgreSQL there is no version and nothing is kept.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from django.db import connection
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

from careteam import selectors, softcache
from careteam.models import Thread
from careteam.templatetags import console_markup

KEEP_SECONDS = 3600
_PURPOSE = "conversation"

# The drawing code's own digest (this module and every template tag module, which the drawing
# uses): a release that draws differently never reads an older one's.
_MARKUP_DIGEST = softcache.code_digest(
    [Path(__file__), *Path(console_markup.__file__).parent.glob("*.py")]
)


@dataclass(frozen=True)
class Conversation:
    html: SafeString  # the `<li>` of each message shown, oldest first
    first_shown_id: int | None  # the oldest message shown (the "show earlier" link's anchor)
    newest_id: int  # the newest message shown, 0 when none
    has_earlier: bool


def conversation_version(*, thread_id: int) -> int | None:
    """The thread's conversation version (migration 0026), None off PostgreSQL or when unknown."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT version FROM careteam_conversation_version WHERE thread_id = %s", [thread_id]
        )
        row = cursor.fetchone()
    return int(row[0]) if row is not None else None


def _key(thread: Thread, *, version: int, shown: int) -> str:
    member = thread.member
    who = hashlib.sha256(
        f"{member.pk}\x00{member.first_name}\x00{member.last_name}".encode()
    ).hexdigest()[:16]
    return (
        f"conversation:{_MARKUP_DIGEST}:{thread.team_id}:{thread.pk}:{version}:{shown}:{who}:"
        f"{timezone.get_current_timezone_name()}:{translation.get_language()}"
    )


def _draw(thread: Thread, *, shown: int) -> Conversation:
    messages, has_earlier = selectors.thread_latest_messages(thread=thread, count=shown)
    return Conversation(
        html=console_markup.conversation_messages(messages, thread.member),
        first_shown_id=messages[0].pk if messages else None,
        newest_id=max((message.pk for message in messages), default=0),
        has_earlier=has_earlier,
    )


def thread_conversation(*, thread: Thread, shown: int) -> Conversation:
    """The latest `shown` messages of a thread the caller may see, drawn (kept or afresh).

    The version is read before the messages, so what is kept under it is at least as new as
    it says: a write committed in between gives the next view a newer version.
    """
    version = conversation_version(thread_id=thread.pk)
    if version is None:
        return _draw(thread, shown=shown)
    key = _key(thread, version=version, shown=shown)
    kept = softcache.get_sealed(key, purpose=_PURPOSE)
    if kept is not None:
        html, first_shown_id, newest_id, has_earlier = kept
        # Drawn and escaped by console_markup, and sealed by this code under this key.
        return Conversation(mark_safe(html), first_shown_id, newest_id, has_earlier)  # noqa: S308
    drawn = _draw(thread, shown=shown)
    softcache.set_sealed(
        key,
        [str(drawn.html), drawn.first_shown_id, drawn.newest_id, drawn.has_earlier],
        purpose=_PURPOSE,
        timeout=KEEP_SECONDS,
    )
    return drawn
