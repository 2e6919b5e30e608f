"""Write ../drafts_heldout_fresh8.jsonl from fresh8_*.py (ids r001.. in batch order).

A ninth held-out set for issue 10 (fresh7 had had its two looks and become dev material), leaning
toward what is hard (two questions, claims named only by provider or only by amount, Spanish, long
messages, general plan rules), written and committed before the facts9 round of tuning and never
tuned on.
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
BATCHES = sorted(p.stem for p in HERE.glob("fresh8_[0-9]*.py"))

items = []
for name in BATCHES:
    items.extend(importlib.import_module(name).ITEMS)
out = HERE.parent / "drafts_heldout_fresh8.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for n, item in enumerate(items, 1):
        fh.write(json.dumps({"id": f"r{n:03d}", **item}, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} items from {len(BATCHES)} batches to {out}")
