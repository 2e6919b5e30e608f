"""What a reply asserts about a claim, and whether the member's records bear it out.

A draft may say a claim was denied, paid, is pending, was a duplicate, is in or out of network,
went to the deductible, needs prior authorization, that a deadline applies, or that the agent
already did something. Before a draft is proposed each such statement is checked against the
claim the message is about (grounding.claim_in_question), or with no claim chosen against
every claim of the member's: a statement the record contradicts (all of them, when none is
chosen) removes that candidate; one the record cannot confirm (nothing in it says, or the
member's claims would bear it out and the message does not say which, since it may mean a bill
not on file yet) is marked for the agent, as are actions the reply says were taken, which only
the agent can confirm. "Appeal within N days" is checked against the plan's
appeal window (settings.APPEAL_WINDOW_DAYS). Conditional, hedged and general sentences ("if
your claim was denied...", "most plans...", questions) assert nothing about this claim and are
not checked. Sentences are read whole: the full stop of "$388.20" or "Dr." ends none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from django.conf import settings

from careteam import api as careteam_api
from claims import api as claims_api
from suggestions.grounding import claim_in_question
from suggestions.templating import Placeholder


class Statement(StrEnum):
    CLAIM_DENIED = "claim_denied"
    CLAIM_PAID = "claim_paid"
    CLAIM_PENDING = "claim_pending"
    DUPLICATE_DENIED = "claim_duplicate_denied"
    IN_NETWORK = "in_network"
    OUT_OF_NETWORK = "out_of_network"
    APPLIED_TO_DEDUCTIBLE = "applied_to_deductible"
    OOP_MAX_MET = "oop_max_met"
    NEEDS_PRIOR_AUTH = "needs_prior_auth"
    NO_PRIOR_AUTH_NEEDED = "no_prior_auth_needed"
    DEADLINE = "specific_deadline"
    ACTION_TAKEN = "action_taken"
    NSA_PROTECTS = "nsa_protects"
    COVERED = "covered"
    NOT_COVERED = "not_covered"
    AMOUNT_STATED = "amount_stated"


class Verdict(StrEnum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNVERIFIABLE = "unverifiable"
    # A claim's processing state (paid, denied, pending, a duplicate, applied to the deductible)
    # stated for a member with no claim on file: no record could bear it out, so a draft that
    # still states it once its sentence is dropped is not proposed (unlike an unverifiable
    # statement, which some claim on file, or the plan's rules, might bear out).
    NO_RECORD = "no_record"


_CLAIM = r"(?:claim|bill|charge|visit|it|this|that|the (?:second|first|other) (?:one|submission))"
_WAS = r"(?:was|has been|had been|is|were|have been|got|'s been)"
# The placeholders that stand for a date ("by {DATE}", "by {PROCESSED_DATE}"), as tokens.
_DATE_TOKEN = "(?:" + "|".join(re.escape(p.token) for p in Placeholder if "DATE" in p.value) + ")"
_PATTERNS: dict[Statement, str] = {
    Statement.DUPLICATE_DENIED: (
        r"\b(?:denied|rejected) (?:it |the (?:second (?:one|submission)|duplicate) )?as a duplicate"
        r"|\bduplicate\b[^.?!]{0,40}\b(?:was|has been|were) (?:denied|rejected|marked|removed)"
        r"|\b(?:marked|flagged|denied|rejected) (?:it )?as (?:a )?duplicate"
        r"|\bwe (?:have |'ve )?denied the duplicate"
    ),
    Statement.CLAIM_DENIED: (
        rf"\b{_CLAIM}[^.?!]{{0,40}}\b{_WAS} (?:denied|rejected)\b"
        r"|\b(?:we|the plan) (?:have |has |'ve )?denied\b|\bdenial of (?:your|this|the) claim\b"
        r"|\b(?:fue|ha sido) (?:negad[ao]|rechazad[ao]|denegad[ao])"
    ),
    Statement.CLAIM_PAID: (
        rf"\b{_CLAIM}[^.?!]{{0,40}}\b{_WAS} (?:paid|processed and paid|reimbursed)\b"
        r"|\b(?:the plan|we) (?:paid|has paid|have paid)\b(?! nothing)"
        r"|\b(?:fue|ha sido) pagad[ao]"
    ),
    Statement.CLAIM_PENDING: (
        rf"\b{_CLAIM}[^.?!]{{0,40}}\b(?:is|are) (?:still )?(?:pending|being (?:processed|reviewed)"
        r"|in process|under review)\b|\bhas not been processed\b|\bsigue en proceso"
    ),
    Statement.OUT_OF_NETWORK: (
        r"\b(?:is|was|are|were) (?:an? )?(?:out[- ]of[- ]network|not in (?:your|our|the) network)"
        r"|\bout[- ]of[- ]network (?:provider|doctor|facility|hospital|lab)\b(?! rules)"
        # Spanish: said of someone ("es/está fuera de la red"), not of care in general ("la
        # atención fuera de la red", "sus beneficios fuera de la red").
        r"|\b(?:es|est[aá]|era|estaba|son|est[aá]n) (?:un proveedor |una cl[ií]nica )?"
        r"fuera de (?:la|su|nuestra) red\b"
    ),
    Statement.IN_NETWORK: (
        r"\b(?:is|was|are|were) (?:an? )?in[- ]network\b|\bin (?:your|our|the plan's) network\b"
        r"|\b(?:es|est[aá]|era|estaba|son|est[aá]n) (?:un proveedor |una cl[ií]nica )?"
        r"dentro de (?:la|su|nuestra) red\b"
    ),
    Statement.APPLIED_TO_DEDUCTIBLE: (
        r"\b(?:applied|went|goes|counted|count) (?:to|toward|towards|against) (?:your|the) "
        r"(?:annual )?deductible\b|\baplicad[ao] a (?:su|tu) deducible"
    ),
    Statement.OOP_MAX_MET: (
        r"\b(?:you|have|has|had|'ve|'d) (?:now |already )?(?:met|reached|hit) (?:your|the) "
        r"(?:annual |yearly |family |individual |in-network )?out[- ]of[- ]pocket (?:max|limit)"
        r"|\bout[- ]of[- ]pocket (?:max\w*|limit) (?:is|was|has been|had been) (?:met|reached)\b"
        # Spanish, said as done ("ya había llegado a su máximo", "alcanzó el máximo"), not as a
        # condition or a rule ("hasta llegar a su máximo", "cuando llega a su máximo").
        r"|\b(?:ha|había|habia|han|habían) (?:ya )?(?:llegado|alcanzado|cumplido)(?: con)? "
        r"(?:a )?(?:su|el|tu) m[aá]ximo\b"
        r"|\b(?:ya (?:lleg[oó]|alcanz[oó]|cumpli[oó])|lleg[óo]|alcanz[óo]|cumpli[óo])(?: con)? "
        r"(?:a )?(?:su|el|tu) m[aá]ximo\b"
        r"|\b(?:su|el|tu) m[aá]ximo (?:de gastos de bolsillo )?(?:ya )?(?:est[aá]|fue|ha sido) "
        r"(?:cumplido|alcanzado)\b"
    ),
    Statement.NO_PRIOR_AUTH_NEEDED: (
        r"\b(?:does not|doesn't|did not|didn't|will not|won't|never) (?:needs?|requires?) "
        r"(?:a |any )?(?:prior )?(?:authori[sz]ation|pre-?approval|referral)"
        r"|\bno (?:prior )?authori[sz]ation (?:is |was )?(?:needed|required)"
    ),
    Statement.NEEDS_PRIOR_AUTH: (
        r"\b(?:needs|needed|requires|required|require|need) (?:a |an |the )?(?:prior "
        r"authori[sz]ation|pre-?authori[sz]ation|pre-?approval)(?: on your plan)?"
        r"|\brequiere (?:una )?autorizaci[oó]n previa"
    ),
    Statement.DEADLINE: (
        rf"\bwithin \d+ (?:calendar |business )?days\b|\bby {_DATE_TOKEN}"
        r"|\b(?:deadline|last day) (?:is|was) |\bdentro de \d+ d[ií]as"
    ),
    Statement.ACTION_TAKEN: (
        r"\b(?:I|we)(?: have|'ve|) (?:already |just |now |gone ahead and )?"
        r"(?:requested|ordered|sent|submitted|filed|corrected|updated|changed|reprocessed|"
        r"escalated|asked|reached out|contacted|called|mailed|opened|issued|adjusted|removed|"
        r"added|cancell?ed|refunded|waived|approved|fixed|resent|forwarded|put in|placed)\b"
        r"|\b(?:I|we) went ahead and\b"
        r"|\b(?:he|hemos) (?:enviado|solicitado|pedido|corregido|actualizado|presentado)\b"
    ),
    Statement.NSA_PROTECTS: (
        r"\b(?:no surprises act|surprise billing (?:law|rules|protections)) "
        r"(?:protects|applies|covers|means you)"
    ),
    Statement.NOT_COVERED: (
        r"\b(?:is|was|are|were) not (?:a )?covered\b|\bisn't covered\b|\bnot a covered (?:service|"
        r"benefit)\b|\bdoes not cover\b|\bdoesn't cover\b|\bno (?:est[aá]|es) cubiert[ao]"
    ),
    Statement.COVERED: (
        r"\b(?:is|was|are|were) (?:fully )?covered\b|\b(?:your )?plan covers\b"
        r"|\best[aá] cubiert[ao]"
    ),
}
_COMPILED = {
    statement: re.compile(pattern, re.IGNORECASE) for statement, pattern in _PATTERNS.items()
}
# A sentence that asserts nothing about this claim: a condition, a hedge, a question, a rule.
_NOT_ASSERTED = re.compile(
    r"^\s*(?:if|when|whenever|once|in case|unless|should|si|cuando)\b"
    r"|\b(?:if|unless|whether|in case|si)\b|\b(?:most plans|many plans|some plans|usually|"
    r"generally|typically|"
    r"in general|often|may have|might|could be|can be|would be|in most cases|por lo general|"
    r"generalmente|normalmente|usualmente|a menudo|puede que|podr[ií]a)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
# A full stop that ends no sentence: in an amount ("$388.20"), an abbreviation ("Dr. Lee",
# "St. Mary's", "e.g."). Read as a sentence end it would cut "If you owe $388.20, the claim
# was paid" in two and leave a half with no "if" that asserts what the whole does not, so a
# filled draft and its template would not state the same things.
# A full stop followed by a word in lower case ends none either ("en todo EE. UU. con el costo").
_NOT_AN_END = re.compile(
    r"(?<=\d)\.(?=\d)|\b(?:Dr|St|Mr|Ms|Mrs|Jr|Sr|vs|Sra|Dra|e\.g|i\.e|U\.S|EE|UU)\."
    r"|\.(?=[ \t]+[a-záéíóúñ])"
)
_KEPT_STOP = "\u2024"  # ONE DOT LEADER: stands for such a stop while sentences are split


def sentences(text: str) -> list[str]:
    """The text's sentences, split at . ! ? and line ends that end one."""
    kept = _NOT_AN_END.sub(lambda match: match.group(0).replace(".", _KEPT_STOP), text)
    return [sentence.replace(_KEPT_STOP, ".") for sentence in _SENTENCE.findall(kept)]


