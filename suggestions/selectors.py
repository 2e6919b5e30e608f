"""Reads for the draft panel and the dashboard. Thread access is decided by careteam."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from suggestions.models import Draft


def latest_draft(*, message_id: int | None) -> Draft | None:
    """The newest draft (latest attempt) for a member message (the thread's latest), if any."""
    if message_id is None:
        return None
    return (
        Draft.objects.select_related("version", "outcome")
        .filter(message_id=message_id)
        .order_by("-attempt")
        .first()
    )


def discarded_replies() -> dict[int, list[tuple[datetime, str]]]:
    """Each thread's drafts that agents discarded (when, template), oldest first: negatives for
    training. Templates only, never filled text."""
    rejected: dict[int, list[tuple[datetime, str]]] = defaultdict(list)
    rows = (
        Draft.objects.filter(state=Draft.State.DISCARDED)
        .order_by("thread_id", "decided_at")
        .values_list("thread_id", "decided_at", "template")
    )
    for thread_id, decided_at, template in rows.iterator(chunk_size=2000):
        rejected[thread_id].append((decided_at, template))
    return dict(rejected)
