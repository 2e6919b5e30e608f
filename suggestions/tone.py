"""Whether a member's message insults the team: such a message is answered by a person, never
by a drafted billing reply (however well a reply happens to score on its billing words)."""

from __future__ import annotations

import re

# Insults and swearing, English and Spanish; masked forms ("f***ing") too. These words insult
# wherever they stand.
_INSULT_WORDS = (
    r"idiots?|morons?|imbeciles?|brain[ -]?dead|crooks?|thieves|scammers?|liars?|clowns"
    r"|incompetent|pathetic|bastards?|assholes?|bull ?shit|shit\w*|fuck\w*|f[*#@]+\w*|damn\w*"
    r"|stfu|a[*#@]{2}|garbage company|crap service"
    r"|idiotas?|imb[eé]ciles|ladrones|estafadores|mentirosos|pendejos?|mierda|carajo"
    r"|in[uú]tiles|est[uú]pidos|ratas|rateros|sinverg[uü]enzas|malditos|cabrones|ineptos"
    r"|payasos|hijos de puta|porquer[ií]a"
)
# Words that insult only when aimed at the team ("you are useless", not "my card is useless";
# "stupid insurance company", not "a stupid question").
_YOU = r"(?:you|y'all|you guys|you people|you all|your (?:company|agents|staff|service|people))"
_AIMED = (
    rf"\b{_YOU}\s+(?:are|r|all)?\s*(?:all\s+)?(?:so\s+|just\s+|a bunch of\s+)?"
    r"(?:useless|stupid|dumb|clowns|frauds|criminals|a joke|jokes|trash|garbage)\b"
    rf"|\b(?:useless|stupid|dumb|garbage|worthless)\s+(?:insurance\s+|customer\s+)?"
    r"(?:company|insurer|plan|people|service)\b"
    rf"|\b{_YOU}\s+suck|\bsucks? and so do you\b|\b(?:service|company|insurance)\s+sucks\b"
    r"|^\s*(?:frauds|criminals|useless)\b|\byou suck\b"
    r"|\bscrew you\b|\bgo to hell\b|\bshut up\b|\bv[aá]yanse al diablo\b|\bvete al diablo\b"
)
_INSULTS = re.compile(rf"\b(?:{_INSULT_WORDS})(?!\w)|{_AIMED}", re.IGNORECASE)


def insults_the_team(text: str) -> bool:
    return _INSULTS.search(text) is not None
