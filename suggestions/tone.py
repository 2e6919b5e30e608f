"""Whether a member's message insults the team: such a message is answered by a person, never
by a drafted billing reply (however well a reply happens to score on its billing words).

Three detectors, any one enough: a list of words that insult wherever they stand (precise,
but it misses every insult it does not hold), and name-calling recognised by its shape, which
generalises to insults no list holds: a word members never use when they write about their
plan, standing where a name for the team stands ("you sharks", "bunch of X", "son unos X",
"X, all of you", "you people are nothing but X", a sentence ending ", X!"), unless it is a
person's first name (a signature: "thanks, Tobias"). The words members use are those of the
demo history (its member wordings and replies, English and Spanish) and of the civil messages
of `data/tone_labelled.jsonl` (insulting and frustrated-but-civil messages written for this
detector; dev material, not a test set). A word n-gram classifier fitted on that file was
tried first: holding the insult words out (5-fold), it found a fifth of the insults at a
threshold that already took four everyday messages of the bench dev sets, so the shape, which
took none, replaced it. The third is a maintained model of offensive language
(alt-profanity-check, trained on human-labelled text, weights in the package), read only on
the clauses that address the team, so that swearing at a bill stays frustration (issue 10).

Each detector reads the message as written and respelt (leetspeak, misspelt and spaced-out
swearing, "you're" / "your so" as "you are"); words in quotes are someone else's and left out
(stop 25).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from suggestions import learned_tone as _learned_tone
from suggestions.demo.history import load_intents
from suggestions.questions import SENTENCE
from suggestions.templating import PLACEHOLDER_SHAPE, name_lists

LABELLED = Path(__file__).parent / "data" / "tone_labelled.jsonl"
# The learned reader beside the rules (suggestions/learned_tone.py; on since stop 29): a message
# the rules let pass is still taken for abuse when the reader scores it at its threshold or more.
LEARNED_TONE = True

# Insults and swearing, English and Spanish; masked forms ("f***ing") too. These words insult
# wherever they stand.
_INSULT_WORDS = (
    r"idiots?|morons?|imbeciles?|brain[ -]?dead|crooks?|thieves|scammers?|liars?|clowns"
    r"|incompetent|pathetic|bastards?|assholes?|stfu|gfy|a[*#@]{2}|garbage company|crap service"
    r"|idiotas?|imb[eé]ciles|ladrones|estafadores|mentirosos|pendejos?"
    r"|in[uú]tiles|est[uú]pidos|ratas|rateros|sinverg[uü]enzas|malditos|cabrones|ineptos"
    r"|payasos|hijos de puta"
    # names for people that insult whoever they are aimed at
    r"|halfwits?|dimwits?|nitwits?|numbskulls?|dirtbags?|scumbags?|lowlifes|bloodsuckers"
    r"|con artists?|swindlers|charlatans|cretins?|buffoons|brainless"
    r"|sanguijuelas|desgraciados|tarados|cretinos|zánganos"
)
# Words that insult only when aimed at the team ("you are useless", not "my card is useless";
# "stupid insurance company", not "a stupid question").
_YOU = (
    r"(?:you|u|y'all|you guys|you people|you all|u guys|u people"
    r"|(?:your|ur) (?:\w+ )?(?:company|agents|staff|service|people|ppl|reps|representatives"
    r"|employees|executives|office|department|customer service))"
)
_AIMED = (
    rf"\b{_YOU}\s+(?:are|r|is|all)?\s*(?:all\s+)?(?:(?:so|just|completely|totally|utterly"
    r"|absolutely|truly|really|incredibly|unbelievably|beyond|fucking|freaking|damn|bloody"
    r"|such|a bunch of)\s+){0,2}"
    r"(?:useless|stupid|dumb|dense|clueless|incompetent|pathetic|lazy|worthless|brainless"
    r"|clowns|frauds|criminals|a joke|jokes|trash|garbage|scum|a disgrace)\b"
    rf"|\b(?:useless|stupid|dumb|garbage|worthless)\s+(?:insurance\s+|customer\s+)?"
    r"(?:company|insurer|plan|people|service)\b"
    rf"|\b{_YOU}\s+suck|\bsucks? and so do you\b|\b(?:service|company|insurance)\s+sucks\b"
    r"|^\s*(?:frauds|criminals|useless)\b|\byou suck\b"
    r"|\bscrew you\b|\bgo to hell\b|\bshut up\b|\bv[aá]yanse al diablo\b|\bvete al diablo\b"
)
# Contempt in other shapes than a name: an adjective of contempt before a name for the team or
# its people ("greedy insurance", "clueless reps", "a spineless outfit"); vermin and dummies
# compared with the team ("the brains of a doorknob", "a trained parrot could do it better");
# telling the reader to learn to read; wishing the team harm ("rot in hell", "I hope every one of
# you gets fired"); a sorry excuse for a company; and their Spanish forms ("ustedes no sirven",
# "qué asco de aseguradora", "ojalá se pudran"). Aimed at the team, never at a bill or a card:
# "my card is useless", "a lazy eye", "lying on the floor" stay civil.
_CONTEMPT_ADJ = (
    r"worthless|greedy|heartless|soulless|spineless|gutless|brainless|clueless|lazy"
    r"|good[- ]for[- ]nothing|money[- ]grubbing|blood[- ]?sucking|thieving|crooked|corrupt|shady"
    r"|sleazy|slimy|scummy|dishonest|despicable|disgusting|lousy|rotten|moronic|idiotic"
    r"|dimwitted|half[- ]witted|inept|useless|pathetic|incompetent|garbage|trash|crappy|shitty"
    r"|evil|vile|cheating|lying|two[- ]faced|miserable|mindless|overpaid|inbred|pompous"
)
# Words that stand before a name without changing what it is ("you overpaid little clerks").
_MODIFIERS = frozenset(
    [
        "little",
        "old",
        "absolute",
        "total",
        "complete",
        "utter",
        "bloody",
        "so-called",
        "corporate",
        "trained",
    ]
)
_TEAM_NOUN = (
    r"company|companies|insurer|insurers|insurance|corporation|corp|outfit|operation|business"
    r"|organi[sz]ation|people|staff|agents?|reps?|representatives?|employees|workers|department"
    r"|office|executives|management|managers|bosses|bureaucrats|suits|drones|lot|bunch|crew"
    r"|team|formulary|call center|customer service|adjusters|paper[- ]pushers|pencil[- ]pushers"
    r"|co-?workers?|colleagues?|supervisors?"
)
# The plan and its people in Spanish, for what is said of them ("porquería de aseguradora").
_ES_TEAM = (
    r"seguros?|aseguradoras?|compa[nñ][ií]as?|empresas?|servicios?|gente|atenci[oó]n|agentes"
    r"|empleados|personas|incompetentes|in[uú]tiles|ineptos|ladrones|rateros|idiotas|empleadas"
)
_CONTEMPT = (
    rf"\b(?:{_CONTEMPT_ADJ})(?:,?\s+(?:{_CONTEMPT_ADJ}|corporate|little|old|so-called))*\s+"
    rf"(?:{_TEAM_NOUN})\b"
    # "the brains of a doorknob", "the IQ of a houseplant"
    r"|\b(?:iq|brains?|intelligence|common sense|attention span|work ethic|competence|manners)"
    r"\s+of\s+an?\s+(?:\w+\s+)?\w+"
    # "someone of your limited intelligence"
    r"|\b(?:your|ur) (?:limited|low|tiny|non-?existent) (?:intelligence|iq|brain ?power|brains?"
    r"|mental capacity)\b"
    # "you lot couldn't process a grocery list"
    r"|\b(?:you|u|y'all)(?: lot| people| guys| all| folks)? (?:couldn'?t|could not|can'?t|cannot)"
    r" (?:even )?(?:process|organi[sz]e|run|manage|read|follow|handle) an? (?:grocery list"
    r"|shopping list|lemonade stand|bake sale|recipe|(?:wet )?paper bag|colou?ring book)\b"
    # "a trained parrot could do it", "my dog would do a better job"
    r"|\b(?:monkeys?|chimps?|chimpanzees?|parrots?|hamsters?|goldfish|toddlers?|potato(?:es)?"
    r"|rocks?|bricks?|doorknobs?|houseplants?|trained seals?|my (?:dog|cat))\s+(?:could|would|can)"
    r"\s+(?:do|run|handle|process|figure|manage)\b"
    # a dummy with more of a faculty than the team: "a toddler has better manners than your
    # agents", "my cat has a longer attention span than you" (stop 33)
    r"|\b(?:monkeys?|chimps?|chimpanzees?|parrots?|hamsters?|goldfish|toddlers?|potato(?:es)?"
    r"|rocks?|bricks?|doorknobs?|houseplants?|trained seals?|my (?:dog|cat))\s+(?:has|have|had)"
    r"\s+(?:an?\s+)?(?:longer|better|bigger|more|sharper|greater)\s+(?:\w+\s+){0,2}?than\s+"
    r"(?:you|u|y'all|your|any of you|anyone (?:there|over there|at your))\b"
    r"|\b(?:smarter|dumber|stupider|thicker|lazier|more competent) than (?:you|your|any of you|"
    r"anyone (?:there|over there|at your))\b|\bdumber than a\b"
    r"|\blearn (?:how )?to read\b|\billiterate\b|\breading comprehension\b"
    r"|\b(?:does|do|can|is) (?:anyone|anybody|any of you)(?: (?:there|over there|in that office))?"
    r" (?:even )?(?:have|has|own) (?:a|one) (?:functioning |working )?brain\b"
    # no one there fit for the work, asked: "is there one intelligent person in that building?"
    r"|\bis there (?:a single|one single|one|even one)\s+(?:competent|intelligent"
    r"|functioning|thinking|literate)\s+(?:human(?: being)?|person|soul|adult"
    r"|employee|agent|rep|brain)s?\s+(?:\w+\s+)?(?:there|in (?:that|your|this)|at (?:that|your"
    r"|this))\b"
    # "you're a glorified call router", "your reps are nothing but glorified typists"
    r"|\b(?:you(?:'re| are| r)|ur|your \w+ (?:is|are))\s+(?:just\s+|only\s+|nothing but\s+"
    r"|nothing more than\s+)?(?:an?\s+)?glorified\b"
    r"|\b(?:rot|burn) in hell\b|\bdrop dead\b|\bgo (?:die|rot)\b"
    r"|\b(?:i )?hope (?:you|your|all of you|each of you|every one of you"
    r"|everyone (?:there|at your)|whoever)\b[^.!?]{0,60}?\b(?:rots?|burns?|suffers?|chokes?"
    r"|dies|die|get fired|gets fired|go bankrupt|goes bankrupt|lose (?:your|their|his|her) jobs?"
    r"|loses (?:your|their|his|her) job)\b"
    r"|\b(?:sorry|poor|pathetic|miserable|sad|lame|worthless) excuse for an? \b"
    r"|\b(?:you(?:'re| are)|your company is|this company is)\s+(?:a|an|such a|such an)\s+"
    r"(?:\w+\s+)?(?:disgrace|embarrassment|racket|farce|parasite|leech|vulture|cancer)\b"
    r"|\b(?:staffed|run|managed) by (?:a bunch of |a pack of )?(?:trained )?"
    r"(?:monkeys|chimps|chimpanzees|clowns|crooks|criminals|idiots|morons|children|toddlers)\b"
    r"|\bthe (?:whole )?lot of you\b"
    r"|\b(?:the )?(?:dumbest|stupidest|laziest|greediest|rudest|most (?:incompetent|useless"
    rf"|pathetic|clueless|corrupt|worthless|inept|stupid|ignorant|arrogant))\s+(?:\w+\s+)?(?:{_TEAM_NOUN}"
    r"|humans?|human beings?|persons?|individuals?|clerks?|idiots?)\b"
    r"|\bare (?:you|u|y'all)(?: all| people| guys)?(?: just)? (?:dense|thick|blind|fools|"
    r"clueless|brain ?dead|incompetent)\b"
    r"|\bonly an? (?:\w+ )?(?:donkey|fool|idiot|moron|monkey|imbecile|clown) would\b"
    r"|\bthat'?s (?:all|what) (?:you are|you're|you all are|y'all are)\s*(?:[.!?]|$)"
    r"|\bsin cerebro\b|\bcabezas? huecas?\b|\b(?:ustedes )?son (?:una )?(?:basura|escoria)\b"
    r"|\bustedes\s+no\s+sirven\b|^\W*no sirven para nada\b"
    r"|\bqu[eé] asco de (?:gente|aseguradora|servicio|empresa|seguro|atenci[oó]n|personas)\b"
    r"|\bojal[aá] (?:se (?:pudran|mueran|quiebren|ahoguen|hundan)|les vaya mal)\b"
    r"|\bque se pudran\b|\bno tienen (?:verg[uü]enza|madre|coraz[oó]n)\b"
    # "porquería" aimed at the team or its company, not at a thing ("el cajero automático es una
    # porquería", "la factura del hospital es una porquería de confusa" stay civil; stop 30)
    r"|\b(?:ustedes|son|eres|sois)\s+(?:(?:una|pura|puras|bien)\s+)?porquer[ií]as?\b"
    rf"|\bporquer[ií]a de (?:{_ES_TEAM})\b|\b(?:{_ES_TEAM}) de porquer[ií]a\b"
    rf"|\b(?:su|sus|esta|este|esa|ese|la|el)\s+(?:{_ES_TEAM})\s+(?:es|son)\s+(?:una\s+)?porquer[ií]a\b"
)
# Swearing insults only when aimed at the team ("f*** you", "your damn phone", "fuck off");
# at a situation ("this damn bill is killing me", "what the hell is a provider discount") it is
# frustration, and the member gets a draft like anyone.
_SWEAR_WORDS = (
    r"bull ?shit|shit\w*|fuck\w*|damn\w*|goddamn\w*|crap\w*|bloody|freaking|frigging"
    # masked: "f***ing", "f**k", not the "f@" of an e-mail address
    r"|f[*#@]+(?:k\w*|ing|in)|mierda|carajo"
)
_SWEARING_AT_YOU = re.compile(
    rf"\b(?:you|u|your|ur|y'all)\s+(?:{_SWEAR_WORDS})(?!\w)"
    rf"|\b(?:{_SWEAR_WORDS})\s+(?:you|u|y'all|yourselves|off)\b",
    re.IGNORECASE,
)
_INSULTS = re.compile(
    rf"\b(?:{_INSULT_WORDS})(?!\w)|{_AIMED}|{_CONTEMPT}", re.IGNORECASE | re.MULTILINE
)
_INSULT_WORD = re.compile(rf"(?:{_INSULT_WORDS})", re.IGNORECASE)


# Name-calling by its shape: a word members never use when they ask about their plan, in the
# place where a name for the team stands ("you sharks", "bunch of X", "son unos X", "X, all of
# you", a message opening with "X!"). Whether a word is one members use comes from the member
# wordings and replies of the demo history and the civil messages of the labelled file.
_WORD = r"[a-záéíóúñü]+"
# "useless with computers", "lazy about it": no name follows
_NOT_AFTER_ADJ = r"(?:with|at|in|on|for|about|to|of|and|or|as|when|without|since|because)\b"
# a plural, not "-ss" or "-us" ("success", "various")
_PLURAL = rf"{_WORD}(?<![su])s"
# "you bunch of amateurs": the crowd's name is what the member calls the team
_CROWD = r"bunch|pack|herd|gang|band|troop|circus|room full|nest|den|crowd"
_NAME_CALLING = (
    # "you" as the one addressed, not an object ("tell you statistics"): at the start of a
    # sentence or clause
    rf"(?:^|[,.;:!?¡¿\-]\s*|\b(?:and|but|because|so|since|when|while|why|hey|listen|oh|"
    rf"now|yes|no)\s+)you\s+(?!(?:{_CROWD})\s+of\b)((?:{_WORD}[\s-]+){{0,2}}?{_PLURAL})\b"
    rf"|\b(?:{_CROWD})\s+of\s+((?:{_WORD}\s+){{0,2}}?{_PLURAL})\b"
    rf"|\b(?:son unos|son unas|ustedes son(?:\s+un[oa]s)?|bola de|partida de|manada de|pandilla de|"
    rf"montón de|pedazo de|par de|banda de|sarta de|hatajo de|recua de)\s+"
    rf"((?:{_WORD}\s+){{0,1}}?{_WORD}s)\b"
    # an adjective of contempt before a plural members never use: "worthless leeches"
    rf"|\b(?:{_CONTEMPT_ADJ})\s+(?!{_NOT_AFTER_ADJ})(?P<scorned>(?:{_WORD}\s+){{0,1}}?{_PLURAL})\b"
    # one of them, named where the reader is addressed: "answer it, you spineless drone.",
    # "Stupid cow, put me through"
    rf"|(?:^|[,.;:!?¡¿\-]\s*|\b(?:you|u|ya)\s+)(?:(?:little|absolute|total|complete|utter|old)\s+)?"
    rf"(?:{_CONTEMPT_ADJ}|stupid|dumb|ignorant|arrogant)\s+(?!{_NOT_AFTER_ADJ})"
    rf"(?P<scorned_one>{_WORD})\s*(?:[,.!?]|$)"
    # "your goons in billing"
    rf"|\byour\s+((?:{_WORD}\s+){{0,1}}?{_PLURAL})\s+(?:in|at|from)\s+(?:billing|claims|"
    rf"the call cent(?:er|re)|customer service|member services)\b"
    rf"|\b({_WORD}s),?\s+(?:all|every one|each one|todos|cada uno) (?:of you|de ustedes)\b"
    rf"|^\W*(?P<opening>(?:{_WORD}\s+){{0,1}}?{_PLURAL})\s*[,.!]"
    # what the team "is": "you people are nothing but X", "you're just X"
    rf"|\b(?:you(?:\s+(?:people|guys|all|lot))?|your\s+(?:so-called\s+)?(?:staff|agents|reps|"
    rf"representatives|people|employees|executives))\s*(?:\s+are|\s+r|'re)\s+(?:nothing but\s+|"
    rf"just\s+|such\s+|all\s+|really\s+|a bunch of\s+|a pack of\s+|a herd of\s+)?"
    rf"((?:{_WORD}\s+){{0,1}}?{_PLURAL})\b"
    # the addressee named at the end of a sentence: "tell me why it went up, X."
    rf"|,\s*({_PLURAL})\s*(?:[.!?]|$)"
)
_NAME_CALLING_RE = re.compile(_NAME_CALLING, re.IGNORECASE | re.MULTILINE)
_CONTEMPT_ADJ_RE = re.compile(_CONTEMPT_ADJ, re.IGNORECASE)
# Words that stand in those places without calling anyone a name.
_NOT_NAMES = frozenset(
    [
        "guys",
        "folks",
        "people",
        "ppl",
        "reps",
        "agents",
        "all",
        "two",
        "both",
        "ones",
        "lot",
        "lots",
        "kids",
        "children",
        "thanks",
        "gracias",
        "ladies",
        "gentlemen",
        "everyone",
        "others",
        "yours",
        "ourselves",
        "yourselves",
        "years",
        "months",
        "weeks",
        "days",
        "hours",
        "minutes",
        "times",
        "members",
        "patients",
        "customers",
        "employees",
        "nurses",
        "doctors",
        "staff",
        "ms",
        "sirs",
        "madams",
        "mrs",
        "mss",
        "messrs",
        # sign-offs and courtesies at the end of a sentence
        "regards",
        "thx",
        "thks",
        "pls",
        "plz",
        "cheers",
        "blessings",
        "bendiciones",
        "saludos",
        "abrazos",
        "besos",
        # praise: "you guys are geniuses", "son unos genios" (scorn only in sarcasm, read by
        # _sarcastic)
        "geniuses",
        "genios",
        "heroes",
        "héroes",
        "angels",
        "ángeles",
        "lifesavers",
        "rockstars",
        "stars",
        "saints",
        "santos",
        "champs",
        "experts",
        "expertos",
    ]
)


# Words in quotes are someone else's ("the letter called me a 'deadbeat'", "the 'stupid fee' my
# friend joked about", "he yelled 'you're all idiots' at the pharmacist"): not the member's to
# the team. An opening quote after no letter, a closing one before none, so that "don't" and
# "members' accounts" are no quotes; an apostrophe between letters inside is part of a word.
_QUOTED = re.compile(
    "(?<!\\w)['\"\u2018\u201c](?=\\S)"
    "(?:[^'\"\u2018\u2019\u201c\u201d\\n]|(?<=\\w)['\u2019](?=\\w)){1,80}?(?<=\\S)"
    "['\"\u2019\u201d](?!\\w)"
)


# What someone of the member's own says, reported, is theirs too, as quoted words are: "my
# neighbor says you're all crooks, but ...", "my cousin said you people are clowns", "mi esposo
# dice que son unos inútiles" (stop 30). Left out to the end of the clause.
_REPORTED = re.compile(
    r"\b(?:my|our|mi|mis)\s+(?:[\w'-]+\s+)?(?:neighbou?rs?|husband|wife|partner|spouse|brother"
    r"|sister|cousin|friends?|mom|mum|mother|dad|father|son|daughter|uncle|aunt|grandma|grandpa"
    r"|grandmother|grandfather|co-?workers?|colleagues?|boss|roommate|family|in-laws?"
    r"|brother-in-law|sister-in-law|esposo|esposa|marido|mujer|vecin[oa]s?|herman[oa]s?|prim[oa]s?"
    r"|amig[oa]s?|mam[aá]|pap[aá]|madre|padre|hij[oa]|suegr[oa]|t[ií][oa]|abuel[oa]|jefe)\s+"
    r"(?:always\s+|keeps\s+|kept\s+)?(?:says|said|thinks|thought|calls|called|saying|calling"
    r"|swears|claims|dice|dijo|piensa|cree|opina|llama|les dice)\b[^.!?;,\n]*"
    # and what someone called the member: "you called me an idiot", "me dijo tonta"
    # (not "called me back", "calling me pretending to be you")
    r"|\b(?:called|calls|named)\s+me\s+(?:an?\s+(?:[\w'-]+\s+)?[\w'-]+|[\w'-]+(?=\s*(?:[.!?,;]|$)))"
    # and the names after it: "called me a deadbeat and a liar" (stop 31)
    r"(?:(?:,|,?\s+(?:and|or))\s+an?\s+(?:[\w'-]+\s+)?[\w'-]+)*"
    r"|\bme (?:llam[oó]|llamaron|dijo|dijeron)\s+(?:un[oa]?\s+)?[\w'-]+",
    re.IGNORECASE,
)


# A word of scorn said of an action, not a person: "es inútil llamar" (it is no use calling), "it's
# pointless to call", "it's stupid to bill me twice" (stop 31): left out as well.
_OF_AN_ACTION = re.compile(
    r"\b(?:es|era|fue|ser[ií]a|resulta|it'?s|it is|it was|that'?s|that is)\s+"
    r"(?:(?:tan|muy|so|really|totally|completely|just|kind of|pretty)\s+)?"
    r"(?:in[uú]til|est[uú]pido|absurdo|rid[ií]culo"
    r"|useless|pointless|stupid|dumb|ridiculous)(?=\s+(?:[a-záéíóú]+(?:ar|er|ir)\b|to\s+\w+))",
    re.IGNORECASE,
)


# Unless the member makes those words their own (stop 33): agreeing with them ("my brother says
# you're all crooks, and I agree") or passing them on to the team from someone of theirs
# ("forwarding this from my wife: '...'", "message from my son: ..."). Read by the rules only:
# the learned reader's reading stays as it was fitted.
_MADE_OWN = re.compile(
    r"\b(?:i|we)\s+(?:totally\s+|fully\s+|completely\s+|have to\s+|must\s+|tend to\s+)?agree"
    r"(?=\s*(?:with (?:him|her|them|that|it|both)\b|[.!?,;]|$))"
    r"|\bcouldn'?t agree more\b|\band so do (?:i|we)\b"
    r"|\b(?:(?:s?he|they)(?:'s|'re| is| are)|(?:s?he|they) (?:isn'?t|aren'?t)) (?:not wrong|right"
    r"|spot on|correct)\b"
    r"|\b(?:forwarding|passing (?:this |it )?(?:along|on)|relaying)\b[^.!?\n]{0,40}?\bfrom "
    r"(?:my|our) \w+"
    r"|\bmessage from (?:my|our) \w+\s*:",
    re.IGNORECASE,
)

# Who said them, left out so that the words read as the member's ("my wife says").
_REPORTING_LEAD = re.compile(
    r"\b(?:my|our|mi|mis)\s+(?:[\w'-]+\s+){0,2}?(?:says|said|thinks|thought|swears|claims"
    r"|told me|dice|dijo|piensa)\b(?:\s+(?:that|que))?",
    re.IGNORECASE,
)


def _others_words_out(text: str, *, made_own: bool = False) -> str:
    """The message with words in quotes, words reported of someone of the member's own and what
    the member says of a third party (a provider, a collector, another company, an ex-spouse;
    _OF_THIRD_PARTIES) left out: none of it is the member's to the team. With `made_own` the
    words of others all stay: the member agrees with them or passes them on."""
    if made_own:
        return _OF_AN_ACTION.sub(" … ", _REPORTING_LEAD.sub(" … ", text))
    text = _OF_AN_ACTION.sub(" … ", _QUOTED.sub(" … ", text))
    text = _OF_THIRD_PARTIES.sub(lambda said: f"{said.group('lead')} … ", text)
    return _REPORTED.sub(" … ", _AFTER_A_THIRD_PARTY.sub(" … ", text))


def insults_the_team(text: str) -> bool:
    """Whether the rules take the message for abuse of the team, or (LEARNED_TONE on) the learned
    reader scores it at or above its threshold."""
    if rules_find_abuse(text):
        return True
    if _plain_praise(text):
        return False
    return LEARNED_TONE and learned_score(text) >= _learned_tone.model().threshold


def reading(text: str) -> tuple[str, ...]:
    """The message as the detectors read it: quoted and reported words left out, then each
    variant."""
    return _variants(_others_words_out(text))


def learned_score(text: str) -> float:
    """The learned reader's chance that the message abuses the team (suggestions/learned_tone)."""
    return _learned_tone.model().score(reading(text))


