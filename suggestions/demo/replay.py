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
from suggestions.claim_choice import fill_values, reply_language, values_for_template
from suggestions.deidentify import known_facts
from suggestions.drafting import ALTERNATIVES
from suggestions.models import Draft, Outcome
from suggestions.review import compare_sent, sign_draft
from suggestions.serving import serving_engine
from suggestions.templating import fill, message_template


def replay_history(*, newest: int = 1500) -> int:
    if Outcome.objects.exists():
        return 0
    serving = serving_engine()
    if serving is None:
        return 0
    version, engine = serving
    agents = tuple(careteam_api.staff_names())
    drafts: list[Draft] = []
    outcomes: list[Outcome] = []
    for answered in careteam_api.answered_messages(newest=newest):
        known = known_facts(answered.member, agents)
        started = time.perf_counter()
        ranked = engine.rank(message_template(answered.context, known), top=1 + ALTERNATIVES)
        if not ranked:
            continue
        # Filled from the records as a live draft would be; the agent signs it below.
        template = ranked[0].template
        language = reply_language(template)
        values = fill_values(answered.member, answered.context, language=language).values
        text = fill(template, values_for_template(template, values)).text
        confidence = engine.confidence(ranked)
        shown = confidence >= settings.SUGGESTION_MIN_CONFIDENCE
        compared = compare_sent(
            sign_draft(text, answered.agent_first_name), answered.reply_text, known
        )
        kind = compared.kind if shown else Outcome.Kind.NO_DRAFT
        waited = (answered.replied_at - answered.received_at).total_seconds()
        drafts.append(
            Draft(
                message_id=answered.message_id, thread_id=answered.thread_id,
                team_id=answered.team_id, topic=answered.topic, version=version,
                template=template, text=text, confidence=confidence, shown=shown,
                latency_ms=(time.perf_counter() - started) * 1000,
                state=Draft.State.SUPERSEDED if not shown
                else Draft.State.IGNORED if kind == Outcome.Kind.IGNORED else Draft.State.SENT,
                first_shown_at=answered.received_at if shown else None,
                decided_at=answered.replied_at,
            )
        )  # fmt: skip
        outcomes.append(
            Outcome(
                kind=kind, reply_id=answered.reply_id, thread_id=answered.thread_id,
                team_id=answered.team_id, topic=answered.topic, agent_id=answered.agent_id,
                version=version if shown else None,
                similarity=compared.similarity if shown else None,
                diff=compared.diff if shown else "", decided_at=answered.replied_at,
                first_response=answered.first_response,
                seconds_to_send=waited if shown else None, response_seconds=waited,
            )
        )  # fmt: skip
    with transaction.atomic():
        Draft.objects.bulk_create(drafts, batch_size=500)
        for draft, outcome in zip(drafts, outcomes, strict=True):
            outcome.draft = draft if draft.shown else None
        Outcome.objects.bulk_create(outcomes, batch_size=500)
    return len(outcomes)
