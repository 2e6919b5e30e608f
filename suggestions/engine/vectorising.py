"""Fitting the engine's vectorisers on a history's distinct texts, each with how often it occurs.

A team's history repeats itself ("thanks!", the same question asked the same way), and once
normalised, more so. Fitting a vectoriser reads each text once however often it occurs, and a
text's row is transformed once and repeated: the same vocabulary, idf and rows as fitting and
transforming every text (scikit-learn gives no weights to `fit`; `fitted_tfidf` counts the
document frequencies and term totals with the texts' counts and hands scikit-learn the fitted
vocabulary and idf through `vocabulary_` and the public `idf_` setter).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer


class Distinct:
    """A sequence of texts as its distinct texts (in first-seen order), where each text stands
    among them, and how often each occurs."""

    def __init__(self, texts: Sequence[str]) -> None:
        position: dict[str, int] = {}
        self.inverse = np.fromiter(
            (position.setdefault(text, len(position)) for text in texts),
            dtype=np.int64,
            count=len(texts),
        )
        self.texts: list[str] = list(position)
        self.counts = np.bincount(self.inverse, minlength=len(self.texts))

    def __len__(self) -> int:
        return len(self.inverse)

    def rows(self, distinct_rows: sparse.csr_matrix) -> sparse.csr_matrix:
        """Each text's row, from the rows of the distinct texts."""
        return distinct_rows[self.inverse]


def fitted_tfidf(vectorizer: TfidfVectorizer, texts: Distinct) -> TfidfVectorizer:
    """`vectorizer` fitted as `vectorizer.fit` on every text would fit it (the same vocabulary,
    the same max_features cut, the same idf to the last bit), each distinct text read once."""
    params = vectorizer.get_params()
    reproducible = (params["min_df"], params["max_df"], params["vocabulary"]) == (1, 1.0, None)
    if not reproducible or params["binary"] or not (params["use_idf"] and params["smooth_idf"]):
        raise ValueError("supported: min_df=1, max_df=1.0, smoothed idf, counts, no vocabulary")
    counting_params = CountVectorizer().get_params().keys() - {"max_features"}
    counting = CountVectorizer(
        **{name: value for name, value in params.items() if name in counting_params}
    )
    counts = counting.fit_transform(texts.texts).tocsr()  # terms in sorted order
    vocabulary = counting.vocabulary_
    weights = texts.counts.astype(np.float64)
    rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
    # As fitting every text: term totals and document frequencies, as float64 whole numbers.
    totals = np.bincount(
        counts.indices, weights=counts.data * weights[rows], minlength=counts.shape[1]
    )
    frequency = np.bincount(counts.indices, weights=weights[rows], minlength=counts.shape[1])
    limit = params["max_features"]
    if limit is not None:
        # scikit-learn's cut: the `limit` most frequent terms by total count (its own argsort
        # of the same float64 totals, so ties fall the same way), kept in sorted order and
        # numbered anew (as numpy integers, as it numbers them).
        keep = np.ones(len(vocabulary), dtype=bool)
        if limit < len(vocabulary):
            keep[:] = False
            keep[(-totals).argsort()[:limit]] = True
        renumbered = np.cumsum(keep) - 1
        vocabulary = {term: renumbered[index] for term, index in vocabulary.items() if keep[index]}
        frequency = frequency[keep]
    fitted = TfidfVectorizer(**params)
    fitted.vocabulary_ = vocabulary
    # TfidfTransformer.fit's smoothed idf, with the same operations in the same order.
    frequency += 1.0
    idf = np.full_like(frequency, fill_value=len(texts) + 1, dtype=np.float64)
    idf /= frequency
    np.log(idf, out=idf)
    idf += 1.0
    fitted.idf_ = idf
    return fitted