def rules_find_abuse(text: str) -> bool:
    """The hand rules alone."""
    text = _others_words_out(text, made_own=_MADE_OWN.search(text) is not None)
    for variant in dict.fromkeys((*_variants(text), _digit_leet_insults(text))):
        if any(
            not _said_of_others(variant, found) and not _not_the_team_after(variant, found)
            for found in _INSULTS.finditer(variant)
        ):
            return True
        if _SWEARING_AT_YOU.search(variant) is not None:
            return True
    return (
        any(_calls_names(variant) for variant in _variants(text))
        or _names_the_reader(text)
        or _offensive_at_the_team(text)
    )


@lru_cache(maxsize=64)
def _variants(text: str) -> tuple[str, ...]:
    """The message as written, with leetspeak and masks read as letters, and also respelt
    (misspelt and spaced-out swearing, "you're" / "your so" / "ur all" as "you are"): each
    detector reads every distinct variant."""
    unleeted = _unmask(_unleet(text))
    return tuple(dict.fromkeys([text, unleeted, _respelt(unleeted)]))


# A fourth detector (stop 24): insults that need no "you" in their clause. A closed list of
# nouns that name a person with contempt, English and Spanish (the words themselves, not the
# shapes, are what the alt-profanity model, reading English clauses with "you", and the word list
# missed), read where a name for the reader stands: after an interjection ("hey dumbass", "thanks
# a lot, shitheads", "oigan babosos"), opening the message on its own ("Morons. Read my appeal"),
# after "you" ("you idiot", "you useless twit"), or said of an agent ("the rep I spoke to was a
# condescending prick", "el agente es un imbécil"). Said of oneself or someone of one's own ("I
# feel like an idiot", "my dumbass dog", "me siento como una idiota") it is no insult to the team.
# Also imperative insults ("kiss my ass", "bite me", "chinguen a su madre"), threats ("you'll
# regret it", "see what happens"), and the same words written in leetspeak ("m0r0ns", "1diot",
# "a$$holes"). Dev material only: bench/tone.py's sources (README).
_PERSON_NOUNS = (
    # English
    r"idiots?|morons?|imbeciles?|jackass(?:es)?|dumb ?ass(?:es)?|dumbfucks?|dipshits?|dickheads?"
    r"|(?:dumb )?f(?:uck|\*+k?)s\b|shitheads?|shitbags?|asshats?|assholes?|arseholes?|asswipes?"
    r"|numbnuts|numpties|numpty"
    r"|dipsticks?|dimwits?|nitwits?|halfwits?|twits?|pricks?|jerks?|losers?|clowns?|fools?"
    r"|dummies|dummy|dolts?|dunces?|douche(?:bag)?s?|douchebags?|scumbags?|creeps?|pigs?"
    r"|weasels?|snakes?|vultures?|parasites?|leeches|bozos?|buffoons?|boneheads?"
    r"|knuckleheads?|meatheads?|airheads?|blockheads?|numbskulls?|cretins?|muppets?|wankers?"
    r"|tossers?|twats?|bastards?|bitch(?:es)?|slackers?|crooks?|thieves|thief|liars?|frauds?"
    r"|scammers?|lowlifes?|dirtbags?|sleazebags?|slimeballs?|goons?|nincompoops?|jokers?"
    r"|motherfuckers?|fuckwits?|fuckers?|good[- ]for[- ]nothings?|a-holes?"
    r"|mouth[- ]?breathers?|aprovechad[oa]s|simpletons?|ignoramus(?:es)?|dingbats?|dunderheads?"
    r"|lazybones|scum(?:bags?)?|nimrods?|dorks?|hags?|slobs?|sleazeballs?|trolls?"
    r"|donkeys?|baboons|witch(?:es)?"
    # Spanish
    r"|idiotas?|imb[eé]cil(?:es)?|pendej[oa]s?|bab[oa]s[oa]s?|mens[oa]s?|tarad[oa]s?"
    r"|est[uú]pid[oa]s?|in[uú]til(?:es)?|cabr[oó]n(?:es|a|as)?|culer[oa]s?|hue?v[oó]n(?:es|a|as)?"
    r"|g[uü]ev[oó]n(?:es|a|as)?|mam[oó]n(?:es|a|as)?|burr[oa]s?|ratas?|rateros?|ladron(?:es)?"
    r"|ladr[oó]n|estafador(?:es|as?)?|payas[oa]s?|z[aá]nganos?|tont[oa]s?|gilipollas"
    r"|capullos?|malnacid[oa]s?|lacras?|sinverg[uü]enzas?|incompetentes?|inept[oa]s?|nac[oa]s?"
    r"|naquer[oa]s?|buen[oa]s? para nada|flojos|hued[oa]s|muert[oa]s de hambre"
    # Rioplatense: con artists, thieves (stop 31, second round)
    r"|chantas|chorros"
)
# Plurals of those that name people, for "your knuckleheads", "nothing but crooks" (stop 27):
# not the animals or the medical words ("your leeches", "parasites").
_TEAM_PLURALS = (
    r"idiots|morons|imbeciles|jackasses|dumb ?asses|dipshits|dickheads|shitheads|assholes"
    r"|numbnuts|numpties|dimwits|nitwits|halfwits|twits|pricks|jerks|losers|clowns|fools|dummies"
    r"|dolts|dunces|douchebags|scumbags|bozos|buffoons|boneheads|knuckleheads|meatheads|airheads"
    r"|blockheads|numbskulls|cretins|muppets|bastards|crooks|thieves|liars|frauds|scammers"
    r"|lowlifes|dirtbags|goons|nincompoops|simpletons|dingbats|dunderheads|nimrods"
)
# Nouns that insult wherever they stand (no one writes them about a plan or a bill), unless said
# of oneself or one's own.
_STRONG_NOUNS = (
    r"jackass(?:es)?|dumb ?ass(?:es)?|dumbfucks?|dipshits?|dickheads?|shitheads?|shitbags?"
    r"|asshats?|arseholes?|asswipes?|numbnuts|douchebags?|twats?|wankers?|motherfuckers?"
    r"|fuckwits?|pendej[oa]s?|culer[oa]s?|hue?v[oó]n(?:es|as)|g[uü]ev[oó]n(?:es|as)"
    r"|mam[oó]n(?:es|as)|cabr[oó]n(?:es|a|as)?|gilipollas|malnacid[oa]s|imb[eé]cil"
)
_INTERJECTION = (
    r"hey|hi|hello|yo|oi|oye|oigan|listen(?: up)?|look|see|well|ok(?:ay)?|so|oh|ah|ey|mira|miren"
    r"|thanks(?: a lot| a bunch| for nothing)?|thank you(?: so much| for nothing)?|gracias"
    r"|(?:nice|good|great|fine) (?:job|work|going|one)|way to go|well done|bravo|congrats"
    r"|congratulations|hola|buenas|dear"
)
# The interjections that call someone out, not those that also start a thought ("so dumb, I
# paid twice", "well, lazy Sunday").
_CALLING_OUT = (
    r"hey|yo|oi|oye|oigan|listen(?: up)?|thanks(?: a lot| a bunch| for nothing)?"
    r"|thank you(?: so much| for nothing)?|(?:nice|good|great) (?:job|work|going|one)|way to go"
    r"|well done|bravo|congrats|congratulations"
)
_ADJ = r"(?:[a-záéíóúñü'*@$-]+,?\s+){0,3}?"
# Names that praise, said in scorn after "nice work", "thanks" or closing a sentence: "good job,
# genius", "well done, Einstein", "try again, Sherlock".
_SCORNFUL_PRAISE = (
    r"genius(?:es)?|einstein|sherlock|rocket scientists?|brainiacs?|masterminds?|smarty[- ]?pants"
    r"|wise guys?|smart ?ass(?:es)?|hotshots?|champ|sparky|bright sparks?"
    # "hey genius squad" (stop 30)
    r"|(?:genius|einstein|brainiac|mensa|rocket science) (?:squad|team|crew|brigade|club|bunch"
    r"|department|patrol|society|gang)"
)
# Words that are no adjective before a name ("Is this fraud?", "what a joke").
_FUNCTION_WORDS = (
    r"(?:is|this|that|it|a|an|the|my|your|no|not|any|some|what|how|why|who|i|me|was|so|to|of"
    r"|and|or|for|es|el|la|un|una|mi|su|qu[eé]|no)\b"
)
_VOCATIVE = re.compile(
    # after an interjection: "hey dumbass,", "thanks a lot, shitheads."
    rf"(?:^|[,.;:!?¡¿\-]\s*|\b)(?:{_INTERJECTION})[,!]?\s+(?:you\s+)?{_ADJ}"
    rf"(?:{_PERSON_NOUNS}|{_SCORNFUL_PRAISE})\s*(?:[,.;:!?\-]|$)"
    # an interjection and an adjective of contempt for a name: "hey lazy,", "thanks, useless."
    rf"|(?:^|[,.;:!?¡¿\-]\s*|\b)(?:{_CALLING_OUT}|hi|hello|dear)[,!]?\s+(?:you\s+)?"
    rf"(?:{_CONTEMPT_ADJ}|stupid|dumb)"
    r"\s*(?:[,.;:!?\-]|$)"
    # closing a sentence or a clause: "go whine to your manager, clown.", "try reading it,
    # genius!", "pay attention, dummy: ..."; "you hack" only with the "you"
    rf"|,\s*(?:you\s+)?{_ADJ}(?:{_PERSON_NOUNS}|{_SCORNFUL_PRAISE})\s*(?:[.!?:;]|$)"
    rf"|,\s*you\s+{_ADJ}hacks?\s*(?:[.!?:;]|$)"
    # "a muppet like you", "people like you are why ..."
    rf"|\b(?:{_PERSON_NOUNS})\s+like (?:you|u|y'all|yourself|yourselves)\b"
    r"|\bpeople like (?:you|u|y'all)(?: guys| people)? (?:are (?:why|the (?:reason|problem))"
    r"|shouldn'?t|should not|make me sick|ruin)"
    # opening the message or a sentence on its own: "Morons. Read my appeal", "Useless prick."
    rf"|(?:^|[.!?;]\s+)\W*(?:(?!{_FUNCTION_WORDS})[a-záéíóúñü'*@$-]+,?\s+)?(?:{_PERSON_NOUNS})"
    r"\s*(?:[,.;:!?\-]|$)"
    # the team named at the start by a plural and what it can't do: "losers can't even mail a card"
    rf"|^\W*(?:{_PERSON_NOUNS})\s+(?:can'?t|cannot|couldn'?t|won'?t|don'?t|never|keep|should)\b"
    # the message opening on a name with no comma, then what the member wants (stop 28): "biatch i
    # want my money back", "idiots give me my refund" (names no one opens a question with)
    r"|^\W*(?:bitch(?:es)?|bastards?|idiots?|morons?|imbeciles?|assholes?|jerks|losers|clowns"
    r"|dumb ?ass(?:es)?|jackass(?:es)?|scumbags?|pricks?|twats?|crooks|thieves|liars|pendej[oa]s"
    r"|idiotas|imb[eé]ciles|rateros|ladrones)\s+(?:i|we|you|u|give|fix|pay|send|answer|refund"
    r"|where|why|what|how|just|yo|quiero|den|paguen|denme)\b"
    # "you idiot", "answer the question, you moron", "you useless twit"
    rf"|\b(?:you|u|ya)\s+(?:[a-záéíóúñü'*@$-]+\s+){{0,4}}?"
    rf"(?:{_PERSON_NOUNS})\b"
    # "ustedes son unos babosos", "son bien mensos", "eres un idiota", "qué bola de culeros"
    rf"|\b(?:son|sois|seas|sean|bola de|bolas de|panda de|pinches?|par de|montón de|banda de"
    rf"|manga de)\s+"
    rf"(?:(?:unos|unas|un|una|bien|muy|tan|todos|todas|puros|puras|unos pinches|un pinche|"
    rf"una pinche)\s+){{0,2}}(?:{_PERSON_NOUNS})\b"
    # a crowd of them: "a room full of mouth-breathers", "bunch of scamming a-holes"
    rf"|\b(?:bunch|pack|herd|gang|band|room full|nest|den|crowd|collection|buncha) of\s+{_ADJ}"
    rf"(?:{_PERSON_NOUNS})\b"
    # singular, a noun only with its article ("es un inútil"; "es inútil llamar" is civil)
    rf"|\b(?:eres|es|fue|era)\s+(?:un|una)\s+(?:(?:pinche|completo|completa|total|gran)\s+)?"
    rf"(?:{_PERSON_NOUNS})\b"
    # "qué mensos son", "qué tontos son ustedes" (not "qué idiota es el doctor"; stop 30)
    rf"|\bqu[eé] (?:tan |m[aá]s |bien )?(?:{_PERSON_NOUNS})\s+(?:son|eres|es|sois)\b"
    r"(?!\s+(?:los|las|el|la|en|mis|mi|sus|esos|esas|ellos|ellas|del|de|los de|mis)\b)"
    r"|\b(?:ustedes\s+)?est[aá]n\s+(?:bien\s+|muy\s+|todos\s+)?(?:pendejos|mensos|idiotas|tarados"
    r"|est[uú]pidos|babosos|imb[eé]ciles)\b"
    # "qué gente tan estúpida", "qué empleados más inútiles"
    r"|\bqu[eé] (?:gente|personas|empleados|agentes|aseguradora|compañ[ií]a|empresa|servicio)\s+"
    r"(?:tan|m[aá]s)\s+(?:est[uú]pid|in[uú]til|incompetente|idiota|mens|tont|pendej|ignorante"
    r"|ladr[oó]n|ratera|flojos|floja)",
    re.IGNORECASE | re.MULTILINE,
)
# An agent or whoever handled the claim said to be one: "the rep I spoke to was a condescending
# prick", "your supervisor is a spineless weasel", "whoever reviewed my claim is a fool".
_ROLE = (
    r"(?:your|ur|the|that|this|el|la|ese|esa|este|esta)\s+(?:\w+\s+)?(?:agent|rep|representative"
    r"|supervisor|manager|adjuster|reviewer|operator|clerk|employee|staff(?:er)?|examiner"
    r"|processor|agente|representante|supervisora?|emplead[oa]|operadora?|señorita|señora?"
    r"|muchach[oa]|chic[oa]|persona)"
    r"|(?:the|that|this|your)\s+(?:guy|lady|woman|man|girl|person|dude|gal)\s+(?:on the phone|at "
    r"(?:the )?(?:call cent(?:er|re)|billing|customer service|member services|your)|(?:who|that|"
    r"i)\s+(?:answered|picked up|took|handled|processed|reviewed|spoke|talked|called|denied))"
    r"|whoever\s+\w+|(?:la|el) que me (?:atendi[oó]|contest[oó])|quien me atendi[oó]"
)
_SAID_OF_AN_AGENT = re.compile(
    rf"\b(?:{_ROLE})\b[^.!?]{{0,50}}?\s(?:is|was|are|were|'s|es|era|fue|son)\s+"
    r"(?:(?:a|an|such an?|one|the biggest|un|una|bien|muy|total|complete|real)\s+)?"
    rf"(?:[a-záéíóúñü'*@$-]+,?\s+){{0,3}}?(?:{_PERSON_NOUNS})\b",
    re.IGNORECASE,
)
# Said of oneself or one's own, just before the word: "I feel like an idiot", "my dumbass dog",
# "me siento como una idiota", "soy un tonto".
_OF_ONESELF = re.compile(
    # not "sus": to the plan it is "your" ("sus empleados huevones")
    r"(?:\b(?:my|his|her|our|their|mi|mis)\s+(?:\w+\s+)?"
    r"|\b(?:i'?m|im|i am|i was|i feel like|i felt like|i look like|made me (?:look|feel) like"
    r"|soy|fui|me siento(?: como)?|me sent[ií](?: como)?)\s+(?:(?:such|so|a total|a complete)\s+)?"
    r"(?:an?|un|una)?\s*(?:\w+\s+)?"
    # "my ex is a total idiot", "mi hermano es un tonto"
    r"|\b(?:my|his|her|our|their|mi|mis)\s+(?:[\w'-]+\s+){0,4}(?:is|was|are|were|es|era|fue|son)\s+"
    r"(?:(?:a|an|such an?|un|una|total|complete|real)\s+){0,2}(?:\w+\s+)?"
    # what someone else called the member: "the collector called me an idiot", "me dijo tonta"
    r"|\b(?:called|call|calls|calling|named|treated|me llam[oó]|me dijo|me dijeron)\s+"
    r"(?:me\s+)?(?:like\s+)?(?:an?|un|una)?\s*(?:\w+\s+)?"
    # someone else's words reported: "my husband says you're thieves"
    r"|\b(?:my|his|her|our|their|mi|mis)\s+(?:\w+\s+)?(?:says|said|thinks|calls|called|keeps "
    r"(?:saying|calling)|dice|dijo|piensa|cree|opina)\b(?:\s+(?:that|que))?[^.!?]{0,25})$",
    re.IGNORECASE,
)


