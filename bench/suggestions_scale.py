"""Benchmark: training time, peak memory and drafting latency with many past replies.

Generates (member message -> reply) pairs from the demo corpus's intents and wordings (fictional
facts), normalises them as the product does, fits the engine and times drafting.

    .venv/bin/python bench/suggestions_scale.py [--pairs 100000] [--drafts 2000]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careteam.settings")
os.environ.setdefault("SECRET_KEY", "bench-secret-key-not-for-production-0123456789-abcdefghijkl")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=100_000)
    parser.add_argument("--drafts", type=int, default=2000)
    args = parser.parse_args()
    import django

    django.setup()
    from careteam.demo import corpus
    from careteam.demo.seed import _facts, _member_text, _pick_intent
    from suggestions.api import KnownFacts, to_template
    from training.fit import Pair, calibrate, fit_engine, reply_set_of, split_by_time

    rng = random.Random(7)
    agents = [SimpleNamespace(first_name=name) for name in ("Ana", "Ben", "Sam")]
    started = time.perf_counter()
    pairs = []
    for number in range(args.pairs + args.drafts):
        member = SimpleNamespace(first_name=rng.choice(corpus.FIRST_NAMES),
                                 last_name=rng.choice(corpus.LAST_NAMES),
                                 plan=rng.choice(corpus.PLANS))  # fmt: skip
        agent = rng.choice(agents)
        intent = _pick_intent(rng)
        facts = _facts(rng, member, date(2026, 1, 1) + timedelta(days=rng.randrange(300)), agent)
        known = KnownFacts(member_first_name=member.first_name, member_last_name=member.last_name,
                           plan=member.plan, agent_names=("Ana", "Ben", "Sam"))  # fmt: skip
        pairs.append(Pair(
            context=to_template(_member_text(rng, intent, facts), known),
            reply=to_template(rng.choice(intent.replies).format(**facts), known),
            at=float(number),
        ))  # fmt: skip
    normalise_seconds = time.perf_counter() - started
    train, held_out = split_by_time(pairs, held_out=args.drafts / len(pairs))
    started = time.perf_counter()
    engine = fit_engine(train)
    fit_seconds = time.perf_counter() - started
    calibrate(engine, held_out[: args.drafts // 2], reply_set_of(engine))
    latencies = []
    for pair in held_out:
        began = time.perf_counter()
        ranked = engine.rank(pair.context, top=4)
        engine.confidence(ranked)
        latencies.append((time.perf_counter() - began) * 1000)
    latencies.sort()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pairs: {len(train)}")
    print(f"replies_in_set: {len(engine.candidates)}")
    print(f"normalise_seconds: {normalise_seconds:.1f}")
    print(f"fit_seconds: {fit_seconds:.1f}")
    print(f"peak_memory_mb: {peak_mb:.0f}")
    print(f"draft_latency_median_ms: {statistics.median(latencies):.2f}")
    print(f"draft_latency_p99_ms: {latencies[int(0.99 * (len(latencies) - 1))]:.2f}")


if __name__ == "__main__":
    main()
