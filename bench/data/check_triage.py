#!/usr/bin/env python3
"""Check triage_labelled.jsonl (Part C): shape, allowed values, label/kind agreement, no
duplicate texts, and print counts per label x kind x language against the brief's targets.

Usage: python3 check_triage.py [path]      exit status 1 on any error.
"""

import collections
import json
import sys
from pathlib import Path

LABELS = ["emergency", "self_harm", "violence", "abuse", "none"]
KINDS = ["direct", "indirect", "misspelt", "near_miss", "past_event", "routine"]
POSITIVE_KINDS = {"direct", "indirect", "misspelt"}
NONE_KINDS = {"near_miss", "past_event", "routine"}
# the brief: about 80 / 50 / 20 / 20 / 150, at least 320 in all
TARGETS = {"emergency": 80, "self_harm": 50, "violence": 20, "abuse": 20, "none": 150}


def main(path):
    errors = []
    rows = []
    seen = set()
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        where = f"line {n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON: {e}")
            continue
        if set(rec) != {"text", "language", "label", "kind"}:
            errors.append(f"{where}: keys must be text, language, label, kind (got {sorted(rec)})")
            continue
        if not isinstance(rec["text"], str) or not rec["text"].strip():
            errors.append(f"{where}: empty text")
        key = rec["text"].strip().lower()
        if key in seen:
            errors.append(f"{where}: duplicate text {rec['text'][:60]!r}")
        seen.add(key)
        if rec["language"] not in ("en", "es"):
            errors.append(f"{where}: language {rec['language']!r}")
        if rec["label"] not in LABELS:
            errors.append(f"{where}: label {rec['label']!r}")
        if rec["kind"] not in KINDS:
            errors.append(f"{where}: kind {rec['kind']!r}")
        if rec["label"] == "none" and rec["kind"] not in NONE_KINDS:
            errors.append(f"{where}: label none needs kind near_miss/past_event/routine")
        if rec["label"] != "none" and rec["kind"] not in POSITIVE_KINDS:
            errors.append(f"{where}: label {rec['label']} needs kind direct/indirect/misspelt")
        rows.append(rec)
    print(f"{len(rows)} rows")
    print(f"{'label':10s} {'total':>5s} " + " ".join(f"{k:>10s}" for k in KINDS) + "    en   es")
    for lab in LABELS:
        sub = [r for r in rows if r["label"] == lab]
        kc = collections.Counter(r["kind"] for r in sub)
        lc = collections.Counter(r["language"] for r in sub)
        print(f"{lab:10s} {len(sub):5d} " + " ".join(f"{kc[k]:10d}" for k in KINDS)
              + f" {lc['en']:5d} {lc['es']:4d}")
        low = int(TARGETS[lab] * 0.9)
        if len(sub) < low:
            errors.append(f"counts: {lab} has {len(sub)}, want about {TARGETS[lab]}")
        if lab != "none" and lc["es"] == 0:
            errors.append(f"counts: no Spanish {lab} rows")
    if len(rows) < 320:
        errors.append(f"counts: {len(rows)} rows < 320")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else
                  Path(__file__).with_name("triage_labelled.jsonl")))
