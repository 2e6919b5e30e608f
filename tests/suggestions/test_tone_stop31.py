"""Abuse shapes and civil shapes probed in stop 31 (helper tone9; issue 10). Every text here was
written for these tests, none is in a bench or training file.

Civil toward the team: insults aimed at a third party (a provider's billing office, a collector,
another insurer, an ex-spouse, a landlord) or someone else's abuse reported, which both readers
now leave out of what they read (`tone.reading`); shouting without an insult, "this is bullshit"
at the situation, complaints to regulators and lawyers, swearing at oneself. Abusive: masked
swearing aimed at the reader, passive-aggressive mockery of the reader's wits, Spanish and
Spanglish insults, an insult buried in a long polite message; and an insult to the team beside one
to a third party is still found."""

from __future__ import annotations

import pytest

from suggestions import learned_tone, tone
from suggestions.tone import insults_the_team, learned_score, rules_find_abuse


@pytest.fixture(autouse=True)
def learned_reader_on(monkeypatch):
    monkeypatch.setattr(tone, "LEARNED_TONE", True)


AT_A_THIRD_PARTY = [
    "The billing office at the hospital is run by idiots, they sent me to collections for a bill "
    "you already paid. Can you send me proof of payment?",
    "My ex-husband is a complete moron and never added the kids to his plan. How do I add them?",
    "The collection agency guy called me a deadbeat and a liar. Is this debt even real?",
    "Those scumbags at the debt collector keep calling me about the ER bill. Did you pay it?",
    "Honestly the pharmacy chain is full of incompetent idiots. They say you denied my refill, is "
    "that true?",
    "My landlord is a jerk but that's not your problem. I just need a copy of my EOB.",
    "The surgeon's office staff are lazy morons who never send the paperwork. What do you need?",
    "The ambulance company is a bunch of crooks charging $3,000 for a 2-mile ride. Is it covered?",
    "That quack of a chiropractor billed me for 10 visits I never had. Those thieves. What now?",
    "Los del hospital son unos ladrones, me cobraron dos veces. ¿Ustedes ya pagaron?",
    "Those idiots at the billing company sent it to the wrong address. Can you resend the EOB?",
    "The pharmacist told me your plan is garbage and the formulary is a scam. Is that true?",
    "My previous insurer were absolute crooks. Glad I switched. How do I get my records moved?",
    "The anesthesiologist's billing department are a bunch of thieves, they charged me $4k.",
]
CIVIL = [
    # shouting without an insult
    "WHY HAS MY CLAIM BEEN PENDING FOR SIX WEEKS. I NEED AN ANSWER TODAY.",
    "I AM SO ANGRY RIGHT NOW. MY SURGERY WAS DENIED AND NOBODY WILL TELL ME WHY.",
    # swearing at the situation
    "This is bullshit. I paid my premium on time and the claim still got denied. Please explain.",
    "Honestly this deductible thing is bullshit but I get that it's not your call. How much is "
    "left?",
    "What the f*** is going on with my claim? It's been two months.",
    "This sh!t is ridiculous, the bill went up again. Why?",
    "f***ing finally! The refund came through, thank you so much.",
    "This process is completely a$$-backwards, why do I need a referral for a referral?",
    # regulators and lawyers
    "If this isn't fixed by Friday I am filing a complaint with the state insurance commissioner.",
    "Please be advised I've retained counsel regarding the denied claim. Direct further "
    "correspondence to my lawyer.",
    "I'll be reporting this to the attorney general's office. I want a copy of my claim file.",
    # what is hard for someone else, a third party's rudeness, a question about the team
    "I know reading is hard for my dad, so can you mail the letter in large print?",
    "I know reading is hard with dyslexia, is there an audio version of the handbook?",
    "Apparently counting is hard for the pharmacy, they gave me 20 pills instead of 30.",
    "I understand English is difficult for some members, do you have forms in Spanish?",
    "My kid drew it in crayon, sorry about the form, can I resend it?",
    "What kind of jerk parks in the handicapped spot at the clinic? Anyway, is PT covered?",
    "Is everyone there this busy? I've been on hold an hour.",
    "My brother is a moron, just like I said on the phone. Is he still on my plan?",
    # hard on oneself
    "I'm such a dumbass, I sent the wrong receipt. Can I resend it?",
    "My stupid a$$ forgot to get a referral. Is there anything I can do?",
    "Soy bien pendeja, mandé el recibo equivocado. ¿Lo puedo volver a mandar?",
]
ABUSIVE = [
    # masked swearing aimed at the reader
    "f*** you and your denial letter, pay the claim",
    "Kiss my a$$, I'm not paying that twice.",
    "Get your sh!t together and process my claim, morons",
    "Listen b!tch, I want my money back",
    "you a$$hats lost my paperwork again",
    "What kind of b*tch hangs up on a sick person?",
    # passive-aggressive
    "I'll use small words so even you can follow: I. Paid. It.",
    "I know basic arithmetic is hard for you, but 200 minus 50 is 150.",
    "Take your time, I know reading is hard.",
    "I'll type it in crayon so you understand.",
    "Counting to three must be a real struggle over there.",
    "Maybe get an adult to help you read my claim.",
    "Do you need me to draw you a diagram, or is that too advanced too?",
    # Spanish and Spanglish
    "Son unos pinches inútiles, where is my refund?",
    "Ustedes are a bunch of pendejos, pay my claim already",
    "Están todos bien pendejos over there, I sent it twice.",
    "No sean tan burros y lean el formulario.",
    # buried in a long polite message
    "Hello, thank you for the quick reply last week. I looked at the EOB again and the allowed "
    "amount still seems off by forty dollars. I'd appreciate a second look, you brainless twits. "
    "Kind regards, Dana",
    "Good morning. Thank you for sending the new ID cards, they arrived yesterday. One question: "
    "my daughter's card shows the wrong birth date. Could you correct it? Also, your phone staff "
    "are a pack of rude, useless morons. Have a nice day.",
    # a third party and the team in one message: the team's insult is still read
    "The lab is fine but you idiots lost my claim twice.",
    "The hospital billed it right, you clowns denied it.",
    "My ex is a jerk, and so are you people.",
    "My ex was a jerk but you guys are worse.",
    "The lab techs are idiots and so is your claims department.",
    "My landlord is a scumbag, just like your adjuster.",
    "El hospital es una porquería y ustedes también.",
    "My doctor said it was medically necessary and you idiots denied it anyway.",
]


