"""A page's live regions, re-rendered by the very request their background poll sends.

A pushed fragment goes through Django's whole request path (session, sign-in, second factor,
idle logoff, the view's access checks and audit, the same template partial): the socket adds
no second way to read member data. A region whose version is current answers 204, as a poll.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import cast
from urllib.parse import urlsplit

from django.core.handlers.asgi import ASGIRequest
from django.core.handlers.base import BaseHandler
from django.http import HttpResponse
from django.urls import Resolver404, resolve

from careteam.middleware import BACKGROUND_POLL_HEADER
from careteam.page_ids import LIVE_REGION_PAGES
from careteam.views import POLL_VERSION_HEADER

# The polling regions a page may ask to have pushed, and the page that serves each.
REGION_PAGES = LIVE_REGION_PAGES

# Headers of the socket's handshake that the re-rendering request keeps: who is asking (the
# session cookie) and from where (for the audit rows), nothing the browser sent for the socket.
_KEPT_HEADERS = {b"cookie", b"host", b"user-agent", b"x-forwarded-for", b"x-forwarded-proto"}
_MAX_URL = 500


class RegionRefused(ValueError):
    """A page asked for something that is not one of its live regions."""


@dataclass
class Region:
    id: str
    url: str
    version: str
    thread_id: int | None


def region_from(spec: object) -> Region:
    """A region as the page describes it ({"id", "url", "version"}); RegionRefused otherwise."""
    if not isinstance(spec, dict):
        raise RegionRefused("a region is an object")
    region_id, url, version = spec.get("id"), spec.get("url"), spec.get("version", "")
    if region_id not in REGION_PAGES:
        raise RegionRefused("unknown region")
    if not isinstance(url, str) or not url.startswith("/") or url.startswith("//"):
        raise RegionRefused("a region's url is a path of this site")
    if len(url) > _MAX_URL or not isinstance(version, str) or len(version) > 40:
        raise RegionRefused("a region's url or version is too long")
    try:
        match = resolve(urlsplit(url).path)
    except Resolver404:
        raise RegionRefused("a region's url is not a page") from None
    if match.url_name != REGION_PAGES[region_id]:
        raise RegionRefused("a region's url is not its page")
    return Region(id=region_id, url=url, version=version, thread_id=match.kwargs.get("thread_id"))


class _Pages(BaseHandler):
    """Django's request handling with the project's middleware, called in-process."""

    def __init__(self) -> None:
        super().__init__()
        self.load_middleware()


_pages: _Pages | None = None


def render_region(*, socket_scope: dict, region: Region) -> HttpResponse:
    """The answer the region's background poll would get now (sync: call it off the loop)."""
    global _pages  # built on first use, once the app registry is ready
    if _pages is None:
        _pages = _Pages()
    parts = urlsplit(region.url)
    headers = [(name, value) for name, value in socket_scope["headers"] if name in _KEPT_HEADERS]
    headers += [
        (b"hx-request", b"true"),
        (b"hx-target", region.id.encode()),
        (b"hx-trigger", region.id.encode()),
        (BACKGROUND_POLL_HEADER.lower().encode(), b"1"),
        (POLL_VERSION_HEADER.lower().encode(), region.version.encode()),
    ]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "https" if socket_scope.get("scheme") == "wss" else "http",
        "path": parts.path,
        "raw_path": parts.path.encode(),
        "root_path": "",
        "query_string": parts.query.encode(),
        "headers": headers,
        "client": socket_scope.get("client"),
        "server": socket_scope.get("server"),
    }
    request = ASGIRequest(scope, io.BytesIO())
    # The region pages (inbox, thread) answer with a rendered page, never a streamed one.
    return cast(HttpResponse, _pages.get_response(request))
