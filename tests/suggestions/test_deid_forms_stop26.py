"""De-identification forms found while tuning on dev material at stop 26 (deid_dev_6.jsonl and the
used-up test sets), each with its exact template, and the sentence words beside them that must stay
words. The values are the dev set's or new ones, never a held-out set's."""

from __future__ import annotations

import pytest

from suggestions.templating import to_template


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Phones: area code with a slash, an extension after a comma.
        ("Reach me at 223/363-3950 any time.", "Reach me at {PHONE} any time."),
        ("number: 613-962-6652, ext. 46", "number: {PHONE}"),
        ("call 410/555-0192 x12 today", "call {PHONE} today"),
        # SSNs: en dashes, "last4", and the word for it after the digits.
        ("SSN: 961\u201397\u20138633", "SSN: {SSN}"),
        ("ssn last4 9669", "ssn last4 {SSN}"),
        ("the last 4 are 3019 (social security)", "the last 4 are {SSN} (social security)"),
        # Amounts with a space between the thousands.
        ("refund of $8 491 please", "refund of {AMOUNT} please"),
        ("the bill says $ 12 300.50", "the bill says {AMOUNT}"),
        # Addresses: lower-case city and state, a Spanish street in lower case, a box letter.
        ("I moved to 151 orchard pkwy, provo ut.", "I moved to {ADDRESS}."),
        ("New address: 3936 calle del sol unit 14", "New address: {ADDRESS}"),
        ("RR 3, Box 19A, that's where I get mail", "{ADDRESS}, that's where I get mail"),
    ],
)
def test_phones_ssns_amounts_and_addresses_in_the_new_forms(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Shouted names keep their last provider word; lower case with more kinds of care.
        (
            "THE BILL FROM ALDER POINT MEDICAL CENTER IS WRONG",
            "THE BILL FROM {PROVIDER_NAME} IS WRONG",
        ),
        ("SUNNYMEAD SKILLED NURSING FACILITY sent a bill", "{PROVIDER_NAME} sent a bill"),
        ("is ironbridge neurology in network", "is {PROVIDER_NAME} in network"),
        ("bill from foxlove kidney care?", "bill from {PROVIDER_NAME}?"),
        ("is lanternlight counseling llc in network", "is {PROVIDER_NAME} in network"),
        ("larkfield orthopedic surgeons, p.a. billed me", "{PROVIDER_NAME} billed me"),
        ("westbay imaging associates llc", "{PROVIDER_NAME}"),
        ("juniper anesthesia partners sent it", "{PROVIDER_NAME} sent it"),
        ("at emberly hospice & palliative care", "at {PROVIDER_NAME}"),
        ("bill from foxtail hearing & audiology", "bill from {PROVIDER_NAME}"),
        ("Birchdale Allergy and Asthma billed me", "{PROVIDER_NAME} billed me"),
        ("Sunrise Nursing Home called", "{PROVIDER_NAME} called"),
        ("greenfield home health", "{PROVIDER_NAME}"),
        # "and" joins only a second kind of care; "Home" only capitalised.
        ("Went to Riverside Hospital and Then home", "Went to {PROVIDER_NAME} and Then home"),
        # Spanish: a saint's hospital in any case, an article before a capital.
        ("fui al hospital san lucas del valle", "fui al {PROVIDER_NAME}"),
        ("Farmacia la Esperanza me cobró", "{PROVIDER_NAME} me cobró"),
        # Clinicians: a rare lower-case surname after a listed first name.
        ("is dr. oisin adebayo covered", "is {PROVIDER_NAME} covered"),
        # A practice named after its doctor.
        ("Dr. Yamamoto & Associates say so", "{PROVIDER_NAME} say so"),
    ],
)
def test_providers_and_clinicians_in_the_new_forms(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Lower-case surnames no dictionary holds, possessive or hyphenated, after a name.
        (
            "the bill is in ignatius gallardo-ruiz's name",
            "the bill is in {PERSON_NAME}'s name",
        ),
        ("the bill is in zuzanna nwachukwu's name", "the bill is in {PERSON_NAME}'s name"),
        # Inverted with a particle; asked to call; who helped.
        ("La titular es de la Cruz, Amparo", "La titular es {PERSON_NAME}"),
        ("Can Folasade call me back before 5?", "Can {PERSON_NAME} call me back before 5?"),
        (
            "the lady who helped me was Ysolde, very nice",
            "the lady who helped me was {PERSON_NAME}, very nice",
        ),
    ],
)
def test_people_in_the_new_forms(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Next to the new provider words: generic places and kinds of care stay words.
        "my orthopedic surgeons said it was fine",
        "my skilled nursing facility is closing",
        "the nursing home and the home health agency",
        "general anesthesia is covered?",
        "the hearing & audiology dept",
        "Is my Allergy and Asthma medicine covered",
        "voy a la farmacia la semana que viene",
        "la clínica la próxima vez",
        # Next to the new person cues: payers, pronouns and roles are no names.
        "Can you call me back tomorrow?",
        "Will Medicare call me?",
        "the agent that helped me was great",
        # Lower-case words after a first name that are shorthand, not surnames.
        "tell jessica appt is moved",
        "the last 4 are 3019 on my card",
    ],
)
def test_sentence_words_beside_the_new_forms_stay_words(text):
    kept = to_template(text)
    assert "PROVIDER_NAME" not in kept and "SSN" not in kept
    assert kept.count("{PERSON_NAME}") == ("jessica" in text)