@pytest.mark.parametrize("text", AT_A_THIRD_PARTY)
def test_insults_aimed_at_a_third_party_stay_draftable(text):
    assert not rules_find_abuse(text)
    assert learned_score(text) < learned_tone.model().threshold
    assert not insults_the_team(text)


@pytest.mark.parametrize("text", CIVIL)
def test_civil_shapes_stay_draftable(text):
    assert not insults_the_team(text)


@pytest.mark.parametrize("text", ABUSIVE)
def test_abusive_shapes_are_found_by_the_rules(text):
    assert rules_find_abuse(text)
    assert insults_the_team(text)


def test_the_reading_leaves_out_what_is_said_of_a_third_party_only():
    """What the member says of the hospital goes; the question to the team and an insult to it
    stay. The plan's own people ("your agent", "the rep") are no third party."""
    (read, *_) = tone.reading("The hospital billing office is run by idiots. Did you pay it?")
    assert "idiots" not in read and "Did you pay it?" in read
    (read, *_) = tone.reading("The lab is fine but you idiots lost my claim.")
    assert "you idiots lost my claim" in read
    for kept in (
        "The rep I spoke to was an idiot.",
        "Your agent at the call center is a moron.",
        "Whoever processed my ambulance bill is a complete moron.",
    ):
        assert tone.reading(kept)[0] == kept
        assert rules_find_abuse(kept)


# Second round (the lead, tone fresh9 as dev): the same shapes in other words.
ABUSIVE_SECOND_ROUND = [
    "I would draw it out for you but I left my crayons at home for your whole team.",
    "Was a kindergartner drafting these letters? Be honest.",
    "This denial reads like it was written by a monkey.",
    "Can I please speak with somebody with half a brain?",
    "You clearly did your best, and honestly that says everything about you.",
    "Son una manga de chantas, me cobraron dos veces.",
]
CIVIL_SECOND_ROUND = [
    "You guys are bloody legends, the refund came through today. Thank you!",
    "You people are freaking amazing, thank you for fixing my card.",
    "My son spilled his crayons on the EOB, can you mail another copy?",
    "My 5 year old was seen at urgent care on Friday, was that covered?",
    "I want to speak with someone who knows about external reviews.",
    "Los chantas del taller mecánico no tienen nada que ver, es sobre mi factura del hospital.",
]


@pytest.mark.parametrize("text", ABUSIVE_SECOND_ROUND)
def test_second_round_abusive_shapes_are_found_by_the_rules(text):
    assert rules_find_abuse(text)


@pytest.mark.parametrize("text", CIVIL_SECOND_ROUND)
def test_second_round_civil_shapes_stay_draftable(text):
    assert not insults_the_team(text)