# Said of a third party the member deals with, just before the word: "the pharmacy is full of
# thieves", "that orthodontist is a crook", "the lab's billing people are clowns". Not the plan
# or its people ("the insurance company is full of thieves", "your billing department").
_THIRD_PARTY = (
    r"hospitals?|pharmacy|pharmacies|pharmacists?|clinics?|labs?|laborator(?:y|ies)"
    r"|collection agency|collection agencies|collectors?|debt collectors?|doctors?|dentists?"
    r"|orthodontists?|surgeons?|anesth?esiologists?|radiologists?|radiology(?: group)?"
    r"|specialists?|physicians?|providers?|practice|urgent care|er|emergency room"
    r"|ambulance(?: company| outfit| service)?|landlord|employer|ex|ex-wife|ex-husband"
    r"|receptionists?|front desk|nurses?|therapists?|chiropractors?|billing company"
    r"|billing service|techs?|technicians?|phlebotomists?|schedulers?|cashiers?|hr"
    r"|pharmacy chain|tow truck|towing company"
    # "the anesthesia group", "that orthopedic office" (not the plan's own office)
    r"|(?:medical |physician |physicians' |doctors' |anesthesia |radiology |surgical |surgery "
    r"|specialty |provider )?groups?"
    r"|(?:orthop(?:a)?edic|orthop(?:a)?edics|surgical|surgeon'?s|doctor'?s|dental|dentist'?s"
    r"|medical|radiology|imaging|cardiology|dermatology|pediatric|pediatrician'?s|eye|vision"
    r"|chiropractic|therapy|therapist'?s|specialist'?s)\s+offices?"
    # Spanish
    r"|hospital(?:es)?|cl[ií]nicas?|farmacias?|laboratorios?|m[eé]dicos?|doctora?|doctores"
    r"|dentistas?|ambulancias?|cobrador(?:es|as)?|agencia de (?:cobranza|cobros)|recepcionistas?"
    r"|enfermer[oa]s?|consultorio|urgencias|cirujan[oa]s?"
)
_OF_A_THIRD_PARTY = re.compile(
    r"\b(?:the|that|this|those|these|a|el|la|los|las)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:(?:{_THIRD_PARTY})(?:'s(?:\s+[\w-]+){{1,2}}?|(?:\s+(?:billing|front|business|office"
    r"|desk|people|staff|department|guys?|manager|workers|employees|person|lady)){1,2})?"
    # "the guy who rear-ended me was a moron" (not the one who answered or handled the claim)
    r"|(?:guy|man|woman|lady|driver|person|kid|neighbou?r)\s+(?:who|that)\s+"
    r"(?!answered|picked|took|handled|processed|reviewed|spoke|talked|called|denied)"
    r"(?:[\w'-]+\s+){0,3}?[\w'-]+"
    # "the guy at the pharmacy counter was a moron"
    r"|(?:guy|man|woman|lady|person|girl|dude|kid|clerk|tech|cashier)\s+(?:at|from|in|behind)\s+"
    rf"(?:the|that|this)\s+(?:[\w-]+\s+)?(?:{_THIRD_PARTY})(?:\s+(?:counter|desk|window|front))?"
    r")\s+"
    r"(?:is|are|was|were|seems?|sounds?|es|son|era|fue|eran|charges?|charged|bills?|billed"
    r"|acts?|acted|behaves?|behaved|cobran?|cobraron)\s+"
    r"(?:(?:full of|run by|staffed by|a bunch of|a pack of|bunch of|nothing but|such an?|a|an"
    r"|total|complete|real|just|like|un|una|unos|unas)\s+){0,3}(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# What the member says of a third party, left out of what both readers read to the end of its
# sentence (stop 31): "the hospital's billing office is run by idiots", "my ex-husband is a
# complete moron", "the ambulance company is a bunch of crooks", "those scumbags at the debt
# collector keep calling", "the collection agency guy called me a deadbeat", "los del hospital
# son unos ladrones", "my old insurance was run by clowns", and what a third party said of the
# team ("the pharmacist said you people are useless"). Not the plan or its people ("your
# agents", "the rep", "the insurance company"), and the removal stops where the member turns to
# the reader ("the lab is fine but you idiots lost it", "..., you clowns").
_OTHER_COMPANY = (
    r"(?:old|previous|former|other|last|prior|secondary|ex-?|husband'?s|wife'?s|spouse'?s"
    r"|partner'?s|employer'?s|dad'?s|mom'?s|parents'?|anterior|otra|otro)\s+(?:health\s+)?"
    r"(?:insurance(?:\s+company)?|insurer|plan|carrier|company|employer|job|hmo|ppo|aseguradora"
    r"|seguro|compa[nñ][ií]a)"
)
_OTHERS = (
    rf"(?:{_THIRD_PARTY})|{_OTHER_COMPANY}|debt collection(?: agency| company)?|collection(?:s)?"
    r"(?: agency| company| people| department| guys?)?|bill collectors?|scammers?|spam callers?"
    r"|telemarketers?|(?:ex[- ]?)?(?:husband|wife|spouse|partner|boyfriend|girlfriend)|ex"
    r"|landlord|landlady|employer|boss|neighbou?rs?|in-laws?|mother-in-law|father-in-law"
    r"|sons?|daughters?|kids?|children|mom|mum|mother|dad|father|brother|sister|cousin|uncle|aunt"
    r"|grandma|grandpa|grandmother|grandfather|friends?|roommate|co-?workers?|colleagues?"
    r"|hij[oa]s?|madre|padre|mam[aá]|pap[aá]|herman[oa]s?|prim[oa]s?|amig[oa]s?|t[ií][oa]s?"
    r"|abuel[oa]s?"
    r"|ex-?esposo|ex-?esposa|ex-?marido|ex-?mujer|expareja|casero|patr[oó]n|vecin[oa]s?|suegr[oa]s?"
)
# the rest of the sentence, up to the reader addressed again
_UNTIL_THE_READER = (
    r"(?:(?!\b(?:but|and|yet|while|whereas|unlike|like|than|as|pero|y|mientras|no como)\s+"
    r"(?:you|your|u|ur|y'all|ustedes|tus?|sus)\b|[,:]\s*(?:[\w'-]+\s+){0,2}?(?:you|your|u|ur|y'all"
    r"|ustedes)\b)[^.!?;\n])*"
)
# what a third party said ("the pharmacist told me your plan is garbage"), up to the reader
# addressed again ("the doctor said it was needed and you idiots denied it" is the member's)
_THEIR_WORDS = (
    r"\s+(?:(?:told|tells|called|calls)\s+me|said|says|thinks|think|thought|claims?|claimed"
    rf"|keeps? saying|kept saying|dice|dicen|dijo|dijeron|me dijo|me dijeron)\b{_UNTIL_THE_READER}"
)
# the reader said to be the same as the third party
_SO_ARE_YOU = (
    r"(?:\bso (?:are|r|is|do) (?:you|u|y'all|your \w+)|\b(?:just |exactly )?like (?:you|u|y'all"
    r"|your \w+)(?: people| guys| all| lot)?\b"
    r"(?!\s+(?:said|say|told|know|can|could|might|were|are|do|did))"
    r"|\bsame (?:goes )?for (?:you|u|y'all)\b|\bas are (?:you|u|y'all)\b"
    r"|\byou(?: people| guys)? too\b"
    r"|\b(?:you|u|y'all)(?: people| guys| all| lot)? (?:are|r|'re) (?:no better|just as bad"
    r"|the same|worse)\b|\by ustedes tambi[eé]n\b|\bigual que ustedes\b|\bcomo ustedes\b)"
)
_OF_THIRD_PARTIES = re.compile(
    # where a clause starts ("whoever processed my ambulance bill is ..." is about the reader)
    r"(?P<lead>^|[.!?;:,(\n]\s*|\b(?:and|but|so|because|since|honestly|frankly|also|plus|then"
    r"|now|well|ok|okay|ugh|cause|cuz|seriously|y|pero|porque|pues|ya que|adem[aá]s)\s+)"
    # not when the sentence says the reader is the same ("my ex is a jerk, and so are you")
    rf"(?![^.!?\n]*{_SO_ARE_YOU})"
    # "those scumbags at the debt collector", "the billing office at the hospital": what follows,
    # whatever it is, is said of them
    r"(?:\b(?:the|that|this|those|these|some|a|an)\s+(?:[\w'$*@!-]+\s+){0,3}?"
    r"(?:at|from|of|in|with|over at|behind)\s+(?:the|that|this|my|our|his|her)\s+"
    rf"(?:[\w'-]+\s+){{0,2}}?(?:{_OTHERS})(?:'s(?:\s+[\w-]+){{1,2}}?)?\b"
    rf"(?:{_THEIR_WORDS}|{_UNTIL_THE_READER})"
    # "the lab's billing people", "that orthodontist", "my ex", "los del hospital": what they are
    # or did, or what they said
    r"|(?:\b(?:the|that|this|those|these|my|our|his|her|their|a|an|el|la|los|las|mi|mis|esos"
    r"|esas|ese|esa|este|esta)\s+(?:[\w'-]+\s+){0,3}?"
    rf"(?:{_OTHERS})(?:'s|s')?\b(?:\s+(?:billing|front|business|office|desk|people|staff"
    r"|department|guys?|manager|workers|employees|person|lady|man|woman|folks|team|reps?|agents?"
    r"|callers?|collectors?|clerks?|receptionists?|nurses?|doctors?)\b){0,2}"
    r"|\b(?:los|las|el|la)\s+(?:de|del|de la|de los)\s+(?:[\w'-]+\s+){0,1}?"
    rf"(?:{_OTHERS})\b|\ben\s+(?:el|la|los|las)\s+(?:{_OTHERS})\b)"
    rf"(?:{_THEIR_WORDS}"
    r"|(?:\s+(?:(?:who|that|which|que)\s+[^.!?;,\n]{0,40}?\s+)?(?:is|are|was|were|'s|'re|seems?"
    r"|seemed|acts?|acted|sounds?|sounded|keeps?|kept|charged|billed|treated|es|son|era|eran|fue"
    r"|fueron|est[aá]n?|parecen?|me (?:llam[oó]|trat[oó]|cobr[oó]))\b"
    r"|\s+(?:keep|kept|have been|has been)\s+(?:calling|texting|harassing)\b)"
    rf"{_UNTIL_THE_READER}))",
    re.IGNORECASE,
)
# A short sentence right after one said of a third party, in scorn of the same: "That quack of a
# chiropractor billed me for visits I never had. Those thieves."
_AFTER_A_THIRD_PARTY = re.compile(
    r"(?<=… )[.!?]+\s*(?:those|these|what|such|bunch of|pack of|a bunch of)\s+(?:an?\s+)?"
    r"(?:[\w'$*@!-]+\s+){0,2}[\w'$*@!-]+\s*[.!?]+",
    re.IGNORECASE,
)


def _said_of_others(text: str, found: re.Match[str], start: int | None = None) -> bool:
    """The word just before `found` (or before `start`, the name inside it) is said of the
    member, one of theirs, or a third party."""
    start = found.start() if start is None else start
    before = text[max(0, start - 60) : start]
    return (
        _OF_ONESELF.search(before[-40:]) is not None or _OF_A_THIRD_PARTY.search(before) is not None
    )


# What comes after a name that says it is not the team's: someone calling or writing in the
# plan's name ("those scammers calling me pretending to be from your company"), or the member
# ("qué idiota soy", "what an idiot I am."; stop 30).
_NOT_THE_TEAM_AFTER = re.compile(
    r"\s+(?:soy|fui|me sent[ií]|me siento)\b|\s+(?:that\s+)?(?:i am|i was|i'm|am i)\s*(?:[.!?,]|$)"
    r"|\s+(?:keep\s+|have been\s+|are\s+|were\s+|kept\s+)?(?:calling|texting|pretending"
    r"|posing|impersonating|phishing|spoofing)\b"
    r"|\s+(?:who|that)\s+(?:keep\s+|have been\s+|kept\s+)?(?:call|calls|called|calling|text|texts"
    r"|texted|texting|pretend\w*|pose|posed|posing|impersonat\w*|spoof\w*)\b",
    re.IGNORECASE,
)


def _not_the_team_after(text: str, found: re.Match[str]) -> bool:
    return _NOT_THE_TEAM_AFTER.match(text, found.end()) is not None


_STRONG = re.compile(rf"\b(?:{_STRONG_NOUNS})\b", re.IGNORECASE)
# Imperative insults and threats.
_TOLD_OFF = re.compile(
    r"\bkiss my (?:ass|arse|butt)\b|\beat (?:shit|a dick|a bag of dicks|my shorts|dirt)\b"
    r"|\bbite me\b|\bget bent\b|\bget stuffed\b|\bpiss off\b|\bsod off\b|\bbugger off\b"
    r"|\bshove (?:it|this|that|your|ur)\b[^.!?]{0,40}\bup (?:your|ur) (?:ass|arse|butt)\b"
    r"|\bup (?:your|ur) (?:ass|arse)(?:es)?\b"
    r"|\bheads? out of (?:your|ur) (?:asses|arses|butts|ass)\b|\bpull (?:your|ur) heads? out\b"
    r"|\bgo (?:fuck|f\*+k|f|screw) (?:yourself|yourselves|urself|off)\b"
    r"|\bf(?:uck|\*+k|\*+)? (?:u|you)\b"
    r"|\bfu\b(?= and\b)|(?:^|[.!?,;]\s*)\W*f\*{0,4} off\b(?![ -]the hook|-)"
    r"|\bching(?:uen|ue|a|ada)(?:\s+(?:a\s+)?(?:su|tu)\s+madre)\b"
    r"|\b(?:vete|v[aá]yanse|vayan|largo|l[aá]rguense)\s+a\s+la\s+(?:mierda|chingada|verga|fregada)\b"
    r"|\ba la (?:chingada|verga) con\b|\bme (?:la|los|las) pelan\b|\bque te (?:jodan|den)\b"
    # threats
    r"|\b(?:you|u|y'all|you all|you people)(?:'ll| will| are going to| are gonna| gonna)\s+"
    r"(?:(?:really|all)\s+)?(?:regret|be sorry)\b"
    r"|\bmake (?:you|u|y'all|every one of you|all of you|each of you|somebody|someone|them)\s+"
    r"(?:(?:all|personally)\s+)?(?:regret|sorry|pay for (?:it|this) personally)\b"
    r"|\bpay for (?:it|this) personally\b"
    r"|\b(?:again|one more time),? and see what happens\b|\bsee what happens to (?:you|u|y'all)\b"
    r"|\bor else\s*(?:[.!?]|$)|\bwatch your backs?\b"
    r"|\bi know where (?:you|your|ur|y'all)\b"
    r"|\b(?:somebody|someone|people|one of you)(?: over there| at your (?:office|company))?\s+"
    r"(?:is|are|will|'s)\s+(?:going to|gonna)?\s*(?:get hurt|get what's coming|pay for this)\b"
    # contempt in a noun phrase, no "you" needed
    r"|\bwaste of (?:an? )?(?:\w+ )?(?:space|oxygen|air|skin|paycheck|salary|human|person|company"
    r"|department|team|uniform|headset|desk|chair)\b"
    r"|\bwhat (?:a|an) (?:\w+ )?(?:joke|disgrace|embarrassment|clown|idiot|moron|fool)"
    r" (?:you|u|y'all)(?: people| guys| all)? (?:are|r)\b"
    r"|\bas (?:stupid|dumb|useless|incompetent|clueless|lazy|worthless|pathetic|dense) as (?:you|u"
    r"|y'all)(?: people| guys| all)? (?:are|r)\b"
    r"|\b(?:you|u|y'all) (?:have|had) (?:one|1|a single) (?:job|task)\b"
    r"|\b(?:do|can|does) (?:you|u|y'all|anyone (?:there|over there|at your \w+))(?: people| guys)? "
    r"even (?:know how to (?:read|count|think)|read english|think)\b"
    r"|\bwhat are (?:you|u|y'all),? (?:stupid|dumb|blind|deaf|illiterate|an idiot|a moron)\b"
    r"|\b(?:deaf|blind) or (?:just )?(?:dumb|stupid|lazy|incompetent)\b"
    r"|\blearn (?:how )?to do (?:your|ur) (?:job|jobs)\b|\bget a real job\b|\bflipping burgers\b"
    r"|\bshove it\s*(?:[.!]|$)"
    r"|\bhow (?:do|can) (?:you|u|y'all|your \w+)(?: people| guys)? (?:sleep at night|live with "
    r"yourself|live with yourselves|look (?:at )?yourselves? in the mirror)\b"
    r"|\bsacks? of (?:shit|crap|garbage|trash)\b|\bpieces? of (?:shit|crap|garbage|trash)\b"
    r"(?=\s+(?:company|insurer|people|agents?|reps?|staff|employees|you|u)\b|\s*[,.!?]|$)"
    r"|\bjoke of an? (?:company|team|insurer|department|outfit|business|staff|call cent(?:er|re))\b"
    r"|\blowest form of (?:life|human)|\bmost (?:useless|incompetent|pathetic|clueless|worthless)"
    r" (?:pack|bunch|herd|band|gang|group|collection|crew) of\b"
    r"|\b(?:smarter|dumber|brighter|sharper) \w+(?: \w+)? than (?:you|your|ur|the (?:rep|agent|"
    r"person|lady|guy|supervisor|representative|people))\b"
    r"|\bmore (?:brains|sense|common sense|intelligence|brain cells) than (?:you|your|ur|"
    r"any of you|the (?:rep|agent|person|lady|guy|supervisor|representative|people))\b"
    r"|\bcouldn'?t (?:count to (?:ten|10|five|5|three|3)|find (?:their|your|ur) (?:own )?"
    r"(?:ass|butts?|arse)|organi[sz]e a|pour water out of|tie (?:their|your) (?:own )?shoes)"
    r"|\bare (?:you|u|y'all)(?: all| people| guys)?(?: just)? (?:brain[- ]?damaged|stupid|dumb"
    r"|retarded|morons|idiots|insane)\b"
    r"|\bqu[eé] asco de compa[nñ][ií]a\b"
    r"|(?:^|[.!?]\s+)fu\s*(?:[.!?,]|$)"
    # threats aimed at a person, not violent: their job, their name online, their life
    r"|\b(?:get|have|see|make sure) (?:you|u|y'all|you all|every one of you|all of you|(?:your|ur) "
    r"(?:\w+ )?(?:ass|butt|supervisor|manager|boss))\s+(?:\w+\s+){0,2}(?:fired|sacked|canned"
    r"|terminated|demoted|lose (?:your|ur|their) jobs?)\b"
    r"|\b(?:i'?ll|i will|i'?m going to|i'?m gonna|gonna) (?:have|take) (?:your|ur) (?:job|badge)\b"
    r"|\b(?:report|name|expose) (?:you|u|y'all) (?:personally|by name|publicly)\b"
    r"|\b(?:your|ur) (?:full |real )?name(?:'s| is)? going (?:online|up|everywhere|all over|on "
    r"(?:every|all|social|the internet|facebook|yelp|google|reddit))"
    r"|\buntil (?:you|u) (?:are|r) (?:out of (?:a|your|ur) job|fired|unemployed|sacked|canned)\b"
    # "... every day until they let you go", "hasta que te corran" (stop 27)
    r"|\buntil (?:they|your \w+|somebody|someone) (?:fires?|sacks?|cans?) (?:you|u)\b"
    r"|\buntil (?:they|your \w+|somebody|someone) lets? (?:you|u) go\b"
    r"|\bhasta que (?:te|los|las) (?:corran|despidan|echen)\b"
    # "stop being such a useless bureaucrat", "stop being so f***ing lazy"
    rf"|\bstop being (?:so|such an?|such)\s+(?:(?:fucking|freaking|damn|bloody)\s+)?"
    rf"(?:{_CONTEMPT_ADJ}|stupid|dumb|dense|ignorant|arrogant)\b"
    # "were you hired for being slow?", "do they hire you people for being dense?"
    r"|\b(?:hired|hire (?:you|u|y'all)(?: people| guys| all)?) for being (?:so )?"
    r"(?:slow|dense|stupid|dumb|lazy|useless|clueless|incompetent|thick|ignorant)\b"
    # an insult in a salutation: "To the clown who denied my claim:"
    rf"|^\W*(?:to|dear|attn:?|attention:?)\s+(?:the|whatever|whichever|whoever's the)\s+"
    rf"(?:\w+\s+)?(?:{_PERSON_NOUNS}|{_SCORNFUL_PRAISE})\s+(?:who|that|in|at)\b"
    # the one who took the call, named: "that rude jerk on the phone hung up on me"
    rf"|\b(?:the|that|this|your)\s+(?:[\w-]+,?\s+){{0,2}}?(?:{_PERSON_NOUNS})\s+(?:on the phone"
    r"|at (?:the )?(?:call cent(?:er|re)|billing|customer service|member services)|in (?:billing"
    r"|claims|customer service|member services)|(?:who|that) (?:answered|picked up|took my call"
    r"|handled|processed|reviewed|denied|hung up))\b(?!\s+(?:at|from|with|for)\b)"
    # what all of them are: "Worthless. Absolutely worthless, every single one of you."
    rf"|\b(?:{_CONTEMPT_ADJ}|stupid|dumb|idiots|morons|clowns|liars|crooks|thieves)[,.!]?\s+"
    r"(?:every (?:single )?one of (?:you|u|y'all)|(?:all|each) of (?:you|u|y'all))\b"
    # the team's own people named by an insult: "can your knuckleheads not read a calendar?"
    rf"|\b(?:your|ur)\s+(?:(?:[\w-]+)\s+)?(?:{_TEAM_PLURALS})\b"
    # sarcasm at the team: "leave it to the claims wizards", "real professional bunch you are"
    rf"|\bleave it to (?:the|your|you) (?:\w+ )?(?:{_SCORNFUL_PRAISE}|wizards)\b"
    r"|(?:^|[.!?]\s+)real (?:\w+ )?(?:bunch|lot|crew|outfit|operation|team)"
    r" you(?: guys| people)? (?:are|have|run|got)\b"
    r"|\bthe\s+(?:\w+\s+)?(?:masterminds|brainiacs|einsteins|rocket scientists)\s+(?:who|that"
    r"|behind)\b"
    # "I'm talking to a brick wall with a headset. A stupid one."
    # (read from the wall on: "I'm talking" is no insult said of oneself)
    r"|(?<=\bwall)[^.!?]{0,40}[.!?]\s*an? (?:stupid|dumb|useless|brainless|deaf) (?:one|wall)\b"
    # "Stupid cow, put me through", "a rude, clueless cow"
    rf"|\b(?:{_CONTEMPT_ADJ}|stupid|dumb|rude|ignorant|fat)\s*,?\s+(?:(?:{_CONTEMPT_ADJ})\s+)?"
    r"(?:cows?|cattle|sheep|donkeys?)\b(?!'s|\s+(?:milk|allergy|flu|skin|valve|at|from|in|on)\b)"
    # "¡Muy bien, expertos!", "felicidades, genios"
    r"|(?:^|[.!?¡]\s*)\W*(?:muy bien|felicidades|felicitaciones|bravo|qu[eé] bien|bien hecho"
    r"|gracias por nada),?\s+(?:(?:mis|grandes)\s+)?(?:genios|expertos|eminencias|lumbreras"
    r"|cerebritos|genio|experto|eminencia)\b"
    # the company's people all of one kind: "this company employs nothing but cheats"
    r"|\b(?:this|your|ur) (?:\w+ )?(?:company|insurer|outfit|operation|organi[sz]ation|business"
    r"|corporation)\s+(?:employs|hires|is run by|is staffed by|is full of|has)\s+(?:nothing but"
    rf"|only|a bunch of|a pack of)\s+(?:{_TEAM_PLURALS}|cheats|cheaters|hacks)\b"
    # "your outfit is a racket"
    r"|\b(?:your|ur|this) (?:\w+ )?(?:company|insurer|outfit|operation|organi[sz]ation|business"
    r"|corporation) is (?:a|an|such a|such an|nothing but a) (?:\w+ )?(?:racket|farce|disgrace"
    r"|cancer|parasite|leech|vulture|den of)\b"
    # "a goldfish would remember my claim better than you"
    r"|\b(?:monkeys?|chimps?|chimpanzees?|parrots?|hamsters?|goldfish|toddlers?|potato(?:es)?"
    r"|rocks?|bricks?|doorknobs?|houseplants?|trained seals?|my (?:dog|cat)|a (?:dog|cat|child"
    r"|kid|(?:five|5)[- ]year[- ]old))\s+(?:could|would|can|will)\b[^.!?]{0,50}\bbetter than"
    r" (?:you|u|y'all|your|any of you)\b"
    # scornful praise with what the reader can't do: "another genius who can't read"
    rf"|\b(?:another|what a|such a|some|you) (?:{_SCORNFUL_PRAISE}) (?:who|that) (?:can'?t|cannot"
    r"|couldn'?t|doesn'?t|don'?t|didn'?t|won'?t)\b"
    r"|\b(?:you|u|y'all)(?: people| guys| all)? (?:are|r) (?:just |about )?as (?:stupid|dumb|thick"
    r"|dense|useless|clueless|lazy|worthless|pathetic|incompetent|slow|dim) as\b"
    # stop 31 (dev: tone fresh8): "dumb as rocks", "more useless than last year"
    r"|(?<!i felt )(?<!i feel )(?<!i'm )(?<!i am )\b(?:dumb|thick|dense|stupid|sharp|bright) as"
    r" (?:an? )?"
    r"(?:(?:box|bag|sack|pile|bucket) of )?(?:rocks?|bricks?|hammers|posts?|dirt|doorknobs?"
    r"|planks?|bowling balls?|mud)\b"
    r"|\b(?:you|u|y'all)(?: guys| people| all)?(?:'ve| have|'re| are| r)?\b[^.!?]{0,30}\b(?:even )?"
    r"more (?:useless|incompetent|clueless|pathetic|inept|worthless|stupid|brainless) than\b"
    r"|\bbeneath contempt\b|\ba (?:sad|pathetic|miserable|bitter|petty|tiny) little (?:man|woman"
    r"|person|boy|girl|clerk)\b"
    r"|\beven a (?:child|toddler|kid|monkey|chimp|(?:five|5)[- ]year[- ]old|dog|cat|goldfish)\b"
    r"[^.!?]{0,40}\bthan (?:you|u|y'all|your)\b"
    r"|\b(?:no|ni) sab(?:e|es|en) (?:ni )?(?:leer|sumar|contar|escribir)\b"
    r"|\bname and shame\b|\bup yours\b|\bshut the (?:hell|fuck|f\*+k?|heck) up\b"
    r"|\b(?:your|ur) (?:sheer |utter |total |complete )?(?:incompetence|stupidity|idiocy|laziness"
    r"|arrogance)\b"
    # sarcasm: "the geniuses in billing", "Real smart.", "are you proud of yourselves?"
    r"|\bthe (?:geniuses|einsteins|brainiacs|masterminds|rocket scientists) (?:in|at|over at|from"
    r"|of)\b|(?:^|[.!?]\s+)(?:real|very|really|so) (?:smart|clever|bright)\s*[,.!]"
    r"|\b(?:are|r) (?:you|u|y'all)(?: people| guys| all)? proud of yourselves\b"
    r"|\b(?:post|plaster|put|spread|share|publish|splash) (?:your|ur) (?:full |real )?(?:name|face"
    r"|photo|picture|voice|number)s?\s+(?:\w+\s+)?(?:all over|everywhere|online|on (?:every|all"
    r"|social|the internet|facebook|twitter|tiktok|yelp|google|reddit|instagram|youtube))"
    r"|\bmake (?:your|ur) (?:life|lives|job|jobs|days?|week)\s+(?:a (?:living )?hell|hell"
    r"|miserable|a nightmare)\b"
    r"|\bruin (?:your|ur) (?:life|lives|careers?|reputation)\b"
    # the reader's mind: "your tiny brain", "a single brain cell", "be this dumb", "so even you
    # can follow", "how useless you are"
    r"|\b(?:your|ur) (?:tiny|little|small|pea[- ]?sized|feeble|puny|two|one) brains?\b"
    r"|\b(?:a single|one|two|three) brain cells?\b"
    r"|\biq (?:above|over|higher than|lower than|below) (?:room temperature|a |an |my |your )"
    r"|\bbe (?:this|that|so|as) (?:stupid|dumb|dense|thick|incompetent|useless|clueless|brainless"
    r"|ignorant|lazy)\b"
    r"|\b(?:are|r) (?:you|u|y'all|all of (?:you|u|y'all)|every one of (?:you|u|y'all)|all your \w+)"
    r"(?: \w+)? (?:this|that|so) (?:stupid|dumb|dense|thick|incompetent"
    r"|useless|clueless|brainless|ignorant|lazy)\b"
    r"|\bis (?:everyone|everybody|anyone|anybody)(?: (?:there|over there|in (?:your|that) \w+|at "
    r"(?:your|that) \w+))? (?:this|that|so) (?:stupid|dumb|dense|thick|incompetent"
    r"|useless|clueless|brainless|ignorant|lazy)\b"
    r"|\bhow (?:stupid|dumb|dense|incompetent|useless|clueless|lazy|pathetic|worthless|brainless)"
    r" (?:you|u|y'all|your \w+) (?:are|r|is)\b"
    r"|\bso (?:that )?even (?:you|u|y'all|your \w+)\b[^.!?]{0,20}\b(?:can|could|will|might|would)\b"
    r"|\b(?:small|little|simple|short|tiny) words so (?:that )?(?:you|u|y'all)\b"
    r"|\bslow(?:ly)? so (?:that )?(?:you|u|y'all)(?: can| could| will)? (?:understand|follow"
    r"|keep up|get it)\b"
    r"|\b(?:screw|fuck|f\*+k|f\*+) (?:this|that|your|ur) (?:\w+ )?(?:company|insurer|insurance"
    r"|corporation|outfit|department|office|staff|people)\b"
    r"|\bgo (?:cry|whine|run crying|run|complain) to (?:your|ur) (?:mommy|mama|mom|supervisor"
    r"|manager|boss)\b"
    r"|\b(?:hire|hired|hiring|employ|employs|staff) (?:trained )?(?:monkeys|chimps|chimpanzees"
    r"|baboons|toddlers|clowns|idiots|morons)\b",
    re.IGNORECASE | re.MULTILINE,
)
# Mockery of the reader's wits and work, and threats to their job (stop 28, dev: tone_test_fresh5
# and tone_dev_*): "too dim to read a claim form", "a rep who can't read", "couldn't count their
# own fingers", "did you get your job in a cereal box?", "do you even have a brain in there",
# "talking to you is like talking to a wet paper bag", "how stupid can one department be",
# "don't know a copay from a coupon", "for the slow one in the back", "until you're out the
# door", "end your career", "what a fraud you are", "a clown show".
# What the reader is mocked for finding hard (stop 31).
_SKILLS = (
    r"(?:basic |simple |elementary )?(?:reading(?: comprehension)?|math|maths|arithmetic|counting"
    r"(?: to (?:three|3|ten|10|five|5|two|2))?|spelling|listening|comprehension|addition"
    r"|subtraction|english|logic|thinking|following (?:simple |basic )?instructions|the alphabet"
    r"|(?:long|big) words)"
)
_MOCKERY = re.compile(
    r"\b(?:you|u|y'all|you all|you people|you guys|your (?:\w+ )?(?:staff|people|agents|reps|team"
    r"|department|employees|office))\b[^.!?]{0,30}?\btoo (?:dim|dumb|stupid|thick|dense|lazy"
    r"|incompetent|clueless|brainless|ignorant|illiterate|idiotic|busy being useless) to\b"
    r"|\b(?:rep|agent|representative|person|clerk|staff|people|folks|someone|somebody|anyone|whoever"
    r"|you|y'all|adjuster|reviewer)\s+(?:who|that)\s+(?:can'?t|cannot|couldn'?t)\s+(?:even\s+)?"
    r"(?:read|count|spell|add|think)(?:\s+(?:a|the)\s+(?:simple|basic)\s+\w+)?\s*(?:[.!?,;:]|$)"
    r"|\bcouldn'?t (?:count|find) (?:their|your|ur|his|her) own (?:fingers|toes|feet|noses?"
    r"|heads?)\b"
    r"|\b(?:couldn'?t|can'?t|cannot|wouldn'?t)\s+\w+[^.!?]{0,40}\bif (?:their|your|ur|his|her)"
    r" li(?:fe|ves) depended on it\b"
    r"|\b(?:job|degree|diploma|license|licence|certificate|training|badge)\b[^.!?]{0,30}\b(?:cereal"
    r"|cracker ?jack) box(?:es)?\b"
    r"|\b(?:do|does|did|can) (?:you|u|y'all|your \w+)(?: people| guys| all)? (?:even |actually "
    r"|really )?(?:have|own) (?:a|one|any) (?:functioning |working |single )?brains?\b"
    r"|\btalking to (?:you|u|y'all|your \w+)(?: people| guys)? is like talking to (?:an? )?"
    r"(?:\w+ ){0,2}"
    r"(?:wall|brick|rock|stone|bag|potato|doorknob|toddler|tree|post|houseplant|goldfish|robot"
    r"|parrot|cardboard)\b"
    r"|\bhow (?:stupid|dumb|dense|thick|incompetent|useless|clueless|lazy|inept|brainless)"
    r" (?:can|could)"
    r" (?:you|u|y'all|one|a|an|your|this|that|these|those|any)\b[^.!?]{0,30}\bbe\b"
    r"|\b(?:you|u|y'all|they|(?:your|ur)\b[^.!?,;]{0,30}?)\s+(?:don'?t|doesn'?t|do not|does not"
    r"|wouldn'?t) know (?:a|an|the|their|your|his|her) \w+ from (?:a|an|the|their|your|his|her) \w+"
    r"|\bfor the slow (?:one|ones|kids?|people|folks) in the back\b"
    r"|\buntil (?:you|u)(?:'re| are| r) (?:out the door|out on the street|out on your ass|gone)\b"
    r"|\b(?:end|destroy|wreck|tank|ruin) (?:your|ur) (?:career|job|livelihood)s?\b"
    r"|\bwhat (?:a|an) (?:\w+ )?(?:fraud|liar|crook|thief|hack|loser|failure|joke|clown"
    r"|disgrace) (?:you|u|y'all)(?: people| guys| all)? (?:are|r|is)\b"
    r"|\bwith (?:your|ur) (?:full |real )?name on it\b[^.!?]{0,40}\b(?:everywhere|online|all over)"
    # (not "a circus": frustration at a department, tone_labelled)
    r"|\b(?:your|ur|this|the) (?:\w+ )?(?:company|insurer|outfit|operation|organi[sz]ation"
    r"|business|corporation|department|office|call cent(?:er|re)|team) (?:is|are|runs like) (?:a|an"
    r"|one big|nothing but a) (?:\w+ )?(?:clown show|clown car|shit ?show|freak show)\b"
    r"|\b(?:herd|bunch|pack|room full) of (?:cattle|sheep|cows|monkeys|chimps|sloths|baboons)\b"
    r"|\b(?:bot|bird|pea|lizard|mush|scatter|feather|rat|potato)[- ]?brained\b"
    r"|\bgive (?:you|u|y'all|them) (?:a|an) (?:trophy|medal|award|prize|gold star) for (?:that|this"
    r"|it)\b"
    # stop 30 (dev: drafts fresh11, tone fresh7): "since reading is apparently optional for you
    # people", "reading obviously isn't your strong suit", "the last agent was too dim to
    # understand it", "which Einstein decided ...", "ur agents are 💩"
    r"|\b(?:reading|math|maths|listening|counting|spelling|comprehension|basic math|english)\s+"
    r"(?:is|seems|must be)\s+(?:(?:apparently|obviously|clearly|evidently|so|too|just)\s+){0,2}"
    r"(?:hard|difficult|optional|a challenge|a struggle|too much|beyond)\s+(?:for|to)\s+(?:you|u"
    r"|y'all|your \w+|ur \w+)\b"
    r"|\b(?:reading|math|maths|listening|counting|spelling|comprehension|thinking|english)\s+"
    r"(?:(?:apparently|obviously|clearly|evidently)\s+)?(?:isn'?t|is not|was never|ain'?t)\s+"
    r"(?:exactly\s+)?(?:your|ur|y'all's)\s+(?:\w+\s+)?(?:strong suit|forte|strength|thing)\b"
    r"|\b(?:the|that|this|your|ur)\s+(?:\w+\s+)?(?:agent|rep|representative|clerk|adjuster"
    r"|reviewer|supervisor|co-?worker|colleague|operator|lady|guy|person)\s+(?:\w+\s+){0,3}?"
    r"(?:was|is|were|are|seems?)\s+(?:just\s+)?too (?:dim|dumb|stupid|thick|dense|lazy"
    r"|incompetent|clueless|brainless|ignorant|illiterate|idiotic) to\b"
    r"|\b(?:which|what|whatever|whichever) (?:\w+ )?(?:einstein|genius|rocket scientist|mastermind"
    r"|brainiac|bright spark|wise guy|smart ?ass|clown|idiot|moron|imbecile|bozo|fool)s? (?:here "
    r"|there |over there )?(?:decided|thought|figured|approved|denied|lost|wrote|signed|came up"
    r"|made|is responsible|was responsible|runs|designed|set up|put)\b"
    r"|\b(?:you|u|y'all|(?:your|ur) \w+)(?: guys| people| all)?\s+(?:are|r|is)\s+(?:all\s+|such"
    r"\s+|a\s+|total\s+|just\s+)?(?:💩|🤡|🐀|🐍|🐷|🐖)"
    r"|(?:bunch|pack|herd|room full) of (?:💩|🤡|🐀|🐍|🐷|🐖)|🖕"
    r"|\b(?:talent|gift|knack|flair) for (?:incompetence|stupidity|screwing (?:up|things up)"
    r"|failure|losing (?:things|paperwork|claims|my))\b"
    r"|\b(?:you|u|y'all|(?:your|ur) (?:\w+ )?(?:staff|people|agents?|reps?|team|employees"
    r"|department|office|supervisors?))(?: all| people| guys)?(?:'re| are| r| is)(?: all)? "
    r"(?:just |simply |clearly "
    r"|obviously )?"
    r"not (?:smart|bright|competent|sharp) enough\b"
    r"|\b(?:someone|somebody|anyone|anybody|a person|a human) with (?:a |half a |an actual |one )?"
    r"(?:working|functioning|functional|actual) brain\b"
    r"|\b(?:bot|bird|pea|lizard|mush|scatter|feather|potato)[- ]?brains?\b(?!\s+(?:aneurysm|tumou?r"
    r"|injury|scan|mri|surgery|bleed|damage|fog))"
    r"|\b(?:eres|es|son|sois)\s+(?:un|una|unos|unas)\s+(?:pinche\s+)?brut[oa]s?\b"
    # "ur the worst, fix it": the reader called the worst (not "your system is the worst")
    r"|\b(?:you|u|y'all)(?: guys| people| all)?\s*(?:are|r|'re)\s+(?:(?:just|truly|literally"
    r"|honestly|absolutely|officially)\s+)?the (?:worst|absolute worst)\s*(?:[,.!?;:]|$|ever\b)"
    # stop 31 (probes written by tone9): the reader's wits mocked in a frame: "I know reading is
    # hard", "basic arithmetic is hard for you", "counting to three must be a real struggle over
    # there", "I'll type it in crayon", "get an adult to help you read it", "I'll draw you a
    # diagram" (not "I know reading is hard for my dad", "English is difficult for some members")
    rf"|\b(?:i know|i reali[sz]e|i understand|i get (?:it|that)|apparently|clearly|obviously"
    rf"|evidently|since|i'?m aware)\s+(?:that\s+)?(?:{_SKILLS})\s+(?:is|are|can be|must be|seems?)"
    r"\s+(?:(?:so|really|very|a bit|kind of|pretty|such)\s+)?(?:hard|difficult|tough|confusing"
    r"|too much|an? (?:real |big |huge )?(?:challenge|struggle|stretch|mystery))\b"
    # and nothing after it but the reader ("... is hard for my dad" is no mockery)
    r"(?=\s*(?:[.!?]|$)|\s+for (?:you|u|y'all|your|ur)\b)"
    rf"|\b(?:{_SKILLS})\s+(?:is|are|must be|seems?)\s+(?:(?:apparently|obviously|clearly|evidently"
    r"|so|too|just|such|really)\s+){0,2}(?:an?\s+)?(?:(?:real|big|huge|major)\s+)?(?:hard|difficult"
    r"|tough|challenge|challenging|struggle|stretch|mystery)\s+(?:for (?:you|u|y'all|your \w+"
    r"|ur \w+|anyone (?:there|over there|at your \w+))\b|over there\b|at your (?:office|company"
    r"|end)\b|in (?:your|that) (?:office|department|building)\b)"
    r"|\b(?:write|wrote|type|spell|explain|draw|send|print|put)\w*\s+(?:(?:it|this|that|them|you|u"
    r"|y'all|out|down|for you|again)\s+){0,3}in crayons?\b"
    # stop 31, second round (dev: tone fresh9): crayons for the reader ("I don't have any crayons
    # handy for your team"), a letter a toddler wrote ("Did a toddler write it?"), someone
    # smarter to talk to, "you tried your best, which says a lot about you"
    # (the match takes "my" of "my crayons", which would else read as said of the member's own)
    r"|\b(?:(?:my|any|the|some|no|enough)\s+)?crayons?\b[^.!?]{0,40}\b(?:for|to) (?:you|u|y'all"
    r"|your (?:\w+ )?(?:team|people|staff|office|department|company|reps|agents))\b"
    r"|\b(?:did|does|was|were|is) (?:a|an|your|some) (?:toddler|monkey|chimp"
    r"|(?:five|5|four|4|three|3)[- ]year[- ]old|kindergartn?er|first[- ]grader)s? (?:writ(?:e|ing)"
    r"|draft(?:ing)?|typ(?:e|ing)|do(?:ing)?|mak(?:e|ing)) (?:it|this|that|these|those|them"
    r"|your \w+)\b"
    r"|\b(?:written|drafted|typed) by (?:a |an |some )?(?:toddler|monkey|chimp|(?:five|5)[- ]year"
    r"[- ]old|kindergartn?er|first[- ]grader)s?\b"
    r"|\b(?:someone|somebody|anyone|anybody|a person)\s+(?:smarter|brighter|with (?:a brain|half a"
    r" brain|a functioning brain|(?:two|2) brain cells))\b"
    r"|\b(?:tried|did) (?:your|ur) (?:very )?(?:best|hardest)\b"
    r"[^.!?]{0,30}\bsays (?:a lot|everything|plenty|so much|it all) about (?:you|u|y'all)\b"
    r"|\bdraw (?:you|u|y'all)(?: guys| people)? (?:a |an |some )?(?:\w+ )?(?:picture|diagram|map"
    r"|chart|drawing|flowchart)s?\b"
    r"|\b(?:get|ask|find|fetch|call)\s+(?:an?\s+)?(?:adult|grown-?up|(?:your|ur) (?:mommy|mom|mum"
    r"|mama|mother))\b(?:\s+(?:at|in|from|over at)\s+(?:your|ur|the)\s+\w+)?\s+to\s+(?:help|explain"
    r"|read|show)\b[^.!?]{0,30}?\b(?:you|u|y'all)\b"
    rf"|\bwhat (?:kind|sort|type) of (?:an? )?(?:[\w'*$@!-]+\s+)?(?:{_PERSON_NOUNS})\s+(?:hangs?"
    r"|hung|would|does|denies|denied|treats|treated|talks?|closes|closed|loses|lost|works?"
    r"|answers|puts|laughs|laughed|ignores|ignored)\b",
    re.IGNORECASE | re.MULTILINE,
)

# Sarcasm: praise of the team in a frame that mocks it ("Brilliant staff you have, truly
# brilliant", "slow clap for the claims team", "the brain trust in billing", "congrats to whatever
# rocket scientist decided...", "I'm honestly in awe", "oh look, the experts have spoken") in a
# message that says something went wrong, and that thanks for no result ("Thank you, you guys are
# geniuses, the refund already came through!" is praise).
_IRONIC_PRAISE = re.compile(
    r"\bslow clap\b|\bbrain trust\b|\bfinest minds\b|\bbest and brightest\b"
    r"|\bcrack (?:team|staff|squad|unit|operation)\b"
    r"|\b(?:truly|really|just|simply|absolutely) (?:brilliant|impressive|amazing|outstanding"
    r"|remarkable|stellar|genius|world[- ]class)\s*[.!,]"
    r"|\b(?:brilliant|stellar|outstanding|top[- ]notch|world[- ]class|fantastic|amazing|great"
    r"|wonderful|excellent|fine|impressive|real|crack) (?:\w+ )?(?:staff|team|people|service|work"
    r"|job|operation|outfit|crew|bunch|department|agents|reps|system) (?:you|u|y'all)(?: guys"
    r"| people)? (?:have|got|'ve got|run|do|are running)\b"
    r"|\b(?:i'?m|i am) (?:honestly |truly |just |so |really |absolutely )?in awe\b"
    r"|\b(?:another|yet another) (?:masterpiece|triumph|stroke of genius|brilliant move"
    r"|fine example)\b|\bstroke of genius\b"
    r"|^\W*(?:oh,? )?look,? the (?:experts|geniuses|professionals|pros|specialists)\b"
    r"|\bthe (?:experts|geniuses|professionals|pros) have spoken\b"
    r"|\b(?:you|u|y'all|your \w+)(?: guys| people| all)? (?:are|r|'re) (?:such |real |true "
    r"|absolute |total )?(?:geniuses|masterminds|brainiacs|einsteins|rocket scientists"
    r"|a crack team)\b"
    rf"|\bwhat (?:a|an) (?:{_SCORNFUL_PRAISE}) (?:you|u|y'all)(?: guys| people| all)? (?:are|r)\b"
    r"|\b(?:whatever|whichever|some|the) (?:rocket scientist|genius|mastermind|einstein|brainiac"
    r"|bright spark)s? (?:who|that|decided|thought|came up|approved|denied|lost|wrote|in|at"
    r"|over)\b"
    r"|\bthe (?:geniuses|einsteins|masterminds|brainiacs|rocket scientists|wizards|whiz kids)\b",
    re.IGNORECASE | re.MULTILINE,
)
_MISHAP = re.compile(
    r"\b(?:lost|lose|loses|losing|botch\w*|doubled?|twice|again|wrong|mistakes?|errors?|screw\w*"
    r"|mess(?:ed)? up|mixed up|forg[oe]t\w*|ignor\w*|isn'?t me|wasn'?t me|denied|deny|broke"
    r"|broken|neighbou?r'?s?|months?|weeks?|nobody|no one|never|can'?t|couldn'?t|didn'?t"
    r"|won'?t|still|another|instead|fail\w*|decided|perdieron|otra vez|de nuevo|nunca"
    r"|without (?:answering|reading|looking|checking|replying|asking|a word))\b",
    re.IGNORECASE,
)
_RESOLVED = re.compile(
    r"\b(?:came through|went through|arrived|got it|it worked|worked|fixed it|fixed|resolved|sorted"
    r"|approved|reimbursed|lleg[oó]|resuelto|arreglad[oa]|funcion[oó])\b",
    re.IGNORECASE,
)
_THANKS = re.compile(r"\b(?:thanks?|thank you|thx|gracias|appreciate|grateful)\b", re.IGNORECASE)


def _sincere(text: str) -> bool:
    """Thanks for a result, with nothing said to have gone wrong."""
    return bool(_THANKS.search(text) and _RESOLVED.search(text) and not _MISHAP.search(text))


# Praise that is sarcasm when the same message says the team did something wrong (stop 30): "Wow
# great job guys, you lost my claim again", "what a stellar team, lost my claim twice", "Bravo, you
# managed to deny a covered claim. Amazing.", "the geniuses upstairs". Read with _TEAM_FAULT, not
# the wider _MISHAP: "Great job on the approval, but the card still hasn't come" is praise and a
# question.
_PRAISE = re.compile(
    r"\b(?:great|brilliant|stellar|fantastic|amazing|wonderful|excellent|outstanding|terrific"
    r"|superb|awesome|top|impressive|fine|bang-up|world[- ]class|first[- ]class|top[- ]notch"
    r"|crack|real) (?:job|work|going|team|service|effort|move|show|outfit|operation|crew)\b"
    r"|\b(?:bravo|congrats|congratulations|kudos|way to go|hats off|round of applause"
    r"|gold stars?|slow clap)\b"
    r"|\b(?:really|truly|so|very|just|simply|absolutely)? ?(?:amazing|impressive|brilliant"
    r"|incredible|stellar|genius|spectacular|fantastic|outstanding|wonderful|professional)\s*[.!]+\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# Praise and a complaint joined by a contrast are both meant: "Great job on the refund, but you
# denied my other claim again."
_CONTRAST = re.compile(
    r"\b(?:but|though|although|however|pero|aunque|sin embargo)\b", re.IGNORECASE
)
_TEAM_FAULT = re.compile(
    r"\b(?:you|u|y'all|your \w+|ur \w+)(?: guys| people| all| folks)?\s+(?:\w+\s+)?(?:lost|denied"
    r"|botched|screwed|messed|forgot|ignored|managed to|mailed|misplaced|dropped|rejected"
    r"|double[- ]billed|overcharged|cancel+ed)\b"
    r"|\b(?:again|twice|(?:third|fourth|fifth|3rd|4th|5th) time)\b|\bfor nothing\b",
    re.IGNORECASE | re.MULTILINE,
)


def _sarcastic(text: str) -> bool:
    if _sincere(text):
        return False
    if _IRONIC_PRAISE.search(text) and _MISHAP.search(text):
        return True
    # the praise and the fault in one sentence, not joined by a contrast: praise in one sentence
    # and a complaint in the next are both meant ("Great job on the refund! The pharmacy charged
    # me twice, can you check?")
    return any(
        _PRAISE.search(sentence) and _TEAM_FAULT.search(sentence) and not _CONTRAST.search(sentence)
        for sentence in SENTENCE.findall(text)
    )


# Plain praise of the reader, with nothing said to have gone wrong: "you're the best rep I've
# had", "you are such a kind person" (stop 33: the learned reader took one for abuse on a
# surprised "holy cow"). The rules still read it (sarcasm, insults beside it); the learned reader
# does not overrule it.
_PRAISE_OF_THE_READER = re.compile(
    r"\b(?:you(?:'re| are| r| were)|ur)\s+(?:truly\s+|really\s+|honestly\s+|by far\s+"
    r"|hands down\s+|seriously\s+)?(?:the|such an?)\s+(?:best|greatest|nicest|kindest|sweetest"
    r"|most helpful|most patient|most knowledgeable|most professional|(?:very |really )?(?:kind"
    r"|helpful|patient|nice|lovely|wonderful|great))\b",
    re.IGNORECASE,
)


def _plain_praise(text: str) -> bool:
    return (
        _PRAISE_OF_THE_READER.search(text) is not None
        and _MISHAP.search(text) is None
        and _TEAM_FAULT.search(text) is None
        and not _sarcastic(text)
    )


# Leetspeak and masks inside a word ("m0r0ns", "1diot", "a$$holes", "b@stards", "dumb@ss").
# A letter written three times or more ("stuuupid", "sooo") stands for one.
_STRETCHED = re.compile(r"([a-z])\1{2,}", re.IGNORECASE)
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "$": "s", "@": "a", "!": "i"}
)
_LEET_WORD = re.compile(r"[a-z0-9$@!*]*[a-z][a-z0-9$@!*]*", re.IGNORECASE)


