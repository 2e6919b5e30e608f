from django.conf import settings
from django.http import HttpRequest

from careteam import roles


def console(request: HttpRequest) -> dict[str, object]:
    user = getattr(request, "user", None)
    signed_in = bool(user and user.is_authenticated)
    return {
        "can_work_threads": signed_in and roles.can_work_threads(user),  # type: ignore[arg-type]
        "can_view_dashboards": signed_in and roles.can_view_dashboards(user),  # type: ignore[arg-type]
        "can_review_audit": signed_in and roles.can_review_audit(user),  # type: ignore[arg-type]
        "inbox_poll_seconds": settings.INBOX_POLL_SECONDS,
    }
