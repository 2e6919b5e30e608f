import pytest
from django.core.management import CommandError, call_command

from careteam import services
from careteam.models import ApiClient

pytestmark = pytest.mark.django_db


def test_create_api_client_prints_a_token_that_authenticates(team, capsys):
    call_command("create_api_client", "member-app", team=team.name)
    token = capsys.readouterr().out.strip().splitlines()[-1]
    assert services.api_client_authenticate(token=token) == ApiClient.objects.get(name="member-app")
    assert token not in ApiClient.objects.get().token_hash


def test_create_api_client_names_what_is_wrong(team):
    with pytest.raises(CommandError, match="No team named 'Nope'"):
        call_command("create_api_client", "member-app", team="Nope")
    call_command("create_api_client", "member-app", team=team.name)
    with pytest.raises(CommandError, match="exists already"):
        call_command("create_api_client", "member-app", team=team.name)
