"""Request-level rules every page gets by default."""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.middleware import LoginRequiredMiddleware
from django.contrib.sessions.backends.base import SessionBase
from django.core.exceptions import PermissionDenied
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import resolve_url
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve
from django_htmx.http import HttpResponseClientRedirect

logger = logging.getLogger(__name__)
# A request id from the proxy is kept only when well formed: letters, digits and . _ - (at most
# 64, starting with a letter or digit), so it can go into logs and exports as it is.
_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


class HtmxAwareLoginRequiredMiddleware(LoginRequiredMiddleware):
    """Every view needs a login unless marked otherwise.

    An anonymous htmx request gets HX-Redirect to the login page, so a login form is never
    pasted into a fragment of a page.
    """

    # Django returns whatever this gives; its stubs ask for a redirect, and htmx's is a 200.
    def handle_no_permission(  # type: ignore[override]
        self, request: HttpRequest, view_func: Callable
    ) -> HttpResponse:
        if getattr(request, "htmx", False):
            return HttpResponseClientRedirect(resolve_url(self.get_login_url(view_func)))
        return super().handle_no_permission(request, view_func)


# Routes that authenticate without a session and bound their own bodies.
_BODY_LIMIT_EXEMPT_VIEWS = {"api-member-messages"}


class AnonymousBodyLimitMiddleware:
    """Before login, a request body is judged by its declared size, before anything reads it.

    Placed before every middleware that may read request.POST or request.FILES (the CSRF check
    does), it answers 413 to an anonymous body larger than ANONYMOUS_MAX_BODY_BYTES (a sign-in
    form is far smaller) and 411 to one sent without a Content-Length (chunked), so no upload
    from someone not signed in is parsed or spooled to disk. Signed-in users' uploads are bounded
    by the views (CLAIMS_IMPORT_MAX_BYTES) and by the proxy's body limit.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        refusal = self._refusal(request)
        return refusal if refusal is not None else self.get_response(request)

    def _refusal(self, request: HttpRequest) -> HttpResponse | None:
        declared = request.META.get("CONTENT_LENGTH") or ""
        chunked = request.META.get("HTTP_TRANSFER_ENCODING", "").strip().lower() not in (
            "",
            "identity",
        )
        if declared in ("", "0") and not chunked:
            return None
        if request.user.is_authenticated or _url_name(request) in _BODY_LIMIT_EXEMPT_VIEWS:
            return None
        if chunked:
            return _plain(411, "Send a Content-Length with the request body.")
        try:
            size = int(declared)
        except ValueError:
            return _plain(400, "The Content-Length header is not a number.")
        if size > settings.ANONYMOUS_MAX_BODY_BYTES:
            return _plain(
                413,
                f"The request body is larger than {settings.ANONYMOUS_MAX_BODY_BYTES} bytes, the "
                "most accepted before you sign in. Sign in, then send it again.",
            )
        return None


def _url_name(request: HttpRequest) -> str | None:
    try:
        return resolve(request.path_info).url_name
    except Resolver404:
        return None


def _plain(status: int, text: str) -> HttpResponse:
    response = HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "no-store"
    return response


class NoStoreMiddleware:
    """Member data must not linger in browser or proxy caches; also tags each request with an id."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        supplied = request.headers.get("X-Request-ID", "")
        request.request_id = supplied if _REQUEST_ID.fullmatch(supplied) else uuid.uuid4().hex  # type: ignore[attr-defined]
        response = self.get_response(request)
        if not request.path.startswith("/static/"):
            response["Cache-Control"] = "no-store"
        response["X-Request-ID"] = request.request_id  # type: ignore[attr-defined]
        return response


# Sent ("1") by the htmx polls of our templates and static/js: such a request is no activity
# of the user's (the session's idle clock) and shows nothing new to audit.
BACKGROUND_POLL_HEADER = "X-Background-Poll"
# The version of what a polling region shows, sent back by its poll (see selectors.poll_version).
POLL_VERSION_HEADER = "X-Poll-Version"


def is_background_poll(request: HttpRequest) -> bool:
    return request.headers.get(BACKGROUND_POLL_HEADER) == "1"


_SESSION_STARTED = "auth_started_at"
_SESSION_ACTIVE = "last_activity_at"
# Recording activity writes the session; once a minute is precise enough for a 15-minute limit.
_ACTIVITY_RESOLUTION_SECONDS = 60


