"""What a session may do is kept in the session (careteam.access), and every change to it takes
effect on the user's next request: roles, a role's permissions, teams, second-factor devices."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.sessions.models import Session
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from careteam.roles import Role, ensure_role_groups
from tests.careteam.test_mfa import KEY, code_for, sign_in
from tests.factories import MemberFactory, ThreadFactory

pytestmark = pytest.mark.django_db

# The queries a read no longer makes once the session holds the answers: the device, the
# permissions (user's and groups'), the group names and the team ids (the colleagues list of a
# thread page reads users, joined to these tables, and stays).
ACCESS_TABLES = (
    'FROM "otp_totp_totpdevice"',
    'FROM "auth_permission"',
    'FROM "auth_group"',
    'FROM "careteam_team" INNER JOIN',
    'FROM "careteam_user_groups"',
)


def queried_tables(client, url: str, **headers: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    with CaptureQueriesContext(connection) as captured:
        status = client.get(url, headers=headers).status_code
    return status, " ".join(query["sql"] for query in captured.captured_queries)


def test_reads_query_no_device_permission_group_or_team(as_user, agent, thread):
    client = as_user(agent)
    for url in (reverse("inbox"), reverse("thread", args=[thread.pk])):
        status, sql = queried_tables(client, url)
        assert status == 200
        for table in ACCESS_TABLES:
            assert table not in sql, (url, table)


def test_a_role_taken_away_refuses_the_next_request(as_user, agent, thread):
    client = as_user(agent)
    url = reverse("thread", args=[thread.pk])
    assert client.get(url).status_code == 200
    agent.groups.remove(Group.objects.get(name=Role.CARE_AGENT.value))
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("how", ["remove", "clear"])
def test_a_role_emptied_from_the_group_side_refuses_the_next_request(as_user, agent, how):
    client = as_user(agent)
    assert client.get(reverse("inbox")).status_code == 200
    members = Group.objects.get(name=Role.CARE_AGENT.value).user_set
    members.remove(agent) if how == "remove" else members.clear()
    assert client.get(reverse("inbox")).status_code == 403


def test_a_permission_taken_from_the_role_refuses_its_members_next_request(as_user, agent):
    client = as_user(agent)
    assert client.get(reverse("inbox")).status_code == 200
    group = Group.objects.get(name=Role.CARE_AGENT.value)
    group.permissions.remove(Permission.objects.get(codename="work_threads"))
    assert client.get(reverse("inbox")).status_code == 403
    ensure_role_groups()  # repairs the role: allowed again at once
    assert client.get(reverse("inbox")).status_code == 200


def test_a_permission_cleared_from_every_group_refuses_the_next_request(as_user, agent):
    client = as_user(agent)
    assert client.get(reverse("inbox")).status_code == 200
    Permission.objects.get(codename="work_threads").group_set.clear()
    assert client.get(reverse("inbox")).status_code == 403


def test_a_role_given_is_allowed_on_the_next_request(as_user, agent):
    client = as_user(agent)
    dashboard = reverse("acceptance-dashboard")
    assert client.get(dashboard).status_code == 403
    agent.groups.add(Group.objects.get(name=Role.SUPERVISOR.value))
    assert client.get(dashboard).status_code == 200


def test_admin_role_given_and_renamed_away_take_effect_at_once(as_user, agent):
    """Seeing every team is decided by the Admin group's name, also kept in the session."""
    client = as_user(agent)
    roster = reverse("roster-import")
    assert client.get(roster).status_code == 403
    admins = Group.objects.get(name=Role.ADMIN.value)
    admins.user_set.add(agent)
    assert client.get(roster).status_code == 200
    admins.name = "Former admins"
    admins.save()
    assert client.get(roster).status_code == 403


def test_a_team_left_hides_its_threads_on_the_next_request(as_user, agent, team):
    thread = ThreadFactory(team=team, member=MemberFactory())
    client = as_user(agent)
    url = reverse("thread", args=[thread.pk])
    assert client.get(url).status_code == 200
    team.staff.remove(agent)
    assert client.get(url).status_code == 404


