"""Demo figures for the dashboard: replay the newest answered messages of the demo history.

For each, the active model drafts a reply as it would have, and the reply the agent actually
sent decides the outcome with the same similarity measure as live sends. So a new supervisor
sees real figures of this model on this history at once. DEBUG-only (called by `make run`);
idempotent: once there are outcomes, it does nothing.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.db import transaction

from careteam import api as careteam_api
from suggestions.models import Draft, Outcome
from suggestions.outcomes import classify, similarity, word_diff
from suggestions.services import ALTERNATIVES, serving_engine, sign_draft
from suggestions.templating import KnownFacts, Placeholder, fill, to_template


def replay_history(*, newest: int = 1500) -> int:
    if Outcome.objects.exists():
        return 0
    serving = serving_engine()
    if serving is None:
        return 0
    version, engine = serving
    agents = tuple(careteam_api.staff_names())
    first_names: dict[int, str] = {}
    drafts: list[Draft] = []
    outcomes: list[Outcome] = []
    for answered in careteam_api.answered_messages(newest=newest):
        member = answered.member
        known = KnownFacts(
            member_first_name=member.first_name, member_last_name=member.last_name,
            member_id=member.member_id, plan=member.plan, agent_names=agents,
        )  # fmt: skip
        started = time.perf_counter()
        ranked = engine.rank(to_template(answered.context, known), top=1 + ALTERNATIVES)
        if not ranked:
            continue
        values = {
            Placeholder.MEMBER_FIRST_NAME: member.first_name,
            Placeholder.MEMBER_LAST_NAME: member.last_name,
            Placeholder.MEMBER_ID: member.member_id,
            Placeholder.PLAN_NAME: member.plan,
            Placeholder.PHONE: settings.PLAN_PHONE,
        }
        text = fill(ranked[0].template, values).text
        confidence = engine.confidence(ranked[0].score)
        shown = confidence >= settings.SUGGESTION_MIN_CONFIDENCE
        if answered.agent_id not in first_names:
            first_names[answered.agent_id] = careteam_api.staff_first_name(
                user_id=answered.agent_id
            )
        shown_text = sign_draft(text, first_names[answered.agent_id])
        score = similarity(shown_text, answered.reply_text)
        kind = classify(score) if shown else Outcome.Kind.NO_DRAFT
        draft = Draft(
            message_id=answered.message_id, thread_id=answered.thread_id,
            team_id=answered.team_id, topic=answered.topic, version=version,
            template=ranked[0].template, text=text, confidence=confidence, shown=shown,
            latency_ms=(time.perf_counter() - started) * 1000,
            state=Draft.State.SUPERSEDED if not shown
            else Draft.State.IGNORED if kind == Outcome.Kind.IGNORED else Draft.State.SENT,
            first_shown_at=answered.received_at if shown else None,
            decided_at=answered.replied_at,
        )  # fmt: skip
        drafts.append(draft)
        outcomes.append(
            Outcome(
                kind=kind,
                reply_id=answered.reply_id,
                thread_id=answered.thread_id,
                team_id=answered.team_id,
                topic=answered.topic,
                agent_id=answered.agent_id,
                version=version if shown else None,
                similarity=score if shown else None,
                diff=word_diff(
                    to_template(shown_text, known), to_template(answered.reply_text, known)
                )
                if shown
                else "",
                decided_at=answered.replied_at,
                first_response=answered.first_response,
                seconds_to_send=(answered.replied_at - answered.received_at).total_seconds()
                if shown
                else None,
                response_seconds=(answered.replied_at - answered.received_at).total_seconds(),
            )
        )
    with transaction.atomic():
        Draft.objects.bulk_create(drafts, batch_size=500)
        for draft, outcome in zip(drafts, outcomes, strict=True):
            outcome.draft = draft if draft.shown else None
        Outcome.objects.bulk_create(outcomes, batch_size=500)
    return len(outcomes)
