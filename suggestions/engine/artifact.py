"""The engine's artifact: a trained Engine as bytes (joblib's pickle, compressed) and back.

A pickle names each class by its module. Artifacts written before the engine became this
package name `suggestions.engine.Engine` (and Candidate, Learned, ...): the package re-exports
those classes, so they load unchanged. ENGINE_FORMAT changes only when what an Engine holds
changes; an artifact of another format is refused (retrain it)."""

from __future__ import annotations

import io

import joblib

from suggestions.engine.model import ENGINE_FORMAT, Engine


class EngineFormatError(Exception):
    """The artifact is not an engine this code can serve."""


def engine_dumps(engine: Engine) -> bytes:
    buffer = io.BytesIO()
    joblib.dump(engine, buffer, compress=3)
    return buffer.getvalue()


def engine_loads(data: bytes) -> Engine:
    engine = joblib.load(io.BytesIO(data))
    if not isinstance(engine, Engine) or engine.format != ENGINE_FORMAT:
        raise EngineFormatError("trained by an older engine")
    return engine