# Statements that a contradicting one of the same sentence settles ("not covered" is not also
# "covered"; a duplicate denial is also a denial, checked once as the narrower one).
_SHADOWS = {
    Statement.NOT_COVERED: (Statement.COVERED,),
    Statement.DUPLICATE_DENIED: (Statement.CLAIM_DENIED,),
    Statement.NO_PRIOR_AUTH_NEEDED: (Statement.NEEDS_PRIOR_AUTH,),
    Statement.OUT_OF_NETWORK: (Statement.IN_NETWORK,),
}


# General plan information, which a reply may state without a record behind it: a sentence whose
# subject is a kind of cost or care, not the member's claim ("Copays do not count toward your
# deductible.", "Emergency care never needs prior authorization."). Only statements that such a
# rule makes, and only on the subjects below, are left unchecked; anything about this claim
# ("your visit", "the claim", "it", a slot of the claim) stays checked.
_LEAD_IN = (
    r"^\s*(?:(?:hi|hello|hey|dear|hola|estimad[ao])\b[^,.!\n]*[,.!]\s*)?"
    r"(?:(?:yes|no|sí|si|also|and|but|note that|remember that|keep in mind that|just so you know)"
    r",?\s+)*"
)
# The kind is the whole subject: its verb follows (at most "in network" between), so "Copays for
# your MRI went toward..." is about a claim and stays checked.
_RULE_VERB = (
    r"(?:,? (?:in|out of|in-|out-of-)[- ]?network,?)? (?:do not |don't |does not |doesn't |never |"
    r"also |still |always |usually |generally |typically |no |nunca |)(?:count|counts|apply|"
    r"applies|go|goes|are|is|need|needs|require|requires|get|gets|have|has|can|cannot|can't|will|"
    r"won't|reset|resets|start|starts|cuentan|se aplican|son|est[aá]n)\b"
)
# Cost-sharing kinds: what counts toward the deductible is how the plan works, not a claim state.
_COST_KINDS = re.compile(
    _LEAD_IN + r"(?:(?:in|out)[- ]of[- ]network |in[- ]network |office |specialist |"
    r"prescription |drug |pharmacy |monthly )?"
    r"(?:copays|co-pays|copayments|coinsurance|premiums|premium payments|deductibles|"
    r"preventive (?:care|services|visits|screenings)|(?:annual |yearly )?(?:checkups|physicals)|"
    r"prescriptions|(?:generic |brand[- ]name )?drugs|out[- ]of[- ]pocket costs|"
    r"los copagos|las primas|los deducibles)" + _RULE_VERB + r"(?![^.?!]*\b(?:claim|bill|visit)\b)",
    re.IGNORECASE,
)
# Care that federal rules cover the same way on every plan: emergency care (covered without
# prior authorization, in or out of network) and in-network preventive care.
_RULE_KINDS = re.compile(
    _LEAD_IN + r"(?:in[- ]network |true |real )?(?:emergency (?:care|services|room visits|"
    r"visits|treatment)|preventive (?:care|services|visits|screenings)|emergencies)"
    + _RULE_VERB
    + r"(?![^.?!]*\b(?:claim|bill|visit on|your visit)\b)",
    re.IGNORECASE,
)
# What the No Surprises Act covers is law, not whether this bill is covered.
_ABOUT_THE_LAW = re.compile(r"\b(?:by|under) the (?:federal )?no surprises act\b", re.IGNORECASE)
_GENERAL_BY_KIND = {
    Statement.APPLIED_TO_DEDUCTIBLE: (_COST_KINDS,),
    Statement.COVERED: (_RULE_KINDS,),
    Statement.NOT_COVERED: (_ABOUT_THE_LAW,),
    Statement.NO_PRIOR_AUTH_NEEDED: (_RULE_KINDS,),
}
_CLAIM_SLOT_TOKENS = re.compile(
    "|".join(
        re.escape(p.token)
        for p in (
            Placeholder.CLAIM_NUMBER, Placeholder.DATE_OF_SERVICE, Placeholder.PROVIDER_NAME,
            Placeholder.SERVICE, Placeholder.MEMBER_OWES, Placeholder.PLAN_PAID,
            Placeholder.ALLOWED, Placeholder.BILLED, Placeholder.DEDUCTIBLE_APPLIED,
        )
    )
)  # fmt: skip


