"""The roster upload page: admins only, over HTTP, a report of what changed or of every problem."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from careteam.models import AuditEvent, Member
from careteam.roles import Role
from tests.conftest import login
from tests.factories import MemberFactory, UserFactory

pytestmark = pytest.mark.django_db
URL = reverse("roster-import")
HEADER = "member_id,first_name,last_name,date_of_birth,state,plan,coverage_start\n"


def upload(client, text: str, name: str = "roster.csv"):  # type: ignore[no-untyped-def]
    return client.post(URL, {"file": SimpleUploadedFile(name, text.encode())})


@pytest.fixture
def admin(team):  # type: ignore[no-untyped-def]
    return UserFactory(username="roster-admin", role=Role.ADMIN, team=team)


def test_an_admin_loads_a_roster_for_their_team(client, admin, team):
    login(client, admin)
    assert client.get(URL).status_code == 200
    response = upload(client, HEADER + "P100001,Ana,Ruiz,1970-05-06,TX,Gold,2025-01-01\n")
    assert response.status_code == 200
    assert b"Members added" in response.content
    member = Member.objects.get(member_id="P100001")
    assert list(member.teams.all()) == [team]
    assert AuditEvent.objects.filter(action="import_roster", actor=admin, member=member).exists()


def test_problems_are_listed_and_nothing_is_stored(client, admin):
    login(client, admin)
    response = upload(client, HEADER + "P100002,<script>x</script>,Ruiz,1970-13-06,TX,,\n")
    assert response.status_code == 422
    assert b"row 2" in response.content and b"date_of_birth" in response.content
    assert b"<script>x</script>" not in response.content
    assert not Member.objects.exists()


def test_another_teams_member_reads_as_unknown_on_the_page(client, admin, other_team):
    MemberFactory(member_id="P200001", teams=[other_team])
    login(client, admin)
    known = upload(client, "member_id,action,coverage_end\nP200001,terminate,2025-01-31\n")
    unknown = upload(client, "member_id,action,coverage_end\nP299999,terminate,2025-01-31\n")
    assert known.status_code == unknown.status_code == 422

    def report(response) -> str:  # type: ignore[no-untyped-def]
        page = response.content.decode()
        start = page.index('aria-label="Import report"')
        return page[start : page.index("</section>", start)]

    assert report(known).replace("P200001", "ID") == report(unknown).replace("P299999", "ID")
    assert "among your team&#x27;s members" in report(known)


def test_an_admin_on_no_team_is_told_so(client, admin):
    admin.teams.clear()
    login(client, admin)
    response = upload(client, HEADER + "P100003,Ana,Ruiz,1970-05-06,TX,Gold,2025-01-01\n")
    assert response.status_code == 422 and b"on no team" in response.content
    assert not Member.objects.exists()


@pytest.mark.parametrize("role", [Role.CARE_AGENT, Role.SUPERVISOR, Role.ANALYST])
def test_other_roles_may_not_load_a_roster(client, team, role):
    login(client, UserFactory(username=f"u-{role.name}", role=role, team=team))
    assert client.get(URL).status_code == 403
    assert (
        upload(client, HEADER + "P100004,Ana,Ruiz,1970-05-06,TX,Gold,2025-01-01\n").status_code
        == 403
    )
    assert not Member.objects.exists()


def test_anonymous_is_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_a_post_without_a_file_says_the_file_is_needed(client, admin):
    login(client, admin)
    response = client.post(URL, {})
    assert response.status_code == 422 and b"This field is required" in response.content
