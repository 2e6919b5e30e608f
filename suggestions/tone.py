"""Whether a member's message insults the team: such a message is answered by a person, never
by a drafted billing reply (however well a reply happens to score on its billing words)."""

from __future__ import annotations

import re

# Insults and swearing aimed at the team, English and Spanish; masked forms ("f***ing") too.
# Plain frustration ("this is ridiculous", "I'm upset") is not here: it deserves a draft.
_INSULTS = re.compile(
    r"\b(?:idiots?|morons?|imbeciles?|brain[ -]?dead|crooks?|thieves|scammers?|liars?"
    r"|incompetent|pathetic|bastards?|assholes?|bull ?shit|shit\w*|fuck\w*|f[*#@]+\w*|damn\w*"
    r"|idiotas?|imb[eé]ciles|ladrones|estafadores|mentirosos|pendejos?|mierda|carajo)(?!\w)",
    re.IGNORECASE,
)


def insults_the_team(text: str) -> bool:
    return _INSULTS.search(text) is not None