def record_login_time(sender: object, request: HttpRequest, user: object, **kwargs: object) -> None:
    now = int(time.time())
    request.session[_SESSION_STARTED] = now
    request.session[_SESSION_ACTIVE] = now


class SessionTimeoutMiddleware:
    """Automatic logoff: after SESSION_IDLE_SECONDS without activity, or SESSION_ABSOLUTE_SECONDS
    after login, whichever comes first.

    Background polling (requests with the X-Background-Poll header, which our htmx polls send)
    is not activity, so an open inbox tab does not keep a session alive. After logoff the
    login-required middleware answers: a redirect, or HX-Redirect for htmx.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            now = int(time.time())
            started = request.session.get(_SESSION_STARTED, now)
            idle_for = now - request.session.get(_SESSION_ACTIVE, now)
            if session_timed_out(request.session, now=now):
                logout(request)
                messages.info(request, "You were signed out. Sign in again to continue.")
            elif not is_background_poll(request) and (
                idle_for >= _ACTIVITY_RESOLUTION_SECONDS or _SESSION_ACTIVE not in request.session
            ):
                request.session[_SESSION_STARTED] = started
                request.session[_SESSION_ACTIVE] = now
        return self.get_response(request)


def session_timed_out(session: SessionBase, *, now: int) -> bool:
    """Idle for longer than SESSION_IDLE_SECONDS, or signed in longer than the absolute limit
    (the live socket asks this too, between requests)."""
    idle_for = now - session.get(_SESSION_ACTIVE, now)
    return (
        idle_for > settings.SESSION_IDLE_SECONDS
        or now - session.get(_SESSION_STARTED, now) > settings.SESSION_ABSOLUTE_SECONDS
    )


class AuditDeniedMiddleware:
    """Every refused attempt by a signed-in user (403 or 404 from a view) leaves an audit row.

    Views refuse by raising PermissionDenied or Http404 (the <thing>_for_user selectors do), so
    new pages are covered without doing anything.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> None:
        if not isinstance(exception, Http404 | PermissionDenied):
            return
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return
        from careteam.models import AuditEvent, Thread
        from careteam.services import audit_record

        match = request.resolver_match
        thread_id = match.kwargs.get("thread_id") if match else None
        member_id = (
            Thread.objects.filter(pk=thread_id).values_list("member_id", flat=True).first()
            if thread_id
            else None
        )
        status = 404 if isinstance(exception, Http404) else 403
        audit_record(
            actor=user,
            action=AuditEvent.Action.DENIED,
            member_id=member_id,
            object_ref=("Thread", str(thread_id)) if thread_id else None,
            detail=f"{status} {request.method} {match.view_name if match else request.path}",
            request=request,
        )


def database_unavailable_response() -> HttpResponse:
    response = HttpResponse(
        render_to_string("503.html"), status=503, content_type="text/html; charset=utf-8"
    )
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    """While the database is unreachable, a view answers a plain 503 that says nothing more.

    (Failures before the view, such as loading the session, reach careteam.views.server_error,
    which answers the same.) Django opens a fresh connection for the next request
    (CONN_HEALTH_CHECKS), so the console recovers by itself once the database is back.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("database unavailable: %s", type(exception).__name__)
        return database_unavailable_response()


_MFA_EXEMPT_VIEWS = {
    "mfa-verify",
    "mfa-setup",
    "logout",
    "login",
    "api-member-messages",
    "health-live",
    "health-ready",
}


class MfaRequiredMiddleware:
    """A signed-in user who has not passed the second factor reaches only the MFA pages.

    Those without an authenticator app are sent to enrol one; htmx requests get HX-Redirect.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Callable, view_args: tuple, view_kwargs: dict
    ) -> HttpResponse | None:
        if not settings.MFA_REQUIRED or not request.user.is_authenticated:
            return None
        # django-otp's middleware (careteam.access) gives the user is_verified(); no stub says so.
        if request.user.is_verified():  # type: ignore[attr-defined]
            return None
        match = request.resolver_match
        if match is not None and match.url_name in _MFA_EXEMPT_VIEWS:
            return None
        from django_otp import user_has_device

        target = resolve_url("mfa-verify" if user_has_device(request.user) else "mfa-setup")
        target += "?" + urlencode({"next": request.get_full_path()})
        if getattr(request, "htmx", False):
            return HttpResponseClientRedirect(target)
        return HttpResponseRedirect(target)
