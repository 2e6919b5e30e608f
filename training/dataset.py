"""Training data: (member message -> reply) pairs from answered threads, PHI replaced first."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime

from careteam import api as careteam_api
from claims import api as claims_api
from suggestions import api as suggestions_api
from suggestions.api import Pair


def pairs_from_history(
    *, since: datetime | None = None, until: datetime | None = None, limit: int | None = None
) -> Iterator[Pair]:
    """Every sent reply and the member messages it answered, as templates, with the drafts
    agents discarded for those messages as negatives (already templates).

    Each text loses the thread's own names, ids and plan, every name the records hold (members,
    staff, providers) and every detected detail (claim numbers, amounts, dates, providers,
    clinicians, relatives, phones, e-mails, addresses, ids) before anything else sees it.
    """
    agents = tuple(careteam_api.staff_names())
    names = suggestions_api.records_gazetteer(fresh=True)
    claims_of: dict[int, list[claims_api.ClaimFacts]] = {}
    discarded = suggestions_api.discarded_replies()
    previous: dict[int, datetime] = {}  # each thread's previous reply: where a message began
    for number, example in enumerate(careteam_api.reply_examples(since=since, until=until)):
        if limit is not None and number >= limit:
            return
        began = previous.get(example.thread_id)
        previous[example.thread_id] = example.sent_at
        # Drafts discarded while this message waited for its reply are its negatives.
        rejected = tuple(
            template
            for decided_at, template in discarded.get(example.thread_id, ())
            if (began is None or decided_at > began) and decided_at <= example.sent_at
        )
        member_pk = example.member.member_pk
        if member_pk not in claims_of:
            claims_of[member_pk] = claims_api.member_claim_facts(member_pk=member_pk, limit=20)
        # The member's claims' amounts and dates become their fields' slots ({MEMBER_OWES}).
        forms = suggestions_api.record_forms(
            example.member, example.context, claims_of[member_pk], on=example.sent_at.date()
        )
        known = suggestions_api.known_facts(example.member, agents, names, forms)
        yield Pair(
            context=suggestions_api.to_template(example.context, known),
            reply=suggestions_api.to_template(example.reply, known),
            at=example.sent_at.timestamp(),
            rejected=rejected,
            # A thread's topic names its opening question; a later message ("thanks", "any
            # news?") may be about anything, so only the opening teaches topics.
            topic=example.topic if began is None else "",
        )


def split_by_time(pairs: Sequence[Pair], held_out: float = 0.15) -> tuple[list[Pair], list[Pair]]:
    """Train on older replies, test on newer ones."""
    ordered = sorted(pairs, key=lambda pair: pair.at)
    cut = int(len(ordered) * (1 - held_out))
    return ordered[:cut], ordered[cut:]