def general_rule(statement: Statement, sentence: str) -> bool:
    """Whether the sentence states `statement` as a general plan rule, not of this claim."""
    if _CLAIM_SLOT_TOKENS.search(sentence):
        return False
    return any(pattern.search(sentence) for pattern in _GENERAL_BY_KIND.get(statement, ()))


@dataclass(frozen=True)
class Found:
    statement: Statement
    fragment: str  # the words that state it
    sentence: str = ""  # the sentence that states it


def statements_in(text: str) -> list[Found]:
    """The statements `text` asserts, sentence by sentence (questions, conditions and general
    plan rules skipped)."""
    found: list[Found] = []
    for sentence in sentences(text):
        if sentence.rstrip().endswith("?") or _NOT_ASSERTED.search(sentence):
            continue
        here: dict[Statement, str] = {}
        for statement, pattern in _COMPILED.items():
            if match := pattern.search(sentence):
                here[statement] = match.group(0)
        for statement, shadowed in _SHADOWS.items():
            if statement in here:
                for other in shadowed:
                    here.pop(other, None)
        here = {
            statement: fragment
            for statement, fragment in here.items()
            if not general_rule(statement, sentence)
        }
        found += [Found(statement, fragment, sentence) for statement, fragment in here.items()]
    return found


_DENIED = {"denied"}
_PAID = {"paid", "partially_paid"}
_OPEN = {"submitted", "pended"}
_PRIOR_AUTH_CODES = {"197", "15", "62", "39"}
_NOT_COVERED_CODES = {"96", "204", "49", "50"}


