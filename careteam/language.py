"""The language a member writes in, as an ISO 639-1 code, among the languages the plan serves.

lingua (a maintained detector that does well on short texts) restricted to SERVED_LANGUAGES:
it loads only those languages' models, once per process, on first use.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib import resources

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

SERVED_LANGUAGES = {"en": Language.ENGLISH, "es": Language.SPANISH}
# Below this many letters a guess is noise ("ok", "gracias?" is enough, "si" is not).
MIN_LETTERS = 4


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*SERVED_LANGUAGES.values()).build()


def detect_language(text: str) -> str:
    """ "en" or "es", or "" when the text is too short or the detector cannot tell."""
    if sum(c.isalpha() for c in text) < MIN_LETTERS:
        return ""
    found = _detector().detect_language_of(text)
    if found is None:
        return ""
    code = found.iso_code_639_1.name.lower()
    return code if code in SERVED_LANGUAGES else ""


@cache
def word_counts(language: str) -> dict[str, int]:
    """How often each word of "en" or "es" occurs in pyspellchecker's frequency list (MIT; built
    from subtitles and Wikipedia), read straight from its wheel, once per process."""
    data = resources.files("spellchecker").joinpath("resources", f"{language}.json.gz")
    counts: dict[str, int] = json.loads(gzip.decompress(data.read_bytes()))
    return counts
