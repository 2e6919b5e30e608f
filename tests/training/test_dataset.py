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


def test_pairs_with_each_distinct_text_scanned_once_are_the_pairs_normalised_one_by_one(
    history,  # noqa: F811
    monkeypatch,
):
    from careteam import api as careteam_api
    from suggestions import api as suggestions_api
    from training import dataset

    monkeypatch.setattr(processes, "cores", lambda: 2)
    monkeypatch.setattr(processes, "MINIMUM_JOBS", 1)
    monkeypatch.setattr(processes, "CHUNK", 5)
    shared = (tuple(careteam_api.staff_names()), suggestions_api.records_gazetteer(fresh=True))
    # Each example on its own, with no scan handed over from another.
    one_by_one = [
        dataset._normalised(example, shared) for example in dataset._examples(None, None, None)
    ]
    reused = list(pairs_from_history())
    assert reused == one_by_one
