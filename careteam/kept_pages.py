"""A whole page drawn once per version and viewer and kept in the cache, with holes for what
each request must draw afresh: its CSRF token, its CSP nonce, and any one-time value the caller
names (a reply form's send token).

The caller checks access before asking and audits before serving (a kept page is never served
without both; what the audit needs, such as a listing's member ids, can be kept beside the page
and read with it), and names in the key everything the page shows: the poll version (threads,
messages, members and enrolments, and the minute), the viewer (the key is per user, with what
base.html shows of them and their role) and the page's own parameters. Anything else the page
shows (a colleague's name in the assign menu, say) is at most as old as the minute the poll
version turns on, as a poll's 204 already allows. A request with flash messages waiting is drawn
afresh (they show once).

The holes are markers derived from SECRET_KEY, the same in every process sharing the cache and
unguessable by anyone writing text into the database; the kept bytes are sealed
(softcache.set_sealed) and the key is hashed. What is kept holds no token, nonce or session key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.middleware.csp import get_nonce
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac

from careteam import softcache

_PURPOSE = "kept-page"
# The poll version turns each minute, so a kept page is never read after two.
KEEP_SECONDS = 120

# Every template and the code that draws with them: a release that draws differently never
# reads an older one's pages.
_ROOT = Path(__file__).resolve().parents[1]
_DIGEST = softcache.code_digest(
    [
        *(_ROOT / "templates").rglob("*.html"),
        *(_ROOT / "careteam").glob("*.py"),
        *(_ROOT / "careteam" / "templatetags").glob("*.py"),
    ]
)


def hole(name: str) -> str:
    """The marker a kept page holds where this request's `name` goes."""
    marker = salted_hmac("careteam.kept_pages.hole", name, algorithm="sha256").hexdigest()[:32]
    return f"kept{marker}"


def render_kept(
    request: HttpRequest,
    *,
    template: str,
    key_parts: Sequence[object] | None,
    context: Callable[[], dict[str, object]],
    fresh: Mapping[str, str],
) -> HttpResponse:
    """The page `template` draws with `context()`, kept under `key_parts` (see the module's
    docstring; None: drawn afresh, not kept). `context()` puts hole(name) where each of
    `fresh` goes; `fresh` maps each name to this request's value as the page shows it."""
    key = page_key(request, key_parts)
    kept = read(key)
    html = kept.html if kept is not None else draw(request, template, context(), key=key)
    return respond(request, html, fresh=fresh)


@dataclass(frozen=True)
class KeptPage:
    html: str  # with its holes
    beside: list[Any]  # what the caller kept with it (JSON-shaped: read back as lists)


def page_key(request: HttpRequest, key_parts: Sequence[object] | None) -> str | None:
    """The cache key of a page kept under `key_parts`, or None when it is drawn afresh and not
    kept (no parts, or flash messages waiting, which show once)."""
    if key_parts is None or _messages_waiting(request):
        return None
    parts = [_DIGEST, timezone.get_current_timezone_name(), translation.get_language() or ""]
    text = "\x00".join([*parts, *(str(part) for part in key_parts)])
    return "kept-page:" + hashlib.sha256(text.encode()).hexdigest()


def read(key: str | None) -> KeptPage | None:
    """The page kept under `key` (from page_key), or None: not kept, or not sealed by draw
    under this very key."""
    kept = softcache.get_sealed(key, purpose=_PURPOSE) if key else None
    if isinstance(kept, str):  # kept without anything beside it
        return KeptPage(html=kept, beside=[])
    if isinstance(kept, list) and len(kept) == 2 and isinstance(kept[0], str):
        return KeptPage(html=kept[0], beside=kept[1] if isinstance(kept[1], list) else [])
    return None


def draw(
    request: HttpRequest,
    template: str,
    context: Mapping[str, object],
    *,
    key: str | None,
    beside: Sequence[object] | None = None,
) -> str:
    """The page drawn with holes for this request's CSRF token and CSP nonce, kept under `key`
    (when not None) with `beside` (JSON-shaped), which read() gives back with it."""
    drawn = {**context, "csrf_token": hole("csrf"), "csp_nonce": hole("nonce")}
    html = render_to_string(template, drawn, request)
    if key:
        kept: object = html if beside is None else [html, list(beside)]
        softcache.set_sealed(key, kept, purpose=_PURPOSE, timeout=KEEP_SECONDS)
    return html


def respond(request: HttpRequest, html: str, *, fresh: Mapping[str, str]) -> HttpResponse:
    """The page with this request's own values in its holes (`fresh`: name -> value)."""
    values: dict[str, Callable[[], str]] = {
        "csrf": lambda: get_token(request),
        "nonce": lambda: _nonce(request),
        **{name: (lambda value=value: value) for name, value in fresh.items()},  # type: ignore[misc]
    }
    for name, value in values.items():
        marker = hole(name)
        if marker in html:  # the nonce is made (and put in the CSP header) only when used
            html = html.replace(marker, value())
    return HttpResponse(html)


def _nonce(request: HttpRequest) -> str:
    """This request's CSP nonce, made now (a LazyNonce is false until made)."""
    nonce = get_nonce(request)
    return "" if nonce is None else str(nonce)


def _messages_waiting(request: HttpRequest) -> bool:
    """Flash messages for this request (read without marking them shown)."""
    return len(messages.get_messages(request)) > 0
