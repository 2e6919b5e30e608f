import pytest
from django.core.management import CommandError, call_command

from suggestions.api import active_version

pytestmark = pytest.mark.django_db


def test_shows_who_trained_it_on_what_and_its_artifact(history, analyst, capsys):
    call_command("train_model", analyst=analyst.username, activate=True)
    version = active_version()
    capsys.readouterr()
    call_command("show_model", version.label)
    shown = capsys.readouterr().out
    assert f"{version.label} (active)" in shown and f"by {analyst.username}" in shown
    assert f"sha256 {version.sha256}" in shown and f"{version.examples:,} examples" in shown


def test_a_version_the_system_registered_without_its_datas_dates(history, wrong_model, capsys):
    call_command("show_model", wrong_model)
    shown = capsys.readouterr().out
    assert "by system" in shown and "data unknown to unknown" in shown


def test_an_unknown_version_is_named(db):
    with pytest.raises(CommandError, match="No model version 'v999999'"):
        call_command("show_model", "v999999")
