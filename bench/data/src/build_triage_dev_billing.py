"""Write ../triage_dev_billing.jsonl: ordinary member messages about bills and plans, labelled
"none", for the learned half of safety triage (stop 26). The model had learned danger from
alarming examples and near misses only, so some everyday billing questions ("do i have to fill
it out every yr", "Unacceptable, honestly") scored as self-harm or an emergency.

Taken from the drafts sets that have had their looks (dev material): every message that is not
an emergency, gibberish or abuse item. fresh7, fresh8 and the demo history's wordings are left
out, so the false alarms on them still measure the model on messages it never learned from.
"""

import json
import pathlib

DATA = pathlib.Path(__file__).resolve().parent.parent
SOURCES = ["drafts_heldout", *(f"drafts_heldout_fresh{n}" for n in ("", 2, 3, 4, 5, 6))]

rows = []
seen = set()
for name in SOURCES:
    for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item.get("kind") in ("emergency", "gibberish", "abuse") or item["text"] in seen:
            continue
        seen.add(item["text"])
        language = "es" if item.get("language") == "es" else "en"
        rows.append({"text": item["text"], "language": language, "label": "none", "kind": "routine"})

out = DATA / "triage_dev_billing.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
print(f"wrote {len(rows)} rows to {out}")
