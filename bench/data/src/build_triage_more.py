"""Build the triage tuning files: triage_dev_more.jsonl (triage_more_en.py, triage_more_es.py),
triage_dev_fresh.jsonl (triage_fresh.py) and triage_dev_fresh2.jsonl (triage_fresh2.py).

    python3 bench/data/src/build_triage_more.py
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from triage_more_en import EN  # noqa: E402
from triage_fresh import FRESH  # noqa: E402
from triage_fresh2 import FRESH2  # noqa: E402
from triage_more_es import ES  # noqa: E402

LABELS = {"emergency", "self_harm", "violence", "abuse", "none"}
KINDS = {"direct", "indirect", "misspelt", "near_miss", "past_event", "routine"}


def write(name: str, items: list[tuple[str, str, str, str]]) -> None:
    rows, seen = [], set()
    for number, (language, label, kind, text) in enumerate(items, 1):
        where = f"{name} item {number}"
        if label not in LABELS or kind not in KINDS:
            raise SystemExit(f"{where}: bad label/kind {label!r}/{kind!r}")
        if (label == "none") != (kind in {"near_miss", "past_event", "routine"}):
            raise SystemExit(f"{where}: kind {kind!r} does not fit label {label!r}")
        if text in seen:
            raise SystemExit(f"{where}: duplicate text")
        seen.add(text)
        rows.append({"text": text, "language": language, "label": label, "kind": kind})
    out = HERE.parent / name
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"{out.name}: {len(rows)} rows")


def main() -> None:
    write("triage_dev_more.jsonl", [("en", *i) for i in EN] + [("es", *i) for i in ES])
    write("triage_dev_fresh.jsonl", [(lang, label, kind, t) for label, kind, lang, t in FRESH])
    write("triage_dev_fresh2.jsonl", [(lang, label, kind, t) for label, kind, lang, t in FRESH2])


if __name__ == "__main__":
    main()
