"""A trained model's artifact as searchable text."""

from __future__ import annotations

import io
import pickle

import joblib

from suggestions.api import ModelVersion, artifact_load


def artifact_text(version: ModelVersion) -> str:
    """Every string the model holds: the artifact is compressed, so it is loaded and pickled
    again uncompressed (a pickle keeps strings as their UTF-8 bytes) and read as text."""
    engine = joblib.load(io.BytesIO(artifact_load(version)))
    return pickle.dumps(engine, protocol=pickle.HIGHEST_PROTOCOL).decode("utf-8", "replace")
