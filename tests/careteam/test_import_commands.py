"""The import commands (roster and history) name who is recorded and what file failed."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from tests.factories import TeamFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("command", ["import_members", "import_history"])
def test_an_unknown_staff_member_is_refused_by_name(command, tmp_path):
    team = TeamFactory()
    path = tmp_path / "file.csv"
    path.write_text("")
    with pytest.raises(CommandError, match="no staff member 'nobody-here'"):
        call_command(command, str(path), "--team", team.name, "--as", "nobody-here")


@pytest.mark.parametrize("command", ["import_members", "import_history"])
def test_a_missing_file_is_named(command, tmp_path):
    team = TeamFactory()
    path = tmp_path / "absent.csv"
    with pytest.raises(CommandError, match=r"absent\.csv: No such file or directory"):
        call_command(command, str(path), "--team", team.name)
