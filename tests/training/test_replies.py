import pytest
from django.core.management import CommandError, call_command

from suggestions.api import ModelVersion
from suggestions.drafting import draft_create
from suggestions.models import Draft
from tests.factories import MemberFactory, MessageFactory, ThreadFactory

pytestmark = pytest.mark.django_db

QUESTION = "I was charged twice for my visit on May 3, claim CLM-2025-1000003."


def listed(capsys) -> list[str]:
    capsys.readouterr()
    call_command("replies", "list")
    return capsys.readouterr().out.splitlines()


def duplicate_reply_number(lines: list[str]) -> int:
    return next(i for i, line in enumerate(lines[1:], start=1) if "duplicate" in line)


def draft_for_a_new_thread(team) -> str:
    message = MessageFactory(thread=ThreadFactory(team=team, member=MemberFactory()), text=QUESTION)
    draft_create(message.pk)
    return Draft.objects.get(message=message).template


def test_lists_the_active_models_replies_as_templates(history, analyst, capsys):
    call_command("train_model", analyst=analyst.username, activate=True)
    lines = listed(capsys)
    assert lines[0].endswith("replies, most used first")
    assert lines[1].startswith("   1  ") and "{MEMBER_FIRST_NAME}" in "\n".join(lines)
    assert not any(name in "\n".join(lines) for name in history)  # no member's name


def test_a_blocked_reply_is_never_proposed_again_until_unblocked(history, analyst, team, capsys):
    call_command("train_model", analyst=analyst.username, activate=True)
    assert "duplicate" in draft_for_a_new_thread(team)
    number = duplicate_reply_number(listed(capsys))
    with pytest.raises(CommandError, match="--analyst"):
        call_command("replies", "block", str(number))
    call_command("replies", "block", str(number), analyst=analyst.username)
    assert "BLOCKED" in listed(capsys)[number]
    assert "duplicate" not in draft_for_a_new_thread(team)
    call_command("replies", "unblock", str(number), analyst=analyst.username)
    assert "Unblocked reply" in capsys.readouterr().out
    assert "BLOCKED" not in listed(capsys)[number]
    call_command("replies", "unblock", str(number), analyst=analyst.username)
    assert "was not blocked" in capsys.readouterr().out


def test_a_number_outside_the_list_is_refused(history, analyst):
    call_command("train_model", analyst=analyst.username, activate=True)
    for number in ("0", "100000"):
        with pytest.raises(CommandError, match="Give the reply's number"):
            call_command("replies", "block", number, analyst=analyst.username)


def test_without_an_active_model_a_version_must_be_named(history, analyst, capsys):
    with pytest.raises(CommandError, match="name one with --model"):
        call_command("replies", "list")
    call_command("train_model", analyst=analyst.username)
    with pytest.raises(CommandError, match="No such model version"):
        call_command("replies", "list", model="v999")
    label = ModelVersion.objects.get().label
    capsys.readouterr()
    call_command("replies", "list", model=label, limit=2)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{label}: ") and len(lines) == 3
