"""The learned half of safety triage: a character n-gram logistic regression, served without
scikit-learn (careteam may not import it).

`scripts/train_triage_model.py` fits the model with scikit-learn on the labelled examples kept in
the repository (the tuning files under bench/data, never the held-out even lines of
triage_labelled.jsonl) and writes its vocabulary, idf weights and coefficients to
careteam/triage_model.json; this module repeats the vectoriser's arithmetic (character n-grams
inside word boundaries, sublinear tf, idf, l2 norm) and the softmax in plain Python. Patterns
catch the wording they know; the model catches wording nobody wrote a pattern for. Without the
file the patterns work alone.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("triage_model.json")


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    features: dict[str, list[float]]  # n-gram: [idf, coefficient per class...]
    ngram_range: tuple[int, int]
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


def probabilities(normalised: str) -> dict[str, float]:
    """P(label) for a normalised message ({} without a model file)."""
    fitted = model()
    if fitted is None:
        return {}
    counts = Counter(char_wb_ngrams(normalised, *fitted.ngram_range))
    weights = {}
    for gram, count in counts.items():
        row = fitted.features.get(gram)
        if row is not None:
            weights[gram] = (1.0 + math.log(count)) * row[0]
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    scores = list(fitted.intercepts)
    for gram, weight in weights.items():
        row = fitted.features[gram]
        for index in range(len(scores)):
            scores[index] += weight / norm * row[index + 1]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {label: e / total for label, e in zip(fitted.classes, exps, strict=True)}
