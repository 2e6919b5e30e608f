"""The translation tables (IBM model 1): which reply words answer which message words, learned
from aligned term counts, and each reply's own word chances they are read against."""

from __future__ import annotations

import numpy as np
from scipy import sparse

TRANSLATION_EM = 5  # EM iterations for the translation table
TRANSLATION_PAIRS = 20_000  # at most this many pairs teach it (time and memory stay bounded)


def language_model(terms: sparse.csr_matrix) -> tuple[sparse.csr_matrix, np.ndarray]:
    """P(word | reply) by maximum likelihood (replies x terms), and P(word) over all replies,
    smoothed."""
    lengths = np.asarray(terms.sum(axis=1)).ravel()
    language = (sparse.diags(1 / np.maximum(lengths, 1)) @ terms).tocsr()
    background = np.asarray(terms.sum(axis=0)).ravel() + 1.0
    return language, background / background.sum()


def translation_table(
    questions: sparse.csr_matrix, answers: sparse.csr_matrix, iterations: int = TRANSLATION_EM
) -> sparse.csr_matrix:
    """IBM model 1 (Brown et al. 1993) by EM: P(message word w | reply word t), from aligned
    (message term counts, reply term counts) rows; at most TRANSLATION_PAIRS rows are used."""
    vocabulary = questions.shape[1]
    if questions.shape[0] > TRANSLATION_PAIRS:
        keep = np.random.default_rng(0).choice(questions.shape[0], TRANSLATION_PAIRS, False)
        questions, answers = questions[keep], answers[keep]
    # Every (message word, reply term) of each row, message word by message word: one array
    # operation over all rows rather than a Python loop per pair.
    rows = np.repeat(np.arange(questions.shape[0]), np.diff(questions.indptr))
    per_word = np.diff(answers.indptr)[rows]  # the row's reply terms, for each message word
    if not per_word.sum():
        return sparse.csr_matrix((vocabulary, vocabulary))
    word = np.repeat(questions.indices, per_word)
    asked_in_pair = np.repeat(np.arange(per_word.size), per_word)  # one id per (row, word)
    first = np.cumsum(per_word) - per_word
    reply_term = np.repeat(answers.indptr[rows], per_word) + (
        np.arange(word.size) - np.repeat(first, per_word)
    )
    target = answers.indices[reply_term]
    weight = answers.data[reply_term].astype(np.float64)
    cells, cell = np.unique(word.astype(np.int64) * vocabulary + target, return_inverse=True)
    cell_target = cells % vocabulary
    chance = np.ones(cells.size)
    for _ in range(iterations):
        share = weight * chance[cell]
        share /= np.bincount(asked_in_pair, weights=share)[asked_in_pair]
        expected = np.bincount(cell, weights=share, minlength=cells.size)
        totals = np.bincount(cell_target, weights=expected, minlength=vocabulary)
        chance = expected / np.maximum(totals[cell_target], 1e-12)
    return sparse.csr_matrix(
        (chance, (cells // vocabulary, cell_target)), shape=(vocabulary, vocabulary)
    )
