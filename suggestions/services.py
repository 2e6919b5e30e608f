"""Drafting a reply for a stored member message (a background job), with the active model.

The worker keeps the active engine in memory and checks, on each draft, which version is
active: a newly promoted version is loaded without a restart, and one whose artifact fails its
checksum is refused while the engine that was serving goes on serving.
"""

from __future__ import annotations

import io
import logging
import threading
import time

import joblib
from django.conf import settings
from django.db import IntegrityError, transaction

from careteam import api as careteam_api
from suggestions.engine import ENGINE_FORMAT, Engine, reply_key
from suggestions.models import BlockedReply, Draft, ModelVersion
from suggestions.polish import polish_draft
from suggestions.registry import ArtifactIntegrityError, active_version, artifact_load
from suggestions.templating import KnownFacts, Placeholder, fill, to_template

logger = logging.getLogger(__name__)
DRAFT_REPLY = "draft_reply"
ALTERNATIVES = 3

_lock = threading.Lock()
_loaded: tuple[int, Engine] | None = None


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
            engine = joblib.load(io.BytesIO(artifact_load(version)))
            if getattr(engine, "format", 1) != ENGINE_FORMAT:
                raise ArtifactIntegrityError(f"{version.label}: trained by an older engine")
        except ArtifactIntegrityError as error:
            logger.error("model %s refused: %s", version.label, error)
            if _loaded is None:
                return None
            previous = ModelVersion.objects.filter(pk=_loaded[0]).first()
            return (previous, _loaded[1]) if previous else None
        _loaded = (version.pk, engine)
        logger.info("serving model %s", version.label)
        return version, engine


def fill_values(request: careteam_api.DraftRequest) -> dict[Placeholder, str]:
    """What the thread's own records can fill. Claims facts come with the claims app's api."""
    return {
        Placeholder.MEMBER_FIRST_NAME: request.member.first_name,
        Placeholder.MEMBER_LAST_NAME: request.member.last_name,
        Placeholder.MEMBER_ID: request.member.member_id,
        Placeholder.PLAN_NAME: request.member.plan,
        Placeholder.AGENT_NAME: request.assignee_first_name,
        Placeholder.PHONE: settings.PLAN_PHONE,
    }


@careteam_api.job_handler(DRAFT_REPLY, max_attempts=3)
def draft_create(message_id: int) -> str:
    """Draft a reply for one member message; idempotent (one draft per message)."""
    if Draft.objects.filter(message_id=message_id).exists():
        return "exists"
    request = careteam_api.draft_request(message_id=message_id)
    if request is None or request.answered:
        return "nothing to draft"
    serving = serving_engine()
    if serving is None:
        return "no active model"
    version, engine = serving
    started = time.perf_counter()
    known = KnownFacts(
        member_first_name=request.member.first_name, member_last_name=request.member.last_name,
        member_id=request.member.member_id, plan=request.member.plan,
        agent_names=tuple(careteam_api.staff_names()),
    )  # fmt: skip
    blocked = blocked_reply_keys()
    message = to_template(request.context, known)
    ranked = engine.rank(message, top=1 + ALTERNATIVES, blocked_keys=blocked)
    if not ranked:
        return "no candidates"
    values = fill_values(request)
    confidence = engine.confidence(ranked[0].score)
    # Optional LLM polish of a draft that will be shown: placeholder forms out, filled here.
    polished = polish_draft(draft=ranked[0].template, message=message,
                            shown=confidence >= settings.SUGGESTION_MIN_CONFIDENCE)  # fmt: skip
    best = fill(polished.template, values)
    alternatives = [
        {"template": item.template, "text": fill(item.template, values).text, "score": item.score}
        for item in ranked[1:]
    ]
    latency_ms = (time.perf_counter() - started) * 1000
    try:
        with transaction.atomic():
            Draft.objects.create(
                message_id=message_id, thread_id=request.thread_id, version=version,
                template=ranked[0].template, text=best.text,
                unfilled=[placeholder.value for placeholder in best.unfilled],
                alternatives=alternatives,
                examples=engine.candidates[ranked[0].index].examples[:3],
                confidence=confidence, shown=confidence >= settings.SUGGESTION_MIN_CONFIDENCE,
                latency_ms=latency_ms, polished=polished.polished,
            )  # fmt: skip
    except IntegrityError:
        return "exists"  # a concurrent run drafted it first
    return "drafted"


def draft_on_member_message(
    sender: object, message_id: int, thread_id: int, **kwargs: object
) -> None:
    """Receiver of careteam's member_message_stored: enqueue drafting in the same transaction."""
    careteam_api.enqueue_job(name=DRAFT_REPLY, args=[message_id], key=f"{DRAFT_REPLY}:{message_id}")


def drafts_backfill() -> int:
    """Enqueue drafting for open threads whose latest member message has no draft yet."""
    drafted = set(Draft.objects.values_list("message_id", flat=True))
    pending = [m for m in careteam_api.unanswered_member_message_ids() if m not in drafted]
    with transaction.atomic():
        for message_id in pending:
            careteam_api.enqueue_job(
                name=DRAFT_REPLY, args=[message_id], key=f"{DRAFT_REPLY}:{message_id}"
            )
    return len(pending)


def reply_block(*, template: str, actor: object | None) -> BlockedReply:
    """Never propose this reply again; takes effect on the next draft, in every version."""
    blocked, _ = BlockedReply.objects.get_or_create(
        key=reply_key(template), defaults={"template": template, "blocked_by": actor}
    )
    careteam_api.audit_record(
        actor=actor, action="model_change", obj=blocked, detail="reply blocked"
    )
    return blocked


def reply_unblock(*, template: str, actor: object | None) -> bool:
    deleted, _ = BlockedReply.objects.filter(key=reply_key(template)).delete()
    if deleted:
        careteam_api.audit_record(actor=actor, action="model_change", detail="reply unblocked")
    return bool(deleted)


def blocked_reply_keys() -> frozenset[str]:
    return frozenset(BlockedReply.objects.values_list("key", flat=True))
