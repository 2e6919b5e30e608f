"""The reliability figures train_model and evaluate_model report (training/evaluation.py)."""

import pytest

from training.evaluation import (
    chance_calibration_error,
    expected_calibration_error,
    reliability_bins,
)


def test_reliability_bins_count_every_reply_and_weigh_the_error_by_them():
    outcomes = (
        [(0.05, False)] * 10  # 0-10 %: none sent
        + [(0.45, True)] * 12 + [(0.45, False)] * 8  # 40-50 %: 60 % sent
        + [(0.5, True)] * 10  # on the edge: the bin below, 40-50 %
        + [(0.97, True)] * 4 + [(0.97, False)] * 6  # 90-100 %: 40 % sent
    )  # fmt: skip
    bins = reliability_bins(outcomes)
    assert [(row.low, row.high, row.replies) for row in bins] == [
        (0.0, pytest.approx(0.1), 10),
        (pytest.approx(0.4), pytest.approx(0.5), 30),
        (pytest.approx(0.9), 1.0, 10),
    ]
    assert bins[1].confidence == pytest.approx((20 * 0.45 + 10 * 0.5) / 30)
    assert bins[1].sent == pytest.approx(22 / 30)
    expected = (10 * 0.05 + 30 * abs((20 * 0.45 + 5.0) / 30 - 22 / 30) + 10 * 0.57) / 50
    assert expected_calibration_error(outcomes) == pytest.approx(expected)
    assert reliability_bins([]) == [] and expected_calibration_error([]) == 0.0


def test_the_error_of_a_perfect_confidence_shrinks_with_more_replies():
    few, many = chance_calibration_error([0.47] * 100), chance_calibration_error([0.47] * 10000)
    assert 0.02 < few < 0.06 and many < 0.01
