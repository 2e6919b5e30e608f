"""Storing, verifying, promoting and rolling back model versions.

An artifact is written to SUGGESTION_MODEL_DIR under a temporary name and renamed into place
only once complete; its sha256 is recorded with the version and checked on every load, so a
file that changed (or a path outside the directory) never loads, and whatever was serving
keeps serving.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from careteam import api as careteam_api
from suggestions.audit import AuditAction
from suggestions.models import ModelVersion


class RegistryError(Exception):
    """A registry operation that cannot be done; the message says why."""


class ArtifactIntegrityError(RegistryError):
    """The artifact is missing, outside the model directory, or not the file recorded."""


def model_dir() -> Path:
    directory = Path(settings.SUGGESTION_MODEL_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _store(data: bytes) -> tuple[str, str]:
    digest = _sha256(data)
    name = f"{digest[:20]}.model"
    directory = model_dir()
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".incoming-")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, directory / name)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return name, digest


def model_version_register(
    *,
    artifact: bytes,
    trained_by: careteam_api.User | None,
    examples: int,
    metrics: Mapping[str, object],
    parameters: dict[str, object] | None = None,
    data_from: datetime | None = None,
    data_until: datetime | None = None,
) -> ModelVersion:
    """Record a newly trained model as a candidate. Nothing is half-written on failure."""
    name, digest = _store(artifact)
    try:
        with transaction.atomic():
            version = ModelVersion.objects.create(
                label=f"new-{digest[:24]}",
                trained_by=trained_by,
                examples=examples,
                metrics=metrics,
                parameters=parameters or {},
                data_from=data_from,
                data_until=data_until,
                artifact=name,
                sha256=digest,
            )
            # Labels follow the row ids: unique and increasing, even with trainings at once.
            version.label = f"v{version.pk}"
            version.save(update_fields=["label"])
            careteam_api.audit_record(
                actor=trained_by, action=AuditAction.MODEL_CHANGE, obj=version, detail="registered"
            )
    except BaseException:
        if not ModelVersion.objects.filter(artifact=name).exists():
            (model_dir() / name).unlink(missing_ok=True)
        raise
    return version


def artifact_load(version: ModelVersion) -> bytes:
    """The artifact's bytes, only if it is inside the model directory and its sha256 matches."""
    directory = model_dir().resolve()
    path = (directory / version.artifact).resolve()
    if path.parent != directory:
        raise ArtifactIntegrityError(f"{version.label}: artifact path leaves the model directory")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArtifactIntegrityError(f"{version.label}: artifact file is missing") from None
    if _sha256(data) != version.sha256:
        raise ArtifactIntegrityError(f"{version.label}: artifact checksum does not match")
    return data


def active_version() -> ModelVersion | None:
    return ModelVersion.objects.filter(status=ModelVersion.Status.ACTIVE).first()


def model_version_promote(
    *, version: ModelVersion, actor: careteam_api.User | None, note: str = ""
) -> ModelVersion:
    """Make `version` the one active model; the previous one is retired (rollback restores it).
    `note` is added to the audit row (why it was promoted despite a finding)."""
    artifact_load(version)  # never promote what could not be served
    with transaction.atomic():
        current = (
            ModelVersion.objects.select_for_update()
            .filter(status=ModelVersion.Status.ACTIVE)
            .first()
        )
        if current is not None and current.pk == version.pk:
            raise RegistryError(f"{version.label} is already active")
        now = timezone.now()
        if current is not None:
            ModelVersion.objects.filter(pk=current.pk).update(
                status=ModelVersion.Status.RETIRED, retired_at=now
            )
        ModelVersion.objects.filter(pk=version.pk).update(
            status=ModelVersion.Status.ACTIVE, activated_at=now, retired_at=None
        )
        careteam_api.audit_record(
            actor=actor,
            action=AuditAction.MODEL_CHANGE,
            obj=version,
            detail=f"promoted (previous: {current.label if current else 'none'}){note}",
        )
    version.refresh_from_db()
    return version


def model_version_rollback(*, actor: careteam_api.User | None) -> ModelVersion:
    """Re-activate the version that was active before the current one."""
    current = active_version()
    if current is None:
        raise RegistryError("no model is active, so there is nothing to roll back")
    previous = (
        ModelVersion.objects.filter(
            status=ModelVersion.Status.RETIRED,
            activated_at__isnull=False,
            activated_at__lt=current.activated_at,
        )
        .order_by("-activated_at")
        .first()
    )
    if previous is None:
        raise RegistryError(f"{current.label} is the first model ever activated")
    return model_version_promote(version=previous, actor=actor)
