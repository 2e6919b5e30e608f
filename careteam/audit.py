"""The audit trail's one writer. It sits below services so that routing, service levels and
safety triage (which services imports) write their rows through it too."""

from __future__ import annotations

from django.http import HttpRequest

from careteam.models import AuditEvent, User


def audit_record(
    *,
    actor: User | None,
    action: str,
    member_id: int | None = None,
    obj: object | None = None,
    object_ref: tuple[str, str] | None = None,
    detail: str = "",
    request: HttpRequest | None = None,
) -> AuditEvent:
    """Append one audit row. `detail` must never hold member data (ids and counts only).

    The object is `obj` itself, or `object_ref` (type name, id) when it was not loaded.
    """
    if obj is not None:
        object_ref = (type(obj).__name__, str(getattr(obj, "pk", "")))
    return AuditEvent.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        member_id=member_id,
        action=action,
        object_type=object_ref[0] if object_ref else "",
        object_id=object_ref[1] if object_ref else "",
        detail=detail[:200],
        request_id=getattr(request, "request_id", "") if request is not None else "",
    )
