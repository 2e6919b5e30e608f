"""Write ../triage_labelled.jsonl from triage_*.py ROWS (label, kind, language, text)."""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
rows = []
for name in sorted(p.stem for p in HERE.glob("triage_[0-9]*.py")):
    rows.extend(importlib.import_module(name).ROWS)
out = HERE.parent / "triage_labelled.jsonl"
with out.open("w", encoding="utf-8") as fh:
    for label, kind, lang, text in rows:
        fh.write(json.dumps({"text": text, "language": lang, "label": label, "kind": kind},
                            ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} rows to {out}")
