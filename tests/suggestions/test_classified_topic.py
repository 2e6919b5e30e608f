"""When the topic classifier clearly names another topic than the best reply's, a reply of that
topic scoring near the best is proposed first (drafting.prefer_classified_topic)."""

from __future__ import annotations

from suggestions.drafting import prefer_classified_topic
from suggestions.engine import Ranked

TOPICS = {0: "collections", 1: "collections", 2: "complaint", 3: "complaint"}


def topic_of(item: Ranked) -> str:
    return TOPICS[item.index]


def ranked(*scores: float) -> list[Ranked]:
    return [Ranked(index, f"reply {index}", score) for index, score in enumerate(scores)]


def test_a_reply_of_the_classified_topic_near_the_best_goes_first():
    result = prefer_classified_topic(
        ranked(10.0, 9.5, 9.0, 6.0), topic_of, {"complaint": 0.30, "collections": 0.12}
    )
    assert [item.index for item in result] == [2, 0, 1, 3]


def test_the_ranking_stays_when_the_classifier_agrees_or_is_unsure():
    items = ranked(10.0, 9.5, 9.0, 6.0)
    # The classifier names the best reply's topic.
    assert prefer_classified_topic(items, topic_of, {"collections": 0.5}) == items
    # Below the chance it needs.
    assert prefer_classified_topic(items, topic_of, {"complaint": 0.12, "other": 0.1}) == items
    # Not far enough ahead of the best reply's own topic.
    assert prefer_classified_topic(items, topic_of, {"complaint": 0.3, "collections": 0.25}) \
        == items  # fmt: skip
    # No classifier (a model without topics).
    assert prefer_classified_topic(items, topic_of, {}) == items


def test_a_reply_of_the_classified_topic_far_below_the_best_does_not_move():
    items = ranked(10.0, 9.5, 8.0, 6.0)  # 20 % below the best
    assert prefer_classified_topic(items, topic_of, {"complaint": 0.4}) == items