# A token of digits and a few letters that spells an insult in leetspeak ("1d1075", "m0r0n5"):
# more digits than letters, so _unleet keeps it as an id; read here only when its letters are
# lower case (ids on cards are upper case: "Group 1D1075") and the whole token becomes an insult.
_DIGIT_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"})
_DIGIT_TOKEN = re.compile(r"\b(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{4,}\b")


def _digit_leet_insults(text: str) -> str:
    def word(found: re.Match[str]) -> str:
        read = found.group(0).lower().translate(_DIGIT_LEET)
        return read if _INSULT_WORD.fullmatch(read) else found.group(0)

    return _DIGIT_TOKEN.sub(word, text)


def _unleet(text: str) -> str:
    def word(found: re.Match[str]) -> str:
        token = found.group(0)
        # a word with letters and digits or masks, not an id ("W1D0T5" has as many digits)
        if sum(c.isalpha() for c in token) <= sum(not c.isalpha() for c in token):
            return token
        core = token.rstrip("!")
        return core.translate(_LEET) + token[len(core) :]

    return _STRETCHED.sub(r"\1", _LEET_WORD.sub(word, text))


# Swear words and insults written with masks for some letters ("f*ck", "sh*theads", "pr*cks",
# "b*llsh!t", "a$$", "h*ll", "p3nd*jos"): a masked word is read as the word of this list it can
# stand for, each run of masks standing for as many letters or one more (the nearest length
# first). Stop 27 (tone5); a word with no mask, or with none of these under it, stays as written
# ("****1234", "*please*", "A*").
_MASKABLE = tuple(
    re.findall(
        r"\S+",
        "fuck fucks fucked fucker fuckers fucking fuckin fuckhead fuckheads fuckwit fuckwits"
        " motherfucker motherfuckers shit shits shitty shithead shitheads shitbag shitbags bullshit"
        " dipshit dipshits horseshit ass asses asshole assholes asshat asshats asswipe asswipes"
        " assclown assclowns dumbass dumbasses jackass jackasses smartass bitch bitches bastard"
        " bastards prick pricks dick dicks dickhead dickheads damn damned goddamn hell crap crappy"
        " piss pissed idiot idiots moron morons stupid twat twats wanker wankers douche douchebag"
        " douchebags cunt cunts pendejo pendejos pendeja pendejas cabron cabrones chingada"
        " chingados chinga mierda puta puto putos culero culeros verga carajo idiota idiotas"
        " estupido estupidos",
    )
)
_MASKED_WORD = re.compile(r"[a-z0-9$@!*#]*[a-z][a-z0-9$@!*#]*", re.IGNORECASE)
_MASKS = re.compile(r"[*#]+")


