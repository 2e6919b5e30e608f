#!/usr/bin/env python3
"""Check deid_labelled.jsonl (Part B): every span's value equals text[start:end], kinds valid,
spans in order and not overlapping, per-kind sanity (NPI check digit, fake SSN 9xx, e-mail
shape, also when spelt out as "jane dot doe at example dot com", no possessive 's inside names,
a vanity phone number's capital letters counted as digits), and flag likely unlabelled details
(e-mails, phone-like and long digit runs, numeric dates, "$" amounts outside any span). Prints
counts per kind.

Usage: python3 check_deid.py [path]      exit status 1 on any error.
"""

import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))
from deid_common import npi as check_digit_npi  # noqa: E402

KINDS = ["PERSON_NAME", "CLINICIAN_NAME", "PROVIDER_ORG", "DATE", "AMOUNT", "MEMBER_ID",
         "CLAIM_NUMBER", "PHONE", "EMAIL", "ADDRESS", "SSN", "NPI"]
MIN_TEXTS_PER_KIND = 25
MIN_NEGATIVE = 60


def spelt_out_email(value):
    """An e-mail written out to dodge scrapers ("jane dot doe at example dot com", "jane [at]
    example [dot] com") in its plain form; a plain address is returned unchanged."""
    plain = re.sub(r"\s*[\[(]?\s*\b(?:at|AT)\b\s*[\])]?\s*", "@", value)
    plain = re.sub(r"\s*[\[(]?\s*\b(?:dot|DOT)\b\s*[\])]?\s*", ".", plain)
    return re.sub(r"\s+", "", plain)


def npi_ok(npi):
    return npi == check_digit_npi(npi[:9])


LEFTOVER = [
    ("e-mail", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    ("long digit run", re.compile(r"(?<![\w-])\d[\d\s().-]{8,}\d(?![\w-])")),
    ("numeric date", re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])")),
    ("dollar amount", re.compile(r"\$\s?\d")),
    ("title + name", re.compile(r"\b(?:Dr\.?|Doctor|Nurse)\s+[A-Z][a-z]+")),
]


def main(path):
    errors, warnings = [], []
    span_counts = collections.Counter()
    text_counts = collections.Counter()
    negatives = 0
    mixed = 0
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    texts_seen = set()
    for n, line in enumerate(lines, 1):
        where = f"line {n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON: {e}")
            continue
        if set(rec) != {"text", "spans"}:
            errors.append(f"{where}: keys must be exactly text, spans (got {sorted(rec)})")
            continue
        text, spans = rec["text"], rec["spans"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        if text in texts_seen:
            errors.append(f"{where}: duplicate text")
        texts_seen.add(text)
        prev_end = -1
        kinds_here = set()
        for s in spans:
            if set(s) != {"start", "end", "kind", "value"}:
                errors.append(f"{where}: span keys {sorted(s)}")
                continue
            st, en, kind, value = s["start"], s["end"], s["kind"], s["value"]
            if kind not in KINDS:
                errors.append(f"{where}: unknown kind {kind!r}")
            if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(text)):
                errors.append(f"{where}: bad offsets {st}..{en}")
                continue
            if text[st:en] != value:
                errors.append(f"{where}: value {value!r} != text[{st}:{en}] {text[st:en]!r}")
            if st < prev_end:
                errors.append(f"{where}: span {value!r} overlaps or is out of order")
            prev_end = en
            abbrev = re.search(r"(\b[A-Z]\.(?:[A-Z]\.)*|Inc\.|Co\.|Corp\.|Ltd\.|Jr\.|Sr\.)$", value)
            if value != value.strip() or (value[-1] in ",.;:!?" and kind != "ADDRESS"
                                          and not abbrev):
                errors.append(f"{where}: span {value!r} has surrounding space/punctuation")
            if kind in ("PERSON_NAME", "CLINICIAN_NAME") and re.search(r"['’]s$", value):
                errors.append(f"{where}: possessive 's inside {kind} {value!r}")
            if kind == "NPI" and (not re.fullmatch(r"[12]\d{9}", value) or not npi_ok(value)):
                errors.append(f"{where}: NPI {value!r} fails the format / check digit")
            if kind == "SSN":
                digits = re.sub(r"\D", "", value)
                if len(digits) == 9 and not digits.startswith("9"):
                    errors.append(f"{where}: SSN {value!r} must be a fake 9xx number")
                if len(digits) not in (4, 9):
                    errors.append(f"{where}: SSN {value!r} must be 9 digits or a last-4")
            if kind == "EMAIL":
                plain = spelt_out_email(value)
                if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", plain):
                    errors.append(f"{where}: e-mail {value!r}")
                if not re.search(r"@example\.(com|net|org)$", plain, re.IGNORECASE):
                    errors.append(f"{where}: e-mail {value!r} should use an example.* domain")
            # a vanity number's letters stand for digits (1-800-555-CARE)
            if kind == "PHONE" and len(re.sub(r"[^0-9A-Z]", "", re.sub(r"\b(?:ext|x)\b\.?", "",
                                                                          value))) < 10:
                errors.append(f"{where}: phone {value!r} has fewer than 10 digits")
            span_counts[kind] += 1
            kinds_here.add(kind)
        for k in kinds_here:
            text_counts[k] += 1
        if not spans:
            negatives += 1
        if len(kinds_here) >= 2:
            mixed += 1
        # likely details left unlabelled
        covered = [(s["start"], s["end"]) for s in spans if "start" in s]
        for label, rx in LEFTOVER:
            for m in rx.finditer(text):
                if not any(a <= m.start() < b for a, b in covered):
                    warnings.append(f"{where}: unlabelled {label}? {m.group(0)!r}: {text[:70]!r}")
    total = len(lines)
    print(f"{total} texts; {negatives} with no detail; {mixed} mixing 2+ kinds")
    print(f"{'kind':16s} {'texts':>5s} {'spans':>5s}")
    for k in KINDS:
        print(f"{k:16s} {text_counts[k]:5d} {span_counts[k]:5d}")
        if text_counts[k] < MIN_TEXTS_PER_KIND:
            errors.append(f"counts: {k} in {text_counts[k]} texts < {MIN_TEXTS_PER_KIND}")
    if negatives < MIN_NEGATIVE:
        errors.append(f"counts: {negatives} texts without details < {MIN_NEGATIVE}")
    if total < 320:
        errors.append(f"counts: {total} texts < 320")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else
                  Path(__file__).with_name("deid_labelled.jsonl")))
