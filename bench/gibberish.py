"""Gibberish held back, real messages still drafted: the drafting rules that hold a draft back on
a message with nothing to answer, read on labelled texts with the demo's trained engine.

    DEBUG=1 .venv/bin/python bench/gibberish.py --demo-cache DIR [--misses]

DIR is a demo built by `bench/drafts.py --demo-cache DIR` (its model is the engine read here).
Each text is de-identified as drafting does (`message_template`), then read by the two rules
drafting applies before a draft is shown: no word the team's history knows
(`Engine.known_words`, the rule before stop 28) and `suggestions.gibberish.gibberish`.
Printed per data set: gibberish held back by the old rule alone and by both, and real messages
held back by the old rule alone (as it was before stop 28) and by both as they are now (a real
message held back loses its draft).

Data: bench/data/gibberish_dev_1.jsonl (written for this, `gibberish` true/false) and the used-up
drafts sets (drafts_heldout.jsonl, fresh .. fresh14: kind "gibberish" is gibberish; emergencies
and abuse are left out, being answered by other rules; every other message is real). A stop's
held-out drafts set is added here only once it has had its looks (fresh14: stop 32).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

DATA = ROOT / "bench" / "data"
DRAFT_SETS = ["drafts_heldout.jsonl"] + [
    f"drafts_heldout_fresh{suffix}.jsonl" for suffix in ["", *range(2, 15)]
]
OTHER_RULES = ("emergency", "abuse")


def labelled() -> dict[str, list[tuple[str, bool]]]:
    sets = {
        "gibberish_dev_1": [
            (row["text"], row["gibberish"])
            for row in map(json.loads, (DATA / "gibberish_dev_1.jsonl").open(encoding="utf-8"))
        ]
    }
    for name in DRAFT_SETS:
        rows = map(json.loads, (DATA / name).open(encoding="utf-8"))
        sets[name.removesuffix(".jsonl")] = [
            (row["text"], row["kind"] == "gibberish")
            for row in rows
            if row["kind"] not in OTHER_RULES
        ]
    return sets


def known_before(engine: Any, message: str) -> int:
    """`Engine.known_words` as it was before stop 28 (scikit-learn's whole stop list: "bill" and
    "amount" were stop words)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    analyse = engine.bm25_terms.build_analyzer()
    return sum(
        1
        for word in set(analyse(message))
        if len(word) > 2
        and word.isalpha()
        and word not in ENGLISH_STOP_WORDS
        and word in engine.bm25_terms.vocabulary_
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--demo-cache", type=Path, required=True)
    parser.add_argument("--misses", action="store_true", help="print each text judged wrongly")
    args = parser.parse_args()
    if not (args.demo_cache / "careteam.sqlite3").exists():
        parser.error(f"no demo in {args.demo_cache}: build one with bench/drafts.py --demo-cache")
    folder = tempfile.mkdtemp(prefix="gibberish-bench-")
    shutil.copytree(args.demo_cache, folder, dirs_exist_ok=True)
    from drafts import set_up_environment

    set_up_environment(folder)
    import django

    django.setup()
    from suggestions.gibberish import engine_gibberish as message_gibberish
    from suggestions.gibberish import engine_known_words
    from suggestions.serving import serving_engine
    from suggestions.templating import message_template

    serving = serving_engine()
    if serving is None:
        parser.error("the demo has no active model")
    engine = serving[1]
    started = time.process_time()
    read = 0
    for name, items in labelled().items():
        tally: Counter[str] = Counter()
        for text, gibberish in items:
            message = message_template(text)
            old = not known_before(engine, message)
            new = not engine_known_words(engine, message) or bool(
                message_gibberish(engine, message)
            )
            read += 1
            kind = "gibberish" if gibberish else "real"
            tally[kind] += 1
            tally[f"{kind}_old"] += old
            tally[f"{kind}_new"] += new
            if args.misses and new != gibberish:
                print(f"  miss [{kind}] {text!r}: {message_gibberish(engine, message)!r}")
        print(
            f"{name}: gibberish held back {tally['gibberish_old']} -> {tally['gibberish_new']} "
            f"of {tally['gibberish']}; real held back {tally['real_old']} -> "
            f"{tally['real_new']} of {tally['real']}"
        )
    seconds = time.process_time() - started
    print(f"cpu per message: {seconds / max(read, 1) * 1000:.2f} ms ({read} messages)")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
