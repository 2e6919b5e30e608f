"""Reads for the draft panel and the dashboard. Thread access is decided by careteam."""

from __future__ import annotations

from careteam import api as careteam_api
from suggestions.models import Draft


def latest_draft(*, thread_id: int) -> Draft | None:
    """The newest draft (latest attempt) for the thread's latest member message, if any."""
    message_id = careteam_api.latest_member_message_id(thread_id=thread_id)
    if message_id is None:
        return None
    return (
        Draft.objects.select_related("version", "outcome")
        .filter(message_id=message_id)
        .order_by("-attempt")
        .first()
    )
