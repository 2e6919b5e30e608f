"""Write ../drafts_heldout_fresh6.jsonl from fresh6_*.py (ids p001.. in batch order).

A seventh held-out set for issue 10 (fresh5 had been measured twice and become dev material), written and
committed before the next round of tuning and never tuned on.
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
BATCHES = sorted(p.stem for p in HERE.glob("fresh6_[0-9]*.py"))

items = []
for name in BATCHES:
    items.extend(importlib.import_module(name).ITEMS)
out = HERE.parent / "drafts_heldout_fresh6.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for n, item in enumerate(items, 1):
        fh.write(json.dumps({"id": f"p{n:03d}", **item}, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} items from {len(BATCHES)} batches to {out}")
