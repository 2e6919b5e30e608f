"""The training commands run on the suggestion tests' known history of sent replies."""

import io

import joblib
import pytest

from suggestions.api import model_version_register
from tests.suggestions.conftest import history  # noqa: F401 (the fixture, shared)
from training.dataset import pairs_from_history
from training.fit import Pair, fit_engine


@pytest.fixture
def wrong_model(history) -> str:  # noqa: F811
    """The label of a registered candidate that learned each message's neighbour's reply."""
    pairs = list(pairs_from_history())
    shifted = [
        Pair(context=pair.context, reply=pairs[(i + 1) % len(pairs)].reply, at=pair.at)
        for i, pair in enumerate(pairs)
    ]
    buffer = io.BytesIO()
    joblib.dump(fit_engine(shifted), buffer)
    version = model_version_register(
        artifact=buffer.getvalue(), trained_by=None, examples=len(pairs), metrics={}
    )
    return version.label
