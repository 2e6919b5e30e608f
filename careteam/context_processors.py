from functools import cache

from django.conf import settings
from django.core.handlers.asgi import ASGIRequest
from django.http import HttpRequest
from django.urls import get_script_prefix, get_urlconf, reverse

from careteam import page_ids, roles
from careteam.live import SOCKET_PATH

# The pages base.html links to (its header), by URL name.
_NAV_URL_NAMES = (
    "home", "inbox", "claims-worklist", "claims-import", "acceptance-dashboard", "queue-health",
    "availability", "roster-import", "response-times", "audit", "shortcuts-preference", "logout",
)  # fmt: skip


@cache
def _nav_urls(urlconf: str, script_prefix: str) -> dict[str, str]:
    """base.html's links, reversed once per process (and URL prefix) instead of a dozen
    `{% url %}` per page; keys use _ for - so templates can read them."""
    return {name.replace("-", "_"): reverse(name, urlconf=urlconf) for name in _NAV_URL_NAMES}


def console(request: HttpRequest) -> dict[str, object]:
    user = getattr(request, "user", None)
    signed_in = bool(user and user.is_authenticated)
    match = getattr(request, "resolver_match", None)
    return {
        "can_work_threads": signed_in and roles.can_work_threads(user),  # type: ignore[arg-type]
        "can_view_dashboards": signed_in and roles.can_view_dashboards(user),  # type: ignore[arg-type]
        "can_review_audit": signed_in and roles.can_review_audit(user),  # type: ignore[arg-type]
        "is_admin": signed_in and roles.sees_all_teams(user),  # type: ignore[arg-type]
        "inbox_poll_seconds": settings.INBOX_POLL_SECONDS,
        "nav_urls": _nav_urls(get_urlconf() or settings.ROOT_URLCONF, get_script_prefix()),
        # The page the header marks as current (aria-current).
        "current_url_name": match.url_name if match is not None else None,
        # Read by static/js from base.html's JSON script "page-ids", so no script spells them.
        "page_ids_for_scripts": page_ids.FOR_SCRIPTS,
        # Pages served by the ASGI server open the live socket; under WSGI alone (gunicorn)
        # there is none to open unless LIVE_SOCKET=on says one is routed beside it.
        "live_socket_path": SOCKET_PATH,
        "live_heartbeat_seconds": settings.LIVE_HEARTBEAT_SECONDS
        if settings.LIVE_SOCKET == "on"
        or (settings.LIVE_SOCKET == "auto" and isinstance(request, ASGIRequest))
        else 0,
    }
