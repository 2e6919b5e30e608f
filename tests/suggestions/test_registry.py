import pytest
from django.db import IntegrityError, transaction

from careteam.models import AuditEvent
from suggestions.api import (
    ArtifactIntegrityError,
    ModelVersion,
    RegistryError,
    active_version,
    artifact_load,
    model_version_promote,
    model_version_register,
    model_version_rollback,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def model_dir(settings, tmp_path):
    settings.SUGGESTION_MODEL_DIR = tmp_path / "models"
    return settings.SUGGESTION_MODEL_DIR


def register(content: bytes, user=None) -> ModelVersion:  # type: ignore[no-untyped-def]
    return model_version_register(artifact=content, trained_by=user, examples=10,
                                  metrics={"top1": 0.5})  # fmt: skip


def test_a_registered_model_is_a_candidate_with_a_checksummed_artifact(analyst, model_dir):
    version = register(b"model one", analyst)
    assert (version.label, version.status, version.trained_by) == (
        f"v{version.pk}",
        "candidate",
        analyst,
    )
    assert (model_dir / version.artifact).read_bytes() == b"model one"
    assert artifact_load(version) == b"model one"
    assert not list(model_dir.glob(".incoming-*"))
    assert AuditEvent.objects.filter(actor=analyst, action="model_change").exists()


def test_exactly_one_version_is_active_and_rollback_restores_the_previous(analyst):
    first, second = register(b"one"), register(b"two")
    model_version_promote(version=first, actor=analyst)
    model_version_promote(version=second, actor=analyst)
    first.refresh_from_db()
    assert first.status == "retired" and active_version() == second
    with pytest.raises(RegistryError, match="already active"):
        model_version_promote(version=second, actor=analyst)
    model_version_rollback(actor=analyst)
    assert active_version() == first
    assert ModelVersion.objects.filter(status="active").count() == 1


def test_the_database_refuses_a_second_active_version():
    first, second = register(b"one"), register(b"two")
    model_version_promote(version=first, actor=None)
    with pytest.raises(IntegrityError), transaction.atomic():
        ModelVersion.objects.filter(pk=second.pk).update(status="active")


def test_a_tampered_artifact_never_loads_and_is_never_promoted(model_dir):
    good, bad = register(b"good"), register(b"bad")
    model_version_promote(version=good, actor=None)
    (model_dir / bad.artifact).write_bytes(b"evil")
    with pytest.raises(ArtifactIntegrityError, match="checksum"):
        artifact_load(bad)
    with pytest.raises(ArtifactIntegrityError):
        model_version_promote(version=bad, actor=None)
    assert active_version() == good  # what was serving keeps serving


def test_artifacts_load_only_from_the_model_directory(tmp_path):
    outside = tmp_path / "outside.model"
    outside.write_bytes(b"x")
    version = register(b"x")
    ModelVersion.objects.filter(pk=version.pk).update(artifact="../outside.model")
    version.refresh_from_db()
    with pytest.raises(ArtifactIntegrityError, match="leaves the model directory"):
        artifact_load(version)


def test_rollback_needs_a_previous_version():
    with pytest.raises(RegistryError, match="no model is active"):
        model_version_rollback(actor=None)
    model_version_promote(version=register(b"only"), actor=None)
    with pytest.raises(RegistryError, match="first model"):
        model_version_rollback(actor=None)


@pytest.mark.django_db(transaction=True)
def test_a_failed_registration_leaves_neither_a_version_nor_a_file(model_dir):
    from careteam.models import User

    ghost = User(pk=987654, username="ghost")  # never saved: the row cannot reference it
    with pytest.raises(IntegrityError):
        model_version_register(artifact=b"orphan", trained_by=ghost, examples=1, metrics={})
    assert not ModelVersion.objects.exists()
    assert not [path for path in model_dir.iterdir()]
