from django.conf import settings
from django.core.handlers.asgi import ASGIRequest
from django.http import HttpRequest

from careteam import page_ids, roles
from careteam.live import SOCKET_PATH


def console(request: HttpRequest) -> dict[str, object]:
    user = getattr(request, "user", None)
    signed_in = bool(user and user.is_authenticated)
    return {
        "can_work_threads": signed_in and roles.can_work_threads(user),  # type: ignore[arg-type]
        "can_view_dashboards": signed_in and roles.can_view_dashboards(user),  # type: ignore[arg-type]
        "can_review_audit": signed_in and roles.can_review_audit(user),  # type: ignore[arg-type]
        "is_admin": signed_in and roles.sees_all_teams(user),  # type: ignore[arg-type]
        "inbox_poll_seconds": settings.INBOX_POLL_SECONDS,
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
