"""De-identification benchmark: recall per kind on labelled sets, and what it costs per text.

Dev sets (looked at while improving suggestions/templating.py): the odd lines of
bench/data/deid_labelled.jsonl, bench/data/deid_dev_more.jsonl, bench/data/deid_dev_3.jsonl,
bench/data/deid_dev_4.jsonl, bench/data/deid_dev_5.jsonl and bench/data/deid_dev_6.jsonl.
Test sets (never tuned on, scored only when asked, so each look is a deliberate one): the even
lines of deid_labelled.jsonl (--test; looked at twice in an earlier round, no longer clean) and
bench/data/deid_test_fresh.jsonl (--fresh; 436 texts written before the round that tuned on
dev_3, scored once before and once after it, no longer clean), and
bench/data/deid_test_fresh2.jsonl (--fresh2; 434 texts written and committed before the next
round's tuning, scored once before and once after it; no longer clean), and
bench/data/deid_test_fresh3.jsonl (--fresh3; 581 texts written and committed by the deid5
helper before its round's tuning, scored once before and once after it; dev since), and
bench/data/deid_test_fresh4.jsonl (--fresh4; 446 texts written and committed by the deid4
helper before its round's tuning, scored once before and once after it; dev since), and
bench/data/deid_test_fresh5.jsonl (--fresh5; 454 texts written and committed by the deid5
helper before the stop-24 round's tuning, scored once before and once after it; dev since), and
bench/data/deid_test_fresh6.jsonl (--fresh6; 533 texts written and committed by the deid6 helper
before the stop-25 round's tuning, scored once before and once after it; dev since), and
bench/data/deid_test_fresh7.jsonl (--fresh7; 640 texts written and committed by the deid7 helper
before the stop-26 round's tuning, scored once before and once after it; its provider names were
tried one by one during that round, so its provider figure after is no held-out figure), and
bench/data/deid_test_fresh8.jsonl (--fresh8; 626 texts written by the deid7 helper mid-round,
committed before any change made after it; its before-figure is the code as it stood at the
fresh7 commit, scored once before and once after; fresh7 and fresh8 are dev material since stop 27,
their misses shown with --show-dev-misses), and
bench/data/deid_test_fresh9.jsonl (--fresh9; 545 texts in new shapes written and committed by the
sets9 helper before stop 27's tuning, scored once before and once after it; dev since stop 28,
its misses shown with --show-dev-misses), and
bench/data/deid_test_fresh10.jsonl (--fresh10; 509 texts written one by one, in new shapes, and
committed by the sets10 helper before stop 28's tuning, scored once before and once after it;
dev since stop 29, its misses shown with --show-dev-misses), and
bench/data/deid_test_fresh11.jsonl (--fresh11; 505 texts written one by one, in new shapes, and
committed by the sets11 helper before stop 29's tuning, scored once before and once after it;
dev since stop 30, its misses shown with --show-dev-misses), and
bench/data/deid_test_fresh12.jsonl (--fresh12; 508 texts written one by one, in new shapes, and
committed by the sets12 helper before stop 30's tuning, scored once before and once after it;
dev since stop 30's second round (deid14, which scored its even lines apart as its unseen half),
its misses shown with --show-dev-misses), and
bench/data/deid_test_fresh13.jsonl (--fresh13; 511 texts written one by one, in new shapes, and
committed by the sets13 helper before stop 31's tuning, scored once before and once after it;
dev since stop 31's second round (deid16), its misses shown with --show-dev-misses), and
bench/data/deid_test_fresh14.jsonl (--fresh14; 496 texts written one by one, in new shapes, and
committed by the sets14 helper before stop 32's tuning, scored once before and once after it;
dev since stop 32's second round, its misses shown with --show-dev-misses), and
bench/data/deid_test_fresh15.jsonl (--fresh15; 494 texts written one by one, in new shapes, and
committed by the sets15 helper before stop 33's tuning, scored once before and once after it;
dev since stop 33's second round (deid20), its misses shown with --show-dev-misses).
A labelled detail
counts as removed when every letter and digit of it is inside a replaced span; a text with no
detail counts as wrongly touched when any span is found in it (a service, "Physical Therapy",
is replaced by design and counts against); a span in a text with details that covers none of
them is counted apart (sentence words taken for details, and services). "history" counts the
words taken for names or providers in the demo history's wordings (they must not rise). find_spans_ms_per_text is the mean cost of
finding the details of one text, after the name lists are loaded.

    .venv/bin/python bench/deid.py [--show-dev-misses] [--test] [--fresh] [--fresh2] [--fresh3] [--fresh4]
        [--fresh5] [--fresh6] [--fresh7] [--fresh8] [--fresh9] [--fresh10] [--fresh11] [--fresh12]
        [--fresh13] [--fresh14] [--fresh15]
        [--ordinary N [--ordinary-data ../shared/data/insuranceqa/train.jsonl]]
        [--learned | --patterns-only] [--tagger NPZ] [--swapped]

--swapped scores each chosen fresh set once more with its people's names and member ids made up
(Faker, seeded; stop 33): every set up to fresh14 has been tuned on, its own strings among it,
so the drop from a set to its swapped copy is what was learned of those strings alone.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "bench" / "data" / "deid_labelled.jsonl"
DEV_MORE = ROOT / "bench" / "data" / "deid_dev_more.jsonl"
DEV_3 = ROOT / "bench" / "data" / "deid_dev_3.jsonl"
DEV_4 = ROOT / "bench" / "data" / "deid_dev_4.jsonl"
DEV_5 = ROOT / "bench" / "data" / "deid_dev_5.jsonl"
DEV_6 = ROOT / "bench" / "data" / "deid_dev_6.jsonl"
# The fresh test sets: (number, what it is now, whether its misses may be shown). A dev set's
# misses are shown with --show-dev-misses; a held-out set is scored in aggregate only.
FRESH_SETS = (
    ("2", "used up; dev since fresh4", True),
    ("3", "used up; dev since fresh4", True),
    ("4", "used up; dev since fresh5", True),
    ("5", "used up; dev since fresh6", True),
    ("6", "dev since fresh7", True),
    ("7", "dev since stop 27", True),
    ("8", "dev since stop 27", True),
    ("9", "dev since stop 28", True),
    ("10", "dev since stop 29", True),
    ("11", "dev since stop 30", True),
    ("12", "dev since stop 30's second round", True),
    ("13", "dev since stop 31's second round", True),
    ("14", "dev since stop 32's second round", True),
    ("15", "dev since stop 33's second round", True),
    ("", "used up; dev since fresh4", True),
)  # fmt: skip


def fresh_path(number: str) -> Path:
    return ROOT / "bench" / "data" / f"deid_test_fresh{number}.jsonl"


def score(rows: list[dict], show: bool) -> None:
    from suggestions.templating import find_spans

    removed, total = Counter(), Counter()
    touched = clean = stray = beside = 0
    stray_kinds: Counter[str] = Counter()
    find_spans("Warm up: the name lists load once, on first use.")
    started, cpu = time.perf_counter(), time.process_time()
    found = [find_spans(row["text"]) for row in rows]
    per_text_ms = (time.perf_counter() - started) * 1000 / max(len(rows), 1)
    cpu_ms = (time.process_time() - cpu) * 1000 / max(len(rows), 1)
    for row, spans in zip(rows, found, strict=True):
        covered = {i for span in spans for i in range(span.start, span.end)}
        labelled = {i for label in row["spans"] for i in range(label["start"], label["end"])}
        if row["spans"]:
            # A span in a text with details that touches none of them took sentence words.
            strays = [s for s in spans if not labelled & set(range(s.start, s.end))]
            stray += len(strays)
            stray_kinds.update(s.placeholder.value for s in strays)
            # Words a span that does touch a detail runs past it onto ("Ask" before a clinic).
            for s in spans:
                if s not in strays:
                    for match in re.finditer(r"\w+", row["text"][s.start : s.end]):
                        a, b = s.start + match.start(), s.start + match.end()
                        if not labelled & set(range(a, b)):
                            beside += 1
                            if show:
                                print(
                                    f"  beside: {match.group(0)!r} in {row['text'][s.start : s.end]!r}"
                                )
            if strays and show:
                print(f"  stray: {[row['text'][s.start : s.end] for s in strays]}")
        for label in row["spans"]:
            total[label["kind"]] += 1
            characters = {
                i for i in range(label["start"], label["end"]) if row["text"][i].isalnum()
            }
            if characters <= covered:
                removed[label["kind"]] += 1
            elif show:
                print(f"  missed {label['kind']}: {label['value']!r}")
        if not row["spans"]:
            clean += 1
            touched += bool(spans)
            stray_kinds.update(s.placeholder.value for s in spans)
            if spans and show:
                words = [row["text"][span.start : span.end] for span in spans]
                print(f"  touched: {row['text']!r} -> {words}")
    for kind in sorted(total):
        print(f"  recall_{kind}: {removed[kind] / total[kind]:.3f} ({removed[kind]}/{total[kind]})")
    print(f"  all_details: {sum(removed.values()) / sum(total.values()):.3f}")
    print(f"  texts_without_details_touched: {touched} of {clean}")
    print(f"  spans_outside_any_detail: {stray} (in {len(rows) - clean} texts with details)")
    print(f"  words_taken_beside_a_detail: {beside}")
    # Words taken that are no detail, in all texts, by what they were taken for (a SERVICE is
    # replaced by design and counted here too); precision is spans found that touch a detail.
    found_count = sum(len(spans) for spans in found)
    wrong = sum(stray_kinds.values())
    print(
        f"  spans_found: {found_count}, touching_no_detail: {wrong} "
        f"(precision {1 - wrong / max(found_count, 1):.3f}) {dict(sorted(stray_kinds.items()))}"
    )
    words = sum(len(row["text"].split()) for row in rows)
    named = stray_kinds["PERSON_NAME"] + stray_kinds["PROVIDER_NAME"]
    print(f"  sentence_words_taken_for_names_or_providers: {named} in {words} words")
    print(f"  find_spans_ms_per_text: {per_text_ms:.2f} wall, {cpu_ms:.2f} cpu")
    print(f"  to_template_with_known_facts_ms_per_text: {_with_known_facts_ms(rows):.2f}")


# Made-up details for --swapped: Faker's people of many countries (seeded), and id characters.
SWAP_LOCALES = ("en_US", "es_MX", "en_GB", "en_IN", "fr_FR", "de_DE", "pt_BR", "it_IT", "pl_PL",
                "vi_VN", "nl_NL", "ga_IE", "tr_TR", "yo_NG", "uk_UA", "tl_PH", "fi_FI", "cs_CZ",
                "sv_SE", "ro_RO")  # fmt: skip
# Parts of a name kept as written when its other words are swapped: titles, credentials and
# particles ("Dr.", "MD", "de la").
KEPT_IN_A_NAME = frozenset(
    ("dr", "mr", "mrs", "ms", "miss", "mx", "jr", "sr", "ii", "iii", "iv", "md", "np", "rn", "pa",
     "do", "dds", "phd", "van", "von", "der", "den", "de", "la", "las", "los", "del", "da", "dos",
     "das", "di", "le", "du", "bin", "al", "el", "st", "y", "e", "ó", "o", "mc", "mac", "ten", "ter")
)  # fmt: skip
LETTER_RUN = re.compile(r"[^\W\d_]+")


def swapped(rows: list[dict], seed: int) -> list[dict]:
    """The rows with every person's and clinician's name swapped for a made-up one of the same
    shape (its titles, particles, initials, punctuation and case kept: "HALVORSEN, INGRID" ->
    "KOWALSKI, AIKO") and every member id for random characters of the same shape, the other
    details and the sentences as written: what the scans read beyond these sets' own strings
    (a set's names may have been tuned on; its sentences' shapes are the same)."""
    import random

    from faker import Faker

    rng = random.Random(seed)
    fakers = [Faker(locale) for locale in SWAP_LOCALES]
    for number, faker in enumerate(fakers):
        faker.seed_instance(seed + number)

    def one_word(name: str) -> str:
        words = [w for w in LETTER_RUN.findall(name) if w.lower() not in KEPT_IN_A_NAME]
        return next((w for w in words if len(w) > 2), "Smith")

    def cased(new: str, old: str) -> str:
        if old.isupper() and len(old) > 1:
            return new.upper()
        return new.lower() if old.islower() else new

    def name(value: str) -> str:
        faker, parts, last, count = rng.choice(fakers), [], 0, 0
        for match in LETTER_RUN.finditer(value):
            word = match.group(0)
            parts.append(value[last : match.start()])
            last = match.end()
            if word.lower() in KEPT_IN_A_NAME or len(word) == 1:
                parts.append(word)
                continue
            # After a comma ("HALVORSEN, INGRID") or first, a first name; else a surname.
            first = count == 0 or "," in value[: match.start()]
            parts.append(cased(one_word(faker.first_name() if first else faker.last_name()), word))
            count += 1
        return "".join(parts) + value[last:]

    def member_id(value: str) -> str:
        return "".join(
            rng.choice("0123456789") if c.isdigit()
            else rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") if c.isupper()
            else rng.choice("abcdefghjkmnpqrstuvwxyz") if c.isalpha() else c
            for c in value
        )  # fmt: skip

    out = []
    for row in rows:
        text, pieces, spans, last = row["text"], [], [], 0
        chosen: dict[str, str] = {}  # the same name twice in a text is swapped the same way
        for label in sorted(row["spans"], key=lambda label: label["start"]):
            value = text[label["start"] : label["end"]]
            if label["kind"] in ("PERSON_NAME", "CLINICIAN_NAME"):
                value = chosen.setdefault(value, name(value))
            elif label["kind"] == "MEMBER_ID":
                value = chosen.setdefault(value, member_id(value))
            pieces.append(text[last : label["start"]])
            start = sum(map(len, pieces))
            pieces.append(value)
            last = label["end"]
            spans.append({**label, "start": start, "end": start + len(value), "value": value})
        out.append({"text": "".join(pieces) + text[last:], "spans": spans})
    return out


def ordinary_questions(limit: int, path: Path) -> None:
    """Names and providers found in InsuranceQA's questions (dev material, title-cased, almost
    no one named in them but public figures such as "Dave Ramsey"): what is found there is mostly
    sentence words taken for names."""
    from collections import Counter

    from suggestions.templating import Placeholder, find_spans

    if not path.exists():
        print(f"ordinary: {path} not found")
        return
    questions = [json.loads(line)["question"] for line in path.open(encoding="utf-8")][:limit]
    named = (Placeholder.PERSON_NAME, Placeholder.PROVIDER_NAME)
    taken = Counter(
        question[span.start : span.end]
        for question in questions
        for span in find_spans(question)
        if span.placeholder in named
    )
    words = sum(len(question.split()) for question in questions)
    print(f"ordinary: {len(questions)} InsuranceQA train questions, {words} words")
    print(f"  names_or_providers_found: {sum(taken.values())} {dict(taken.most_common(12))}")


def history_sentence_words(show: bool) -> None:
    """Words the patterns take for a name or provider in the demo history's wordings (member
    questions as written, with neutral words for their detail slots, and in lower case; the
    team's replies around their slots). Those words name a few fictional providers ("Dr.
    Patel", "Riverbend Medical Center"); everything else taken is a sentence word, so the count
    may never rise."""
    from suggestions.demo.history import _Missing, load_intents
    from suggestions.templating import PLACEHOLDER_SHAPE, Placeholder, find_spans

    texts: list[str] = []
    for intent in load_intents():
        for question in (*intent.questions, *intent.questions_es):
            filled = question.format_map(_Missing())
            texts += [filled, filled.lower()]
        texts += [*intent.replies, *intent.replies_es]
    named = (Placeholder.PERSON_NAME, Placeholder.PROVIDER_NAME)
    taken: Counter[str] = Counter()
    for text in texts:
        slots = [match.span() for match in PLACEHOLDER_SHAPE.finditer(text)]
        for span in find_spans(text):
            inside_slot = any(a < span.end and span.start < b for a, b in slots)
            if span.placeholder in named and not inside_slot:
                taken[text[span.start : span.end]] += 1
    words = sum(len(text.split()) for text in texts)
    print(f"history: {len(texts)} demo history wordings, {words} words")
    print(f"  sentence_words_taken_for_names_or_providers: {sum(taken.values())}")
    if show:
        print(f"  taken: {dict(taken.most_common())}")


def _with_known_facts_ms(rows: list[dict]) -> float:
    """What training pays per text: facts built for each message (a member's names, id, plan,
    staff, and 60 written forms of their claims' amounts and dates), then the text normalised."""
    from suggestions.templating import KnownFacts, Placeholder, to_template

    forms = tuple(
        (form, Placeholder.MEMBER_OWES if n % 2 else Placeholder.DATE_OF_SERVICE)
        for n in range(30)
        for form in (f"${100 + n * 37:,}.{n:02d}", f"March {n % 28 + 1}, 2026")
    )
    started = time.perf_counter()
    for number, row in enumerate(rows):
        known = KnownFacts(
            member_first_name="Rosamund", member_last_name="Quillfeather",
            member_id=f"W{100000000 + number}", plan="Gold PPO", agent_names=("Ana", "Ben"),
            record_values=forms[number % 3 :],
        )  # fmt: skip
        to_template(row["text"], known)
    return (time.perf_counter() - started) * 1000 / max(len(rows), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show-dev-misses", action="store_true", help="list dev misses/touches")
    parser.add_argument("--test", action="store_true", help="also score the never-tuned half")
    for number, note, _ in FRESH_SETS:
        parser.add_argument(
            f"--fresh{number}", action="store_true",
            help=f"also score {fresh_path(number).name} ({note})",
        )  # fmt: skip
    parser.add_argument(
        "--ordinary", type=int, default=0, metavar="N",
        help="names found in the first N InsuranceQA train questions (dev)",
    )  # fmt: skip
    parser.add_argument(
        "--ordinary-data", type=Path,
        default=ROOT.parent / "shared" / "data" / "insuranceqa" / "train.jsonl",
    )  # fmt: skip
    parser.add_argument(
        "--swapped", action="store_true",
        help="score each chosen fresh set once more, twice over, with its people's names and "
        "member ids swapped for made-up ones of the same shape (a set's own names may have been "
        "tuned on; a held-out set's misses stay unshown)",
    )  # fmt: skip
    parser.add_argument(
        "--tagger", type=Path, default=None, metavar="NPZ",
        help="the learned finder's weights from this file instead of the shipped ones (weights "
        "fitted with scripts/train_deid_tagger.py --hold-out SET, to score SET unseen)",
    )  # fmt: skip
    switch = parser.add_mutually_exclusive_group()
    switch.add_argument(
        "--learned", action="store_true",
        help="with the learned finder beside the patterns (suggestions/learned_spans.py; the "
        "default since stop 28, LEARNED_SPANS)",
    )  # fmt: skip
    switch.add_argument(
        "--patterns-only", action="store_true",
        help="without the learned finder: the patterns alone, as before stop 28",
    )  # fmt: skip
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careteam.settings")
    os.environ.setdefault(
        "SECRET_KEY", "bench-secret-key-not-for-production-0123456789-abcdefghijkl"
    )
    import django

    django.setup()
    from suggestions import templating

    if args.learned or args.patterns_only:
        templating.LEARNED_SPANS = not args.patterns_only
    if args.tagger is not None:
        from suggestions import learned_spans

        model = learned_spans.Tagger(args.tagger)
        learned_spans.tagger = lambda: model  # type: ignore[assignment]
        print(f"tagger weights: {args.tagger}")
    print(f"learned finder: {'on' if templating.LEARNED_SPANS else 'off (patterns only)'}")
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8") if line.strip()]
    print(f"data: {DATA.relative_to(ROOT)} ({len(rows)} texts)")
    print("dev (odd lines, looked at while tuning):")
    score(rows[1::2], args.show_dev_misses)
    more = [json.loads(line) for line in DEV_MORE.open(encoding="utf-8") if line.strip()]
    print(f"dev_more: {DEV_MORE.relative_to(ROOT)} ({len(more)} texts, looked at while tuning)")
    score(more, args.show_dev_misses)
    dev_3 = [json.loads(line) for line in DEV_3.open(encoding="utf-8") if line.strip()]
    print(f"dev_3: {DEV_3.relative_to(ROOT)} ({len(dev_3)} texts, looked at while tuning)")
    score(dev_3, args.show_dev_misses)
    dev_4 = [json.loads(line) for line in DEV_4.open(encoding="utf-8") if line.strip()]
    print(f"dev_4: {DEV_4.relative_to(ROOT)} ({len(dev_4)} texts, looked at while tuning)")
    score(dev_4, args.show_dev_misses)
    dev_5 = [json.loads(line) for line in DEV_5.open(encoding="utf-8") if line.strip()]
    print(f"dev_5: {DEV_5.relative_to(ROOT)} ({len(dev_5)} texts, looked at while tuning)")
    score(dev_5, args.show_dev_misses)
    dev_6 = [json.loads(line) for line in DEV_6.open(encoding="utf-8") if line.strip()]
    print(f"dev_6: {DEV_6.relative_to(ROOT)} ({len(dev_6)} texts, looked at while tuning)")
    score(dev_6, args.show_dev_misses)
    history_sentence_words(args.show_dev_misses)
    if args.test:
        print("test (even lines, never looked at):")
        score(rows[0::2], False)
    if args.ordinary:
        ordinary_questions(args.ordinary, args.ordinary_data)
    for number, note, shows_misses in FRESH_SETS:
        if getattr(args, f"fresh{number}"):
            path = fresh_path(number)
            fresh = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
            print(f"fresh{number}: {path.relative_to(ROOT)} ({len(fresh)} texts, {note})")
            score(fresh, args.show_dev_misses and shows_misses)
            if args.swapped:
                made_up = swapped(fresh, 1) + swapped(fresh, 2)
                print(
                    f"fresh{number} swapped: its names and member ids made up ({len(made_up)} texts)"
                )
                score(made_up, args.show_dev_misses and shows_misses)


if __name__ == "__main__":
    main()
