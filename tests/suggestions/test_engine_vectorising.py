"""Fitting on distinct texts gives what fitting on every text gives (vectorising.py), and the
translation tables' cells are np.unique's (translation.py): speed work that must not change
the model. Texts repeat, and some terms tie on their counts at the max_features cut."""

import random

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from suggestions.engine import translation
from suggestions.engine.vectorising import Distinct, fitted_tfidf


def _texts() -> list[str]:
    rng = random.Random(3)
    words = [f"w{index}" for index in range(300)] + ["claim", "{AMOUNT}", "deductible", "thanks"]
    distinct = [
        " ".join(rng.choice(words) for _ in range(rng.randrange(1, 25))) for _ in range(1500)
    ]
    return [rng.choice(distinct) for _ in range(6000)]


@pytest.mark.parametrize(
    "params",
    [
        {"sublinear_tf": True, "ngram_range": (1, 2), "min_df": 1, "max_features": 3000},
        {"sublinear_tf": True, "analyzer": "char_wb", "ngram_range": (3, 5), "max_features": 900},
        {"sublinear_tf": True, "ngram_range": (1, 2), "min_df": 1, "max_features": 200_000},
        {"sublinear_tf": True},
    ],
)
def test_a_vectoriser_fitted_on_distinct_texts_is_the_one_fitted_on_every_text(params):
    texts = _texts()
    everyone = TfidfVectorizer(**params).fit(texts)
    distinct = Distinct(texts)
    assert len(distinct.texts) < len(texts) / 2
    fitted = fitted_tfidf(TfidfVectorizer(**params), distinct)
    assert fitted.vocabulary_ == everyone.vocabulary_
    assert [type(index) for index in fitted.vocabulary_.values()] == [
        type(index) for index in everyone.vocabulary_.values()
    ]
    assert np.array_equal(fitted.idf_, everyone.idf_)  # to the last bit
    rows = distinct.rows(fitted.transform(distinct.texts))
    expected = everyone.transform(texts)
    for part in ("data", "indices", "indptr"):
        assert np.array_equal(getattr(rows, part), getattr(expected, part))


def test_settings_it_cannot_reproduce_are_refused():
    with pytest.raises(ValueError):
        fitted_tfidf(TfidfVectorizer(min_df=2), Distinct(_texts()))


@pytest.mark.parametrize("dense", [True, False])
def test_the_translation_cells_are_np_unique_s(dense, monkeypatch):
    if not dense:
        monkeypatch.setattr(translation, "DENSE_CELLS", 0)
    rng = np.random.default_rng(5)
    vocabulary = 700
    keys = rng.integers(0, 400, 50_000) * vocabulary + rng.integers(0, 90, 50_000)
    cells, inverse = translation._unique_cells(keys, vocabulary**2)
    expected_cells, expected_inverse = np.unique(keys, return_inverse=True)
    assert np.array_equal(cells, expected_cells)
    assert np.array_equal(inverse, expected_inverse)
