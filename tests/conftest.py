from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client

from careteam.models import Team, Thread, User
from careteam.roles import Role
from tests.factories import PASSWORD, MemberFactory, TeamFactory, ThreadFactory, UserFactory


def pytest_report_header() -> str:
    return f"database: {settings.TEST_DATABASE_DESCRIPTION} (test database is created from it)"


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
    assert client.login(username=user.username, password=PASSWORD)
    return client


@pytest.fixture
def as_user(client: Client):  # type: ignore[no-untyped-def]
    """as_user(user) logs the test client in through the real login backend."""
    return lambda user: login(client, user)
