"""Benchmark: training time, peak memory and drafting latency with many past replies.

Generates (member message -> reply) pairs from the demo history's intents and wordings
(suggestions/demo/data/history, with fictional facts in their slots), normalises them as the
product does (the facts are the member's records, so they go back to their slots), fits the
engine and times drafting.

    .venv/bin/python bench/suggestions_scale.py [--pairs 100000] [--drafts 2000] [--processes N]
        [--stored-forms arrival|none|seeded]

Normalising runs in worker processes over the cores (`--processes 1`: in this process alone)
through the function training's own path uses (suggestions.api.map_normalising: each distinct
text scanned once, each distinct template kept once); its CPU seconds count the workers'. The
generated texts repeat as a history does (the bench prints how many are distinct: 136,093 of
204,000 at 100,000 pairs, 782,554 of 2,004,000 at a million), and a repeated text is not
scanned again, as in training. `peak_memory_mb_before_fitting` is this process's peak once
every pair is normalised and held, before the fit. `training_seconds` is what training itself
takes (normalising, fitting, calibrating on the first half of the held-out pairs and the model
scan promotion adds); the wall clock of the whole run also counts starting Python and Django and
the drafts timed for the latency figures.

Stored scans (suggestions.scans): the product scans each member message when it comes in and
each reply when it is sent, stores the scan, and training reads it rather than scanning again.
`--stored-forms arrival` (the default) first plays that year of arrivals: it generates the same
pairs and stores each distinct text's scan through the product's own functions (scan_rows in
worker processes, scan_rows_save here), timed apart and reported per text as "arrival cost
spread over the year"; training then reads the stored scans and lays each pair's facts over
them. `--stored-forms none` empties the table first: training scans every text as before and
stores the scans it made (the first training after the upgrade). `--stored-forms seeded` keeps
what an earlier `arrival` run with the same --pairs and --drafts stored. It needs the database
migrated (DATABASE_URL; a bench database: the table of text scans is emptied or filled).
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careteam.settings")
os.environ.setdefault("SECRET_KEY", "bench-secret-key-not-for-production-0123456789-abcdefghijkl")


# The 300 days a generated date falls on, formatted once (a strftime per date cost a fifth of
# generating a pair).
DAYS = [
    f"{when:%B} {when.day}, {when.year}"
    for when in (date(2026, 1, 1) + timedelta(days=offset) for offset in range(300))
]


def synthetic_values(rng: random.Random, slots) -> dict:
    """Fictional record values for every slot a reply may use."""

    def money() -> str:
        return f"${rng.randrange(500, 480_000) / 100:,.2f}"

    def day() -> str:
        return DAYS[rng.randrange(300)]

    return {
        slots.CLAIM_NUMBER: f"CLM-2026-{rng.randrange(10**6, 10**7)}",
        slots.PROVIDER_NAME: rng.choice(["Riverside Imaging Center", "Lakeview Family Medicine",
                                         "Harborview Laboratory Services"]),
        slots.DATE_OF_SERVICE: day(), slots.PROCESSED_DATE: day(), slots.APPEAL_DEADLINE: day(),
        slots.PLAN_YEAR_END: day(), slots.BILLED: money(), slots.ALLOWED: money(),
        slots.PLAN_PAID: money(), slots.MEMBER_OWES: money(), slots.DEDUCTIBLE_APPLIED: money(),
        slots.COPAY: money(), slots.COINSURANCE: money(), slots.DEDUCTIBLE: money(),
        slots.DEDUCTIBLE_MET: money(), slots.DEDUCTIBLE_REMAINING: money(), slots.OOP_MAX: money(),
        slots.OOP_MET: money(), slots.NETWORK_STATUS: rng.choice(["in network", "out of network"]),
        slots.DENIAL_REASON: "the service is not covered by your plan",
        slots.SERVICE: "an MRI of the knee",
    }  # fmt: skip


def normalise_pair(job, shared) -> object:
    """A generated pair's message and reply as templates (in a worker process)."""
    from suggestions.api import Pair, to_template

    context, reply, known, at = job
    return Pair(context=to_template(context, known), reply=to_template(reply, known), at=at)


def job_texts(job) -> tuple[str, str]:
    """The texts normalise_pair scans."""
    return job[0], job[1]


