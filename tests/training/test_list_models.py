import pytest
from django.core.management import call_command

from suggestions.api import active_version

pytestmark = pytest.mark.django_db


def test_lists_every_version_newest_first_with_status_and_trainer(
    history, analyst, wrong_model, capsys
):
    call_command("train_model", analyst=analyst.username, activate=True)
    trained = active_version().label
    capsys.readouterr()
    call_command("list_models")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["version", "status", "trained", "by"]
    assert lines[1].startswith(f"{trained:<8} active") and analyst.username in lines[1]
    assert lines[2].startswith(f"{wrong_model:<8} candidate") and "system" in lines[2]


def test_no_versions_lists_only_the_heading(db, capsys):
    call_command("list_models")
    assert len(capsys.readouterr().out.splitlines()) == 1
