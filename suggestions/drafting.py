"""Drafting a reply for a stored member message (a background job), with the active model.

The worker keeps the active engine in memory and checks, on each draft, which version is
active: a newly promoted version is loaded without a restart, and one whose artifact fails its
checksum is refused while the engine that was serving goes on serving. A draft is grounded in
the member's records: the claim the message singles out fills its slots (grounding), a reply
that states what that claim contradicts is never proposed (statements), and each question of
the message gets its answer or is named (questions).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from careteam import api as careteam_api
from claims import api as claims_api
from suggestions.audit import AuditAction
from suggestions.engine import Engine, EngineFormatError, Ranked, engine_loads, reply_key
from suggestions.grounding import ClaimChoice, claim_in_question
from suggestions.models import BlockedReply, Draft, ModelVersion
from suggestions.polish import Polished, polish_draft
from suggestions.questions import joined, questions_in
from suggestions.registry import ArtifactIntegrityError, active_version, artifact_load
from suggestions.selectors import topic_gates
from suggestions.slots import amounts_as_slots, benefit_slots, claim_slots, written_forms
from suggestions.statements import Statement, Verdict, amount_marks, checked_statements
from suggestions.templating import (
    Gazetteer,
    KnownFacts,
    Placeholder,
    fill,
    find_details,
    to_template,
)
from suggestions.tone import insults_the_team

logger = logging.getLogger(__name__)
DRAFT_REPLY = "draft_reply"
ALTERNATIVES = 3
# Candidates ranked before the statement checks drop those the claim contradicts.
RANKED_FOR_CHECKS = 12

_lock = threading.Lock()
_loaded: tuple[int, Engine] | None = None
_refused: set[int] = set()  # versions that failed to load here: not read and unpickled again


def engine_load(version: ModelVersion) -> Engine:
    """The version's engine, only if its checksum matches and this code's format trained it."""
    try:
        return engine_loads(artifact_load(version))
    except EngineFormatError as error:
        raise ArtifactIntegrityError(f"{version.label}: {error}") from error


def serving_engine() -> tuple[ModelVersion, Engine] | None:
    """The active version and its engine, loading it when the active version changed."""
    global _loaded
    version = active_version()
    if version is None:
        return None
    with _lock:
        if _loaded is not None and _loaded[0] == version.pk:
            return version, _loaded[1]
        try:
            if version.pk in _refused:
                raise ArtifactIntegrityError(f"{version.label}: refused before")
            engine = engine_load(version)
        except ArtifactIntegrityError as error:
            if version.pk not in _refused:
                logger.error("model %s refused: %s", version.label, error)
                _refused.add(version.pk)
            if _loaded is None:
                return None
            previous = ModelVersion.objects.filter(pk=_loaded[0]).first()
            return (previous, _loaded[1]) if previous else None
        _loaded = (version.pk, engine)
        logger.info("serving model %s", version.label)
        return version, engine


def known_facts(
    member: careteam_api.MemberFacts,
    agent_names: tuple[str, ...] | None = None,
    names: Gazetteer | None = None,
    record_values: tuple[tuple[str, Placeholder], ...] = (),
) -> KnownFacts:
    """The details of this member, every staff name, and the names the records hold (other
    members, providers), to take out of a text."""
    staff = agent_names if agent_names is not None else tuple(careteam_api.staff_names())
    return KnownFacts(
        member_first_name=member.first_name, member_last_name=member.last_name,
        member_id=member.member_id, plan=member.plan, agent_names=staff,
        names=names if names is not None else records_gazetteer(),
        record_values=record_values,
    )  # fmt: skip


GAZETTEER_SECONDS = 300
_gazetteer: tuple[float, Gazetteer] | None = None


def records_gazetteer(*, fresh: bool = False) -> Gazetteer:
    """The names the records hold, read at most every GAZETTEER_SECONDS per process."""
    global _gazetteer
    now = time.monotonic()
    if fresh or _gazetteer is None or now - _gazetteer[0] > GAZETTEER_SECONDS:
        entries = [(name, Placeholder.PERSON_NAME) for name in careteam_api.people_names()]
        entries += [(name, Placeholder.PROVIDER_NAME) for name in claims_api.provider_names()]
        _gazetteer = (now, Gazetteer(entries))
    return _gazetteer[1]


def active_model_servable() -> bool:
    """Whether the active version loads here (its checksum matches, its format is this code's)."""
    serving = serving_engine()
    return serving is not None and serving[0].status == ModelVersion.Status.ACTIVE


@dataclass(frozen=True)
class FillValues:
    values: dict[Placeholder, str]
    claim: ClaimChoice | None  # None: the message names no claim detail, so none was read

    @property
    def claim_number(self) -> str:
        return self.claim.claim.claim_number if self.claim and self.claim.claim else ""

    @property
    def claim_reason(self) -> str:
        return self.claim.reason if self.claim else ""


@dataclass(frozen=True)
class MemberRecords:
    """What a draft about this message may use: the member's recent claims, where they stand
    in the plan year, and the claim the message is about. Read once per draft."""

    claims: list[claims_api.ClaimFacts]
    benefits: claims_api.BenefitFacts | None
    choice: ClaimChoice | None  # None: the message names no claim detail

    @property
    def claim(self) -> claims_api.ClaimFacts | None:
        return self.choice.claim if self.choice else None


def member_records(
    member: careteam_api.MemberFacts,
    context: str,
    *,
    claims: list[claims_api.ClaimFacts] | None = None,
    on: date | None = None,
) -> MemberRecords:
    if claims is None:
        claims = claims_api.member_claim_facts(member_pk=member.member_pk, limit=20)
    details = find_details(context)
    names_a_claim = any(placeholder in CLAIM_DETAILS for placeholder, _ in details)
    return MemberRecords(
        claims=claims,
        benefits=member_benefits(member, on=on),
        choice=claim_in_question(context, claims, details) if names_a_claim else None,
    )


def fill_values(
    member: careteam_api.MemberFacts, context: str, records: MemberRecords | None = None
) -> FillValues:
    """What the thread's own records can fill: the member, their plan year, and the claim the
    member is asking about when their words single it out (grounding.claim_in_question).
    {AGENT_NAME} stays: the draft is signed by whichever agent reads it (sign_draft)."""
    records = records or member_records(member, context)
    values = {
        Placeholder.MEMBER_FIRST_NAME: member.first_name,
        Placeholder.MEMBER_LAST_NAME: member.last_name,
        Placeholder.MEMBER_ID: member.member_id,
        Placeholder.PLAN_NAME: member.plan,
        Placeholder.PHONE: settings.PLAN_PHONE,
        **benefit_slots(records.benefits),
    }
    if records.claim is not None:
        values.update(claim_slots(records.claim))
        values[Placeholder.DATE] = claims_api.spoken_date(records.claim.service_from)
    return FillValues(values, records.choice)


def member_benefits(
    member: careteam_api.MemberFacts, on: date | None = None
) -> claims_api.BenefitFacts | None:
    """Where the member stands in the plan year on that day (today by default)."""
    return claims_api.member_benefits(
        member_pk=member.member_pk, plan=member.plan, on=on or timezone.localdate()
    )


def record_forms(
    member: careteam_api.MemberFacts,
    context: str,
    claims: list[claims_api.ClaimFacts] | None = None,
    on: date | None = None,
    records: MemberRecords | None = None,
) -> tuple[tuple[str, Placeholder], ...]:
    """How the member's claims' fields would be written in a text about them, with their slots;
    the claim the message singles out first, so its values win a tie."""
    records = records or member_records(member, context, claims=claims, on=on)
    chosen = records.claim
    ordered = (
        [chosen, *(c for c in records.claims if c is not chosen)] if chosen else records.claims
    )
    return written_forms(ordered, records.benefits)


# The details of a message that can point to one of the member's claims.
CLAIM_DETAILS = (Placeholder.CLAIM_NUMBER, Placeholder.DATE, Placeholder.AMOUNT)


def values_for_template(template: str, values: dict[Placeholder, str]) -> dict[Placeholder, str]:
    """A claim's date fills a template that names one; two {DATE}s are two facts."""
    return {
        placeholder: value
        for placeholder, value in values.items()
        if placeholder != Placeholder.DATE or template.count(placeholder.token) == 1
    }


def contradicted(
    template: str,
    claim: claims_api.ClaimFacts | None,
    member_claims: Sequence[claims_api.ClaimFacts] = (),
) -> bool:
    """Whether the reply states something the claim's record contradicts (with no claim
    chosen: something every claim of the member's contradicts)."""
    return any(
        found.verdict == Verdict.CONTRADICTED
        for found in checked_statements(template, claim, member_claims)
    )


@dataclass(frozen=True)
class Answer:
    template: str
    unanswered: tuple[str, ...] = ()  # the member's questions no reply answers confidently


def answer_each_question(
    engine: Engine, context: str, *, known: KnownFacts, blocked: frozenset[str],
    claim: claims_api.ClaimFacts | None, best: Ranked,
    member_claims: Sequence[claims_api.ClaimFacts] = (),
) -> Answer:  # fmt: skip
    """The best reply, joined with the best reply to each other question the member asked
    (when confident enough), and the questions left unanswered.

    A reply joined for another question states nothing the records leave open (an
    unconfirmed claim state, a deadline, an action taken): that answer was not what the
    engine ranked first for the message, so it carries no claim of its own; a question only
    such replies answer is named for the agent instead."""
    questions = questions_in(context)
    if len(questions) < 2:
        return Answer(best.template)
    template, used, unanswered = best.template, {best.index}, []
    for question in questions:
        ranked = [
            item
            for item in engine.rank(
                to_template(question, known), top=RANKED_FOR_CHECKS, blocked_keys=blocked
            )
            if all(
                found.verdict == Verdict.SUPPORTED and found.statement != Statement.ACTION_TAKEN
                for found in checked_statements(item.template, claim, member_claims)
            )
        ]
        if not ranked or engine.confidence(ranked) < settings.SUGGESTION_MIN_CONFIDENCE:
            unanswered.append(question)
        elif ranked[0].index not in used:  # else the draft answers this one already
            template = joined(template, ranked[0].template)
            used.add(ranked[0].index)
    return Answer(template, tuple(unanswered))


def draft_job_key(message_id: int, attempt: int = 1) -> str:
    return (
        f"{DRAFT_REPLY}:{message_id}" if attempt == 1 else f"{DRAFT_REPLY}:{message_id}:{attempt}"
    )


def draft_create(message_id: int, attempt: int = 1) -> str:
    """Draft a reply for one member message; idempotent (one draft per message and attempt).

    A later attempt (the agent asked for a new draft) never proposes a reply that an earlier
    attempt for the same message proposed.
    """
    if Draft.objects.filter(message_id=message_id, attempt=attempt).exists():
        return "exists"
    request = careteam_api.draft_request(message_id=message_id)
    if request is None or request.answered:
        return "nothing to draft"
    if request.triage_kind:
        return safety_draft_create(request, attempt)
    serving = serving_engine()
    if serving is None:
        return "no active model"
    version, engine = serving
    started = time.perf_counter()
    # The member's claims and plan year, read once: they de-identify the message as training
    # did, fill the draft, and check what it states.
    records = member_records(request.member, request.context)
    forms = record_forms(request.member, request.context, records=records)
    known = known_facts(request.member, record_values=forms)
    earlier = Draft.objects.filter(message_id=message_id, attempt__lt=attempt)
    blocked = blocked_reply_keys() | {
        reply_key(t) for t in earlier.values_list("template", flat=True)
    }
    message = to_template(request.context, known)
    ranked = engine.rank(message, top=RANKED_FOR_CHECKS, blocked_keys=blocked)
    filling = fill_values(request.member, request.context, records)
    claim = records.claim
    # A candidate that states something the claim's record contradicts is never proposed.
    ranked = [item for item in ranked if not contradicted(item.template, claim, records.claims)]
    ranked = ranked[: 1 + ALTERNATIVES]
    if not ranked:
        return "no candidates"
    values = filling.values
    confidence = engine.confidence(ranked)
    shown = confidence >= settings.SUGGESTION_MIN_CONFIDENCE
    held_back = ""
    gate = topic_gates(team_id=request.team_id or None, version_id=version.pk).get(request.topic)
    if shown and not engine.known_words(message):
        shown = False
        held_back = "the message has no words the team's past replies answer"
    elif shown and insults_the_team(request.context):
        shown = False
        held_back = "the message insults the team: a person answers it, not a drafted reply"
    elif shown and gate is not None and gate.threshold is None:
        shown = False
        held_back = (
            f"drafts on this topic are paused: agents accepted "
            f"{gate.accepted_share:.0%} of model {version.label}'s lately"
        )
    elif shown and gate is not None and gate.threshold and confidence < gate.threshold:
        shown = False
        held_back = (
            f"on this topic agents accept model {version.label}'s drafts from "
            f"{gate.threshold:.0%} confidence; this one is {confidence:.0%}"
        )
    answer = answer_each_question(
        engine,
        request.context,
        known=known,
        blocked=blocked,
        claim=claim,
        best=ranked[0],
        member_claims=records.claims,
    )
    # Optional LLM polish of a draft that will be shown: placeholder forms out, filled here.
    polished = polish_draft(draft=answer.template, message=message, shown=shown)
    if polished.polished and contradicted(polished.template, claim, records.claims):
        polished = Polished(template=answer.template, polished=False)
    shown_template = amounts_as_slots(polished.template)
    best = fill(shown_template, values_for_template(shown_template, values))
    alternatives = [
        {
            "template": item.template,
            "text": fill(
                amounts_as_slots(item.template),
                values_for_template(amounts_as_slots(item.template), values),
            ).text,
            "score": item.score,
        }
        for item in ranked[1:]
    ]
    marks = [
        {"fragment": found.fragment, "note": found.note, "statement": found.statement.value}
        for found in checked_statements(polished.template, claim, records.claims)
        if found.verdict != Verdict.SUPPORTED or found.statement == Statement.ACTION_TAKEN
    ] + [
        {"fragment": question[:200], "note": "this draft may not answer this question",
         "statement": "unanswered_question"}
        for question in answer.unanswered
    ] + [
        {"fragment": mark.fragment, "note": mark.note, "statement": mark.statement.value}
        for mark in amount_marks(shown_template, values, request.context)
    ]  # fmt: skip
    latency_ms = (time.perf_counter() - started) * 1000
    try:
        with transaction.atomic():
            Draft.objects.create(
                message_id=message_id, attempt=attempt, thread_id=request.thread_id,
                team_id=request.team_id or None, topic=request.topic, version=version,
                template=answer.template, text=best.text,
                unfilled=[p.value for p in best.unfilled if p != Placeholder.AGENT_NAME],
                alternatives=alternatives,
                examples=engine.candidates[ranked[0].index].examples[:3],
                confidence=confidence, shown=shown,
                latency_ms=latency_ms, polished=polished.polished,
                claim_number=filling.claim_number, claim_reason=filling.claim_reason,
                marks=marks, held_back=held_back,
                reply_topic=engine.candidates[ranked[0].index].topic,
            )  # fmt: skip
            if request.team_id:
                careteam_api.live_draft_ready(thread_id=request.thread_id, team_id=request.team_id)
    except IntegrityError:
        return "exists"  # a concurrent run drafted it first
    return "drafted"


SAFETY_REPLY_TOPIC = "safety"


def safety_draft_create(request: careteam_api.DraftRequest, attempt: int) -> str:
    """A message that may be an emergency, self-harm, a threat or abuse never gets a billing
    draft: it gets the plan's safety reply for its kind and language (settings
    TRIAGE_SAFETY_REPLY), which an agent still reviews and sends, or no draft at all.

    Only the first attempt has one: asking for a new draft never repeats a proposed reply.
    A draft belongs to a model version, so with no active version there is none either.
    """
    replies = settings.TRIAGE_SAFETY_REPLY.get(request.triage_kind, {})
    text = replies.get(request.language) or replies.get("en", "")
    if not text or attempt > 1:
        return f"no draft: {request.triage_kind}"
    version = active_version()
    if version is None:
        return f"no draft: {request.triage_kind}, no active model"
    try:
        with transaction.atomic():
            Draft.objects.create(
                message_id=request.message_id, attempt=attempt, thread_id=request.thread_id,
                team_id=request.team_id or None, topic=request.topic, version=version,
                template=text, text=text, confidence=1.0, shown=True, latency_ms=0.0,
                reply_topic=SAFETY_REPLY_TOPIC,
            )  # fmt: skip
            if request.team_id:
                careteam_api.live_draft_ready(thread_id=request.thread_id, team_id=request.team_id)
    except IntegrityError:
        return "exists"
    return f"safety reply: {request.triage_kind}"


def draft_on_member_message(
    sender: object, message_id: int, thread_id: int, **kwargs: object
) -> None:
    """Receiver of careteam's member_message_stored, in the same transaction: the thread's topic
    from the classifier (before routing reads it), and drafting enqueued."""
    thread_topic_classify(message_id=message_id, thread_id=thread_id)
    careteam_api.enqueue_job(name=DRAFT_REPLY, args=[message_id], key=draft_job_key(message_id))


OTHER_TOPIC = "other"


def thread_topic_classify(*, message_id: int, thread_id: int) -> tuple[str, float] | None:
    """Classify the member's opening messages on the thread with the active model and set the
    thread's topic, unless a person chose it; the topic and its chance, or None when no model
    with a topic classifier is active or the message follows a reply (a "thanks" or "any news?"
    does not change what the thread is about).

    The classifier always names a family, so "other" (fits none) is decided here: a message the
    safety triage flagged (an emergency is no billing question), one with no word the team's
    history knows ("asdf", "?"), and one whose likeliest family is below
    SUGGESTION_TOPIC_MIN_CHANCE. A rule's "other" carries confidence 1; a low chance's, one
    minus that chance."""
    serving = serving_engine()
    request = careteam_api.draft_request(message_id=message_id) if serving else None
    if serving is None or request is None or request.follows_reply:
        return None
    engine = serving[1]
    # De-identified as training saw the messages (the member's claims are not needed: their
    # amounts and dates become slots, which no topic depends on).
    message = to_template(request.context, known_facts(request.member))
    found = engine.topic_of(message)
    if found is None:
        return None
    if request.triage_kind or not engine.known_words(message):
        found = (OTHER_TOPIC, 1.0)
    elif found[1] < settings.SUGGESTION_TOPIC_MIN_CHANCE:
        found = (OTHER_TOPIC, 1.0 - found[1])
    careteam_api.thread_topic_classified(thread_id=thread_id, topic=found[0], confidence=found[1])
    return found


def drafts_backfill() -> int:
    """Enqueue drafting for open threads whose latest member message has no draft yet."""
    drafted = set(Draft.objects.values_list("message_id", flat=True))
    pending = [m for m in careteam_api.unanswered_member_message_ids() if m not in drafted]
    with transaction.atomic():
        for message_id in pending:
            careteam_api.enqueue_job(
                name=DRAFT_REPLY, args=[message_id], key=draft_job_key(message_id)
            )
    return len(pending)


def reply_block(*, template: str, actor: object | None) -> BlockedReply:
    """Never propose this reply again; takes effect on the next draft, in every version."""
    blocked, _ = BlockedReply.objects.get_or_create(
        key=reply_key(template), defaults={"template": template, "blocked_by": actor}
    )
    careteam_api.audit_record(
        actor=actor, action=AuditAction.MODEL_CHANGE, obj=blocked, detail="reply blocked"
    )
    return blocked


def reply_unblock(*, template: str, actor: object | None) -> bool:
    deleted, _ = BlockedReply.objects.filter(key=reply_key(template)).delete()
    if deleted:
        careteam_api.audit_record(
            actor=actor, action=AuditAction.MODEL_CHANGE, detail="reply unblocked"
        )
    return bool(deleted)


def blocked_reply_keys() -> frozenset[str]:
    return frozenset(BlockedReply.objects.values_list("key", flat=True))
