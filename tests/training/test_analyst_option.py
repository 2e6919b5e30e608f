"""What every changing command shares (_common.AnalystCommand): who is doing it."""

import pytest
from django.core.management import CommandError, call_command

from suggestions.api import ModelVersion

pytestmark = pytest.mark.django_db


def test_a_changing_command_needs_an_analyst_or_the_system(history):
    with pytest.raises(CommandError, match="--analyst"):
        call_command("train_model")
    assert not ModelVersion.objects.exists()


@pytest.mark.parametrize("who", ["agent", "supervisor", "nobody"])
def test_only_an_analyst_may_run_it(history, agent, supervisor, who):
    username = {"agent": agent.username, "supervisor": supervisor.username}.get(who, "nobody")
    with pytest.raises(CommandError, match="not an analyst"):
        call_command("train_model", analyst=username)
    assert not ModelVersion.objects.exists()


def test_the_system_runs_it_without_a_person(history):
    call_command("train_model", system=True)
    assert ModelVersion.objects.get().trained_by is None