def generate(count, rng, intents, seen, record_values):
    """The bench's pairs in order (one random sequence): (message, reply, the thread's facts,
    time), counting the distinct texts in `seen` and the records' values in `record_values`."""
    from careteam.demo import corpus
    from suggestions.api import KnownFacts, Placeholder, fill
    from suggestions.demo.history import member_text

    weights = [intent.weight for intent in intents]
    for number in range(count):
        first, last = rng.choice(corpus.FIRST_NAMES), rng.choice(corpus.LAST_NAMES)
        plan, agent = rng.choice(corpus.PLANS), rng.choice(("Ana", "Ben", "Sam"))
        values = synthetic_values(rng, Placeholder)
        values.update({Placeholder.MEMBER_FIRST_NAME: first, Placeholder.PLAN_NAME: plan,
                       Placeholder.AGENT_NAME: agent, Placeholder.PHONE: corpus.PLAN_PHONE})  # fmt: skip
        intent = rng.choices(intents, weights=weights)[0]
        details = {"amount": values[Placeholder.MEMBER_OWES],
                   "date": values[Placeholder.DATE_OF_SERVICE],
                   "claim": values[Placeholder.CLAIM_NUMBER],
                   "provider": values[Placeholder.PROVIDER_NAME]}  # fmt: skip
        records = tuple((value, slot) for slot, value in values.items()
                        if slot not in (Placeholder.MEMBER_FIRST_NAME, Placeholder.PLAN_NAME,
                                        Placeholder.AGENT_NAME))  # fmt: skip
        known = KnownFacts(member_first_name=first, member_last_name=last, plan=plan,
                           agent_names=("Ana", "Ben", "Sam"), record_values=records)  # fmt: skip
        context = member_text(rng, rng.choice(intent.questions), details)
        reply = fill(rng.choice(intent.replies), values).text
        seen.update((hash(context), hash(reply)))
        record_values.update((("member name", f"{first} {last}"), ("member surname", last),
                              ("claim number", values[Placeholder.CLAIM_NUMBER]),
                              ("provider name", values[Placeholder.PROVIDER_NAME])))  # fmt: skip
        yield context, reply, known, float(number)


