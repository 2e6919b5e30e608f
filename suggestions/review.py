"""Review: the agent's decisions on a draft (send as is, edit, discard, ask for another), and
the outcome each is recorded as. The server alone decides a draft's state, under row locks, in
the reply's transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from careteam import api as careteam_api
from suggestions.deidentify import known_facts
from suggestions.drafting import ALTERNATIVES, DRAFT_REPLY, draft_job_key
from suggestions.models import Draft, DraftStateError, Outcome
from suggestions.outcomes import classify, similarity, word_diff
from suggestions.scans import text_scans_store
from suggestions.templating import KnownFacts, Placeholder, to_template


@dataclass(frozen=True)
class SentComparison:
    similarity: float
    kind: Outcome.Kind
    diff: str  # of the placeholder forms: no member details


def compare_sent(shown_text: str, sent_text: str, known: KnownFacts) -> SentComparison:
    """How the reply sent relates to the draft as the agent was shown it."""
    score = similarity(shown_text, sent_text)
    diff = word_diff(to_template(shown_text, known), to_template(sent_text, known))
    return SentComparison(similarity=score, kind=classify(score), diff=diff)


def _locked_pending_draft(*, draft_id: int, thread_id: int) -> Draft:
    draft = (
        Draft.objects.select_for_update()
        .filter(pk=draft_id, thread_id=thread_id, shown=True)
        .first()
    )
    if draft is None:
        raise DraftStateError("There is no such draft on this thread.")
    return draft


def draft_mark_shown(*, draft: Draft) -> None:
    """Remember when an agent first saw the draft (for the time from draft to send)."""
    if draft.first_shown_at is None:
        now = timezone.now()
        Draft.objects.filter(pk=draft.pk, first_shown_at__isnull=True).update(first_shown_at=now)
        draft.first_shown_at = now


def _thread_of_outcome(thread_id: int) -> tuple[careteam_api.ThreadFacts, dict[str, object]]:
    """The thread's facts, and the fields every Outcome of it carries."""
    facts = careteam_api.thread_facts(thread_id=thread_id)
    if facts is None:
        raise DraftStateError("The thread is gone.")
    return facts, {"thread_id": thread_id, "team_id": facts.team_id, "topic": facts.topic}


def draft_discard(
    *, draft_id: int, thread_id: int, agent: careteam_api.User, reason: str
) -> Outcome:
    """The agent discards the draft, saying why; it is kept as a negative training example."""
    if reason not in Outcome.Reason.values:
        raise DraftStateError("Choose why the draft is wrong.")
    with transaction.atomic():
        draft = _locked_pending_draft(draft_id=draft_id, thread_id=thread_id)
        now = timezone.now()
        draft.decide(Draft.State.DISCARDED, at=now)
        facts, fields = _thread_of_outcome(thread_id)
        outcome = Outcome.objects.create(
            kind=Outcome.Kind.DISCARDED,
            draft=draft,
            agent=agent,
            version_id=draft.version_id,
            reason=reason,
            decided_at=now,
            **fields,
        )
        careteam_api.audit_record(
            actor=agent,
            action=careteam_api.AuditAction.UPDATE_THREAD,
            obj=draft,
            detail=f"draft discarded: {reason}",
            member_pk=facts.member.member_pk,
        )
    return outcome


def draft_regenerate(*, draft_id: int, thread_id: int, agent: careteam_api.User) -> int:
    """Draft again without this reply; a draft still under review is discarded (new draft)."""
    with transaction.atomic():
        draft = _locked_pending_draft(draft_id=draft_id, thread_id=thread_id)
        if draft.attempt >= settings.SUGGESTION_MAX_ATTEMPTS:
            raise DraftStateError("No more drafts for this message: write the reply yourself.")
        if Draft.objects.filter(message_id=draft.message_id, attempt__gt=draft.attempt).exists():
            raise DraftStateError("A newer draft was already asked for.")
        if draft.state == Draft.State.DRAFTED:
            draft_discard(
                draft_id=draft_id,
                thread_id=thread_id,
                agent=agent,
                reason=Outcome.Reason.NEW_DRAFT,
            )
        elif draft.state != Draft.State.DISCARDED:
            raise DraftStateError(Draft.ALREADY_DECIDED)
        attempt = draft.attempt + 1
        careteam_api.enqueue_job(
            name=DRAFT_REPLY,
            args=[draft.message_id, attempt],
            key=draft_job_key(draft.message_id, attempt),
        )
    return attempt


