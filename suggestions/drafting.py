"""Drafting a reply for a stored member message (a background job), with the active model
(served by suggestions.serving).

A draft is grounded in the member's records (suggestions.claim_choice): the claim the message
singles out fills its slots (grounding), a reply that states what that claim contradicts is
never proposed (statements), a sentence stating what the records leave open is dropped when the
reply still answers without it, or a reply as good that states nothing open is proposed first
(only then is it marked for the agent), and each question of the message gets its answer or is
named (questions).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from django.conf import settings
from django.db import IntegrityError, transaction

from careteam import api as careteam_api
from claims import api as claims_api
from suggestions.blocked_replies import blocked_reply_keys
from suggestions.claim_choice import (
    ValuesByLanguage,
    fill_values,
    member_records,
    record_amount_choices,
    record_forms,
    values_for_template,
)
from suggestions.deidentify import known_facts
from suggestions.engine import Engine, Ranked, reply_key
from suggestions.gibberish import engine_gibberish, engine_known_words
from suggestions.models import Draft
from suggestions.polish import Polished, polish_draft
from suggestions.questions import joined, questions_in, reply_parts
from suggestions.registry import active_version
from suggestions.scans import text_scans_store
from suggestions.selectors import topic_gates
from suggestions.serving import serving_engine
from suggestions.slots import CLAIM_SLOTS, amounts_as_slots
from suggestions.statements import (
    PLAN_YEAR_AMOUNTS,
    Statement,
    Verdict,
    amount_marks,
    asks_for_plan_year_figure,
    checked_statements,
    sentences,
)
from suggestions.templating import (
    KnownFacts,
    Placeholder,
    fill,
    message_template,
    placeholders_in,
)
from suggestions.tone import insults_the_team
from suggestions.wording import engine_text, plain_writing, spoken_punctuation

DRAFT_REPLY = "draft_reply"
ALTERNATIVES = 3
# Candidates ranked before the statement checks drop those the claim contradicts.
RANKED_FOR_CHECKS = 12
# A candidate of the same topic scoring within this share of the best is as good an answer:
# one that states nothing the records leave open is proposed before one that does.
NEAR_EQUAL_SCORE = 0.10
# A reply stating the claim the member singled out (or the plan-year figures they ask for) goes
# before the best one when it scores within this share of it and the best states none of them
# (0.20 until stop 33; 0.30 moved one dev draft of fresh14 to its claim's figures, none worse).
GROUNDED_NEAR_SCORE = 0.30


def states_any(
    template: str,
    claim: claims_api.ClaimFacts | None,
    member_claims: Sequence[claims_api.ClaimFacts] = (),
    *,
    verdicts: tuple[Verdict, ...],
) -> bool:
    """Whether the reply states something the check gives one of `verdicts`: CONTRADICTED, what
    the claim's record contradicts (with no claim chosen: what every claim of the member's
    contradicts); NO_RECORD, a claim's state (paid, denied, pending...) for a member with no
    claim on file."""
    return any(
        found.verdict in verdicts for found in checked_statements(template, claim, member_claims)
    )


def unconfirmed(
    template: str,
    claim: claims_api.ClaimFacts | None,
    member_claims: Sequence[claims_api.ClaimFacts],
    values: dict[Placeholder, str],
    context: str,
) -> list[dict[str, str]]:
    """What the agent would have to confirm in this reply as the draft shows it (filled from the
    records, written amounts as slots): each statement the records do not bear out, each action
    it says was taken, each plan-year figure the member did not ask about."""
    shown = amounts_as_slots(template)
    text = fill(shown, values_for_template(shown, values)).text
    return [
        {"fragment": found.fragment, "note": found.note, "statement": found.statement.value}
        for found in checked_statements(text, claim, member_claims)
        if found.verdict != Verdict.SUPPORTED or found.statement == Statement.ACTION_TAKEN
    ] + [
        {"fragment": mark.fragment, "note": mark.note, "statement": mark.statement.value}
        for mark in amount_marks(shown, values, context)
    ]


# A reply still answers without its open sentences when at least this share of its body's words
# stays (one doubtful sentence of several goes; the sentence that was the answer does not).
KEPT_SHARE_TO_STAND = 0.5
MIN_KEPT_WORDS = 8
# A sentence that leans on the one before it ("It should arrive in a week.", "This means...")
# does not stand once that one is dropped.
_LEANS_BACK = re.compile(
    r"^\s*(?:it|its|it's|this|that|these|those|they|their|them|he|she|his|her|so|then|also|"
    r"both|either|which|there|here|esto|eso|esta|este|ella|[eé]l|as[ií]|entonces|tambi[eé]n)\b",
    re.IGNORECASE,
)
# Sentences that answer nothing by themselves: a reply left with only these does not stand.
_PLEASANTRY = re.compile(
    r"\b(?:let (?:me|us) know|feel free|happy to help|glad to help|hope (?:this|that) helps|"
    r"any (?:other |more )?questions|thanks?\b|thank you|you're welcome|reach out|"
    r"av[ií]s(?:e|ame|enos)|con gusto|gracias|cualquier (?:otra )?pregunta)",
    re.IGNORECASE,
)
# After a greeting ("Hi {MEMBER_FIRST_NAME}, ...") a reply's sentence goes on in lower case:
# these words, and any word the reply writes in lower case elsewhere.
_LOWER_AFTER_GREETING = re.compile(
    r"^(?:The|Your|You|We|Our|A|An|For|Please|Once|To|Since|As|In|On|At|Good|Great|Yes|No|"
    r"Su|Sus|La|El|Los|Las|Usted|Para|Por)\b"
)


def without_open_sentences(
    template: str,
    claim: claims_api.ClaimFacts | None,
    member_claims: Sequence[claims_api.ClaimFacts],
    values: dict[Placeholder, str],
    context: str,
) -> str:
    """The reply without its sentences that state what the records leave open (`unconfirmed`:
    a claim state they do not bear out, a deadline, an action said to be taken, a plan-year
    figure the member did not ask for, even on their subject), when the rest still answers:
    at least
    KEPT_SHARE_TO_STAND of the body's words (and MIN_KEPT_WORDS) stay, not only pleasantries,
    and no kept sentence leans on a dropped one. Otherwise the reply unchanged: its open
    statements are marked for the agent."""
    if not unconfirmed(template, claim, member_claims, values, context):
        return template
    greeting, body, _ = reply_parts(template)
    # A plan-year figure is true in the records, but one the member did not ask for goes with its
    # sentence even on their subject ("does a payment plan still count toward my deductible?"
    # asks how the plan works, not what the deductible is): the rule answers them.
    kept: list[str] = []
    dropped: list[str] = []
    follows_dropped = False
    for sentence in sentences(body):
        if not sentence.strip():
            continue
        if unconfirmed(sentence, claim, member_claims, values, context):
            dropped.append(sentence)
            follows_dropped = True
            continue
        if follows_dropped and _LEANS_BACK.match(sentence):
            return template
        kept.append(sentence)
        follows_dropped = False
    kept_words = sum(len(sentence.split()) for sentence in kept)
    if (
        not dropped
        or kept_words < max(MIN_KEPT_WORDS, KEPT_SHARE_TO_STAND * len(body.split()))
        or all(_PLEASANTRY.search(sentence) for sentence in kept)
    ):
        return template
    trimmed = template
    for sentence in dropped:
        trimmed = trimmed.replace(sentence.strip(), "", 1)
    trimmed = re.sub(r"[ \t]{2,}", " ", trimmed)
    trimmed = re.sub(r"[ \t]+\n", "\n", trimmed)
    trimmed = re.sub(r"\n{3,}", "\n\n", trimmed).strip()
    if greeting and trimmed.startswith(greeting):
        rest = trimmed[len(greeting) :].lstrip()
        first_word = re.match(r"[A-Za-zÁÉÍÓÚÑáéíóúñ']+", rest)
        # A word written in lower case elsewhere in the reply is no name ("Lab results...").
        if _LOWER_AFTER_GREETING.match(rest) or (
            first_word
            and first_word.group(0) != "I"
            and re.search(rf"\b{re.escape(first_word.group(0).lower())}\b", rest[1:])
        ):
            rest = rest[:1].lower() + rest[1:]
        trimmed = f"{greeting} {rest}"
    return trimmed


def prefer_confirmed(
    ranked: list[Ranked], topic_of: Callable[[Ranked], str], open_items: Callable[[Ranked], int]
) -> list[Ranked]:
    """The ranking with, when the best reply states something the records leave open, the first
    reply of the same topic within NEAR_EQUAL_SCORE of it that states nothing open put first
    (the same topic: the draft still answers what the best reply answered)."""
    if not ranked or not open_items(ranked[0]):
        return ranked
    best_topic = topic_of(ranked[0])
    return _first_near_best(
        ranked, NEAR_EQUAL_SCORE, lambda item: topic_of(item) == best_topic and not open_items(item)
    )


def _first_near_best(
    ranked: list[Ranked], near: float, wanted: Callable[[Ranked], bool]
) -> list[Ranked]:
    """The ranking with the first reply after the best that is `wanted` and scores within
    `near` (a share) of the best put first; unchanged when there is none."""
    floor = _near_floor(ranked, near)
    for item in ranked[1:]:
        if item.score < floor:
            break
        if wanted(item):
            return _put_first(ranked, item)
    return ranked


def _near_floor(ranked: list[Ranked], near: float) -> float:
    """The lowest score within `near` (a share) of the best's."""
    return ranked[0].score - abs(ranked[0].score) * near


