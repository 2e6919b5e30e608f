"""Fit the learned de-identification tagger (suggestions/learned_spans.py) and write its weights
to suggestions/data/deid_tagger.npz. Deterministic: fixed seeds, sorted inputs.

Training texts, all dev material:
- the labelled dev sets of bench/data: deid_labelled, deid_dev_more, deid_dev_3..6 and
  deid_test_fresh..fresh13 (used up; fresh9 was stop 28's validation set, fresh10 its held-out
  set, fresh11 stop 29's, listed since stop 30, fresh12 stop 30's, listed since its second
  round, fresh13 stop 31's, listed since stop 32; fresh14, stop 32's, is used up but not listed
  until the tagger is fitted again). Every later set (deid_test_fresh15 on, held out at later
  stops) is never read: only the files named below are, and read_sets refuses any
  other.
- each of those texts once more with every detail swapped for another of its kind (from the
  other texts or made up with Faker: fictional people, providers, addresses), in the case the
  original was written in, so the model learns shapes and contexts rather than these names;
- the demo history's member wordings and team replies of every other intent (the rest stay for
  the bench's "history" count), their slots filled with such details;
- (stop 32) made-up people are now and then named by a common first name that is an English
  word ("Will", "Rose", "Jack"), so the model reads a name by where it stands; and Faker's
  sentences of common words in French, German, Italian, Dutch, Polish, Vietnamese and Tagalog
  go in as texts with no detail. It also writes suggestions/data/other_language_words.txt (the
  commonest words of other languages, a feature of the tagger).

    DEBUG=1 .venv/bin/python scripts/train_deid_tagger.py [--hold-out SET ...] [--out PATH]

--hold-out leaves the named training sets out (and any text of theirs an older set repeats) and
prints the tagger's own recall and touches on them per margin: how a change is measured on texts
it was not fitted on (stop 29: `--hold-out deid_test_fresh10.jsonl --out /tmp/held.npz`, then
bench/deid.py --fresh10 with those weights). The shipped model is fitted on everything listed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "bench" / "data"
TRAINING_SETS = (
    "deid_labelled.jsonl", "deid_dev_more.jsonl", "deid_dev_3.jsonl", "deid_dev_4.jsonl",
    "deid_dev_5.jsonl", "deid_dev_6.jsonl", "deid_test_fresh.jsonl", "deid_test_fresh2.jsonl",
    "deid_test_fresh3.jsonl", "deid_test_fresh4.jsonl", "deid_test_fresh5.jsonl",
    "deid_test_fresh6.jsonl", "deid_test_fresh7.jsonl", "deid_test_fresh8.jsonl",
    "deid_test_fresh9.jsonl", "deid_test_fresh10.jsonl", "deid_test_fresh11.jsonl",
    "deid_test_fresh12.jsonl", "deid_test_fresh13.jsonl",
)  # fmt: skip
# Held-out sets of later stops: never read here (read_sets refuses them, the tests check it).
HELD_OUT = ("fresh15",)
SEED = 20261207
CENSUS_COMMON = 1000
WORDY = 0.08  # share of made-up people named by a first name that is an English word
SWAPS = 2  # copies of each labelled text with its details swapped
MIN_COUNT = 3  # a feature seen fewer times is dropped
MARGIN = -2.5  # tag a token when its best kind's score is within this of OUTSIDE's (recall first)
LOCALES = ("en_US", "es_MX", "pt_BR", "fr_FR", "de_DE", "pl_PL", "vi_VN", "en_IN", "yo_NG",
           "uk_UA", "it_IT", "nl_NL", "tl_PH", "ga_IE", "tr_TR", "fi_FI")  # fmt: skip

# Languages members write in besides English and Spanish (their thanks, a relative's note):
# pyspellchecker's frequency lists of each, the commonest OTHER_WORDS words.
OTHER_LANGUAGES = ("fr", "de", "it", "pt", "nl")
OTHER_WORDS = 2000
# Vietnamese has no pyspellchecker list: Faker's Vietnamese words and the words of a thanks.
VIETNAMESE_COURTESY = ("cảm", "cám", "ơn", "xin", "chào", "dạ", "vâng", "giúp", "đỡ", "lắm")
# Faker locales whose sentences of common words go in as texts with no detail.
SENTENCE_LOCALES = ("fr_FR", "de_DE", "it_IT", "nl_NL", "pl_PL", "vi_VN", "tl_PH")

Labelled = tuple[str, list[tuple[int, int, str]]]


def write_other_language_words() -> None:
    """suggestions/data/other_language_words.txt, "language word" a line, sorted."""
    import importlib

    from careteam.language import word_counts
    from suggestions.learned_spans import OTHER_LANGUAGES as PATH

    lines = set()
    for language in OTHER_LANGUAGES:
        counts = word_counts(language)
        words = [w for w in counts if re.fullmatch(r"[^\W\d_]+", w)]
        words.sort(key=lambda word: (-counts[word], word))
        lines |= {f"{language} {word}" for word in words[:OTHER_WORDS]}
    vietnamese = importlib.import_module("faker.providers.lorem.vi_VN").Provider.word_list
    lines |= {f"vi {word.lower()}" for word in (*vietnamese, *VIETNAMESE_COURTESY)}
    PATH.write_text("".join(f"{line}\n" for line in sorted(lines)), encoding="utf-8")


def wordy_first_names() -> list[str]:
    """The commonest US census first names (the first CENSUS_COMMON of each list, which is in
    order of frequency) that are common English words ("will", "rose", "jack", "summer"; not
    "may" or "june", months)."""
    from importlib import resources

    from suggestions.learned_spans import _lists

    lists = _lists()
    census: set[str] = set()
    for name in ("dist.male.first", "dist.female.first"):
        text = resources.files("names").joinpath(name).read_text(encoding="ascii")
        lines = [line for line in text.splitlines() if line.strip()][:CENSUS_COMMON]
        census |= {line.split()[0].lower() for line in lines}
    return sorted(
        name for name in census
        if len(name) >= 3 and lists.english.get(name, 0) >= 5000
        and name not in lists.months and name not in lists.weekdays
        and name not in _NOT_FIRST_NAMES
    )  # fmt: skip


# Words the census lists as someone's first name that a member would hardly call anyone.
_NOT_FIRST_NAMES = frozenset(
    ("son", "numbers", "brain", "young", "van", "german", "gay", "queen", "prince", "major",
     "don", "hung", "sang", "sung", "rich", "chance", "christian", "junior", "jesus", "royal",
     "forest", "foster", "ward", "lane", "angel", "crystal")
)  # fmt: skip


def read_sets(names: tuple[str, ...], *, without: frozenset[str] = frozenset()) -> list[Labelled]:
    rows: list[Labelled] = []
    for name in names:
        assert name in TRAINING_SETS and not any(held in name for held in HELD_OUT), name
        for line in (DATA / name).open(encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                if row["text"] in without:
                    continue
                rows.append(
                    (row["text"], [(s["start"], s["end"], s["kind"]) for s in row["spans"]])
                )
    return rows


class Details:
    """Made-up details of each kind, in the forms members write them."""

    def __init__(self, rng: random.Random, pools: dict[str, list[str]]) -> None:
        from faker import Faker

        self.rng = rng
        self.pools = pools
        self.fakers = []
        for number, locale in enumerate(LOCALES):
            fake = Faker(locale)
            fake.seed_instance(SEED + number)
            self.fakers.append(fake)
        self.us = self.fakers[0]
        from suggestions.learned_spans import _lists

        self.care = sorted(_lists().care)
        self.wordy = wordy_first_names()

    def person(self) -> str:
        fake = self.rng.choice(self.fakers)
        first, last = fake.first_name(), fake.last_name()
        if self.rng.random() < WORDY:
            # Stop 32: first names that are English words ("Will", "Rose", "Jack"), so the
            # model reads a name by where it stands rather than by the word.
            wordy = self.rng.choice(self.wordy).title()
            return self.rng.choice((wordy, wordy, f"{wordy} {last}"))
        if self.rng.random() < 0.25:
            # Initials, generational suffixes and surname particles: "HORACE T. WINTERBOTTOM",
            # "Augustine K. Offord III", "ten Brink, Tomasz", "Priyanka St. Amand".
            middle = f"{fake.first_name()[0]}."
            particle = self.rng.choice(_SURNAME_PARTICLES)
            return self.rng.choice(
                (f"{first} {middle} {last}", f"{first} {middle} {last} "
                 f"{self.rng.choice(('Jr.', 'Sr.', 'II', 'III', 'IV'))}",
                 f"{first[0]}. {last}", f"{particle} {last}, {first}",
                 f"{first} {particle} {last}", f"{first} {last} {self.rng.choice(('Jr', 'III'))}")
            )  # fmt: skip
        if self.rng.random() < 0.15:
            # Stop 31: apostrophes, particles and hyphens in any case, titles of the clergy,
            # a possessive ("Siobhan O'Brien", "lucía de la cruz", "Rev. Ana Smith-Ortega").
            other = fake.last_name()
            return self.rng.choice(
                (f"{first} O'{other}", f"{first} D'{other}", f"{first} de la {last}",
                 f"{first} {last}-{other}".lower(), f"{first} dos {last}",
                 f"{self.rng.choice(('Rev.', 'Fr.', 'Pastor', 'Prof.'))} {first} {last}",
                 f"{first} Mac{other}", f"{first}-{fake.first_name()} {last}")
            )  # fmt: skip
        return self.rng.choice(
            (first, last, f"{first} {last}", f"{first} {last}", f"{last}, {first}",
             f"{first} {fake.first_name()[0]}. {last}", f"{first} {last}-{fake.last_name()}")
        )  # fmt: skip

    def clinician(self) -> str:
        fake = self.rng.choice(self.fakers)
        first, last = fake.first_name(), fake.last_name()
        if self.rng.random() < 0.3:
            # Initials and a particle: "dr. s. kapoor", "R. Voss", "DE LA VEGA, INGRID".
            particle = self.rng.choice(_SURNAME_PARTICLES)
            return self.rng.choice(
                (f"dr. {first[0].lower()}. {last.lower()}", f"{first[0]}. {last}",
                 f"Dr. {first[0]}. {last}", f"{particle} {last}, {first}".upper(),
                 f"Dr. {first} {particle} {last}", f"{last.upper()}, {first.upper()}",
                 f"Dr. {last}-{fake.last_name()}")
            )  # fmt: skip
        return self.rng.choice(
            (f"Dr. {last}", f"Dr {first} {last}", f"Dr. {first} {last}", f"doctor {last}",
             f"{first} {last}, MD", f"{first} {last} NP", f"Dra. {last}", f"Nurse {first}")
        )  # fmt: skip

    def provider(self) -> str:
        fake = self.rng.choice(self.fakers)
        care = self.rng.choice(self.care).title()
        if self.rng.random() < 0.15:
            # A name without a kind of care in it: "Halvorsen Partners", "Mercy Northfield".
            return self.rng.choice(
                (f"{fake.last_name()} {self.rng.choice(('Partners', 'Associates', 'Group'))}",
                 f"{self.rng.choice(('Mercy', 'St. Luke', 'Sacred Heart', 'Providence'))} "
                 f"{self.us.city()}", f"{fake.last_name()}care", f"{fake.last_name()}Health",
                 self.us.company())
            )  # fmt: skip
        place = self.rng.choice(
            (fake.last_name(), self.us.city(), self.us.street_name().split()[0])
        )
        if self.rng.random() < 0.15:
            # Stop 31: abbreviated as bills print them, homes named for a place, a children's
            # hospital by its short name, in any case ("Bayview Ortho Assoc.", "The Heights at
            # Brookside", "Valley Children's", "summit hand & upper extremity institute").
            town = self.us.city().split()[0]
            return self.rng.choice(
                (f"{place} Med. Ctr.", f"{place} {care} Assoc.", f"{place} {care} Grp",
                 f"{place} Hosp.", f"{place} Gen.", f"{place} Peds",
                 f"St. {fake.first_name()} Med Ctr",
                 f"The {self.rng.choice(_HOME_WORDS)} at {town}",
                 f"the {self.rng.choice(_HOME_WORDS).lower()} at {town.lower()} "
                 f"{self.rng.choice(('creek', 'park', 'lake', 'ridge'))}",
                 f"{town} Children's", f"{place.lower()} hand & upper extremity institute",
                 f"{place} {care} Assocs", f"Ctr for {care} of {town}", f"{place.lower()} ent")
            )  # fmt: skip
        if self.rng.random() < 0.3:
            # Shapes of stop 28's sets: a saint or "Our Lady", a possessive, an ordinal, a
            # branch number, a company suffix, Spanish names with an article, "Dr. Smile".
            word = self.rng.choice(_PROVIDER_WORDS)
            other = self.rng.choice(self.care).title()
            return self.rng.choice(
                (f"Our Lady of the {place} {care}", f"{fake.first_name()}'s {care} {word}",
                 f"{self.rng.choice(('1st', '2nd', 'First', 'A+', 'A-1'))} Choice {care} {word}",
                 f"{place} {care} #{self.rng.randint(2, 40)}",
                 f"{place} {care} {self.rng.choice(('LLC', 'Inc.', 'Inc', 'PLLC', 'P.C.', 'PA'))}",
                 f"{place} {care} & {other}", f"{place} {care} and {other}",
                 f"{place} {self.rng.choice(('Hand', 'Spine', 'Bone', 'Skin'))} & {other} {word}",
                 f"Farmacia {self.rng.choice(('La', 'El', 'San', 'Santa'))} {place}",
                 f"centro de salud {self.rng.choice(('familiar', 'comunitario'))} la {place}",
                 f"Dr. {self.rng.choice(('Smile', 'Care', 'Foot', 'Skin'))} {care} {word}",
                 f"{place} County {care} {word}", f"{care} Associates of {self.us.city()}")
            )  # fmt: skip
        return self.rng.choice(
            (f"{place} {care}", f"{place} {care} {self.rng.choice(self.care).title()}",
             f"{fake.last_name()} & {fake.last_name()} {care}", f"St. {fake.first_name()} {care}",
             f"{place} {care} Center", f"{self.us.city()} {care} Group", f"{place} {care}, LLC")
        )  # fmt: skip

    def address(self) -> str:
        street = self.rng.choice(self.fakers[:1] + self.fakers[1:3]).street_address()
        if self.rng.random() < 0.3:
            unit = self.rng.choice(
                ("Apt", "Unit", "#", "Suite", "apt.", "Apartment", "Ste", "Ste.", "Apto", "Bldg",
                 "Fl", "Rm")
            )  # fmt: skip
            street = f"{street}{self.rng.choice((', ', ' '))}{unit} {self.rng.randint(1, 40)}"
            street += self.rng.choice(("", "B", "C"))
        if self.rng.random() < 0.25:
            street = self._unusual_street()
        if self.rng.random() < 0.1:
            street = f"PO Box {self.rng.randint(10, 9999)}"
        elif self.rng.random() < 0.05:
            # Stop 31: a private mailbox before the street, a box at the post office.
            number = self.rng.randint(10, 9999)
            street = self.rng.choice(
                (f"PMB {self.rng.randint(1, 999)}, {street}", f"box {number}",
                 f"P.O. Box {number}", f"Post Office Box {number}", f"PO BOX {number}")
            )  # fmt: skip
        zipcode = self.us.zipcode()
        if self.rng.random() < 0.2:
            zipcode += f"-{self.rng.randint(1000, 9999)}"
        city = f"{self.us.city()}, {self.us.state_abbr()} {zipcode}"
        return self.rng.choice(
            (street, f"{street}, {city}", f"{street} {city}", f"{street}\n{city}",
             f"{street}, {self.us.city()}", f"{street} {self.us.city()} {self.us.state_abbr()}",
             f"{street}, {self.us.city()}, {self.us.state_abbr()}")
        )  # fmt: skip

    def _unusual_street(self) -> str:
        """Streets not in "123 Main St" order: a Puerto Rican urbanización, a mobile home park's
        lot, the number after the street, rural routes, general delivery."""
        name = self.us.last_name()
        number = self.rng.randint(1, 9999)
        kind = self.rng.choice(("Ave.", "St", "Rd", "Way", "Pike", "Blvd", "Ln", "Dr."))
        return self.rng.choice(
            (f"Urb. {self.rng.choice(('Los', 'Las', 'El', 'La'))} {name}, Calle "
             f"{self.rng.randint(1, 40)} #{self.rng.randint(1, 99)}",
             f"Lot {self.rng.randint(1, 120)}, {name} {self.rng.choice(('Pines', 'Acres', 'Oaks'))}"
             f" Mobile Home Park", f"{name} {kind} {number}, Apto {self.rng.randint(1, 30)}",
             f"{self.rng.choice(('N.', 'S.', 'E.', 'W.'))} {name} {kind} {number}",
             f"{number} Paseo de la {name} Unit {self.rng.randint(1, 9)}{self.rng.choice('ABC')}",
             f"HC {self.rng.randint(1, 9):02d} Box {number}", f"RR {self.rng.randint(1, 9)} Box "
             f"{self.rng.randint(1, 400)}", "General Delivery",
             f"{number} {name} {kind} Ste {self.rng.randint(100, 900)}",
             f"{number} {name} {kind}, Bldg {self.rng.choice('ABCD')}, "
             f"Apt {self.rng.randint(1, 40)}")
        )  # fmt: skip

    def date(self) -> str:
        from careteam.api import ENGLISH_MONTHS as careteam_months

        day = self.rng.randint(1, 28)
        month = self.rng.randint(1, 12)
        year = self.rng.choice((2024, 2025, 2026))
        name = careteam_months[month - 1].title()
        return self.rng.choice(
            (f"{month}/{day}/{year}", f"{month}/{day}/{year % 100}",
             f"{month:02d}/{day:02d}/{year}", f"{name} {day}, {year}", f"{name} {day}",
             f"{name[:3]} {day}", f"{day} {name} {year}",
             f"{year}-{month:02d}-{day:02d}", f"{month}-{day}-{year}", f"{name} {day}th",
             f"the {day}th of {name}", f"{month}/{day}")
        )  # fmt: skip

    def amount_in_words(self) -> str:
        english = self.rng.choice(
            ("two hundred", "three hundred and fifty", "fifteen hundred", "eighty", "forty five",
             "a thousand", "twelve hundred", "six hundred", "ninety nine", "two thousand")
        )  # fmt: skip
        spanish = self.rng.choice(
            ("mil doscientos", "trescientos", "quinientos", "ochenta", "dos mil", "cien",
             "mil ochocientos", "mil quinientos", "setecientos", "cuarenta", "noventa")
        )  # fmt: skip
        return self.rng.choice(
            (f"{english} dollars", f"{english} bucks", f"{spanish} pesos", f"{spanish} dólares",
             f"{self.rng.randint(2, 9)} grand", f"{self.rng.randint(20, 900)} dlls",
             f"{self.rng.randint(20, 900)} MXN", f"{self.rng.randint(20, 900)} euros",
             f"{self.rng.randint(1, 20)} mil pesos", f"{spanish} dólares",
             f"{self.rng.randint(1, 9)}.{self.rng.randint(1, 9)}k",
             f"{self.rng.randint(1, 9)}.{self.rng.randint(1, 9)}K")
        )  # fmt: skip

    def amount(self) -> str:
        if self.rng.random() < 0.15:
            return self.amount_in_words()
        value = self.rng.choice((self.rng.randint(5, 999), self.rng.randint(1000, 25000)))
        cents = self.rng.randint(0, 99)
        thousands = f"{value / 1000:.1f}".rstrip("0").rstrip(".")
        return self.rng.choice(
            (f"${value:,}.{cents:02d}", f"${value}", f"${value:,}",
             f"{value:,}.{cents:02d} dollars", f"${value}.{cents:02d}", f"{value} dollars",
             f"USD {value:,}.{cents:02d}",
             f"{value} USD", f"{value} usd", f"{value} pesos", f"$ {value:,}.{cents:02d}",
             f"{value}.{cents:02d}$", f"${thousands}k", f"${thousands}K", f"{value:,}.{cents:02d}",
             f"{value} bucks", f"{value:,} dólares", f"€{value}", f"£{value:,}.{cents:02d}")
        )  # fmt: skip

    def member_id(self) -> str:
        """Member ids as cards print them and members copy them: a letter prefix, digits in
        groups, a suffix letter, spelled one character at a time."""
        letters = "".join(self.rng.choice("ABCDEFGHJKMNPRSTUVWXYZ") for _ in range(3))
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(self.rng.choice((8, 9, 10))))
        return self.rng.choice(
            (f"{letters}{digits}", f"{letters} {digits[:3]}-{digits[3:6]}-{digits[6:]}",
             f"{digits[:3]} {digits[3:7]} {digits[7:]} {letters[0]}",
             f"{letters[0]}{digits}", f"{letters} {digits[:1]} {digits[1:5]} {digits[5:]}",
             " ".join(letters + digits[:7]), f"{letters}-{digits}", f"{digits}-{letters[:2]}",
             f"{letters[0]}{digits[:2]}{letters[1]}-{letters[2]}{digits[2:4]}-{digits[4:8]}",
             f"{letters}{digits[:3]} {digits[3:6]} {digits[6:]}", f"{digits}{letters[0]}")
        )  # fmt: skip

    def claim_number(self) -> str:
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(12))
        letter = self.rng.choice("ABCEHKMNPRXZ")
        year = self.rng.choice((2024, 2025, 2026))
        return self.rng.choice(
            (f"{digits[:2]} {digits[2:6]} {digits[6:10]} {letter}", f"CLM-{year}-{digits[:7]}",
             f"{year}-{digits[:4]}-{digits[4:9]}", f"{letter}{digits[:11]}",
             f"{digits[:3]}-{digits[3:6]}-{digits[6:9]}-{letter}", f"{letter}{letter}{digits[:8]}",
             f"{digits[:10]}", f"{digits[:4]} {digits[4:8]} {digits[8:]}",
             f"#{digits[:9]}", f"{letter}-{digits[:6]}-{digits[6:8]}")
        )  # fmt: skip

    def phone(self) -> str:
        d = "".join(str(self.rng.randint(0, 9)) for _ in range(10))
        area, middle, last = d[:3], d[3:6], d[6:10]
        return self.rng.choice(
            (f"({area}) {middle}-{last}", f"{area}-{middle}-{last}", f"{area}.{middle}.{last}",
             f"+1 {area} {middle} {last}", f"+1-{area}-{middle}-{last}", f"{area}{middle}{last}",
             f"{area}-{middle}-{last} ext. {d[:2]}", f"{area}-{middle}-{last} x{d[:3]}",
             f"+52 {d[:2]} {d[2:6]} {d[6:10]}", f"+52 1 {area} {middle} {last}",
             f"+44 20 {d[:4]} {d[4:8]}", f"+63 9{d[:2]} {d[2:5]} {d[5:9]}",
             f"+34 {d[:3]} {d[3:5]} {d[5:7]} {d[7:9]}", f"011 52 {d[:2]} {d[2:6]} {d[6:]}",
             f"1-800-{middle}-{last}", f"{area} {middle} {last}",
             # Stop 31: letters for digits.
             f"1-800-{self.rng.choice(('FLOWERS', 'GO-FEDEX', 'CALL-NOW', 'MY-CLAIM'))}",
             f"({area}) {middle}-{self.rng.choice(('HELP', 'CARE', 'DOCS'))}")
        )  # fmt: skip

    def email(self) -> str:
        """E-mail addresses, some spelt out so that no machine reads them (stop 31)."""
        fake = self.rng.choice(self.fakers[:4])
        user = self.rng.choice(
            (f"{fake.first_name()}.{fake.last_name()}",
             f"{fake.first_name()}{self.rng.randint(1, 99)}",
             f"{fake.first_name()[0]}{fake.last_name()}", f"{fake.last_name()}_{fake.first_name()}")
        ).lower()  # fmt: skip
        domain, top = self.rng.choice(
            (("gmail", "com"), ("yahoo", "com"), ("outlook", "com"), ("mail", "org"),
             ("uni", "edu"), ("hotmail", "com"), ("icloud", "com"), ("proton", "me"))
        )  # fmt: skip
        if self.rng.random() < 0.6:
            return f"{user}@{domain}.{top}"
        spelt = user.replace(".", self.rng.choice((" dot ", "[dot]", "(dot)")))
        return self.rng.choice(
            (f"{spelt} at {domain} dot {top}", f"{spelt} [at] {domain} [dot] {top}",
             f"{user}(at){domain}(dot){top}", f"{user} at {domain}.{top}",
             f"{user} @ {domain} dot {top}")
        )  # fmt: skip

    def value(self, kind: str) -> str:
        made = {
            "PERSON_NAME": self.person, "CLINICIAN_NAME": self.clinician,
            "PROVIDER_ORG": self.provider, "ADDRESS": self.address, "DATE": self.date,
            "AMOUNT": self.amount, "MEMBER_ID": self.member_id,
            "CLAIM_NUMBER": self.claim_number, "PHONE": self.phone, "EMAIL": self.email,
        }.get(kind)  # fmt: skip
        if made is not None and (self.rng.random() < 0.5 or not self.pools.get(kind)):
            return made()
        return self.rng.choice(self.pools[kind])


_HOME_WORDS = ("Heights", "Willows", "Pines", "Oaks", "Gardens", "Terrace", "Village", "Manor",
               "Commons", "Meadows", "Springs", "Landing", "Ridge", "Estates")  # fmt: skip
_SURNAME_PARTICLES = ("de la", "De La", "van der", "ten", "St.", "Le", "Di", "del", "da", "von")
_PROVIDER_WORDS = ("Supply", "Service", "Institute", "Center", "Clinic", "Group", "Partners")


def _in_case_of(value: str, original: str) -> str:
    letters = [c for c in original if c.isalpha()]
    if len(letters) >= 2 and all(c.islower() for c in letters):
        return value.lower()
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return value.upper()
    return value


def lowered(row: Labelled) -> Labelled:
    return row[0].lower(), row[1]


def swapped(row: Labelled, details: Details) -> Labelled:
    text, spans = row
    pieces: list[str] = []
    new: list[tuple[int, int, str]] = []
    position = 0
    length = 0
    for start, end, kind in sorted(spans):
        if start < position:
            continue  # overlapping labels: keep the first
        pieces.append(text[position:start])
        length += start - position
        value = _in_case_of(details.value(kind), text[start:end])
        new.append((length, length + len(value), kind))
        pieces.append(value)
        length += len(value)
        position = end
    pieces.append(text[position:])
    return "".join(pieces), new


_SLOT = re.compile(r"\{(\w+)\}")
_SLOT_KINDS = {
    "provider": "PROVIDER_ORG", "amount": "AMOUNT", "date": "DATE", "claim": "CLAIM_NUMBER",
    "MEMBER_FIRST_NAME": "PERSON_NAME", "AGENT_NAME": "PERSON_NAME",
    "PROVIDER_NAME": "PROVIDER_ORG",
    "CLAIM_NUMBER": "CLAIM_NUMBER", "PHONE": "PHONE", "DATE_OF_SERVICE": "DATE",
    "APPEAL_DEADLINE": "DATE", "PLAN_YEAR_END": "DATE", "PROCESSED_DATE": "DATE",
    "MEMBER_OWES": "AMOUNT", "PLAN_PAID": "AMOUNT", "ALLOWED": "AMOUNT", "BILLED": "AMOUNT",
    "OOP_MAX": "AMOUNT", "OOP_MET": "AMOUNT", "DEDUCTIBLE": "AMOUNT", "DEDUCTIBLE_MET": "AMOUNT",
    "DEDUCTIBLE_REMAINING": "AMOUNT", "COPAY": "AMOUNT", "DEDUCTIBLE_APPLIED": "AMOUNT",
}  # fmt: skip
# Slots that are no protected detail, filled with plain words.
_SLOT_WORDS = {
    "service": (
        "my MRI", "the ER visit", "physical therapy", "my blood work", "the ambulance ride"
    ),
    "SERVICE": ("an MRI", "an office visit", "lab work"), "PLAN_NAME": ("Gold PPO", "Silver HMO"),
    "DENIAL_REASON": ("missing prior authorization", "a duplicate claim"),
    "NETWORK_STATUS": ("in network", "out of network"), "COINSURANCE": ("20%",),
}  # fmt: skip


def filled(wording: str, details: Details) -> Labelled:
    pieces: list[str] = []
    spans: list[tuple[int, int, str]] = []
    position = length = 0
    lower = details.rng.random() < 0.15
    for match in _SLOT.finditer(wording):
        pieces.append(wording[position : match.start()])
        length += match.start() - position
        slot = match.group(1)
        kind = _SLOT_KINDS.get(slot)
        value = details.value(kind) if kind else details.rng.choice(_SLOT_WORDS.get(slot, ("it",)))
        if lower:
            value = value.lower()
        if kind:
            spans.append((length, length + len(value), kind))
        pieces.append(value)
        length += len(value)
        position = match.end()
    pieces.append(wording[position:])
    text = "".join(pieces)
    return (text.lower(), spans) if lower else (text, spans)


# Numbers and codes that are no detail: procedure and diagnosis codes, forms, reason codes.
_NOT_DETAILS = (
    "CPT {cpt} was billed twice", "the code {cpt} on my EOB", "what does code {cpt} mean",
    "procedure {cpt} is not covered?", "I need form 1095-{form} for taxes",
    "where is my 1095-{form}", "reason code {carc} on the statement",
    "the EOB says {carc} and {carc}", "diagnosis {icd} was on the claim",
    "ICD-10 {icd}", "call 911 if it is an emergency", "open 24/7", "the W-2 and the 1099",
    "HCPCS {hcpcs} is the drug code", "revenue code 0{rev} on the hospital bill",
    "plan year 2026 starts in January", "I'm 64 and turn 65 in {month}",
    "It covers 80% after the deductible", "Page 2 of 3", "Tier 2 drug", "Section 4.2 says",
    # Stop 31: pets, insurers and a form's boxes are no one and nowhere.
    "our dog {pet} needs her shots", "my cat {pet} knocked over my pills", "{pet} the cat is fine",
    "Box {box} on the form is blank", "see Box {box}J on the claim form", "what goes in box {box}?",
    "{insurer} Life was my old insurer", "{insurer} Mutual is my supplement",
)  # fmt: skip


def negatives(rng: random.Random) -> list[Labelled]:
    rows: list[Labelled] = []
    for _ in range(3):
        for wording in _NOT_DETAILS:
            text = wording.format(
                cpt=rng.randint(70000, 99499), form=rng.choice("ABC"),
                carc=f"{rng.choice(('CO', 'PR', 'OA'))}-{rng.randint(1, 250)}",
                icd=f"{rng.choice('EIJKMRZ')}{rng.randint(10, 99)}.{rng.randint(0, 9)}",
                hcpcs=f"{rng.choice('AEGJ')}{rng.randint(1000, 9999)}", rev=rng.randint(100, 999),
                month=rng.choice(("March", "June", "October")),
                pet=rng.choice(("Biscuit", "Max", "Bella", "Rosie", "Charlie", "Luna", "Pepper")),
                box=rng.randint(1, 40),
                insurer=rng.choice(("Prudential", "Lincoln", "Farmers", "Western", "Pacific")),
            )  # fmt: skip
            rows += [(text, []), (text.lower(), [])]
    return rows


def other_language_sentences(rng: random.Random) -> list[Labelled]:
    """Sentences of common words in other languages, capitalised and in lower case: no detail
    ("Merci beaucoup", "Danke schön" are thanks, not names)."""
    from faker import Faker

    rows: list[Labelled] = []
    for number, locale in enumerate(SENTENCE_LOCALES):
        fake = Faker(locale)
        fake.seed_instance(SEED + 100 + number)
        for _ in range(40):
            text = fake.sentence(nb_words=rng.randint(2, 8))
            rows += [(text, []), (text.lower(), [])]
    return rows


def history_texts(details: Details) -> list[Labelled]:
    from suggestions.demo.history import _Missing, load_intents

    rows: list[Labelled] = []
    for intent in load_intents()[0::2]:
        for wording in (
            *intent.questions,
            *intent.questions_es,
            *intent.replies,
            *intent.replies_es,
        ):
            rows.append(filled(wording, details))
        # The member wordings with plain words in their slots, as written and in lower case:
        # sentences with no detail at all.
        for question in (*intent.questions, *intent.questions_es):
            plain = question.format_map(_Missing())
            rows += [(plain, []), (plain.lower(), [])]
    return rows


def token_rows(rows: list[Labelled]) -> tuple[list[list[tuple[str, ...]]], list[list[str]]]:
    from suggestions.learned_spans import OUTSIDE, token_features, tokens

    features, tags = [], []
    for text, spans in rows:
        where = tokens(text)
        features.append(token_features(text, where))
        tagged = []
        for start, end in where:
            kind = next((k for a, b, k in spans if a < end and start < b), OUTSIDE)
            tagged.append(kind)
        tags.append(tagged)
    return features, tags


def design(features: list[list[tuple[str, ...]]], vocabulary: dict[str, int]):  # type: ignore[no-untyped-def]
    """One row per token: the features of the tokens at each offset, offset-major columns."""
    import numpy as np
    from scipy import sparse

    from suggestions.learned_spans import WINDOW

    size = len(vocabulary)
    rows, columns = [], []
    row = 0
    for text in features:
        indices = [[vocabulary[f] for f in own if f in vocabulary] for own in text]
        for position in range(len(text)):
            for offset in range(-WINDOW, WINDOW + 1):
                other = position + offset
                if 0 <= other < len(text):
                    block = (offset + WINDOW) * size
                    columns += [block + i for i in indices[other]]
                    rows += [row] * len(indices[other])
            row += 1
    data = np.ones(len(rows), dtype=np.float64)
    return sparse.csr_matrix((data, (rows, columns)), shape=(row, size * (2 * WINDOW + 1)))


def fit_first(x, y):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import SGDClassifier

    model = SGDClassifier(
        loss="log_loss", alpha=2e-6, max_iter=20, tol=None, random_state=SEED, average=True
    )
    return model.fit(x, y)


def fit(rows: list[Labelled], groups: list[int]):  # type: ignore[no-untyped-def]
    """The first stage on every token; the second on the first stage's probabilities as a model
    fitted without that text would give them (two folds, a text and its copies in one)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from suggestions.learned_spans import probabilities, second_inputs, tokens

    features, tags = token_rows(rows)
    counts = Counter(f for text in features for own in text for f in own)
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    vocabulary = {f: n for n, f in enumerate(names)}
    x = design(features, vocabulary)
    y = np.array([t for text in tags for t in text])
    print(f"  tokens {x.shape[0]}, features {len(names)}, columns {x.shape[1]}", flush=True)
    lengths = np.array([len(text) for text in tags])
    token_fold = np.repeat(np.array([g % 2 for g in groups]), lengths)
    first = fit_first(x, y)
    out_of_fold = np.zeros((x.shape[0], len(first.classes_)), dtype=np.float32)
    for fold in (0, 1):
        model = fit_first(x[token_fold != fold], y[token_fold != fold])
        assert list(model.classes_) == list(first.classes_)
        out_of_fold[token_fold == fold] = model.decision_function(x[token_fold == fold])
    ends = np.cumsum(lengths)
    second_x = np.vstack([
        second_inputs(text, tokens(text), probabilities(out_of_fold[end - length : end]))
        for (text, _), end, length in zip(rows, ends, lengths, strict=True) if length
    ])  # fmt: skip
    second = LogisticRegression(C=1.0, max_iter=500).fit(second_x, y)
    assert list(second.classes_) == list(first.classes_)
    return first, second, names


