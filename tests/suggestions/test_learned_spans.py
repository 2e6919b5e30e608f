"""The learned finder of protected details (suggestions/learned_spans.py) beside the patterns:
shapes the patterns miss that it takes, sentence words it leaves, how its spans join the
patterns', and the shipped weights. Every value here is new, written for these tests."""

from __future__ import annotations

import importlib.util
import itertools
from pathlib import Path

import numpy as np
import pytest

from suggestions import learned_spans as learned
from suggestions import templating
from suggestions.templating import Placeholder, Span, find_spans, to_template

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def learned_finder_on(monkeypatch):
    """The finder is on (templating.LEARNED_SPANS, shipped on since stop 28); these tests keep it
    on whatever the switch says."""
    monkeypatch.setattr(templating, "LEARNED_SPANS", True)
    templating._detected.cache_clear()
    yield
    templating._detected.cache_clear()


@pytest.fixture
def patterns_only(monkeypatch):
    """to_template with the learned finder switched off (each text scanned afresh)."""

    def template(text: str) -> str:
        monkeypatch.setattr(templating, "LEARNED_SPANS", False)
        templating._detected.cache_clear()
        try:
            return to_template(text)
        finally:
            monkeypatch.setattr(templating, "LEARNED_SPANS", True)
            templating._detected.cache_clear()

    return template


@pytest.mark.parametrize(
    ("text", "detail", "expected"),
    [
        # A signature in lower case after a dash, no cue the patterns know.
        (
            "sent from my phone - quillon abernethy-sato",
            "quillon abernethy-sato",
            "sent from my phone - {PERSON_NAME}",
        ),
        # A signature on its own line after "Thanks,": a first name no list holds.
        ("Thanks,\nPerpetua Nakashima-Oduya", "Perpetua", "Thanks,\n{PERSON_NAME}"),
        # An amount in a currency word the amount patterns do not hold.
        ("they want 310 dlls by friday", "310", "they want {AMOUNT} by friday"),
        # A masked SSN: the pattern took the last four, the finder the mask with them.
        ("my ssn ends with xxx-xx-6620", "xxx-xx", "my ssn ends with {SSN}"),
    ],
)
def test_the_learned_finder_takes_shapes_the_patterns_miss(patterns_only, text, detail, expected):
    assert detail in patterns_only(text)
    assert to_template(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cuánto cuesta la visita? Pago la cuenta mañana.",
        "Haga el favor de llamarme.",
        "Mark the box on page 2 and send it back.",
        "HealthCare.gov says I qualify for a subsidy.",
        "the pathology lab billed twice for the same test",
        "CPT 99214 was billed but I only had a short visit",
        "Form 1095-B is missing from my account",
        "Called 911 after the fall, is the ambulance covered?",
        "my HSAs and FSA both show the same charge",
        "Reason codes PR-1 and CO-45 are on the statement",
        "Going to Yellowstone in July, is urgent care covered there?",
        "The EOB service date is wrong",
    ],
)
def test_sentence_words_are_not_taken_by_the_learned_finder(text):
    assert learned.learned_spans(text) == []


def test_a_date_range_is_two_dates_without_the_words_around_them():
    text = "From 3/11 to 4/2 I was out of the country"
    found = [text[span.start : span.end] for span in learned.learned_spans(text)]
    assert all(not word.startswith(("From", "I")) for word in found)
    assert to_template(text) == "From {DATE} to {DATE} I was out of the country"


def test_a_learned_span_keeps_what_a_pattern_took_and_adds_the_rest():
    text = "call Ms. Okafor at 555-201-7781 today"
    taken = [Span(5, 15, Placeholder.PERSON_NAME)]
    # A span over "Ms. Okafor at 555" outside the taken name leaves "at 555" (edges trimmed).
    assert templating._uncovered(text, 5, 22, taken) == [(16, 22)]
    assert templating._uncovered(text, 5, 15, taken) == []


