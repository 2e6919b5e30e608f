"""Write ../drafts_heldout_fresh15.jsonl from fresh15_*.py (ids y001.. in batch order).

A sixteenth held-out set (stop 33; fresh14 had had its two looks), written by helper sets15 from
general knowledge in shapes the earlier sets used little: messages forwarded from a spouse's
phone, a member quoting a letter from a hospital billing office, price questions before a
procedure, claims named only by the provider's specialty ("the dermatologist"), amounts written
in words, civil sarcasm, a member correcting an earlier message, bulleted lists, out-of-state
student dependants, a newborn added to the plan, all-caps questions that are not abusive,
English and Spanish mixed in one sentence, and references to portal screens. Committed before
stop 33's tuning and never tuned on.
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
BATCHES = sorted(p.stem for p in HERE.glob("fresh15_[0-9]*.py"))

items = []
for name in BATCHES:
    items.extend(importlib.import_module(name).ITEMS)
out = HERE.parent / "drafts_heldout_fresh15.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for n, item in enumerate(items, 1):
        fh.write(json.dumps({"id": f"y{n:03d}", **item}, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} items from {len(BATCHES)} batches to {out}")
