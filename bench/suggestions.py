"""Benchmark of the reply engine. Prints one `name: value` line per figure.

Reply-ranking quality on InsuranceQA (../shared/data/insuranceqa): the engine learns from the
training pairs through the same code path the product uses (suggestions.engine), ranks each dev
question's candidate pool, and is compared with BM25 computed here on the same pools.

    .venv/bin/python bench/suggestions.py [--pool FILE | --validate] [--data DIR] [--limit N]

It also prints a calibration figure independent of the demo: the confidence that the top answer
of a pool is right, fitted on the first half of the questions and judged on the second.

`--validate` keeps dev untouched for choosing between engine variants: it learns from 80% of
the training questions and ranks the other 20%, each in a pool of its answers and random
others (500 in all, as the dev pools are built).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careteam.settings")
os.environ.setdefault("SECRET_KEY", "bench-secret-key-not-for-production-0123456789-abcdefghijkl")
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "insuranceqa"


def read_jsonl(path: Path) -> list[dict]:
    with path.open() as file:
        return [json.loads(line) for line in file if line.strip()]


def bm25_scores(query: list[str], documents: list[list[str]], k1: float = 1.5, b: float = 0.75):
    """Okapi BM25 of each document for the query, with statistics from `documents`."""
    frequencies = Counter(term for document in documents for term in set(document))
    average = sum(len(d) for d in documents) / max(1, len(documents))
    total = len(documents)
    scores = []
    for document in documents:
        counts = Counter(document)
        score = 0.0
        for term in set(query):
            if term not in counts:
                continue
            idf = math.log(1 + (total - frequencies[term] + 0.5) / (frequencies[term] + 0.5))
            tf = counts[term]
            score += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len(document) / average))
        scores.append(score)
    return scores


def tokens(text: str) -> list[str]:
    return [token for token in "".join(c.lower() if c.isalnum() else " " for c in text).split()]


def held_out_pools(train: list[dict], answer_ids: list[int], share: float = 0.2, size: int = 500):
    """Training questions split at random: the rest, and the held-out ones with 500-answer pools."""
    rng = random.Random(1)
    order = list(range(len(train)))
    rng.shuffle(order)
    cut = int(len(order) * (1 - share))
    pools = []
    for index in order[cut:]:
        row = train[index]
        others = [a for a in rng.sample(answer_ids, size + 100) if a not in row["answer_ids"]]
        candidates = [*row["answer_ids"], *others[: size - len(row["answer_ids"])]]
        rng.shuffle(candidates)  # the right answers not first: a stable sort's ties favour them
        pools.append({"question": row["question"], "gt_ids": row["answer_ids"],
                      "candidate_ids": candidates})  # fmt: skip
    return [train[index] for index in order[:cut]], pools


def tie_aware(scored: list[tuple[int, float]], truth: set[int]) -> tuple[float, float]:
    """Top-1 and reciprocal rank with ties counted against the ranker: a right answer ranks
    below every wrong one that scores the same, and is top-1 only when no wrong one ties it."""
    best_right = max(score for candidate, score in scored if candidate in truth)
    ahead = sum(1 for candidate, score in scored if candidate not in truth and score >= best_right)
    return float(ahead == 0), 1 / (1 + ahead)


def pool_and_truth(row: dict, position: dict[int, int]) -> tuple[list[int], set[int]]:
    """The pool's answers that exist, and which of them are right (none: the pool lacks it)."""
    pool = [position[answer_id] for answer_id in row["candidate_ids"] if answer_id in position]
    truth = {position[a] for a in row["gt_ids"] if a in position} & set(pool)
    return pool, truth


@dataclass
class EngineResult:
    top1: float = 0.0
    reciprocal: float = 0.0
    latencies: list[float] = field(default_factory=list)
    # Per question, in order: the calibration inputs of its ranking and whether the top is right.
    calibration: list[tuple[tuple[float, float], int]] = field(default_factory=list)


