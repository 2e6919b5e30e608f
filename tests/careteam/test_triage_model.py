"""The learned half of safety triage: the shipped weights are what the repository's files give,
and plain Python serves them exactly as scikit-learn would."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from careteam import triage_model
from careteam.triage import prepared, triage_text

ROOT = Path(__file__).resolve().parents[2]


def trainer():
    spec = importlib.util.spec_from_file_location(
        "train_triage_model", ROOT / "scripts" / "train_triage_model.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_is_what_training_on_the_repository_files_gives():
    shipped = json.loads(triage_model.MODEL_PATH.read_text(encoding="utf-8"))
    rebuilt = trainer().fitted()
    assert rebuilt["classes"] == shipped["classes"]
    assert rebuilt["features"].keys() == shipped["features"].keys()
    assert rebuilt["intercepts"] == pytest.approx(shipped["intercepts"], abs=1e-4)
    for gram in list(shipped["features"])[::500]:
        assert rebuilt["features"][gram] == pytest.approx(shipped["features"][gram], abs=1e-4)
    assert rebuilt["word_features"].keys() == shipped["word_features"].keys()
    for gram in list(shipped["word_features"])[::200]:
        expected = shipped["word_features"][gram]
        assert rebuilt["word_features"][gram] == pytest.approx(expected, abs=1e-4)


def test_no_held_out_message_is_trained_on():
    """Not even one written again by chance in a tuning file (counts only: no text is shown)."""
    labelled = (ROOT / "bench/data/triage_labelled.jsonl").read_text("utf-8").splitlines()
    # Each pass's fresh test set became dev material once measured twice: triage_test_fresh.jsonl
    # in the fifth pass, triage_test_fresh2.jsonl in the sixth; triage_test_fresh3.jsonl is the
    # sixth pass's held-out set.
    data = ROOT / "bench/data"
    fresh = (data / "triage_test_fresh.jsonl").read_text("utf-8").splitlines()
    fresh2 = (data / "triage_test_fresh2.jsonl").read_text("utf-8").splitlines()
    fresh3 = (data / "triage_test_fresh3.jsonl").read_text("utf-8").splitlines()
    held_out = {prepared(json.loads(line)["text"]) for line in labelled[1::2] + fresh3}
    # A dev row that reads like a held-out one once normalised is left out of training.
    dev_lines = labelled[0::2] + fresh + fresh2
    dev = {prepared(json.loads(line)["text"]) for line in dev_lines} - held_out
    trained = {text for text, _ in trainer().examples()}
    missing_dev, leaked = len(dev - trained), len(held_out & trained)
    assert (missing_dev, leaked) == (0, 0), f"{missing_dev} dev rows left out, {leaked} leaked"


@pytest.mark.parametrize(
    "text",
    [
        "my kid got into the cleaning supplies under the sink and is vomiting!!",
        "Is the ER covered?",
        "mi esposo me pega",
        "ok thanks",
    ],
)
def test_plain_python_serving_matches_scikit_learn(text):
    fitted = triage_model.model()
    vectoriser = TfidfVectorizer(
        analyzer="char_wb", ngram_range=fitted.ngram_range, sublinear_tf=True, lowercase=False
    )
    normalised = prepared(text)
    expected = vectoriser.build_analyzer()(normalised)
    assert triage_model.char_wb_ngrams(normalised, *fitted.ngram_range) == expected
    words = TfidfVectorizer(
        analyzer="word", ngram_range=fitted.word_ngram_range, sublinear_tf=True, lowercase=False
    )
    expected_words = words.build_analyzer()(normalised)
    assert triage_model.word_ngrams(normalised, *fitted.word_ngram_range) == expected_words
    probabilities = triage_model.probabilities(normalised)
    assert set(probabilities) == set(fitted.classes)
    assert sum(probabilities.values()) == pytest.approx(1.0)


def test_plain_python_probabilities_are_scikit_learns():
    """The served arithmetic (two l2-normalised blocks, softmax) gives predict_proba's numbers."""
    module = trainer()
    rows = module.examples()
    characters, words, classifier = module.fit([t for t, _ in rows], [label for _, label in rows])
    texts = [prepared("my husband is clutching his chest and can barely talk"), prepared("ok")]
    from scipy.sparse import hstack

    matrix = hstack([characters.transform(texts), words.transform(texts)]).tocsr()
    for text, expected in zip(texts, classifier.predict_proba(matrix), strict=True):
        served = triage_model.probabilities(text)
        for label, chance in zip(classifier.classes_, expected, strict=True):
            assert served[label] == pytest.approx(chance, abs=1e-3)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I keep thinking the world would be a better place without me", "self_harm"),
        (
            "my daughter fell off the monkey bars and her arm is bent and she's going white",
            "emergency",
        ),
        ("mi novio me cacheteó anoche y tengo miedo de que vuelva", "abuse"),
    ],
)
def test_the_model_raises_wording_no_pattern_knows(text, kind):
    assert not triage_text(text, learned=False).alarming
    result = triage_text(text)
    assert result.kind == kind
    assert result.reasons[0].startswith("learned model ")


def test_without_the_model_file_the_patterns_work_alone(monkeypatch, tmp_path):
    monkeypatch.setattr(triage_model, "MODEL_PATH", tmp_path / "absent.json")
    triage_model.model.cache_clear()
    try:
        assert (
            triage_text("I keep thinking the world would be a better place without me").kind == ""
        )
        assert triage_text("my wife can't breathe and her lips look blue").kind == "emergency"
    finally:
        triage_model.model.cache_clear()


@pytest.mark.parametrize(
    "text",
    [
        # The stop 32 model raised this one as an emergency (0.92): a relative who speaks no
        # English read as a relative in trouble.
        "¿Me consiguen un intérprete de mandarín? Mi mamá no habla inglés y tiene cita el lunes",
        "Mi sobrina se casó en octubre, ¿su esposo puede estar en el plan de ella?",
        "my daughter is getting married next summer, does her new husband need his own plan",
    ],
)
def test_the_model_leaves_family_news_and_interpreter_requests_alone(text):
    assert not triage_text(text).alarming
