"""The ranker: a linear scorer of a message's feature rows, fitted listwise on past messages
whose features are computed as a new message gets them."""

from __future__ import annotations

import numpy as np
from scipy.optimize import minimize

from suggestions.engine.features import FEATURES, HEURISTIC_WEIGHTS
from suggestions.engine.model import Engine, Learned, LinearRanker

RANKER_QUERIES = 1500
RANKER_NEGATIVES = 150  # replies sampled at random against the one sent, per message
RANKER_L2 = 0.01


def fit_ranker(
    engine: Engine,
    contexts: list[str],
    answers: np.ndarray,
    seed: int,
    folds: np.ndarray,
    fold_learned: list[Learned],
    rejected: list[tuple[int, ...]] | None = None,
) -> LinearRanker | None:
    """A linear ranker fitted listwise: for sampled past messages, the softmax over the reply
    that was sent and RANKER_NEGATIVES others (all replies when there are few) is maximised,
    with each message's features computed as a new message gets them (left out of its own
    neighbours, its own use of the reply not counted, maps and tables learned without its fold).

    Messages whose drafts agents discarded are always among the sampled ones, and the discarded
    replies always among their negatives: the hardest, truest negatives there are."""
    count = len(engine.candidates)
    if count < 2 or not contexts:
        return None
    rejected = rejected or [()] * len(contexts)
    rng = np.random.default_rng(seed)
    size = min(RANKER_QUERIES, len(contexts))
    with_rejections = np.array([i for i, r in enumerate(rejected) if r], dtype=np.int64)[:size]
    if len(with_rejections):
        rest = np.setdiff1d(np.arange(len(contexts)), with_rejections)
        sampled = rng.choice(rest, size=min(size - len(with_rejections), len(rest)),
                             replace=False)  # fmt: skip
        chosen = np.concatenate([with_rejections, sampled]).astype(np.int64)
    else:
        chosen = rng.choice(len(contexts), size=size, replace=False)
    groups = []
    rows = engine.query_rows([contexts[position] for position in chosen])
    for position, message_rows in zip(chosen, rows, strict=True):
        features = engine.features(
            contexts[position],
            exclude_context=int(position),
            learned=fold_learned[int(folds[position])],
            rows=message_rows,
        )
        truth = int(answers[position])
        if count - 1 <= RANKER_NEGATIVES:
            others = np.delete(np.arange(count), truth)
        elif not rejected[position]:
            others = rng.choice(count - 1, size=RANKER_NEGATIVES, replace=False)
            others = others + (others >= truth)
        else:
            hard = sorted(set(rejected[position]))[: RANKER_NEGATIVES // 2]
            # Sample a few extra, so that dropping the hard ones still leaves enough.
            extra = min(count - 1, RANKER_NEGATIVES + len(hard))
            random = rng.choice(count - 1, size=extra, replace=False)
            random = random + (random >= truth)
            random = random[~np.isin(random, hard)][: RANKER_NEGATIVES - len(hard)]
            others = np.concatenate([np.array(hard, dtype=np.int64), random])
        groups.append(features[np.concatenate([[truth], others])])
    if len({group.shape[0] for group in groups}) != 1:
        return None
    stacked = np.stack(groups)  # messages x (1 + negatives) x features
    del groups  # 1,500 x 151 x 118 floats, 214 MB, as are stacked and standard
    flat = stacked.reshape(-1, stacked.shape[2])
    mean, spread = flat.mean(axis=0), flat.std(axis=0)
    scale = np.where(spread > 0, spread, 1.0)
    standard = stacked - mean
    del stacked, flat
    standard /= scale

    def loss(weights: np.ndarray) -> tuple[float, np.ndarray]:
        scores = standard @ weights
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        chance = exp / exp.sum(axis=1, keepdims=True)
        value = -np.log(chance[:, 0] + 1e-300).mean() + RANKER_L2 * weights @ weights
        # The chance-weighted mean feature row per message, added up candidate by candidate:
        # the same sums in the same order as summing a (messages x candidates x features)
        # product over its candidates, without building that product at every step.
        expected = np.zeros((standard.shape[0], standard.shape[2]))
        for column in range(standard.shape[1]):
            expected += chance[:, column, None] * standard[:, column, :]
        gradient = -(standard[:, 0, :] - expected).mean(axis=0) + 2 * RANKER_L2 * weights
        return float(value), gradient

    start = np.concatenate([HEURISTIC_WEIGHTS, np.zeros(standard.shape[2] - len(FEATURES))])
    result = minimize(loss, start * scale, jac=True, method="L-BFGS-B",
                      options={"maxiter": 500})  # fmt: skip
    return LinearRanker(mean=mean, scale=scale, weights=result.x)
