"""Benchmark: what recording a request's duration costs, and reading the response-times page's
figures and the /metrics exposition, on a real Redis. Prints one `name: value` line per figure.

    .venv/bin/python bench/telemetry.py [--redis-url redis://127.0.0.1:6379/4] [--records 5000]
                                        [--routes 40]

It records under its own key prefix (removed at the end): --records durations spread over
--routes route labels and the last day, as a day of traffic would leave them.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/4")
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--routes", type=int, default=40)
    args = parser.parse_args()
    prefix = f"bench-durations-{uuid.uuid4().hex}"
    os.environ.update(
        DJANGO_SETTINGS_MODULE="careteam.settings", DEBUG="1", METRICS_REDIS_URL=args.redis_url,
        METRICS_KEY_PREFIX=prefix, LOG_LEVEL="WARNING",
    )  # fmt: skip
    import django

    django.setup()
    import redis

    from careteam.telemetry import store
    from careteam.telemetry.prometheus import _histogram

    rng = random.Random(11)
    labels = [store.label_of("GET", f"route-{n}", "2xx") for n in range(args.routes)]
    now = time.time()
    timings = []
    try:
        for _ in range(args.records):
            seconds = rng.lognormvariate(-4, 0.8)
            at = now - rng.uniform(0, 86_000)
            started = time.perf_counter()
            store.record(store.REQUEST, rng.choice(labels), seconds, at=at)
            timings.append((time.perf_counter() - started) * 1e6)
        timings.sort()
        print(f"record_median_us: {statistics.median(timings):.0f}")
        print(f"record_p99_us: {timings[int(0.99 * (len(timings) - 1))]:.0f}")
        for name, read in (
            ("last_hour", lambda: store.last_hour(store.REQUEST)),
            ("last_day", lambda: store.last_day(store.REQUEST)),
            ("prometheus_histograms", lambda: _histogram(store.REQUEST)),
        ):
            reads = []
            for _ in range(20):
                started = time.perf_counter()
                read()
                reads.append((time.perf_counter() - started) * 1000)
            print(f"{name}_median_ms: {statistics.median(reads):.1f}")
    finally:
        client = redis.Redis.from_url(args.redis_url)
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)


if __name__ == "__main__":
    main()
