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


@pytest.mark.parametrize(
    "month", ["January", "jan", "May", "june", "Sept", "sep", "Dec", "mayo", "setiembre", "agosto"]
)
def test_a_month_named_in_any_form_sets_a_past_event_aside(month):
    assert triage_text("My son had a seizure in my car and the bill came").kind == "emergency"
    assert triage_text(f"My son had a seizure in {month} and the bill came").kind == ""


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


def test_frequent_words_stay_as_written_but_endings_and_typos_are_read():
    # a frequent English word is what the member meant, not a lexicon word two edits away
    assert normalise("the letter is confusing, walking, threat, cooking, hunting") == (
        "the letter is confusing, walking, threat, cooking, hunting"
    )
    assert triage_text("The benefits booklet is so confusing.", learned=False).kind == ""
    # the lexicon word with an ending, and rare spellings, are still read as it
    assert normalise("husbands pill accidental hart confuzed") == (
        "husband pills accident heart confused"
    )


def test_a_child_eating_rodent_bait_is_an_emergency():
    found = triage_text("my toddler just ate some of the rat bait under the sink", learned=False)
    assert found.kind == "emergency"


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


# Fifth pass of issue 11: each rule below is checked on the patterns alone (learned=False), so
# the test fails if the rule goes, whatever the learned model happens to say.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I swallowed my whole prescription on purpose after dinner", "self_harm"),
        ("this is my final note, I'm sorry for everything", "self_harm"),
        ("I'm on the roof and I'm not coming down this time", "self_harm"),
        ("no one will have to worry about my bills after this weekend", "self_harm"),
        ("me voy a tirar desde el techo", "self_harm"),
        ("es mi despedida, gracias por su paciencia", "self_harm"),
        ("my baby turned blue while feeding", "emergency"),
        ("I'm waiting in the parking lot with my gun for that adjuster", "violence"),
        ("put a bullet in the manager, that's what I'll do", "violence"),
        ("si no me pagan voy a incendiar su edificio", "violence"),
        ("mi exnovio dice que me va a matar si lo denuncio", "violence"),
        ("mi esposo me empujó contra la pared", "abuse"),
        ("mi pareja revisa mi celular todos los días y no me deja salir", "abuse"),
        ("dejan a mi tía sola varios días sin comida", "abuse"),
        ("the kids next door are left alone for days", "abuse"),
    ],
)
def test_fourth_pass_patterns_find_danger(text, kind):
    assert triage_text(text, learned=False).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        # a document quoted in Spanish, accents and all
        "la póliza dice 'dificultad para respirar: llame al 911', ¿eso incluye la ambulancia?",
        # "molestia" is a bother, not molestation
        "disculpe la molestia, ¿me mandan otra tarjeta?",
        # someone unnamed in a question about the rules
        "if someone has a stroke on a cruise, does the plan pay for the evacuation",
        "what happens to a policy if a member commits suicide, it's for my law class",
        # things that choke or drown the writer, a threat to a machine
        "I'm choking on all these fees",
        "the paperwork is choking me",
        "I want to strangle the automated voicemail",
        # someone else's preference, not a wish to die
        "my grandpa says he'd rather die than move to assisted living, is home care covered",
        # a past school year, and "doing well" now
        "my son self harmed in junior high, he's 20 now and doing well, can he keep his therapist",
        "¿qué pasa si tengo un infarto en México? ¿me cubren?",
    ],
)
def test_fourth_pass_context_sets_near_misses_aside(text):
    assert triage_text(text, learned=False).kind == ""


def test_the_writers_own_wish_to_die_rather_than_pay_still_counts():
    assert triage_text("honestly I'd rather die than keep living like this", learned=False).alarming


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("his neck is stiff, he has a high fever and the light hurts his eyes", "emergency"),
        ("her glucose meter reads LO and she is sweating", "emergency"),
        ("sorry for typos, I'm so out of breath I can hardly hold the phone", "emergency"),
        ("mi abuelo está tirado en la cocina y no contesta", "emergency"),
        ("mi nieta de diez días de nacida tiene temperatura", "emergency"),
        ("I already figured out how I'd do it", "self_harm"),
        ("once I'm gone they can cancel the whole plan", "self_harm"),
        ("it would be easier for me to just not exist", "self_harm"),
        ("gave my dog to my sister this morning, I'm ready", "self_harm"),
        ("my son slit his wrists in the bathroom", "self_harm"),
        ("mi hermana se cortó las venas", "self_harm"),
        ("me boy a suisidar", "self_harm"),
        ("there's a bullet with the adjuster's name on it", "violence"),
        ("mañana llego con mi pistola a la oficina", "violence"),
        ("I know Dr. Ames parks behind the clinic, he'll regret what he did", "violence"),
        ("my neighbour beats his kids, I hear it through the wall", "abuse"),
        ("she said she'll make sure I regret it if I tell anyone", "abuse"),
    ],
)
def test_sixth_pass_patterns_find_danger(text, kind):
    assert triage_text(text, learned=False).kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A past marker that says the danger goes on, or a past act that keeps happening.
        ("the chest pain is worse than last week and now my arm is numb", "emergency"),
        ("desde el lunes pienso en quitarme la vida", "self_harm"),
        ("my ex choked me last month and keeps showing up at my job", "abuse"),
        # "I'm okay with that" does not say the danger is over.
        ("I won't be around by spring and I'm okay with that", "self_harm"),
    ],
)
def test_sixth_pass_context_does_not_hide_danger(text, kind):
    assert triage_text(text, learned=False).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "my toddler has a runny nose but no fever, is the pediatrician in network",
        "mi mamá tuvo un derrame hace seis años y ya está bien",
        "hace dos años me quise hacer daño, ahora estoy mucho mejor",
        "the time my son swallowed a marble we went to urgent care, why two bills",
        "I'd rather die than call your phone line again",
        "this phone tree makes me want to die lol",
        "waiting so long I'm dying on hold here",
        "this denial makes my blood boil",
    ],
)
def test_sixth_pass_context_sets_near_misses_aside(text):
    assert triage_text(text).kind == ""


def test_a_threat_marked_as_a_joke_is_not_raised_by_the_model_alone():
    from careteam.triage import decided

    message = "los voy a extranar si me cuelgan otra vez jaja"
    threat = {"none": 0.05, "violence": 0.9, "abuse": 0.02, "emergency": 0.02, "self_harm": 0.01}
    assert not decided(message, {}, threat, alarm_at=0.75, patterns_need=0.05).alarming
    plain = message.replace(" jaja", "")
    assert decided(plain, {}, threat, alarm_at=0.75, patterns_need=0.05).kind == "violence"


@pytest.mark.parametrize(
    "text",
    [
        "If I set up a payment plan with the lab, will it hurt my credit score?",
        "Will paying the bill now hurt my appeal?",
        "My grandfather has Alzheimer's and is confused most evenings, is adult day care covered?",
        "I took my son to the ER at Westbrook for a bad asthma attack, why is the bill so high?",
        "Brought my wife (visiting from out of state) to urgent care for a nasty allergic reaction,"
        " what do we owe?",
    ],
)
def test_stop_33_context_sets_near_misses_aside(text):
    assert not triage_text(text, learned=False).alarming


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I'm going to hurt my brother-in-law when he gets here", "violence"),
        ("my mom has dementia but she is suddenly confused and can't lift her arm", "emergency"),
        ("my son is having a bad asthma attack and his inhaler isn't helping", "emergency"),
    ],
)
def test_stop_33_context_does_not_hide_danger(text, kind):
    assert triage_text(text, learned=False).kind == kind
