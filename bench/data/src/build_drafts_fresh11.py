"""Write ../drafts_heldout_fresh11.jsonl from fresh11_*.py (ids u001.. in batch order).

A twelfth held-out set (stop 29; fresh10 had had its two looks), written by helper sets11 from
general knowledge in shapes the earlier sets did not use: SMS abbreviations, a caregiver or power
of attorney writing for a parent, replies under an earlier agent reply (quoted "> " lines), pasted
EOB table rows, numbers in words, wrong terminology, emoji, all-lowercase, civil all-caps,
Spanglish, autocorrect slips, chat-widget transcripts, names with hyphens, apostrophes and
particles, and Spanish. Committed before stop 29's tuning and never tuned on.
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
BATCHES = sorted(p.stem for p in HERE.glob("fresh11_[0-9]*.py"))

items = []
for name in BATCHES:
    items.extend(importlib.import_module(name).ITEMS)
out = HERE.parent / "drafts_heldout_fresh11.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for n, item in enumerate(items, 1):
        fh.write(json.dumps({"id": f"u{n:03d}", **item}, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} items from {len(BATCHES)} batches to {out}")
