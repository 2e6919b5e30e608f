"""The suggestions app's public interface for other apps (training imports from here)."""

from suggestions.blocked_replies import blocked_reply_keys, reply_block, reply_unblock
from suggestions.claim_choice import (
    member_benefits,
    record_amount_choices,
    record_forms,
    records_read,
)
from suggestions.deidentify import known_facts, records_gazetteer
from suggestions.engine import (
    Engine,
    Pair,
    answers_alike,
    calibration_inputs,
    calibrator_fit,
    calibrator_fit_plain,
    engine_calibrate,
    engine_dumps,
    engine_fit,
    engine_fit_to_replies,
    engine_strings,
    question_centroids,
    reply_key,
    sent_like,
)
from suggestions.models import ModelVersion
from suggestions.processes import map_in_processes, map_normalising
from suggestions.registry import (
    ArtifactIntegrityError,
    RegistryError,
    active_version,
    artifact_load,
    model_version_promote,
    model_version_register,
    model_version_rollback,
)
from suggestions.scans import text_scans_save, text_scans_stored
from suggestions.selectors import discarded_replies
from suggestions.serving import active_model_servable, engine_load
from suggestions.slots import date_forms
from suggestions.templating import (
    Detected,
    Filled,
    Gazetteer,
    KnownFacts,
    Placeholder,
    fill,
    placeholders_in,
    to_template,
)

__all__ = [
    "ArtifactIntegrityError",
    "Detected",
    "Engine",
    "Filled",
    "Gazetteer",
    "KnownFacts",
    "ModelVersion",
    "Pair",
    "Placeholder",
    "RegistryError",
    "active_model_servable",
    "active_version",
    "answers_alike",
    "artifact_load",
    "blocked_reply_keys",
    "calibration_inputs",
    "calibrator_fit",
    "calibrator_fit_plain",
    "date_forms",
    "discarded_replies",
    "engine_calibrate",
    "engine_dumps",
    "engine_fit",
    "engine_fit_to_replies",
    "engine_load",
    "engine_strings",
    "fill",
    "known_facts",
    "map_in_processes",
    "map_normalising",
    "member_benefits",
    "model_version_promote",
    "model_version_register",
    "model_version_rollback",
    "placeholders_in",
    "question_centroids",
    "record_amount_choices",
    "record_forms",
    "records_gazetteer",
    "records_read",
    "reply_block",
    "reply_key",
    "reply_unblock",
    "sent_like",
    "text_scans_save",
    "text_scans_stored",
    "to_template",
]
