"""Replies an analyst blocked (the `replies` command): never proposed again, in any version."""

from __future__ import annotations

from careteam import api as careteam_api
from suggestions.audit import AuditAction
from suggestions.engine import reply_key
from suggestions.models import BlockedReply


def reply_block(*, template: str, actor: careteam_api.User | None) -> BlockedReply:
    """Never propose this reply again; takes effect on the next draft, in every version."""
    blocked, _ = BlockedReply.objects.get_or_create(
        key=reply_key(template), defaults={"template": template, "blocked_by": actor}
    )
    careteam_api.audit_record(
        actor=actor, action=AuditAction.MODEL_CHANGE, obj=blocked, detail="reply blocked"
    )
    return blocked


def reply_unblock(*, template: str, actor: careteam_api.User | None) -> bool:
    deleted, _ = BlockedReply.objects.filter(key=reply_key(template)).delete()
    if deleted:
        careteam_api.audit_record(
            actor=actor, action=AuditAction.MODEL_CHANGE, detail="reply unblocked"
        )
    return bool(deleted)


def blocked_reply_keys() -> frozenset[str]:
    return frozenset(BlockedReply.objects.values_list("key", flat=True))