def test_a_team_joined_shows_its_threads_on_the_next_request(as_user, agent, other_team):
    thread = ThreadFactory(team=other_team, member=MemberFactory())
    client = as_user(agent)
    url = reverse("thread", args=[thread.pk])
    assert client.get(url).status_code == 404
    agent.teams.add(other_team)
    assert client.get(url).status_code == 200


def test_a_deactivated_user_is_signed_out_on_the_next_request(as_user, agent):
    client = as_user(agent)
    assert client.get(reverse("inbox")).status_code == 200
    agent.is_active = False
    agent.save(update_fields=["is_active"])
    response = client.get(reverse("inbox"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_a_revoked_device_sends_the_session_back_to_the_second_factor(as_user, agent, thread):
    client = as_user(agent)
    url = reverse("thread", args=[thread.pk])
    assert client.get(url).status_code == 200
    TOTPDevice.objects.filter(user=agent).delete()
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa-setup"))
    htmx = client.get(reverse("inbox"), headers={"HX-Request": "true"})
    assert htmx["HX-Redirect"].startswith(reverse("mfa-setup"))
    assert thread.member.last_name not in htmx.content.decode()


def test_an_unconfirmed_device_asks_for_the_second_factor_again(as_user, agent):
    client = as_user(agent)
    assert client.get(reverse("inbox")).status_code == 200
    device = TOTPDevice.objects.get(user=agent)
    device.confirmed = False
    device.save()
    assert client.get(reverse("inbox")).status_code == 302


def test_a_device_given_to_another_user_asks_for_the_second_factor_again(
    as_user, agent, other_agent
):
    client = as_user(agent)
    assert client.get(reverse("inbox")).status_code == 200
    device = TOTPDevice.objects.get(user=agent)
    device.user = other_agent
    device.save()
    assert client.get(reverse("inbox")).status_code == 302


def test_the_code_form_records_the_answers_so_later_reads_write_no_session(client, agent):
    """Passing the second factor records them; a code accepted at another sign-in (which saves
    the device) does not make this session read them again."""
    device = TOTPDevice.objects.create(user=agent, name="phone", confirmed=True, key=KEY)
    sign_in(client, agent)
    response = client.post(reverse("mfa-verify"), {"code": code_for(device), "next": "/inbox/"})
    assert response.status_code == 302
    row = Session.objects.get(pk=client.session.session_key)
    assert device.verify_token(code_for(device, 1))  # another sign-in elsewhere
    status, sql = queried_tables(client, reverse("inbox"))
    assert status == 200
    for table in ACCESS_TABLES:
        assert table not in sql, table
    after = Session.objects.get(pk=row.pk)
    assert (after.session_data, after.expire_date) == (row.session_data, row.expire_date)


def test_after_a_change_the_answers_are_recorded_once(as_user, agent):
    client = as_user(agent)
    agent.teams.clear()
    status, sql = queried_tables(client, reverse("inbox"))
    assert status == 200 and ACCESS_TABLES[3] in sql  # read again
    status, sql = queried_tables(client, reverse("inbox"))
    assert status == 200 and ACCESS_TABLES[3] not in sql  # and kept


def test_an_agents_thread_view_writes_only_its_audit_row(as_user, agent, thread):
    """Supervisor alerts are marked seen by supervisors (test_safety_on_arrival); an agent, who
    has none and is shown none, opens a thread with one write: the audit row."""
    client = as_user(agent)
    status, sql = queried_tables(client, reverse("thread", args=[thread.pk]))
    assert status == 200
    assert "UPDATE " not in sql and "DELETE " not in sql
    assert sql.count("INSERT INTO ") == sql.count('INSERT INTO "careteam_auditevent"') == 1


def test_saving_a_user_loaded_before_a_change_does_not_undo_it(as_user, agent):
    """The admin's form saves the whole user row it loaded; the access version it loaded must
    not go back over a role change made meanwhile."""
    from careteam.models import User

    client = as_user(agent)
    assert client.get(reverse("inbox")).status_code == 200
    loaded_earlier = User.objects.get(pk=agent.pk)
    agent.groups.remove(Group.objects.get(name=Role.CARE_AGENT.value))
    loaded_earlier.first_name = "Renamed"
    loaded_earlier.save()
    assert client.get(reverse("inbox")).status_code == 403
    assert User.objects.get(pk=agent.pk).first_name == "Renamed"