def verify(statement: Statement, claim: claims_api.ClaimFacts | None) -> Verdict:
    """Whether the claim's record supports, contradicts or cannot tell the statement."""
    if statement in (Statement.ACTION_TAKEN, Statement.DEADLINE, Statement.OOP_MAX_MET,
                     Statement.NSA_PROTECTS) or claim is None:  # fmt: skip
        return Verdict.UNVERIFIABLE
    codes = set(claim.reason_codes)
    status = claim.status
    rules = {
        Statement.CLAIM_DENIED: _either(status in _DENIED, status in _PAID | _OPEN),
        Statement.CLAIM_PAID: _either(
            status in _PAID and bool(claim.paid), status in _DENIED | _OPEN or claim.paid == 0
        ),
        Statement.CLAIM_PENDING: _either(status in _OPEN, status in _DENIED | _PAID),
        Statement.DUPLICATE_DENIED: _either(
            status in _DENIED and "18" in codes, status not in _DENIED or "18" not in codes
        ),
        Statement.IN_NETWORK: _either(claim.network == "in", claim.network == "out"),
        Statement.OUT_OF_NETWORK: _either(claim.network == "out", claim.network == "in"),
        Statement.APPLIED_TO_DEDUCTIBLE: _either(
            bool(claim.deductible), claim.deductible == 0 or status in _DENIED | _OPEN
        ),
        Statement.NEEDS_PRIOR_AUTH: _either(bool(codes & _PRIOR_AUTH_CODES), False),
        Statement.NO_PRIOR_AUTH_NEEDED: _either(False, bool(codes & _PRIOR_AUTH_CODES)),
        Statement.COVERED: _either(
            status in _PAID and bool(claim.paid), bool(codes & _NOT_COVERED_CODES)
        ),
        Statement.NOT_COVERED: _either(
            status in _DENIED and bool(codes & _NOT_COVERED_CODES), status in _PAID
        ),
    }
    return rules[statement]