def score_engine(engine, pool_rows: list[dict], position: dict[int, int]) -> EngineResult:
    """The engine over every pool; a question whose pool lacks its answer is a miss."""
    import numpy as np

    result = EngineResult()
    for row in pool_rows:
        pool, truth = pool_and_truth(row, position)
        began = time.perf_counter()
        ranked = engine.rank(row["question"], top=len(pool), among=np.array(pool))
        result.latencies.append((time.perf_counter() - began) * 1000)
        if not truth:
            result.calibration.append((engine.calibration_inputs(ranked), 0))
            continue
        top, reciprocal = tie_aware([(item.index, item.score) for item in ranked], truth)
        result.calibration.append((engine.calibration_inputs(ranked), int(top)))
        result.top1 += top
        result.reciprocal += reciprocal
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--pool", type=Path, help="questions with candidate pools (dev.jsonl)")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N questions")
    parser.add_argument("--validate", action="store_true",
                        help="score held-out training questions instead of --pool")  # fmt: skip
    args = parser.parse_args()
    if args.validate and args.pool:
        parser.error("--validate ranks held-out training questions and takes no --pool")
    import django

    django.setup()
    import numpy as np

    from suggestions.api import Pair, engine_fit_to_replies

    answers = {row["id"]: row["text"] for row in read_jsonl(args.data / "answers.jsonl")}
    train = read_jsonl(args.data / "train.jsonl")
    if args.validate:
        train, pool_rows = held_out_pools(train, sorted(answers))
    else:
        pool_rows = read_jsonl(args.pool or args.data / "dev.jsonl")
    if args.limit:
        pool_rows = pool_rows[: args.limit]

    # Every answer is a candidate; the training questions are the contexts it answered.
    ids = sorted(answers)
    position = {answer_id: index for index, answer_id in enumerate(ids)}
    used = Counter(answer_id for row in train for answer_id in row["answer_ids"])
    replies = {str(answer_id): (answers[answer_id], used[answer_id]) for answer_id in ids}
    pairs = [Pair(context=row["question"], reply=str(answer_id)) for row in train
             for answer_id in row["answer_ids"]]  # fmt: skip

    started = time.perf_counter()
    engine = engine_fit_to_replies(pairs, replies=replies)
    fit_seconds = time.perf_counter() - started

    engine_result = score_engine(engine, pool_rows, position)
    # Without the usage feature: in this data a reply used in training is rarely a test answer,
    # so a rule that favours much-used replies moves the figure by itself. A constant usage
    # column shifts every candidate's score alike (it is not standardised), so it drops out.
    engine.usage = np.zeros_like(engine.usage)
    without_usage = score_engine(engine, pool_rows, position)
    bm25_top1 = bm25_reciprocal = 0.0
    missing = 0
    for row in pool_rows:
        pool, truth = pool_and_truth(row, position)
        if not truth:
            missing += 1
            continue
        texts = [tokens(answers[a]) for a in row["candidate_ids"] if a in position]
        scores = bm25_scores(tokens(row["question"]), texts)
        top, reciprocal = tie_aware(list(zip(pool, scores, strict=True)), truth)
        bm25_top1 += top
        bm25_reciprocal += reciprocal
    count = len(pool_rows)
    source = "held-out training questions" if args.validate else (args.pool or "dev.jsonl")
    print(f"insuranceqa_pools: {source}")
    print(f"insuranceqa_questions: {count}")
    print(f"insuranceqa_fit_seconds: {fit_seconds:.1f}")
    print(f"questions_without_their_answer_in_pool: {missing} (counted as misses)")
    print(f"engine_top1: {engine_result.top1 / count:.3f}")
    print(f"engine_mrr: {engine_result.reciprocal / count:.3f}")
    print(f"engine_without_usage_top1: {without_usage.top1 / count:.3f}")
    print(f"engine_without_usage_mrr: {without_usage.reciprocal / count:.3f}")
    print(f"bm25_top1: {bm25_top1 / count:.3f}")
    print(f"bm25_mrr: {bm25_reciprocal / count:.3f}")
    latencies = sorted(engine_result.latencies)
    print(f"engine_rank_500_median_ms: {statistics.median(latencies):.1f}")
    print(f"engine_rank_500_p99_ms: {latencies[int(0.99 * (len(latencies) - 1))]:.1f}")
    print_calibration(engine_result.calibration)


def print_calibration(rows: list[tuple[tuple[float, float], int]]) -> None:
    """An independent calibration figure: the confidence that the top answer is right, fitted
    on the first half of the questions (in the file's order) and judged on the second, by the
    product's calibration and by the fit before stop 24 (same inputs)."""
    from suggestions.api import calibrator_fit, calibrator_fit_plain
    from training.evaluation import chance_calibration_error, expected_calibration_error

    half = len(rows) // 2
    fitted, judged = rows[:half], rows[half:]
    inputs, hits = [row[0] for row in fitted], [row[1] for row in fitted]
    print(f"calibration_questions: {len(fitted)} fitted on, {len(judged)} judged on (10 bins)")
    for name, fit in (
        ("calibration", calibrator_fit),
        ("calibration_before", calibrator_fit_plain),
    ):
        calibrator = fit(inputs, hits)
        assert calibrator is not None
        outcomes = [(calibrator.chance(*row[0]), bool(row[1])) for row in judged]
        confidences = [confidence for confidence, _ in outcomes]
        print(f"{name}_error: {expected_calibration_error(outcomes):.3f} "
              f"(perfectly calibrated on as many: {chance_calibration_error(confidences):.3f}; "
              f"confidence {min(confidences):.2f}-{max(confidences):.2f}, "
              f"{len(set(round(c, 4) for c in confidences))} distinct)")  # fmt: skip


if __name__ == "__main__":
    main()
