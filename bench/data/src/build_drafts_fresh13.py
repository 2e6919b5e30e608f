"""Write ../drafts_heldout_fresh13.jsonl from fresh13_*.py (ids w001.. in batch order).

A fourteenth held-out set (stop 31; fresh12 had had its two looks), written by helper sets13 from
general knowledge in shapes the earlier sets used little: SMS threads of several short texts
pasted together, Spanglish switching mid-sentence, caregivers writing for an elderly parent or an
adult child with a disability, interpreters and social workers relaying for a client, dictated
punctuation from speech-to-text, EOB table rows and CPT/HCPCS codes, bulleted and markdown lists,
an earlier agent reply quoted back, autocorrect slips (wrong real words), emoji, long rambling
messages with the question at the end, hypotheticals, plan terms used wrongly, a new member's
first week, and life events (a baby, a divorce, a move to another state, COBRA after a lost job,
turning 26, turning 65). Committed before stop 31's tuning and never tuned on.
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
BATCHES = sorted(p.stem for p in HERE.glob("fresh13_[0-9]*.py"))

items = []
for name in BATCHES:
    items.extend(importlib.import_module(name).ITEMS)
out = HERE.parent / "drafts_heldout_fresh13.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for n, item in enumerate(items, 1):
        fh.write(json.dumps({"id": f"w{n:03d}", **item}, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} items from {len(BATCHES)} batches to {out}")
