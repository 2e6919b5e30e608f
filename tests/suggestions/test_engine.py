"""The engine's learned parts on small, known data."""

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

from training.fit import Pair, fit_engine, translation_table

PAIRS = [
    ("charged twice for one visit", "we found the duplicate and removed it"),
    ("billed twice this month", "the duplicate charge is removed"),
    ("how much deductible is left", "you have met most of your deductible"),
    ("deductible remaining please", "your deductible is almost met"),
    ("why was my claim denied", "the claim needed prior authorization"),
    ("claim denied again", "prior authorization was missing for the claim"),
]


def test_the_translation_table_learns_which_reply_words_answer_a_message_word():
    terms = CountVectorizer().fit([text for pair in PAIRS for text in pair])
    table = translation_table(
        terms.transform([q for q, _ in PAIRS]).tocsr(), terms.transform([a for _, a in PAIRS])
    )
    vocabulary = terms.vocabulary_
    twice = table[vocabulary["twice"]].toarray().ravel()
    # "twice" is never in a reply; it is explained by "duplicate", not by unrelated words.
    assert twice[vocabulary["duplicate"]] > twice[vocabulary["deductible"]]
    assert twice[vocabulary["duplicate"]] > twice[vocabulary["authorization"]]
    # Each reply word's chances over message words sum to one (or it never co-occurred).
    totals = np.asarray(table.sum(axis=0)).ravel()
    assert np.allclose(totals[totals > 0], 1.0)


def test_a_fitted_engine_ranks_the_reply_that_answers_a_new_wording_first():
    engine = fit_engine([Pair(context=q, reply=a) for q, a in PAIRS * 3])
    ranked = engine.rank("I was charged twice", top=3)
    assert "duplicate" in ranked[0].template
    ranked = engine.rank("is my deductible met yet", top=3)
    assert "deductible" in ranked[0].template
    assert engine.ranker is not None and np.isfinite(engine.ranker.weights).all()
