import pytest

from careteam.demo import corpus
from suggestions.templating import KnownFacts, Placeholder, contains_any, fill, to_template

P = Placeholder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Claim CLM-2026-0041532 was denied", "Claim {CLAIM_NUMBER} was denied"),
        ("about claim #A12B34567 please", "about claim {CLAIM_NUMBER} please"),
        ("You owe $1,234.56, not $80", "You owe {AMOUNT}, not {AMOUNT}"),
        ("on March 4, 2026 and 3/4/2026 and 2026-03-04", "on {DATE} and {DATE} and {DATE}"),
        ("seen on May 2.", "seen on {DATE}."),
        ("call 1-800-555-0142 or (555) 123-4567", "call {PHONE} or {PHONE}"),
        ("mail jo.doe+bills@example.org today", "mail {EMAIL} today"),
        ("Dr. Anjali Patel at Riverside Imaging Center", "{PROVIDER_NAME} at {PROVIDER_NAME}"),
        ("St. Brigid Regional Hospital billed me", "{PROVIDER_NAME} billed me"),
        ("use {AMOUNT} braces", "use (AMOUNT) braces"),
        ("my claim for blood work was denied", "my claim for {SERVICE} was denied"),
        ("I had an MRI of the knee and a chest CT scan", "I had {SERVICE} and {SERVICE}"),
    ],
)
def test_detected_details_become_typed_placeholders(text, expected):
    assert to_template(text) == expected


def test_the_threads_own_names_and_ids_are_replaced_whole_words_only():
    known = KnownFacts(member_first_name="Ann", member_last_name="Lee", member_id="DM000042",
                       plan="Gold PPO", agent_names=("Ben Carter", "Ben"))  # fmt: skip
    text = "Hi ann, member DM000042 on Gold PPO: Annual limits apply. Ben Carter / Ben"
    assert to_template(text, known) == (
        "Hi {MEMBER_FIRST_NAME}, member {MEMBER_ID} on {PLAN_NAME}: Annual limits apply. "
        "{AGENT_NAME} / {AGENT_NAME}"
    )


def test_fill_puts_facts_back_and_leaves_unknown_placeholders_visible():
    template = "Hi {MEMBER_FIRST_NAME}, claim {CLAIM_NUMBER} was {AMOUNT}. {AGENT_NAME}"
    filled = fill(template, {P.MEMBER_FIRST_NAME: "Rosa", P.AGENT_NAME: "Ana", P.AMOUNT: " "})
    assert filled.text == "Hi Rosa, claim {CLAIM_NUMBER} was {AMOUNT}. Ana"
    assert filled.unfilled == (P.CLAIM_NUMBER, P.AMOUNT)
    assert not filled.complete
    assert fill("No placeholders.", {}).complete


def test_demo_replies_filled_from_records_normalise_back_to_their_slots():
    """Every reply wording of the demo history, filled as the demo fills it, normalises back to
    no member detail: the model learns slots, never values."""
    from suggestions.demo.history import load_intents
    from suggestions.templating import fill

    values = {
        P.MEMBER_FIRST_NAME: "Rosalind", P.PLAN_NAME: "Gold PPO", P.PHONE: corpus.PLAN_PHONE,
        P.AGENT_NAME: "Ana", P.CLAIM_NUMBER: "CLM-2026-7654321",
        P.PROVIDER_NAME: "Riverside Imaging Center", P.DATE_OF_SERVICE: "October 3, 2026",
        P.BILLED: "$2,345.67", P.ALLOWED: "$1,402.10", P.PLAN_PAID: "$1,121.68",
        P.MEMBER_OWES: "$280.42", P.DEDUCTIBLE_APPLIED: "$150.00", P.COPAY: "$35.00",
        P.COINSURANCE: "$95.42", P.DENIAL_REASON: "the service is not covered by your plan",
        P.NETWORK_STATUS: "in network", P.PROCESSED_DATE: "October 21, 2026",
        P.APPEAL_DEADLINE: "April 19, 2027", P.SERVICE: "an MRI of the knee",
        P.DEDUCTIBLE: "$1,000.00", P.DEDUCTIBLE_MET: "$400.00", P.DEDUCTIBLE_REMAINING: "$600.00",
        P.OOP_MAX: "$4,500.00", P.OOP_MET: "$812.33", P.PLAN_YEAR_END: "December 31, 2026",
    }  # fmt: skip
    own = (P.MEMBER_FIRST_NAME, P.PLAN_NAME, P.AGENT_NAME)
    forms = tuple((value, slot) for slot, value in values.items() if slot not in own)
    known = KnownFacts(member_first_name="Rosalind", member_last_name="Quintero",
                       plan="Gold PPO", agent_names=("Ana",), record_values=forms)  # fmt: skip
    secrets = ["Rosalind", "7654321", "2,345.67", "280.42", "October 3", "Riverside", "812.33",
               "April 19", "1,121.68", "555-0142", "Ana"]  # fmt: skip
    for intent in load_intents():
        for reply in (*intent.replies, *intent.replies_es):
            template = to_template(fill(reply, values).text, known)
            leaked = contains_any(template, secrets)
            assert not leaked, (intent.key, leaked, template)


