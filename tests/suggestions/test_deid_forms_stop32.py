"""Stop 32: a text written in a language other than English and Spanish (a member's thanks in
French, German, Italian, Portuguese, Dutch or Vietnamese) is made of that language's words, not
names, while a listed name capitalised inside it is still a name; the tagger reads whether a
word is a common word of another language. The values are written for these tests, never a
labelled set's."""

from __future__ import annotations

import pytest

from suggestions import learned_spans as learned
from suggestions.templating import to_template
from tests.suggestions.test_learned_spans import found, taking


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Merci infiniment pour votre patience.", "Merci"),
        ("Vielen Dank für Ihre Hilfe!", "Dank"),
        ("Vielen Dank für Ihre Hilfe!", "Hilfe"),
        ("Grazie mille per la risposta", "Grazie"),
        ("Muito obrigado pela ajuda", "obrigado"),
        ("Hartelijk bedankt voor uw hulp", "Hartelijk"),
        ("Cảm ơn bạn rất nhiều", "ơn"),
    ],
)
def test_words_of_a_text_in_another_language_are_no_names(monkeypatch, text, word):
    taking(monkeypatch, word)
    assert found(text) == []


def test_a_listed_name_inside_a_text_in_another_language_stays_a_name(monkeypatch):
    text = "Bonjour, je suis Juliette Marchand et merci pour tout"
    taking(monkeypatch, "Juliette")
    assert any("Juliette" in piece for piece in found(text))


def test_a_few_foreign_words_in_an_english_text_change_nothing():
    """One word of French in an English sentence does not make it French."""
    assert learned._written_in_another_language("Merci, Odalys, for the help with my claim") == (
        frozenset()
    )
    assert learned._written_in_another_language("Danke schön für die Hilfe")


def test_other_language_words_are_a_feature_and_no_names_list():
    lists = learned._lists()
    assert {"fr", "de", "it", "pt", "nl", "vi"} <= set(lists.other_languages)
    assert "ol" in learned.word_features("beaucoup")
    assert "ol" not in learned.word_features("Okonkwo")


@pytest.mark.parametrize(
    "text",
    [
        "Merci beaucoup, vous êtes très gentils.",
        "Danke, das ist sehr nett von Ihnen.",
        "Cảm ơn chị rất nhiều.",
    ],
)
def test_thanks_in_another_language_keep_every_word(text):
    assert to_template(text) == text


@pytest.mark.parametrize(
    ("text", "word", "address"),
    [
        ("envíen a: Calle Robles 87, Apto 2, Ponce, PR 00716", "Calle", "Calle Robles 87"),
        ("nueva dirección Av. Hidalgo 1203, Guadalajara", "Av", "Av. Hidalgo 1203"),
        ("mail it to Post Office Box 5521, Laramie, WY 82070", "Post", "Post Office Box 5521"),
    ],
)
def test_an_address_keeps_the_street_word_it_opens_with(monkeypatch, text, word, address):
    taking(monkeypatch, word)
    assert any(piece.startswith(address) for piece in found(text))


def _sure_of(monkeypatch, word: str, margin: float) -> None:
    """The tagger as shipped, but tagging `word` a person's name with this margin."""
    model = learned.tagger()
    assert model is not None
    shipped_tags, shipped_margins = model.tags, model.margins
    person = model.kinds.index("PERSON_NAME")

    def tags(text: str, spans: list[tuple[int, int]]) -> list[str]:
        kinds = shipped_tags(text, spans)
        return [
            "PERSON_NAME" if text[a:b] == word else kind
            for (a, b), kind in zip(spans, kinds, strict=True)
        ]

    def margins(text: str, spans: list[tuple[int, int]]):
        values = shipped_margins(text, spans)
        for number, (a, b) in enumerate(spans):
            if text[a:b] == word:
                values[number, person] = margin
        return values

    monkeypatch.setattr(model, "tags", tags)
    monkeypatch.setattr(model, "margins", margins)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("please let my sister Joy pick up the card", "Joy"),
        ("Faith Okonkwo is my daughter and may call", "Faith"),
    ],
)
def test_a_name_that_is_a_word_is_taken_where_the_tagger_is_sure(monkeypatch, text, word):
    _sure_of(monkeypatch, word, learned.SURE_STARTING + 1)
    assert any(word in piece for piece in found(text))


@pytest.mark.parametrize(
    ("text", "word", "margin"),
    [
        ("please let my sister Joy pick up the card", "Joy", learned.SURE - 1),
        # Starting a sentence it needs more: "Hope this helps".
        ("Hope this helps, the claim is resolved", "Hope", learned.SURE_STARTING - 0.5),
    ],
)
def test_a_name_that_is_a_word_stays_a_word_where_the_tagger_is_unsure(
    monkeypatch, text, word, margin
):
    _sure_of(monkeypatch, word, margin)
    assert not any(word in piece for piece in found(text))