def parse_draft_ref(ref: str) -> tuple[int, int] | None:
    """ "<draft id>" or "<draft id>.<alternative 1-3>" as the composer posts it."""
    head, _, tail = ref.partition(".")
    if not head.isdigit() or (tail and not tail.isdigit()):
        return None
    alternative = int(tail) if tail else 0
    return (int(head), alternative) if alternative <= ALTERNATIVES else None


def _draft_texts(draft: Draft, signer: str) -> list[str]:
    """The draft and each alternative, filled and signed as the agent was shown them."""
    texts = [draft.text] + [alternative["text"] for alternative in draft.alternatives]
    return [sign_draft(text, signer) for text in texts]


def sign_draft(text: str, signer: str) -> str:
    """A draft made before anyone took the thread is signed by the agent reading it."""
    return text.replace(Placeholder.AGENT_NAME.token, signer) if signer else text


def outcome_on_reply(
    sender: object,
    *,
    message_id: int,
    thread_id: int,
    author_id: int,
    author_first_name: str,
    text: str,
    draft_ref: str,
    sent_at: datetime,
    first_response: bool,
    replied_to_at: datetime | None,
    **kwargs: object,
) -> None:
    """Receiver of careteam's reply_stored: record what became of the thread's pending drafts.

    Runs in the reply's transaction: a reply that names a draft no longer waiting for review
    (sent from another tab, discarded) is refused, so one draft is never sent twice.
    """
    pending = list(
        Draft.objects.select_for_update().filter(thread_id=thread_id, state=Draft.State.DRAFTED)
    )
    chosen: Draft | None = None
    alternative = 0
    if draft_ref:
        parsed = parse_draft_ref(draft_ref)
        chosen = next((d for d in pending if parsed and d.pk == parsed[0] and d.shown), None)
        if chosen is None or parsed is None:
            raise careteam_api.ReplyRefused(Draft.ALREADY_DECIDED, field="text")
        alternative = min(parsed[1], len(chosen.alternatives))
    else:
        shown = [draft for draft in pending if draft.shown]
        chosen = max(shown, key=lambda d: (d.created_at, d.pk)) if shown else None
    # Training's scan of the reply, made once now (the reply checks have just scanned it).
    text_scans_store([text])
    facts, fields = _thread_of_outcome(thread_id)
    common = {
        "reply_id": message_id,
        "agent_id": author_id,
        "decided_at": sent_at,
        "first_response": first_response,
        "response_seconds": (sent_at - replied_to_at).total_seconds() if replied_to_at else None,
        **fields,
    }
    for draft in pending:
        if draft is not chosen:
            draft.decide(Draft.State.SUPERSEDED, at=sent_at)
    if chosen is None:
        Outcome.objects.create(kind=Outcome.Kind.NO_DRAFT, **common)
        return
    options = _draft_texts(chosen, author_first_name)
    if not draft_ref:  # the agent typed or pasted it: compare with what they were shown
        alternative = max(range(len(options)), key=lambda i: similarity(options[i], text))
    compared = compare_sent(options[alternative], text, known_facts(facts.member))
    chosen.decide(
        Draft.State.IGNORED if compared.kind == Outcome.Kind.IGNORED else Draft.State.SENT,
        at=sent_at,
    )
    Outcome.objects.create(
        kind=compared.kind,
        draft=chosen,
        version_id=chosen.version_id,
        alternative=alternative,
        similarity=compared.similarity,
        diff=compared.diff,
        seconds_to_send=(
            (sent_at - chosen.first_shown_at).total_seconds() if chosen.first_shown_at else None
        ),
        **common,
    )
