import io

import joblib
import pytest
from django.core.management import CommandError, call_command

from suggestions.api import ModelVersion, active_version, model_version_register
from training.dataset import pairs_from_history
from training.fit import Pair, fit_engine

pytestmark = pytest.mark.django_db


def register_a_model_that_learned_the_wrong_replies() -> str:
    pairs = list(pairs_from_history())
    shifted = [Pair(context=pair.context, reply=pairs[(i + 1) % len(pairs)].reply, at=pair.at)
               for i, pair in enumerate(pairs)]  # fmt: skip
    buffer = io.BytesIO()
    joblib.dump(fit_engine(shifted), buffer)
    return model_version_register(artifact=buffer.getvalue(), trained_by=None,
                                  examples=len(pairs), metrics={}).label  # fmt: skip


def test_training_needs_an_analyst_and_reports_its_evaluation(history, analyst, agent, capsys):
    with pytest.raises(CommandError, match="--analyst"):
        call_command("train_model")
    with pytest.raises(CommandError, match="not an analyst"):
        call_command("train_model", analyst=agent.username)
    call_command("train_model", analyst=analyst.username)
    out = capsys.readouterr().out
    assert "as a candidate." in out and "top-1 agreement" in out
    assert ModelVersion.objects.get().trained_by == analyst


def test_promote_refuses_a_worse_candidate_unless_forced(history, analyst, capsys):
    call_command("train_model", analyst=analyst.username, activate=True)
    good = active_version().label
    bad = register_a_model_that_learned_the_wrong_replies()
    with pytest.raises(CommandError, match="use --force"):
        call_command("promote_model", bad, analyst=analyst.username)
    assert active_version().label == good
    call_command("promote_model", bad, analyst=analyst.username, force=True)
    assert active_version().label == bad
    call_command("rollback_model", analyst=analyst.username)
    assert active_version().label == good
    call_command("list_models")
    assert f"{bad:<8} retired" in capsys.readouterr().out


def test_make_run_trains_only_when_no_model_is_active(history, capsys):
    call_command("train_model", system=True, activate=True, if_none_active=True)
    call_command("train_model", system=True, activate=True, if_none_active=True)
    assert ModelVersion.objects.count() == 1
    assert "not training" in capsys.readouterr().out


def test_evaluate_two_versions_side_by_side_and_show_one(history, analyst, capsys):
    call_command("train_model", analyst=analyst.username, activate=True)
    good = active_version().label
    bad = register_a_model_that_learned_the_wrong_replies()
    capsys.readouterr()
    call_command("evaluate_model", good, bad, analyst=analyst.username)
    out = capsys.readouterr().out
    assert "held-out replies" in out
    row = next(line for line in out.splitlines() if line.startswith("top-1 agreement"))
    good_top1, bad_top1 = (float(cell.rstrip("%")) for cell in row.split()[-2:])
    assert good_top1 > bad_top1
    call_command("show_model", good)
    shown = capsys.readouterr().out
    assert f"{good} (active)" in shown and "sha256" in shown and analyst.username in shown
    with pytest.raises(CommandError, match="No model version"):
        call_command("show_model", "v999999")
