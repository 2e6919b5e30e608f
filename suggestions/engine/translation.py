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
    pair_ids, words, targets, weights = [], [], [], []
    for row in range(questions.shape[0]):
        asked = questions.indices[questions.indptr[row] : questions.indptr[row + 1]]
        start, end = answers.indptr[row], answers.indptr[row + 1]
        if not asked.size or start == end:
            continue
        size = end - start
        pair_ids.append(np.full(asked.size * size, row))
        words.append(np.repeat(asked, size))
        targets.append(np.tile(answers.indices[start:end], asked.size))
        weights.append(np.tile(answers.data[start:end], asked.size).astype(np.float64))
    if not words:
        return sparse.csr_matrix((vocabulary, vocabulary))
    word, target = np.concatenate(words), np.concatenate(targets)
    weight = np.concatenate(weights)
    cells, cell = np.unique(word.astype(np.int64) * vocabulary + target, return_inverse=True)
    _, asked_in_pair = np.unique(
        np.concatenate(pair_ids).astype(np.int64) * vocabulary + word, return_inverse=True
    )
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
