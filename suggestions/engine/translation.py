"""The translation tables (IBM model 1): which reply words answer which message words, learned
from aligned term counts, and each reply's own word chances they are read against."""

from __future__ import annotations

import numpy as np
from scipy import sparse

TRANSLATION_EM = 5  # EM iterations for the translation table
TRANSLATION_PAIRS = 20_000  # at most this many pairs teach it (time and memory stay bounded)
DENSE_CELLS = 1 << 25  # (message word, reply term) cells found by marking a table up to this


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
    # Built in place and dropped when used (tens of millions of entries each): int32 where
    # the values allow, the same values as ever.
    word = np.repeat(questions.indices, per_word)
    # One id per (row, word).
    asked_in_pair = np.repeat(np.arange(per_word.size, dtype=_index_type(per_word.size)), per_word)
    first = np.cumsum(per_word) - per_word
    reply_term = np.arange(word.size)
    reply_term += np.repeat(answers.indptr[rows] - first, per_word)
    target = answers.indices[reply_term]
    weight = answers.data[reply_term].astype(np.float64)
    del reply_term
    keys = word.astype(np.int64)
    del word
    keys *= vocabulary
    keys += target
    del target
    cells, cell = _unique_cells(keys, vocabulary**2)
    del keys
    cell_target = cells % vocabulary
    chance = np.ones(cells.size)
    for _ in range(iterations):
        share = chance[cell]
        share *= weight
        share /= np.bincount(asked_in_pair, weights=share)[asked_in_pair]
        expected = np.bincount(cell, weights=share, minlength=cells.size)
        totals = np.bincount(cell_target, weights=expected, minlength=vocabulary)
        chance = expected / np.maximum(totals[cell_target], 1e-12)
    return sparse.csr_matrix(
        (chance, (cells // vocabulary, cell_target)), shape=(vocabulary, vocabulary)
    )


def _index_type(size: int) -> type[np.signedinteger]:
    return np.int32 if size < np.iinfo(np.int32).max else np.int64


def _unique_cells(keys: np.ndarray, space: int) -> tuple[np.ndarray, np.ndarray]:
    """np.unique(keys, return_inverse=True) for int64 keys in [0, space), the same arrays,
    faster: np.unique's argsort and the two gathers through its permutation cost most of the
    eighteen tables' time (tens of millions of cells each). A small space is marked in a table;
    otherwise each key and its position are packed into one int64 and sorted in place."""
    size = keys.size
    if size and space <= DENSE_CELLS:
        present = np.zeros(space, dtype=bool)
        present[keys] = True
        cells = np.flatnonzero(present)
        del present
        position = np.empty(space, dtype=_index_type(cells.size))
        position[cells] = np.arange(cells.size, dtype=position.dtype)
        return cells, position[keys]
    shift = max(1, int(size).bit_length())
    if not size or space >= 1 << (62 - shift):
        return np.unique(keys, return_inverse=True)
    packed = keys << shift
    packed |= np.arange(size, dtype=np.int64)
    packed.sort()
    order = packed & ((1 << shift) - 1)
    packed >>= shift  # the keys, sorted
    first = np.empty(size, dtype=bool)
    first[:1] = True
    np.not_equal(packed[1:], packed[:-1], out=first[1:])
    inverse = np.empty(size, dtype=np.intp)
    inverse[order] = np.cumsum(first) - 1
    return packed[first], inverse
