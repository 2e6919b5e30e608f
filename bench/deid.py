"""De-identification benchmark: recall per kind on a labelled set nobody tuned the code on half of.

bench/data/deid_labelled.jsonl (352 texts, written for evaluation; see bench/data/README.md)
is split by line: odd lines ("dev") were looked at while improving suggestions/templating.py,
even lines ("test") were not. bench/data/deid_dev_more.jsonl (written later by another hand, to
tune on: relatives, clinicians, providers and addresses in many more forms, and texts with no
detail) is a second dev set. The test half is scored only when asked (--test), so each look at
it is a deliberate one. A labelled detail counts as removed when every letter and digit
of it is inside a replaced span; a text with no detail counts as wrongly touched when any span
is found in it (a service, "Physical Therapy", is replaced by design and counts against).

    .venv/bin/python bench/deid.py [--show-dev-misses] [--test]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "bench" / "data" / "deid_labelled.jsonl"
DEV_MORE = ROOT / "bench" / "data" / "deid_dev_more.jsonl"
DEV_3 = ROOT / "bench" / "data" / "deid_dev_3.jsonl"
FRESH = ROOT / "bench" / "data" / "deid_test_fresh.jsonl"


def score(rows: list[dict], show: bool) -> None:
    from suggestions.templating import find_spans

    removed, total = Counter(), Counter()
    touched = clean = stray = 0
    find_spans("Warm up: the name lists load once, on first use.")
    started = time.perf_counter()
    found = [find_spans(row["text"]) for row in rows]
    per_text_ms = (time.perf_counter() - started) * 1000 / max(len(rows), 1)
    for row, spans in zip(rows, found, strict=True):
        covered = {i for span in spans for i in range(span.start, span.end)}
        labelled = {i for label in row["spans"] for i in range(label["start"], label["end"])}
        if row["spans"]:
            # A span in a text with details that touches none of them took sentence words.
            strays = [s for s in spans if not labelled & set(range(s.start, s.end))]
            stray += len(strays)
            if strays and show:
                print(f"  stray: {[row['text'][s.start : s.end] for s in strays]}")
        for label in row["spans"]:
            total[label["kind"]] += 1
            characters = {
                i for i in range(label["start"], label["end"]) if row["text"][i].isalnum()
            }
            if characters <= covered:
                removed[label["kind"]] += 1
            elif show:
                print(f"  missed {label['kind']}: {label['value']!r}")
        if not row["spans"]:
            clean += 1
            touched += bool(spans)
            if spans and show:
                words = [row["text"][span.start : span.end] for span in spans]
                print(f"  touched: {row['text']!r} -> {words}")
    for kind in sorted(total):
        print(f"  recall_{kind}: {removed[kind] / total[kind]:.3f} ({removed[kind]}/{total[kind]})")
    print(f"  all_details: {sum(removed.values()) / sum(total.values()):.3f}")
    print(f"  texts_without_details_touched: {touched} of {clean}")
    print(f"  spans_outside_any_detail: {stray} (in {len(rows) - clean} texts with details)")
    print(f"  find_spans_ms_per_text: {per_text_ms:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show-dev-misses", action="store_true", help="list dev misses/touches")
    parser.add_argument("--test", action="store_true", help="also score the never-tuned half")
    parser.add_argument(
        "--fresh", action="store_true", help="also score deid_test_fresh.jsonl (never tuned on)"
    )
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careteam.settings")
    os.environ.setdefault(
        "SECRET_KEY", "bench-secret-key-not-for-production-0123456789-abcdefghijkl"
    )
    import django

    django.setup()
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8") if line.strip()]
    print(f"data: {DATA.relative_to(ROOT)} ({len(rows)} texts)")
    print("dev (odd lines, looked at while tuning):")
    score(rows[1::2], args.show_dev_misses)
    more = [json.loads(line) for line in DEV_MORE.open(encoding="utf-8") if line.strip()]
    print(f"dev_more: {DEV_MORE.relative_to(ROOT)} ({len(more)} texts, looked at while tuning)")
    score(more, args.show_dev_misses)
    dev_3 = [json.loads(line) for line in DEV_3.open(encoding="utf-8") if line.strip()]
    print(f"dev_3: {DEV_3.relative_to(ROOT)} ({len(dev_3)} texts, looked at while tuning)")
    score(dev_3, args.show_dev_misses)
    if args.test:
        print("test (even lines, never looked at):")
        score(rows[0::2], False)
    if args.fresh:
        fresh = [json.loads(line) for line in FRESH.open(encoding="utf-8") if line.strip()]
        print(f"fresh test: {FRESH.relative_to(ROOT)} ({len(fresh)} texts, never looked at)")
        score(fresh, False)


if __name__ == "__main__":
    main()
