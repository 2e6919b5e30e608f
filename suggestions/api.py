"""The suggestions app's public interface for other apps (training imports from here)."""

from suggestions.drafting import (
    active_model_servable,
    blocked_reply_keys,
    engine_load,
    known_facts,
    record_forms,
    records_gazetteer,
    reply_block,
    reply_unblock,
)
from suggestions.engine import (
    FEATURES,
    HEURISTIC_WEIGHTS,
    OPENING_WORDS,
    Calibrator,
    Candidate,
    Engine,
    Learned,
    LinearRanker,
    bm25_matrix,
    calibration_inputs,
    reply_key,
)
from suggestions.models import ModelVersion
from suggestions.outcomes import similarity
from suggestions.registry import (
    ArtifactIntegrityError,
    RegistryError,
    active_version,
    artifact_load,
    model_version_promote,
    model_version_register,
    model_version_rollback,
)
from suggestions.selectors import discarded_replies
from suggestions.templating import (
    Filled,
    KnownFacts,
    Placeholder,
    fill,
    placeholders_in,
    to_template,
)

__all__ = [
    "FEATURES",
    "HEURISTIC_WEIGHTS",
    "OPENING_WORDS",
    "ArtifactIntegrityError",
    "Calibrator",
    "Candidate",
    "Engine",
    "Filled",
    "KnownFacts",
    "Learned",
    "LinearRanker",
    "ModelVersion",
    "Placeholder",
    "RegistryError",
    "active_model_servable",
    "active_version",
    "artifact_load",
    "blocked_reply_keys",
    "bm25_matrix",
    "calibration_inputs",
    "discarded_replies",
    "engine_load",
    "fill",
    "known_facts",
    "model_version_promote",
    "model_version_register",
    "model_version_rollback",
    "placeholders_in",
    "record_forms",
    "records_gazetteer",
    "reply_block",
    "reply_key",
    "reply_unblock",
    "similarity",
    "to_template",
]
