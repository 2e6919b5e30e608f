"""Safety triage of a member's message: is someone in danger now?

Transparent on purpose: the text is normalised (lower case, accents and apostrophes off, common
chat spellings expanded, a misspelt key word corrected to the nearest word of a small lexicon),
then patterns per kind (English and Spanish) look for a current danger. A match is set aside
when its sentence places it in the past ("back in March", "el mes pasado") and nothing says
"right now", when the message says the danger is over ("I'm fine now", "safe now"), when a
pattern's own exclusion applies ("sleep apnea", "suicide prevention"), and, for threats only,
when the writer marks a joke ("lol"). Each matched phrase is returned as a reason for the
agent, so a person sees why the thread was raised.

A pure function of the text: no database, no network, no model file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from careteam import triage_model
from careteam.language import word_counts
from careteam.months import (
    ENGLISH_WEEKDAYS,
    SPANISH_WEEKDAYS,
    alternation,
    english_month_words,
    spanish_month_words,
)


class Kind(StrEnum):
    SELF_HARM = "self_harm"
    EMERGENCY = "emergency"
    VIOLENCE = "violence"
    ABUSE = "abuse"


# When one message matches several kinds, the first one listed here names it: an intentional
# overdose is self-harm before it is a medical emergency.
KIND_ORDER = (Kind.SELF_HARM, Kind.EMERGENCY, Kind.VIOLENCE, Kind.ABUSE)
MAX_REASONS = 5


@dataclass(frozen=True)
class Triage:
    kind: str  # a Kind value, or "" when nothing alarming was found
    reasons: tuple[str, ...] = ()  # the matched phrases (normalised), for the agent only

    @property
    def alarming(self) -> bool:
        return bool(self.kind)


NOT_ALARMING = Triage(kind="")


@dataclass(frozen=True)
class Pattern:
    kind: Kind
    regex: re.Pattern[str]
    unless: re.Pattern[str] | None = None  # looked for in the same sentence


def _rx(text: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{text})\b")


# --- Normalising -------------------------------------------------------------------------------

# Chat spellings and contractions, replaced as whole tokens after accents and case are gone.
SHORTHAND = {
    "every1": "everyone",
    "no1": "no one",
    "some1": "someone",
    "any1": "anyone",
    "w/o": "without",
    "w/": "with",
    "b": "be",
    "u": "you",
    "ur": "your",
    "r": "are",
    "n": "and",
    "wit": "with",
    "bc": "because",
    "cuz": "because",
    "gona": "gonna",
    "gunna": "gonna",
    "wana": "wanna",
    "ima": "im gonna",
    "imma": "im gonna",
    "od": "overdose",
    "odd": "overdosed",  # "od'd" once the apostrophe is gone
    "oding": "overdosing",
    "alot": "a lot",
    "kil": "kill",
    "tite": "tight",
    "cant": "cant",
    "breth": "breath",
    "brethe": "breathe",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "q": "que",
    "k": "que",
    "xq": "porque",
    "pq": "porque",
    "tuk": "took",
    "kiero": "quiero",
    "kiere": "quiere",
    "bivir": "vivir",
    "desmallo": "desmayo",
    "desmallado": "desmayado",
    "convulciones": "convulsiones",
    "convulcion": "convulsion",
    "tonite": "tonight",
}

# The words the patterns rely on; a token one edit away (two for long words) from one of these,
# with the same first letter, is read as that word: "breth", "atack", "pregnat", "husbend".
_LEXICON_WORDS = """
accident alive allergic ambulance anymore anything attack awake bathroom bleeding blood blue
boyfriend breath breathe tight reaction breathing bruises burned burning careful chest choking
collapsed
confused convulsing cramps daughter decaido dying emergency ending everyone everything fainted
fever girlfriend goodbye grandma grandmother grandpa gunshot hanging head headache heart
himself herself hitting hospital hurting husband injured inhaler kill killing knife letters
making myself nauseous neglect nothing overdose overdosed overdosing partner passed pills plan
poison pregnant pressure purple razor receptionist regret respirar respond responding seizure
shoot something sangrando sangre stabbed stomach stroke suicidal suicide sweating swallowed
swelling swollen throat throwing tonight unconscious unresponsive vomiting waking weapon wife
without worthless quiero vivir morir matar matarme convulsionando desmayo embarazada pecho
esposo esposa having reacciona convulsiones respira suicidar
"""
# Real words one edit away from a lexicon word, kept as written: "doing" is not "dying", "short"
# is not "shoot", and a Spanish form is not its neighbour ("quiere", "responde", "sangrado").
_KEEP_WORDS = """
    doing short shot quiere responde sangrado convulsion pregnancy letter hospitals emergencia
    accidente ambulancia shoots pressed blowing breaking bleeds healing hurting heating wishing
    dining during hanger ending vending sending lending pending mending tending bending bleach
    plant plans plane planning cutting cooling ruling attach attack swelled breast