def _unmask(text: str) -> str:
    def word(found: re.Match[str]) -> str:
        token = found.group(0)
        if len(token) < 3 or not re.search(r"[*#$@!\d]", token):
            return token
        core = token.rstrip("!")
        plain = core.lower().translate(_LEET)
        if plain in _MASKABLE:
            return plain + token[len(core) :]
        if not _MASKS.search(plain) or not plain[0].isalpha():
            return token
        shape = re.compile(
            "".join(
                f"[a-z]{{1,{len(part) + 1}}}" if part[0] in "*#" else re.escape(part)
                for part in re.findall(r"[*#]+|[^*#]+", plain)
            )
        )
        fits = [w for w in _MASKABLE if len(w) >= len(plain) - 1 and shape.fullmatch(w)]
        if not fits:
            return token
        return min(fits, key=lambda w: abs(len(w) - len(plain))) + token[len(core) :]

    return _MASKED_WORD.sub(word, text)


# Swearing and insults spelt to slip past a filter or just misspelt ("fuk", "phuck", "fcuk",
# "azzholes", "biatch", "stoopid", "dumbas"), read as the word they stand for.
# Not "Fukuda" or "Fukushima".
_MISSPELT = (
    # "fkn", "fkin", "fking": fucking (stop 27)
    (re.compile(r"\bfk(?:n|in|ing|ng)\b", re.I), "fucking"),
    (re.compile(r"\b(?:phuck|phuk|fuk(?!u)|fuq|fck|fcuk|fukk|fawk|fvck)", re.I), "fuck"),
    (re.compile(r"\b(?:shyt|sht|shiit)", re.I), "shit"),
    (re.compile(r"(?:\b|(?<=dumb)|(?<=jack)|(?<=smart))azz", re.I), "ass"),
    (re.compile(r"\b(?:biatch|biotch|beyotch|bytch|bicth)", re.I), "bitch"),
    (re.compile(r"\bst(?:oo+|u)pi?d", re.I), "stupid"),
    (re.compile(r"\bdumba[sz]\b", re.I), "dumbass"),
    (re.compile(r"\bid(?:jit|jut|oit)\b", re.I), "idiot"),
    (re.compile(r"\bid(?:jits|juts|oits)\b", re.I), "idiots"),
    (re.compile(r"\bbuncha\b", re.I), "bunch of"),
    (re.compile(r"\bsuk\b", re.I), "suck"),
    (re.compile(r"\bsux\b", re.I), "sucks"),
)
# Letters spaced or dotted out ("f u c k", "S T U P I D", "F.U."), also as the start of a word
# ("s c u m bags"): joined when the joined word is one of swearing or insult, so that "u r a" or
# "plan A or B" stay as written.
_SPACED_OUT = re.compile(
    r"(?<![\w.])(?:[a-z][ .-]){1,}[a-z](?!\w)(?:[ .](?P<rest>[a-z]+)(?!\w))?", re.IGNORECASE
)
# Whole sentences spelt out, letters one space apart and words two or more ("y o u   a r e
# u s e l e s s"): each word joined (stop 30). Only two or more such words in a row, so that
# "u r a" or "plan A or B" stay as written.
_SPELT_SENTENCE = re.compile(r"(?:[a-z] ){1,}[a-z](?:\s{2,}(?:[a-z] ){1,}[a-z])+", re.IGNORECASE)
_PERSON_NOUN_WORD = re.compile(rf"(?:{_PERSON_NOUNS})", re.IGNORECASE)
_SPELT_OUT_WORD = re.compile(
    rf"(?:{_SWEAR_WORDS}|{_PERSON_NOUNS}|stupid|dumb|useless|fu|stfu|suck|sucks)", re.IGNORECASE
)
# "you're", "youre", and "your"/"ur" misused for it before what says what the reader is ("your so
# dense", "ur all azzwipes"): read as "you are".
_YOU_ARE = re.compile(
    r"\b(?:you'?re|youre|u'?re)\b"
    r"|\b(?:your|ur)(?=\s+(?:so|such|a|an|just|all|really|the (?:most|worst|dumbest|stupidest)|"
    r"officially|literally|truly|clearly|obviously|completely|totally|absolutely|being)\b)",
    re.IGNORECASE,
)


