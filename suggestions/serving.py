"""The engine the worker serves: the active model version's, kept in memory.

The worker checks, on each draft, which version is active: a newly promoted version is loaded
without a restart, and one whose artifact fails its checksum is refused while the engine that
was serving goes on serving.
"""

from __future__ import annotations

import logging
import threading

from suggestions.engine import Engine, EngineFormatError, engine_loads
from suggestions.models import ModelVersion
from suggestions.registry import ArtifactIntegrityError, active_version, artifact_load

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_loaded: tuple[int, Engine] | None = None
_refused: set[int] = set()  # versions that failed to load here: not read and unpickled again


def engine_load(version: ModelVersion) -> Engine:
    """The version's engine, only if its checksum matches and this code's format trained it."""
    try:
        return engine_loads(artifact_load(version))
    except EngineFormatError as error:
        raise ArtifactIntegrityError(f"{version.label}: {error}") from error


def serving_engine() -> tuple[ModelVersion, Engine] | None:
    """The active version and its engine, loading it when the active version changed."""
    global _loaded
    version = active_version()
    if version is None:
        return None
    with _lock:
        if _loaded is not None and _loaded[0] == version.pk:
            return version, _loaded[1]
        try:
            if version.pk in _refused:
                raise ArtifactIntegrityError(f"{version.label}: refused before")
            engine = engine_load(version)
        except ArtifactIntegrityError as error:
            if version.pk not in _refused:
                logger.error("model %s refused: %s", version.label, error)
                _refused.add(version.pk)
            if _loaded is None:
                return None
            previous = ModelVersion.objects.filter(pk=_loaded[0]).first()
            return (previous, _loaded[1]) if previous else None
        _loaded = (version.pk, engine)
        logger.info("serving model %s", version.label)
        return version, engine


def active_model_servable() -> bool:
    """Whether the active version loads here (its checksum matches, its format is this code's)."""
    serving = serving_engine()
    return serving is not None and serving[0].status == ModelVersion.Status.ACTIVE
