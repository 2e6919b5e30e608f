import datetime as dt

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from suggestions.api import ModelVersion, active_version

pytestmark = pytest.mark.django_db


def test_training_registers_a_candidate_and_reports_its_evaluation(history, analyst, capsys):
    call_command("train_model", analyst=analyst.username)
    out = capsys.readouterr().out
    assert "as a candidate." in out and "top-1 agreement" in out
    # The calibration error with how many held-out replies and bins it stands on, what sampling
    # alone would show, and the reliability table.
    assert "held-out replies in 10 bins" in out and "perfectly calibrated confidence" in out
    assert "reliability (confidence: replies, mean confidence, share sent):" in out
    version = ModelVersion.objects.get()
    assert version.trained_by == analyst and version.status == ModelVersion.Status.CANDIDATE
    assert active_version() is None


def test_activate_promotes_the_new_version(history, analyst, capsys):
    call_command("train_model", analyst=analyst.username, activate=True)
    assert active_version() == ModelVersion.objects.get()
    assert "is now active." in capsys.readouterr().out


def test_limit_and_dates_choose_the_replies_learned_from(history, analyst):
    call_command("train_model", "--limit", "40", analyst=analyst.username)
    # The older 70 % of the 40 replies are learned from (of the history's 72).
    assert ModelVersion.objects.get().examples == 28
    tomorrow = (timezone.localdate() + dt.timedelta(days=1)).isoformat()
    with pytest.raises(CommandError, match="sent replies to learn from"):
        call_command("train_model", "--since", tomorrow, analyst=analyst.username)
    assert ModelVersion.objects.count() == 1


def test_a_date_that_is_no_date_is_refused(history, analyst):
    with pytest.raises(CommandError, match="is not a date"):
        call_command("train_model", "--since", "last tuesday", analyst=analyst.username)


def test_make_run_trains_only_when_no_model_is_active(history, capsys):
    call_command("train_model", system=True, activate=True, if_none_active=True)
    call_command("train_model", system=True, activate=True, if_none_active=True)
    assert ModelVersion.objects.count() == 1
    assert "not training" in capsys.readouterr().out


def test_make_run_trains_again_when_the_active_model_cannot_load(history, settings, monkeypatch):
    import suggestions.serving

    call_command("train_model", system=True, activate=True, if_none_active=True)
    first = active_version()
    (settings.SUGGESTION_MODEL_DIR / first.artifact).write_bytes(b"an older or damaged file")
    # A fresh process: nothing in memory yet (both undone after the test).
    monkeypatch.setattr(suggestions.serving, "_loaded", None)
    monkeypatch.setattr(suggestions.serving, "_refused", set())
    call_command("train_model", system=True, activate=True, if_none_active=True)
    assert ModelVersion.objects.count() == 2 and active_version() != first
