"""An inbox listing (one page of a tab, with its filters or search), drawn and kept in the cache,
and the inbox page around it (`inbox_page`), kept per viewer.

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
from typing import Any, cast

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.forms import Form
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

from careteam import kept_pages, selectors, softcache
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


@dataclass(frozen=True)
class InboxPage:
    html: str  # the whole page, or the list alone for an htmx swap of it
    member_ids: list[int]  # the members it lists, in order: what the caller audits
    page_number: int


def inbox_page(
    request: HttpRequest,
    *,
    user: User,
    form: Form,
    form_valid: bool,
    filters: InboxFilters,
    template: str,
    version: str,
    asked_page: str | None,
    filter_params: str,
    alerts: list[Any],
    page_size: int,
    viewer_key: list[object],
) -> InboxPage:
    """The inbox page (or its list alone), kept or drawn afresh.

    It is kept per viewer (`viewer_key`: what the page shows of them) under the listing's key
    with the member ids it lists and its page number beside it, so a kept page is served without
    counting or listing anything. A supervisor's alerts are read each time, so a page showing
    them is drawn afresh."""
    number = page_number(asked_page)
    key = None
    if version and number is not None and form_valid and not alerts:
        key = kept_pages.page_key(
            request,
            [
                "inbox", template,
                listing_key(
                    user=user, filters=filters, version=version, number=number,
                    page_size=page_size,
                ),
                *viewer_key,
            ],
        )  # fmt: skip
    kept = _kept_inbox(kept_pages.read(key))
    if kept is not None:
        return kept
    counts = selectors.inbox_counts(user=user)
    now = timezone.now()
    filtered = bool(filters.status or filters.topic or filters.query)
    listing = inbox_listing(
        user=user,
        filters=filters,
        version=version,
        page=asked_page,
        page_size=page_size,
        # An unfiltered tab lists exactly the threads its count counted: no second count.
        count=None if filtered else counts.get(filters.tab),
        now=now,
    )
    member_ids, number = list(listing.page.object_list), listing.page.number
    poll_params = filter_params + (f"&page={number}" if number > 1 else "")
    context = {
        "form": form,
        "filters": filters,
        "page": listing.page,
        "rows_html": listing.rows_html,
        "counts": counts,
        "tabs": [(tab, label, counts[tab]) for tab, label in InboxTab.CHOICES],
        "query_without_page": filter_params,
        "poll_url": reverse("inbox") + (f"?{poll_params.lstrip('&')}" if poll_params else ""),
        "now": now,
        "poll_version": version,
        "alerts": alerts,
    }
    html = kept_pages.draw(request, template, context, key=key, beside=[member_ids, number])
    return InboxPage(html=html, member_ids=member_ids, page_number=number)


def _kept_inbox(kept: kept_pages.KeptPage | None) -> InboxPage | None:
    """A kept inbox page with the member ids it lists and its page number (kept beside it)."""
    if kept is None or len(kept.beside) != 2:
        return None
    member_ids, number = kept.beside
    if not (
        isinstance(number, int)
        and isinstance(member_ids, list)
        and all(isinstance(member_id, int) for member_id in member_ids)
    ):
        return None
    return InboxPage(html=kept.html, member_ids=member_ids, page_number=number)
