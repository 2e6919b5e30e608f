import pytest
from django.core.management import CommandError, call_command

from suggestions.api import ModelVersion, active_version

pytestmark = pytest.mark.django_db


def test_promote_refuses_a_worse_candidate_unless_forced(history, analyst, wrong_model, capsys):
    call_command("train_model", analyst=analyst.username, activate=True)
    good = active_version().label
    with pytest.raises(CommandError, match="use --force"):
        call_command("promote_model", wrong_model, analyst=analyst.username)
    assert active_version().label == good
    call_command("promote_model", wrong_model, analyst=analyst.username, force=True)
    assert active_version().label == wrong_model
    assert f"{wrong_model} is now active." in capsys.readouterr().out


def test_a_better_candidate_is_promoted_with_both_evaluations_shown(
    history, analyst, wrong_model, capsys
):
    call_command("promote_model", wrong_model, analyst=analyst.username, force=True)
    call_command("train_model", analyst=analyst.username)
    better = ModelVersion.objects.latest("pk").label
    capsys.readouterr()
    call_command("promote_model", better, analyst=analyst.username)
    out = capsys.readouterr().out
    assert active_version().label == better
    assert f"{wrong_model}: top-1" in out and f"{better}: top-1" in out


def test_an_unknown_version_is_named(history, analyst):
    with pytest.raises(CommandError, match="No model version 'v999'"):
        call_command("promote_model", "v999", analyst=analyst.username)
