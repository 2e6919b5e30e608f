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
esposo esposa
"""
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


@cache
def _corrected(token: str) -> str:
    if token in _LEXICON_SET or len(token) < 4 or token.isdigit():
        return token
    limit = 2 if len(token) >= 9 else 1
    best, best_distance = token, limit + 1
    for word in LEXICON:
        if word[0] != token[0] or len(word) < 5:
            continue
        distance = _edits(token, word, limit)
        if distance < best_distance:
            best, best_distance = word, distance
    return best


def normalise(text: str) -> str:
    """Lower case, no accents or apostrophes, chat spellings expanded, key words corrected."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = re.sub("['\u2019`\u00b4]", "", folded)
    folded = re.sub(r"(\w)-(\w)", r"\1 \2", folded)
    return _TOKEN.sub(lambda m: SHORTHAND.get(m.group(), _corrected(m.group())), folded)


# A full stop ends a sentence, except inside a number ("a fever of 100.8").
_SENTENCE_END = re.compile(r"(?:(?<!\d)\.|\.(?!\d)|[!?;\n])+")


def sentences(normalised: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(normalised) if part.strip()]


# --- Context that sets a match aside -------------------------------------------------------------

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
    "diciembre|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
NUMBER_WORDS = r"\d+|a|one|two|three|four|five|six|a few|few|several|many|some|(?:a )?couple of"
PAST = _rx(
    r"(?:last|this past) (?:week|month|year|winter|spring|summer|fall|autumn|weekend)"
    rf"|(?:{NUMBER_WORDS}) (?:weeks?|months?|years?) ago|years ago|months ago|weeks ago"
    rf"|(?:back )?in (?:{MONTHS})|back in \w+|in (?:19|20)\d\d|(?:since|from) (?:19|20)\d\d"
    r"|in the (?:spring|summer|fall|winter)|when i was (?:a kid|younger|a teen\w*)"
    r"|as a (?:baby|kid|child|toddler|teen\w*)|de (?:bebe|nin[oa]|chiquit[oa])|cuando era"
    r"|(?:el|la) (?:mes|semana|ano) pasad[oa]|el ano pasado|hace (?:\d+|un|una|unos|unas|dos|tres"
    rf"|varios|varias|muchos) (?:dias?|semanas?|mes|meses|anos?)|en (?:{MONTHS})"
)
# "right now" overrides a past marker in the same sentence ("had a seizure in May, another now").
NOW = _rx(r"right now|just now|currently|at the moment|ahora mismo|ahorita|en este momento")
# The message says the danger is over.
OVER = _rx(
    r"(?:im|i am|were|we are|shes|she is|hes|he is|theyre|everyones) (?!not |never )(?:\w+ )?"
    r"(?:fine|ok|okay|safe|stable|healthy|doing (?:much |a lot |way )?better|all good|"
    r"recovered|recovering|home and healthy|sober|clean)(?: now)?"
    r"|safe now|in recovery|\d+ (?:months|years|days) (?:clean|sober)|doing (?:much |way )?better"
    r"|(?:ya|ahora) (?:estoy|esta|estamos) bien|ya (?:estoy|esta) a salvo|estoy estable"
)
# "What would my copay be if I had a seizure?": a question about coverage, not an event.
HYPOTHETICAL = _rx(
    r"if i (?:had|have|ever|were|was|needed)|what if|in case (?:of|i)|en caso de|si (?:tuviera"
    r"|me da)|would (?:my|it|the|a) (?:\w+ ){0,3}(?:be|cost|cover)"
    r"|if (?:the|my|it|this|that|he|she|they|i) (?:\w+ ){0,3}(?:comes back|come back|returns"
    r"|happens again|gets worse|starts again)|whenever|call when"
    r"|(?:is|are) (?:a|an) (?:\w+ ){0,3}covered|(?:que|como) cubre"
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
    # Spanish
    (
        r"matar(?:me|se|te)|(?:me|se|te) (?:voy|va|vas|quiero|quiere) (?:a )?matar|suicid\w*",
        # Someone threatening to kill the member is abuse, not self-harm.
        r"amenaz\w*|(?:el|ella|mi \w+) (?:me )?(?:quiere|va a) matar",
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
    r"desaparecer para siempre|cansad[oa] de vivir|tirarme (?:de|del|por|al)",
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
    r"|not making sense|makes no sense when (?:he|she) talks",
    r"(?:suddenly|now|hes|shes|is|im|getting|very|really|and) (?:\w+ )?confused"
    + NOT_PRESENT_ABOUT,
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
    r"(?:baby|newborn|infant|\d+ (?:weeks?|days?) old)\W.{0,50}(?:fever|temperature|temp)"
    r"|fever\W.{0,40}(?:baby|newborn|infant)",
    r"fever (?:of )?(?:10[4-9]|4[01])",
    r"(?:sugar|glucose|meter) (?:\w+ ){0,4}(?:hi|high|over \d+|[4-9]\d\d|low|\d\d)\b"
    r"|insulin pump (?:\w+ )?(?:failed|broke|stopped|died)|(?:diabetic|keto) ?(?:coma|acidosis)",
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
    r"sexual(?:ly)? (?:abus\w*|assault\w*)|molest\w*|raped?\b",
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
    r"(?:me|le|la|lo|nos|les) (?:pega|golpea|maltrata|amenaza|lastima|empuja|toca|encierra)\w*",
    r"no me deja (?:ir|ver|salir|ir al|trabajar|hablar|usar)|no me da de comer",
    r"me quita (?:mi |el |todo )?(?:dinero|cheque|tarjeta)",
    r"(?:leaves|left|leaving) (?:me|her|him) alone for (?:days|hours|a week)|(?:hasnt|havent|not"
    r"|hadnt) been (?:fed|bathed|changed)|without (?:food|water|eating) for",
    r"(?:tengo|tiene) miedo (?:de|a) (?:mi|su) (?:esposo|esposa|pareja|novio|novia|papa|mama)",
    (r"violencia domestica", r"victimas|terapia|refugio|servicios|programa|cubren|cubre"),
    r"moretones|abus\w+ (?:de|a) (?:mi|ella|el)|(?:me|la|lo) abus\w+",
    r"(?:para|asi) que (?:mi )?(?:esposo|pareja|novio|esposa) no me encuentre",
]


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
    r"suicide (?:prevention|sprints?|hotline|lifeline|awareness|squeeze|doors?|program|training"
    r"|screening|risk assessment)|(?:prevencion del|linea de prevencion del) suicidio"
)

PATTERNS: list[Pattern] = (
    _compiled(Kind.SELF_HARM, SELF_HARM)
    + _compiled(Kind.EMERGENCY, EMERGENCY)
    + _compiled(Kind.VIOLENCE, VIOLENCE)
    + _compiled(Kind.ABUSE, ABUSE)
)


def _set_aside(pattern: Pattern, sentence: str, message: str, found: str) -> bool:
    if pattern.unless is not None and pattern.unless.search(sentence):
        return True
    if PAST.search(sentence) and not NOW.search(sentence):
        return True
    if OVER.search(message) and not NOW.search(sentence):
        return True
    if pattern.kind == Kind.EMERGENCY and HYPOTHETICAL.search(sentence):
        return True
    if pattern.kind == Kind.VIOLENCE and JOKE.search(message):
        return True
    return "suicid" in found and bool(SUICIDE_SERVICE.search(sentence))


def most_serious(kinds: list[str]) -> str:
    """The first of these kinds in KIND_ORDER ("" for none)."""
    return next((kind.value for kind in KIND_ORDER if kind.value in kinds), "")


def triage_text(text: str) -> Triage:
    """The most serious kind of current danger the text shows, with the phrases that showed it."""
    message = normalise(text)
    found: dict[Kind, list[str]] = {}
    for sentence in sentences(message):
        for pattern in PATTERNS:
            for match in pattern.regex.finditer(sentence):
                phrase = match.group().strip()
                if _set_aside(pattern, sentence, message, phrase):
                    continue
                reasons = found.setdefault(pattern.kind, [])
                if phrase not in reasons:
                    reasons.append(phrase)
    for kind in KIND_ORDER:
        if kind in found:
            reasons = [r for k in KIND_ORDER if k in found for r in found[k]]
            return Triage(kind=kind.value, reasons=tuple(reasons[:MAX_REASONS]))
    return NOT_ALARMING
