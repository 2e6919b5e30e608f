"""The engine's artifact: a trained Engine as bytes (joblib's pickle, compressed) and back.

A pickle names each class by its module. Artifacts written before the engine became this
package name `suggestions.engine.Engine` (and Candidate, Learned, ...): the package re-exports
those classes, so they load unchanged. ENGINE_FORMAT changes only when what an Engine holds
changes; an artifact of another format is refused (retrain it)."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator

import joblib
import numpy as np
from scipy import sparse

from suggestions.engine.model import ENGINE_FORMAT, Engine


class EngineFormatError(Exception):
    """The artifact is not an engine this code can serve."""


def engine_dumps(engine: Engine) -> bytes:
    """The engine as bytes: the same engine gives the same bytes in any process, so two
    trainings on the same data give the same artifact and checksum."""
    vectorisers = (
        (engine.word, engine.char, engine.bm25_terms) if isinstance(engine, Engine) else ()
    )
    for vectoriser in vectorisers:
        # scikit-learn remembers id(stop_words) (a memory address: another in every process)
        # so as to check the stop list once; without it, the check runs once more after loading.
        vectoriser.__dict__.pop("_stop_words_id", None)
    buffer = io.BytesIO()
    joblib.dump(engine, buffer, compress=3)
    return buffer.getvalue()


def engine_loads(data: bytes) -> Engine:
    engine = joblib.load(io.BytesIO(data))
    if not isinstance(engine, Engine) or engine.format != ENGINE_FORMAT:
        raise EngineFormatError("trained by an older engine")
    return engine


def engine_strings(engine: Engine) -> Iterator[str]:
    """Every string a trained engine holds (its replies, examples, vocabularies, topics), found
    by walking what it is made of, so a scan reads text and not the bytes of its arrays."""
    seen: set[int] = set()
    stack: list[object] = [engine]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
            continue
        if isinstance(item, (bytes, int, float, bool)) or item is None or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, np.ndarray):
            if item.dtype.kind in "OUS":
                stack.extend(item.ravel().tolist())
        elif isinstance(item, sparse.spmatrix | sparse.sparray):
            continue  # numbers only
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)
        elif dataclasses.is_dataclass(item):
            stack.extend(getattr(item, field.name) for field in dataclasses.fields(item))
        elif hasattr(item, "__dict__"):
            stack.extend(vars(item).values())
