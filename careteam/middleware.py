"""Request-level rules every page gets by default."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

from django.contrib.auth.middleware import LoginRequiredMiddleware
from django.http import HttpRequest, HttpResponse
from django.shortcuts import resolve_url
from django_htmx.http import HttpResponseClientRedirect

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class HtmxAwareLoginRequiredMiddleware(LoginRequiredMiddleware):
    """Every view needs a login unless marked otherwise.

    An anonymous htmx request gets HX-Redirect to the login page, so a login form is never
    pasted into a fragment of a page.
    """

    def handle_no_permission(self, request: HttpRequest, view_func: Callable) -> HttpResponse:
        if getattr(request, "htmx", False):
            return HttpResponseClientRedirect(resolve_url(self.get_login_url(view_func)))
        return super().handle_no_permission(request, view_func)


class NoStoreMiddleware:
    """Member data must not linger in browser or proxy caches; also tags each request with an id."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        supplied = request.headers.get("X-Request-ID", "")
        request.request_id = supplied if _REQUEST_ID.match(supplied) else uuid.uuid4().hex  # type: ignore[attr-defined]
        response = self.get_response(request)
        if not request.path.startswith("/static/"):
            response["Cache-Control"] = "no-store"
        response["X-Request-ID"] = request.request_id  # type: ignore[attr-defined]
        return response
