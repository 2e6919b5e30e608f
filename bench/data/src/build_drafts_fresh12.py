"""Write ../drafts_heldout_fresh12.jsonl from fresh12_*.py (ids v001.. in batch order).

A thirteenth held-out set (stop 30; fresh11 had had its two looks), written by helper sets12 from
general knowledge in shapes the earlier sets used little: voicemail and speech-to-text
transcripts, web-form submissions with field labels, forwarded e-mails with headers and
signatures, English shaped by Vietnamese, Chinese, Haitian Creole, Russian and Tagalog, numbered
and bulleted lists of questions, text copied from a portal page or a letter, Medicare/Medicaid
dual members, parents writing for a college-age child, very short one-liners, polite long formal
letters, and Spanish. Committed before stop 30's tuning and never tuned on.
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
BATCHES = sorted(p.stem for p in HERE.glob("fresh12_[0-9]*.py"))

items = []
for name in BATCHES:
    items.extend(importlib.import_module(name).ITEMS)
out = HERE.parent / "drafts_heldout_fresh12.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for n, item in enumerate(items, 1):
        fh.write(json.dumps({"id": f"v{n:03d}", **item}, ensure_ascii=False) + "\n")
print(f"wrote {len(items)} items from {len(BATCHES)} batches to {out}")