def scan_chunk(texts, shared) -> list:
    """In a worker: the rows the product stores when these texts come in."""
    from suggestions.scans import scan_rows

    return scan_rows(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=100_000)
    parser.add_argument("--drafts", type=int, default=2000)
    parser.add_argument("--processes", type=int, default=0, help="normalising (0: the cores)")
    parser.add_argument("--stored-forms", choices=("arrival", "none", "seeded"), default="arrival")
    args = parser.parse_args()
    import django

    django.setup()
    from suggestions.api import (
        Pair,
        engine_calibrate,
        engine_fit,
        engine_strings,
    )
    from suggestions.demo.history import load_intents
    from suggestions.models import TextScan
    from suggestions.processes import cores, map_in_processes, map_normalising
    from suggestions.scans import scan_rows_save, text_scans_save, text_scans_stored
    from suggestions.templating import text_key
    from training.dataset import split_by_time
    from training.scan import strings_scan

    intents = load_intents()
    processes = args.processes or cores()
    load_before = os.getloadavg()[0]
    seen: set[int] = set()  # hashes of the texts, to count the distinct ones
    record_values: set[tuple[str, str]] = set()  # what scan_model would search the model for

    def generated():
        return generate(args.pairs + args.drafts, rng, intents, seen, record_values)

    if args.stored_forms != "seeded":
        TextScan.objects.all().delete()
    if args.stored_forms == "arrival":
        # The year of arrivals: each distinct text scanned and stored once, as drafting and
        # sending do (a repeated text's row is the same row).
        rng = random.Random(7)
        stored_keys: set[bytes] = set()

        def arriving():
            for context, reply, _known, _at in generated():
                for text in (context, reply):
                    key = text_key(text)
                    if key not in stored_keys:
                        stored_keys.add(key)
                        yield text

        def chunks():
            texts = arriving()
            while chunk := [text for _, text in zip(range(500), texts, strict=False)]:
                yield chunk

        cpu_started = time.process_time()
        children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        stored = 0
        save_cpu = 0.0
        for rows in map_in_processes(scan_chunk, chunks(), processes=processes, chunk=1, minimum=2):
            began = time.process_time()
            scan_rows_save(rows)
            save_cpu += time.process_time() - began
            stored += len(rows)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        scan_cpu = (children.ru_utime + children.ru_stime) - (
            children_before.ru_utime + children_before.ru_stime
        )
        print(f"arrival_seconds: {time.perf_counter() - started:.1f} (generating the pairs too)")
        print(f"arrival_texts_stored: {stored:,} (distinct texts, their brace forms included)")
        print(f"arrival_scan_cpu_seconds: {scan_cpu:.1f} (workers), storing {save_cpu:.1f}")
        print(f"arrival_cost_spread_over_the_year_ms_per_text: scan {1000 * scan_cpu / stored:.2f}"
              f" (drafting and the reply checks scan it anyway), storing"
              f" {1000 * save_cpu / stored:.3f} (batched here)")  # fmt: skip
        print(f"arrival_parent_cpu_seconds: {time.process_time() - cpu_started:.1f}")
        seen.clear()
        record_values.clear()

    rng = random.Random(7)
    # CPU seconds next to the wall clock: on a shared machine the wall clock counts other
    # sessions' work too.
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_started = time.process_time()
    started = training_started = time.perf_counter()

    # Generated here in order (one random sequence), normalised in worker processes; training
    # reads the stored scans first and stores those it made last, as the product's does.
    began = time.perf_counter()
    scans = text_scans_stored()
    read_seconds = time.perf_counter() - began
    made: dict = {}
    pairs: list[Pair] = list(
        map_normalising(
            normalise_pair, generated(), texts=job_texts, processes=processes, scans=scans,
            made=made,
        )
    )  # fmt: skip
    began = time.perf_counter()
    text_scans_save(made)
    saved_seconds = time.perf_counter() - began
    stored_scans = len(scans) - len(made)
    del scans
    peak_before_fit_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    distinct = len(seen)
    normalise_seconds = time.perf_counter() - started
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    normalise_cpu = (
        time.process_time() - cpu_started
        + workers.ru_utime + workers.ru_stime
        - children_before.ru_utime - children_before.ru_stime
    )  # fmt: skip
    train, held_out = split_by_time(pairs, held_out=args.drafts / len(pairs))
    cpu_started = time.process_time()
    started = time.perf_counter()
    engine = engine_fit(train)
    fit_seconds = time.perf_counter() - started
    fit_cpu = time.process_time() - cpu_started
    started = time.perf_counter()
    engine_calibrate(engine, held_out[: args.drafts // 2])
    calibrate_seconds = time.perf_counter() - started
    training_seconds = time.perf_counter() - training_started
    latencies = []
    for pair in held_out:
        began = time.perf_counter()
        ranked = engine.rank(pair.context, top=4)
        engine.confidence(ranked)
        latencies.append((time.perf_counter() - began) * 1000)
    latencies.sort()
    # What promotion adds: scan_model's search of the engine's strings for the records' values.
    started = time.perf_counter()
    scan = strings_scan(engine_strings(engine), sorted(record_values))
    scan_seconds = time.perf_counter() - started
    training_seconds += scan_seconds
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pairs: {len(train)}")
    print(f"distinct_texts: {distinct} of {2 * len(pairs)} (messages and replies)")
    print(f"normalising_processes: {processes if len(pairs) >= 2000 else 1}")
    print(f"replies_in_set: {len(engine.candidates)}")
    print(f"stored_forms: {args.stored_forms}: {stored_scans:,} scans read in {read_seconds:.1f}"
          f" s; {len(made):,} made and stored in {saved_seconds:.1f} s")  # fmt: skip
    print(f"normalise_seconds: {normalise_seconds:.1f}")
    print(f"normalise_cpu_seconds: {normalise_cpu:.1f}")
    print(f"fit_seconds: {fit_seconds:.1f}")
    print(f"fit_cpu_seconds: {fit_cpu:.1f} (all threads)")
    print(f"calibrate_seconds: {calibrate_seconds:.1f}")
    print(f"training_seconds: {training_seconds:.1f} (normalising, fitting, calibrating and the"
          " model scan; not the drafts timed below nor starting Python and Django)")  # fmt: skip
    print(f"peak_memory_mb: {peak_mb:.0f}")
    print(f"peak_memory_mb_before_fitting: {peak_before_fit_mb:.0f}")
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"normalising_worker_peak_memory_mb: {worker_mb:.0f} (each, shared pages included)")
    print(f"model_scan_seconds: {scan_seconds:.1f} ({sum(scan.searched.values()):,} values)")
    print(f"model_scan_found: {dict(sorted(scan.found.items()))}")
    print(f"draft_latency_median_ms: {statistics.median(latencies):.2f}")
    print(f"draft_latency_p99_ms: {latencies[int(0.99 * (len(latencies) - 1))]:.2f}")
    print(f"load_average_before_after: {load_before:.1f} / {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
