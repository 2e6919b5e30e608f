"""The thread topic classifier learns from the replies' words and weighs every topic alike."""

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from suggestions.engine.fitting import fit_engine, fit_topics
from suggestions.engine.reply_set import Pair

OPENINGS = [
    ("my other insurance and yours, who goes first", "coordination_of_benefits"),
    ("charged twice for one visit", "duplicate_charge"),
    ("billed twice this month", "duplicate_charge"),
    ("same visit on my bill two times", "duplicate_charge"),
    ("they took the money twice", "duplicate_charge"),
    ("double charge at the lab", "duplicate_charge"),
    ("two charges for one x-ray", "duplicate_charge"),
]
REPLIES = [
    ("when you have two plans, coordination of benefits decides which plan pays first and "
     "which pays second; tell us about your other coverage", "coordination_of_benefits"),
    ("we found the duplicate charge and asked the office to remove it", "duplicate_charge"),
]  # fmt: skip


def _rows(vectoriser: TfidfVectorizer, texts: list[str]):
    return vectoriser.transform(texts).tocsr()


def _fit(*, with_replies: bool):
    texts = [text for text, _ in OPENINGS + REPLIES]
    word = TfidfVectorizer().fit(texts)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).fit(texts)
    openings = [text for text, _ in OPENINGS]
    replies = [text for text, _ in REPLIES]
    model = fit_topics(
        _rows(word, openings),
        _rows(char, openings),
        np.array([topic for _, topic in OPENINGS], dtype=object),
        replies=(
            _rows(word, replies),
            _rows(char, replies),
            np.array([topic for _, topic in REPLIES], dtype=object),
        )
        if with_replies
        else None,
    )
    assert model is not None
    return model, word, char


def _topic(model, word, char, message: str) -> tuple[str, float]:
    chances = model.chances(word.transform([message]), char.transform([message]))
    best = int(np.argmax(chances))
    return model.topics[best], float(chances[best])


def test_a_plan_word_only_the_replies_use_names_its_topic():
    # No member opening says "which plan pays first"; the reply of that topic does.
    message = "which plan pays first"
    model, word, char = _fit(with_replies=True)
    assert _topic(model, word, char, message)[0] == "coordination_of_benefits"
    without, word, char = _fit(with_replies=False)
    chance_without = dict(zip(without.topics, without.chances(
        word.transform([message]), char.transform([message])), strict=True))  # fmt: skip
    chance_with = dict(zip(model.topics, model.chances(
        word.transform([message]), char.transform([message])), strict=True))  # fmt: skip
    assert chance_with["coordination_of_benefits"] > chance_without["coordination_of_benefits"]


def test_a_rare_topic_is_not_drowned_by_a_common_one():
    # One opening of coordination of benefits against six duplicate charges: a word only the rare
    # topic's opening holds ("insurance") names it, where the common topic's share of the
    # openings (6 of 7) would outweigh it if each opening weighed the same.
    model, word, char = _fit(with_replies=False)
    assert _topic(model, word, char, "my insurance")[0] == "coordination_of_benefits"


def test_replies_without_a_topic_teach_nothing_and_no_openings_means_no_classifier():
    texts = ["a", "b"]
    word = TfidfVectorizer(analyzer="char").fit(texts)
    rows = word.transform(texts).tocsr()
    no_topics = np.array(["", ""], dtype=object)
    assert fit_topics(rows, rows, no_topics, replies=(rows, rows, no_topics)) is None
    # Replies alone (a history with no thread topics) make no classifier either.
    topics = np.array(["x", "y"], dtype=object)
    assert fit_topics(rows, rows, no_topics, replies=(rows, rows, topics)) is None


def test_a_fitted_engine_learns_topics_from_its_replies_too():
    pairs = [
        Pair(context=text, reply=reply, topic=topic)
        for (text, topic), reply in zip(
            OPENINGS,
            [REPLIES[0][0]] + [REPLIES[1][0]] * 6,
            strict=True,
        )
    ] * 2
    engine = fit_engine(pairs)
    assert engine.topic_of("which plan pays first")[0] == "coordination_of_benefits"
