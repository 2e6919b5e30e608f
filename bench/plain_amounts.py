"""Amounts of past replies that training leaves a plain {AMOUNT}, with the words around them.

Reads a demo built by `bench/drafts.py --demo-cache DIR` (a copy of it: nothing is written to
DIR), normalises every sent reply of its history as training does (the member's claims and plan
year of that day, the claim the message singles out first), and lists each written amount no
field was bound to, grouped by the words right around it (suggestions.amount_words.around),
with the fields that hold it. Also lists the amounts two fields of one claim hold (bound by value
to the first of them unless the words name one) and the active model's replies with a plain
{AMOUNT}. Tuning aid on the demo history (our generator's data), never on a held-out set.

    DEBUG=1 .venv/bin/python bench/plain_amounts.py --demo DIR [--show N] [--details FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_AMOUNT = re.compile(r"\$\s?\d[\d,]*(?:\.\d{1,2})?")


def _shape(window: str, words: int = 4) -> str:
    """The few words right before and after the amount, in lower case, for grouping."""
    before, _, after = window.lower().partition("§")
    return " ".join([*before.split()[-words:], "§", *after.split()[:words]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--demo", type=Path, required=True, help="a drafts.py --demo-cache DIR")
    parser.add_argument("--show", type=int, default=60, help="groups of words to print")
    parser.add_argument("--details", type=Path, help="write one JSON line per plain amount")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="plain-amounts-")
    shutil.copytree(args.demo, folder, dirs_exist_ok=True)
    from bench.drafts import set_up_environment

    set_up_environment(folder)
    import django

    django.setup()
    from careteam import api as careteam_api
    from suggestions import amount_words
    from suggestions import api as suggestions_api
    from suggestions.serving import serving_engine
    from suggestions.slots import _MONEY_FIELDS, money_forms
    from training.dataset import _examples

    agents = tuple(careteam_api.staff_names())
    names = suggestions_api.records_gazetteer(fresh=True)
    replies = plain = 0
    causes: Counter[str] = Counter()
    groups: dict[str, list[str]] = defaultdict(list)
    two_fields: Counter[str] = Counter()  # one claim, two fields, one amount: how it was bound
    rows = []
    for example in _examples(None, None, None):
        replies += 1
        records = suggestions_api.records_read(example.context, example.claims, example.benefits)
        forms = suggestions_api.record_forms(example.member, example.context, records=records)
        choices = suggestions_api.record_amount_choices(records)
        known = suggestions_api.known_facts(example.member, agents, names, forms, choices)
        text = example.reply.replace("{", "(").replace("}", ")")
        spans = known.spans(text)
        holders = dict(choices)
        for match in _AMOUNT.finditer(text):
            bound = next(
                (s for s in spans if s.start < match.end() and match.start() < s.end), None
            )
            window = amount_words.around(text, match.start(), match.end())
            written = match.group(0).replace(" ", "")
            if bound is not None:
                same_claim = [
                    [p.name for p, name in _MONEY_FIELDS if getattr(c, name) is not None
                     and written in money_forms(getattr(c, name))]
                    for c in example.claims
                ]  # fmt: skip
                doubled = next((f for f in same_claim if len(f) >= 2), None)
                if doubled:
                    two_fields[f"{'/'.join(doubled)} -> {bound.placeholder.name}"] += 1
                    rows.append({"kind": "two_fields", "fields": doubled, "window": window,
                                 "bound": bound.placeholder.name})  # fmt: skip
                continue
            plain += 1
            fields = holders.get(written) or holders.get(written.lstrip("$"))
            cause = (
                "no field holds it" if not fields
                else "$0.00" if written in ("$0.00", "$0") else "plan-year = claim amount"
            )  # fmt: skip
            causes[cause] += 1
            groups[_shape(window)].append(f"{cause}: {'/'.join(f.name for f in fields or ())}")
            rows.append({"kind": "plain", "cause": cause, "window": window,
                         "fields": [f.name for f in fields or ()]})  # fmt: skip
    print(f"replies: {replies}")
    print(f"plain_amounts: {plain}")
    for cause, count in causes.most_common():
        print(f"  {cause}: {count}")
    print(f"one_claim_two_fields_bound_by_value: {sum(two_fields.values())}")
    for what, count in two_fields.most_common():
        print(f"  {what}: {count}")
    serving = serving_engine()
    if serving is not None:
        templates = [candidate.template for candidate in serving[1].candidates]
        with_amount = sum("{AMOUNT}" in t for t in templates)
        print(f"model_replies_with_plain_amount: {with_amount} of {len(templates)}")
    print("words around plain amounts (most common first):")
    for shape, members in sorted(groups.items(), key=lambda item: -len(item[1]))[: args.show]:
        print(f"{len(members):4d}  {shape}    [{Counter(members).most_common(2)}]")
    if args.details:
        with args.details.open("w", encoding="utf-8") as file:
            file.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
