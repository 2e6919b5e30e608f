"""Training runs: build the data, fit, calibrate, evaluate, register a candidate version."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings

from careteam import api as careteam_api
from suggestions import api as suggestions_api
from suggestions.api import Engine, Pair
from training.dataset import pairs_from_history, split_by_time
from training.evaluation import Evaluation, evaluate
from training.scan import model_scan

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
    actor: careteam_api.User | None,
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
    progress(
        f"{len(train):,} pairs to learn from, {len(calibration):,} to calibrate, "
        f"{len(test):,} to test"
    )
    engine = suggestions_api.engine_fit(
        train, blocked=set(suggestions_api.blocked_reply_keys()), progress=progress
    )
    progress("calibrating the confidence")
    suggestions_api.engine_calibrate(engine, calibration)
    progress("evaluating on the newest replies")
    evaluation = evaluate(engine, test, settings.SUGGESTION_MIN_CONFIDENCE)
    version = suggestions_api.model_version_register(
        artifact=suggestions_api.engine_dumps(engine),
        trained_by=actor,
        examples=len(train),
        metrics=evaluation.as_dict(),
        parameters={
            "replies": len(engine.candidates),
            "threshold": settings.SUGGESTION_MIN_CONFIDENCE,
        },
        data_from=datetime.fromtimestamp(min(pair.at for pair in pairs), tz=UTC),
        data_until=datetime.fromtimestamp(max(pair.at for pair in pairs), tz=UTC),
    )
    return TrainingRun(version, evaluation, len(train), len(calibration), len(test))


def heldout_pairs(*, share: float = 0.15) -> list[Pair]:
    """The newest sent replies, the same for every version compared now."""
    pairs = list(pairs_from_history())
    return split_by_time(pairs, held_out=share)[1]


def load_engine(version: suggestions_api.ModelVersion) -> Engine:
    return suggestions_api.engine_load(version)


def model_evaluate(
    versions: list[suggestions_api.ModelVersion],
    pairs: list[Pair] | None = None,
    *,
    loaded: dict[int, Engine] | None = None,
) -> dict[str, Evaluation]:
    """Each version on the same held-out replies (its own reply set decides what matches);
    `loaded` holds engines the caller has loaded already, by version id."""
    pairs = pairs if pairs is not None else heldout_pairs()
    loaded = loaded or {}
    results = {}
    for version in versions:
        engine = loaded.get(version.pk) or load_engine(version)
        results[version.label] = evaluate(engine, pairs, settings.SUGGESTION_MIN_CONFIDENCE)
    return results


def _scan_note(
    version: suggestions_api.ModelVersion, *, despite_scan: bool, engine: Engine | None = None
) -> str:
    """What the promotion's audit row adds about model_scan's findings; refused when it finds
    any, unless `despite_scan` (a value that is also an everyday phrase, say a provider named
    "Urgent Care", is found in ordinary replies)."""
    scan = model_scan(version, engine=engine)
    if scan.clean:
        return ""
    found = ", ".join(f"{count} {kind}" for kind, count in sorted(scan.found.items()) if count)
    if not despite_scan:
        raise TrainingError(
            f"{version.label} holds details of the records ({found}; see scan_model): use "
            "--despite-scan only if each is an everyday phrase, not a person's detail"
        )
    return f"; despite the scan finding {found}"


def model_activate(
    *, version: suggestions_api.ModelVersion, actor: careteam_api.User | None, despite_scan: bool
) -> suggestions_api.ModelVersion:
    """Promote a version just trained, without comparing it with the active one (the analyst
    asked for it), but never one that holds details of the records (see _scan_note)."""
    note = _scan_note(version, despite_scan=despite_scan)
    return suggestions_api.model_version_promote(version=version, actor=actor, note=note)


def model_promote(
    *,
    version: suggestions_api.ModelVersion,
    actor: careteam_api.User | None,
    force: bool = False,
    despite_scan: bool = False,
) -> tuple[suggestions_api.ModelVersion, dict[str, Evaluation]]:
    """Promote unless the candidate agrees less often than the active one on held-out data
    (`force` overrides), or holds a detail of the records (see _scan_note). The candidate's
    artifact is read and unpickled once for both checks."""
    candidate = load_engine(version)
    note = _scan_note(version, despite_scan=despite_scan, engine=candidate)
    current = suggestions_api.active_version()
    results: dict[str, Evaluation] = {}
    if current is not None and current.pk != version.pk:
        results = model_evaluate([current, version], loaded={version.pk: candidate})
        worse = results[version.label].top1 < results[current.label].top1
        if worse and not force:
            raise TrainingError(
                f"{version.label} agrees with sent replies {results[version.label].top1:.1%} of "
                f"the time on held-out data, {current.label} {results[current.label].top1:.1%}; "
                "use --force to promote it anyway"
            )
    return suggestions_api.model_version_promote(version=version, actor=actor, note=note), results


def model_retrain_scheduled() -> str:
    """The scheduled retraining: always registers a candidate; promotes it only when the
    operator turned SUGGESTION_RETRAIN_PROMOTE on and it passes the guardrail (held-out top-1
    at least SUGGESTION_RETRAIN_MIN_TOP1, and not below the active model's on the same replies).
    """
    run = model_train(actor=None)
    label = run.version.label
    if not settings.SUGGESTION_RETRAIN_PROMOTE:
        return f"{label} registered as a candidate"
    if run.evaluation.top1 < settings.SUGGESTION_RETRAIN_MIN_TOP1:
        return (
            f"{label} not promoted: top-1 {run.evaluation.top1:.1%} is below the guardrail "
            f"{settings.SUGGESTION_RETRAIN_MIN_TOP1:.1%}"
        )
    try:
        model_promote(version=run.version, actor=None)
    except TrainingError as error:
        return f"{label} not promoted: {error}"
    return f"{label} promoted"