"""
KEEP_AS_WRITTEN = frozenset(_KEEP_WORDS.split())
LEXICON = tuple(_LEXICON_WORDS.split())

_LEXICON_SET = frozenset(LEXICON)
_TOKEN = re.compile(r"[a-z0-9/]+")


def _edits(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap of neighbours is one edit), capped."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


# A word this frequent in English is what the member meant, not a typo of a lexicon word one
# or two edits away ("confusing" is not "convulsing", "walking" not "waking", "threat" not
# "throat"), unless it is that word with an ending ("husbands", "pill", "accidental").
FREQUENT_WORD = 2000


def _an_ending_apart(token: str, word: str) -> bool:
    return token in (f"{word}s", f"{word}es", f"{word}al") or word == f"{token}s"


@cache
def _corrected(token: str) -> str:
    if token in _LEXICON_SET or token in KEEP_AS_WRITTEN or len(token) < 4 or token.isdigit():
        return token
    limit = 2 if len(token) >= 9 else 1
    best, best_distance = token, limit + 1
    for word in LEXICON:
        if word[0] != token[0] or len(word) < 5:
            continue
        distance = _edits(token, word, limit)
        if distance < best_distance:
            best, best_distance = word, distance
    if word_counts("en").get(token, 0) >= FREQUENT_WORD and not _an_ending_apart(token, best):
        return token
    return best


def normalise(text: str) -> str:
    """Lower case, no accents or apostrophes, chat spellings expanded, key words corrected."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = re.sub("['\u2019`\u00b4]", "", folded)
    folded = re.sub(r"(\w)-(\w)", r"\1 \2", folded)
    return _TOKEN.sub(lambda m: SHORTHAND.get(m.group(), _corrected(m.group())), folded)


# A full stop ends a sentence, except inside a number ("a fever of 100.8") and after a title
# ("i know where dr. patel parks" is one sentence).
_TITLE = r"(?<!\bdr)(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bst)(?<!\bsr)(?<!\bsra)(?<!\bdra)"
_SENTENCE_END = re.compile(rf"(?:{_TITLE}(?:(?<!\d)\.|\.(?!\d))|[!?;\n])+")


def sentences(normalised: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(normalised) if part.strip()]


# --- Context that sets a match aside -------------------------------------------------------------

MONTHS = alternation((*english_month_words(), *spanish_month_words()))
WEEKDAYS = alternation(ENGLISH_WEEKDAYS)
DIAS = alternation(SPANISH_WEEKDAYS)
NUMBER_WORDS = r"\d+|a|one|two|three|four|five|six|a few|few|several|many|some|(?:a )?couple of"
PAST = _rx(
    r"(?:last|this past) (?:week|month|year|winter|spring|summer|fall|autumn|weekend)"
    rf"|(?:{NUMBER_WORDS}) (?:weeks?|months?|years?) ago|years ago|months ago|weeks ago"
    rf"|(?:back )?in (?:{MONTHS})|back in \w+|in (?:19|20)\d\d|(?:since|from) (?:19|20)\d\d"
    r"|in the (?:spring|summer|fall|winter)|when i was (?:a kid|younger|a teen\w*)"
    r"|as a (?:baby|kid|child|toddler|teen\w*)|de (?:bebe|nin[oa]|chiquit[oa])|cuando era"
    r"|(?:el|la) (?:mes|semana|ano) pasad[oa]|el ano pasado|hace (?:\d+|un|una|unos|unas|dos|tres"
    r"|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|varios|varias|muchos)"
    rf" (?:dias?|semanas?|mes|meses|anos?)|en (?:{MONTHS})"
    # A named weekday, school years, a childhood age, habits that have stopped.
    rf"|on {WEEKDAYS}|el {DIAS}"
    r"|in (?:college|high school|middle school|junior high|grade school|elementary school"
    r"|my (?:teens|twenties|thirties))|en la (?:universidad|prepa\w*|secundaria|primaria)"
    r"|when (?:he|she|i|they) (?:was|were) (?:\w+ ){0,2}(?:\d+|two|three|four|five|little|young"
    r"|small|a baby|a kid|in school)|a while (?:ago|back)|hace (?:tiempo|mucho)|used to"
    r"|over the holidays|(?:el|la) (?:otono|invierno|verano|primavera) pasad[oa]"
    r"|me (?:pegaba|golpeaba|maltrataba|amenazaba)"
    # Treated, admitted or dead: over by the time anyone writes about it.
    r"|(?:was|were) (?:\w+ )?(?:in the hospital|admitted|seen|treated|hospitalized) for"
    r"|(?:died|passed away|passed) (?:of|from)|the night (?:my|he|she|i|we)|that (?:night|day)"
    r"|en (?:el )?(?:verano|invierno|otono)|en (?:la )?primavera"
    # Third pass: a named past day, "years ago" in Spanish.
    rf"|last (?:{WEEKDAYS}|night s? shift)"
    r"|hace (?:anos|meses|semanas)"
    # Sixth pass: "the time my daughter swallowed a coin".
    r"|the (?:time|day) (?:my|i|he|she|we|when)"
    # Stop 33: "took my daughter to the ER for a bad asthma attack, what's our share?": the
    # visit has happened, so the care the danger needed has been given.
    r"|(?:took|brought|drove) (?:\W*\w+\W* ){1,8}to (?:the )?(?:er|emergency room|emergency"
    r"|hospital|urgent care)(?: \w+){0,4} for"
)
# "Worse than last week", "since last week": the danger goes on; the marker does not set it aside.
ONGOING_BEFORE = re.compile(r"(?:than|since|worse|like|same as|desde|que) $")


def _in_the_past(sentence: str) -> bool:
    """The sentence places its danger in the past ("back in March"), not "worse than last week"."""
    return any(
        not ONGOING_BEFORE.search(sentence[: match.start()]) for match in PAST.finditer(sentence)
    )


# "right now" overrides a past marker in the same sentence ("had a seizure in May, another now").
NOW = _rx(
    r"right now|just now|currently|at the moment|ahora mismo|ahorita|en este momento"
    # Sixth pass: a past act that goes on ("strangled me last week and keeps showing up").
    r"|(?:keeps|kept|still) (?:showing up|coming (?:back|over|around|to)|following|calling"
    r"|threatening|texting)|sigue (?:viniendo|llamando|amenazando|buscandome)"
)
# The message says the danger is over.
OVER = _rx(
    r"(?:im|i am|were|we are|shes|she is|hes|he is|theyre|everyones) (?!not |never )(?:\w+ )?"
    r"(?:fine|ok|okay|safe|stable|healthy|doing (?:much |a lot |way )?better|all good|"
    r"recovered|recovering|home and healthy|sober|clean)(?: now)?(?! with| about| to)"
    r"|safe now|in recovery|\d+ (?:months|years|days) (?:clean|sober)|doing (?:much |way )?better"
    r"|(?:ya|ahora) (?:estoy|esta|estamos) bien|ya (?:estoy|esta) a salvo|estoy estable"
    r"|all fine|(?:thats|its|that is|it is) (?:all |well )?behind (?:me|us)"
    r"|in a (?:much |way |far )?(?:good|better) place|(?:been |is |am )doing (?:well|good|great)"
    r"|(?:but )?(?:it|the bleeding|bleeding|that)"
    r" (?:has |had )?stopped|estoy a salvo|ya me separe"
    # Third pass: the writer says outright there is no danger.
    r"|(?:im|i am|were|we are) not (?:in (?:any )?danger|suicidal|going to (?:hurt|harm) (?:anyone"
    r"|anybody|myself|my ?self))|no (?:es|hay) (?:una )?(?:emergencia|peligro)"
    r"|(?:its|it is|this is) not an emergency|not an emergency|no emergency|no estoy en peligro"
    r"|no tengo pensamientos"
    # Fifth pass: "she's 19 now and doing well".
    r"|(?:and|now) doing (?:really |very )?(?:well|good|great|fine)"
    # Sixth pass: "y esta bien", "she's home now and needs a walker".
    r"|y (?:ya )?(?:esta|estoy|estamos|estan) bien|(?:shes|hes|im|were|she is|he is) (?:back )?home"
    r" now|(?:estoy|esta|estamos) (?:mucho|muy|bastante) mejor"
)
# A past scare whose outcome the sentence gives as harmless: "I went to the ER for chest pain that
# turned out to be nothing", "resulto ser ansiedad" (stop 28). Read in the danger's own sentence
# only, so "the scan turned out fine. Now I have chest pain" is still raised.
BENIGN_OUTCOME = _rx(
    r"turned out (?:to be )?(?:(?:just|only|really|merely) )?(?:nothing|fine|ok|okay|minor|benign"
    r"|nothing serious|not serious|not an emergency|anxiety|a panic attack|panic|heartburn|gas"
    r"|acid reflux|reflux|indigestion|a pulled muscle|a muscle (?:strain|spasm)|muscle (?:strain"
    r"|spasm)|a false alarm)|(?:resulto|result[oó]) (?:ser )?(?:nada|ansiedad|gastritis|agruras"
    r"|un ataque de panico|una falsa alarma)|no (?:fue|era) nada(?: grave| serio)?"
)
# "What would my copay be if I had a seizure?": a question about coverage, not an event.
HYPOTHETICAL = _rx(
    r"if i (?:had|have|ever|were|was|needed)|what if|in case (?:of|i)|en caso de|si (?:tuviera"
    r"|me da)|would (?:my|it|the|a) (?:\w+ ){0,3}(?:be|cost|cover)"
    r"|if (?:the|my|it|this|that|he|she|they|i) (?:\w+ ){0,3}(?:comes back|come back|returns"
    r"|happens again|gets worse|starts again)|whenever|call when"
    r"|(?:is|are) (?:a|an) (?:\w+ ){0,3}covered|(?:que|como) cubre"
    r"|would (?:an|his|her|their) (?:\w+ ){0,3}(?:be|cost|cover)|if (?:im|i am) ever|ever (?:have"
    r"|had|need)|should (?:my|he|she|i|we|they) (?:\w+ ){0,2}(?:have|need|get)"
    r"|si (?:mi|su|el|la) (?:\w+ ){0,2}(?:tiene|tuviera|le da|necesita)"
    r"|(?:what is|whats|what are|is|are) covered for"
    r"|(?:what|who) (?:should|do|would|can) (?:i|we) (?:do|call) (?:if|when)|suppose|supposing"
    r"|in an emergency|while (?:we are|were|traveling|travelling|on vacation)"
    r"|(?:que pasa|y) si (?:tengo|me da|le da|tiene|necesito)"
)
# Someone unnamed in a question about rules ("what happens to coverage if a member dies by
# suicide"): not the writer's situation, whatever the kind.
ANYONE_IF = _rx(
    r"if (?:someone|somebody|a member|a person|anyone|a patient|an employee|one|a child|a kid)"
    r"|si (?:alguien|un miembro|una persona)"
)
# A threat to an object is a figure of speech: "I'm going to strangle my printer".
THING_AFTER = re.compile(
    r" ?(?:\w+ )?(?:menu|system|robot|hold music|phone tree|voicemail|printer|computer|laptop"
    r"|phone|fax|forms?|website|app|autopay|account|tv|router|machine|paperwork|bills?|inbox"
    r"|keyboard"
    # Stop 33: "will a payment plan hurt my credit / my appeal?" is about money, not a person.
    r"|credit(?: score| report| rating| history)?|credito|finances|budget|appeal|claim|case"
    r"|chances)\b"
)
# Figures of speech that use alarming words: taken out of a sentence before patterns are matched.
IDIOMS = _rx(
    r"(?:nearly|almost|practically|about to|gonna) (?:had|have|gave|give|get) (?:me )?(?:a )?heart"
    r" attack|(?:gave|give|gives|giving) me (?:a )?heart attack|heart attack when i (?:saw|read"
    r"|opened|got|looked)|(?:casi )?me (?:da|dio|va a dar) (?:un )?infarto"
    r"|shoot (?:my ?self|myself) in the foot|breathe a word|heart sank|bleeding (?:me|us) dry"
    r"|bleeding out from|death of me"
    r"|dying to (?:know|hear|find|see|get|try)|me muero de (?:ganas|risa|hambre|sueno)"
    r"|(?:drowning|ahogando|ahogandome|ahogado) en (?:deudas|bills|debt|paperwork)|drowning in"
    r"|(?:me )?(?:quiero|voy a) morir de (?:la )?(?:risa|verguenza|ganas|aburrimiento|hambre)"
    r"|(?:die|died|dying) (?:of embarrassment|laughing)"
    # Fourth pass: a bill or a price "gives" a condition; a thing "will kill me".
    r"|(?:gave|give|gives|giving) me (?:chest pains?|a stroke|an aneurysm|a seizure)"
    r"|(?:seguro|plan|factura|facturas|cobros?|cuentas?|precios?|deducible|aseguradora|pagos?)"
    r" (?:\w+ ){0,3}me (?:va|van) a matar"
    # A thing that chokes or drowns the writer; someone else's preference for death over care.
    r"|(?:forms?|paperwork|bills?|premiums?|copays?|fees|costs?|debt|prices|deductibles?|papeles"
    r"|cuentas|cobros)\W(?:\w+ ){0,3}(?:is |are )?(?:choking|suffocating|drowning|ahogando)"
    r" (?:me|us)"
    r"|(?:choking|drowning|suffocating) (?:on|in|under) (?:these|the|my|all|this|all these)"
    r" (?:\w+ )?(?:copays?|bills?|fees|premiums?|costs?|prices|debt|paperwork|forms?)"
    r"|me ahogo en (?:papeles|deudas|cuentas|tramites)"
    r"|(?:shed|hed|theyd|she would|he would|they would) rather die than"
    r"|prefiere morir(?:se)? (?:antes )?que"
    # Sixth pass: dying on hold, blood that boils, a chore the writer would rather die than do,
    # a thing that "makes me want to die" with a laugh.
    r"|dying (?:on|in) (?:hold|line|the queue|this queue)|(?:make|makes|making) my blood boil"
    r"|blood (?:is )?boiling"
    r"|(?:id|i would) rather die than (?:pay|call|deal|fill|talk|wait|sit|use|switch|read|go"
    r" through|spend)"
    r"|(?:hold music|music|form|website|site|app|phone tree|menu|system|this call|this wait"
    r"|paperwork|bill) (?:\w+ ){0,2}makes? me want to (?:die|kill myself|shoot myself)"
    r"(?= (?:lol|lmao|haha\w*|jk)\b)"
)
# A film, a book or the news is about someone else's danger: the sentence is set aside.
MEDIA = _rx(
    r"(?:movie|film|show|book|novel|documentary|series|news|article|podcast|episode|video game"
    r"|pelicula|serie|libro|noticias) (?:\w+ ){0,2}(?:about|on|sobre|de)"
)
# A danger word right after a negation names what is absent: "no suicidal ideation", "I don't
# have any chest pain anymore", "no tengo dolor de pecho". Vital signs are never read this way:
# "he is not breathing" is the danger itself.
NEGATED_BEFORE = re.compile(
    r"(?:\bno|\bdont have|\bdo not have|\bnot having|\bnever had|\bno tengo|\bwithout"
    r"|\b(?:im|i am) not|\bdenies|\bdenied)(?: any| a| an| signs of| history of)? $"
)
VITAL = re.compile(r"(?:breath|respir|respond|reacc|reacting|mov|wak|answer|conscious|despier)")
# Text quoted from a document ("the bill says 'self-inflicted injury'", "the brochure says 'for
# chest pain call 911'") is not the writer's own situation: it is taken out before matching.
DOCUMENT = (
    r"(?:bill|statement|eob|claim|code|letter|policy|brochure|handbook|booklet|website|site|page"
    r"|form|note|notes|chart|record|records|report|notice|plan document|factura|carta|p[oó]liza"
    r"|folleto|formulario|p[aá]gina|sitio)"
)
QUOTED = re.compile(
    rf"(?i)(\b{DOCUMENT}\b[^'\"\u2018\u201c\n]{{0,40}})"
    r"(?:'[^'\n]{2,200}'(?!\w)|\"[^\"\n]{2,200}\"|\u2018[^\u2019\n]{2,200}\u2019"
    r"|\u201c[^\u201d\n]{2,200}\u201d)"
)


def _without_quotes(text: str) -> str:
    """The text with quotations from documents replaced by a neutral word."""
    return QUOTED.sub(lambda m: f"{m.group(1)} quoted ", text)


# The alarming phrase names a service, a diagnosis code or a treatment, not an event:
# "suicide risk screening", "coded my visit as an overdose", "medicamento para las convulsiones".
SERVICE_AFTER = re.compile(
    r" (?:risk|screening|recovery|rehab\w*|medication|meds|medicine|counsel\w*|therapy|therapist"
    r"|clinic|program|prevention|awareness|services?|hotline|specialists?|survivors?|reversal|kits?"
    r"|training|classes|as (?:the|a) diagnosis|diagnosis|code|admission|claims?|bills?|visits?"
    r"|workup|fees?|stay|charges?|authorization|codes?)\b"
)
SERVICE_BEFORE = re.compile(
    r"(?:coded (?:\w+ ){0,3}as (?:an? )?|diagnos\w* (?:of |as |was |is )?(?:an? )?|medication for"
    r" (?:\w+ )?|medicamentos? para (?:\w+ )?|rehabilitacion despues de (?:un |una )?|rehab after"
    r" (?:an? |my |his |her )?|consejer\w+ de |specializ\w+ in |recovery from |treatment (?:of|for)"
    r" (?:\w+ )?)$"
)
JOKE = _rx(r"lol|lmao|haha\w*|jk|jaja\w*|just kidding")

# --- Patterns -----------------------------------------------------------------------------------

POSSESSIVE = r"(?:my|his|her|their|the|our|your|mi|su)"
PERSON = (
    r"(?:husband|wife|partner|boyfriend|girlfriend|ex|spouse|fiance|dad|father|stepdad|stepfather"
    r"|mom|mother|stepmom|uncle|aunt|brother|sister|son|daughter|caregiver|aide|nurse|cousin"
    r"|grandpa|grandfather|roommate|he|she|they)"
)
NOT_PRESENT_ABOUT = r"(?! about| by| with| on| as to| why| what| how| which| if| whether)"

SELF_HARM: list[str | tuple[str, str]] = [
    r"(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning|shoot|shooting|hang"
    r"|hanging|cutted) (?:my ?self|him ?self|her ?self|them ?selves|them ?self)",
    r"self (?:harm|harming|harmed|inflicted|injury|injuring|injure)",
    r"suicid\w*",
    r"(?:end|ending|take|taking|tak) (?:my|his|her|their) (?:own )?life",
    r"(?:end|ending) (?:it all|things|everything|the pain for good|it for good|my suffering)",
    r"(?:going to|gonna|want to|wanna|will|ready to|ill|about to|plan to|planning to) end it",
    r"(?:dont|do not|no longer|dont really|not) (?:want|wanna|wish) (?:to )?(?:be alive|live"
    r"|be here|exist|wake up|keep living|go on|be around|living)",
    r"(?:dont|do not) want to be (?:alive|here)",
    r"(?:go to sleep|sleep) and (?:not|never) wake up|not wake up again",
    r"better off (?:without|with out) me|better off if i (?:was|were|wasnt|werent) (?:dead|gone|"
    r"here|around)",
    r"(?:wish|want) (?:i was|i were|to be|i could be) dead|wants? to die|wanting to die"
    r"|wanna die|wish i could die"
    r"|ready to die|rather be dead|rather die",
    r"(?:no|dont see a|dont see any|cant see a|cant see any|dont have a|not a single)"
    r" (?:reason|point) (?:to|in|for) (?:keep going|living|go on|live|being alive|going on"
    r"|staying|be alive)",
    r"(?:not|never) (?:going to|gonna) be (?:alive|around|here) (?:to|for|much|by|after|next)",
    r"(?:going to|gonna|planning to|plan to|want to|wanna|thinking about|think about|about to"
    r"|will) (?:overdose|take all|swallow all|take every)",
    r"(?:overdose|overdosing) on (?:my|his|her|all) ",
    r"(?:take|took|swallow|swallowed|taking) all (?:of )?(?:my|his|her|the) (?:pills|meds|"
    r"medication|medicine|sleeping pills|insulin)",
    r"(?:pills|meds) saved|sav\w+ (?:up )?(?:my |all my )?(?:pills|meds)|stockpil\w+",
    r"(?:gun|pistol|rifle|rope)\W.{0,60}(?:on myself|myself|my head|end it)",
    r"(?:giving|gave|give) away (?:all )?(?:my|his|her) (?:things|stuff|belongings|possessions"
    r"|pets?)",
    r"(?:writing|wrote|write) (?:goodbye|farewell) |goodbye (?:letters?|notes?)"
    r"|(?:writing|wrote) letters to (?:my|our) (?:family|kids|children)",
    r"(?:affairs|things) in order",
    r"(?:wont|will not|not going to|dont|wont be) need(?:ing)? (?:it|this|coverage|insurance|the"
    r" coverage|my coverage|my insurance|my plan) (?:after|much longer|anymore|any more|for long"
    r"|next)",
    r"(?:wont|will not) be (?:around|here|alive) (?:much longer|after|next|for|to|by)",
    r"(?:been|keeps|kept|started|is|was) cutting(?! (?:costs|back|coupons|the|my hours))"
    r"|(?:im|i am|feel like|feel like im) (?:just |only )?a burden",
    r"(?:happier|better off|better) (?:if|when) (?:i|im) (?:was |were |am )?(?:gone|dead|not here"
    r"|not around)|said (?:my )?goodbye\w*|im done (?:fighting|trying|with life|living)"
    r"|tonight is the night|(?:dont|do not) (?:plan|expect) (?:on|to) (?:being|be) (?:around|here"
    r"|alive)|(?:drive|driving|crash|crashing) (?:my|the) car into|wont be needing",
    r"(?:pills|meds|gun) (?:are )?(?:in front of me|ready|lined up|counted out|in my hand)"
    r"|(?:sitting|standing) on (?:the|a) (?:bridge|ledge|roof|edge|railing)",
    r"(?:whats|what is) the point (?:of|in) (?:living|going on|being alive|life)"
    r"|(?:cant|cannot|can not) keep going|thought about how (?:id|i would|to) do it"
    r"|goodbye (?:message|note|text|post|video)|hate my life\W.{0,40}(?:stop|end|over|die)",
    r"made up my mind|disappear (?:forever|for good|for ever)|(?:bought|got|have) a rope",
    r"wish (?:i|he|she) (?:wasnt|werent|was not|were not) (?:alive|here|born|around)"
    r"|wish i (?:was|had been|were) never born",
    r"jump\w* (?:off|from) (?:a|the|my|this) (?:bridge|roof|building|balcony|cliff|overpass)"
    r"|jump\w* in front of (?:a|the) (?:train|car|bus|truck)",
    r"(?:want|wanting|need) (?:it all|everything|this|it) to (?:be over|end|stop)|(?:wont|will not)"
    r" be a burden|tired of (?:living|being alive|life)|(?:hang|hanging) myself",
    r"(?:no|not any|dont see a|dont see any|cant see a|cant see any) way out",
    r"(?:wana|wanna|want to|going to|gonna) end it",
    r"life insurance\W.{0,40}(?:kids|children|family)|(?:kids|children|family)\W.{0,40}life "
    r"insurance",
    r"(?:cant|cannot|can not) (?:do|take) (?:this|it) anymore\W.{0,40}(?:end|die|gone|over)",
    r"(?:nobody|no one|noone) would (?:\w+ )?(?:care|notice|miss me)",
    r"(?:hurt|hurting|cut|cutting|burn|burning) (?:my ?self|my (?:arms|wrists|legs)) on purpose"
    r"|on purpose\W.{0,20}(?:my arms|my wrists|myself)",
    # Fifth pass: pills taken on purpose, a last message, a place one does not come down from.
    r"(?:swallowed|took|taken|ate|overdosed|downed)\W.{0,50}on purpose"
    r"|(?:on purpose|intentionally)\W.{0,30}(?:pills|meds|overdos\w*)",
    r"this is (?:my )?(?:last|final) (?:message|note|text|goodbye)|this is (?:my )?goodbye"
    r"|(?:not|never|dont think im) coming (?:down|back)(?! to)",
    r"(?:nobody|no one|noone) (?:will )?(?:have|has|need) to (?:deal with|worry about|pay for"
    r"|take care of) (?:me|my)\W.{0,30}(?:after|anymore|soon|much longer|for long)",
    r"(?:pills|meds|tablets|overdos\w*)\W.{0,40}(?:make (?:it|it all|everything|the pain) stop"
    r"|not wake up)|(?:rope|noose) (?:is )?(?:ready|tied|up|set up|hanging)|(?:tied|made) a noose",
    # Spanish
    (
        r"matar(?:me|se|te)|(?:me|se|te) (?:voy|va|vas|quiero|quiere) (?:a )?matar|suicid\w*",
        # Someone threatening to kill the member is abuse, not self-harm.
        r"amenaz\w*|(?:el|ella|mi \w+) (?:me )?(?:quiere|va a) matar|(?:va|viene|vienen|van) a"
        r" (?:venir a )?matarme|dice que (?:me )?(?:va|van) a",
    ),
    r"quitar(?:me|se) la vida|(?:acabar|terminar) con (?:mi vida|su vida|todo)",
    r"(?:me|se) quiero morir|(?:quiero|quiere|queria) morir(?:me|se)?|me voy a morir\W.{0,20}"
    r"(?:pastillas|mano)",
    r"(?:no|ya no) (?:quiero|quiere|quisiera|qiero) (?:vivir|seguir|estar aqui|existir|despertar"
    r"|seguir viviendo)",
    r"(?:no|ya no) (?:le |les )?(?:veo|ve|encuentro|tiene) sentido (?:a |en )?(?:seguir|vivir|la"
    r" vida|nada)",
    r"(?:estarian|estaran|estan|estaria|estaran) mejor sin mi|mejor sin mi",
    r"(?:hacer|hacerme|hacerse) dano|(?:cortarme|cortandome|lastimarme|lastimandome)",
    r"no (?:lo|la) (?:voy|vamos) a necesitar",
    r"desaparecer para siempre|cansad[oa] de vivir|(?:tirarme|aventarme|lanzarme|arrojarme)"
    r" (?:de|del|desde|por|al)|me voy a (?:tirar|aventar|lanzar|arrojar) (?:de|del|desde|por|al)",
    r"(?:este es|es) mi (?:ultimo mensaje|despedida)|mi ultimo mensaje",
    r"(?:escribi|deje|escribiendo|escribo|escrito) (?:\w+ ){0,2}cartas? (?:a|para) mis",
    r"(?:me )?(?:tome|tomo|tomar|tomarme|tomarse) todas (?:las|mis|sus) (?:pastillas|medicinas)",
    r"mejor me muero|(?:se esta|me estoy|se sigue|me sigo|se anda) cortando",
    r"(?:despedirme|despedida|carta de despedida)|(?:ya )?me despedi de",
]

EMERGENCY: list[str | tuple[str, str]] = [
    # Chest and heart
    (
        r"chest (?:\w+ ){0,3}(?:pain|pains|pressure|tightness|tight|hurts?|hurting|heaviness"
        r"|heavy|squeez\w*|crushing)",
        # A test ordered to look into chest pain is a routine question.
        r"stress test|evaluation|ordered|(?:x ray|ekg|ecg|echo\w*|scan|mri|ct) (?:for|of)",
    ),
    r"(?:pain|pressure|tightness|squeezing|heaviness|crushing) (?:\w+ ){0,2}(?:in|on|around|"
    r"across) (?:my|his|her|the|their) chest",
    r"(?:crushing|severe|bad|sharp) chest|heart attack|cardiac arrest|heart (?:is )?(?:racing|"
    r"pounding)\W.{0,30}(?:faint|dizzy|pass|chest)",
    # Breathing
    (
        r"(?:cant|can not|cannot|couldnt|unable to|hard to|hard time|trouble|difficulty|struggling"
        r" to|not|isnt|barely|stopped|stops|stop|wont|can hardly|hardly|no longer) (?:\w+ ){0,2}"
        r"(?:breath|breathe|breathing|breating)",
        # "I stop breathing at night" is the sleep study, not an emergency.
        r"sleep apnea|sleep study|cpap|at night|snor\w*",
    ),
    r"(?:cant|cannot|can not) (?:catch|get) (?:my|his|her|a) breath|short(?:ness)? of breath"
    r"|gasping|choking|turning blue",
    r"breathing (?:\w+ )?(?:fast|hard|shallow|weird|funny|heavy)",
    r"(?:lips|face|skin|fingers|he|she) (?:\w+ ){0,2}(?:blue|purple|gray|grey)",
    r"throat (?:\w+ ){0,2}(?:closing|tight|swelling|swollen|closed)",
    r"(?:face|tongue|lips|throat|eyes|mouth) (?:\w+ ){0,3}(?:swelling|swollen|puffy|swell\w*)",
    r"hives\W.{0,60}(?:faint|dizzy|throat|breath\w*|swell\w*)|inhaler (?:\w+ )?(?:isnt|not|wont"
    r"|doesnt) (?:helping|working|help|work)|asthma (?:attack|is (?:really |very )?bad)",
    r"anaphyla\w*|allergic reaction|epi ?pen\W.{0,30}(?:dont have|didnt work|used|no)|wheez\w*",
    # Consciousness
    r"(?:not|isnt|wont|cant|can not|barely|hardly) (?:\w+ ){0,1}(?:waking|wake) (?:up|properly)"
    r"|wont wake|cant wake|not waking",
    r"unconscious|unresponsive|passed out|collapsed|fainted|not responding|wont respond"
    r"|not breathing|stopped breathing",
    r"(?:doesnt|does not|didnt) (?:know|recogni\w+) (?:what day|where|who|me|us)"
    r"|not making (?:any )?sense|makes no sense when (?:he|she) talks",
    (
        r"(?:suddenly|now|hes|shes|is|im|getting|very|really|and) (?:\w+ )?confused"
        + NOT_PRESENT_ABOUT,
        # Stop 33: confusion that belongs to a known dementia ("my mom has dementia and gets
        # confused after dark") is the illness's course, not a new emergency, unless sudden.
        r"^(?!.*\bsudden).*\b(?:dementia|alzheimers?|demencia)",
    ),
    r"confused and (?:vomiting|throwing|slurring|dizzy|sleepy)",
    # Stroke
    r"(?:face|smile|mouth) (?:\w+ ){0,2}(?:droop\w*|lopsided|crooked|numb)",
    r"slurr\w*|(?:cant|cannot|can not) (?:talk|speak) (?:right|properly|clearly)",
    r"(?:cant|cannot|can not|unable to) (?:lift|move|feel|raise) (?:\w+ ){0,2}(?:arm|arms|leg"
    r"|legs|face|side|hand)",
    r"(?:is this|having|might be|could be|think (?:\w+ ){0,3}|signs of) (?:a )?stroke",
    r"(?:arm|arms|face|side|leg|hand) (?:\w+ ){0,2}(?:numb|went numb|weak|heavy|tingling)",
    r"numb (?:arm|face|side|leg)|numbness",
    r"worst headache|thunderclap|sudden (?:severe |bad |terrible )?headache"
    r"|headache (?:\w+ ){0,6}(?:suddenly|sudden|out of nowhere)",
    # Seizures
    (
        r"(?:having|had|has|is having|in the middle of|started) (?:a )?seizure|seizing|convuls\w*"
        r"|seizure (?:\w+ ){0,3}(?:wont|isnt|not|for|has been|going|still|minutes)",
        r"medication|meds|medicine|drug|formulary|neurolog\w*|prescription|refill",
    ),
    # Overdose and poisoning
    (
        r"overdos\w*|too many (?:pills|tablets)",
        r"reversal|narcan|naloxone|prevention|kit|training",
    ),
    r"(?:swallowed|ate|drank|drinking|ingested|took|got into) (?:\w+ ){0,6}(?:pills|meds|medicine"
    r"|medication|bleach|cleaner|antifreeze|poison|detergent|pods?|batter\w+|tablets|gummies"
    r"|vitamins|iron|tylenol|advil|magnets?|chemicals?)"
    r"|(?:swallowed|ate|drank|took) (?:a bunch|a handful|a whole bottle|a bottle|half a bottle)"
    r" of",
    (r"poison\w*", r"poison (?:control|ivy|oak)"),
    r"fentanyl\W.{0,40}(?:breath|wake|blue|respond)",
    # Bleeding and injuries
    (
        r"(?:bleeding|blood|bleed|bleeds) (?:\w+ ){0,4}(?:wont stop|will not stop|not stopping"
        r"|doesnt stop|everywhere|spurting|pouring|gushing|a lot|heavily|badly|nonstop|so much"
        r"|really bad|so bad|bad"
        r"|through)",
        r"blood (?:pressure|sugar|work|test|tests|draw|panel|type)",
    ),
    r"(?:spurting|pouring|gushing|soaking|soaked) (?:\w+ ){0,3}(?:blood|pads?|through)",
    r"(?:heavy|severe|lots of|so much|a lot of) (?:bleeding|blood)",
    r"(?:coughing|vomiting|throwing) (?:up )?blood|vomit\w* blood|blood in (?:his|her|my) vomit",
    r"pregnan\w*\W.{0,60}(?:bleed\w*|headache|blurry|cramp\w*|water broke|contractions)"
    r"|bleed\w*\W.{0,40}pregnan\w*",
    r"(?:can )?see (?:the |my |his |her )?bone|bone (?:is )?sticking out",
    r"(?:was|been|got|just) (?:stabbed|shot)|gunshot|stab wound",
    r"(?:hit|hitting|bumped|banged|hurt|struck) (?:\w+ ){0,1}head\W.{0,80}(?:vomit\w*|throw\w*"
    r"|confus\w*|not making sense|sleepy|drowsy|pass\w*|unconscious|doesnt know|dizzy)",
    r"head injury|concussion\W.{0,30}(?:vomit|confus)",
    r"(?:cant|cannot|can not) feel (?:\w+ ){0,1}(?:legs|arms|feet)|neck (?:\w+ ){0,2}hurts\W.{0,30}"
    r"(?:feel|move)",
    r"(?:badly|severely|really bad|all) burn\w*|burn\w* (?:\w+ ){0,4}(?:blister\w*|all the way)",
    # Infants, diabetes
    (
        r"(?:baby|newborn|infant|\d+ (?:weeks?|days?) old)\W.{0,50}(?:fever|temperature|temp)"
        r"|fever\W.{0,40}(?:baby|newborn|infant)",
        # Sixth pass: "a mild cold, no fever" names the fever that is absent.
        r"no fever|without (?:a |any )?fever|fever ?free|(?:hasnt|has not) had (?:a |any )?fever",
    ),
    r"fever (?:of )?(?:10[4-9]|4[01])",
    (
        r"(?:sugar|glucose|meter) (?:\w+ ){0,4}(?:hi|high|over \d+|[4-9]\d\d|low|\d\d)\b"
        r"|insulin pump (?:\w+ )?(?:failed|broke|stopped|died)"
        r"|(?:diabetic|keto) ?(?:coma|acidosis)",
        # A reading a little out of range, asked about in a coverage question, is routine.
        r"a bit|a little|slightly|been running|a1c|cgm|monitor|strips|covered",
    ),
    r"(?:call|calling) (?:911|an ambulance)|(?:need|needs) an ambulance (?:now|right)",
    r"(?:sitting|weight|elephant|pressing) on (?:my|his|her) chest",
    r"speech (?:\w+ ){0,3}(?:garbled|slurred|weird|strange|jumbled)|garbled"
    r"|(?:cant|cannot|can not) (?:talk|speak) (?:right|rite|properly|clearly|straight)",
    r"(?:hes|shes|is|are) (?:really |very |totally )?out of it",
    r"(?:baby|he|she|hes|shes|is|arm|leg|side|body) (?:\w+ )?(?:limp|floppy)"
    r"|rash that (?:doesnt|wont|does not) fade",
    r"(?:labor|contractions)\W.{0,60}bleed\w*|(?:cant|cannot|can not) swallow",
    r"(?:swallowed|ate|got into) (?:\w+ ){0,3}(?:coin|edibles|magnet|marijuana)",
    # Spanish
    r"(?:no|ya no) (?:puede|puedo|pueden|podia) respirar|(?:le|me) cuesta respirar|dificultad"
    r" para respirar|falta de aire|se (?:esta )?ahogando|no respira",
    r"(?:labios|cara|piel|unas) (?:\w+ ){0,2}(?:morad\w*|azul\w*)",
    r"(?:me|le) duele (?:\w+ ){0,2}(?:el )?pecho|(?:me|le) falta (?:el )?aire|pecho apretado"
    r"|dolor (?:\w+ ){0,4}(?:pecho)|presion (?:\w+ ){0,2}pecho|opresion\W.{0,10}pecho|infarto"
    r"|ataque (?:al|de) corazon",
    r"convulsion\w*|convulsionando|ataque epileptico",
    r"(?:se )?desmay\w*|no reacciona|no responde|inconsciente|no (?:se )?despierta|perdio el"
    r" conocimiento",
    r"sangr\w* (?:\w+ ){0,2}(?:mucho|sin parar|no para|a chorros)|mucha sangre|hemorragia"
    r"|no (?:para|deja) de (?:sangrar|salir sangre)|sale mucha sangre"
    r"|sangrado (?:fuerte|abundante)",
    r"embarazada\W.{0,60}(?:sangr\w*|dolor de cabeza|vision borrosa|contracciones)",
    r"(?:bebe|recien nacido|nino|nina|hijo|hija)\W.{0,50}fiebre|fiebre (?:de )?(?:39|40|41)"
    r"|(?:bebe|recien nacido)\W.{0,50}calentura",
    r"(?:peor|mas fuerte) dolor de cabeza|dolor de cabeza (?:\w+ ){0,6}de repente"
    r"|de repente\W.{0,30}dolor de cabeza",
    r"(?:golpeo|golpe en) (?:\w+ ){0,2}cabeza\W.{0,60}(?:vomit\w*|dormid\w*|confund\w*|mare\w*)",
    r"(?:trago|se tomo|tomo|comio|bebio)\W.{0,40}(?:pastillas|cloro|veneno|medicina\w*|detergente"
    r"|pilas)|sobredosis|envenen\w*|intoxic\w*",
    r"(?:cara|boca) (?:\w+ ){0,2}(?:caid[oa]|chuec[oa]|torcid[oa]|paralizad[oa])|no puede (?:hablar"
    r"|mover)|arrastra las palabras|derrame cerebral",
    r"(?:cierra|cerrando|cerro) (?:\w+ ){0,2}garganta"
    r"|(?:garganta) (?:\w+ ){0,2}(?:cerrando|cierra|hinchad\w*)|(?:cara|labios|lengua|ojos)"
    r" (?:\w+ ){0,3}hinchad\w*",
    r"(?:muy )?decaido\W.{0,30}despierta|no (?:lo|la) puedo despertar",
    r"no se mueve|se cayo (?:de|del|desde) (?:\w+ ){0,2}(?:piso|techo|escalera\w*|balcon|altura)",
    r"llam\w+ al 911|necesit\w+ (?:una )?ambulancia (?:ya|ahora)",
]

VIOLENCE: list[str | tuple[str, str]] = [
    (
        r"(?:going to|gonna|will|want to|wanna|about to|im gonna|ill|i will|im going to|gonna go)"
        r" (?:\w+ ){0,4}(?:kill|shoot|stab|hurt|beat|murder|strangle|punch|attack|choke|smash)"
        r" (?:that|the|this|your|him|her|them|those|every|you|whoever|someone|somebody|everyone"
        r"|his|my)",
        r"(?:kill|shoot|stab|murder) (?:this|that|the|my|your) (?:autopay|account|subscription"
        r"|payment|card|policy|form|website|app|plan)",
    ),
    r"(?:someone|somebody|people|you|your \w+) (?:\w+ ){0,4}(?:is|are) (?:going to|gonna) get"
    r" (?:hurt|shot|killed)|break (?:his|her|your|their) (?:legs|neck|face|arms|jaw)",
    r"make (?:him|her|them|everyone|everybody|you|that|the|those)(?: \w+){0,2} regret"
    r"|hope (?:\w+ ){0,2}(?:dies|gets killed|gets hurt|drops dead)"
    r"|(?:torch|burn down|set fire to|firebomb) (?:that|the|your|this)",
    r"(?:alguien|alguno|todos) (?:\w+ ){0,2}(?:va a salir|van a salir|saldra) (?:herido|lastimado"
    r"|muerto)",
    r"(?:bring|bringing|brought|carry|carrying) (?:my |a )?(?:gun|rifle|knife|weapon|pistol)",
    r"beat the (?:crap|shit|hell|life) out of",
    r"make (?:him|her|them|that|the|those|you) (?:\w+ ){0,2}suffer",
    r"(?:get|got) (?:him|her|them) (?:first|back)",
    r"(?:shes|hes|theyre|youre|she is|he is|you are|they are|you will|youll|shell|hell|theyll"
    r"|gonna|going to) (?:\w+ ){0,2}(?:regret (?:this|it)|pay for (?:this|it|what))",
    r"(?:make|made) (?:him|her|them|you) pay|(?:pay|paid) with (?:his|her|their|your) li(?:fe|ves)"
    r"|(?:he|she|they) (?:gonna|going to|will) pay\s*$",
    r"(?:i )?know where (?:he|she|you|they|your \w+) (?:lives?|parks?|works?|sleeps?)"
    r"|where (?:\w+ ){0,6}parks",
    r"(?:youll|you will) see what happens|bring security|watch (?:your|his|her) back"
    r"|show up (?:at|to) (?:your|the) (?:office|headquarters|hq|building|clinic|hospital|house)",
    r"(?:i have|i got|ive got|bought) (?:a |my )?(?:gun|rifle|shotgun|knife|weapon|pistol)"
    r"(?! safe)",
    r"shoot (?:up|the place)|bomb|blow (?:up|the place)",
    # Spanish
    r"(?:voy|vamos) a (?:matar|golpear|lastimar|partir|romper(?:le)?|disparar)\w*|(?:lo|la|los"
    r"|las) voy a (?:matar|golpear|lastimar)",
    r"(?:me )?(?:la|lo|las|los) (?:va|van|vas) a pagar|se (?:va|van) a arrepentir",
    r"que se cuide|(?:me voy a|voy a) desquitar|ya (?:vera|veran|veras)",
    r"ya se donde (?:vive|trabaja|estaciona)|se donde vive",
    r"tengo (?:un|una) (?:pistola|arma|rifle|cuchillo)",
    r"(?:va|viene|vienen|van) a (?:venir a )?matarme|dice que me (?:va|van) a matar",
]

ABUSE: list[str | tuple[str, str]] = [
    # The act needs a person as its object: "he pushed the appointment back" is not abuse.
    rf"{PERSON} (?:\w+ ){{0,3}}(?:hits|hit|beats|beat|hurts|hurt|slapped|slaps|punched|punches"
    r"|chokes|choked|kicks|kicked|pushes|pushed|shoves|shoved|touches|touched|abuses|abused"
    r"|threatens|threatened|strangled|grabbed|burned|beat up) (?:me|her|him|us|them|my|the kids"
    r"|our)\b",
    r"(?:hell|he will|shell|she will|hes going to|shes going to) (?:\w+ ){0,2}(?:hurt|kill|hit"
    r"|beat) (?:me|us|my|the kids)",
    rf"(?:scared|afraid|terrified|frightened) of (?:him|her|them|my {PERSON})",
    r"(?:wont|doesnt|does not|will not|never) (?:let|allow) me (?:\w+ ){0,2}(?:go|see|leave|have"
    r"|talk|use|work|out|call|contact|drive|eat|sleep)",
    r"takes? (?:all )?(?:my|her|his) (?:paycheck|money|check|card|social security)"
    r"|stole (?:her|his|my) (?:money|card|check)|pinch\w* (?:her|him|me)",
    rf"(?:im|i am|we are|were|im just) not safe|without (?:my )?{PERSON} knowing"
    r"|comes? into (?:my|her|his) (?:room|bed) at night",
    r"controls (?:everything|all (?:my|the|our) money|my money|my phone|me)|checks my phone",
    rf"(?:so|where|because) (?:{PERSON}|my {PERSON}) (?:cant|wont|can not|will not) find (?:me|us)",
    rf"if (?:my )?{PERSON} (?:sees|finds|finds out|reads|knows)",
    r"(?:get|gets|got) (?:angry|mad|violent) again|when (?:he|she) (?:drinks|is drunk|gets drunk)"
    r"\W.{0,20}(?:hurts|hits|beats)",
    r"(?:being|am|is|was being|getting|gets) (?:\w+ )?(?:abused|beaten|hit|neglected|molested)"
    r"(?! by (?:the )?(?:system|insurance|collect\w*|billing))",
    r"(?:abusive|violent) (?:husband|wife|partner|boyfriend|girlfriend|relationship|home|dad"
    r"|father|mom|mother|caregiver)",
    (
        r"domestic (?:violence|abuse)",
        r"counsel\w*|survivors?|program|classes|hotline|resources|services|support group|shelters?"
        r"|therapy",
    ),
    r"sexual(?:ly)? (?:abus\w*|assault\w*)|molest(?!ia|ar\b|o\b|a\b|as\b|e\b)\w*|raped?\b",
    r"bruises? (?:on|all over) (?:her|his|my)|neglect\w* (?:her|him|my|at)",
    r"(?:slapped|slaps|punched|punches|kicked|kicks|shoved|shoves|choked|chokes|beat|beats"
    r"|pushed|hits|bit|burned) (?:me|her|him|my (?:mom|mother|dad|father|grandma|grandmother"
    r"|grandpa|grandfather|son|daughter|kid|kids|child|children|sister|brother|baby))\b",
    r"(?:keeps|kept|locks|locked) (?:me|her|him|them) (?:locked )?(?:in|inside|up|out)\b"
    r"|(?:scared|afraid|terrified) to go (?:back )?home"
    r"|(?:leave|leaves|left) (?:him|her|me) (?:in soiled|in dirty|without)|soiled"
    r"|(?:leave|leaves|left|leaving) (?:me|her|him|them|my (?:\w+ ){0,2}\w+) alone for (?:days"
    r"|hours|a week)|(?:no|without) food for",
    r"(?:locks|locked) (?:me|her|him) (?:in|out)|took my (?:card|money|keys|phone)",
    # Spanish
    r"(?:me|le|la|lo|nos|les) (?:pega|golpea|maltrata|amenaza|lastima|empuja|encierra)\w*"
    r"|(?:me|le|la|lo|nos|les) (?:pego|golpeo|golpio|maltrato|amenazo|lastimo|empujo|encerro)\b"
    # "me toca" is also "it falls to me" ("¿cuánto me toca pagar?", "lo que me toca"): one's
    # share of a bill is no touching.
    r"|(?<!cuanto )(?<!que )(?:me|le|la|lo|nos|les) toca\w*"
    r"(?!(?: \w+){0,3} (?:pagar|pago|copagos?|coaseguro|deducible|cubrir|cobrar|a mi\b))"
    r"(?! ?\?|$)",
    r"no me deja (?:ir|ver|salir|ir al|trabajar|hablar|usar)|no me da de comer",
    r"me quita (?:mi |el |todo )?(?:dinero|cheque|tarjeta)",
    r"(?:leaves|left|leaving) (?:me|her|him) alone for (?:days|hours|a week)|(?:hasnt|havent|not"
    r"|hadnt) been (?:fed|bathed|changed)|without (?:food|water|eating) for",
    r"(?:tengo|tiene) miedo (?:de|a) (?:mi|su) (?:esposo|esposa|pareja|novio|novia|papa|mama)",
    (r"violencia domestica", r"victimas|terapia|refugio|servicios|programa|cubren|cubre"),
    r"moretones|abus\w+ (?:de|a) (?:mi|ella|el)|(?:me|la|lo) abus\w+",
    r"(?:para|asi) que (?:mi )?(?:esposo|pareja|novio|esposa) no me encuentre",
    # Fifth pass: control and neglect.
    r"(?:el|ella|mi (?:esposo|pareja|marido|novio|esposa|novia)) (?:me )?(?:revisa|checa|controla)"
    r" (?:todo|mi telefono|mi celular|mis mensajes|mi dinero)",
    r"(?:husband|wife|partner|boyfriend|girlfriend|ex) (?:\w+ ){0,2}(?:tracks|tracking|monitors"
    r"|goes through) (?:my|mine|me)\b|from (?:a|my) friends phone because",
    r"(?:dejan|deja|dejaron|dejo) (?:\w+ )?sol[oa]s? (?:\w+ ){0,2}(?:dias|semanas)|sin comida"
    r"|left alone for (?:days|a week|hours)|(?:with )?no food (?:for days|in days)",
]


# --- Broader families (issue 11, second pass) ----------------------------------------------------
# Written from 401 new examples (bench/data/triage_dev_more.jsonl) by meaning rather than by
# phrase: each line is one way of saying a thing (a body in trouble, a wish to die, a weapon and a
# place, control by a partner), with the words that vary left open.
KIN = (
    r"(?:husband|wife|partner|boyfriend|girlfriend|son|daughter|kid|child|baby|toddler|dad|father"
    r"|mom|mother|mum|grandpa|grandma|grandmother|grandfather|brother|sister|uncle|aunt|friend"
    r"|roommate|hubby|newborn|infant|teen\w*|nephew|niece|cousin)"
)
SUBSTANCE = (
    r"(?:liquid|fluid|soap|pods?|detergent|bleach|cleaner|antifreeze|windshield|lighter fluid|lye"
    r"|drain|paint thinner|gasoline|kerosene|button batter\w+|batter\w+|magnets?|pills|meds|syrup"
    r"|medicine|medication|insulin|oxy\w*|fentanyl|heroin|edibles|gummies|vape|nicotine|rat poison"
    r"|(?:rat|mouse|ant|roach) bait|rodenticide"
    r"|pesticide|weed killer|mouthwash|hand sanitizer|alcohol)"
)
EMERGENCY += [
    r"(?:clutch\w*|grabb\w*|holding|clasping) (?:at )?(?:his|her|my|their) (?:chest|heart)"
    r"|breastbone|sternum|(?:goes|going|spreading|spreads|radiat\w*|moving|shoots|shooting)"
    r" (?:\w+ ){0,2}(?:into|to|down) (?:my|his|her|the) (?:jaw|left arm|arm|back|neck)"
    r"|(?:elephant|something heavy) (?:is )?(?:sitting|standing|pressing) on",
    r"(?:black|blacking|pass|passing) out|(?:about to|going to|gonna|gonna|feel|feeling|nearly"
    r"|almost) (?:\w+ )?(?:faint|pass out|black out)|feel (?:really |so |very )?faint"
    r"|heart (?:\w+ ){0,2}(?:racing|pounding|skipping|going crazy|all over the place|beating"
    r" (?:so |really )?fast|slow)",
    r"(?:barely|cant|cannot|hardly) (?:get|getting) (?:any )?air|every breath|ribs (?:are )?"
    r"sucking in|gasping|(?:lips|face|skin) (?:\w+ ){0,4}(?:gray\w*|grey\w*|blue\w*|pale and)",
    r"slump\w* (?:over|down)|(?:isnt|not|wont|stopped) (?:answering|responding|moving|reacting)"
    r"|(?:is|lying|laying|collapsed) on the (?:floor|ground)|(?:on|in) the floor and",
    r"having a fit|shaking all over|eyes (?:rolled|rolling) back|foaming at the mouth|twitching"
    r"|seizure (?:has )?(?:lasted|lasting|going on|for)|seizure\w* (?:wont|will not|hasnt) stop",
    rf"(?:drank|drunk|chewed|bit into|ate|eaten|swallowed|sucked on|got into|drinking|licked)"
    rf" (?:\w+ ){{0,5}}{SUBSTANCE}|(?:took|taken|take|tuk) (?:to|too) many"
    r"|(?:too much|twice|double) (?:\w+ ){0,3}(?:insulin|pills|meds|medication|dose)\W.{0,60}"
    r"(?:dizzy|confus\w*|sweat\w*|slow|faint|sleepy|vomit\w*)",
    r"(?:wont|will not|doesnt|does not|wont quit|cant get it to|cant make it) (?:quit |stop )?"
    r"bleed\w*|blood (?:all over|everywhere|on the floor)|bleeding from (?:the|his|her|my) (?:head"
    r"|ear|mouth|eyes?)|(?:sliced|gashed|slashed) (?:\w+ ){0,3}open|(?:gushing|pouring) blood",
    r"(?:burned|burnt|scalded) (?:\w+ ){0,4}(?:boiling|hot oil|grease|all over|whole)"
    r"|skin (?:is )?(?:peeling|bubbling|melting|coming off)",
    r"bent the wrong way|(?:hit|struck|run over) by a (?:car|truck|bus)|car (?:crash|accident)"
    r"\W.{0,40}(?:hurt|bleed\w*|trapped|unconscious)|fell (?:off|from|down) (?:\w+ ){0,3}(?:ladder"
    r"|roof|stairs|balcony|tree|window)\W.{0,80}(?:head|cant|not|blood|bleed\w*|vomit\w*)"
    r"|keeps asking the same (?:question|thing)",
    r"(?:\d+|one|two|three|four|five|six) (?:weeks?|days?|months?) old\W.{0,50}(?:burning up|fever"
    r"|10\d|temp\w*|floppy|limp|wont (?:feed|eat|wake))|(?:baby|newborn|infant)\W.{0,40}(?:burning"
    r" up|floppy|wont feed|not feeding)|(?:purple|dark) (?:\w+ )?(?:rash|spots)\W.{0,60}(?:fever"
    r"|glass|press)|fever\W.{0,60}purple (?:\w+ )?(?:rash|spots)",
    r"(?:face|lips|tongue|throat|eyes) (?:\w+ ){0,3}(?:puffing|puffy|thick|tight|closing)"
    r"|used (?:my |his |her |the )?epi ?pen|stung\W.{0,60}(?:swell\w*|throat|breath\w*)",
    r"(?:unbearable|excruciating|worst|agonizing|severe|horrible) (?:\w+ ){0,2}(?:pain|headache)"
    r"|(?:belly|stomach|abdomen) (?:is )?(?:hard as|rigid)|(?:blood|black) (?:in (?:my|his|her) )?"
    r"(?:stool|poop)\W.{0,60}(?:faint|pale|dizzy)",
    r"pregnan\w*\W.{0,80}(?:sharp pain|faint|severe pain|seeing spots)|(?:water broke)\W.{0,40}"
    r"blood|(?:seeing|see) spots\W.{0,40}pregnan\w*",
    r"(?:sugar|glucose|meter|azucar|glucosa) (?:\w+ ){0,3}(?:says hi|reads hi|hi and|en [4-9]\d\d"
    r"|en [1-3]\d\b|is [1-3]\d\b)|(?:shaky|sweaty)\W.{0,40}(?:diabetic|not making sense|confus\w*)"
    r"|diabetic\W.{0,60}(?:wont wake|shaky|not making sense|confus\w*)",
    r"(?:arm|leg|hand|side)s? (?:\w+ ){0,4}(?:stopped working|wont work|quit working)"
    r"|(?:arm|leg|side) (?:\w+ )?(?:went dead|went limp|gave out)|vision (?:\w+ ){0,2}(?:went dark"
    r"|went black|blurry all of a sudden)|sudden\w* (?:\w+ ){0,2}(?:cant|cannot) (?:move|see|speak"
    r"|talk)|(?:face|mouth) (?:\w+ ){0,2}(?:tingl\w*|crooked)|drooling on one side|words (?:are )?"
    r"coming out wrong",
    r"(?:narcan|naloxone)\W.{0,60}(?:still|not|barely|wont)|(?:took|taken|smoked|snorted|used)"
    r" (?:something|some \w+)\W.{0,60}(?:wont wake|cant wake|not waking|breathing|unresponsive"
    r"|blue)",
    r"throat (?:\w+ ){0,2}(?:swelling|closing) shut|(?:choking|choke) on|cant get it out",
    r"(?:turned|turning|went|gone) (?:\w+ )?(?:blue|purple|gr[ae]y)\b",
    # Spanish
    r"(?:agarra|agarrando|aprieta|apretando|aplast\w+|oprim\w+) (?:\w+ ){0,2}(?:el |su |mi )?pecho"
    r"|brazo izquierdo|sudando frio|sudor frio",
    r"(?:no le|no me|no nos) entra (?:el )?aire|(?:poniendo|puso|pone) (?:\w+ )?(?:morad\w*|azul"
    r"\w*|gris\w*)|labios (?:\w+ )?(?:grises|morados|azules)|no respira bien|no puede toser"
    r"|se (?:esta )?ahog\w*",
    r"se (?:desplomo|desvanecio|cayo redond\w*)|no contesta|no reacciona|tirad[oa] en el (?:piso"
    r"|suelo)|no se mueve|no despierta",
    r"(?:se )?(?:trago|tomo|bebio|comio) (?:\w+ ){0,5}(?:jarabe|frasco|pila|bateria|cloro|veneno"
    r"|detergente|pastillas|medicina\w*|liquido)",
    r"(?:la )?sangre no (?:para|se detiene|deja de salir)|(?:no deja|no para) de sangrar",
    r"(?:quemo|quemado|quemada) (?:\w+ ){0,3}(?:hirviendo|aceite|toda|todo)",
    r"(?:se pego|se golpeo|golpe) (?:\w+ ){0,3}cabeza\W.{0,80}(?:vomit\w*|confundid\w*|dormid\w*)",
    r"(?:bebe|recien nacido|nin[oa]|hij[oa]) (?:\w+ ){0,4}(?:mucha fiebre|fiebre alta|calentura)"
    r"|(?:cara|lengua|labios|garganta) (?:\w+ ){0,3}(?:hinch\w*)|se le hincho",
    r"(?:cara|brazo|lado) (?:\w+ ){0,2}dormid[oa]|no puede hablar bien|boca (?:\w+ )?torcida"
    r"|se le torcio",
    r"(?:corazon) (?:\w+ ){0,2}(?:acelerado|muy rapido)\W.{0,40}desmay\w*|me esta dando un infarto"
    r"|(?:peor dolor|dolor mas fuerte) de (?:mi|su) vida|veo borroso",
]
SELF_HARM += [
    r"(?:want|wanna|wish|ready|going|need) (?:\w+ ){0,2}(?:stop living|sleep forever|never wake up"
    r"|not wake up|be done with (?:it|life|everything)|be gone for good)|stop living|sleep forever"
    r"|(?:never|not) wake up",
    r"(?:family|world|everyone|everybody|they|kids|wife|husband) (?:\w+ ){0,2}(?:be|are) better"
    r" (?:off )?(?:without me|if i (?:wasnt|werent|was not|were not|was gone|were gone|died"
    r"|wasnt in|werent in))|better off if i (?:\w+ ){0,2}(?:in it|alive|here)|waste of space"
    r"|(?:wont|will not) be a (?:problem|bother|burden) (?:for|to) anyone",
    r"(?:thoughts|thinking) (?:of|about) (?:ending|killing|hurting|jumping|hanging|dying)"
    r"|(?:jumping|jump) off (?:\w+ ){0,3}(?:garage|bridge|building|roof|cliff|overpass)",
    r"(?:fix|end|solve) (?:that|this|it|everything) tonight|decided tonight|tonight is it"
    r"|this is my last (?:message|note|text)|(?:wont|will not) be long now|after im gone"
    r"|when im gone|ready to be done|(?:how many|how much) (?:of )?(?:my |these |the )?(?:pills"
    r"|meds|tablets|insulin) (?:it )?(?:would|will) (?:take|kill)|by my own hand|my own funeral",
    r"(?:life|living) (?:isnt|is not|aint) worth (?:living|it)|life is pointless|(?:no|any) reason"
    r" (?:for me )?to (?:stick|stay) around|dont see the point (?:of|in) (?:anything|living|life"
    r"|going on)|(?:gun|pistol|rifle) (?:is )?loaded|swallowing all|(?:written|wrote) letters to"
    r"|who gets the (?:dog|cat|kids)",
    r"(?:end|ending) it (?:all|al)\b|(?:cant|cannot) go on (?:like this|anymore)",
    r"(?:cut|cuting|cutting|burning|burn) (?:my|him|her) ?self",
    # Spanish
    r"ganas de morir\w*|(?:mejor )?desaparezco|no tiene (?:caso|sentido) seguir|estarian mejor si"
    r" (?:yo )?no|(?:dormirme|dormir) y no despertar|no despertar nunca|ya no (?:va|voy) a estar"
    r"|regalo sus cosas|juntando (?:mis |las )?pastillas|cuando me decida|cartas para mis hijos"
    r"|ya no aguanto mas\W.{0,30}(?:desaparec\w*|morir|acabar|matar)",
]
VIOLENCE += [
    r"(?:come|coming|go|going|show up|showing up) (?:\w+ ){0,3}with (?:my|a) (?:gun|rifle|knife"
    r"|weapon|pistol|bat)|(?:cleaning|loading|loaded) my (?:gun|rifle|pistol)\W.{0,60}(?:office"
    r"|clinic|billing|staff|you|them|him|her)",
    r"make (?:him|her|them|you) bleed|put (?:him|her|them|you) in the ground|(?:hurt|kill|shoot"
    r"|stab) (?:somebody|someone|people)|get (?:what|whats) coming to (?:them|him|her|you)"
    r"|see what happens to (?:your|you|the)|not afraid to use|(?:\w+ ){0,3}better watch out",
    r"(?:going to|gonna|will|ill) (?:\w+ ){0,2}(?:strangle|beat|shoot|stab|kill) (?:the|that|this"
    r"|your|whoever|every|him|her|them)|beat (?:him|her|them|you) (?:senseless|up|to death)"
    r"|(?:go|going) over there now",
    r"(?:shoot|shot) up (?:\w+ )?(?:office|clinic|place|building)",
    r"(?:llevar|traer|llevo|traigo) (?:mi |una )?(?:pistola|arma|cuchillo)|(?:los|las) voy a matar"
    r"|partir la cara|ya se donde trabaja",
    # Fifth pass: a weapon waiting near the place, a bullet "for" someone, arson in Spanish.
    r"(?:outside|parked|waiting)\W.{0,60}\b(?:gun|rifle|pistol|shotgun|knife|bat|weapon)\b"
    r"|\b(?:gun|rifle|pistol|shotgun|knife|weapon)\W.{0,40}(?:in (?:the|my) (?:trunk|car|truck|bag"
    r"|pocket|waistband))|put (?:a )?(?:bullet|bulet|cap|round|slug) in",
    r"(?:voy|vamos) a (?:quemar|incendiar|prender fuego a)\w*|(?:lo|la|los|las) estoy esperando"
    r" afuera",
]
ABUSE += [
    r"throws? (?:things|stuff|\w+) at (?:me|her|him|us)|forces? me (?:to|into)|(?:gets|got)"
    r" (?:rough|physical) (?:with me|when)|broke the door|hiding (?:in|from)|marks on my (?:neck"
    r"|arms|face)",
    r"(?:cant|can not|cannot) (?:have|let) (?:him|her) (?:see|seeing|find|finding|know)"
    r"|(?:checks|reads|goes through) (?:everything|my phone|my mail|my messages)",
    r"(?:sitting|lying|left) in (?:her|his|their) own (?:urine|waste|feces|filth)|bedsores"
    r"|(?:hasnt|havent|have not|has not) (?:\w+ ){0,2}(?:changed|fed|bathed) (?:\w+ ){0,3}"
    r"(?:in|for) (?:two|three|\d+|days)|no food in the house",
    r"(?:taking|takes|took|stealing|steals) (?:\w+ ){0,2}(?:social security|pension|check|money"
    r"|savings)\W.{0,80}(?:no food|hungry|cant pay|wont feed)",
    r"comes? into my room at night|(?:stepfather|stepdad|uncle|father|dad|brother|cousin|boyfriend)"
    r" (?:\w+ ){0,2}touch\w* (?:me|my|her|him)|has hurt me before",
    # Spanish
    r"me (?:ahorco|ahorca|estrangul\w*)|si mi (?:esposo|pareja|marido|novio|esposa) se entera"
    r"|(?:le|me) quita (?:la |mi |su )?(?:pension|dinero|cheque)|no le da de comer"
    r"|sin (?:banar|comer) (?:\w+ )?(?:dias|semanas)|(?:padrastro|tio|primo) me toca"
    r"|(?:marido|esposo|pareja) me pega",
]
# --- Sixth pass (issue 11): from triage_dev_seventh.jsonl and the misses of the 5-fold dev run ---
EMERGENCY += [
    # Meningitis signs; a meter reading "LO"; out of breath while writing.
    r"(?:stiff neck|neck (?:is |feels )?stiff)\W.{0,60}(?:fever|light|rash)|(?:fever|rash)\W.{0,60}"
    r"(?:stiff neck|neck (?:is |feels )?stiff)|light (?:hurts|bothers) (?:his|her|my|their) eyes",
    r"(?:sugar|glucose|meter) (?:\w+ ){0,2}(?:says|reads|shows) lo\b",
    r"(?:so|really|very|completely) out of breath|barely (?:type|talk|speak)\W.{0,30}breath",
    r"(?:is|its|keeps|still|and) (?:\w+ )?(?:spurting|gushing)\b",
    # Spanish: lying there and not speaking; a baby of days or weeks with a temperature.
    r"tirad[oa]\W.{0,30}no (?:habla|contesta|responde|se mueve|reacciona)",
    r"(?:bebe|recien nacid[oa])\W.{0,50}(?:temperatura|calentura)|(?:\d+|dos|tres|cuatro|cinco|seis"
    r"|siete|ocho|nueve|diez|once|doce|quince|veinte) (?:dias|semanas) (?:de nacid[oa]|de edad)?"
    r"\W.{0,40}(?:fiebre|temperatura|calentura)",
]
SELF_HARM += [
    r"(?:know|knows|figured out|worked out|decided) (?:exactly )?how (?:id|i would|ill|i will"
    r"|(?:im )?(?:going|gonna) to) do it",
    r"(?:want|wanna|going|gonna) (?:to )?dye\s*$",
    r"(?:slit|slitting|slashed|slashing|sliced|slicing) (?:open )?(?:my|his|her|their) (?:wrists?"
    r"|veins?|arms?|throat)",
    r"(?:if|once) (?:im|i am|i was|i were) (?:gone|dead|not here|not around)",
    r"(?:for me|me) to (?:just )?(?:not exist|stop existing|cease to exist)"
    r"|(?:if|wish) i (?:just )?(?:didnt|did not) exist",
    r"(?:gave|given|giving|give) (?:away )?(?:my )?(?:cat|cats|dog|dogs|pets?|things|stuff"
    r"|belongings)\W.{0,80}(?:im ready|i am ready|im done|goodbye|its time)",
    # Spanish: cuts to the wrists or veins, the writer's or someone's at home.
    r"(?:se|me|te) (?:corto|corte|cortaba|cortaste|esta cortando|estoy cortando) (?:\w+ )?(?:las"
    r" |los |sus |mis )?(?:munecas|venas|brazos|piernas)|cortar(?:me|se|te) (?:las |los )?"
    r"(?:munecas|venas|brazos)",
]
VIOLENCE += [
    r"(?:bullet|bulet) (?:with|that has) (?:\w+ ){0,5}name on it|name on (?:a|the|my) bullet"
    r"|(?:is|are|be) getting (?:a|the) (?:bullet|bulet|beating)"
    r"|(?:una )?bala (?:para|pa) (?:el|la|ti|usted|ustedes|ellos)",
    r"watch (?:himself|herself|themselves)|know (?:which|what) school (?:his|her|their|your)"
    r" (?:kids|children|son|daughter)",
    r"(?:llegue|llego|entre|entro|vaya|voy|ir|vengo|venga|aparezca) (?:\w+ ){0,2}con"
    r" (?:mi |una |un )?(?:pistola|arma|cuchillo|rifle|escopeta|machete)"
    r"|van a ver lo que (?:pasa|les pasa)",
    r"(?:hes|shes|theyre|youre|he is|she is|hell|shell|he will|she will|theyll) (?:\w+ ){0,2}"
    r"(?:(?:going|gonna) (?:to )?)?regret (?:denying|what (?:he|she|they|you) did|the day)",
]
ABUSE += [
    r"(?:beats|beat|hits|hit|hurts|slaps|kicks|chokes|burns) (?:his|her|their) (?:kids|children"
    r"|son|daughter|wife|husband|baby|mom|mother|dad|father|grandma|grandmother)\b",
    r"(?:hell|he will|shell|she will) make sure (?:i|we) regret"
    r"|(?:doctor|address|number|phone|clinic) (?:that )?(?:he|she)"
    r" (?:doesnt|does not|wont|will not) know about",
]


# A body in trouble: counted as an emergency only in a message that also asks for help now.
SYMPTOM = _rx(
    r"(?:not|isnt|wont|cant|can not|barely) (?:\w+ )?(?:breath\w*|moving|responding|answering"
    r"|waking|wake)|on the floor|blue|purple|gr[ae]y|faint\w*|collaps\w*|seiz\w*|shaking|twitch\w*"
    r"|bleed\w*|blood|swell\w*|swollen|vomit\w*|throwing up|fever|burning up|chest|breath\w*|numb"
    r"|slurr\w*|droop\w*|chok\w*|unconscious|passed out|hurts so|dizzy|confused|no respira"
    r"|no se mueve|desmay\w*|sangr\w*|fiebre|pecho|morad\w*|convuls\w*|inconsciente|ahog\w*"
)
URGENCY = _rx(
    r"^help|help (?:me|us) (?:please|now)|(?:please|pls|plz) help|help (?:please|pls|now)"
    r"|what (?:do|should|can) (?:i|we) do|right now|just now|hurry|asap|ayuda\w*|que (?:hago"
    r"|hacemos)|ahorita|ahora mismo|urgente|(?:is|are) (?:it|this) an emergency|where do (?:i|we)"
    r" go|should (?:i|we) go (?:in|to)|(?:call|calling) 911|llamo al 911"
)


def _compiled(kind: Kind, sources: list[str | tuple[str, str]]) -> list[Pattern]:
    """Each source is a regex, or (regex, exclusion looked for in the same sentence)."""
    patterns = []
    for source in sources:
        regex, unless = source if isinstance(source, tuple) else (source, "")
        exclusion = _rx(unless) if unless else None
        patterns.append(Pattern(kind=kind, regex=_rx(regex), unless=exclusion))
    return patterns


# Exclusions for single words that name a service or an idiom, not a person in danger.
SUICIDE_SERVICE = _rx(
    r"suicide (?:and|&) crisis|suicide (?:prevention|sprints?|hotline|lifeline|awareness|squeeze"
    r"|doors?|program|training"
    r"|screening|risk assessment)|(?:prevencion del|linea de prevencion del) suicidio"
)

PATTERNS: list[Pattern] = (
    _compiled(Kind.SELF_HARM, SELF_HARM)
    + _compiled(Kind.EMERGENCY, EMERGENCY)
    + _compiled(Kind.VIOLENCE, VIOLENCE)
    + _compiled(Kind.ABUSE, ABUSE)
)


def _set_aside(pattern: Pattern, sentence: str, message: str, match: re.Match[str]) -> bool:
    found = match.group()
    if pattern.unless is not None and pattern.unless.search(sentence):
        return True
    if MEDIA.search(sentence) and not NOW.search(sentence):
        return True
    if NEGATED_BEFORE.search(sentence[: match.start()]) and not VITAL.match(found):
        return True
    if _in_the_past(sentence) and not NOW.search(sentence):
        return True
    if ANYONE_IF.search(sentence) and not NOW.search(sentence):
        return True
    if OVER.search(message) and not NOW.search(sentence):
        return True
    if BENIGN_OUTCOME.search(sentence) and not NOW.search(sentence):
        return True
    if (
        pattern.kind == Kind.EMERGENCY
        and HYPOTHETICAL.search(sentence)
        and not NOW.search(sentence)
    ):
        return True
    if pattern.kind == Kind.VIOLENCE and (
        JOKE.search(message) or THING_AFTER.match(sentence, match.end())
    ):
        return True
    if SERVICE_AFTER.match(sentence, match.end()) or SERVICE_BEFORE.search(
        sentence[: match.start()]
    ):
        return True
    return "suicid" in found and bool(SUICIDE_SERVICE.search(sentence))


def most_serious(kinds: list[str]) -> str:
    """The first of these kinds in KIND_ORDER ("" for none)."""
    return next((kind.value for kind in KIND_ORDER if kind.value in kinds), "")


def _urgent_symptom(sentence: str, message: str) -> str:
    """A body in trouble (symptom family) in a message that asks for help now, or ""."""
    if not URGENCY.search(message):
        return ""
    symptom = SYMPTOM.search(sentence)
    if symptom is None or _in_the_past(sentence) or HYPOTHETICAL.search(sentence):
        return ""
    if BENIGN_OUTCOME.search(sentence) and not NOW.search(sentence):
        return ""
    if OVER.search(message) or SERVICE_BEFORE.search(sentence[: symptom.start()]):
        return ""
    return symptom.group().strip()


def prepared(text: str) -> str:
    """The text the patterns and the model read: quotations from documents out, normalised,
    figures of speech out."""
    return IDIOMS.sub(" figure of speech ", normalise(_without_quotes(text)))


def findings(message: str) -> dict[Kind, list[str]]:
    """The patterns' current dangers in a prepared message, by kind, with the matched phrases."""
    found: dict[Kind, list[str]] = {}
    for sentence in sentences(message):
        for pattern in PATTERNS:
            for match in pattern.regex.finditer(sentence):
                phrase = match.group().strip()
                if _set_aside(pattern, sentence, message, match):
                    continue
                reasons = found.setdefault(pattern.kind, [])
                if phrase not in reasons:
                    reasons.append(phrase)
        if Kind.EMERGENCY not in found and (symptom := _urgent_symptom(sentence, message)):
            found[Kind.EMERGENCY] = [symptom]
    return found


def triage_text(text: str, *, learned: bool = True) -> Triage:
    """The most serious kind of current danger the text shows, with the phrases that showed it.

    learned=False leaves the learned model out (the benchmark measures the patterns alone).
    """
    message = prepared(text)
    found = findings(message)
    fitted = triage_model.model() if learned else None
    if fitted is None:
        return decided(message, found, {}, alarm_at=1.0, patterns_need=0.0)
    return decided(
        message,
        found,
        triage_model.probabilities(message),
        alarm_at=fitted.alarm_at,
        patterns_need=fitted.patterns_need,
    )


def decided(
    message: str,
    found: dict[Kind, list[str]],
    probabilities: dict[str, float],
    *,
    alarm_at: float,
    patterns_need: float,
) -> Triage:
    """Patterns and the learned model's probabilities together (patterns alone without them).

    The model raises a message no pattern caught when it is confident (kind: its likeliest
    alarming label), and sets aside a pattern's hit it is nearly sure is calm: a word such as
    "overdose" in a billing question that no exclusion knew about. The training script's
    cross-validation calls this with out-of-fold probabilities, so it measures this very rule.
    """
    if probabilities:
        danger = 1.0 - probabilities.get("none", 0.0)
        if found and danger < patterns_need:
            return NOT_ALARMING
        # A message that says the danger is over or absent ("I'm not in danger") is not raised
        # on the model's word alone.
        said_safe = OVER.search(message) is not None and NOW.search(message) is None
        if not found and danger >= alarm_at and not said_safe:
            kind = max((k for k in KIND_ORDER), key=lambda k: probabilities.get(k.value, 0.0))
            # A threat the writer marks as a joke is set aside, as a pattern's would be.
            if not (kind == Kind.VIOLENCE and JOKE.search(message)):
                return Triage(kind=kind.value, reasons=(f"learned model {danger:.2f}",))
    for kind in KIND_ORDER:
        if kind in found:
            reasons = [r for k in KIND_ORDER if k in found for r in found[k]]
            return Triage(kind=kind.value, reasons=tuple(reasons[:MAX_REASONS]))
    return NOT_ALARMING
