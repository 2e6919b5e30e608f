"""The learned half of safety triage: a character n-gram logistic regression, served without
scikit-learn (careteam may not import it).

`scripts/train_triage_model.py` fits the model with scikit-learn on the labelled examples kept in
the repository (the tuning files under bench/data, never the held-out even lines of
triage_labelled.jsonl) and writes its vocabulary, idf weights and coefficients to
careteam/triage_model.json; this module repeats the vectoriser's arithmetic (character n-grams
inside word boundaries, and word uni- and bigrams, each block with sublinear tf, idf and its
own l2 norm) and the softmax in plain Python. Patterns
catch the wording they know; the model catches wording nobody wrote a pattern for. Without the
file the patterns work alone.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("triage_model.json")


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    features: dict[str, list[float]]  # character n-gram: [idf, coefficient per class...]
    ngram_range: tuple[int, int]
    word_features: dict[str, list[float]]  # word n-gram ("not in danger"): the same
    word_ngram_range: tuple[int, int]
    alarm_at: float  # 1 - P(none) at or above this raises the thread
    patterns_need: float  # a pattern's hit stands only when 1 - P(none) is at least this


@cache
def model() -> Model | None:
    if not MODEL_PATH.exists():
        return None
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return Model(
        classes=tuple(data["classes"]),
        intercepts=tuple(data["intercepts"]),
        features=data["features"],
        ngram_range=(data["ngram_range"][0], data["ngram_range"][1]),
        word_features=data.get("word_features", {}),
        word_ngram_range=tuple(data.get("word_ngram_range", (1, 1))),
        alarm_at=data["alarm_at"],
        patterns_need=data["patterns_need"],
    )


def char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """scikit-learn's "char_wb" analyser: n-grams of each space-padded word."""
    grams = []
    for word in text.split():
        padded = f" {word} "
        for n in range(low, high + 1):
            offset = 0
            grams.append(padded[offset : offset + n])
            while offset + n < len(padded):
                offset += 1
                grams.append(padded[offset : offset + n])
            if offset == 0:  # a word shorter than n counts once
                break
    return grams


_WORD = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


def word_ngrams(text: str, low: int, high: int) -> list[str]:
    """scikit-learn's "word" analyser (no lower-casing, no stop words)."""
    tokens = _WORD.findall(text)
    grams = []
    for n in range(low, high + 1):
        grams += [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
    return grams


def _add_block(scores: list[float], grams: list[str], features: dict[str, list[float]]) -> None:
    """One l2-normalised tf-idf block (sublinear tf) times its coefficients, added to scores."""
    weights = {}
    for gram, count in Counter(grams).items():
        row = features.get(gram)
        if row is not None:
            weights[gram] = (1.0 + math.log(count)) * row[0]
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    for gram, weight in weights.items():
        row = features[gram]
        for index in range(len(scores)):
            scores[index] += weight / norm * row[index + 1]


def probabilities(normalised: str) -> dict[str, float]:
    """P(label) for a normalised message ({} without a model file)."""
    fitted = model()
    if fitted is None:
        return {}
    scores = list(fitted.intercepts)
    _add_block(scores, char_wb_ngrams(normalised, *fitted.ngram_range), fitted.features)
    if fitted.word_features:
        _add_block(scores, word_ngrams(normalised, *fitted.word_ngram_range), fitted.word_features)
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {label: e / total for label, e in zip(fitted.classes, exps, strict=True)}
