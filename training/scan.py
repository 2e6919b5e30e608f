"""A trained model searched for the details the records hold.

De-identification takes details out of every text before the engine learns from it; this is the
check after the fact, on the artifact itself: every member's name, surname, id and date of birth,
every staff name, provider name, NPI, claim number and date of service in the database is
searched for among the strings the engine holds (its replies, examples and vocabularies).

Values and strings are compared as runs of lower-case words and digits, so "Maria Lopez",
"maria lopez" and "MARIA-LOPEZ" are one value, and a date is searched for in the forms a draft or
a member writes it (suggestions' date_forms: "June 2, 2025", "June 2", "6/2/2025", "06/02/2025",
"2025-06-02"). What is found is reported as a count per kind, never as the value (whoever runs
the scan need not see the records).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from careteam import api as careteam_api
from claims import api as claims_api
from suggestions import api as suggestions_api

_WORD = re.compile(r"[a-z0-9]+")
# A surname or a short value that is also an everyday word ("Price", "Bill", "May 1") can be
# found in generic text; shorter values than this are not searched for at all.
MINIMUM_LETTERS = 4
DATE_KINDS = ("date of birth", "date of service")


def _key(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.lower()))


@dataclass
class ScanResult:
    searched: Counter[str] = field(default_factory=Counter)  # distinct values per kind
    found: Counter[str] = field(default_factory=Counter)  # of which found in the model

    @property
    def clean(self) -> bool:
        return not any(self.found.values())


def _values() -> Iterator[tuple[str, str]]:
    yield from careteam_api.identifying_values()
    yield from claims_api.identifying_values()


def _wanted(values: Iterable[tuple[str, str]]) -> dict[str, dict[str, list[tuple[str, ...]]]]:
    """Each kind's distinct values, each as its word runs (a date in every form); a value
    shorter than MINIMUM_LETTERS is left out."""
    wanted: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for kind, value in values:
        day = date.fromisoformat(value) if kind in DATE_KINDS else None
        forms = suggestions_api.date_forms(day) if day else [value]
        keys = [key for form in forms if sum(map(len, key := _key(form))) >= MINIMUM_LETTERS]
        if keys:
            wanted.setdefault(kind, {})[value] = keys
    return wanted


def strings_scan(
    strings: Iterable[str], values: Iterable[tuple[str, str]] | None = None
) -> ScanResult:
    """How many of the records' values (every one in the database by default) the strings hold."""
    wanted = _wanted(_values() if values is None else values)
    keys = {key for by_value in wanted.values() for forms in by_value.values() for key in forms}
    # The lengths of the values each word begins: most words begin none, and are passed over.
    lengths: dict[str, set[int]] = {}
    for key in keys:
        lengths.setdefault(key[0], set()).add(len(key))
    found: set[tuple[str, ...]] = set()
    for text in strings:
        words = _key(text)
        for start, word in enumerate(words):
            for length in lengths.get(word, ()):
                if (run := words[start : start + length]) in keys:
                    found.add(run)
    result = ScanResult()
    for kind, by_value in wanted.items():
        result.searched[kind] = len(by_value)
        result.found[kind] = sum(
            1 for forms in by_value.values() if any(key in found for key in forms)
        )
    return result


def model_scan(
    version: suggestions_api.ModelVersion, *, engine: suggestions_api.Engine | None = None
) -> ScanResult:
    """The version's artifact searched for every detail the database holds (`engine`: the
    version's engine when the caller has loaded it already)."""
    engine = engine if engine is not None else suggestions_api.engine_load(version)
    return strings_scan(suggestions_api.engine_strings(engine))