def save(first, second, names: list[str], path: Path, margin: float) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    from suggestions.learned_spans import WINDOW

    kinds = list(first.classes_)
    size = len(names)
    coef = first.coef_.reshape(len(kinds), 2 * WINDOW + 1, size).transpose(1, 2, 0)
    # Features whose weights are all near zero are dropped to keep the file small.
    keep = np.abs(coef).max(axis=(0, 2)) >= 0.02
    coef = coef[:, keep, :]
    kept = [name for name, k in zip(names, keep, strict=True) if k]
    scale = np.abs(coef).max(axis=(0, 1)) / 127
    weights = np.round(coef / scale).astype(np.int8)
    np.savez_compressed(
        path, features=np.array("\n".join(kept)), kinds=np.array("\n".join(kinds)),
        weights=weights, scale=scale.astype(np.float32),
        bias=first.intercept_.astype(np.float32), margin=np.array(margin),
        second_weights=second.coef_.T.astype(np.float32),
        second_bias=second.intercept_.astype(np.float32),
    )  # fmt: skip
    print(f"  wrote {path} ({path.stat().st_size} bytes, {len(kept)} features)")


def tagger_only_scores(path: Path, rows: list[Labelled]) -> None:
    """Recall per kind and clean texts touched by the tagger alone, per margin."""
    from suggestions.learned_spans import Tagger, learned_spans, tagger

    for margin in (-4.0, -3.0, -2.0, -1.0):
        tagger.cache_clear()
        model = Tagger(path)
        model.margin = margin
        tagger.cache_clear()
        import suggestions.learned_spans as module

        module.tagger = lambda model=model: model  # type: ignore[assignment]
        removed, total = Counter(), Counter()
        touched = clean = 0
        for text, spans in rows:
            found = learned_spans(text)
            covered = {i for s in found for i in range(s.start, s.end)}
            for start, end, kind in spans:
                total[kind] += 1
                removed[kind] += {i for i in range(start, end) if text[i].isalnum()} <= covered
            if not spans:
                clean += 1
                touched += bool(found)
        recall = " ".join(f"{k[:6]}={removed[k] / total[k]:.2f}" for k in sorted(total))
        print(f"  margin {margin}: {recall} all={sum(removed.values()) / sum(total.values()):.3f}"
              f" touched {touched}/{clean}")  # fmt: skip