def _put_first(ranked: list[Ranked], item: Ranked) -> list[Ranked]:
    return [item, *(other for other in ranked if other is not item)]


def asked_facts(values: dict[Placeholder, str], context: str) -> frozenset[Placeholder]:
    """The record facts the member's words ask about: the claim they single out (its slots are
    among `values` only then) and where they stand in the plan year when they ask how much."""
    asked = CLAIM_SLOTS.intersection(values)
    if asks_for_plan_year_figure(context):
        asked |= frozenset(PLAN_YEAR_AMOUNTS).intersection(values)
    return frozenset(asked)


P = Placeholder
# The member's words that ask for a record fact, with the slots a reply answers them with. Cues,
# not topics: what the plan paid is asked about in a question on a copay, an EOB or a denial
# alike. English and Spanish, as members write them.
_FACT_CUES: tuple[tuple[re.Pattern[str], frozenset[Placeholder]], ...] = (
    # What was paid, owed, billed: the plan's payment and the member's share.
    (
        re.compile(
            r"\b(?:pa(?:y|ys|id|ying)|owe[ds]?|bill(?:ed|s)?|charg(?:e|ed|es|ing)|cost|costs|"
            r"balance|eob|explanation of benefits|pag\w*|cobr\w*|debo|debe|deber|factura\w*|"
            r"saldo)\b|\$\s?\d|\d[.,]\d\d\b",
            re.IGNORECASE,
        ),
        frozenset({P.PLAN_PAID, P.MEMBER_OWES}),
    ),
    # When the care was, which visit: its date of service.
    (
        re.compile(
            r"\b(?:when|what day|which day|date|dated|visit|appointment|cu[aá]ndo|fecha|"
            r"consulta|cita|visita)\b",
            re.IGNORECASE,
        ),
        frozenset({P.DATE_OF_SERVICE}),
    ),
    # Whom to call or talk to: the plan's number.
    (
        re.compile(
            r"\b(?:(?:who|whom|where|number|should i|can i|do i|could i|to|i can|we can) "
            r"(?:\w+ ){0,2}(?:call|contact|phone|reach|talk to|speak (?:to|with))|phone number|"
            r"hotline|(?:someone|somebody|anyone|anybody) (?:else )?(?:i|we) can|"
            r"llam\w*|tel[eé]fono|hablar con|comunicarme|alguien)\b",
            re.IGNORECASE,
        ),
        frozenset({P.PHONE}),
    ),
    # The plan itself: what it covers, whether the member is still on it, its name.
    (
        re.compile(
            r"\b(?:(?:my|this|our|the|his|her|new|which|what) (?:health |insurance )?plan|"
            r"plan name|covered|coverage|still covered|(?:mi|el|su|este|nuestro) plan|"
            r"cobertura|cubierto|cubierta)\b",
            re.IGNORECASE,
        ),
        frozenset({P.PLAN_NAME}),
    ),
    # Why a claim was denied, and until when to appeal.
    (
        re.compile(
            r"\b(?:deni\w*|deny|rejected|negar\w*|neg[oó]|negaron|negad[oa]s?|rechaz\w*)\b",
            re.IGNORECASE,
        ),
        frozenset({P.DENIAL_REASON}),
    ),
    (
        re.compile(r"\b(?:appeal\w*|deadline|how long do i have|apela\w*|plazo)\b", re.IGNORECASE),
        frozenset({P.APPEAL_DEADLINE}),
    ),
)
# A reply about the claim the member singled out names it as they would know it: the visit's
# provider and date, whatever they asked.
_NAMES_THE_CLAIM = frozenset({P.PROVIDER_NAME, P.DATE_OF_SERVICE})