def _either(supported: bool, contradicted: bool) -> Verdict:
    if supported:
        return Verdict.SUPPORTED
    return Verdict.CONTRADICTED if contradicted else Verdict.UNVERIFIABLE


@dataclass(frozen=True)
class Checked:
    statement: Statement
    fragment: str
    verdict: Verdict

    @property
    def note(self) -> str:
        """What the agent is told about it."""
        if self.statement == Statement.ACTION_TAKEN:
            return "says something was already done: confirm it was"
        if self.verdict == Verdict.CONTRADICTED:
            return "the member's claim record says otherwise"
        if self.verdict == Verdict.NO_RECORD:
            return "the member has no claim on file that could bear this out"
        return "nothing in the member's records confirms this"


# What only a processed claim's record can say: with no claim on file, nothing bears it out.
# (Network, coverage and prior authorization are also said of a provider or a service in
# general, which the plan's rules answer: those stay unverifiable.)
CLAIM_RECORD_STATES = frozenset(
    {
        Statement.CLAIM_DENIED,
        Statement.CLAIM_PAID,
        Statement.CLAIM_PENDING,
        Statement.DUPLICATE_DENIED,
        Statement.APPLIED_TO_DEDUCTIBLE,
    }
)


def verify_among(
    statement: Statement,
    claim: claims_api.ClaimFacts | None,
    member_claims: Sequence[claims_api.ClaimFacts] = (),
) -> Verdict:
    """`verify` against the claim the message is about; with none chosen, against every claim
    of the member's: a statement that each of them contradicts ("your claim was denied" when
    none is) is contradicted whichever claim the member meant; a claim's state stated for a
    member with no claim on file has no record to bear it out (NO_RECORD)."""
    if claim is None and not member_claims and statement in CLAIM_RECORD_STATES:
        return Verdict.NO_RECORD
    if claim is not None or not member_claims:
        return verify(statement, claim)
    verdicts = {verify(statement, each) for each in member_claims}
    # Claims on file that all bear a statement out still leave it open: the member may mean a
    # bill not on file yet ("was my ER bill paid?" with only a paid office visit on file).
    return Verdict.CONTRADICTED if verdicts == {Verdict.CONTRADICTED} else Verdict.UNVERIFIABLE


