"""Write ../drafts_heldout_fresh14.jsonl from fresh14_*.py (ids x001.. in batch order).

A fifteenth held-out set (stop 32; fresh13 had had its two looks), written by helper sets14 from
general knowledge in shapes the earlier sets used little: EOB lines quoted one by one, a question
buried after a long story, follow-ups ("any update on this?") about an earlier claim, plan terms
used wrongly (coinsurance called a copay, a premium called a deductible, a denial called a
rejection), two questions in one message, voice-to-text run-ons, one-word messages
("deductible?"), Spanish with English plan terms, members writing for a parent, and many date and
amount formats. Committed before stop 32's tuning and never tuned on.
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
BATCHES = sorted(p.stem for p in HERE.glob("fresh14_[0-9]*.py"))

items = []
for name in BATCHES:
    items.extend(importlib.import_module(name).ITEMS)
out = HERE.parent / "drafts_heldout_fresh14.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for n, item in enumerate(items, 1):
        fh.write(json.dumps({"id": f"x{n:03d}", **item}, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} items from {len(BATCHES)} batches to {out}")
