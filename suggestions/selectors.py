"""Reads for the draft panel. Access is decided by careteam (thread_facts_for_user)."""

from __future__ import annotations

from careteam import api as careteam_api
from suggestions.models import Draft


def latest_draft(*, thread_id: int) -> Draft | None:
    """The draft for the thread's latest member message, if one was made."""
    message_id = careteam_api.latest_member_message_id(thread_id=thread_id)
    if message_id is None:
        return None
    return Draft.objects.select_related("version").filter(message_id=message_id).first()
