import pytest
from django.core.management import CommandError, call_command

from suggestions.api import active_version

pytestmark = pytest.mark.django_db


def test_rollback_restores_the_version_active_before(history, analyst, wrong_model, capsys):
    call_command("train_model", analyst=analyst.username, activate=True)
    good = active_version().label
    call_command("promote_model", wrong_model, analyst=analyst.username, force=True)
    call_command("rollback_model", analyst=analyst.username)
    assert active_version().label == good
    assert f"Rolled back: {good} is active again." in capsys.readouterr().out


def test_nothing_to_roll_back_to_is_said(history, analyst):
    with pytest.raises(CommandError, match="no model is active"):
        call_command("rollback_model", analyst=analyst.username)
    call_command("train_model", analyst=analyst.username, activate=True)
    with pytest.raises(CommandError, match="first model ever activated"):
        call_command("rollback_model", analyst=analyst.username)
