"""Measuring an engine on held-out sent replies: agreement, coverage, calibration, latency."""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.calibration import calibration_curve

from suggestions.api import Engine, Pair, answers_alike, question_centroids

RELIABILITY_BINS = 10


@dataclass(frozen=True)
class ReliabilityBin:
    """Held-out replies whose confidence fell in [low, high): how confident, how often sent."""

    low: float
    high: float
    replies: int
    confidence: float  # mean confidence
    sent: float  # share sent as it is or edited


@dataclass
class Evaluation:
    top1: float
    top3: float
    coverage: float  # share of messages that get a draft at the threshold
    accepted_at_threshold: float  # top-1 agreement among those that get one
    calibration_error: float
    # The calibration error a perfectly calibrated confidence would show on as many replies
    # (what sampling alone gives): a calibration error near it is as good as can be told.
    calibration_error_chance: float
    latency_median_ms: float
    latency_p99_ms: float
    examples: int
    outcomes: list[tuple[float, bool]] = field(default_factory=list, repr=False)
    reliability: list[ReliabilityBin] = field(default_factory=list, repr=False)

    def as_dict(self) -> dict[str, float]:
        return {
            key: round(value, 4)
            for key, value in self.__dict__.items()
            if isinstance(value, float | int)
        }


def evaluate(engine: Engine, pairs: Sequence[Pair], threshold: float) -> Evaluation:
    """Top-1/top-3 agreement with the reply actually sent, coverage, calibration and latency."""
    hits1 = hits3 = 0
    outcomes: list[tuple[float, bool]] = []  # (confidence, sent as is or edited)
    exact: list[tuple[float, bool]] = []  # (confidence, the very reply sent)
    latencies: list[float] = []
    centroids = question_centroids(engine)
    for pair in pairs:
        truth = engine.index_for(pair.reply)
        started = time.perf_counter()
        ranked = engine.rank(pair.context, top=3)
        confidence = engine.confidence(ranked)
        latencies.append((time.perf_counter() - started) * 1000)
        first = bool(ranked) and ranked[0].index == truth
        hits1 += first
        hits3 += any(item.index == truth for item in ranked)
        exact.append((confidence, first))
        # The confidence estimates whether the agent sends it, as is or edited: judged on that,
        # as the calibration judges it (answers_alike: another wording of the answer counts).
        outcomes.append(
            (confidence, bool(ranked) and answers_alike(engine, centroids, ranked[0], pair.reply))
        )
    count = max(1, len(pairs))
    drafted = [(confidence, hit) for confidence, hit in exact if confidence >= threshold]
    latencies.sort()
    return Evaluation(
        top1=hits1 / count,
        top3=hits3 / count,
        coverage=len(drafted) / count,
        accepted_at_threshold=sum(hit for _, hit in drafted) / max(1, len(drafted)),
        calibration_error=expected_calibration_error(outcomes),
        calibration_error_chance=chance_calibration_error([c for c, _ in outcomes]),
        latency_median_ms=statistics.median(latencies) if latencies else 0.0,
        latency_p99_ms=latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))]
        if latencies
        else 0.0,
        examples=len(pairs),
        outcomes=outcomes,
        reliability=reliability_bins(outcomes),
    )


def reliability_bins(
    outcomes: Sequence[tuple[float, bool]], bins: int = RELIABILITY_BINS
) -> list[ReliabilityBin]:
    """The reliability diagram's non-empty bins of equal width, by scikit-learn's
    calibration_curve (a confidence on an inner edge falls in the bin below it, 1.0 in the
    last), with how many replies each holds."""
    if not outcomes:
        return []
    confidences = np.array([confidence for confidence, _ in outcomes], dtype=float)
    sent = np.array([hit for _, hit in outcomes], dtype=int)
    edges = np.linspace(0.0, 1.0, bins + 1)
    counts = np.bincount(np.searchsorted(edges[1:-1], confidences), minlength=bins)
    sent_share, mean_confidence = calibration_curve(sent, confidences, n_bins=bins, pos_label=1)
    return [
        ReliabilityBin(float(edges[b]), float(edges[b + 1]), int(counts[b]), float(c), float(h))
        for b, c, h in zip(np.flatnonzero(counts), mean_confidence, sent_share, strict=True)
    ]


def expected_calibration_error(
    outcomes: Sequence[tuple[float, bool]], bins: int = RELIABILITY_BINS
) -> float:
    """Each bin's gap between its mean confidence and its share sent, weighted by its replies."""
    table = reliability_bins(outcomes, bins)
    total = sum(row.replies for row in table)
    return (
        sum(row.replies / total * abs(row.confidence - row.sent) for row in table) if total else 0.0
    )


def chance_calibration_error(
    confidences: Sequence[float], bins: int = RELIABILITY_BINS, draws: int = 200
) -> float:
    """The mean calibration error of a perfectly calibrated confidence on these replies: each
    reply sent with exactly its confidence as chance, drawn `draws` times (seeded). Few replies
    per bin show an error by sampling alone; the measured error is read against this."""
    if not confidences:
        return 0.0
    rng = np.random.default_rng(0)
    chances = np.asarray(confidences, dtype=float)
    errors = [
        expected_calibration_error(
            list(zip(chances, rng.random(chances.size) < chances, strict=True)), bins
        )
        for _ in range(draws)
    ]
    return float(np.mean(errors))
