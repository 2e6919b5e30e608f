"""The training commands run on the suggestion tests' known history of sent replies."""

import pytest

from suggestions.api import Pair, engine_dumps, engine_fit, model_version_register
from tests.suggestions.conftest import history  # noqa: F401 (the fixture, shared)
from training.dataset import pairs_from_history


@pytest.fixture
def wrong_model(history) -> str:  # noqa: F811
    """The label of a registered candidate that learned each message's neighbour's reply."""
    pairs = list(pairs_from_history())
    shifted = [
        Pair(context=pair.context, reply=pairs[(i + 1) % len(pairs)].reply, at=pair.at)
        for i, pair in enumerate(pairs)
    ]
    version = model_version_register(
        artifact=engine_dumps(engine_fit(shifted)), trained_by=None, examples=len(pairs), metrics={}
    )
    return version.label
