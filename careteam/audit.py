"""The audit trail's one writer. It sits below services so that routing, service levels and
safety triage (which services imports) write their rows through it too.

One table, many owners: each app names the actions it performs in its own TextChoices and
registers them from its AppConfig.ready() (careteam's are AuditEvent.Action); a row's action is
one of the registered names, and the audit page shows the owner's label for it.
"""

from __future__ import annotations

from django.db import connection, models
from django.http import HttpRequest
from django.utils import timezone

from careteam.models import AUDIT_ACTION_MAX_LENGTH, AuditEvent, User

_LABELS: dict[str, str] = {}


def audit_actions_register(actions: type[models.TextChoices]) -> None:
    """An app's audit actions (value: label), from its AppConfig.ready().

    A value is one app's: another app registering it under another label is refused.
    """
    for value, label in actions.choices:
        known = _LABELS.get(value)
        if known is not None and known != str(label):
            raise ValueError(f"audit action {value!r} is registered twice")
        if len(value) > AUDIT_ACTION_MAX_LENGTH:
            raise ValueError(f"audit action {value!r} is too long")
        _LABELS[value] = str(label)


def audit_action_label(action: str) -> str:
    """The label the owning app gave an action; the value itself for one no longer registered."""
    return _LABELS.get(action, action)


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
    if action not in _LABELS:
        raise ValueError(f"audit action {action!r} is not registered")
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


def audit_record_members(
    *, pairs: list[tuple[int, int]], action: str, detail: str, request_id: str
) -> int:
    """Append one row per (viewer's user id, member id): a listing's rows, the same as
    audit_record would write one by one, in one statement. Returns the number of rows.

    On PostgreSQL the rows go in as two arrays (one INSERT ... SELECT FROM unnest): building
    25 model instances and compiling their 200 parameters cost the inbox more CPU than the
    rest of its view.
    """
    if action not in _LABELS:
        raise ValueError(f"audit action {action!r} is not registered")
    if not pairs:
        return 0
    detail = detail[:200]
    if connection.vendor != "postgresql":
        AuditEvent.objects.bulk_create(
            AuditEvent(
                actor_id=viewer, member_id=member, action=action, detail=detail,
                request_id=request_id,
            )
            for viewer, member in pairs
        )  # fmt: skip
        return len(pairs)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO careteam_auditevent (at, actor_id, member_id, action, object_type, "
            "object_id, detail, request_id) SELECT %s, viewer, member, %s, '', '', %s, %s "
            "FROM unnest(%s::bigint[], %s::bigint[]) AS shown(viewer, member)",
            [
                timezone.now(),
                action,
                detail,
                request_id,
                [viewer for viewer, _ in pairs],
                [member for _, member in pairs],
            ],
        )
    return len(pairs)


def unread_mark_read(
    *, unread: models.QuerySet, stamp: str, user: User, one_pk: int | None = None
) -> int:
    """Stamp `unread` notifications (one, or all when one_pk is None) read now, audited with the
    count; the supervisors' alerts and notices are cleared alike."""
    if one_pk is not None:
        unread = unread.filter(pk=one_pk)
    marked = unread.update(**{stamp: timezone.now()})
    if marked:
        audit_record(
            actor=user,
            action=AuditEvent.Action.ALERTS_READ,
            object_ref=(unread.model.__name__, str(one_pk or "")),
            detail=f"marked={marked}",
        )
    return marked