def cued_facts(values: dict[Placeholder, str], context: str) -> frozenset[Placeholder]:
    """The record facts the member's words ask for (_FACT_CUES: "what did the plan pay" asks for
    {PLAN_PAID}, "who do I call" for {PHONE}) that the records fill (a claim's only when one is
    singled out: `values` hold its slots then), and the provider and date of a claim singled
    out."""
    cued: set[Placeholder] = set()
    for pattern, slots in _FACT_CUES:
        if pattern.search(context):
            cued |= slots
    if CLAIM_SLOTS.intersection(values):
        cued |= _NAMES_THE_CLAIM
    return frozenset(slot for slot in cued if values.get(slot))


def states_asked_facts(
    template: str, asked: frozenset[Placeholder], values: dict[Placeholder, str]
) -> bool:
    """Whether the reply states some of the facts asked about and the records fill every slot it
    shows (no visible slot, a written amount included; the signature is the reader's)."""
    shown = amounts_as_slots(template)
    if not asked.intersection(placeholders_in(shown)):
        return False
    unfilled = fill(shown, values_for_template(shown, values)).unfilled
    return all(placeholder == Placeholder.AGENT_NAME for placeholder in unfilled)


def prefer_grounded(
    ranked: list[Ranked],
    topic_of: Callable[[Ranked], str],
    open_items: Callable[[Ranked], int],
    values: dict[Placeholder, str],
    asked: frozenset[Placeholder],
    cued: frozenset[Placeholder] = frozenset(),
) -> list[Ranked]:
    """The ranking with, when the member asks about record facts (`asked`: asked_facts) and the
    best reply states none of them, the first reply of the same topic within GROUNDED_NEAR_SCORE
    of it that states them, every slot filled and nothing left open, put first. Then, among
    replies that state the asked facts as well as the best does, one that states more of the
    facts the member's words ask for (`cued`: cued_facts), and each asked fact the best states,
    goes before it on the same terms: "how much did the plan pay?" is answered with
    {PLAN_PAID}, "who do I call?" with {PHONE}. Of several such replies, the one stating the
    claim and most of those facts, the best scored on a tie."""
    if not ranked or not (asked or cued):
        return ranked

    def grounding(item: Ranked) -> tuple[bool, int]:
        slots = set(placeholders_in(item.template))
        return bool(asked & slots), len(cued & slots)

    def adds_to_best(item: Ranked) -> bool:
        """States more of what was asked than the best, and each asked fact the best states (a
        reply naming the visit does not replace one giving the denial reason or the deductible
        left; the claim's number may give way to its provider and date, which name it too)."""
        slots = set(placeholders_in(item.template))
        kept = (asked | cued) - {P.CLAIM_NUMBER}
        return grounding(item) > best_grounding and kept & best_slots <= slots

    best_topic, best_grounding = topic_of(ranked[0]), grounding(ranked[0])
    best_slots = set(placeholders_in(ranked[0].template))
    floor = _near_floor(ranked, GROUNDED_NEAR_SCORE)
    better = [
        item
        for item in ranked[1:]
        if item.score >= floor
        and topic_of(item) == best_topic
        and adds_to_best(item)
        and states_asked_facts(item.template, asked | cued, values)
        and not open_items(item)
    ]
    if not better:
        return ranked
    # The one that states most of them; of those, the best scored (max keeps the first).
    return _put_first(ranked, max(better, key=grounding))


