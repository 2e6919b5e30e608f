"""Write ../drafts_heldout_fresh10.jsonl from fresh10_*.py (ids t001.. in batch order).

An eleventh held-out set (stop 28; fresh9 had had its two looks), written by helper sets10 from
general knowledge in shapes the earlier sets had little of: messages forwarded from a spouse's
e-mail with quoted headers, voice-to-text transcripts without punctuation, bullet lists, a long
story before the question, questions embedded in a complaint, two claims in one message, very
polite elderly letters, teenagers and young dependants, a letter's wording quoted back, non-native
English, and Spanish. Committed before stop 28's tuning and never tuned on.
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
BATCHES = sorted(p.stem for p in HERE.glob("fresh10_[0-9]*.py"))

items = []
for name in BATCHES:
    items.extend(importlib.import_module(name).ITEMS)
out = HERE.parent / "drafts_heldout_fresh10.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for n, item in enumerate(items, 1):
        fh.write(json.dumps({"id": f"t{n:03d}", **item}, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} items from {len(BATCHES)} batches to {out}")