def _respelt(text: str) -> str:
    for misspelt, word in _MISSPELT:
        text = misspelt.sub(word, text)

    def join(found: re.Match[str]) -> str:
        rest = found.group("rest") or ""
        letters = found.group(0)[: len(found.group(0)) - len(rest)].rstrip(" .-")
        joined = re.sub(r"[ .-]", "", letters)
        # the word the letters begin ("s c u m bags"), a name from the closed list; else the
        # letters alone ("s h i t t y people"), else letters and word together ("f u c king")
        if rest and _PERSON_NOUN_WORD.fullmatch(joined + rest):
            return joined + rest
        if _SPELT_OUT_WORD.fullmatch(joined):
            return f"{joined} {rest}" if rest else joined
        if rest and _SPELT_OUT_WORD.fullmatch(joined + rest):
            return joined + rest
        return found.group(0)

    text = _SPELT_SENTENCE.sub(
        lambda found: " ".join(w.replace(" ", "") for w in re.split(r"\s{2,}", found.group(0))),
        text,
    )
    return _YOU_ARE.sub("you are", _SPACED_OUT.sub(join, text))


# Someone of the member's own compared with the team is the team's insult: "my dog is smarter
# than your whole billing department".
_COMPARED = re.compile(
    r"\b(?:smarter|brighter|sharper|more competent|more useful|more helpful) than (?:you|u|y'all"
    r"|your(?: whole| entire)? (?:\w+ )?(?:company|department|staff|team|office|call cent(?:er|re)"
    r"|people|agents|reps)|any of you|the (?:whole )?lot of you)\b",
    re.IGNORECASE,
)


