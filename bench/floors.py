"""Where drafts land by confidence, and whether a per-topic starting floor learned at training
time would beat the one global SUGGESTION_MIN_CONFIDENCE (docs/FIGURES.md, Stop 33, floor).

Reads a demo built by `bench/drafts.py --demo-cache DIR` (the same code: builds are repeatable)
and the `--details` files of drafts runs on that build. From the demo: the history's replies the
engine never learned from (training's calibration slice, then its test slice), each with the top
reply's topic, the topic of the reply the agent sent (the label: a thread's own topic calls a
thank-you in a billing thread wrong) and the confidence. The rule tried: on the calibration
slice, per reply topic with at least --support drafts, the lowest floor (not under --lowest,
grid 0.01) maximising right-topic minus wrong-topic drafts; other topics keep the global floor.
Prints aggregates only (a hold-out's details may be given: no item is printed).

    DEBUG=1 .venv/bin/python bench/floors.py --demo-cache DIR \
        --details f12.json:12 --details f13.json:13 --details f14.json:14
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

SAFETY_KINDS = {"emergency", "gibberish", "abuse"}
BANDS = (0.0, 0.25, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
FLOORS = (0.0, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50)
GRID = [round(0.05 + 0.01 * step, 2) for step in range(91)]

Draft = tuple[str, float, bool]  # (reply topic, confidence, right topic)


def history_drafts(cache: Path) -> dict[str, list[Draft]]:
    """The demo's held-out history replies as drafts, by slice (calibration, test)."""
    folder = tempfile.mkdtemp(prefix="floors-bench-")
    shutil.copytree(cache, folder, dirs_exist_ok=True)
    from drafts import set_up_environment

    set_up_environment(folder)
    import django

    django.setup()
    from suggestions.drafting import ALTERNATIVES
    from suggestions.models import ModelVersion
    from training.dataset import pairs_from_history, split_by_time
    from training.services import load_engine

    engine = load_engine(ModelVersion.objects.get(status=ModelVersion.Status.ACTIVE))
    _, rest = split_by_time(list(pairs_from_history()), held_out=0.3)
    calibration, test = split_by_time(rest, held_out=0.5)
    slices: dict[str, list[Draft]] = {}
    for name, pairs in (("calibration", calibration), ("test", test)):
        drafts = []
        for pair in pairs:
            ranked = engine.rank(pair.context, top=1 + ALTERNATIVES)
            if not ranked:
                continue
            sent = engine.index_for(pair.reply)
            truth = engine.candidates[sent].topic if sent is not None else pair.topic
            topic = engine.candidates[ranked[0].index].topic
            drafts.append((topic, engine.confidence(ranked), topic == truth))
        slices[name] = drafts
    shutil.rmtree(folder)
    return slices


def set_drafts(details: Path, number: str) -> list[Draft]:
    """A drafts run's drafts (held back by a gate: left out), right when the reply topic is one
    of the message's topics."""
    data = ROOT / "bench" / "data" / f"drafts_heldout_fresh{number}.jsonl"
    with data.open(encoding="utf-8") as file:
        items = [json.loads(line) for line in file if line.strip()]
    topics = {item["id"]: set(item.get("topics") or [item["topic"]]) for item in items}
    drafts = []
    with details.open(encoding="utf-8") as file:
        for line in file:
            row = json.loads(line)
            if row["kind"] in SAFETY_KINDS or row["confidence"] is None or row["held_back"]:
                continue
            right = row["reply_topic"] in topics[row["id"]]
            drafts.append((row["reply_topic"], row["confidence"], right))
    return drafts


def learned_floors(drafts: list[Draft], *, lowest: float, support: int) -> dict[str, float]:
    by_topic: dict[str, list[Draft]] = defaultdict(list)
    for draft in drafts:
        by_topic[draft[0]].append(draft)
    floors = {}
    for topic, mine in sorted(by_topic.items()):
        if len(mine) < support:
            continue
        best: tuple[int, float] | None = None
        for floor in (step for step in GRID if step >= lowest):
            gain = sum(1 if right else -1 for _, confidence, right in mine if confidence >= floor)
            if best is None or gain > best[0]:
                best = (gain, floor)
        assert best is not None
        floors[topic] = best[1]
    return floors


def shown(drafts: list[Draft], floors: dict[str, float], default: float) -> tuple[int, int]:
    kept = [
        right for topic, confidence, right in drafts if confidence >= floors.get(topic, default)
    ]
    return sum(kept), len(kept) - sum(kept)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--demo-cache", type=Path, required=True)
    parser.add_argument("--details", action="append", default=[], metavar="FILE:SET")
    parser.add_argument("--support", type=int, default=30)
    parser.add_argument("--lowest", type=float, default=0.25)
    parser.add_argument("--floor", type=float, default=0.25, help="the global floor compared")
    args = parser.parse_args()
    history = history_drafts(args.demo_cache)
    sets: dict[str, list[Draft]] = {"history test slice": history["test"]}
    for given in args.details:
        path, number = given.rsplit(":", 1)
        sets[f"fresh{number}"] = set_drafts(Path(path), number)
    print("right / wrong drafts by confidence band:")
    for name, drafts in sets.items():
        cells = []
        for low, high in itertools.pairwise(BANDS):
            band = [right for _, confidence, right in drafts if low <= confidence < high]
            cells.append(f"{low:.2f}+ {sum(band)}/{len(band) - sum(band)}")
        print(f"  {name} ({len(drafts)}): " + ", ".join(cells))
    print("global floor: right / wrong (right - wrong):")
    for floor in FLOORS:
        cells = []
        for name, drafts in sets.items():
            right, wrong = shown(drafts, {}, floor)
            cells.append(f"{name} {right}/{wrong} ({right - wrong})")
        print(f"  {floor:.2f}: " + "; ".join(cells))
    floors = learned_floors(history["calibration"], lowest=args.lowest, support=args.support)
    print(f"per-topic floors learned (support {args.support}, lowest {args.lowest}): {floors}")
    for name, drafts in sets.items():
        before = shown(drafts, {}, args.floor)
        after = shown(drafts, floors, args.floor)
        print(f"  {name}: global {args.floor} {before[0]}/{before[1]} -> per topic "
              f"{after[0]}/{after[1]}")  # fmt: skip


if __name__ == "__main__":
    main()
