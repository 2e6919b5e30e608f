"""Stop 31: e-mail addresses spelt out, phones with letters, abbreviated providers, homes named
for a place, children's hospitals by their short name, people with credentials, titles,
particles or a sentence word for a name, Vietnamese names; and what is no one and nowhere: pets,
insurers, a form's boxes. The values are written for these tests, never a labelled set's."""

from __future__ import annotations

import pytest

from suggestions.templating import find_spans, to_template


def _taken(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.placeholder.value) for s in find_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("write to jane dot doe at example dot com", "write to {EMAIL}"),
        ("email jdoe [at] mailbox [dot] org please", "email {EMAIL} please"),
        ("it's tom.b(at)outlook(dot)com", "it's {EMAIL}"),
        ("reach me at maria_lopez84 at gmail dot com", "reach me at {EMAIL}"),
    ],
)
def test_spelt_out_emails_are_taken(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I was at work dot com stuff all day",
        "meet me at the office, dot the i's",
        "the website is medicare dot gov",
    ],
)
def test_words_about_dots_stay_text(text):
    assert [kind for _, kind in _taken(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call 1-800-FLOWERS for that", "call {PHONE} for that"),
        ("the line is (888) 555-HELP now", "the line is {PHONE} now"),
    ],
)
def test_phones_with_letters_are_taken(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        ("St. Agnes Med. Ctr. charged me twice", "St. Agnes Med. Ctr"),
        ("Bayview Ortho Assoc. says you never paid", "Bayview Ortho Assoc"),
        ("Pinecrest Peds Grp is my kids' office", "Pinecrest Peds Grp"),
        ("Lakeview Gen. sent me to collections", "Lakeview Gen"),
        ("Northside Hosp. ER bill", "Northside Hosp"),
        ("hillcrest medical ctr lost my records", "hillcrest medical ctr"),
        ("prairie view ent billed me", "prairie view ent"),
        ("billed by The Heights at Brookside for respite", "The Heights at Brookside"),
        ("The Oaks at Fairview memory care is so expensive", "The Oaks at Fairview"),
        ("the willows at cedar creek is a nursing home", "the willows at cedar creek"),
        ("Valley Children's did the surgery", "Valley Children's"),
        ("Ctr for Sight of Tulsa eye exam", "Ctr for Sight of Tulsa"),
        ("I went to summit hand & upper extremity institute in may",
         "summit hand & upper extremity institute"),
    ],
)  # fmt: skip
def test_abbreviated_and_place_named_providers_are_taken(text, provider):
    assert (provider, "PROVIDER_NAME") in _taken(text)


@pytest.mark.parametrize(
    "text",
    [
        "My Children's Tylenol ran out",
        "the park at cedar creek is nice",
        "Referral for Lakeside Clinic came",
    ],
)
def test_look_alikes_of_those_providers_stay_as_they_should(text):
    taken = _taken(text)
    assert ("Referral for Lakeside Clinic", "PROVIDER_NAME") not in taken
    assert all("Children" not in value and "park" not in value for value, _ in taken)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Tomas Lindqvist, DPM billed twice", "Tomas Lindqvist, DPM"),
        ("Rev. Thomas Okafor will call", "Rev. Thomas Okafor"),
        ("ask Sunny to call me back", "Sunny"),
        ("Bill my husband handles the bills", "Bill"),
        ("my partner River Adams is covered", "River Adams"),
        ("thanks for the help\n- ivy", "ivy"),
        ("my husband nguyễn văn an needs a new card", "nguyễn văn an"),
        ("lê thị hoa is my mother", "lê thị hoa"),
        ("Nguyen Van Binh is the subscriber", "Nguyen Van Binh"),
        ("my mom Mary Day called", "Mary Day"),
    ],
)
def test_people_named_by_the_shape_around_them_are_taken(text, person):
    """A surname that is a calendar word stays a name after a relation ("my mom Mary Day")."""
    assert (person, "PERSON_NAME") in _taken(text)


@pytest.mark.parametrize(
    "text",
    [
        "Will my husband be covered?",
        "Christmas Eve my son broke his wrist.",
        "June through August my kid is in camp, do I need a new card?",
        "ask Member Services to call me",
        "have someone to call me",
        "I do van pickups for work",
    ],
)
def test_sentence_words_before_a_relation_stay_text(text):
    assert [value for value, kind in _taken(text) if kind == "PERSON_NAME"] == []


@pytest.mark.parametrize(
    "text",
    [
        "our dog Biscuit needs shots, is that covered? (just kidding)",
        "my cat, Pepper, knocked over my pills",
        "Rosie the cat is fine",
        "Prudential Life dropped me last year",
        "Box 12 on the form is blank, what goes there?",
        "Please see Box 24J for the NPI",
        "I have a question about Box 7 of my 1095-C",
        "Columbus Day the office was closed",
        "Santa Claus didn't bring my new card",
    ],
)
def test_pets_insurers_holidays_and_boxes_on_forms_are_no_one_and_nowhere(text):
    assert [kind for _, kind in _taken(text) if kind != "SERVICE"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("box 889 at the post office in town", "{ADDRESS} at the post office in town"),
        ("mail to PMB 221, 8 Market St please", None),
        ("send it to RR 2 Box 60", "send it to {ADDRESS}"),
    ],
)
def test_mailboxes_stay_addresses(text, expected):
    templated = to_template(text)
    if expected is None:
        assert "221" not in templated and "Market" not in templated, templated
    else:
        assert templated == expected