# A name for a third party with the reader said to be the same: "my ex is a jerk, and so are you
# people", "the hospital's staff are clowns, just like you" (stop 31).
_SAME_AS_THEM = re.compile(
    rf"\b(?:{_PERSON_NOUNS}|{_CONTEMPT_ADJ}|stupid|dumb|rude|porquer[ií]a|basura|scum|a joke)\b"
    r"[^.!?]{0,15}?,?\s+(?:and\s+|y\s+)?"
    rf"{_SO_ARE_YOU}",
    re.IGNORECASE,
)


def _names_the_reader(text: str) -> bool:
    if any(_SAME_AS_THEM.search(variant) for variant in _variants(text)):
        return True
    for variant in _variants(text):
        # "the rep told me I was an idiot" reports what the agent said of the member
        if _COMPARED.search(variant) or any(
            _SAID_OF_ME.search(variant[: found.start() + name.start()][-40:]) is None
            for found in _SAID_OF_AN_AGENT.finditer(variant)
            for name in list(_NAME_IN_MATCH.finditer(found.group(0)))[-1:]
        ):
            return True
        for pattern in (_TOLD_OFF, _MOCKERY, _STRONG):
            if any(not _said_of_others(variant, found) for found in pattern.finditer(variant)):
                return True
        if any(not _name_said_of_others(variant, found) for found in _VOCATIVE.finditer(variant)):
            return True
    return _sarcastic(text)


