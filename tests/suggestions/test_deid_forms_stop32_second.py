"""Stop 32, second round: a first name that is a word where a cue before and a person's clause
after agree, the writer "calling", a name again at a sentence's start, first names joined by
"and" to a name found, a lower-case id prefix before short digit groups, and words ending like
a verb's forms that are none in a place's name. The values are written for these tests, never a
labelled set's."""

from __future__ import annotations

import pytest

from suggestions.templating import find_spans


def _taken(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.placeholder.value) for s in find_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("could you tell holly that her card came", "holly"),
        ("i talked with dale at your office last week", "dale"),
        ("I spoke to robin, she said to wait", "robin"),
        ("hello, this is misty calling about my bill", "misty"),
        ("Thandiwe again. The refund has not come.", "Thandiwe"),
        ("Jasper and Willa Fenwick are both on the plan", "Jasper"),
        ("ivy and cole brannigan both need new cards", "cole brannigan"),
    ],
)
def test_names_said_by_their_cues(text, name):
    assert (name, "PERSON_NAME") in _taken(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chase the claim for me, please.",
        "please tell billing that I paid",
        "this is june calling and the plan renews",
        "Which lane is faster, an appeal or a complaint?",
        "Denied again. Why?",
    ],
)
def test_the_same_words_name_no_one_without_a_person(text):
    assert [kind for _, kind in _taken(text) if kind == "PERSON_NAME"] == []


def test_a_lower_case_prefix_before_short_digit_groups_is_the_ids():
    assert ("tqr 58 3301 92", "MEMBER_ID") in _taken("my member id is tqr 58 3301 92")


def test_the_rest_of_number_is_no_prefix():
    assert ("55 2041 7718", "CLAIM_NUMBER") in _taken("claim number 55 2041 7718, thanks")


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        ("sacred grove hospice called my mom", "sacred grove hospice"),
        ("we went to spring meadow pediatrics", "spring meadow pediatrics"),
    ],
)
def test_words_like_verb_forms_that_are_none_stay_in_a_place_name(text, provider):
    assert (provider, "PROVIDER_NAME") in _taken(text)
