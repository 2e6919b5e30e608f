"""A learned reader of abuse aimed at the team, used beside the hand rules of suggestions/tone.py.

The rules know the shapes someone wrote down; on each new held-out set they missed a fifth to a
quarter of the insults (tone fresh6: 59 of 77 found). This reader is a linear model over the
words, word pairs and letter runs (3 to 5 letters, in words of 4 or more) of the message as the
rules read it (quoted words left out; leetspeak, masks and spaced-out letters also read respelt),
fitted with scikit-learn's LogisticRegression by scripts/train_tone_model.py on the tone dev
sets, the abusive and ordinary messages of the drafts dev sets and other civil texts (dev
material only).
Its vocabulary, weights, bias and threshold are stored as a small array file in suggestions/data
(no pickle); scoring a message is a few hundred dictionary look-ups and one sum, no scikit-learn.
The threshold was chosen on training folds' held-out scores so that civil messages are almost
never taken (README, docs/FIGURES.md).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np

MODEL = Path(__file__).parent / "data" / "tone_model.npz"
# Words: letters and digits with inner apostrophes ("don't", "you're"), lower-cased.
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
CHAR_SIZES = (3, 4, 5)
# Letter runs only of words this long or longer: a short word ("you", "ur") is read once, as a
# word, so that a short civil message with "you" in it is not scored as if it said it six times.
CHAR_MIN_WORD = 4


def features(variants: Iterable[str]) -> set[str]:
    """The features of a message read in each of its variants: "w:" words, "b:" word pairs and
    "c:" letter runs of each word of CHAR_MIN_WORD letters or more, padded with a space at
    both ends ("c: idi", "c:iots ")."""
    found: set[str] = set()
    for variant in variants:
        words = [w.replace("\u2019", "'") for w in _WORD.findall(variant.lower())]
        found.update(f"w:{word}" for word in words)
        found.update(f"b:{a} {b}" for a, b in itertools.pairwise(words))
        for word in words:
            if len(word) < CHAR_MIN_WORD:
                continue
            padded = f" {word} "
            for size in CHAR_SIZES:
                found.update(f"c:{padded[i : i + size]}" for i in range(len(padded) - size + 1))
    return found


class ToneModel:
    """The stored vocabulary, weights, bias and threshold (read once, with allow_pickle=False)."""

    def __init__(self, path: Path = MODEL) -> None:
        with np.load(path, allow_pickle=False) as stored:
            names = str(stored["features"]).split("\n")
            self.weights = stored["weights"].astype(np.float64)
            self.bias = float(stored["bias"])
            self.threshold = float(stored["threshold"])
        self.index = {name: number for number, name in enumerate(names)}

    def score(self, variants: Iterable[str]) -> float:
        """The chance the model gives that the message is abusive toward the team: the logistic
        of the bias plus the weights of the known features present (each counted once)."""
        known = [self.index[name] for name in features(variants) if name in self.index]
        total = self.bias + float(self.weights[known].sum())
        return 1 / (1 + math.exp(-total))


@functools.cache
def model() -> ToneModel:
    return ToneModel()
