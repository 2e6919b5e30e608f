"""The canonical replies a fitted engine ranks: the pairs it learns from, identical and nearly
identical wordings merged into one reply, and the newest past messages each reply keeps."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sklearn.feature_extraction.text import TfidfVectorizer

from suggestions.engine.model import Candidate, reply_key

NEAR_DUPLICATE = 0.8
NEAR_DUPLICATE_POOL = 5000  # the most used replies are compared pairwise for near-duplicates
# Past messages kept per reply (the newest): enough wordings for the nearest-message features,
# while drafting time and memory stop growing with the history's length.
MESSAGES_PER_REPLY = 1000


@dataclass(frozen=True, slots=True)  # slots: a million pairs held for fitting, no dict each
class Pair:
    context: str  # normalised member message(s)
    reply: str  # normalised reply template
    at: float = 0.0  # when the reply was sent (epoch seconds), for time splits
    # Drafts an agent discarded for this message (templates): negatives the ranker must learn.
    rejected: tuple[str, ...] = ()
    topic: str = ""  # the thread's topic, so each reply knows what it is usually about


@dataclass
class ReplySet:
    candidates: list[Candidate]
    index_of_key: dict[str, int]

    def index_for(self, reply: str) -> int | None:
        return self.index_of_key.get(reply_key(reply))


def build_reply_set(pairs: Sequence[Pair], blocked: set[str] | None = None) -> ReplySet:
    """Canonical replies: identical ones counted together, near-duplicates merged into the most
    used wording (cosine >= NEAR_DUPLICATE between the most used NEAR_DUPLICATE_POOL)."""
    counts: dict[str, int] = defaultdict(int)
    wording: dict[str, str] = {}
    examples: dict[str, list[str]] = defaultdict(list)
    topics: dict[str, Counter[str]] = defaultdict(Counter)
    for pair in pairs:
        key = reply_key(pair.reply)
        counts[key] += 1
        if pair.topic:
            topics[key][pair.topic] += 1
        wording.setdefault(key, pair.reply)
        if len(examples[key]) < 3:
            examples[key].append(pair.context)
    keys = sorted(counts, key=lambda key: (-counts[key], key))
    merged_into: dict[str, str] = {}
    pool = keys[:NEAR_DUPLICATE_POOL]
    if len(pool) > 1:
        vectors = TfidfVectorizer(sublinear_tf=True).fit_transform(pool)
        similarity = (vectors @ vectors.T).tocsr()
        for position, key in enumerate(pool):
            if key in merged_into:
                continue
            row = similarity.getrow(position)
            for other in row.indices[row.data >= NEAR_DUPLICATE]:
                other_key = pool[other]
                if other > position and other_key not in merged_into:
                    merged_into[other_key] = key
    candidates: list[Candidate] = []
    index_of_key: dict[str, int] = {}
    for key in keys:
        if key in merged_into:
            continue
        index_of_key[key] = len(candidates)
        candidates.append(
            Candidate(
                template=wording[key],
                count=counts[key],
                examples=list(examples[key]),
                blocked=key in (blocked or set()),
                topic=topics[key].most_common(1)[0][0] if topics[key] else "",
            )
        )
    for key, target in merged_into.items():
        index = index_of_key[target]
        index_of_key[key] = index
        candidates[index].count += counts[key]
    return ReplySet(candidates=candidates, index_of_key=index_of_key)


def newest_per_reply(usable: list[tuple[Pair, int]]) -> list[tuple[Pair, int]]:
    """At most MESSAGES_PER_REPLY pairs per reply, the newest, in their original order."""
    newest_first = sorted(range(len(usable)), key=lambda position: -usable[position][0].at)
    kept: dict[int, int] = defaultdict(int)
    keep = []
    for position in newest_first:
        index = usable[position][1]
        if kept[index] < MESSAGES_PER_REPLY:
            kept[index] += 1
            keep.append(position)
    return [usable[position] for position in sorted(keep)]
