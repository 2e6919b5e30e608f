"""Write ../deid_dev_more.jsonl from devmore_texts.py (markup [[X|value]], see deid_common)."""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from deid_common import parse
from devmore_texts import TEXTS

rows = [parse(marked) for marked in TEXTS]
out = HERE.parent / "deid_dev_more.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} texts to {out}")
