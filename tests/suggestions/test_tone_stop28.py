"""Abuse shapes found in stop 28 (dev: tone_test_fresh5 and the drafts sets, used up): sarcasm at
the team, letters spaced out at the start of an insult, mockery of the reader's wits, threats to
their job; and what stays civil: an insult reported (someone called the member a name), praise
in thanks for a result, a third party insulted, someone else's words in Spanish."""

from __future__ import annotations

import pytest

from suggestions.tone import insults_the_team


@pytest.mark.parametrize(
    "text",
    [
        # sarcasm: praise in a mocking frame, with something gone wrong
        "Nice going, you mailed my card to my neighbor. Brilliant staff you have, truly brilliant.",
        "Wow, slow clap for the claims team. Three months to lose one form.",
        "Another masterpiece from the brain trust in billing. The bill is for someone else.",
        "Congrats to whatever rocket scientist decided a well-child visit isn't preventive.",
        "Thanks a lot, champ. Your 'fix' doubled my bill.",
        "Your staff are geniuses, you lost my form twice.",
        # letters spaced out at the start of the word
        "s c u m bags work there",
        "Fix my bill you useless pr*cks",
        # mockery of the reader's wits
        "Are you all just too dim to read a claim form? Why didn't you pay my doctor?",
        "Did you get your job in a cereal box? The claim is obviously covered.",
        "Do you even have a brain in there, or is it just the hold music?",
        "Talking to you is like talking to a wet paper bag, only less useful.",
        "HOW STUPID CAN ONE DEPARTMENT BE??? THE CODE IS RIGHT THERE",
        "Your reps don't know a copay from a coupon.",
        "I swear the folks in your claims department couldn't count their own fingers.",
        # a name opening the message with no comma
        "biatch i want my money back",
        "idiots give me my refund",
        # threats to the reader's job
        "One more runaround and I'll make it my personal mission to end your career.",
        "Expect your supervisor to hear from me every day until you're out the door.",
    ],
)
def test_abusive_shapes_are_found(text):
    assert insults_the_team(text)


@pytest.mark.parametrize(
    "text",
    [
        # an insult reported: it is what someone said to the member
        "You called me an idiot.",
        "You called me a liar when I said I paid.",
        "The rep told me I was an idiot for not knowing my deductible. I want to complain.",
        "Mi esposo dice que ustedes son unos inútiles, pero yo quiero entender el cobro antes.",
        # praise in thanks for a result
        "Thank you, you guys are geniuses, the refund already came through!",
        "Muchas gracias, son unos genios, ya me llegó el reembolso.",
        "Great team you have, thanks for fixing my ID card so fast.",
        # a third party insulted
        "The anesthesia group is a bunch of crooks, they billed me $3,100. Can you negotiate?",
        "That orthopedic office is run by liars, they told me they were in network. Are they?",
        "The guy at the pharmacy counter was an absolute moron, he said my card was expired.",
        "El laboratorio son unos ladrones, me cobraron $900. ¿Eso es normal?",
        # the shapes' words, civilly
        "Sorry to bother you, I don't know a copay from a deductible. Can you explain?",
        "My son is too lazy to read the EOB, can you explain it to me?",
        "Talking to you is like talking to a friend, thanks for the help.",
        "s c a n of my bill attached",
        "this billing department is a circus, nobody knows my balance",
    ],
)
def test_civil_messages_in_those_words_stay_civil(text):
    assert not insults_the_team(text)
