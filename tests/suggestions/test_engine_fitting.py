"""The engine's learned parts on small, known data."""

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.preprocessing import normalize

from suggestions.engine import fitting
from suggestions.engine.features import FEATURES
from suggestions.engine.fitting import fit_engine
from suggestions.engine.reply_set import Pair
from suggestions.engine.translation import translation_table

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


def test_the_engine_learns_thread_topics_and_weighs_a_reply_by_its_topic():
    topics = ["duplicate_charge", "duplicate_charge", "deductible", "deductible",
              "denied_claim", "denied_claim"]  # fmt: skip
    pairs = [Pair(context=q, reply=a, topic=t) for (q, a), t in zip(PAIRS, topics, strict=True)]
    engine = fit_engine(pairs * 3)
    topic, chance = engine.topic_of("they billed me twice for the same thing")
    assert topic == "duplicate_charge" and 0.34 < chance < 1
    assert engine.topic_of("my claim was denied, why?")[0] == "denied_claim"
    column = FEATURES.index("topic_chance")
    features = engine.features("how much of my deductible is left")[:, column]
    on_topic = [i for i, c in enumerate(engine.candidates) if c.topic == "deductible"]
    off_topic = [i for i, c in enumerate(engine.candidates) if c.topic != "deductible"]
    assert min(features[on_topic]) > max(features[off_topic])


def test_an_engine_fitted_without_topics_classifies_nothing():
    engine = fit_engine([Pair(context=q, reply=a) for q, a in PAIRS * 3])
    assert engine.topic_of("charged twice") is None
    assert not engine.features("charged twice")[:, FEATURES.index("topic_chance")].any()


def test_long_replies_openings_teach_the_translation_table_what_no_message_said():
    # The opening of a long reply restates its question; no member message ever says "refund".
    long_reply = " ".join(
        ["about your refund"] * 9 + ["please send the receipt form to the claims office"] * 5
    )
    receipt_reply = "mail the receipt to us today"  # says "receipt", never "refund"
    pairs = [Pair(context=q, reply=a) for q, a in PAIRS * 2]
    pairs.append(Pair(context="how do I get my money back", reply=long_reply))
    pairs.append(Pair(context="where does the paper go", reply=receipt_reply))
    engine = fit_engine(pairs)
    vocabulary = engine.bm25_terms.vocabulary_
    refund, receipt = vocabulary["refund"], vocabulary["receipt"]
    assert engine.learned.translation[refund, receipt] == 0
    assert engine.learned.translation_with_openings[refund, receipt] > 0
    # A message about a refund now lifts the reply that has only "receipt" above the replies
    # without either word; the table taught by messages alone cannot tell them apart.
    features = engine.features("refund")
    templates = [candidate.template for candidate in engine.candidates]
    receipt_row = templates.index(receipt_reply)
    unrelated = [templates.index(reply) for _, reply in PAIRS]
    with_openings = features[:, FEATURES.index("translation_with_openings")]
    plain = features[:, FEATURES.index("translation")]
    assert with_openings[receipt_row] > with_openings[unrelated].max()
    assert np.allclose(plain[unrelated], plain[receipt_row])


def test_only_the_newest_messages_per_reply_are_kept_while_every_use_is_counted(monkeypatch):
    monkeypatch.setattr("suggestions.engine.reply_set.MESSAGES_PER_REPLY", 2)
    pairs = [
        Pair(context=f"{q} version{age}", reply=a, at=float(age))
        for age in range(5)
        for q, a in PAIRS
    ]
    engine = fit_engine(pairs)
    assert engine.contexts_word.shape[0] == 2 * len(PAIRS)
    assert np.bincount(engine.context_candidate).tolist() == [2] * len(PAIRS)
    assert [candidate.count for candidate in engine.candidates] == [5] * len(PAIRS)
    kept_words = {
        word for row in engine.word.inverse_transform(engine.contexts_word) for word in row
    }
    assert {"version3", "version4"} <= kept_words
    assert not {"version0", "version1", "version2"} & kept_words


def test_an_engine_fitted_to_given_replies_keeps_each_one_and_learns_pairs_by_key():
    from suggestions.api import engine_fit_to_replies

    # Two wordings that engine_fit would merge into one canonical reply, and one never used.
    replies = {
        "1": ("we found the duplicate and removed it", 3),
        "2": ("we found the duplicate and removed it.", 0),
        "3": ("the claim needed prior authorization", 2),
        "4": ("your deductible is almost met", 0),
    }
    pairs = [Pair(context=q, reply="1") for q in ("charged twice", "billed twice")] + [
        Pair(context=q, reply="3") for q in ("claim denied", "why denied")
    ]
    engine = engine_fit_to_replies(pairs * 3, replies=replies)
    assert [(c.template, c.count) for c in engine.candidates] == list(replies.values())
    assert engine.rank("my claim was denied", top=1)[0].index == 2


def test_the_fold_ridge_maps_equal_ridge_regression_on_each_folds_rows(monkeypatch):
    """latent_ridge_maps sums the ridge fit's products block by block and subtracts a fold's
    from the whole's; the maps equal solving on the kept rows themselves."""
    monkeypatch.setattr(fitting, "LATENT_BLOCK", 7)  # several blocks, each with every fold
    rng = np.random.default_rng(3)
    messages, terms, dimensions, replies = 40, 30, 6, 5
    words = sparse.random(messages, terms, density=0.3, random_state=4, format="csr")
    words[0] = 0  # a message none of whose words is known has a zero latent row
    words.eliminate_zeros()
    components = rng.standard_normal((terms, dimensions))
    replies_latent = normalize(rng.standard_normal((replies, dimensions)))
    answer = rng.integers(0, replies, messages)
    folds = np.arange(messages) % fitting.FOLDS

    whole, without_fold = fitting.latent_ridge_maps(
        words, components, replies_latent, answer, folds
    )

    inputs = normalize(words.toarray() @ components)
    targets = replies_latent[answer]

    def ridge(rows: np.ndarray) -> np.ndarray:
        x, y = inputs[rows], targets[rows]
        return np.linalg.solve(x.T @ x + fitting.RIDGE * np.eye(dimensions), x.T @ y)

    assert np.allclose(whole, ridge(np.ones(messages, dtype=bool)), rtol=1e-12, atol=1e-14)
    assert len(without_fold) == fitting.FOLDS
    for fold, learned in enumerate(without_fold):
        assert np.allclose(learned, ridge(folds != fold), rtol=1e-12, atol=1e-14)
        assert not np.allclose(learned, whole)  # each fold's rows do count


def test_the_ridge_maps_of_no_messages_are_zero():
    whole, without_fold = fitting.latent_ridge_maps(
        sparse.csr_matrix((0, 4)), np.ones((4, 3)), np.eye(3), np.zeros(0, dtype=np.int64),
        np.zeros(0, dtype=np.int64),
    )  # fmt: skip
    assert not whole.any() and all(not learned.any() for learned in without_fold)
