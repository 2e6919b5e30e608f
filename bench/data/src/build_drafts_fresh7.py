"""Write ../drafts_heldout_fresh7.jsonl from fresh7_*.py (ids q001.. in batch order).

An eighth held-out set for issue 10 (fresh6 had had its two looks and become dev material), aimed at
statements about a claim's state, written and committed before the facts8 round of tuning and never
tuned on.
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
BATCHES = sorted(p.stem for p in HERE.glob("fresh7_[0-9]*.py"))

items = []
for name in BATCHES:
    items.extend(importlib.import_module(name).ITEMS)
out = HERE.parent / "drafts_heldout_fresh7.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for n, item in enumerate(items, 1):
        fh.write(json.dumps({"id": f"q{n:03d}", **item}, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} items from {len(BATCHES)} batches to {out}")
