"""Write ../deid_labelled.jsonl from the deid_*.py TEXTS lists (markup [[X|value]])."""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from deid_common import parse

rows = []
# deid_1.py, deid_2.py, deid_3.py and deid_neg.py (the other deid_*.py files feed their own sets).
for name in sorted(p.stem for p in HERE.glob("deid_[0-9]*.py")) + ["deid_neg"]:
    for marked in importlib.import_module(name).TEXTS:
        rows.append(parse(marked))
out = HERE.parent / "deid_labelled.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} texts to {out}")
