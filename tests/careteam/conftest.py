"""Fixtures shared by careteam's tests."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from careteam import services


@pytest.fixture
def fresh_cache():
    """Rate limits, audit-once marks and queue-health counts live in the cache: a test that
    depends on them starts and ends with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api(team):
    """The token of the team's member app client."""
    _, token = services.api_client_create(name="member-app", team=team)
    return token