def unless_hidden(
    moved: list[Ranked], ranked: list[Ranked], confidence: Callable[[list[Ranked]], float]
) -> list[Ranked]:
    """`moved` (a ranking with a reply moved up), unless the move takes the draft's confidence
    under the floor (SUGGESTION_MIN_CONFIDENCE) that `ranked` cleared: a reply that states
    the claim is no reason to hide the draft. The confidence of the top 1 + ALTERNATIVES, as
    the draft is scored."""
    if not moved or not ranked or moved[0] is ranked[0]:
        return moved
    floor = settings.SUGGESTION_MIN_CONFIDENCE
    top = 1 + ALTERNATIVES
    if confidence(moved[:top]) < floor <= confidence(ranked[:top]):
        return ranked
    return moved


# The topic classifier (learned from whole threads) and the ranker (learned from replies) mostly
# agree; when the classifier names another topic clearly enough, a reply of that topic scoring
# near the best is the better guess at what the member asks. Chosen on the dev sets (fresh to
# fresh8, see docs/FIGURES.md "Stop 27, facts10").
CLASSIFIED_TOPIC_MIN_CHANCE = 0.15
CLASSIFIED_TOPIC_MIN_LEAD = 0.10  # over the chance of the best reply's own topic
CLASSIFIED_TOPIC_NEAR_SCORE = 0.15  # the reply moved up scores within this share of the best