def test_every_span_found_is_sorted_and_apart():
    text = "Thanks,\nPerpetua Nakashima-Oduya\nmember W550129934, claim on 3/14 for $212.40"
    spans = find_spans(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_the_shipped_weights_load_without_pickle_and_are_small():
    assert learned.MODEL.stat().st_size < 400_000
    with np.load(learned.MODEL, allow_pickle=False) as stored:
        kinds = str(stored["kinds"]).split("\n")
        assert stored["weights"].dtype == np.int8
    assert set(kinds) == {*learned.KINDS, learned.OUTSIDE}
    model = learned.Tagger()
    assert model.weights.shape[0] == 2 * learned.WINDOW + 1
    assert model.second_weights.shape == ((2 * learned.WINDOW + 1) * len(kinds) + 9, len(kinds))


def trainer():
    spec = importlib.util.spec_from_file_location(
        "train_deid_tagger", ROOT / "scripts" / "train_deid_tagger.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_reads_no_held_out_set():
    """A later stop's held-out set (deid_test_fresh15) is never trained on: no training set names
    it and read_sets refuses it before opening anything."""
    script = trainer()
    assert "fresh15" in script.HELD_OUT
    assert not any(held in name for name in script.TRAINING_SETS for held in script.HELD_OUT)
    with pytest.raises(AssertionError):
        script.read_sets(("deid_test_fresh15.jsonl",))


def test_a_held_out_training_set_leaves_every_text_of_it_out():
    """--hold-out measures a change on texts not fitted on: none of the set's texts is trained
    on, not even one an older set repeats (compared as a set of texts)."""
    script = trainer()
    held = {text for text, _ in script.read_sets(("deid_test_fresh10.jsonl",))}
    rows, _, _ = script.training_rows(hold_out=("deid_test_fresh10.jsonl",))
    assert held and not held & {text for text, _ in rows}


def test_training_is_deterministic_on_a_sample():
    script = trainer()
    rows = script.read_sets(("deid_dev_3.jsonl",))[:120]
    groups = list(range(len(rows)))
    first_a, second_a, names_a = script.fit(rows, groups)
    first_b, second_b, names_b = script.fit(rows, groups)
    assert names_a == names_b
    assert np.array_equal(first_a.coef_, first_b.coef_)
    assert np.array_equal(second_a.coef_, second_b.coef_)


def test_two_names_joined_by_and_stay_two():
    assert to_template("my kids Maria and Zoe") == "my kids {PERSON_NAME} and {PERSON_NAME}"


def test_switched_off_the_finder_adds_nothing(monkeypatch):
    monkeypatch.setattr(templating, "LEARNED_SPANS", False)
    templating._detected.cache_clear()
    assert to_template("they want 310 dlls by friday") == "they want 310 dlls by friday"


def tagged(text: str) -> list[str]:
    """The words the tagger itself gives a kind, before any rule of learned_spans."""
    model = learned.tagger()
    assert model is not None
    spans = learned.tokens(text)
    tags = model.tags(text, spans)
    return [text[a:b] for (a, b), tag in zip(spans, tags, strict=True) if tag != learned.OUTSIDE]


def found(text: str) -> list[str]:
    return [text[span.start : span.end] for span in learned.learned_spans(text)]


def taking(monkeypatch, word: str) -> None:
    """The tagger as shipped, but giving `word` a kind wherever it leaves it out (the kind of a
    tagged token beside it, else a provider's): what the rules below do with a word the tagger
    takes must not hang on whether this build of the weights happens to take it."""
    model = learned.tagger()
    assert model is not None
    shipped = model.tags

    def tags(text: str, spans: list[tuple[int, int]]) -> list[str]:
        kinds = shipped(text, spans)
        for number, (a, b) in enumerate(spans):
            if text[a:b] == word and kinds[number] == learned.OUTSIDE:
                beside = [
                    kinds[n] for n in (number - 1, number + 1)
                    if 0 <= n < len(kinds) and kinds[n] != learned.OUTSIDE
                ]  # fmt: skip
                kinds[number] = beside[0] if beside else "PROVIDER_ORG"
        return kinds

    monkeypatch.setattr(model, "tags", tags)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # A verb starting the sentence before a provider's name.
        ("Tell Lakeshore Imaging Partners I said hi.", "Tell", ["Lakeshore Imaging Partners"]),
        # A sentence word before an address in lower case.
        ("is 41 quarry lane, dover de right?", "is", ["41 quarry lane, dover"]),
        # A cue word apart from the id it names.
        ("acct mbr 66120398 please", "mbr", ["66120398"]),
        # "not" between two names: two names, not one.
        ("My wife is Keziah not Kezia", "not", ["Keziah", "Kezia"]),
        # "vs" after a provider's name.
        ("What will I pay at Lakemont Imaging vs the hospital?", "vs", ["Lakemont Imaging"]),
        # A date range is two dates without its range word.
        ("seen 7-17 to 5-23 at the clinic", "to", ["7-17", "5-23"]),
        # A signature's name without the role on the line below it.
        (
            "Kind regards,\n\nOrla Brennan-Vance\nPolicyholder",
            "Policyholder",
            ["Orla Brennan-Vance"],
        ),
        # An amount without what it is per.
        ("paid $1,204.50/month for it", "/", ["$1,204.50"]),
    ],
)
def test_sentence_words_at_the_edges_of_a_learned_run_are_left(monkeypatch, text, word, expected):
    taking(monkeypatch, word)
    assert word in tagged(text)
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("rolled my 401k over and ran a 10k", "k"),  # a plan and a distance, no money
        ("two grand for the MRI, a grand total of $9", "a"),  # "a grand total": no number
        ("Closed on Martin Luther King Jr. Day?", "Martin"),  # a holiday's name
        ("Junio 12", "Junio"),  # a Spanish month is written "12 de junio"
        ("my dr appt is tuesday", "appt"),  # chat shorthand
        ("we went to Grand Forks for it", "Grand"),  # one dictionary word of a place's name
        ("We went from Uber Health to Lyft Health", "Uber"),  # rides, not providers
        ("the sleep & wellness dept", "sleep"),  # a kind of care in lower case
        ("the last 4 are 6630 on my debit card", "6630"),  # a card's last four
        ("paid copay at checkin. now a bill.", "checkin"),  # one lower-case unlisted word
        ("see CuidadoDeSalud.gov for help", "CuidadoDeSalud"),  # a web address
        ("what is Bellwether Health Insurance", "Bellwether"),  # a payer
        ("Skilled Nursing Facility stays, are they covered?", "Facility"),  # a kind of place
        ("chargd twise", "twise"),  # misspelt words in lower case (test_drafting_gibberish)
    ],
)
def test_what_the_tagger_takes_that_is_no_detail_is_left(monkeypatch, text, word):
    taking(monkeypatch, word)
    assert word in tagged(text)
    at = [a for a, b in learned.tokens(text) if text[a:b] == word]
    assert not any(s.start <= a < s.end for s in learned.learned_spans(text) for a in at)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A month starting a provider's name is part of it.
        (
            "They moved me to June Harbor Dialysis last week",
            "They moved me to {PROVIDER_NAME} last week",
        ),
        # Four digits to verify with, no card or account named: an SSN's last four.
        ("confirm with last four 5521", "confirm with last four {SSN}"),
    ],
)
def test_details_the_rules_must_not_cut(text, expected):
    assert to_template(text) == expected


