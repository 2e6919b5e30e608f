"""Fit the learned half of safety triage and write careteam/triage_model.json.

    .venv/bin/python scripts/train_triage_model.py

Trained on the tuning files only: the odd lines of bench/data/triage_labelled.jsonl (its even
lines are the held-out test half and are skipped), triage_dev_extra.jsonl, triage_dev_more.jsonl,
triage_dev_fresh.jsonl, triage_dev_fresh2.jsonl, triage_dev_third.jsonl, triage_dev_fourth.jsonl,
triage_dev_fifth.jsonl, triage_dev_sixth.jsonl, triage_dev_seventh.jsonl and the earlier passes'
test sets once each had been measured twice: triage_test_fresh.jsonl (third pass; dev material
since the fifth) and triage_test_fresh2.jsonl (fifth pass; dev material since the sixth),
triage_dev_billing.jsonl (ordinary billing questions from the used-up drafts sets, "none") and
triage_dev_eighth.jsonl (stop 33: life events, interpreter requests, family news, with real
dangers in the same shapes). Never
triage_test_fresh3.jsonl, the sixth pass's test set, and no row that reads like a held-out one
once normalised.
Deterministic (lbfgs, no sampling): the same files give the same weights, which
tests/careteam/test_triage_model.py checks.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scipy.sparse import hstack  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from careteam.triage import prepared  # noqa: E402
from careteam.triage_model import MODEL_PATH  # noqa: E402

DATA = ROOT / "bench" / "data"
TUNING_FILES = (
    "triage_dev_extra.jsonl",
    "triage_dev_more.jsonl",
    "triage_dev_fresh.jsonl",
    "triage_dev_fresh2.jsonl",
    "triage_dev_third.jsonl",
    "triage_dev_fourth.jsonl",
    "triage_dev_fifth.jsonl",
    "triage_dev_sixth.jsonl",
    "triage_dev_seventh.jsonl",
    "triage_test_fresh.jsonl",
    "triage_test_fresh2.jsonl",
    "triage_dev_billing.jsonl",
    "triage_dev_eighth.jsonl",
)
HELD_OUT_FILES = ("triage_test_fresh3.jsonl",)
NGRAM_RANGE = (3, 5)
WORD_NGRAM_RANGE = (1, 2)
C = 30.0
# Chosen on out-of-fold probabilities (5-fold cross-validation over all the tuning rows,
# `python scripts/train_triage_model.py --cross-validate`, which runs the serving rule
# careteam.triage.decided), recall first. Third pass: out-of-fold recall on emergencies and
# self-harm at least 0.985, then the fewest false alarms (0.85 / 0.1). Fifth pass: a dev batch
# written after that pass's first round (triage_dev_sixth.jsonl) showed out-of-fold figures
# flatter new wording, so the margin was wider (0.8 / 0.1). Sixth pass: the first look at
# triage_dev_seventh.jsonl missed 10 of 139 dangers, 7 of them with the model at 0.64-0.80
# (new wording scores lower than the tuning rows), and 3 of the 5-fold misses were pattern hits
# the model vetoed below 0.1 ("feeling suicidal again, do you cover inpatient psych"). On the
# 2,120 rows, 5-fold: 0.75 / 0.05 gives recall 0.999 and 0.9 % false alarms (0.8 / 0.1 gave
# 0.998 and 0.4 %; leaving one file out at a time gives the same picture). Stop 26: with 1,041
# ordinary billing messages as "none" (triage_dev_billing.jsonl), 3,161 rows, 5-fold: 0.75 / 0.05
# gives recall 0.998 and 0.3 % false alarms, and the model alone raised 8 of the demo history's
# 2,675 member wordings instead of 27.
ALARM_AT = 0.75
PATTERNS_NEED = 0.05
DIGITS = 6


def examples() -> list[tuple[str, str]]:
    rows = []
    labelled = (DATA / "triage_labelled.jsonl").read_text(encoding="utf-8").splitlines()
    rows += [json.loads(line) for number, line in enumerate(labelled, 1) if number % 2 == 1]
    for name in TUNING_FILES:
        rows += [json.loads(line) for line in (DATA / name).read_text("utf-8").splitlines()]
    # A tuning row that reads the same as a held-out one once normalised (a short phrase two
    # writers both wrote) is left out, so no held-out text is ever trained on.
    held_out = {
        prepared(json.loads(line)["text"])
        for number, line in enumerate(labelled, 1)
        if number % 2 == 0
    }
    held_out |= {
        prepared(json.loads(line)["text"])
        for name in HELD_OUT_FILES
        for line in (DATA / name).read_text("utf-8").splitlines()
    }
    prepared_rows = [(prepared(row["text"]), row["label"]) for row in rows]
    return [(text, label) for text, label in prepared_rows if text not in held_out]


def vectorisers() -> tuple[TfidfVectorizer, TfidfVectorizer]:
    characters = TfidfVectorizer(
        analyzer="char_wb", ngram_range=NGRAM_RANGE, sublinear_tf=True, lowercase=False
    )
    words = TfidfVectorizer(
        analyzer="word", ngram_range=WORD_NGRAM_RANGE, sublinear_tf=True, lowercase=False
    )
    return characters, words


def fit(texts, labels):
    characters, words = vectorisers()
    matrix = hstack([characters.fit_transform(texts), words.fit_transform(texts)]).tocsr()
    classifier = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    classifier.fit(matrix, labels)
    return characters, words, classifier


def _features(vectoriser, coefficients) -> dict[str, list[float]]:
    features = {}
    for gram, column in sorted(vectoriser.vocabulary_.items()):
        row = [round(float(vectoriser.idf_[column]), DIGITS)]
        row += [round(float(c), DIGITS) for c in coefficients[:, column]]
        features[gram] = row
    return features


def fitted() -> dict:
    texts, labels = zip(*examples(), strict=True)
    characters, words, classifier = fit(list(texts), list(labels))
    width = len(characters.vocabulary_)
    features = _features(characters, classifier.coef_[:, :width])
    word_features = _features(words, classifier.coef_[:, width:])
    return {
        "trained_on": {
            "examples": len(texts),
            "files": ["triage_labelled.jsonl (odd lines)", *TUNING_FILES],
        },
        "classes": [str(c) for c in classifier.classes_],
        "intercepts": [round(float(i), DIGITS) for i in classifier.intercept_],
        "ngram_range": list(NGRAM_RANGE),
        "word_ngram_range": list(WORD_NGRAM_RANGE),
        "word_features": word_features,
        "alarm_at": ALARM_AT,
        "patterns_need": PATTERNS_NEED,
        "features": features,
    }


def out_of_fold() -> tuple[list[tuple[str, str]], list[dict[str, float]]]:
    """Every tuning row with its probabilities from a model fitted on the other four fifths."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    rows = examples()
    texts = [text for text, _ in rows]
    labels = np.array([label for _, label in rows])
    probabilities: list[dict[str, float]] = [{} for _ in rows]
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(texts, labels):
        characters, words, classifier = fit([texts[i] for i in train], list(labels[train]))
        held = [texts[i] for i in test]
        matrix = hstack([characters.transform(held), words.transform(held)]).tocsr()
        for index, row in zip(test, classifier.predict_proba(matrix), strict=True):
            probabilities[index] = dict(zip(classifier.classes_, map(float, row), strict=True))
    return rows, probabilities