def prefer_classified_topic(
    ranked: list[Ranked], topic_of: Callable[[Ranked], str], chances: dict[str, float]
) -> list[Ranked]:
    """The ranking with, when the topic classifier names a topic other than the best reply's
    (its chance at least CLASSIFIED_TOPIC_MIN_CHANCE and CLASSIFIED_TOPIC_MIN_LEAD above the
    best reply's topic), the first reply of the named topic within CLASSIFIED_TOPIC_NEAR_SCORE
    of the best score put first; otherwise unchanged."""
    if not ranked or not chances:
        return ranked
    named, chance = max(chances.items(), key=lambda item: item[1])
    best = ranked[0]
    if (
        topic_of(best) == named
        or chance < CLASSIFIED_TOPIC_MIN_CHANCE
        or chance - chances.get(topic_of(best), 0.0) < CLASSIFIED_TOPIC_MIN_LEAD
    ):
        return ranked
    return _first_near_best(
        ranked, CLASSIFIED_TOPIC_NEAR_SCORE, lambda item: topic_of(item) == named
    )


def engine_read(
    engine: Engine, text: str, known: KnownFacts | None, message: str | None = None
) -> str:
    """What the engine reads of a member's text (suggestions.wording): written plainly (no
    shouting, no held-down letters) before it is de-identified, then with chat spellings and
    slips set right and the plan's terms added. `message`: the text's template, when made."""
    plain = plain_writing(text)
    if message is None or plain != text:
        message = message_template(plain, known)
    return engine_text(engine, message)


@dataclass(frozen=True)
class Answer:
    template: str
    unanswered: tuple[str, ...] = ()  # the member's questions no reply answers confidently


