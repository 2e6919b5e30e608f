import hashlib
from datetime import UTC, datetime

import pytest
from django.core.management import CommandError, call_command
from django.http import HttpRequest
from django.utils import timezone

from careteam import routing
from careteam.demo.seed import (
    DEMO_API_TOKEN,
    DEMO_LOGINS,
    MEDICARE_TEAM_NAME,
    TEAM_NAME,
    demo_seed,
)
from careteam.models import AgentProfile, ApiClient, Member, Message, Team, Thread, User
from careteam.roles import can_run_training, can_view_dashboards, can_work_threads
from careteam.services import api_client_authenticate

pytestmark = pytest.mark.django_db


def fingerprint() -> str:
    texts = Message.objects.values_list("thread__member__member_id", "direction", "text")
    return hashlib.sha256(repr(sorted(texts)).encode()).hexdigest()


def members_fingerprint() -> str:
    rows = Member.objects.values_list("member_id", "first_name", "last_name", "plan", "teams__name")
    return hashlib.sha256(repr(sorted(rows)).encode()).hexdigest()


def counts() -> tuple[int, ...]:
    return (
        User.objects.count(),
        Member.objects.count(),
        Thread.objects.count(),
        Message.objects.count(),
        ApiClient.objects.count(),
    )


def test_seed_loads_two_teams_their_staff_and_members_enrolled_by_plan(capsys):
    call_command("seed_demo", allow_without_debug=True)
    assert "Demo data: 400 members in 2 teams" in capsys.readouterr().out
    medicare = Team.objects.get(name=MEDICARE_TEAM_NAME)
    commercial = Team.objects.get(name=TEAM_NAME)
    # Every member is served by exactly the team of their plan.
    for member in Member.objects.prefetch_related("teams"):
        expected = medicare if member.plan.startswith("Medicare") else commercial
        assert list(member.teams.all()) == [expected]
    assert medicare.members.exists() and commercial.members.exists()
    # Each team's staff are on that team only (the admin on both).
    assert list(User.objects.get(username="mei").teams.all()) == [medicare]
    assert list(User.objects.get(username="ana").teams.all()) == [commercial]
    assert User.objects.get(username="admin").teams.count() == 2
    assert ApiClient.objects.filter(team=medicare).exists()
    # The conversations come from the suggestions demo (seed_demo_history), not from here.
    assert not Thread.objects.exists()


def test_demo_logins_work_with_their_roles(client):
    demo_seed()
    for login in DEMO_LOGINS:
        assert client.login(
            request=HttpRequest(), username=login.username, password=login.password
        ), login.username
        user = User.objects.get(username=login.username)
        assert user.groups.get().name == login.role.value
    by_name = {user.username: user for user in User.objects.all()}
    assert can_work_threads(by_name["ana"]) and not can_view_dashboards(by_name["ana"])
    assert can_view_dashboards(by_name["sam"])
    assert can_run_training(by_name["alex"]) and not can_work_threads(by_name["alex"])
    assert api_client_authenticate(token=DEMO_API_TOKEN) is not None


def test_seeding_twice_changes_nothing():
    demo_seed()
    before, texts = counts(), fingerprint()
    assert demo_seed() == {"members": 0}
    assert counts() == before and fingerprint() == texts


def test_seeding_is_deterministic():
    anchor = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    demo_seed(now=anchor)
    first = members_fingerprint()
    Member.objects.all().delete()
    demo_seed(now=anchor)
    assert members_fingerprint() == first


def test_seed_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="only with DEBUG=1"):
        call_command("seed_demo")
    assert not Member.objects.exists()


def test_demo_agents_have_routing_profiles_and_a_spanish_thread_goes_to_ana():
    demo_seed()
    profiles = {p.user.username: p for p in AgentProfile.objects.select_related("user")}
    assert "es" in profiles["ana"].languages and "es" not in profiles["ben"].languages
    assert profiles["ben"].skills and profiles["ben"].licensed_states
    team = Team.objects.get(name="Member Services")
    member = Member.objects.filter(teams=team).first()
    now = timezone.now()
    thread = Thread.objects.create(
        team=team,
        member=member,
        subject="Pregunta",
        language="es",
        created_at=now,
        updated_at=now,
        last_message_at=now,
    )
    assert routing.thread_route(thread_id=thread.pk) == profiles["ana"].user_id
