"""An inbox listing (one page of a tab, with its filters or search), drawn and kept in the cache.

A listing changes only when threads, messages, members or enrolments are written, which is what
the poll version counts (`selectors.poll_version`: migration 0020's change counter, and the
minute, so times shown relative to now stay fresh). The key holds that version with everything
the listing depends on: the viewer's teams (and the viewer, on the "Mine" tab), the tab, the
filters and search, the page, the page size, the time zone, the language and a digest of the
drawing code. A write never needs to delete anything; the next listing reads a new version.

What is kept holds nothing that depends on who is looking beyond what the key holds (no CSRF
token, no viewer's name): the drawn rows, the member ids they show (the caller audits each
listing, kept or not) and the page's numbers. It is sealed (softcache.set_sealed), so bytes
kept under another key or written by anything else are drawn afresh, never served. The key is
hashed, so a search's words never reach the cache's keys.

A listing drawn while a write is open can be kept under the counter that write already moved;
the writes that push to screens move the counter again after they commit (careteam.live), and
any other write shows within a minute, as the polls' 204 already allows. Off PostgreSQL there
is no version and nothing is kept.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import cast

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

from careteam import selectors, softcache
from careteam.models import Thread, User
from careteam.selectors import InboxFilters, InboxTab
from careteam.templatetags import console_markup

# The poll version turns each minute, so a kept listing is never read after two.
KEEP_SECONDS = 120
_PURPOSE = "inbox-listing"

# The drawing code's own digest (this module and the template tags that draw the rows).
_MARKUP_DIGEST = softcache.code_digest(
    [Path(__file__), *Path(console_markup.__file__).parent.glob("*.py")]
)


@dataclass(frozen=True)
class Listing:
    page: Page  # its object_list: the member id of each row, in order
    rows_html: SafeString  # the `<tr>` of each listed thread
    key: str  # what it was kept under ("" when not kept)


def page_number(asked: str | None) -> int | None:
    """A page number worth a key of its own; anything else is drawn without keeping."""
    if asked is None:
        return 1
    return int(asked) if asked.isdigit() and 0 < int(asked) < 100_000 else None


def listing_key(
    *, user: User, filters: InboxFilters, version: str, number: int, page_size: int
) -> str:
    """The key of one page of a listing: everything it depends on (see the module's docstring);
    `number` is the page asked for (page_number's)."""
    teams = ",".join(str(pk) for pk in sorted(selectors.team_ids_for_user(user=user)))
    viewer = str(user.pk) if filters.tab == InboxTab.MINE else ""
    parts = [
        _MARKUP_DIGEST, version, teams, viewer, filters.tab, filters.status, filters.topic,
        filters.query, str(number), str(page_size), timezone.get_current_timezone_name(),
        translation.get_language() or "",
    ]  # fmt: skip
    return "inbox-listing:" + hashlib.sha256("\x00".join(parts).encode()).hexdigest()


def _page(member_ids: list[int], *, number: int, count: int, page_size: int) -> Page:
    paginator = Paginator(member_ids, page_size)
    paginator.count = count  # the whole listing's, not this page's
    return Page(member_ids, number, paginator)


def inbox_listing(
    *,
    user: User,
    filters: InboxFilters,
    version: str,
    page: str | None,
    page_size: int,
    count: int | None,
    now: datetime,
) -> Listing:
    """One page of the user's inbox listing, drawn (kept or afresh). `count`, when given, is
    the listing's total already known (an unfiltered tab's count), which saves counting;
    `version` is the poll version read before anything else (see the module's docstring)."""
    number = page_number(page)
    key = None
    if version and number is not None:
        key = listing_key(
            user=user, filters=filters, version=version, number=number, page_size=page_size
        )
        kept = softcache.get_sealed(key, purpose=_PURPOSE)
        if kept is not None:
            html, member_ids, kept_number, kept_count = kept
            return Listing(
                page=_page(member_ids, number=kept_number, count=kept_count, page_size=page_size),
                # Drawn and escaped by console_markup, sealed by this code under this key.
                rows_html=mark_safe(html),  # noqa: S308
                key=key,
            )
    # Sliced and counted as a queryset is (InboxStatement has what the Paginator uses of one).
    listed = cast(QuerySet[Thread], selectors.inbox_threads_listed(user=user, filters=filters))
    paginator = Paginator(listed, page_size)
    if count is not None:
        paginator.count = count
    drawn = paginator.get_page(page)
    threads = list(drawn.object_list)
    rows_html = console_markup.inbox_rows(threads, now)
    member_ids = [thread.member_id for thread in threads]
    if key is not None:
        softcache.set_sealed(
            key,
            [str(rows_html), member_ids, drawn.number, paginator.count],
            purpose=_PURPOSE,
            timeout=KEEP_SECONDS,
        )
    return Listing(
        page=_page(member_ids, number=drawn.number, count=paginator.count, page_size=page_size),
        rows_html=rows_html,
        key=key or "",
    )
