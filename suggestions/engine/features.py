"""The engine's features: their names, their constants, and the parts of a message's feature
matrix that need only arrays (the engine's own tables are read in model.Engine.features)."""

from __future__ import annotations

import numpy as np
from scipy import sparse

FEATURES = (
    "context_max", "context_vote", "word_cosine", "char_cosine", "latent_cosine", "bm25",
    "bm25_opening", "coverage", "feedback_latent", "translation", "translation_with_openings",
    "reply_lift", "usage", "topic_chance",
)  # fmt: skip
UNSTANDARDISED = ("usage",)  # the others also enter standardised over the message's candidates
BM25_K1 = 1.5
BM25_B = 0.75
NEIGHBOURS = 25
OPENING_WORDS = 25  # a reply's opening usually restates what it answers
FEEDBACK_REPLIES = 10
TRANSLATION_SHARE = 0.5  # of a word's chance from the translation table, the rest its own
TRANSLATION_BACKGROUND = 0.2  # smoothing with the word's frequency over all replies

# Before a ranker is fitted (or with too few replies to fit one): a plain mix of the raw features.
HEURISTIC_WEIGHTS = np.array(
    [1.0, 1.0, 0.5, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0.0, 0.0, 0.0, 0.1, 0.5]
)


def translation_likelihood(
    words: np.ndarray,
    table: sparse.csr_matrix,
    language: sparse.csr_matrix,
    background: np.ndarray,
) -> np.ndarray:
    """Mean log-chance of the message's words given each reply (translation language model,
    Xue, Jeon and Croft 2008): a reply explains a word by itself or by a word it has."""
    count = language.shape[0]
    if not words.size or not count:
        return np.zeros(count)
    # Each message word's chance from the reply's words: translated, or the word itself.
    explain = TRANSLATION_SHARE * table[words].toarray().T
    explain[words, np.arange(words.size)] += 1 - TRANSLATION_SHARE
    chance = (1 - TRANSLATION_BACKGROUND) * (
        language @ explain
    ) + TRANSLATION_BACKGROUND * background[words][None, :]
    return np.log(chance).mean(axis=1)


def reply_lift(
    words: np.ndarray,
    table: sparse.csr_matrix,
    language: sparse.csr_matrix,
    background: np.ndarray,
) -> np.ndarray:
    """How strongly each reply's words go with this message's words (mean log-ratio over the
    reply's words against chance). The table fitted with messages and replies swapped gives
    P(w in a reply | t in the message); it is read here with the reply's words as t and the
    message's words as w, an association between the two, not a channel: on held-out
    training questions this reading helped the ranker and the strict reverse channel did
    not."""
    count = language.shape[0]
    if not words.size or not count:
        return np.zeros(count)
    brought = TRANSLATION_SHARE * np.asarray(table[words].mean(axis=0)).ravel()
    brought[words] += (1 - TRANSLATION_SHARE) / words.size
    lift = np.log(
        (1 - TRANSLATION_BACKGROUND) * brought + TRANSLATION_BACKGROUND * background
    ) - np.log(background)
    return language @ lift


def standardised(raw: np.ndarray) -> np.ndarray:
    """The raw columns, then each column (but UNSTANDARDISED) standardised over the candidates,
    so the ranker sees how a reply stands out among all replies for this message."""
    columns = [index for index, name in enumerate(FEATURES) if name not in UNSTANDARDISED]
    chosen = raw[:, columns]
    if raw.shape[0] > 1:
        spread = chosen.std(axis=0)
        chosen = (chosen - chosen.mean(axis=0)) / np.where(spread > 0, spread, 1.0)
    else:
        chosen = np.zeros_like(chosen)
    return np.hstack([raw, chosen])


def with_interactions(columns: np.ndarray) -> np.ndarray:
    """The columns, then the product of every pair of standardised ones (squares too): a ranker
    linear in these weighs one feature by how the others stand (BM25 counts for more where the
    translation model agrees, a near past message less where the reply's words miss)."""
    standard = columns[:, len(FEATURES) :]
    first, second = np.triu_indices(standard.shape[1])
    return np.hstack([columns, standard[:, first] * standard[:, second]])


def bm25_matrix(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    """Okapi BM25 weights (documents x terms) from raw term counts."""
    counts = counts.tocsr().astype(np.float64)
    documents = counts.shape[0]
    frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log(1 + (documents - frequency + 0.5) / (frequency + 0.5))
    lengths = np.asarray(counts.sum(axis=1)).ravel()
    average = lengths.mean() if documents else 1.0
    rows = np.repeat(np.arange(documents), np.diff(counts.indptr))
    tf = counts.data
    norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths[rows] / max(average, 1e-9))
    weighted = counts.copy()
    weighted.data = idf[counts.indices] * tf * (BM25_K1 + 1) / (tf + norm)
    return weighted
