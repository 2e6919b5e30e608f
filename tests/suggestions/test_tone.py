"""What counts as insulting the team (no drafted billing reply) and what is only frustration
(a draft, as for anyone). Dev material written for the word list; not a held-out set."""

import pytest

from suggestions.tone import insults_the_team

INSULTING = [
    "you people are useless, where is my refund",
    "Useless company. Why was my claim denied",
    "you guys are a bunch of clowns, fix my bill",
    "Your company is a joke and your agents are idiots",
    "stupid insurance company denied my MRI again",
    "are you all stupid? I sent the form twice",
    "screw you and your deductible",
    "go to hell, I'm not paying this",
    "you are criminals, stealing from sick people",
    "frauds. all of you. explain this EOB",
    "your service sucks and so do you",
    "you suck. where's my ID card",
    "what a garbage company, the claim is wrong again",
    "worthless customer service, answer me",
    "shut up and pay my claim",
    "this is crap service, you clowns",
    "dumb a** company can't process one claim",
    "hijos de puta, paguen la factura",
    "son unos inútiles, nadie me contesta",
    "ustedes son unos estúpidos, ya mandé el formulario",
    "ratas, me cobraron dos veces",
    "sinvergüenzas! me negaron la reclamación",
    "váyanse al diablo con su deducible",
    "qué porquería de seguro, nunca pagan",
    "malditos, paguen ya",
    "son unos payasos, ¿dónde está mi tarjeta?",
    "ineptos, la factura está mal otra vez",
    "bola de rateros, me cobraron de más",
    "pinches ladrones, devuelvan mi dinero",
]

NOT_INSULTING = [
    "This is so frustrating, my claim was denied again",
    "I'm really angry about this bill, can you explain it?",
    "Is this bill a scam? I don't recognise the provider",
    "I think this charge might be fraud, I never went there",
    "the EOB is confusing, what does provider discount mean",
    "I feel dumb but I don't understand my deductible",
    "sorry if this is a stupid question, what is coinsurance",
    "my card is useless at the pharmacy, they say it's inactive",
    "the pain was hell but the ER bill is worse, can you help",
    "the hospital sent me to collections, this is a nightmare",
    "I'm sick of waiting, it's been 3 weeks since I called",
    "estoy muy molesta, me cobraron dos veces",
    "no entiendo nada de esta factura, ¿me ayudan?",
    "esto es injusto, ¿cómo apelo la negación?",
    "The clown doctor at my son's party was great but this bill is not",
    "My ex stole my ID card, I need a new one",
    "the criminal justice clinic billed me, is that in network",
    "thanks, you've been great, one more question about my copay",
    "damage to my car in the ambulance ride, is that covered",
    "they billed me twice for the same x-ray, wtf",
    "he tells me I'm worthless and takes my card",
    "I hate hospitals but I need to know my out of pocket max",
]


@pytest.mark.parametrize("text", INSULTING)
def test_insults_aimed_at_the_team_are_recognised(text):
    assert insults_the_team(text)


@pytest.mark.parametrize("text", NOT_INSULTING)
def test_frustration_and_everyday_words_are_not_insults(text):
    assert not insults_the_team(text)
