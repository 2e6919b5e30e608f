"""Measuring an engine on held-out sent replies: agreement, coverage, calibration, latency."""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from suggestions.api import Engine, Pair, sent_like


@dataclass
class Evaluation:
    top1: float
    top3: float
    coverage: float  # share of messages that get a draft at the threshold
    accepted_at_threshold: float  # top-1 agreement among those that get one
    calibration_error: float
    latency_median_ms: float
    latency_p99_ms: float
    examples: int
    outcomes: list[tuple[float, bool]] = field(default_factory=list, repr=False)

    def as_dict(self) -> dict[str, float]:
        return {
            key: round(value, 4)
            for key, value in self.__dict__.items()
            if isinstance(value, float | int) and key != "outcomes"
        }


def evaluate(engine: Engine, pairs: Sequence[Pair], threshold: float) -> Evaluation:
    """Top-1/top-3 agreement with the reply actually sent, coverage, calibration and latency."""
    hits1 = hits3 = 0
    outcomes: list[tuple[float, bool]] = []  # (confidence, sent as is or edited)
    exact: list[tuple[float, bool]] = []  # (confidence, the very reply sent)
    latencies: list[float] = []
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
        # The confidence estimates whether the agent sends it, as is or edited: judged on that.
        outcomes.append((confidence, bool(ranked) and sent_like(ranked[0].template, pair.reply)))
    count = max(1, len(pairs))
    drafted = [(confidence, hit) for confidence, hit in exact if confidence >= threshold]
    latencies.sort()
    return Evaluation(
        top1=hits1 / count,
        top3=hits3 / count,
        coverage=len(drafted) / count,
        accepted_at_threshold=sum(hit for _, hit in drafted) / max(1, len(drafted)),
        calibration_error=expected_calibration_error(outcomes),
        latency_median_ms=statistics.median(latencies) if latencies else 0.0,
        latency_p99_ms=latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))]
        if latencies
        else 0.0,
        examples=len(pairs),
        outcomes=outcomes,
    )


def expected_calibration_error(outcomes: Sequence[tuple[float, bool]], bins: int = 10) -> float:
    if not outcomes:
        return 0.0
    total = 0.0
    for low in np.linspace(0, 1, bins, endpoint=False):
        inside = [
            (c, h) for c, h in outcomes if low <= c < low + 1 / bins or (c == 1 and low >= 0.9)
        ]
        if inside:
            confidence = sum(c for c, _ in inside) / len(inside)
            accuracy = sum(h for _, h in inside) / len(inside)
            total += len(inside) / len(outcomes) * abs(confidence - accuracy)
    return total
