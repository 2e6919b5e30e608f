"""Fit the learned tone reader (suggestions/learned_tone.py) and write its weights to
suggestions/data/tone_model.npz; or measure it leave-one-set-out beside the rules.
Deterministic: sorted inputs, a solver without randomness.

Training texts, all dev material (only the files named below are read; later held-out sets,
tone_test_fresh11* and *_fresh15*, never; tone_test_fresh8 .. tone_test_fresh10 and *_fresh12 ..
*_fresh14 are used up but not listed):
- the tone sets: tone_test_fresh .. tone_test_fresh7 (used up) and tone_dev_2 .. tone_dev_5,
  abusive or civil as labelled;
- the drafts sets drafts_heldout .. drafts_heldout_fresh11 (used up): their abuse safety items
  (kind "abuse") abusive, their ordinary member messages (single, multi, long, typo, spanish)
  civil; emergencies and gibberish left out;
- suggestions/data/tone_labelled.jsonl (insults and civil frustration written for the rules);
- the demo history's member wordings (civil);
- the triage dev files' texts (civil as to tone, many alarming: domestic abuse, self-harm,
  emergencies), except threats of violence (label "violence": some aim at the team, some not)
  and the few routine rows that insult the team (TRIAGE_INSULTS: abusive);
- the used-up de-identification sets deid_test_fresh .. fresh10 (civil: short texts full of
  details, many with "you"). The other de-identification dev files (deid_labelled, deid_dev_*)
  are not read: bench/tone.py's "de-id texts (dev)" stays a check on texts never trained on.

    DEBUG=1 .venv/bin/python scripts/train_tone_model.py [--out PATH]
    DEBUG=1 .venv/bin/python scripts/train_tone_model.py --leave-one-set-out

--leave-one-set-out fits once per tone and drafts set without that set (and without any text
equal to one of its texts), chooses the threshold on the rest alone (THRESHOLD_FOLDS grouped
folds of it), and prints abusive found / civil taken on the left-out set for the rules alone, the
model alone and both (rules or model).

The threshold's folds (stop 31): each group (a source file, or one of tone_labelled, history,
triage, deid) goes whole to the fold that a SHA-256 of FOLD_SEED and its name picks (fold_of), so
a group's fold never depends on which other groups there are: adding a set adds its texts to one
fold and moves no other set (before, groups were dealt out in sorted order, and adding tone fresh7
and drafts fresh11 moved half the sets to other folds: the threshold went 0.970 -> 0.955 for that
reason alone). Rows are sorted before fitting, so the same texts give the same threshold and
weights in whatever order they are read. The seed is fixed, not tuned: with stop 30's reading,
single splits with seeds 0-6 gave thresholds from 0.946 to 0.978 (a 1 % tail of some 700 hard
civil texts is a few scores; which sets share a fold moves it), and FOLD_SEED 0 is the first of
them (every fold holds at least one tone set; tests/suggestions/test_learned_tone.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "bench" / "data"
TONE_SETS = (
    "tone_test_fresh.jsonl", "tone_test_fresh2.jsonl", "tone_test_fresh3.jsonl",
    "tone_test_fresh4.jsonl", "tone_test_fresh5.jsonl", "tone_test_fresh6.jsonl",
    "tone_test_fresh7.jsonl",
    "tone_dev_2.jsonl", "tone_dev_3.jsonl", "tone_dev_4.jsonl", "tone_dev_5.jsonl",
)  # fmt: skip
DRAFTS_SETS = (
    "drafts_heldout.jsonl", "drafts_heldout_fresh.jsonl", "drafts_heldout_fresh2.jsonl",
    "drafts_heldout_fresh3.jsonl", "drafts_heldout_fresh4.jsonl", "drafts_heldout_fresh5.jsonl",
    "drafts_heldout_fresh6.jsonl", "drafts_heldout_fresh7.jsonl", "drafts_heldout_fresh8.jsonl",
    "drafts_heldout_fresh9.jsonl", "drafts_heldout_fresh10.jsonl",
    "drafts_heldout_fresh11.jsonl",
)  # fmt: skip
TRIAGE_SETS = (
    "triage_labelled.jsonl", "triage_dev_billing.jsonl", "triage_dev_extra.jsonl",
    "triage_dev_fifth.jsonl", "triage_dev_fourth.jsonl", "triage_dev_fresh.jsonl",
    "triage_dev_fresh2.jsonl", "triage_dev_more.jsonl", "triage_dev_seventh.jsonl",
    "triage_dev_sixth.jsonl", "triage_dev_third.jsonl",
)  # fmt: skip
# The used-up de-identification sets: member texts full of details, none insulting (civil).
DEID_SETS = (
    "deid_test_fresh.jsonl", "deid_test_fresh2.jsonl", "deid_test_fresh3.jsonl",
    "deid_test_fresh4.jsonl", "deid_test_fresh5.jsonl", "deid_test_fresh6.jsonl",
    "deid_test_fresh7.jsonl", "deid_test_fresh8.jsonl", "deid_test_fresh9.jsonl",
    "deid_test_fresh10.jsonl",
)  # fmt: skip
# Routine triage rows (label "none") that insult the team: abusive as to tone.
TRIAGE_INSULTS = frozenset(
    ("you guys are absolutely useless and I'm switching plans",
     "ustedes son unos inútiles, me voy a cambiar de plan",
     "this plan is a joke and your agents are clowns",
     "you people are idiots, fix my claim")
)  # fmt: skip
ORDINARY_KINDS = frozenset(("single", "multi", "long", "typo", "spanish"))
MIN_COUNT = 2  # a feature in fewer training texts is dropped
C = 1.0  # inverse regularisation strength
THRESHOLD_FOLDS = 5
FOLD_SEED = 0  # fixed: which fold each group goes to (fold_of); documented above, never tuned
# The threshold: the lowest at which the held-out scores of the training folds take no more than
# this share of the tone sets' civil messages (the hard ones: angry, swearing, quoting) and of all
# civil texts.
MAX_TONE_CIVIL_TAKEN = 0.01
MAX_CIVIL_TAKEN = 0.002

Row = tuple[str, bool, str]  # text, abusive, group (the file it came from)


def _jsonl(path: Path) -> list[dict]:
    name = path.name
    assert "fresh15" not in name and "tone_test_fresh11" not in name, f"held out: {name}"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def read_rows() -> list[Row]:
    """Every training text, its label and its group, in a fixed order."""
    from suggestions import tone

    rows: list[Row] = []
    for name in TONE_SETS:
        rows += [(r["text"], bool(r["abusive"]), name) for r in _jsonl(DATA / name)]
    for name in DRAFTS_SETS:
        for r in _jsonl(DATA / name):
            if r.get("kind") == "abuse":
                rows.append((r["text"], True, name))
            elif r.get("kind") in ORDINARY_KINDS:
                rows.append((r["text"], False, name))
    rows += [(r["text"], bool(r["insult"]), "tone_labelled") for r in tone._labelled()]
    rows += [
        (text, False, "history")
        for text in sorted(set(tone._history_wordings(("questions", "questions_es"))))
    ]
    for name in TRIAGE_SETS:
        for r in _jsonl(DATA / name):
            if r["label"] != "violence":
                rows.append((r["text"], r["text"] in TRIAGE_INSULTS, "triage"))
    for name in DEID_SETS:
        rows += [(r["text"], False, "deid") for r in _jsonl(DATA / name)]
    return rows


class Featurised:
    """Each distinct text's features, read once."""

    def __init__(self, rows: list[Row]) -> None:
        from suggestions import learned_tone, tone

        self.of = {
            text: sorted(learned_tone.features(tone.reading(text)))
            for text in sorted({text for text, _, _ in rows})
        }

    def matrix(self, texts: list[str], vocabulary: dict[str, int]):  # type: ignore[no-untyped-def]
        """Binary features (as served: a message's score is the sum of its features' weights)."""
        import numpy as np
        from scipy.sparse import csr_matrix

        indptr, indices, values = [0], [], []
        for text in texts:
            known = sorted({vocabulary[f] for f in self.of[text] if f in vocabulary})
            indices += known
            values += [1.0] * len(known)
            indptr.append(len(indices))
        return csr_matrix(
            (np.array(values, dtype=np.float64), np.array(indices, dtype=np.int64), indptr),
            shape=(len(texts), len(vocabulary)),
        )


