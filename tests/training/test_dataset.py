"""Training data normalised in worker processes is the data normalised in one process."""

from __future__ import annotations

import pytest

from suggestions import processes
from tests.suggestions.conftest import history  # noqa: F401 (the fixture, shared)
from training.dataset import pairs_from_history

pytestmark = pytest.mark.django_db


def test_pairs_normalised_over_the_cores_are_the_pairs_normalised_here(history, monkeypatch):  # noqa: F811
    monkeypatch.setattr(processes, "cores", lambda: 1)
    here = list(pairs_from_history())
    monkeypatch.setattr(processes, "cores", lambda: 2)
    monkeypatch.setattr(processes, "MINIMUM_JOBS", 1)
    monkeypatch.setattr(processes, "CHUNK", 5)
    over_cores = list(pairs_from_history())
    assert len(here) == 72 and over_cores == here
    assert all("Zelda" not in pair.context + pair.reply for pair in over_cores)
