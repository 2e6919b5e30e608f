"""Write ../deid_labelled.jsonl from the deid_*.py TEXTS lists (markup [[X|value]])."""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from deid_common import parse

rows = []
for name in sorted(p.stem for p in HERE.glob("deid_[0-9a-z]*.py") if p.stem != "deid_common"):
    for marked in importlib.import_module(name).TEXTS:
        rows.append(parse(marked))
out = HERE.parent / "deid_labelled.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} texts to {out}")
