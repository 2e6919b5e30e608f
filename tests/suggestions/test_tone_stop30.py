"""Abuse shapes found in stop 30 (dev: tone_test_fresh7 and drafts_heldout_fresh11, used up):
mockery of the reader's reading, an agent too dim for the job, a sarcastic "which genius", praise
that is sarcasm beside what the team got wrong, emoji for names, whole sentences spelt out,
Spanish "qué mensos son"; and what stays civil: swearing at a thing ("el cajero es una
porquería"), callers posing as the plan, a neighbour's words reported, the member hard on
themself, sincere praise, a legal step stated politely, shouting without an insult. The texts are
written for these tests (none is in the training files); the abusive ones are found by the hand
rules alone, so the learned reader is not what passes them."""

from __future__ import annotations

import pytest

from suggestions import tone
from suggestions.tone import insults_the_team, rules_find_abuse


@pytest.mark.parametrize(
    "text",
    [
        # the reader's reading mocked
        "Since apparently reading is too hard for you people, I'll paste the EOB again.",
        "Reading clearly isn't your strong suit, so once more: my deductible is met.",
        "Per my last message, since comprehension seems optional for your staff: it's paid.",
        # an agent too dim, a coworker scorned
        "Your supervisor was too dense to find my file. Can someone else look?",
        "I already told your lazy colleague the claim number twice.",
        # "which genius", scornful praise as a name
        "Which mastermind decided a flu shot needs prior authorization?",
        "Morning, genius squad. Still no card.",
        "What a genius you are, you closed my ticket without answering it.",
        # praise that is sarcasm beside what the team did wrong
        "Fantastic work, you denied my refill twice this month.",
        "Kudos, y'all lost the appeal for the third time. Amazing.",
        "Thanks so much for nothing, top job from the claims team.",
        # obfuscated, short and emoji
        "u r all 🤡 and my refund is still missing",
        "your billing dept is full of 1d10ts",
        "n o   o n e   t h e r e   i s   s m a r t .   y o u   a r e   s t u p i d",
        "Answer me, i-d-i-o-t-s.",
        "you guys are the worst. refund me",
        "ur reps are not bright enough to read a form",
        "Have somebody with a working brain call me back.",
        # Spanish
        "Qué tarados son, les mandé el recibo dos veces.",
        "Ustedes están bien mensos, ya pagué el deducible.",
        "Qué porquería de aseguradora, nadie contesta.",
        "Son unos brutos, la cita fue en marzo.",
    ],
)
def test_the_rules_find_the_new_abusive_shapes(text):
    assert rules_find_abuse(text)
    assert insults_the_team(text)


@pytest.mark.parametrize(
    "text",
    [
        # swearing at a thing or a situation
        "La máquina de la farmacia es una porquería, no leyó mi tarjeta. ¿Me ayudan?",
        "El portal es una porquería de lento, ¿me mandan el EOB por correo?",
        "This stupid kiosk at the clinic ate my card. What's my copay?",
        # callers posing as the plan, a neighbour's or a relative's words reported
        "Some scammers keep calling me pretending to be your billing office. Is this real?",
        "Thieves texting me your logo asked for my member ID. Should I worry?",
        "My cousin said you people are clowns, but honestly you've been quick with me.",
        # the member hard on themself; the shapes' words about oneself or a doctor
        "Qué tonta soy, mandé el formulario sin firmar. ¿Lo reenvío?",
        "What an idiot I was. I paid the same bill twice. Can you refund one?",
        "Reading is hard for my dad, can you mail him a large-print EOB?",
        "English is not my strong suit, ¿pueden contestar en español?",
        "Which pharmacist decided to charge me the full price?",
        "I'm not smart enough to understand this EOB, can you explain it?",
        # sincere praise
        "Great work, you approved the MRI in a day. When will the EOB arrive?",
        "Kudos to your team, my card arrived in two days. What's my new copay?",
        "You guys are geniuses, the refund came through. Thanks!",
        # praise and a complaint, both meant (a contrast, or sentences of their own)
        "Great job on the refund, but you denied my other claim again.",
        "Kudos to Maria, she fixed my card. My other claim was denied again, why?",
        "The agent did a great job explaining. You denied the MRI though, what now?",
        # a legal step stated politely, shouting without an insult
        "Please note I have retained counsel regarding this denial. Kindly send the file.",
        "THIS IS THE THIRD TIME I AM WRITING. WHERE IS MY REIMBURSEMENT?",
        "¿POR QUÉ ME COBRARON DOS VECES? NECESITO UNA RESPUESTA HOY.",
        # letters and hyphens that spell nothing rude
        "My group number is A-B-7 and my plan is H M O, is that right?",
    ],
)
def test_civil_messages_in_those_words_stay_civil(text):
    assert not insults_the_team(text)


def test_the_reported_words_are_left_out_of_the_offensive_language_model():
    """The profanity model reads the clauses that address the team; someone of the member's own
    reported there is not the member speaking ("my neighbor called you a bunch of idiots")."""
    reported = "my neighbor called you a bunch of idiots"
    assert not tone._offensive_at_the_team(reported)
    assert tone._offensive_at_the_team("you are a bunch of idiots")


# Second round (dev: tone_test_fresh8, used up after its looks): an acronym for "go f*** yourself",
# a leetspeak insult spelt mostly in digits (kept as an id by the respelling), contempt for the
# reader's intelligence and a chore the team "couldn't" do; with their civil look-alikes. Written
# for these tests.
@pytest.mark.parametrize(
    "text",
    [
        "GFY. I'm done asking about the refund.",
        "you people are 1d1075, the claim is still open",
        "whole team is m0r0n5",
        "Explain it slowly, for someone of your limited intelligence.",
        "I doubt your tiny brain can handle an appeal.",
        "You guys couldn't run a lemonade stand, let alone a claims office.",
        "Honestly y'all couldn't organize a grocery list. Where is my card?",
    ],
)
def test_the_rules_find_the_second_round_shapes(text):
    assert rules_find_abuse(text)


@pytest.mark.parametrize(
    "text",
    [
        "My member id is W1D0T5 and the claim number is AB12CD3456.",
        "Group 1D1075 on my card, is that right?",
        "My son has limited intelligence from his injury; is speech therapy covered?",
        "After the stroke I can't read a grocery list, can someone help me fill in the form?",
        "Could you process a paper claim for me?",
    ],
)
def test_their_look_alikes_stay_civil(text):
    assert not insults_the_team(text)
