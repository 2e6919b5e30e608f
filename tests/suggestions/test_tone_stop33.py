"""Abuse shapes and civil shapes probed in stop 33 (helper tone12, second round on tone fresh11).
Every text here was written for these tests, none is in a bench or training file.

Abusive: someone else's insult the member makes their own (agreeing with it, or forwarding it to
the team from someone of theirs); a dummy said to have more of a faculty than the team; asking
whether one competent person works there; "glorified" said of the reader; an agent called a witch.
Civil: reported or forwarded words the member does not endorse, agreeing with something else,
plain praise of the reader (the learned reader does not overrule it), look-alikes of the new
shapes said of oneself or of a pet."""

from __future__ import annotations

import pytest

from suggestions import tone
from suggestions.tone import insults_the_team, learned_score, reading, rules_find_abuse


@pytest.fixture(autouse=True)
def learned_reader_on(monkeypatch):
    monkeypatch.setattr(tone, "LEARNED_TONE", True)


ABUSIVE = [
    "my brother says you people are scammers and honestly he's right",
    "My mother-in-law thinks your whole department is a bunch of liars. I couldn't agree more.",
    "message from my mom: you are all liars",
    "relaying this from my husband: 'you thieving morons owe us $400'",
    "a toddler has better manners than your agents",
    "my dog has a longer attention span than you",
    "is there one intelligent person in that building?",
    "is there even one functioning adult at your company",
    "your reps are nothing but glorified typists",
    "you are just a glorified answering machine",
    "the rep I spoke to was a nasty old witch",
]

CIVIL = [
    "my wife says you're all wonderful and I agree",
    "my husband thinks the bill is wrong and I agree",
    "my son says I'm an idiot for not reading the EOB, and honestly he's right",
    "my dad told me you're thieves and I don't agree",
    "my daughter said the agent was a jerk, but I agree the claim should be reviewed",
    "forwarding this from my doctor: 'patient needs a follow-up MRI'",
    "passing this along from my wife: she wants to know if the MRI is covered",
    "is there a single in-network dermatologist in my area?",
    "is there one person at your office who can explain the deductible?",
    "a toddler has more patience than me some days, sorry for the long message",
    "my cat has a better appetite than me lately, is the vet covered?",
    "the witch hazel my pharmacy sells isn't covered?",
    "you're the best, thank you for sorting my refund",
    "you are such a kind person, thanks for the help today",
    "wow, you're the greatest rep I've ever spoken to",
]


@pytest.mark.parametrize("text", ABUSIVE)
def test_abusive_shapes_are_found_by_the_rules(text):
    assert rules_find_abuse(text)
    assert insults_the_team(text)


@pytest.mark.parametrize("text", CIVIL)
def test_civil_shapes_stay_draftable(text):
    assert not insults_the_team(text)


def test_plain_praise_is_not_overruled_by_the_learned_reader_but_sarcasm_is_still_read():
    assert not insults_the_team("holy moly you're the best agent ever")
    assert insults_the_team("you're the best, you lost my claim again, morons")


def test_the_learned_reader_reads_reported_words_as_before():
    """Endorsement changes what the rules read, not the reading the learned reader was fitted on."""
    text = "my brother says you people are scammers and honestly he's right"
    assert "scammers" not in " ".join(reading(text))
    assert learned_score(text) >= 0.0
