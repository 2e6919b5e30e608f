"""The engine reads a member message with the kind of care each provider name gave
("{PROVIDER_NAME} ambulance"): taking "Northgate Ambulance Service" out of "Northgate Ambulance
Service wants $1,275.00 from me" took the word the question leans on with it. The name itself
never reaches the engine, and stored templates keep the bare slot."""

from __future__ import annotations

import re

import pytest

from suggestions.templating import care_kinds, message_template, to_template


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Northgate Ambulance Service wants $1,275.00 from me.",
         "{PROVIDER_NAME} ambulance wants {AMOUNT} from me."),
        ("Why did my inhaler cost $58.00 at Old Mill Pharmacy this time?",
         "Why did my inhaler cost {AMOUNT} at {PROVIDER_NAME} pharmacy this time?"),
        ("Got the Brookfield Regional Hospital statement finally.",
         "Got the {PROVIDER_NAME} hospital statement finally."),
        ("Cedar Point Anesthesia Associates billed me the difference.",
         "{PROVIDER_NAME} anesthesia billed me the difference."),
    ],
)  # fmt: skip
def test_the_kind_of_care_stays_beside_the_provider_slot(text, expected):
    assert message_template(text) == expected
    # Only the kind is added: the message is otherwise the stored template.
    assert to_template(text) == re.sub(r"(\{PROVIDER_NAME\}) \w+", r"\1", expected)


def test_no_word_of_the_name_but_its_kind_reaches_the_engine():
    text = "Quarry Hill Radiology sent a bill and so did Hollis Valley Laboratory."
    read = message_template(text)
    assert read == "{PROVIDER_NAME} imaging sent a bill and so did {PROVIDER_NAME} lab."
    for word in ("Quarry", "Hill", "Radiology", "Hollis", "Valley", "Laboratory"):
        assert word not in read


def test_a_name_that_says_no_kind_of_care_is_the_bare_slot():
    assert care_kinds("Birchwood Family Clinic") == []
    assert care_kinds("Thornbury Dermatology") == ["specialist"]
    assert care_kinds("Skyline Medical Transport") == ["ambulance"]
    assert care_kinds("Farmacia del Pueblo") == ["pharmacy"]
    # Kinds are whole words: "Erie" holds no "ER", "Labrador" no "lab".
    assert care_kinds("Erie Labrador Associates") == []
