"""Reads for the draft panel and the dashboard. Thread access is decided by careteam."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone

from suggestions.models import Draft, Outcome


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


@dataclass(frozen=True)
class PausedTopic:
    topic: str
    decided: int
    accepted: int

    @property
    def accepted_share(self) -> float:
        return self.accepted / self.decided


def paused_topics(*, team_id: int | None, version_id: int) -> dict[str, PausedTopic]:
    """Topics whose drafts from this model version agents mostly discarded or rewrote lately:
    they show no draft until a version does better (a newly promoted one starts afresh)."""
    since = timezone.now() - timedelta(days=settings.SUGGESTION_TOPIC_WINDOW_DAYS)
    decided_kinds = [
        Outcome.Kind.AS_IS,
        Outcome.Kind.EDITED,
        Outcome.Kind.DISCARDED,
        Outcome.Kind.IGNORED,
    ]
    rows = (
        Outcome.objects.filter(
            team_id=team_id, version_id=version_id, decided_at__gte=since, kind__in=decided_kinds
        )
        .values("topic")
        .annotate(
            decided=Count("pk"),
            accepted=Count("pk", filter=Q(kind__in=[Outcome.Kind.AS_IS, Outcome.Kind.EDITED])),
        )
        .filter(decided__gte=settings.SUGGESTION_TOPIC_MIN_OUTCOMES)
    )
    paused = (PausedTopic(row["topic"], row["decided"], row["accepted"]) for row in rows)
    return {
        item.topic: item
        for item in paused
        if item.accepted_share < settings.SUGGESTION_TOPIC_MIN_ACCEPTED
    }