def test_a_shouted_providers_name_keeps_its_dictionary_words():
    text = "Provider: COPPER RIDGE SLEEP & LUNG  Billed: $310.00"
    assert "COPPER RIDGE SLEEP & LUNG" in found(text)


def test_spanish_imperatives_are_verbs_even_where_their_stem_changes():
    assert all(map(learned._spanish_verb, ("busque", "llegue", "haga", "diga", "pague")))
    assert not any(map(learned._spanish_verb, ("bustamante", "okonkwo", "villalobos")))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A surname's particles between parts of a name found apart, or opening it after a
        # label; an elision before a surname; a courtesy title before a name a pattern took.
        (
            "caregiver for Jane van der Đặng, DOB 1935-02-11",
            "caregiver for {PERSON_NAME}, DOB {DATE}",
        ),
        ("Enrollee: O'Kwabena, Petteri", "Enrollee: {PERSON_NAME}"),
        ("Rendering: de la Swen, Christoph MD", "Rendering: {PERSON_NAME}, {PERSON_NAME}"),
        (
            "POA for Mrs. Frank de la Wright attached, pls update her file",
            "POA for {PERSON_NAME} attached, pls update her file",
        ),
        # A surname that is a word, after a name word; a lower-case name after a title and an
        # initial.
        ("we saw Dr. Anmol Ratti Mann, the allergist", "we saw {PROVIDER_NAME}, the allergist"),
        (
            "dr. s. john (the allergist) ordered the testing",
            "{PERSON_NAME} (the allergist) ordered the testing",
        ),
        # A person and a provider joined by "and" are two details.
        (
            "Send it to Maria Lopez and Summit Health.",
            "Send it to {PERSON_NAME} and {PROVIDER_NAME}.",
        ),
        # An id's prefix apart from its digits: shouted and rare, or typed in lower case.
        ("I put EEL 199619839 on the form", "I put {CLAIM_NUMBER} on the form"),
        ("id# f 172321668", "id# {MEMBER_ID}"),
        ("It's May Chen, the member.", "It's {PERSON_NAME}, the member."),
    ],
)
def test_names_and_ids_the_rules_keep_whole(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It's May already and no refund.",  # a month after "it's" is the time of year
        "it's Friday, is the office open?",
        "Send to PO Box 4410, APT 12 please",  # "APT" is no id's prefix
    ],
)
def test_times_and_unit_words_stay_words(text):
    assert "PERSON_NAME" not in to_template(text) and "_ID" not in to_template(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Stop 33 (deid20), shapes rather than strings: a clinician before a date's month, a
        # shouted inverted name whose first name is a rare word, a week word before a weekday,
        # a holiday of a year, a building or a number in words before an address, an id's
        # suffix, a paper's last four, a word that is a first name said of someone.
        ("booked with Dr Heron Jan 9", "booked with {PROVIDER_NAME} {DATE}"),
        ("Attending: MEHTA, SUNIL", "Attending: {PERSON_NAME}"),
        ("it was denied next Tuesday, Mar 3", "it was denied {DATE}"),
        ("she fell Memorial Day 2025", "she fell {DATE}"),
        ("member suffix 03 on the card", "member suffix {MEMBER_ID} on the card"),
        ("the last four on the notice are 8812", "the last four on the notice are {SSN}"),
        ("ask for grace, she's my daughter", "ask for {PERSON_NAME}, she's my daughter"),
        ("this bill is for dawn, not me", "this bill is for {PERSON_NAME}, not me"),
    ],
)
def test_details_in_the_shapes_of_stop_33(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mail it to Tower C Room 118, 90 Campus Dr, Ames, IA 50011",
        "billing goes to Two Harbor Plaza, 9th Fl, Boston, MA 02110",
    ],
)
def test_a_building_or_a_number_in_words_goes_with_its_address(text):
    template = to_template(text)
    assert not any(word in template for word in ("Tower", "C ", "Two", "Harbor", "Boston", "Ames"))


@pytest.mark.parametrize(
    "text",
    [
        "Is there an office on Maple Grove Road?",  # a street named without its number
        "Room 4 or room 5, which one is billed?",  # rooms set against each other
        "I will, she's my daughter after all",  # a verb before the comma
        "Christmas Day ER visit, is that covered?",  # a holiday of every year
        "last 4 of my card 5521 was charged",  # a card's last four
    ],
)
def test_words_of_those_shapes_that_name_no_one_stay_words(text):
    template = to_template(text)
    assert "PERSON_NAME" not in template and "ADDRESS" not in template and "SSN" not in template
    assert "DATE" not in template


def test_a_particle_before_a_title_stays_a_word():
    assert to_template("Lo vio la Dra. Carranza ayer") == "Lo vio la {PROVIDER_NAME} ayer"


def test_a_place_after_a_particle_stays_a_detail_of_its_own():
    text = "Llevé a Juan Pérez al Hospital San José ayer"
    assert to_template(text) == "Llevé a {PERSON_NAME} al {PROVIDER_NAME} ayer"
