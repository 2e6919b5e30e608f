"""Reads for the draft panel and the dashboard. Thread access is decided by careteam."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Count, F, Q
from django.db.models.functions import Floor
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
        assert decided_at is not None  # Draft.decide sets it with the state
        rejected[thread_id].append((decided_at, template))
    return dict(rejected)


# Thresholds are learned on a grid of this many steps (a topic's threshold is a whole
# percent): outcomes are counted per step in the database, not read one by one.
THRESHOLD_STEPS = 100


@dataclass(frozen=True)
class TopicGate:
    """What the outcomes of one topic taught about its drafts from one model version.

    `threshold` is the lowest calibrated confidence from which this topic's drafts are shown
    (never below SUGGESTION_MIN_CONFIDENCE); None: at no confidence did agents accept enough
    of them, so the topic shows no drafts until another version serves."""

    topic: str
    decided: int
    accepted: int
    threshold: float | None

    @property
    def accepted_share(self) -> float:
        return self.accepted / self.decided

    @property
    def paused(self) -> bool:
        return self.threshold is None


def learned_threshold(
    steps: dict[int, tuple[int, int]], *, floor: float, target: float, support: int
) -> float | None:
    """The lowest confidence step at or above `floor` from which agents accepted at least
    `target` of the drafts, over at least `support` decisions; None when there is none.

    `steps` maps a confidence step (confidence * THRESHOLD_STEPS, rounded down) to the
    (decided, accepted) counts of the drafts in it."""
    best: float | None = None
    decided = accepted = 0
    ordered = sorted(steps, reverse=True)  # from the most confident drafts down
    for step in ordered:
        decided += steps[step][0]
        accepted += steps[step][1]
        # Below the least confident step decided there is no evidence to raise the floor on.
        cut = floor if step == ordered[-1] else max(step / THRESHOLD_STEPS, floor)
        if decided >= support and accepted >= target * decided:
            best = cut
        if cut <= floor:
            break
    return best


def topic_gates(*, team_id: int | None, version_id: int) -> dict[str, TopicGate]:
    """Per topic, the threshold learned from what agents did with this version's drafts lately
    (sent as is or edited: accepted; discarded or replaced by their own reply: not), for every
    topic with at least SUGGESTION_TOPIC_MIN_OUTCOMES decisions in the window. A newly promoted
    version starts afresh."""
    if team_id is None:
        return {}  # every outcome belongs to a team: a thread of none has nothing to learn from
    since = timezone.now() - timedelta(days=settings.SUGGESTION_TOPIC_WINDOW_DAYS)
    decided_kinds = [
        Outcome.Kind.AS_IS,
        Outcome.Kind.EDITED,
        Outcome.Kind.DISCARDED,
        Outcome.Kind.IGNORED,
    ]
    rows = (
        Outcome.objects.filter(
            team_id=team_id,
            version_id=version_id,
            decided_at__gte=since,
            kind__in=decided_kinds,
            draft__isnull=False,
        )
        .annotate(step=Floor(F("draft__confidence") * THRESHOLD_STEPS))
        .values("topic", "step")
        .annotate(
            decided=Count("pk"),
            accepted=Count("pk", filter=Q(kind__in=[Outcome.Kind.AS_IS, Outcome.Kind.EDITED])),
        )
    )
    per_topic: dict[str, dict[int, tuple[int, int]]] = defaultdict(dict)
    for row in rows:
        step = min(int(row["step"]), THRESHOLD_STEPS - 1)
        decided, accepted = per_topic[row["topic"]].get(step, (0, 0))
        per_topic[row["topic"]][step] = (decided + row["decided"], accepted + row["accepted"])
    gates = {}
    for topic, steps in per_topic.items():
        decided = sum(count for count, _ in steps.values())
        if decided < settings.SUGGESTION_TOPIC_MIN_OUTCOMES:
            continue
        threshold = learned_threshold(
            steps,
            floor=settings.SUGGESTION_MIN_CONFIDENCE,
            target=settings.SUGGESTION_TOPIC_MIN_ACCEPTED,
            # A raised threshold stands on at least half the decisions a verdict needs.
            support=max(1, settings.SUGGESTION_TOPIC_MIN_OUTCOMES // 2),
        )
        accepted = sum(count for _, count in steps.values())
        gates[topic] = TopicGate(topic, decided, accepted, threshold)
    return gates


def paused_topics(*, team_id: int | None, version_id: int) -> dict[str, TopicGate]:
    """Topics whose drafts from this version agents mostly discarded or rewrote at every
    confidence: they show no draft until a version does better."""
    gates = topic_gates(team_id=team_id, version_id=version_id)
    return {topic: gate for topic, gate in gates.items() if gate.paused}