def test_the_placeholder_pattern_knows_the_placeholders_and_the_shape_takes_any():
    from suggestions.templating import PLACEHOLDER_SHAPE, PLACEHOLDER_TOKEN, placeholders_in

    text = "Hi {MEMBER_FIRST_NAME}, you owe {MEMBER_OWES} on {POLICY_NUMBER}; {lower} {AGENT_NAME"
    assert PLACEHOLDER_TOKEN.findall(text) == ["MEMBER_FIRST_NAME", "MEMBER_OWES"]
    assert placeholders_in(text) == [P.MEMBER_FIRST_NAME, P.MEMBER_OWES]
    assert PLACEHOLDER_SHAPE.findall(text) == ["MEMBER_FIRST_NAME", "MEMBER_OWES", "POLICY_NUMBER"]
    assert all(PLACEHOLDER_TOKEN.fullmatch(placeholder.token) for placeholder in Placeholder)


def test_the_draft_panel_marks_every_placeholder_shaped_word_unfilled():
    from suggestions.views import highlight_unfilled

    html = highlight_unfilled("Owes {MEMBER_OWES} & {POLICY_NUMBER}, not {lower}")
    assert html.count('class="unfilled"') == 2
    assert "{lower}" in html and "&amp;" in html


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seen Sept 14th, 2026", "seen {DATE}"),
        ("seen 14 sep", "seen {DATE}"),
        ("seen sept. 30th", "seen {DATE}"),
        ("billed in Sep 2025", "billed in {DATE}"),
        ("on the 4th of Dec.", "on {DATE}"),
        ("on the twenty-first of June", "on {DATE}"),
        ("el 3 de setiembre de 2024", "{DATE}"),
        ("el 3 de mayo", "{DATE}"),
        ("Mayo 3", "Mayo 3"),
        ("Septe 3", "Septe 3"),
    ],
)
def test_dates_are_found_with_every_month_form_the_pattern_accepts(text, expected):
    assert to_template(text) == expected


def _dev_texts() -> list[str]:
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parents[2] / "bench" / "data"
    texts = [
        json.loads(line)["text"]
        for name in ("deid_labelled.jsonl", "deid_dev_more.jsonl", "deid_dev_3.jsonl",
                     "deid_dev_4.jsonl", "deid_dev_5.jsonl", "deid_test_fresh3.jsonl",
                     "deid_test_fresh4.jsonl", "deid_test_fresh5.jsonl")
        for line in (data / name).open(encoding="utf-8") if line.strip()
    ]  # fmt: skip
    # Shapes the triggers must foresee: ids after their cue, letters run into digits, a text
    # whose lower case is longer, a match at the very start, "a.k.a.", "c/o", "P.O. Box".
    return [
        *texts,
        "id: -88412375 and ID# AB-7712093, member number 88412375, W 482 917 366, zq12345678",
        "İstanbul: Dr. Ng's claim#A12B34567 of $1,200 on 3/4",
        "Maria here. My aunt, a.k.a. Tía Lupe, c/o Rosa Diaz, P.O. Box 12, RR2 Box 4",
        "- Maria",
        "claim no. 88123-44 and claim 77-11-2233",
        "Frank O'Neil in billing said",
        "Mary-Kate from claims called",
        "SAINT JUDE'S HOSPITAL and st marys er, LabCorp",
        "twelve hundred dollars, the twenty-first of june, US$ 40, usd80, 240$",
        "paid €40 and £12.50, half a grand, my co-pay is 40, reclamación número R-2026-5521",
        "póliza ZX-44120, afiliado 8812-3390, ref# TRK-4410, case number 7712-0093",
    ]


