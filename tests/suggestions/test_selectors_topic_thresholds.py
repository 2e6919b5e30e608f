"""Per-topic thresholds learned from what agents did with a model version's drafts."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from suggestions import drafting
from suggestions.models import Draft, Outcome
from suggestions.selectors import learned_threshold, topic_gates
from tests.factories import MemberFactory, MessageFactory, ThreadFactory

pytestmark = pytest.mark.django_db


def test_the_threshold_stays_at_the_floor_when_agents_accept_enough_at_every_confidence():
    steps = {40: (10, 5), 60: (10, 6), 90: (10, 9)}
    assert learned_threshold(steps, floor=0.35, target=0.25, support=10) == 0.35


def test_the_threshold_rises_to_where_agents_start_accepting():
    # Below 0.70 agents discarded nearly everything; from 0.70 they sent most drafts.
    steps = {40: (30, 1), 50: (20, 1), 70: (8, 6), 85: (6, 5)}
    assert learned_threshold(steps, floor=0.35, target=0.5, support=10) == 0.70


def test_a_raised_threshold_needs_enough_decisions_above_it():
    # Only 4 accepted drafts at 0.90: too few to raise the threshold on, so no verdict but "no".
    steps = {40: (40, 2), 90: (4, 4)}
    assert learned_threshold(steps, floor=0.35, target=0.5, support=10) is None


def test_no_confidence_where_agents_accept_enough_pauses_the_topic():
    steps = {45: (30, 3), 75: (20, 2)}
    assert learned_threshold(steps, floor=0.35, target=0.25, support=10) is None


def _decided(thread, team, agent, version, *, confidence: float, kind: str, count: int) -> None:
    for _ in range(count):
        draft = Draft.objects.create(
            message=MessageFactory(thread=thread, text="deductible?"), thread=thread, team=team,
            topic=thread.topic, version=version, confidence=confidence, shown=True,
            latency_ms=1.0, state="sent" if kind != "discarded" else "discarded",
            decided_at=timezone.now(),
        )  # fmt: skip
        Outcome.objects.create(
            kind=kind, draft=draft, thread=thread, team=team, topic=thread.topic, agent=agent,
            version=version, decided_at=timezone.now(), first_response=True,
            reason="wrong_topic" if kind == "discarded" else "",
        )  # fmt: skip


def test_a_topic_shows_drafts_only_from_the_confidence_agents_accept_and_the_dashboard_says_so(
    drafting_model, team, agent, supervisor, as_user, settings
):
    settings.SUGGESTION_TOPIC_MIN_OUTCOMES = 10
    thread = ThreadFactory(team=team, member=MemberFactory(), topic="deductible")
    first = MessageFactory(thread=thread, text="How much of my deductible is left?")
    assert drafting.draft_create(first.pk) == "drafted"
    confidence = Draft.objects.get(message=first).confidence
    assert Draft.objects.get(message=first).shown
    # Agents discarded this version's drafts on the topic at about this draft's confidence
    # and sent the more confident ones.
    above = min(confidence + 0.02, 0.999)
    _decided(thread, team, agent, drafting_model, confidence=confidence, kind="discarded",
             count=20)  # fmt: skip
    _decided(thread, team, agent, drafting_model, confidence=above, kind="as_is", count=5)
    gate = topic_gates(team_id=team.pk, version_id=drafting_model.pk)["deductible"]
    assert gate.threshold is not None and confidence < gate.threshold <= above
    again = MessageFactory(thread=thread, text="How much of my deductible is left?")
    assert drafting.draft_create(again.pk) == "drafted"
    draft = Draft.objects.get(message=again)
    assert not draft.shown and "agents accept" in draft.held_back
    dashboard = as_user(supervisor).get(reverse("acceptance-dashboard")).content.decode()
    assert "Topics shown only at higher confidence" in dashboard
    assert "Topics with drafts paused" not in dashboard
    # Another topic keeps the plain threshold.
    other = ThreadFactory(team=team, member=MemberFactory(), topic="denied_claim")
    other_message = MessageFactory(thread=other, text="How much of my deductible is left?")
    drafting.draft_create(other_message.pk)
    assert Draft.objects.get(message=other_message).shown
