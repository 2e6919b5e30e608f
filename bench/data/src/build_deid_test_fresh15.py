"""Write ../deid_test_fresh15.jsonl from deid_fresh15_texts.py (markup [[X|value]], see deid_common)."""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from deid_common import parse
from deid_fresh15_texts import ALL

rows = [parse(marked) for marked in ALL]
out = HERE.parent / "deid_test_fresh15.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} texts to {out}")
