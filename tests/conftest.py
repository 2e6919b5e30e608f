from __future__ import annotations

import pytest
from django.conf import settings
from django.http import HttpRequest
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from careteam.access import ACCESS_SESSION_KEY, answers_for
from careteam.models import Team, Thread, User
from careteam.roles import Role
from tests.factories import PASSWORD, MemberFactory, TeamFactory, ThreadFactory, UserFactory


def pytest_report_header() -> str:
    return f"database: {settings.TEST_DATABASE_DESCRIPTION} (test database is created from it)"


@pytest.fixture(autouse=True)
def no_pause_left_over() -> None:
    """A failed broker, cache or live-layer call pauses this process's use of it for a few
    seconds; a test that provoked one must not leave the next test without it."""
    from careteam import pause

    pause.end_all()


@pytest.fixture
def team() -> Team:
    return TeamFactory(name="Member Services")


@pytest.fixture
def other_team() -> Team:
    return TeamFactory(name="Other Plan Services")


@pytest.fixture
def agent(team: Team) -> User:
    return UserFactory(username="agent", role=Role.CARE_AGENT, team=team)


@pytest.fixture
def other_agent(team: Team) -> User:
    return UserFactory(username="agent2", role=Role.CARE_AGENT, team=team)


@pytest.fixture
def outsider_agent(other_team: Team) -> User:
    """An agent of another team: must never see this team's threads."""
    return UserFactory(username="outsider", role=Role.CARE_AGENT, team=other_team)


@pytest.fixture
def supervisor(team: Team) -> User:
    return UserFactory(username="supervisor", role=Role.SUPERVISOR, team=team)


@pytest.fixture
def analyst(team: Team) -> User:
    return UserFactory(username="analyst", role=Role.ANALYST, team=team)


@pytest.fixture
def thread(team: Team) -> Thread:
    return ThreadFactory(team=team, member=MemberFactory())


def login(client: Client, user: User) -> Client:
    """Sign in through the real authentication backends, then pass the second factor."""
    assert client.login(request=HttpRequest(), username=user.username, password=PASSWORD)
    return pass_second_factor(client, user)


def pass_second_factor(client: Client, user: User) -> Client:
    """What careteam.mfa does after a correct code: mark the session as verified (django_otp's
    login) and record what the user may do (careteam.access.session_remember)."""
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="test", defaults={"confirmed": True}
    )
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    user.refresh_from_db(fields=["access_version"])
    session[ACCESS_SESSION_KEY] = answers_for(user=user, device=device, version=user.access_version)
    session.save()
    return client


@pytest.fixture
def as_user(client: Client):  # type: ignore[no-untyped-def]
    """as_user(user) logs the test client in through the real login backend."""
    return lambda user: login(client, user)
