"""The learned tone reader (suggestions/learned_tone.py) beside the hand rules of
suggestions/tone.py: insults the rules have no shape for that it takes, civil messages it leaves,
the switch, the shipped weights and the training files. Every text here is new, written for these
tests (none is in the training sets)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from suggestions import learned_tone, tone
from suggestions.tone import insults_the_team, learned_score

ROOT = Path(__file__).resolve().parents[2]

# Insults in shapes the hand rules hold no pattern for (when these tests were written): the
# learned reader takes them.
LEARNED_ONLY = [
    "Your staff couldn't find their own backsides with a map. Where is my card?",
    "Are you people even capable of reading an EOB?",
    "Pack of imbecilic paper pushers, refund me.",
]
# Angry at the situation, swearing at a thing, hard on oneself, praise, a rude third party.
CIVIL = [
    "The doctor's receptionist was rude but you have been helpful. What is my copay?",
    "My stupid printer jammed, can you email the EOB instead?",
    "This whole situation is a damn mess, but I know it's not your fault. "
    "When will the refund come?",
    "I feel like an idiot, I forgot to send the itemized bill. Can I still send it?",
    "Ugh, this fricking portal logged me out again. Can you check my claim status?",
    "Thank you so much, you were a huge help with the appeal.",
    "Why on earth would the lab bill me twice? This is ridiculous.",
    "I'm furious about this denial. Please explain why the MRI wasn't covered.",
    "Estoy harta de esta situación, ¿cuándo llega el reembolso del laboratorio?",
    # short, with "you" in them
    "Ok you win, I'll pay it.",
    "Why would you deny this?",
]


@pytest.fixture(autouse=True)
def learned_reader_on(monkeypatch):
    """The reader is on (tone.LEARNED_TONE, shipped on since stop 29); these tests keep it on
    whatever the switch says."""
    monkeypatch.setattr(tone, "LEARNED_TONE", True)


@pytest.mark.parametrize("text", LEARNED_ONLY)
def test_the_learned_reader_takes_insults_in_new_shapes(text):
    assert learned_score(text) >= learned_tone.model().threshold
    assert insults_the_team(text)


@pytest.mark.parametrize("text", CIVIL)
def test_civil_messages_stay_draftable(text):
    assert learned_score(text) < learned_tone.model().threshold
    assert not insults_the_team(text)


def test_quoted_rude_words_are_not_read():
    """The reader reads the message as the rules do: someone else's words in quotes left out."""
    quoted = "The letter from the collection agency literally said 'pay up, deadbeat'. Is it real?"
    assert learned_score(quoted) < learned_tone.model().threshold
    assert not insults_the_team(quoted)
    assert insults_the_team("Pay up, you deadbeat clowns. Is my claim real?")


def test_switched_off_the_detector_is_the_rules_alone(monkeypatch):
    monkeypatch.setattr(tone, "LEARNED_TONE", False)
    for text in [*LEARNED_ONLY, *CIVIL, "you useless clowns, fix my claim"]:
        assert insults_the_team(text) == tone.rules_find_abuse(text)
    assert not all(insults_the_team(text) for text in LEARNED_ONLY)


def test_scores_are_deterministic_and_read_spaced_and_leet_spellings():
    text = "Pack of imbecilic paper pushers, refund me."
    assert (
        learned_score(text)
        == learned_score(text)
        == learned_tone.ToneModel().score(tone.reading(text))
    )
    # The respelt variant ("i d i o t s" read as "idiots") is read too.
    spaced = "y o u  a r e  a l l  i d i o t s, where is my card"
    assert "w:idiots" in learned_tone.features(tone.reading(spaced))


def test_the_shipped_weights_load_without_pickle_and_are_small():
    assert learned_tone.MODEL.stat().st_size < 500_000
    with np.load(learned_tone.MODEL, allow_pickle=False) as stored:
        names = str(stored["features"]).split("\n")
        assert stored["weights"].shape == (len(names),)
        assert 0.5 < float(stored["threshold"]) < 1.0
    assert len(set(names)) == len(names)
    assert all(name[:2] in ("w:", "b:", "c:") for name in names)