_WITHIN_DAYS = re.compile(
    r"\b(?:within (\d+) (?:calendar )?days|dentro de (\d+) d[ií]as)\b", re.IGNORECASE
)
_ABOUT_APPEAL = re.compile(r"\bappeal|\bapela|\breconsider", re.IGNORECASE)


def plan_rule(found: Found) -> Verdict | None:
    """A deadline the plan's own rules set: "you can appeal within 180 days" states the plan's
    appeal window (settings.APPEAL_WINDOW_DAYS); None for any other statement or window."""
    if found.statement != Statement.DEADLINE or not _ABOUT_APPEAL.search(found.sentence):
        return None
    if (days := _WITHIN_DAYS.search(found.fragment)) is None:
        return None
    if int(days.group(1) or days.group(2)) == settings.APPEAL_WINDOW_DAYS:
        return Verdict.SUPPORTED
    return None  # another window ("we decide an appeal within 30 days"): no record to say


def checked_statements(
    text: str,
    claim: claims_api.ClaimFacts | None,
    member_claims: Sequence[claims_api.ClaimFacts] = (),
) -> list[Checked]:
    return [
        Checked(
            found.statement,
            found.fragment,
            plan_rule(found) or verify_among(found.statement, claim, member_claims),
        )
        for found in statements_in(text)
    ]


def claim_statements(candidate: careteam_api.ReplyCandidate) -> list[careteam_api.ReplyConcern]:
    """Statements about the claim that its record contradicts or cannot confirm, and actions
    the reply says were taken: the agent confirms each before the reply goes."""
    if not statements_in(candidate.text):
        return []  # the common case: no claim is read
    claims = claims_api.member_claim_facts(member_pk=candidate.member_pk, limit=20)
    context = "\n".join(careteam_api.thread_member_texts(thread_id=candidate.thread_id))
    named = claim_in_question(candidate.text, claims).claim
    claim = named or claim_in_question(context, claims).claim
    return [
        careteam_api.ReplyConcern(
            fragment=checked.fragment,
            message=f'"{checked.fragment}": {checked.note}.',
            blocking=False,
        )
        for checked in checked_statements(candidate.text, claim, claims)
        if checked.verdict != Verdict.SUPPORTED or checked.statement == Statement.ACTION_TAKEN
    ]


