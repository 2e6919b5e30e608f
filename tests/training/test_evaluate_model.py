import pytest
from django.core.management import CommandError, call_command

from suggestions.api import active_version

pytestmark = pytest.mark.django_db


def test_two_versions_side_by_side_on_the_same_replies(history, analyst, wrong_model, capsys):
    call_command("train_model", analyst=analyst.username, activate=True)
    good = active_version().label
    capsys.readouterr()
    call_command("evaluate_model", good, wrong_model, analyst=analyst.username)
    out = capsys.readouterr().out
    assert "held-out replies" in out
    assert out.splitlines()[1].split() == [good, wrong_model]
    row = next(line for line in out.splitlines() if line.startswith("top-1 agreement"))
    good_top1, wrong_top1 = (float(cell.rstrip("%")) for cell in row.split()[-2:])
    assert good_top1 > wrong_top1


def test_one_version_alone(history, analyst, wrong_model, capsys):
    call_command("evaluate_model", wrong_model, analyst=analyst.username)
    out = capsys.readouterr().out
    assert out.splitlines()[1].split() == [wrong_model]
    assert "latency p99 (ms)" in out


def test_more_than_two_or_an_unknown_version_is_refused(history, analyst, wrong_model):
    with pytest.raises(CommandError, match="one or two"):
        call_command("evaluate_model", wrong_model, wrong_model, "v9", analyst=analyst.username)
    with pytest.raises(CommandError, match="No model version 'v999'"):
        call_command("evaluate_model", wrong_model, "v999", analyst=analyst.username)
