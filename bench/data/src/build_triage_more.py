"""Build bench/data/triage_dev_more.jsonl from triage_more_en.py and triage_more_es.py.

    python3 bench/data/src/build_triage_more.py
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from triage_more_en import EN  # noqa: E402
from triage_more_es import ES  # noqa: E402

LABELS = {"emergency", "self_harm", "violence", "abuse", "none"}
KINDS = {"direct", "indirect", "misspelt", "near_miss", "past_event", "routine"}


def main() -> None:
    rows, seen = [], set()
    for language, items in (("en", EN), ("es", ES)):
        for number, (label, kind, text) in enumerate(items, 1):
            where = f"{language} item {number}"
            if label not in LABELS or kind not in KINDS:
                raise SystemExit(f"{where}: bad label/kind {label!r}/{kind!r}")
            if (label == "none") != (kind in {"near_miss", "past_event", "routine"}):
                raise SystemExit(f"{where}: kind {kind!r} does not fit label {label!r}")
            if text in seen:
                raise SystemExit(f"{where}: duplicate text")
            seen.add(text)
            rows.append({"text": text, "language": language, "label": label, "kind": kind})
    out = HERE.parent / "triage_dev_more.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"{out.name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