def training_rows(*, hold_out: tuple[str, ...] = ()) -> tuple[list[Labelled], list[int], int]:
    """Every training text with its labels, the group of each (a labelled text and its swapped
    copies share one, so the two folds never split them), and how many are labelled texts."""
    sets = tuple(n for n in TRAINING_SETS if n not in hold_out)
    # A text of a held-out set written again in an older set (short clean texts) is left out
    # too, so that the held-out figures are of texts never trained on.
    held = frozenset(text for text, _ in read_sets(hold_out))
    labelled = read_sets(sets, without=held)
    pools: dict[str, list[str]] = defaultdict(list)
    for text, spans in labelled:
        for start, end, kind in spans:
            pools[kind].append(text[start:end])
    pools = {kind: sorted(set(values)) for kind, values in sorted(pools.items())}
    rng = random.Random(SEED)
    details = Details(rng, pools)
    rows = list(labelled)
    groups = list(range(len(labelled)))
    for _ in range(SWAPS):
        rows += [swapped(row, details) for row in labelled]
        groups += range(len(labelled))
    for number, row in enumerate(labelled):
        if rng.random() < 0.2:
            rows.append(lowered(swapped(row, details)))
            groups.append(number)
    history = history_texts(details) + negatives(rng) + other_language_sentences(rng)
    rows += history
    groups += range(len(labelled), len(labelled) + len(history))
    if held:
        # A made-up text (a swapped copy, a filled wording) that happens to read as one of the
        # held-out set's is left out too.
        kept = [n for n, (text, _) in enumerate(rows) if text not in held]
        rows, groups = [rows[n] for n in kept], [groups[n] for n in kept]
    return rows, groups, len(labelled)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--hold-out", nargs="+", default=[], choices=TRAINING_SETS, metavar="SET",
        help="training sets to leave out and score the tagger alone on",
    )  # fmt: skip
    parser.add_argument(
        "--out", type=Path, default=ROOT / "suggestions" / "data" / "deid_tagger.npz"
    )
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careteam.settings")
    os.environ.setdefault("SECRET_KEY", "train-secret-key-not-for-production-0123456789-abcdefghij")
    import django

    django.setup()
    started = time.process_time()
    write_other_language_words()
    rows, groups, labelled = training_rows(hold_out=tuple(args.hold_out))
    print(f"training texts: {labelled} labelled, {len(rows)} in all", flush=True)
    first, second, names = fit(rows, groups)
    save(first, second, names, args.out, MARGIN)
    print(f"  cpu {time.process_time() - started:.1f}s")
    if args.hold_out:
        tagger_only_scores(args.out, read_sets(tuple(args.hold_out)))


if __name__ == "__main__":
    main()