def fold_of(group: str) -> int:
    """The threshold fold of a group: a SHA-256 of FOLD_SEED and the group's name alone."""
    digest = hashlib.sha256(f"{FOLD_SEED}:{group}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % THRESHOLD_FOLDS


def fit(rows: list[Row], feats: Featurised):  # type: ignore[no-untyped-def]
    """The vocabulary (features in MIN_COUNT or more training texts) and the fitted model (rows
    sorted first: the order they were read in changes nothing)."""
    from collections import Counter

    from sklearn.linear_model import LogisticRegression

    rows = sorted(rows)

    counts: Counter[str] = Counter()
    for text, _, _ in rows:
        counts.update(feats.of[text])
    names = sorted(name for name, count in counts.items() if count >= MIN_COUNT)
    vocabulary = {name: number for number, name in enumerate(names)}
    x = feats.matrix([text for text, _, _ in rows], vocabulary)
    y = [abusive for _, abusive, _ in rows]
    model = LogisticRegression(C=C, class_weight="balanced", solver="liblinear", max_iter=2000)
    model.fit(x, y)
    return names, vocabulary, model


def scores(model, vocabulary, texts: list[str], feats: Featurised) -> list[float]:  # type: ignore[no-untyped-def]
    return [float(p) for p in model.predict_proba(feats.matrix(texts, vocabulary))[:, 1]]


def choose_threshold(rows: list[Row], feats: Featurised) -> float:
    """The threshold chosen on `rows` alone: held-out scores of THRESHOLD_FOLDS folds that keep
    each group (file) whole (fold_of), and the lowest threshold that takes no more civil texts
    than MAX_TONE_CIVIL_TAKEN of the tone sets' and MAX_CIVIL_TAKEN of all."""
    rows = sorted(rows)
    held: list[tuple[float, bool, bool]] = []  # score, abusive, of a tone set
    for fold in range(THRESHOLD_FOLDS):
        train = [row for row in rows if fold_of(row[2]) != fold]
        test = [row for row in rows if fold_of(row[2]) == fold]
        if not test or not train:
            continue
        _, vocabulary, model = fit(train, feats)
        for (_, abusive, group), score in zip(
            test, scores(model, vocabulary, [t for t, _, _ in test], feats), strict=True
        ):
            held.append((score, abusive, group in TONE_SETS))
    civil = sorted((s for s, abusive, _ in held if not abusive), reverse=True)
    tone_civil = sorted((s for s, abusive, tone in held if not abusive and tone), reverse=True)
    # The lowest threshold above the (allowed + 1)-th highest civil score of each kind.
    bar = max(
        tone_civil[int(MAX_TONE_CIVIL_TAKEN * len(tone_civil))],
        civil[int(MAX_CIVIL_TAKEN * len(civil))],
    )
    return float(math.nextafter(bar, 1.0))


def save(names: list[str], model, threshold: float, path: Path) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    weights = model.coef_[0]
    keep = np.abs(weights) >= 1e-4
    kept = [name for name, k in zip(names, keep, strict=True) if k]
    np.savez_compressed(
        path, features=np.array("\n".join(kept)), weights=weights[keep].astype(np.float32),
        bias=np.array(float(model.intercept_[0]), dtype=np.float64),
        threshold=np.array(threshold, dtype=np.float64),
    )  # fmt: skip
    print(f"  wrote {path} ({path.stat().st_size} bytes, {len(kept)} features)")


def leave_one_set_out(rows: list[Row], feats: Featurised) -> None:
    from suggestions import tone

    total = {k: [0, 0, 0, 0] for k in ("rules", "model", "both")}  # found, abusive, taken, civil
    print(f"{'left out':30s} {'thr':>5s}  {'rules found/taken':>18s}  {'model':>14s}  "
          f"{'rules or model':>14s}")  # fmt: skip
    for name in (*TONE_SETS, *DRAFTS_SETS):
        test = [row for row in rows if row[2] == name]
        seen = {text for text, _, _ in test}
        train = [row for row in rows if row[2] != name and row[0] not in seen]
        threshold = choose_threshold(train, feats)
        _, vocabulary, model = fit(train, feats)
        texts = [t for t, _, _ in test]
        model_says = [s >= threshold for s in scores(model, vocabulary, texts, feats)]
        rules_say = [tone.rules_find_abuse(t) for t in texts]
        cells = []
        for key, said in (
            ("rules", rules_say),
            ("model", model_says),
            ("both", [a or b for a, b in zip(rules_say, model_says, strict=True)]),
        ):
            found = sum(s for s, (_, abusive, _) in zip(said, test, strict=True) if abusive)
            taken = sum(s for s, (_, abusive, _) in zip(said, test, strict=True) if not abusive)
            abusive_n = sum(abusive for _, abusive, _ in test)
            figures = (found, abusive_n, taken, len(test) - abusive_n)
            total[key] = [a + b for a, b in zip(total[key], figures, strict=True)]
            cells.append(f"{found:3d}/{abusive_n:<3d} {taken:3d}/{len(test) - abusive_n:<4d}")
        print(f"{name:30s} {threshold:5.3f}  {cells[0]:>18s}  {cells[1]:>14s}  {cells[2]:>14s}",
              flush=True)  # fmt: skip
    for key, (found, abusive_n, taken, civil) in total.items():
        print(f"total {key:6s}: abusive found {found}/{abusive_n}, civil taken {taken}/{civil}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leave-one-set-out", action="store_true")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "suggestions" / "data" / "tone_model.npz"
    )
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careteam.settings")
    os.environ.setdefault("SECRET_KEY", "train-secret-key-not-for-production-0123456789-abcdefghij")
    import django

    django.setup()
    started = time.process_time()
    rows = read_rows()
    feats = Featurised(rows)
    abusive = sum(abusive for _, abusive, _ in rows)
    print(f"training texts: {len(rows)} ({abusive} abusive)", flush=True)
    if args.leave_one_set_out:
        leave_one_set_out(rows, feats)
    else:
        threshold = choose_threshold(rows, feats)
        names, _, model = fit(rows, feats)
        save(names, model, threshold, args.out)
        print(f"  threshold {threshold:.4f}")
    print(f"  cpu {time.process_time() - started:.1f}s")


if __name__ == "__main__":
    main()
