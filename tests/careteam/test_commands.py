import pytest
from django.core.management import CommandError, call_command

from careteam import api as careteam_api
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


@pytest.mark.django_db
def test_enrol_members_enrols_all_or_nothing(team, other_team, capsys):
    from careteam.models import Member
    from tests.factories import MemberFactory

    first, second = MemberFactory(member_id="M1"), MemberFactory(member_id="M2")
    with pytest.raises(CommandError, match=r"1 id.*match no member.*NOPE"):
        call_command("enrol_members", "M1", "NOPE", "--team", team.name)
    assert not Member.objects.served_by([team.pk]).exists()
    call_command("enrol_members", "M1", "M2", "--team", team.name)
    assert "Enrolled 2 member(s)" in capsys.readouterr().out
    call_command("enrol_members", "M1", "--team", team.name)
    assert "Enrolled 0 member(s)" in capsys.readouterr().out
    assert set(Member.objects.served_by([team.pk])) == {first, second}
    assert not Member.objects.served_by([other_team.pk]).exists()
    # The same answer through careteam.api, for the other apps.
    ids = ["M1", "M2", "NOPE"]
    assert careteam_api.served_member_pks_by_member_id(ids, team_ids=[team.pk]) == {
        "M1": first.pk,
        "M2": second.pk,
    }
    assert careteam_api.served_member_pks_by_member_id(ids, team_ids=[other_team.pk]) == {}
    assert careteam_api.members_served(member_pks=[first.pk], team_ids=[team.pk]) == {first.pk}
    assert careteam_api.members_served(member_pks=[first.pk], team_ids=[other_team.pk]) == set()
    with pytest.raises(CommandError, match="No team named"):
        call_command("enrol_members", "M1", "--team", "Nobody")