def cross_validate() -> None:
    """The figures of the serving rule (careteam.triage.decided) on out-of-fold probabilities
    for every tuning row, for a grid of thresholds."""
    from careteam.triage import decided, findings

    rows, probabilities = out_of_fold()
    # The patterns see the prepared text too (prepared() is idempotent on it).
    found = [findings(text) for text, _ in rows]
    core = [i for i, (_, label) in enumerate(rows) if label in ("emergency", "self_harm")]
    calm = [i for i, (_, label) in enumerate(rows) if label == "none"]
    print(f"{len(rows)} tuning rows, 5-fold out-of-fold")
    print("alarm_at patterns_need  recall(core)  false alarms")
    for alarm_at in (0.6, 0.7, 0.75, 0.8, 0.85, 0.9):
        for need in (0.0, 0.05, 0.1, 0.2, 0.3):
            alarm = [
                decided(
                    text, found[i], probabilities[i], alarm_at=alarm_at, patterns_need=need
                ).alarming
                for i, (text, _) in enumerate(rows)
            ]
            recall = sum(alarm[i] for i in core) / len(core)
            false = sum(alarm[i] for i in calm) / len(calm)
            print(f"{alarm_at:8} {need:13}  {recall:12.3f}  {false:12.3f}")


def main() -> None:
    if "--cross-validate" in sys.argv:
        cross_validate()
        return
    data = fitted()
    MODEL_PATH.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False), "utf-8")
    print(
        f"{MODEL_PATH.name}: {len(data['features'])} n-grams,"
        f" {data['trained_on']['examples']} examples"
    )


if __name__ == "__main__":
    main()