_SAID_OF_ME = re.compile(
    r"\b(?:i'?m|im|i am|i was|i'd be|me|yo (?:soy|era|fui))\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE
)
_NAME_IN_MATCH = re.compile(rf"\b(?:{_PERSON_NOUNS}|{_SCORNFUL_PRAISE})(?!\w)", re.IGNORECASE)
_ADDRESSED = re.compile(r"^\W*(?:you|u|ya)\b", re.IGNORECASE)


def _name_said_of_others(text: str, found: re.Match[str]) -> bool:
    """A name found with the words around it ("you called me an idiot", "son unos ladrones") is
    said of others when the words just before the name itself say so ("called me an", "el
    laboratorio son unos"), or, unless the match opens by addressing the reader ("fix my bill you
    useless pricks": the "my bill" before "you" owns nothing), the words before the match do.
    Scornful praise ("you guys are geniuses") in a message that sincerely thanks for a result is
    praise."""
    names = list(_NAME_IN_MATCH.finditer(found.group(0)))
    if not names:
        return _said_of_others(text, found)
    name = names[-1]
    if re.fullmatch(_SCORNFUL_PRAISE, name.group(0), re.IGNORECASE) and _sincere(text):
        return True
    if _said_of_others(text, found, found.start() + name.start()):
        return True
    return not _ADDRESSED.match(found.group(0)) and _said_of_others(text, found)


# The third detector: a linear model trained on human-labelled offensive text
# (alt-profanity-check, shipped with its weights), read on the clauses that address the team
# ("you", "your ...", "y'all"; English, the model's language). It scores offensive language, not
# abuse, so a clause about the bill ("this fucking bill is three times what I expected") is not
# read: swearing at a situation stays civil. Threshold chosen on dev material only (README).
OFFENSIVE_AT_TEAM = 0.7
_CLAUSE = re.compile(r"[^.!?;,\n]+")
# A clause also ends at "but": "this deductible thing is bullshit but it's not your call" swears
# at the deductible, not at the reader (stop 31).
_BUT = re.compile(r"\b(?:but|pero|though|although|aunque)\b", re.IGNORECASE)
_ADDRESSES_THE_TEAM = re.compile(
    r"\b(?:you|u|y'all|yall|ur|your|yours|yourselves|whoever)\b", re.IGNORECASE
)


# What the member says of themself ("you must think I'm stupid") is left out of what the model
# reads: it is no insult to the team.
_OF_THEMSELF = re.compile(
    r"\b(?:i'?m|im|i am|i was|i feel(?: like)?|i felt(?: like)?|made me (?:feel|look)(?: like)?)\s+"
    r"(?:(?:so|such|a|an|total|complete|real|really|kind of|pretty|just)\s+){0,3}\w+"
    # what someone called the member, reported: "you called me an idiot"
    r"|\b(?:called|call|calls|calling|named)\s+me\s+(?:an?\s+)?(?:\w+\s+)?\w+"
    # what someone of the member's own said of the team, reported: "my neighbor called you a
    # bunch of idiots" (stop 30; the rest of the clause is theirs)
    r"|\b(?:my|his|her|our|their)\s+(?:[\w'-]+\s+){0,2}?(?:says|said|thinks|thought|calls|called"
    r"|keeps (?:saying|calling)|told me)\b.*",
    re.IGNORECASE,
)


# Clinical words are no offence ("you billed my semen analysis twice"), though a model of
# offensive language learnt them from offensive text: it reads them as a neutral word.
_CLINICAL = re.compile(
    r"\b(?:semen|sperm|penile|penis|vaginal?|vulvar?|anal|anus|rectal|rectum|breasts?|testicular"
    r"|testicles?|testes|scrotal|scrotum|erectile|erections?|sex|sexual|sexually|nipples?"
    r"|buttocks?|gluteal|hemorrhoids?|genitals?|genital|pubic|prostate|vasectomy|condoms?|viagra"
    r"|cialis|ejaculation|libido|pelvic|labia|circumcision|intercourse|urine|stool|bowel)\b",
    re.IGNORECASE,
)


# A swear word that only makes praise stronger ("you people are f***ing amazing", "you guys are
# bloody legends") is no offence: read as "really" (stop 31, second round).
_SWORN_PRAISE = re.compile(
    r"\b(?:fucking|fuckin'?|freaking|frigging|effing|bloody|damn|goddamn)\s+(?=(?:amazing|awesome"
    r"|great|brilliant|fantastic|incredible|wonderful|legends?|heroes|heroic|the best|lifesavers?"
    r"|life[- ]savers?|rock ?stars?|excellent|superb|helpful|fast|quick|good)\b)",
    re.IGNORECASE,
)


def _offensive_at_the_team(text: str) -> bool:
    clauses = list(
        dict.fromkeys(
            _SWORN_PRAISE.sub("really ", _CLINICAL.sub("body", _OF_THEMSELF.sub(" ", clause)))
            for variant in _variants(text)
            for part in _CLAUSE.findall(variant)
            for clause in _BUT.split(part)
            if _ADDRESSES_THE_TEAM.search(clause)
        )
    )
    if not clauses:
        return False
    return max(_offensive_scores(clauses)) >= OFFENSIVE_AT_TEAM


def _offensive_scores(clauses: list[str]) -> list[float]:
    return [float(score) for score in _profanity_model()(clauses)]


@lru_cache(maxsize=1)
def _profanity_model() -> Any:
    """The packaged model's predict_prob, loaded once per process on first use (importing the
    package reads its vectorizer and model from the wheel)."""
    from profanity_check import predict_prob

    return predict_prob


def _calls_names(text: str) -> bool:
    vocabulary = _member_vocabulary()
    for found in _NAME_CALLING_RE.finditer(text):
        group = next(number for number, value in enumerate(found.groups(), 1) if value)
        # "the surgeon's office is a bunch of scammers", "en el hospital son unos abusivos": a
        # third party's name, not the team's
        if _said_of_others(text, found) or _said_of_others(text, found, found.start(group)):
            continue
        words = re.findall(_WORD, found.group(group).lower())
        if not words:
            continue
        # At a message's start a word before the name is often a provider's ("Sandhill
        # Orthopaedics, ..."): there only a word of contempt may stand before it.
        opening = found.group("opening") is not None
        # After a word of contempt ("heartless number crunchers") the name alone decides.
        scorned = found.group("scorned") is not None or found.group("scorned_one") is not None
        # The name itself (the last word) is one members never use about their plan, and not a
        # person's first name (a signature or a greeting: "thanks, Tobias"); a word before it is
        # one they never use either, or one of contempt ("you lazy slobs").
        *before, name = words
        if (
            name not in vocabulary
            and name not in _NOT_NAMES
            and name not in name_lists().first
            and all(
                scorned
                or word in _MODIFIERS
                or _CONTEMPT_ADJ_RE.fullmatch(word)
                or (not opening and word not in vocabulary and word not in _NOT_NAMES)
                for word in before
            )
        ):
            return True
    return False


@lru_cache(maxsize=1)
def _member_vocabulary() -> frozenset[str]:
    words: set[str] = set()
    for text in _history_wordings(("questions", "questions_es", "replies", "replies_es")):
        words.update(re.findall(_WORD, text.lower()))
    for row in _labelled():
        if not row["insult"]:
            words.update(re.findall(_WORD, row["text"].lower()))
    return frozenset(words)


def _history_wordings(keys: tuple[str, ...]) -> list[str]:
    """The demo history's wordings, read and checked by its own loader, slots blanked."""
    return [
        PLACEHOLDER_SHAPE.sub(" ", wording)
        for intent in load_intents()
        for key in keys
        for wording in getattr(intent, key)
    ]


def _labelled() -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(LABELLED.read_text(encoding="utf-8").splitlines(), start=1):
        row = json.loads(line)
        if not isinstance(row.get("text"), str) or not isinstance(row.get("insult"), bool):
            raise ValueError(f"{LABELLED.name} line {number}: needs a text and insult true/false")
        rows.append(row)
    return rows
