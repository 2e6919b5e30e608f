"""Safety triage of message text (careteam.triage): danger now is found, near misses are not.

The examples are written here; the held-out measure is bench/triage.py on data nobody tuned on.
"""

from __future__ import annotations

import pytest

from careteam.triage import most_serious, normalise, triage_text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("My chest hurts and my left arm went numb, is the ER covered tonight?", "emergency"),
        ("my wife can't breathe and her lips look blue", "emergency"),
        ("my dad's face is drooping and he is slurring his words", "emergency"),
        ("my toddler swallowed a bunch of vitamins, what do I do", "emergency"),
        ("i think im havin a hart atack", "emergency"),
        ("the cut won't stop bleeding, blood everywhere", "emergency"),
        ("Mi esposo no puede respirar y tiene dolor en el pecho", "emergency"),
        ("mi hija convulsiona ahorita", "emergency"),
        ("I want to end my life", "self_harm"),
        ("everyone would be better off without me", "self_harm"),
        ("I'm going to take all my pills tonight", "self_harm"),
        ("dont wanna be alive anymor", "self_harm"),
        ("ya no quiero vivir", "self_harm"),
        ("I'm going to shoot that billing manager", "violence"),
        ("voy a matar al de cobranza", "violence"),
        ("my boyfriend hits me and took my card", "abuse"),
        ("mi esposo me pega cuando toma", "abuse"),
    ],
)
def test_danger_now_is_found_in_english_and_spanish(text, kind):
    result = triage_text(text)
    assert result.kind == kind
    assert result.reasons and all(reason in normalise(text) for reason in result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "I have a question about my emergency room bill",
        "Why was the ambulance charge so high?",
        "My chest x-ray claim was denied",
        "These deductibles are killing me",
        "I'd kill for a clear EOB",
        "Is suicide prevention training covered for our school counselor?",
        "Does the plan cover a CPAP? The sleep study says I stop breathing at night",
        "Is stroke rehab covered after discharge?",
        "I'm gonna kill my brother for losing the card lol, can you send a new one?",
        "La factura de emergencias está mal",
        "Necesito una tarjeta nueva",
    ],
)
def test_near_misses_are_not_alarming(text):
    assert triage_text(text).kind == ""


@pytest.mark.parametrize(
    "text",
    [
        "After my ER visit last month for chest pain I got three bills",
        "My son had a seizure back in May and the ambulance bill came today",
        "I overdosed two years ago; I'm in recovery now. Is my therapy covered?",
        "Left an abusive relationship last year, safe now, need my address changed",
        "El mes pasado tuve dolor de pecho y fui a emergencias, ya estoy bien",
    ],
)
def test_past_events_with_no_danger_now_are_not_alarming(text):
    assert triage_text(text).kind == ""


def test_right_now_outweighs_a_past_marker_in_the_same_sentence():
    assert triage_text("I had a seizure in May and I'm having one right now").kind == "emergency"


def test_an_intentional_overdose_is_self_harm_before_emergency():
    assert triage_text("I took too many pills on purpose because I want to die").kind == "self_harm"


def test_normalising_folds_accents_apostrophes_chat_spellings_and_misspelt_key_words():
    assert normalise("Está SANGRANDO") == "esta sangrando"
    assert normalise("can't breth, every1 better off w/o me") == (
        "cant breath, everyone better off without me"
    )
    assert normalise("pregnat husbend") == "pregnant husband"
    # Short and unrelated words are left alone, so "mandarme" does not become "matarme".
    assert normalise("pueden mandarme la factura") == "pueden mandarme la factura"


def test_the_most_serious_kind_wins():
    assert most_serious(["abuse", "self_harm", "emergency"]) == "self_harm"
    assert most_serious(["violence", "abuse"]) == "violence"
    assert most_serious([]) == ""


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Families by meaning (the second pass): a body in trouble, asked about now.
        ("help my dad is on the floor and not moving", "emergency"),
        ("I feel faint and I'm short of breath", "emergency"),
        ("my toddler drank some of the dishwasher liquid", "emergency"),
        ("mi hijo se está poniendo morado y no le entra el aire", "emergency"),
        ("there's no reason for me to stick around", "self_harm"),
        ("tengo ganas de morirme", "self_harm"),
        ("I'm going to go to that pharmacy and hurt somebody", "violence"),
        ("my partner forces me to have sex when I say no", "abuse"),
    ],
)
def test_wider_families_find_danger_in_new_wording(text, kind):
    assert triage_text(text, learned=False).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "I nearly had a heart attack when I saw the price of my insulin",
        "casi me da un infarto cuando vi el precio",
        "can't breathe a word of this to my employer, is my claim private?",
        "the hospital coded my visit as an overdose but it was a reaction to a new med",
        "what's covered for suicide risk screening",
        "¿mi medicamento para las convulsiones está cubierto?",
        "my wife passed out at work on Monday, the bill is $3,000",
        "my ex used to hit me but that's behind me, I need to update my address",
        "would an overdose be covered under the plan",
        "me estoy ahogando en deudas médicas",
    ],
)
def test_idioms_services_and_past_events_are_set_aside(text):
    assert triage_text(text, learned=False).kind == ""


def test_real_words_are_not_corrected_into_alarming_ones():
    assert normalise("doing short shot") == "doing short shot"
    assert normalise("my sun is haveing a seezure") == "my sun is having a seizure"


@pytest.mark.parametrize(
    "text",
    [
        # quoted from a document
        "the bill says 'self-inflicted injury' and that's wrong, it was a kitchen accident",
        'the brochure says "for chest pain or trouble breathing call 911", is the ambulance free',
        "el folleto dice 'dolor de pecho: llame al 911', ¿la ambulancia es gratis?",
        # a negation names what is absent
        "my doctor's note says no suicidal ideation, does the plan need it for the refill",
        "I don't have any chest pain anymore, what is the copay for the follow-up",
        # the writer says there is no danger
        "I'm not in danger, I just need my mail sent somewhere else",
        "I'm not going to hurt anyone, I'm just frustrated, please escalate my appeal",
        # a film, a book, the news
        "we watched a movie about a bomb threat, does travel insurance cover cancellations",
        # a named past day, Spanish "hace años", an idiom
        "last Tuesday I passed out at the gym, they said dehydration, is the bill right",
        "hace años intenté suicidarme y ahora quiero ver a un psicólogo de la red",
        "me quiero morir de la risa con este formulario",
        # fourth pass: a negation with an article, a bill that "gives" a condition, a thing
        # that "will kill me"
        "I am not having a heart attack, I just need my statin refilled early",
        "that bill gave me chest pains, but seriously why is it so high",
        "este seguro me va a matar con tantos cobros",
    ],
)
def test_context_sets_near_misses_aside(text):
    assert triage_text(text).kind == ""


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a negated vital sign is the danger itself
        ("my husband is not breathing", "emergency"),
        ("mi papá no respira", "emergency"),
        ("mi esposo me va a matar, me pegó otra vez", "abuse"),
        # someone's own words, quoted without a document, still count
        ("my son said 'I want to die' and locked his door", "self_harm"),
        # a quotation does not hide the rest of the message
        ("the letter says 'denied'. my wife is having a seizure right now", "emergency"),
    ],
)
def test_context_rules_do_not_hide_danger(text, kind):
    assert triage_text(text).kind == kind
