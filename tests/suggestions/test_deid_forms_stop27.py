"""De-identification forms found while tuning on dev material at stop 27 (the used-up test sets
fresh7 and fresh8 and the older dev sets), each with its exact template, and the sentence words
beside them that must stay words. The values are new ones written for these tests, never a
held-out set's."""

from __future__ import annotations

import pytest

from suggestions.templating import find_spans, to_template


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A particle between the first name and the surname, in the name's own case.
        ("Kind regards,\nAnselmo De Rosa", "Kind regards,\n{PERSON_NAME}"),
        ("hi its tahnee de luca again", "hi its {PERSON_NAME} again"),
        ("my son mateo de la fuente needs a referral", "my son {PERSON_NAME} needs a referral"),
        # Inverted names, shouted, one half listed and the other no word.
        ("The letter says OYELOWO, BEATRIX not me", "The letter says {PERSON_NAME} not me"),
        ("Addressed to MCNAIR, TEMITOPE by mistake", "Addressed to {PERSON_NAME} by mistake"),
        # "my name is" names every word up to the first sentence word, in any case.
        (
            "my name is ifeoluwa sandqvist and I need help",
            "my name is {PERSON_NAME} and I need help",
        ),
        # A lower-case writer introducing themselves, a name before its relation in brackets.
        ("ruslan okeke here, quick question", "{PERSON_NAME} here, quick question"),
        ("zuleika (my daughter) had a filling", "{PERSON_NAME} (my daughter) had a filling"),
        ("Ms. Okonjo-Reyes called twice", "{PERSON_NAME} called twice"),
        # Whom to speak to; a lower-case first name working at the front desk.
        ("Please speak to Will Abernathy-Kole", "Please speak to {PERSON_NAME}"),
        ("and dolores at the front desk said no", "and {PERSON_NAME} at the front desk said no"),
        # More labels of a form.
        ("Caller: tamsin oyediran", "Caller: {PERSON_NAME}"),
        ("Emergency contact: Lior Benhamou", "Emergency contact: {PERSON_NAME}"),
        # A nickname after "we call him", someone at the pharmacy, a message signed "from".
        (
            "my uncle Evander (we call him Vander) moved",
            "my uncle {PERSON_NAME} (we call him {PERSON_NAME}) moved",
        ),
        ("Robin at the pharmacy said it expired", "{PERSON_NAME} at the pharmacy said it expired"),
        ("thanks\nfrom marisela okonedo", "thanks\nfrom {PERSON_NAME}"),
        # Shouted, a listed surname that everyday text seldom writes stays in the name.
        ("ROSALIND GUTIERREZ CALLED TWICE", "{PERSON_NAME} CALLED TWICE"),
    ],
)
def test_people_in_the_new_forms(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "is a referral needed for ashgrove orthopaedics",
            "is a referral needed for {PROVIDER_NAME}",
        ),
        ("bill from kestrel air ambulance", "bill from {PROVIDER_NAME}"),
        ("marlowe surgical partners sent a bill", "{PROVIDER_NAME} sent a bill"),
        ("la factura de oakbend allergy and asthma", "la factura de {PROVIDER_NAME}"),
        ("a bill from cinder ridge family medcine", "a bill from {PROVIDER_NAME}"),
        ("THE PINE HOLLOW NURSING HOME BILL", "THE {PROVIDER_NAME} BILL"),
        ("la clínica familiar los pinos me cobró", "la {PROVIDER_NAME} me cobró"),
        ("el hospital san mateo del sur", "el {PROVIDER_NAME}"),
        ("we went to faith harbor medical", "we went to {PROVIDER_NAME}"),
        ("the bill from st ambrose regional", "the bill from {PROVIDER_NAME}"),
        ("Kestrel Bay Dermatology & Skin Surgery", "{PROVIDER_NAME}"),
        ("Lakehaven Hospice and Home Health", "{PROVIDER_NAME}"),
        ("seen at Alder Cove OB-GYN", "seen at {PROVIDER_NAME}"),
        ("paid at bramble urgent care express", "paid at {PROVIDER_NAME}"),
        ("Sent by Cobalt Valley Pathology", "Sent by {PROVIDER_NAME}"),
        ("bill from saltmarsh hand therapy", "bill from {PROVIDER_NAME}"),
        ("ashcombe vein specialists sent it", "{PROVIDER_NAME} sent it"),
        ("linden hollow senior living called", "{PROVIDER_NAME} called"),
        # Credentials as roles before a comma or "is" (the credential goes with the name).
        ("the PA-C, Rosalind Achebe, said yes", "the {PERSON_NAME}, said yes"),
        # Clinicians: a three-letter lower-case surname after a listed first name.
        ("surgery with dr. imani lin went fine", "{SERVICE} with {PROVIDER_NAME} went fine"),
    ],
)
def test_providers_in_the_new_forms(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dates after their weekday.
        ("seen on Thurs 10/2 at noon", "seen on {DATE} at noon"),
        ("On Wednesday, 7/16 they called", "On {DATE} they called"),
        # Addresses: an accented city, a state going on with the sentence, Camino in capitals.
        ("Send it to 41 Palmer Lane, Bayamón PR", "Send it to {ADDRESS}"),
        ("mail to 902 CAMINO ALTO, TAOS NM 87571.", "mail to {ADDRESS}."),
        ("it went to 15 E 9th Street, Minot ND even so", "it went to {ADDRESS} even so"),
        ("is 77 larkspur road, ithaca ny right?", "is {ADDRESS} right?"),
        ("we moved to 12 route 4, salem or last week", "we moved to {ADDRESS} last week"),
        # A state's whole name, a half house number, numbered Spanish streets, a route's box.
        ("mail it to 318 Quarry Lane, Dayton, Ohio", "mail it to {ADDRESS}"),
        ("I'm at 4106 1/2 Alder St now", "I'm at {ADDRESS} now"),
        ("vivo en Carrera 9 # 31-12 apto 402", "vivo en {ADDRESS}"),
        ("Avenida Hidalgo 845 int 3, Saltillo", "{ADDRESS}"),
        ("HC 04 Box 1290, Utuado PR 00641", "{ADDRESS}"),
        # Ids: a letter after the last group, a slash, letters inside, a one-digit group.
        ("the pharmacy has 312-448-905-B", "the pharmacy has {CLAIM_NUMBER}"),
        ("claims 55320917/14 and 774120-33", "claims {CLAIM_NUMBER} and {CLAIM_NUMBER}"),
        (
            "the reference on the letter is Q71TR80245",
            "the reference on the letter is {CLAIM_NUMBER}",
        ),
        ("the reference is 41-0815-2290-7", "the reference is {CLAIM_NUMBER}"),
        ("my ID is kpx 5512 0934", "my ID is {MEMBER_ID}"),
        # Loosely labelled: an account, an authorisation, an insurance number, "mbr".
        ("my account no is QR-58120", "my account no is {CLAIM_NUMBER}"),
        ("auth # 2026-PA-30418", "auth # {CLAIM_NUMBER}"),
        ("my insurance number is TW 4471-0926", "my insurance number is {MEMBER_ID}"),
        ("mbr 55120934", "mbr {MEMBER_ID}"),
    ],
)
def test_addresses_and_ids_in_the_new_forms(text, expected):
    assert to_template(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Title case, goodbyes, payers, shouted billing words: no one is named.
        "Why Was My Prior Authorization Denied?",
        "Could Someone Explain Why I Got Three Bills",
        "¿Me Pueden Mandar Una Tarjeta Nueva?",
        "Ok Thank You, Goodbye",
        "OK Thanks, Bye",
        "UnitedHealthcare was my old plan.",
        "MY DEDUCTIBLE IS WRONG AND THE COPAY TOO",
        # Sentence words that are names stay words.
        "May I ask why my claim was denied?",
        "Will this be covered next year?",
        "Grace period ends Friday",
        "Bill me later please",
        "Mark this as urgent",
        # Beside the new rules: no provider, id or address.
        "i need to go to the hospital",
        "is air ambulance covered",
        "my ob/gyn said so",
        "la farmacia los domingos no abre",
        "the plans for 2014/2015",
        "please mail the card to 5989 soon",
        "my name is spelled wrong on the card",
        "anyone here? i need help",
        "I moved from Austin, Texas last year",
        "RxBIN, RxPCN and RxGroup are on the card",
        "Does Ozempic need prior auth?",
        "is hand therapy covered",
        "is assisted living covered",
        "the PA said it was fine",
        "my account number changed",
        "the eob number 12 is wrong",
        "we call him back tomorrow",
        "Thanks my friend",
    ],
)
def test_sentence_words_beside_the_new_forms_stay_words(text):
    named = {"PERSON_NAME", "PROVIDER_NAME", "ADDRESS", "CLAIM_NUMBER", "MEMBER_ID"}
    assert [
        text[span.start : span.end] for span in find_spans(text) if span.placeholder in named
    ] == []