# The member's plan-year figures: true in the records, but a reply should state them only when
# the member asked about where they stand in the plan year.
PLAN_YEAR_AMOUNTS = (
    Placeholder.DEDUCTIBLE, Placeholder.DEDUCTIBLE_MET, Placeholder.DEDUCTIBLE_REMAINING,
    Placeholder.OOP_MAX, Placeholder.OOP_MET,
)  # fmt: skip
_MENTIONS_PLAN_YEAR = re.compile(
    r"deduct|deduc|pocket|pockt|\boop\b|\bmax|bolsillo|m[aá]ximo", re.IGNORECASE
)
# Naming the deductible is not asking for its figures ("do copays count toward my out-of-pocket
# maximum?", "I have a high deductible plan with an HSA"): the message also asks how much, how
# far along, or what it is.
_ASKS_FOR_A_FIGURE = re.compile(
    r"how (?:much|close|far|big|high)|\bleft\b|\bremain|\bmet\b|\bmeet|\breach|\bhit\b"
    r"|\bowe|\bbalance|\bamount|\bso far\b|\btotal"
    # "what's my ..." asks for the figure it names ("what's my deductible?"), not for another
    # ("what's my copay for a specialist, and does it count toward the deductible?")
    r"|what(?:'s| is| are) (?:my|the|our) (?:[\w-]+ ){0,3}?(?:deduct|deduc|out[- ]of[- ]pocket|"
    r"pocket|oop\b|max)"
    r"|\bwhere am i\b|\bstatus|\bprogress|\bcu[aá]nt|\bfalta|\bllevo|\balcanc|\bqueda|\bresta",
    re.IGNORECASE,
)


# Reaching a limit as a condition ("after I hit the out-of-pocket max", "once I've met my
# deductible", "si llego al máximo") asks how the plan works from then on, not where the member
# stands: the clause is no request for a figure. It ends at a punctuation mark or, in a message
# written without any ("when i reach the limit do i stop paying and how close am i"), at the
# "and"/"but" that starts the next question.
_REACHING_AS_CONDITION = re.compile(
    r"\b(?:after|once|when|whenever|if|until|till|before|si|cuando|despu[eé]s de que|una vez que)"
    r"\s+(?:(?:i|we|you|he|she|they|my \w+|our \w+)\s*(?:'ve|'d|have|had|has|do|did)?\s+)?"
    r"(?:hit|hits|met|meet|meets|reach|reaches|reached|max out|maxed out|get to|gets to|"
    r"llego|llegue|alcanzo|alcance|cumplo|cumpla)\b"
    r"(?:(?!\b(?:and|but|also|plus|y|pero)\s+(?:how|what|where|is|am|are|do|does|can|"
    r"c[oó]mo|cu[aá]nt\w*|qu[eé])\b)[^,.;?!])*",
    re.IGNORECASE,
)


def asks_for_plan_year_figure(context: str) -> bool:
    """Whether the member asks where they stand in the plan year: they name the deductible or
    the out-of-pocket maximum and ask how much, how far along or what it is, outside a condition
    ("after I hit the max" asks for no figure)."""
    return bool(
        _MENTIONS_PLAN_YEAR.search(context)
        and _ASKS_FOR_A_FIGURE.search(_REACHING_AS_CONDITION.sub(" ", context))
    )


@dataclass(frozen=True)
class AmountMark:
    fragment: str
    note: str
    statement: Statement = Statement.AMOUNT_STATED


def amount_marks(template: str, filled: dict[Placeholder, str], context: str) -> list[AmountMark]:
    """Plan-year figures (deductible, out-of-pocket) filled into a reply to a message that did
    not ask about the plan year: true in the records, but the agent checks they belong here.
    (A dollar figure written into the reply itself never reaches a draft: slots.amounts_as_slots
    leaves it as a visible slot.)"""
    if asks_for_plan_year_figure(context):
        return []
    return [
        AmountMark(
            filled[placeholder],
            "a plan-year figure the member did not ask about: check it belongs in this reply",
        )
        for placeholder in PLAN_YEAR_AMOUNTS
        if placeholder.token in template and placeholder in filled
    ]
