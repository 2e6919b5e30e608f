"""Spanish drafts that write a record value in English: what `bench/drafts.py --details` wrote.

For each Spanish message (the set's `language` is "es") with a draft, tells the draft's language
from its words (as drafting does) and, for a Spanish draft, looks for the values a draft fills
from the records that read differently in English: an English date ("October 14, 2026",
"October 14"), network words ("in network", "out-of-network"), a denial reason or a service in
the English plain words of claims/reasons.py. Prints the count per set and, with --show, which
values were found (a tuning aid on dev sets only).

    .venv/bin/python bench/spanish_values.py --data bench/data/drafts_heldout_fresh14.jsonl \\
        --details DETAILS.jsonl [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careteam.language import detect_language  # noqa: E402
from claims.reasons import PLAIN_WORDS, SERVICE_WORDS  # noqa: E402

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ENGLISH_VALUE = re.compile(
    rf"\b(?:{_MONTHS}) \d{{1,2}}\b|\b(?:in|out[- ]of)[- ]network\b|"
    + "|".join(re.escape(words) for words in {*PLAIN_WORDS.values(), *SERVICE_WORDS.values()}),
    re.IGNORECASE,
)
_SLOT = re.compile(r"\{[A-Z_]+\}")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def english_values(text: str) -> list[str]:
    return [match.group(0) for match in _ENGLISH_VALUE.finditer(text)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--details", type=Path, required=True)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    language = {
        item["id"]: item.get("language", "en")
        for item in map(json.loads, args.data.read_text(encoding="utf-8").splitlines())
    }
    figures: Counter[str] = Counter()
    for line in args.details.read_text(encoding="utf-8").splitlines():
        detail = json.loads(line)
        if language.get(detail["id"]) != "es" or not detail.get("text"):
            continue
        figures["spanish_messages_with_a_draft"] += 1
        if detect_language(_SLOT.sub(" ", detail["text"])) != "es":
            figures["english_drafts"] += 1
            continue
        figures["spanish_drafts"] += 1
        # Only in its Spanish sentences: a whole English sentence joined to a Spanish reply (an
        # answer to a second question) is counted apart, as a mixed draft.
        spanish_part, english_part = [], []
        for sentence in _SENTENCE.split(detail["text"]):
            # Told without the values looked for: a Spanish sentence with them stays Spanish.
            told = detect_language(_ENGLISH_VALUE.sub(" ", _SLOT.sub(" ", sentence)))
            (english_part if told == "en" else spanish_part).append(sentence)
        figures["mixed_with_an_english_sentence"] += bool(english_part)
        found = english_values(" ".join(spanish_part))
        figures["spanish_drafts_shown"] += bool(detail.get("shown"))
        if found:
            figures["with_english_value"] += 1
            figures["with_english_value_shown"] += bool(detail.get("shown"))
            if args.show:
                print(f"  {detail['id']}: {found}")
    for name, value in sorted(figures.items()):
        print(f"{name}: {value}")


if __name__ == "__main__":
    main()
