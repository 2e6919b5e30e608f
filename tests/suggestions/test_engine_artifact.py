"""The engine's artifact: bytes and back, and artifacts written before the engine's move load."""

from pathlib import Path

import pytest

from suggestions.engine import Engine, EngineFormatError, engine_dumps, engine_loads

# Fitted and calibrated by the engine as it was at format 6 in suggestions/engine.py (before the
# package), on the six pairs of test_engine with their topics, three times over.
FORMAT_6 = Path(__file__).parent / "fixtures" / "engine_format6.joblib"
# What that engine ranked and how confident it was, recorded when it was written.
RANKED_THEN = {
    "I was charged twice": ([3, 2, 4], [3.9131776, -0.3165642], 0.7992695),
    "is my deductible met yet": ([4, 5, 3], [3.3961946, 0.3678875], 0.5617713),
    "my claim was denied": ([1, 0, 4], [6.1608452, 0.0748348], 0.9666517),
}


def test_an_artifact_written_before_the_engine_became_a_package_loads_and_ranks_the_same():
    engine = engine_loads(FORMAT_6.read_bytes())
    assert isinstance(engine, Engine)
    for message, (indexes, scores, confidence) in RANKED_THEN.items():
        ranked = engine.rank(message, top=3)
        assert [item.index for item in ranked] == indexes
        assert [item.score for item in ranked[:2]] == pytest.approx(scores, abs=1e-6)
        assert engine.confidence(ranked) == pytest.approx(confidence, abs=1e-6)
    assert engine.topic_of("they billed me twice")[0] == "duplicate_charge"
    assert engine.index_for("We found the duplicate, and removed it.") == 3


def test_an_engine_goes_to_bytes_and_back_and_another_format_is_refused():
    engine = engine_loads(FORMAT_6.read_bytes())
    again = engine_loads(engine_dumps(engine))
    assert again.rank("my claim was denied", top=1)[0].index == 1
    engine.format = 5
    with pytest.raises(EngineFormatError):
        engine_loads(engine_dumps(engine))
    with pytest.raises(EngineFormatError):
        engine_loads(engine_dumps(["not", "an", "engine"]))  # type: ignore[arg-type]
