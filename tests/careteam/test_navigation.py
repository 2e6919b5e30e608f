"""The main navigation offers each role the pages it may open, and no others."""

from __future__ import annotations

import pytest
from django.urls import reverse

from careteam.roles import Role
from tests.conftest import login
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ADMIN_PAGES = ("roster-import", "response-times")


def nav_links(client) -> set[str]:
    body = client.get(reverse("home"), follow=True).content.decode()
    nav = body.split('<nav aria-label="Main">', 1)[1].split("</nav>", 1)[0]
    return {part.split('"', 1)[0] for part in nav.split('href="')[1:]}


def test_admins_find_the_roster_import_and_response_times_in_the_navigation(client, team):
    login(client, UserFactory(role=Role.ADMIN, team=team, is_staff=True))
    links = nav_links(client)
    for name in ADMIN_PAGES:
        assert reverse(name) in links
        assert client.get(reverse(name)).status_code == 200


@pytest.mark.parametrize("role", [Role.CARE_AGENT, Role.SUPERVISOR, Role.ANALYST])
def test_other_roles_are_not_offered_admin_pages(client, team, role):
    login(client, UserFactory(role=role, team=team))
    links = nav_links(client)
    for name in ADMIN_PAGES:
        assert reverse(name) not in links


def test_agents_navigation_links_resolve_by_name(client, team):
    login(client, UserFactory(role=Role.CARE_AGENT, team=team))
    links = nav_links(client)
    assert {reverse("inbox"), reverse("claims-worklist"), reverse("claims-import")} <= links
