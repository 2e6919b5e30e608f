"""Stop 30: shapes of details the patterns now take whole (providers named kind first or after
a title, lower-case titled names, Spanish short months and weekdays, prices in words), and what
stays text beside them (times in a chat log, "24/7", a role before "here"). The values are
written for these tests, never a held-out set's."""

from __future__ import annotations

import pytest

from suggestions.templating import to_template


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A facility named kind first, its place after "of".
        ("We ended up at Urgent Care of the Foothills", "We ended up at {PROVIDER_NAME}"),
        ("Medical Center of Lakewood sent two bills", "{PROVIDER_NAME} sent two bills"),
        (
            "Children's Hospital of Marin County billed me",
            "{PROVIDER_NAME} billed me",
        ),
        # Two parts of the body cared for together, a sentence word first after "at".
        (
            "braces at Will Harbor Bone and Joint, is that covered",
            "braces at {PROVIDER_NAME}, is that covered",
        ),
        ("went to Lakeside Foot & Ankle Specialists", "went to {PROVIDER_NAME}"),
        # A named practice of oral surgery is no operation.
        ("Bramble Oral Surgery wants $410", "{PROVIDER_NAME} wants {AMOUNT}"),
        # A practice named with a title, a possessive between.
        (
            "The referral says Dr. Grin Family Dentistry, but",
            "The referral says {PROVIDER_NAME}, but",
        ),
        ("is Dr. Fenn's Family Practice in network?", "is {PROVIDER_NAME} in network?"),
        # "al-" before a capitalised name.
        ("al-Salam Community Clinic took my card", "{PROVIDER_NAME} took my card"),
        # Homes where people are cared for.
        ("Dad is at Willow Bend Assisted Living now", "Dad is at {PROVIDER_NAME} now"),
        # Spanish: "de la" read whole, an article and a noun after "familiar".
        (
            "Fui a la Clínica de la Familia San Jorge ayer",
            "Fui a la {PROVIDER_NAME} ayer",
        ),
        (
            "i went to centro de salud familiar la alegria on sunday",
            "i went to {PROVIDER_NAME} on sunday",
        ),
        # Lower case: a hospital's short name after where one goes; asked in or out of network.
        ("the er at bethel general was packed", "the er at {PROVIDER_NAME} was packed"),
        ("is hope family medicine in network??", "is {PROVIDER_NAME} in network??"),
    ],
)
def test_provider_shapes_of_stop_30_are_whole(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "is family medicine in network?",
        "is urgent care out of network",
        "I went to both general and specialist visits",
        "took him to the er last night",
        "is it covered in general?",
    ],
)
def test_kinds_of_care_stay_words(text):
    assert "{PROVIDER_NAME}" not in to_template(text)


def test_a_time_after_a_kind_of_clinic_is_no_name_of_it():
    assert to_template("fui a la clínica familiar la semana pasada").endswith(" la semana pasada")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title in lower case with a listed first name ending as words do, and a surname.
        ("a letter to mr. marcus d'costa came", "a letter to {PERSON_NAME} came"),
        ("ms. priya ramanathan-cole called", "{PERSON_NAME} called"),
        # A relation's word as a title, no "my" before it.
        ("i'm texting for abuela Remedios she's 90", "i'm texting for {PERSON_NAME} she's 90"),
        ("tell grandma hazel the card came", "tell {PERSON_NAME} the card came"),
        ("my grandma Hazel is on the plan", "my grandma {PERSON_NAME} is on the plan"),
        ("mi tía Remedios necesita ayuda", "mi tía {PERSON_NAME} necesita ayuda"),
        # Particles before a surname written first.
        ("ten Haaf, Wouter - DOB on file", "{PERSON_NAME} - DOB on file"),
    ],
)
def test_person_shapes_of_stop_30_are_whole(text, expected):
    assert to_template(text) == expected


def test_shouted_particles_stay_with_the_surname():
    templated = to_template("Referring: DE LA PAZ, MARISOL MD")
    assert templated.startswith("Referring: {PERSON_NAME}")
    assert "DE" not in templated and "LA" not in templated


@pytest.mark.parametrize(
    "text",
    [
        "grandma says hi to everyone",
        "su prima mensual subió",
        "Caregiver here. Is the visit covered?",
    ],
)
def test_relations_and_roles_stay_words(text):
    assert "{PERSON_NAME}" not in to_template(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fui el 9 Dic a la clínica", "fui el {DATE} a la clínica"),
        ("la cita fue el jueves 5 de noviembre", "la cita fue el {DATE}"),
        ("el 4 de sept. me cobraron", "el {DATE} me cobraron"),
        ("last 4 7712, member id on file", "last 4 {SSN}, member id on file"),
    ],
)
def test_date_and_ssn_shapes_of_stop_30(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("clinic says fourteen thousand before insurance", "clinic says {AMOUNT} before insurance"),
        (
            "they're asking four twenty for the ambulance",
            "they're asking {AMOUNT} for the ambulance",
        ),
        (
            "owed a hundred and six dollars and forty cents",
            "owed {AMOUNT}",
        ),
        ("a 30 dollar copay", "a {AMOUNT} copay"),
        ("I owe 1.250,00 € now", "I owe {AMOUNT} now"),
        ("charged CAD 95 at the clinic", "charged {AMOUNT} at the clinic"),
        ("me cobraron tres mil doscientos pesos", "me cobraron {AMOUNT}"),
        ("a $1.5 million verdict", "a {AMOUNT} verdict"),
    ],
)
def test_amount_shapes_of_stop_30(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "see you at four twenty",
        "we walked two thousand steps",
        "is the nurse line 24/7?",
        "last 4 of my card 5521 was charged",
    ],
)
def test_times_counts_and_cards_stay_text(text):
    assert "{AMOUNT}" not in to_template(text)
    assert "{DATE}" not in to_template(text)
    assert "{SSN}" not in to_template(text)


def test_times_in_a_chat_log_are_no_details():
    text = "[10:41] Me: my claim is from Nov 18\n[10:42] Bot: Thanks!"
    assert to_template(text) == "[10:41] Me: my claim is from {DATE}\n[10:42] Bot: Thanks!"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Where someone else is: a place, no name.
        (
            "call Wren at home, she's in Lisbon till Friday",
            "call {PERSON_NAME} at home, she's in Lisbon till Friday",
        ),
        # "addy" is an address in slang before the address itself.
        ("new addy: 12 Birch Rd, Salem, OR 97301", "new addy: {ADDRESS}"),
        # A frequent word after a relation is what they did.
        ("on Monday my dad fell", "on Monday my dad fell"),
        # What a letter is about.
        ("ATTN: MARGIT OYELARAN - RE: PREMIUM NOTICE", "ATTN: {PERSON_NAME} - RE: PREMIUM NOTICE"),
    ],
)
def test_places_slang_verbs_and_subjects_stay_words(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my daughter Addy is 4", "my daughter {PERSON_NAME} is 4"),
        ("my grandson tiberius lives with me", "my grandson {PERSON_NAME} lives with me"),
        ("Re: Hank Doyle claim", "Re: {PERSON_NAME} claim"),
    ],
)
def test_names_beside_those_words_stay_names(text, expected):
    assert to_template(text) == expected
