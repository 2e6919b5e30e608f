"""The confidence's calibration (suggestions/engine/fitting.py, calibrator_fit): Platt scaling
whose strength is chosen by cross-validation on the held-out replies."""

import numpy as np

from suggestions.engine.fitting import calibrator_fit, calibrator_fit_plain
from training.evaluation import expected_calibration_error


def sample(rng: np.random.Generator, count: int, *, informative: bool):
    """(top score, lead) shaped like the demo's, and whether the top reply was sent: by a chance
    that rises with both, or the demo's share sent (0.47) whatever the scores."""
    top = rng.normal(14.0, 2.0, count)
    lead = np.abs(rng.normal(0.0, 1.5, count))
    if informative:
        chance = 1 / (1 + np.exp(-(1.2 * (top - 14.0) + 0.8 * lead - 0.8)))
    else:
        chance = np.full(count, 0.47)
    return list(zip(top, lead, strict=True)), (rng.random(count) < chance).astype(int)


def spread_on_noise(fit) -> float:
    """The median, over ten draws of 940 calibration replies (the demo's count), of how far
    apart the confidences of 5,000 new replies are, when the scores tell nothing."""
    spreads = []
    for seed in range(10):
        rng = np.random.default_rng(seed)
        inputs, hits = sample(rng, 940, informative=False)
        new_inputs, _ = sample(rng, 5000, informative=False)
        calibrator = fit(inputs, hits)
        chances = [calibrator.chance(*row) for row in new_inputs]
        spreads.append(max(chances) - min(chances))
    return float(np.median(spreads))


def test_scores_that_tell_nothing_leave_the_confidence_near_the_share_sent():
    # The fit before stop 24 spread such confidences over about 0.16 (0.38-0.61 on the demo);
    # what it spread on was noise, and new replies showed it as calibration error.
    assert spread_on_noise(calibrator_fit) < 0.05
    assert spread_on_noise(calibrator_fit_plain) > 0.1


def test_scores_that_tell_keep_a_continuous_calibrated_confidence_never_certain():
    rng = np.random.default_rng(3)
    inputs, hits = sample(rng, 2000, informative=True)
    calibrator = calibrator_fit(inputs, hits)
    new_inputs, new_hits = sample(rng, 5000, informative=True)
    chances = [calibrator.chance(*row) for row in new_inputs]
    assert min(chances) >= 0.01 and max(chances) <= 0.97
    assert max(chances) - min(chances) > 0.5
    assert len({round(chance, 4) for chance in chances}) > 1000
    outcomes = list(zip(chances, new_hits.astype(bool), strict=True))
    assert expected_calibration_error(outcomes) <= 0.035


def test_too_few_hits_to_cross_validate_still_give_a_confidence_short_of_certain():
    inputs = [(10.0 + step, 1.0) for step in range(12)]
    for hits in ([1] * 12, [0] * 9 + [1] * 3):
        calibrator = calibrator_fit(inputs, hits)
        assert calibrator is not None
        assert all(0.01 <= calibrator.chance(*row) <= 0.97 for row in inputs)
    assert calibrator_fit([], []) is None


# Two wordings of one answer to the same questions (sharing few words), and another answer of
# the same topic to other questions.
RESET = ["when does my deductible reset", "does the deductible start over in january",
         "is the deductible yearly or does it carry over", "deductible reset date?"]  # fmt: skip
LEFT = ["how much of my deductible is left", "have I met my deductible yet",
        "what remains on my deductible"]  # fmt: skip
RESET_A = "It starts again on January 1 each plan year, so spending from this year does not carry."
RESET_B = "Every new plan year your deductible goes back to zero on the first of January."
LEFT_REPLY = "You have met most of your deductible so far; the rest is shown in your portal."


