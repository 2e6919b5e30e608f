"""Write ../drafts_heldout_fresh9.jsonl from fresh9_*.py (ids s001.. in batch order).

A tenth held-out set (stop 27; fresh8 had had its two looks), written by helper sets9 from general
knowledge in shapes the earlier sets had little of: lines pasted from an EOB or a bill, SMS-short
questions, replies continuing an earlier exchange, messages written for a parent or spouse,
rambling messages with the question at the end, negative questions, formal letters, Spanglish and
phone-keyboard typos. Committed before stop 27's tuning and never tuned on.
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
BATCHES = sorted(p.stem for p in HERE.glob("fresh9_[0-9]*.py"))

items = []
for name in BATCHES:
    items.extend(importlib.import_module(name).ITEMS)
out = HERE.parent / "drafts_heldout_fresh9.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for n, item in enumerate(items, 1):
        fh.write(json.dumps({"id": f"s{n:03d}", **item}, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} items from {len(BATCHES)} batches to {out}")
