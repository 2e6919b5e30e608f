"""Times every request and counts it under its route's name, never its path."""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from careteam.telemetry import store

UNMATCHED = "<unmatched>"
STATIC = "<static>"


def route_of(request: HttpRequest) -> str:
    """The URL pattern's name (namespaced), or its pattern when it has none: never the path,
    whose ids and query values could say which member was looked at."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        static = "/" + settings.STATIC_URL.lstrip("/")
        return STATIC if request.path_info.startswith(static) else UNMATCHED
    if match.url_name:
        return match.view_name
    return match.route or UNMATCHED


def status_class(status: int) -> str:
    return f"{status // 100}xx"


class RequestDurationMiddleware:
    """First in MIDDLEWARE, so the time covers every other middleware too."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        seconds = time.perf_counter() - started
        method = request.method if request.method in KNOWN_METHODS else "OTHER"
        label = store.label_of(method, route_of(request), status_class(response.status_code))
        store.record(store.REQUEST, label, seconds)
        return response


# Anything else a client sends is one label, so made-up methods cannot grow the label set.
KNOWN_METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}
