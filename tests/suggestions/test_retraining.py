"""Scheduled retraining: off by default; never promotes unless the operator turned that on,
and then only a candidate that passes the guardrail."""

import pytest
from django.conf import settings as django_settings

from suggestions.api import ModelVersion, active_version
from training.tasks import retrain_model

pytestmark = pytest.mark.django_db


def test_scheduled_retraining_is_off_by_default():
    assert django_settings.SUGGESTION_RETRAIN_HOURS == 0
    assert "retrain-suggestion-model" not in django_settings.CELERY_BEAT_SCHEDULE
    # The name beat would schedule is the task's, and no entry schedules it under another key.
    assert retrain_model.name == "training.tasks.retrain_model"
    scheduled = [entry["task"] for entry in django_settings.CELERY_BEAT_SCHEDULE.values()]
    assert retrain_model.name not in scheduled
    assert django_settings.SUGGESTION_RETRAIN_PROMOTE is False


def test_a_scheduled_run_registers_a_candidate_and_leaves_serving_alone(drafting_model):
    serving = drafting_model
    assert retrain_model.apply().get().endswith("registered as a candidate")
    assert ModelVersion.objects.filter(status="candidate").count() == 1
    assert active_version() == serving


def test_with_promotion_on_a_candidate_that_passes_the_guardrail_is_promoted(
    drafting_model, settings
):
    serving = drafting_model
    settings.SUGGESTION_RETRAIN_PROMOTE = True
    settings.SUGGESTION_RETRAIN_MIN_TOP1 = 0.5
    assert retrain_model.apply().get().endswith("promoted")
    assert active_version() != serving
    assert active_version() == ModelVersion.objects.latest("pk")  # the candidate just trained


def test_with_promotion_on_a_candidate_below_the_guardrail_is_not_promoted(
    drafting_model, settings
):
    serving = drafting_model
    settings.SUGGESTION_RETRAIN_PROMOTE = True
    settings.SUGGESTION_RETRAIN_MIN_TOP1 = 1.01
    assert "below the guardrail" in retrain_model.apply().get()
    assert active_version() == serving
