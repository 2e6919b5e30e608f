"""Markup for the de-identification set: [[X|value]] where X is a one-letter kind code."""
import re

CODES = {
    "P": "PERSON_NAME", "C": "CLINICIAN_NAME", "O": "PROVIDER_ORG", "D": "DATE",
    "A": "AMOUNT", "M": "MEMBER_ID", "N": "CLAIM_NUMBER", "T": "PHONE", "E": "EMAIL",
    "R": "ADDRESS", "S": "SSN", "I": "NPI",
}
MARK = re.compile(r"\[\[([A-Z])\|([^\]|]+)\]\]")


def parse(marked):
    text, spans, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        text.append(chunk)
        out_len += len(chunk)
        code, value = m.group(1), m.group(2)
        if code not in CODES:
            raise ValueError(f"unknown code {code!r} in {marked!r}")
        spans.append({"start": out_len, "end": out_len + len(value), "kind": CODES[code],
                      "value": value})
        text.append(value)
        out_len += len(value)
        pos = m.end()
    text.append(marked[pos:])
    full = "".join(text)
    if "[[" in full or "]]" in full:
        raise ValueError(f"unparsed markup in {marked!r}")
    return {"text": full, "spans": spans}


def npi(first_nine):
    """An NPI with its Luhn check digit (over the "80840" prefix, as the NPI standard says)."""
    digits = "80840" + first_nine
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return first_nine + str((10 - total % 10) % 10)
