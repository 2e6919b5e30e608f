"""Safety triage on labelled member messages: recall on danger, false alarms on the rest.

    .venv/bin/python bench/triage.py                 # the held-out test half, then all rows
    .venv/bin/python bench/triage.py --split dev     # the half tuned on (odd lines)
    .venv/bin/python bench/triage.py --file F.jsonl  # another labelled file (all its rows)
    .venv/bin/python bench/triage.py --fresh         # the first fresh test set (now tuned on)
    .venv/bin/python bench/triage.py --fresh2        # the second fresh test set (dev material since the sixth pass)
    .venv/bin/python bench/triage.py --fresh3        # the third fresh test set: aggregates only
    .venv/bin/python bench/triage.py --set F.jsonl   # any held-out file: aggregate figures only
    .venv/bin/python bench/triage.py --drafts 8 9 14 # drafts dev sets: safety flags on ordinary messages

The data: bench/data/triage_labelled.jsonl (333 rows, written by someone else for evaluation).
Its odd lines (1st, 3rd, ...) are the dev half the patterns were tuned on; the even lines are
the test half, not read while tuning. A row's id is its line number. Misses are listed by id
only, so no message text reaches a log. "Recall" counts a row as caught when it is flagged as
any alarming kind (the thread is raised either way); "kind right" is stricter.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from careteam.language import detect_language
from careteam.triage import triage_text

DATA = Path(__file__).with_name("data") / "triage_labelled.jsonl"
# Written before the third tuning pass, measured once before it and once after; since the
# fifth pass it is dev material (its ids may be listed with --file).
FRESH_TEST = Path(__file__).with_name("data") / "triage_test_fresh.jsonl"
# Written before the fifth tuning pass, measured once before it and once after; since the sixth
# pass it is dev material (the model learns it).
FRESH2_TEST = Path(__file__).with_name("data") / "triage_test_fresh2.jsonl"
# Written before the sixth tuning pass and never tuned on: measured once before it, once after.
FRESH3_TEST = Path(__file__).with_name("data") / "triage_test_fresh3.jsonl"
TARGET_RECALL = 0.98
TARGET_FALSE_ALARMS = 0.03


def load(path: Path) -> list[tuple[int, dict[str, str]]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise SystemExit(f"{path}: line {number}: not JSON ({error.msg})") from None
        for field in ("text", "label"):
            if not isinstance(row.get(field), str):
                raise SystemExit(f"{path}: line {number}: field {field!r} missing")
        rows.append((number, row))
    return rows


def share(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "n/a"


def report(title: str, rows: list[tuple[int, dict[str, str]]], *, show_ids: bool = True) -> None:
    started = time.perf_counter()
    results = {number: triage_text(row["text"]) for number, row in rows}
    per_message_ms = (time.perf_counter() - started) * 1000 / max(len(rows), 1)
    print(f"== {title}: {len(rows)} messages ({per_message_ms:.2f} ms per message)")
    danger = [(n, r) for n, r in rows if r["label"] != "none"]
    calm = [(n, r) for n, r in rows if r["label"] == "none"]
    core = [(n, r) for n, r in danger if r["label"] in ("emergency", "self_harm")]
    caught = sum(results[n].alarming for n, _ in core)
    alarms = sum(results[n].alarming for n, _ in calm)
    recall = caught / len(core) if core else 1.0
    false_rate = alarms / len(calm) if calm else 0.0
    print(
        f"recall, emergencies and self-harm: {share(caught, len(core))}"
        f"  target >= {TARGET_RECALL}  {'ok' if recall >= TARGET_RECALL else 'BELOW'}"
    )
    print(
        f"false alarms on non-alarming messages: {share(alarms, len(calm))}"
        f"  target <= {TARGET_FALSE_ALARMS:.0%}"
        f"  {'ok' if false_rate <= TARGET_FALSE_ALARMS else 'ABOVE'}"
    )
    print(
        f"recall, all four kinds: {share(sum(results[n].alarming for n, _ in danger), len(danger))}"
    )
    alone = {number: triage_text(row["text"], learned=False) for number, row in rows}
    print(
        f"  patterns alone (no learned model): recall {share(sum(alone[n].alarming for n, _ in core), len(core))}"
        f", false alarms {share(sum(alone[n].alarming for n, _ in calm), len(calm))}"
    )
    by_label: dict[str, list[int]] = defaultdict(list)
    for n, r in rows:
        by_label[r["label"]].append(n)
    for label, numbers in sorted(by_label.items()):
        label_rows = dict(rows)
        if label == "none":
            quiet = sum(not results[n].alarming for n in numbers)
            print(f"  none       left alone {share(quiet, len(numbers))}")
            continue
        flagged = sum(results[n].alarming for n in numbers)
        right = sum(results[n].kind == label_rows[n]["label"] for n in numbers)
        print(
            f"  {label:10s} recall {share(flagged, len(numbers))}"
            f"  kind right {share(right, len(numbers))}"
        )
    for language in sorted({r.get("language", "?") for _, r in rows}):
        in_danger = [n for n, r in danger if r.get("language", "?") == language]
        in_calm = [n for n, r in calm if r.get("language", "?") == language]
        print(
            f"  language {language}: recall {share(sum(results[n].alarming for n in in_danger), len(in_danger))}"
            f", false alarms {share(sum(results[n].alarming for n in in_calm), len(in_calm))}"
        )
    by_sort: dict[str, list[int]] = defaultdict(list)
    for n, r in rows:
        if "kind" in r:
            by_sort[r["kind"]].append(n)
    for sort, numbers in sorted(by_sort.items()):
        wanted = dict(rows)
        right = sum(results[n].alarming == (wanted[n]["label"] != "none") for n in numbers)
        print(f"  message kind {sort:10s} right {share(right, len(numbers))}")
    labelled = [(n, r) for n, r in rows if r.get("language")]
    started = time.perf_counter()
    detected = {n: detect_language(r["text"]) for n, r in labelled}
    language_ms = (time.perf_counter() - started) * 1000 / max(len(labelled), 1)
    right = sum(detected[n] == r["language"] for n, r in labelled)
    print(f"language detected right: {share(right, len(labelled))} ({language_ms:.2f} ms each)")
    if not show_ids:
        # A test set read item by item stops being a test set.
        print("(ids not shown for a held-out test set)")
        print()
        return
    missed = [n for n, _ in danger if not results[n].alarming]
    false = [n for n, _ in calm if results[n].alarming]
    print(f"missed (ids): {missed or 'none'}")
    print(f"false alarms (ids): {false or 'none'}")
    print()


def report_drafts(numbers: list[int]) -> None:
    """Safety flags on the drafts dev sets: an ordinary message (not an emergency, gibberish or
    abusive item) that triage raises gets the safety reply instead of a billing draft; every
    emergency item must stay raised. Only dev sets may be named here (ids are listed)."""
    for number in numbers:
        path = DATA.with_name(f"drafts_heldout_fresh{number}.jsonl")
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        ordinary = [item for item in items if item.get("kind") not in DRAFTS_NOT_ORDINARY]
        safety = [item for item in items if item.get("kind") == "emergency"]
        raised = [item for item in ordinary if triage_text(item["text"]).alarming]
        by_model = [
            item for item in raised if not triage_text(item["text"], learned=False).alarming
        ]
        kept = sum(triage_text(item["text"]).alarming for item in safety)
        print(
            f"fresh{number}: ordinary raised {len(raised)}/{len(ordinary)}"
            f" (learned model alone {len(by_model)}), emergencies raised {kept}/{len(safety)}"
            f"  ids {[item['id'] for item in raised] or 'none'}"
        )


# Drafts items that are not ordinary billing messages: the emergency items expect the safety
# reply; gibberish and abusive items are measured elsewhere (bench/gibberish.py, bench/tone.py).
DRAFTS_NOT_ORDINARY = ("emergency", "gibberish", "abuse")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["test", "dev", "all"], default=None)
    parser.add_argument("--file", type=Path, default=None)
    parser.add_argument("--fresh", action="store_true", help="the first fresh test set, no ids")
    parser.add_argument("--fresh2", action="store_true", help="the second fresh test set, no ids")
    parser.add_argument("--fresh3", action="store_true", help="the third fresh test set, no ids")
    parser.add_argument("--set", type=Path, default=None, help="a held-out file, no ids")
    parser.add_argument(
        "--drafts", type=int, nargs="+", default=None, help="drafts dev set numbers (fresh N)"
    )
    args = parser.parse_args()
    if args.drafts:
        report_drafts(args.drafts)
        return
    if args.fresh:
        report(f"{FRESH_TEST.name} (first fresh set)", load(FRESH_TEST), show_ids=False)
        return
    if args.fresh2 or args.fresh3 or args.set is not None:
        path = args.set if args.set is not None else FRESH3_TEST if args.fresh3 else FRESH2_TEST
        report(f"{path.name} (held-out test set)", load(path), show_ids=False)
        return
    if args.file is not None:
        report(f"{args.file.name} (all rows)", load(args.file))
        return
    rows = load(DATA)
    dev = [(n, r) for n, r in rows if n % 2 == 1]
    test = [(n, r) for n, r in rows if n % 2 == 0]
    if args.split == "dev":
        report("dev half (odd lines, tuned on)", dev)
    elif args.split == "all":
        report("all rows", rows)
    else:
        report("test half (even lines, held out)", test)
        report("all rows (half of them tuned on)", rows)


if __name__ == "__main__":
    main()
