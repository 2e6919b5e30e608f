"""Training data: (member message -> reply) pairs from answered threads, PHI replaced first."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from careteam import api as careteam_api
from claims import api as claims_api
from suggestions import api as suggestions_api
from suggestions.api import Pair


def pairs_from_history(
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
    stored_scans: bool = True,
) -> Iterator[Pair]:
    """Every sent reply and the member messages it answered, as templates, with the drafts
    agents discarded for those messages as negatives (already templates).

    Each text loses the thread's own names, ids and plan, every name the records hold (members,
    staff, providers) and every detected detail (claim numbers, amounts, dates, providers,
    clinicians, relatives, phones, e-mails, addresses, ids) before anything else sees it.

    The database is read here; each message is normalised once, in worker processes over the
    cores (the message's claim details and its template from one scan of its text), a text the
    history repeats is scanned once however many threads hold it, and the pairs come in the
    order they would one by one. A text scanned when it came in (suggestions.scans) is not
    scanned again, unless `stored_scans` is off; the thread's facts are applied to every text
    here, as they are now. What is scanned here is stored for the next run.
    """
    agents = tuple(careteam_api.staff_names())
    names = suggestions_api.records_gazetteer(fresh=True)
    made: dict[bytes, suggestions_api.Detected] = {}
    yield from suggestions_api.map_normalising(
        _normalised,
        _examples(since, until, limit),
        texts=_texts,
        shared=(agents, names),
        scans=suggestions_api.text_scans_stored() if stored_scans else None,
        made=made,
    )
    # What was scanned here is not scanned by the next run.
    suggestions_api.text_scans_save(made)


def _texts(example: _Example) -> tuple[str, str]:
    """What normalising an example scans (map_normalising scans each distinct one once)."""
    return example.context, example.reply


@dataclass(frozen=True)
class _Example:
    """A sent reply with what normalising it needs from the database (read beforehand)."""

    member: careteam_api.MemberFacts
    context: str
    reply: str
    claims: list[claims_api.ClaimFacts]
    benefits: claims_api.BenefitFacts | None
    at: float
    rejected: tuple[str, ...]
    topic: str


def _examples(
    since: datetime | None, until: datetime | None, limit: int | None
) -> Iterator[_Example]:
    claims_of: dict[int, list[claims_api.ClaimFacts]] = {}
    benefits: tuple[tuple[int, str, date], claims_api.BenefitFacts | None] | None = None
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
        member = example.member
        if member.member_pk not in claims_of:
            claims_of[member.member_pk] = claims_api.member_claim_facts(
                member_pk=member.member_pk, limit=20
            )
        # Where the member stands in the plan year that day: a thread's replies of one day
        # (they come together) read it once.
        key = (member.member_pk, member.plan, example.sent_at.date())
        if benefits is None or benefits[0] != key:
            benefits = (key, suggestions_api.member_benefits(member, on=key[2]))
        yield _Example(
            member=member,
            context=example.context,
            reply=example.reply,
            claims=claims_of[member.member_pk],
            benefits=benefits[1],
            at=example.sent_at.timestamp(),
            rejected=rejected,
            # A thread's topic names its opening question; a later message ("thanks", "any
            # news?") may be about anything, so only the opening teaches topics.
            topic=example.topic if began is None else "",
        )


def _normalised(
    example: _Example, shared: tuple[tuple[str, ...], suggestions_api.Gazetteer]
) -> Pair:
    """The example as a pair of templates (in a worker process: no query)."""
    agents, names = shared
    # The member's claims' amounts and dates become their fields' slots ({MEMBER_OWES}).
    records = suggestions_api.records_read(example.context, example.claims, example.benefits)
    forms = suggestions_api.record_forms(example.member, example.context, records=records)
    choices = suggestions_api.record_amount_choices(records)
    known = suggestions_api.known_facts(example.member, agents, names, forms, choices)
    return Pair(
        context=suggestions_api.to_template(example.context, known),
        reply=suggestions_api.to_template(example.reply, known),
        at=example.at,
        rejected=example.rejected,
        topic=example.topic,
    )


def split_by_time(pairs: Sequence[Pair], held_out: float = 0.15) -> tuple[list[Pair], list[Pair]]:
    """Train on older replies, test on newer ones."""
    ordered = sorted(pairs, key=lambda pair: pair.at)
    cut = int(len(ordered) * (1 - held_out))
    return ordered[:cut], ordered[cut:]