def test_trying_patterns_only_where_a_match_can_start_finds_what_a_plain_search_finds(
    monkeypatch,
):
    """find_spans tries its costliest patterns only at the words a match can start with; with
    those lists emptied it searches every character, and must find the very same spans."""
    from suggestions import templating

    texts = _dev_texts()
    templating._detected.cache_clear()
    quick = [templating.find_spans(text) for text in texts]
    monkeypatch.setattr(templating, "_STARTS", {})
    monkeypatch.setattr(templating, "_ENDS", {})
    templating._detected.cache_clear()
    plain = [templating.find_spans(text) for text in texts]
    templating._detected.cache_clear()
    assert len(texts) > 1800
    assert [t for t, a, b in zip(texts, quick, plain, strict=True) if a != b] == []


def _places_word_by_word(scan, pattern) -> list[int] | None:
    """Where _Scan tries a pattern, as it was found before the words were indexed (stop 26):
    each pattern's start or end words compared with the text's words."""
    import bisect

    from suggestions import templating

    starts, ends = templating._STARTS.get(id(pattern)), templating._ENDS.get(id(pattern))
    if (starts is None and ends is None) or not scan.lower:
        return None
    if pattern is templating._FOR_SOMEONE and templating._WORKS_IN.search(scan.lower):
        return None
    words: dict[str, list[int]] = {}
    tokens: list[int] = []
    for found in templating._TOKEN.finditer(scan.lower):
        word = found.group(0)
        words.setdefault("#" if word[0].isdigit() else word, []).append(found.start())
        tokens.append(found.start())
    places: list[int] = []
    if ends is not None:
        last, back = ends
        for word, where in words.items():
            if word in last:
                for place in where:
                    index = bisect.bisect_left(tokens, place)
                    places += tokens[max(0, index - back) : index]
        return sorted(set(places))
    places = [place for word, where in words.items() if word in starts for place in where]
    if pattern is templating._CLAIM_NUMBER:
        for cue in ("claim", "reclamo", "reclamación", "reclamacion", "icn"):
            for place in words.get(cue, ()):
                places += (place + len(cue), place + len(cue) + 1)
    if pattern in (templating._SIGNED, templating._INTRODUCED, templating._WORDY_NAME_CUED):
        places.append(0)
    elif pattern is templating._MEMBER_ID:
        for digits in words.get("#", ()):
            letters = digits - 1 if digits and scan.lower[digits - 1] == " " else digits
            first = letters
            while first > 0 and letters - first < 4 and scan.lower[first - 1].isalpha():
                first -= 1
            if first < letters:
                places.append(first)
        for cue in ("id", "number"):
            for place in words.get(cue, ()):
                places += (place + len(cue) + 1, place + len(cue) + 2)
    return sorted(set(places))


def test_the_words_index_gives_each_pattern_the_places_its_own_words_give():
    """_Scan reads a text's words once for all the patterns (_word_index): every pattern is
    tried at exactly the places its own start or end words name, in order, each once."""
    import re

    from suggestions import templating

    patterns = [
        value
        for value in vars(templating).values()
        if isinstance(value, re.Pattern)
        and (id(value) in templating._STARTS or id(value) in templating._ENDS)
    ]
    assert len(patterns) >= 30
    for text in _dev_texts():
        scan = templating._Scan(text)
        for pattern in patterns:
            assert scan._places(pattern) == _places_word_by_word(scan, pattern), (text, pattern)


def test_a_pattern_every_step_reads_is_searched_once_per_text():
    from suggestions import templating

    text = "Kowalski, Walter - DOB on file; LOPEZ, MARIA and O'Rourke, Bríd"
    scan = templating._Scan(text)
    found = scan.every(templating._INVERTED)
    assert [m.span() for m in found] == [m.span() for m in templating._INVERTED.finditer(text)]
    assert len(found) == 3
    assert scan.every(templating._INVERTED) is found