def deductible_engine():
    from suggestions.engine.fitting import fit_engine
    from suggestions.engine.reply_set import Pair

    pairs = [
        Pair(context=question, reply=reply, topic="deductible")
        for question in RESET
        for reply in (RESET_A, RESET_B)
    ] + [Pair(context=question, reply=LEFT_REPLY, topic="deductible") for question in LEFT]
    return fit_engine(pairs * 2)


def test_another_wording_of_the_answer_sent_counts_as_sent_and_another_answer_does_not():
    from suggestions.engine.fitting import answers_alike, question_centroids, sent_like
    from suggestions.engine.model import Ranked

    engine = deductible_engine()
    centroids = question_centroids(engine)

    def ranked(template: str) -> Ranked:
        index = engine.index_for(template)
        assert index is not None
        return Ranked(index, engine.candidates[index].template, 1.0)

    assert not sent_like(RESET_A, RESET_B)  # few words shared: the exact-wording judge says no
    assert answers_alike(engine, centroids, ranked(RESET_A), RESET_B)
    assert answers_alike(engine, centroids, ranked(RESET_B), RESET_A)
    assert answers_alike(engine, centroids, ranked(RESET_A), RESET_A)
    # Same topic, other questions: not what the agent sent.
    assert not answers_alike(engine, centroids, ranked(LEFT_REPLY), RESET_A)
    assert not answers_alike(engine, centroids, ranked(RESET_B), LEFT_REPLY)
    # A reply the engine never learned counts by its words alone.
    assert not answers_alike(engine, centroids, ranked(RESET_A), "Please call us about it.")


def test_the_confidence_does_not_fall_when_a_team_has_more_wordings_of_each_answer():
    """What drifted across the demo's history redraws: judged on the exact wording, the same
    scores meant a lower chance for a team with more wordings per answer."""
    from suggestions.engine.fitting import calibrate
    from suggestions.engine.reply_set import Pair

    engine = deductible_engine()
    held_out = [Pair(context="my deductible resets when?", reply=reply, topic="deductible")
                for reply in (RESET_A, RESET_B) * 10]  # fmt: skip
    held_out += [Pair(context="what's left of my deductible", reply=LEFT_REPLY)] * 20
    calibrate(engine, held_out)
    ranked = engine.rank("my deductible resets when?", top=2)
    assert engine.candidates[ranked[0].index].template in (RESET_A, RESET_B)
    # Every held-out reset question was answered by one of its wordings: the draft's chance is
    # high, not the half that one wording alone would give.
    assert engine.confidence(ranked) > 0.75


def test_a_well_worn_reply_is_trusted_more_than_a_rare_one_at_the_same_scores():
    # The demo's held-out replies: 46 % of top replies used once in the history were sent,
    # 98 % of those used 20 times or more; the scores alone cannot show it (calibration_inputs).
    rng = np.random.default_rng(5)
    top = rng.normal(14.0, 2.0, 2000)
    lead = np.abs(rng.normal(0.0, 1.5, 2000))
    usage = np.log1p(rng.integers(1, 40, 2000))
    chance = 1 / (1 + np.exp(-(0.3 * (top - 14.0) + 0.2 * lead + 1.5 * (usage - 2.0))))
    hits = (rng.random(2000) < chance).astype(int)
    calibrator = calibrator_fit(list(zip(top, lead, usage, strict=True)), hits)
    assert calibrator is not None and len(calibrator.weights) == 3
    rare, common = (
        calibrator.chance(14.0, 1.0, np.log1p(1)),
        calibrator.chance(14.0, 1.0, np.log1p(30)),
    )
    assert common - rare > 0.3
    assert (
        calibrator_fit_plain(list(zip(top, lead, usage, strict=True)), hits).chance(
            14.0, 1.0, np.log1p(30)
        )
        <= 0.97
    )


def test_a_calibrator_saved_with_two_weights_reads_only_the_scores():
    from suggestions.engine.model import Calibrator

    old = Calibrator(weights=(0.3, 0.2), intercept=-3.0)
    assert old.chance(14.0, 1.0, np.log1p(30)) == old.chance(14.0, 1.0)
