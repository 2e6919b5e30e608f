"""Training runs: build the data, fit, calibrate, evaluate, register a candidate version."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import joblib
from django.conf import settings

from suggestions import api as suggestions_api
from training.dataset import pairs_from_history
from training.fit import Evaluation, build_reply_set, calibrate, evaluate, fit_engine, split_by_time

MINIMUM_PAIRS = 30


class TrainingError(Exception):
    """Training cannot go on; nothing was registered."""


@dataclass
class TrainingRun:
    version: suggestions_api.ModelVersion
    evaluation: Evaluation
    train_pairs: int
    calibration_pairs: int
    test_pairs: int


def model_train(
    *,
    actor: object | None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
    progress: Callable[[str], None] = lambda message: None,
) -> TrainingRun:
    """Train on older replies, calibrate on the next ones, evaluate on the newest (by time).

    A failure at any step registers nothing and changes nothing that is serving.
    """
    progress("reading answered threads")
    pairs = list(pairs_from_history(since=since, until=until, limit=limit))
    if len(pairs) < MINIMUM_PAIRS:
        raise TrainingError(f"only {len(pairs)} sent replies to learn from; need {MINIMUM_PAIRS}")
    train, rest = split_by_time(pairs, held_out=0.3)
    calibration, test = split_by_time(rest, held_out=0.5)
    progress(f"{len(train):,} pairs to learn from, {len(calibration):,} to calibrate, "
             f"{len(test):,} to test")  # fmt: skip
    reply_set = build_reply_set(train)
    engine = fit_engine(train, reply_set=reply_set, progress=progress)
    progress("calibrating the confidence")
    calibrate(engine, calibration, reply_set)
    progress("evaluating on the newest replies")
    evaluation = evaluate(engine, test, reply_set, settings.SUGGESTION_MIN_CONFIDENCE)
    buffer = io.BytesIO()
    joblib.dump(engine, buffer, compress=3)
    version = suggestions_api.model_version_register(
        artifact=buffer.getvalue(),
        trained_by=actor,
        examples=len(train),
        metrics=evaluation.as_dict(),
        parameters={
            "replies": len(reply_set.candidates),
            "threshold": settings.SUGGESTION_MIN_CONFIDENCE,
        },
        data_from=datetime.fromtimestamp(pairs[0].at, tz=UTC) if pairs else since,
        data_until=datetime.fromtimestamp(max(pair.at for pair in pairs), tz=UTC),
    )
    return TrainingRun(version, evaluation, len(train), len(calibration), len(test))
