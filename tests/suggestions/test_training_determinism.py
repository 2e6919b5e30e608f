"""Two trainings on the same data give the same model, byte for byte: in two processes whose
string hashing differs (PYTHONHASHSEED, so any set or dict order that leaked into the model
would differ) the artifacts, and so their checksums, are identical. Before stop 32 they
differed: scikit-learn's vectorisers kept id(stop_words), a memory address, in the pickle."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The reference corpus (test_engine_reference: topics, negatives, a blocked reply), fitted and
# calibrated as training does.
TRAIN = """
import hashlib, django
django.setup()
from suggestions.api import engine_calibrate, engine_dumps, engine_fit, reply_key, to_template
from tests.suggestions.test_engine_reference import NEW_MESSAGES, corpus
pairs = corpus()
engine = engine_fit(
    pairs[:200], blocked={reply_key("You're welcome, {MEMBER_FIRST_NAME}! {AGENT_NAME}")}
)
engine_calibrate(engine, pairs[200:])
confidences = [engine.confidence(engine.rank(to_template(m), top=3)) for m in NEW_MESSAGES]
print(hashlib.sha256(engine_dumps(engine)).hexdigest(), repr(confidences))
"""


def train_in_a_process(hash_seed: str) -> str:
    environment = {
        **os.environ, "PYTHONHASHSEED": hash_seed, "DEBUG": "1",
        "DJANGO_SETTINGS_MODULE": "careteam.settings",
    }  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", TRAIN], cwd=ROOT, env=environment, capture_output=True,
        text=True, timeout=600, check=True,
    )  # fmt: skip
    return done.stdout.strip().splitlines()[-1]


def test_two_trainings_on_the_same_data_give_the_same_artifact_and_confidences():
    first, second = train_in_a_process("1"), train_in_a_process("2")
    digest, confidences = first.split(" ", 1)
    assert len(digest) == 64 and confidences.startswith("[")
    assert first == second
