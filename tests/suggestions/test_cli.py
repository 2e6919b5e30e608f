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


def test_make_run_trains_again_when_the_active_model_cannot_load(
    history, settings, capsys, monkeypatch
):
    import suggestions.drafting

    call_command("train_model", system=True, activate=True, if_none_active=True)
    first = active_version()
    (settings.SUGGESTION_MODEL_DIR / first.artifact).write_bytes(b"an older or damaged file")
    # A fresh process: nothing in memory yet (both undone after the test).
    monkeypatch.setattr(suggestions.drafting, "_loaded", None)
    monkeypatch.setattr(suggestions.drafting, "_refused", set())
    call_command("train_model", system=True, activate=True, if_none_active=True)
    assert ModelVersion.objects.count() == 2 and active_version() != first


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


def test_a_blocked_reply_is_never_proposed_again(
    history, analyst, team, capsys, django_capture_on_commit_callbacks
):
    from careteam.models import Message
    from suggestions.drafting import draft_create
    from suggestions.models import Draft
    from tests.factories import MemberFactory, MessageFactory, ThreadFactory

    call_command("train_model", analyst=analyst.username, activate=True)
    capsys.readouterr()
    call_command("replies", "list")
    listing = capsys.readouterr().out
    assert "   1  " in listing and "{MEMBER_FIRST_NAME}" in listing
    question = "I was charged twice for my visit on May 3, claim CLM-2025-1000003."
    thread = ThreadFactory(team=team, member=MemberFactory())
    first = MessageFactory(thread=thread, text=question)
    draft_create(first.pk)
    proposed = Draft.objects.get(message=first).template
    number = next(i for i, line in enumerate(listing.splitlines()[1:], start=1)
                  if "duplicate" in line)  # fmt: skip
    with pytest.raises(CommandError, match="--analyst"):
        call_command("replies", "block", str(number))
    call_command("replies", "block", str(number), analyst=analyst.username)
    assert "BLOCKED" in (call_command("replies", "list") or capsys.readouterr().out)
    other = ThreadFactory(team=team, member=MemberFactory())
    second = MessageFactory(thread=other, text=question)
    draft_create(second.pk)
    assert "duplicate" in proposed
    assert "duplicate" not in Draft.objects.get(message=second).template
    assert Message.objects.count() >= 2