def answer_each_question(
    engine: Engine, context: str, *, known: KnownFacts, blocked: frozenset[str],
    claim: claims_api.ClaimFacts | None, best: Ranked,
    member_claims: Sequence[claims_api.ClaimFacts] = (),
    values: dict[Placeholder, str] | None = None,
) -> Answer:  # fmt: skip
    """The best reply, joined with the best reply to each other question the member asked
    (when confident enough), and the questions left unanswered.

    A reply joined for another question states nothing the records leave open (an
    unconfirmed claim state, a deadline, an action taken): that answer was not what the
    engine ranked first for the message, so it carries no claim of its own; its sentences
    stating such things are dropped when it answers without them (`without_open_sentences`),
    and a question only replies that still state them answer is named for the agent instead.
    Nor, given the values the draft is filled with, a plan-year figure (deductible,
    out-of-pocket) the member did not ask about."""
    # Dictated marks written as marks first: "... question mark" ends a question.
    questions = questions_in(spoken_punctuation(context))
    if len(questions) < 2:
        return Answer(best.template)
    template, used, unanswered = best.template, {best.index}, []
    for question in questions:
        trimmed = [
            replace(
                item,
                template=without_open_sentences(
                    item.template, claim, member_claims, values or {}, context
                ),
            )
            for item in engine.rank(
                engine_read(engine, question, known),
                top=RANKED_FOR_CHECKS,
                blocked_keys=blocked,
            )
        ]
        ranked = [
            item
            for item in trimmed
            if not unconfirmed(item.template, claim, member_claims, values or {}, context)
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
    if attempt == 1:
        # Training's scan of what the member wrote since the last reply (the text it will
        # normalise), made once now: the template below reuses it.
        text_scans_store([request.context])
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
    known = known_facts(
        request.member, record_values=forms, amount_choices=record_amount_choices(records)
    )
    earlier = Draft.objects.filter(message_id=message_id, attempt__lt=attempt)
    blocked = blocked_reply_keys() | {
        reply_key(t) for t in earlier.values_list("template", flat=True)
    }
    message = message_template(request.context, known)
    # What the engine reads: written plainly, chat spellings and slips set right, the plan's
    # terms added after the member's words for them (engine_read); the checks read `message`.
    read = engine_read(engine, request.context, known, message)
    rows = engine.query_rows([read])[0]  # transformed once: ranked, then classified
    ranked = engine.rank(read, top=RANKED_FOR_CHECKS, blocked_keys=blocked, rows=rows)
    filling = fill_values(request.member, request.context, records)
    claim = records.claim
    # A candidate that states something the claim's record contradicts is never proposed.
    ranked = [
        item
        for item in ranked
        if not states_any(item.template, claim, records.claims, verdicts=(Verdict.CONTRADICTED,))
    ]
    values = filling.values

    # What the records leave open is avoided, in this order: a reply as good that states none of
    # it comes first; then a sentence stating it goes when the reply answers without it (a reply
    # so trimmed that an earlier attempt proposed is not proposed again); only then is it marked.
    def open_items(item: Ranked) -> int:
        return len(unconfirmed(item.template, claim, records.claims, values, request.context))

    def topic_of(item: Ranked) -> str:
        return engine.candidates[item.index].topic

    ranked = prefer_confirmed(ranked, topic_of=topic_of, open_items=open_items)
    ranked = [
        replace(
            item,
            template=without_open_sentences(
                item.template, claim, records.claims, values, request.context
            ),
        )
        for item in ranked
    ]
    # A claim state no record can bear out that its sentence did not take with it: not proposed
    # (what the record contradicts went above, and trimming adds nothing).
    ranked = [
        item
        for item in ranked
        if reply_key(item.template) not in blocked
        and not states_any(item.template, claim, records.claims, verdicts=(Verdict.NO_RECORD,))
    ]
    ranked = prefer_confirmed(ranked, topic_of=topic_of, open_items=open_items)
    ranked = prefer_classified_topic(ranked, topic_of, engine.topic_chances(read, rows))
    # Again, for a reply the classifier's topic moved up that states something left open.
    ranked = prefer_confirmed(ranked, topic_of=topic_of, open_items=open_items)
    # A reply that states the claim the member singled out (or the plan-year figures they ask
    # for) before one as good that says nothing of it.
    grounded = prefer_grounded(
        ranked, topic_of=topic_of, open_items=open_items, values=values,
        asked=asked_facts(values, request.context), cued=cued_facts(values, request.context),
    )  # fmt: skip
    ranked = unless_hidden(grounded, ranked, engine.confidence)
    ranked = ranked[: 1 + ALTERNATIVES]
    if not ranked:
        return "no candidates"
    confidence = engine.confidence(ranked)
    shown = confidence >= settings.SUGGESTION_MIN_CONFIDENCE
    held_back = ""
    gate = topic_gates(team_id=request.team_id or None, version_id=version.pk).get(request.topic)
    if shown and not engine_known_words(engine, message):
        shown = False
        held_back = "the message has no words the team's past replies answer"
    elif shown and (gibberish := engine_gibberish(engine, message)):
        shown = False
        held_back = gibberish
    elif shown and insults_the_team(_member_wrote(request)):
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
        values=values,
    )
    # Optional LLM polish of a draft that will be shown: placeholder forms out, filled here.
    polished = polish_draft(draft=answer.template, message=message, shown=shown)
    if polished.polished and states_any(
        polished.template, claim, records.claims, verdicts=(Verdict.CONTRADICTED, Verdict.NO_RECORD)
    ):
        polished = Polished(template=answer.template, polished=False)
    # Each reply filled in its own language: a Spanish reply's dates, network words, denial
    # reason and service in Spanish (the checks above read the English values: the same facts).
    in_language = ValuesByLanguage(request.member, request.context, records, values)
    shown_template = amounts_as_slots(polished.template)
    shown_values = in_language.for_reply(polished.template)
    best = fill(shown_template, values_for_template(shown_template, shown_values))
    alternatives = [
        {
            "template": item.template,
            "text": fill(
                amounts_as_slots(item.template),
                values_for_template(
                    amounts_as_slots(item.template), in_language.for_reply(item.template)
                ),
            ).text,
            "score": item.score,
        }
        for item in ranked[1:]
    ]
    # Checked on the text as shown: what the agent reads is what is marked.
    marks = unconfirmed(
        polished.template, claim, records.claims, shown_values, request.context
    ) + [
        {"fragment": question[:200], "note": "this draft may not answer this question",
         "statement": "unanswered_question"}
        for question in answer.unanswered
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


def _member_wrote(request: careteam_api.DraftRequest) -> str:
    """What the member wrote that the draft would answer: the messages since the team's last
    reply and, before any reply, the subject their app may have sent with the first one (an
    insult in the subject is one too; after a reply it no longer speaks for the new message)."""
    if request.follows_reply or not request.subject:
        return request.context
    return f"{request.subject}\n{request.context}"


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
    history knows ("asdf", "?") or that is gibberish all the same ("asdf bill qwer", see
    suggestions.gibberish), and one whose likeliest family is below
    SUGGESTION_TOPIC_MIN_CHANCE. A rule's "other" carries confidence 1; a low chance's, one
    minus that chance."""
    serving = serving_engine()
    request = careteam_api.draft_request(message_id=message_id) if serving else None
    if serving is None or request is None or request.follows_reply:
        return None
    engine = serving[1]
    # De-identified as training saw the messages (the member's claims are not needed: their
    # amounts and dates become slots, which no topic depends on).
    known = known_facts(request.member)
    message = message_template(request.context, known)
    found = engine.topic_of(engine_read(engine, request.context, known, message))
    if found is None:
        return None
    if (
        request.triage_kind
        or not engine_known_words(engine, message)
        or engine_gibberish(engine, message)
    ):
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