def trainer():
    spec = importlib.util.spec_from_file_location(
        "train_tone_model", ROOT / "scripts" / "train_tone_model.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_reads_only_the_listed_dev_sets_and_never_a_held_out_one():
    """tone_test_fresh11* and *_fresh15* are held out: they are not listed, and reading one is
    refused before the file is opened (these names do not exist: the refusal comes first)."""
    script = trainer()
    listed = (*script.TONE_SETS, *script.DRAFTS_SETS, *script.TRIAGE_SETS, *script.DEID_SETS)
    assert not any("tone_test_fresh11" in name or "fresh15" in name for name in listed)
    assert all((script.DATA / name).exists() for name in listed)
    for name in (
        "tone_test_fresh11.jsonl",
        "tone_test_fresh11b.jsonl",
        "drafts_heldout_fresh15.jsonl",
        "deid_test_fresh15.jsonl",
    ):
        with pytest.raises(AssertionError, match="held out"):
            script._jsonl(script.DATA / "no-such-folder" / name)
    groups = {group for _, _, group in script.read_rows()}
    assert groups == {
        *script.TONE_SETS,
        *script.DRAFTS_SETS,
        "tone_labelled",
        "history",
        "triage",
        "deid",
    }


def test_the_weights_rebuild_to_the_committed_file(tmp_path):
    """The training script run again writes the shipped model (about 30 s CPU): the same
    features in the same order, and weights, bias and threshold equal up to the last float32
    bits, which differ between CPUs (the shipped file was fitted on another machine; here the
    largest weight moved by 5e-7). A changed training text or rule moves them far more."""
    script = trainer()
    rows = script.read_rows()
    feats = script.Featurised(rows)
    threshold = script.choose_threshold(rows, feats)
    names, _, model = script.fit(rows, feats)
    script.save(names, model, threshold, tmp_path / "tone_model.npz")
    rebuilt = np.load(tmp_path / "tone_model.npz", allow_pickle=False)
    shipped = np.load(learned_tone.MODEL, allow_pickle=False)
    assert sorted(rebuilt.files) == sorted(shipped.files)
    for key in shipped.files:
        if shipped[key].dtype.kind in "fc":
            np.testing.assert_allclose(rebuilt[key], shipped[key], rtol=0, atol=1e-5, err_msg=key)
        else:
            np.testing.assert_array_equal(rebuilt[key], shipped[key], err_msg=key)


def test_a_groups_threshold_fold_depends_on_its_name_alone():
    """The folds the threshold is chosen on are fixed by FOLD_SEED and each group's name: a set
    added later lands in one fold and moves no other (stop 31: before, groups were dealt out in
    sorted order and one added set moved half the others)."""
    script = trainer()
    groups = sorted({group for _, _, group in script.read_rows()})
    folds = {group: script.fold_of(group) for group in groups}
    assert set(folds.values()) == set(range(script.THRESHOLD_FOLDS))
    for added in ("tone_test_fresh8.jsonl", "drafts_heldout_fresh12.jsonl", "zz_new_set.jsonl"):
        assert 0 <= script.fold_of(added) < script.THRESHOLD_FOLDS
        assert {group: script.fold_of(group) for group in groups} == folds
    # every fold holds out at least one tone set (the threshold reads their civil messages)
    assert {script.fold_of(name) for name in script.TONE_SETS} == set(range(script.THRESHOLD_FOLDS))


def test_the_same_texts_in_another_order_give_the_same_threshold():
    """Rows are sorted before folds and fits: the order they are read in changes nothing (a
    few tone sets, so that it runs in seconds)."""
    import random

    script = trainer()
    rows = [row for row in script.read_rows() if row[2] in script.TONE_SETS[:6]]
    feats = script.Featurised(rows)
    shuffled = list(rows)
    random.Random(7).shuffle(shuffled)
    assert shuffled != rows
    assert script.choose_threshold(shuffled, feats) == script.choose_threshold(rows, feats)
