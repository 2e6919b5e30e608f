"""Fitting the reply engine from normalised (member message -> reply) pairs: the canonical
replies, the vectorisers and learned tables, the ranker, and the confidence's calibration."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from django.conf import settings
from scipy import sparse
from scipy.optimize import minimize
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize

from suggestions.engine.features import FEATURES, HEURISTIC_WEIGHTS, OPENING_WORDS, bm25_matrix
from suggestions.engine.model import (
    Calibrator,
    Candidate,
    Engine,
    Learned,
    LinearRanker,
    TopicModel,
    calibration_inputs,
    reply_key,
)
from suggestions.outcomes import similarity

NEAR_DUPLICATE = 0.8
NEAR_DUPLICATE_POOL = 5000  # the most used replies are compared pairwise for near-duplicates
LATENT_DIMENSIONS = 200
RIDGE = 1.0
FOLDS = 5
WORD_PATTERN = r"(?u)\b\w+\b"
RANKER_QUERIES = 1500
# Past messages kept per reply (the newest): enough wordings for the nearest-message features,
# while drafting time and memory stop growing with the history's length.
MESSAGES_PER_REPLY = 1000
RANKER_NEGATIVES = 150  # replies sampled at random against the one sent, per message
RANKER_L2 = 0.01
TRANSLATION_EM = 5  # EM iterations for the translation table
TRANSLATION_PAIRS = 20_000  # at most this many pairs teach it (time and memory stay bounded)
TOPIC_EXAMPLES = 30_000  # the newest messages with a topic teach the topic classifier
TOPIC_C = 10.0  # inverse L2 strength, chosen by cross-validation on the demo history


@dataclass(frozen=True)
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


def fit_engine(
    pairs: Sequence[Pair],
    *,
    reply_set: ReplySet | None = None,
    extra_texts: Sequence[str] = (),
    progress: Callable[[str], None] = lambda message: None,
    seed: int = 0,
) -> Engine:
    """Fit an engine on `pairs`. `extra_texts` (unlabelled replies) only widen the vocabulary."""
    reply_set = reply_set or build_reply_set(pairs)
    usable_pairs = _newest_per_reply(
        [(pair, index) for pair in pairs if (index := reply_set.index_for(pair.reply)) is not None]
    )
    contexts = [pair.context for pair, _ in usable_pairs]
    context_candidate = np.array([index for _, index in usable_pairs], dtype=np.int64)
    templates = [candidate.template for candidate in reply_set.candidates]
    progress(f"vectorising {len(contexts):,} messages and {len(templates):,} replies")
    corpus = [*contexts, *templates, *extra_texts]
    word = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=1, max_features=200_000)
    word.fit(corpus)
    char = TfidfVectorizer(sublinear_tf=True, analyzer="char_wb", ngram_range=(3, 5),
                           max_features=200_000)  # fmt: skip
    char.fit([*contexts, *templates])
    contexts_word = word.transform(contexts).tocsr()
    candidates_word = word.transform(templates).tocsr()
    candidates_char = char.transform(templates).tocsr()

    progress("learning the latent question -> answer map")
    dimensions = max(2, min(LATENT_DIMENSIONS, candidates_word.shape[1] - 1, len(corpus) - 1))
    svd = TruncatedSVD(n_components=dimensions, random_state=seed)
    blocks = [contexts_word, candidates_word]
    if extra_texts:
        blocks.append(word.transform(extra_texts))
    svd.fit(sparse.vstack(blocks))
    components = svd.components_.T
    context_latent = normalize(contexts_word @ components)
    candidate_latent = normalize(candidates_word @ components)
    target = candidate_latent[context_candidate] if len(context_candidate) else context_latent
    folds = np.arange(len(contexts)) % FOLDS

    usage = np.log1p([candidate.count for candidate in reply_set.candidates])
    usage_scale = float(usage.max()) if usage.size and usage.max() > 0 else 1.0
    bm25_terms = CountVectorizer(token_pattern=WORD_PATTERN).fit([*templates, *contexts])
    template_terms = bm25_terms.transform(templates).tocsr()
    template_words = [template.split() for template in templates]
    opening_counts = bm25_terms.transform(
        [" ".join(words[:OPENING_WORDS]) for words in template_words]
    ).tocsr()
    frequency = np.bincount(template_terms.indices, minlength=template_terms.shape[1])
    documents = max(1, len(templates))
    term_idf = np.log(1 + (documents - frequency + 0.5) / (frequency + 0.5))
    progress("learning which message words the replies answer (translation table)")
    language, background = _language_model(template_terms)
    context_terms = bm25_terms.transform(contexts).tocsr()
    answered_terms = template_terms[context_candidate] if len(contexts) else template_terms[:0]
    # A long reply's opening usually restates the question: (opening, rest) pairs teach the
    # translation table from the replies alone, beyond the messages.
    long = [row for row, words in enumerate(template_words) if len(words) >= 2 * OPENING_WORDS]
    opening_terms = opening_counts[long]
    rest_terms = bm25_terms.transform(
        [" ".join(template_words[row][OPENING_WORDS:]) for row in long]
    ).tocsr()

    context_topics = np.array([pair.topic for pair, _ in usable_pairs], dtype=object)
    contexts_char = char.transform(contexts).tocsr() if contexts else None

    def learn(inside: np.ndarray) -> Learned:
        asked, answered = context_terms[inside], answered_terms[inside]
        return Learned(
            topics=fit_topics(
                contexts_word[inside], contexts_char[inside], context_topics[inside], seed
            )
            if contexts_char is not None
            else None,
            question_to_answer=_ridge(context_latent[inside], target[inside]),
            translation=translation_table(asked, answered),
            translation_with_openings=translation_table(
                sparse.vstack([asked, opening_terms]).tocsr(),
                sparse.vstack([answered, rest_terms]).tocsr(),
            ),
            reverse_translation=translation_table(answered, asked),
        )

    learned = learn(np.ones(len(contexts), dtype=bool))
    # Learned without each fold, so the ranker sees these features as a new message gets them.
    fold_learned = [learn(folds != fold) for fold in range(FOLDS)]
    engine = Engine(
        candidates=reply_set.candidates, word=word, char=char, contexts_word=contexts_word,
        context_candidate=context_candidate, candidates_word=candidates_word,
        candidates_char=candidates_char, latent_components=components, learned=learned,
        candidates_latent=candidate_latent,
        usage=usage / usage_scale, usage_scale=usage_scale, bm25_terms=bm25_terms,
        candidates_bm25=bm25_matrix(template_terms),
        candidates_bm25_opening=bm25_matrix(opening_counts),
        candidates_terms=(template_terms > 0).astype(np.float64).tocsr(), term_idf=term_idf,
        candidates_language=language, background=background,
    )  # fmt: skip
    engine.reply_keys = dict(reply_set.index_of_key)
    progress("training the ranker")
    rejected = [
        tuple(
            index
            for template in pair.rejected
            if (index := reply_set.index_for(template)) is not None and index != answer
        )
        for pair, answer in usable_pairs
    ]
    engine.ranker = _fit_ranker(
        engine, contexts, context_candidate, seed, folds, fold_learned, rejected
    )
    return engine


def fit_topics(
    words: sparse.csr_matrix, chars: sparse.csr_matrix, topics: np.ndarray, seed: int = 0
) -> TopicModel | None:
    """A multinomial logistic regression from a message's TF-IDF rows to its thread's topic, on
    the newest TOPIC_EXAMPLES messages with one (None with fewer than two topics)."""
    labelled = np.flatnonzero(topics != "")[-TOPIC_EXAMPLES:]
    names = sorted(set(topics[labelled]))
    if len(names) < 2:
        return None
    inputs = sparse.hstack([words[labelled], chars[labelled]]).tocsr()
    model = LogisticRegression(C=TOPIC_C, max_iter=300, random_state=seed)
    model.fit(inputs, topics[labelled].astype(str))
    weights = model.coef_.T  # features x topics (one row of weights per topic)
    intercept = model.intercept_
    if len(names) == 2:  # binary: sklearn keeps one weight vector, for the second topic
        weights = np.hstack([-weights / 2, weights / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
    split = words.shape[1]
    return TopicModel(
        topics=tuple(str(name) for name in model.classes_),
        # Sparse: terms no labelled message has keep a zero weight and cost nothing stored.
        word_weights=sparse.csr_matrix(weights[:split].astype(np.float32)),
        char_weights=sparse.csr_matrix(weights[split:].astype(np.float32)),
        intercept=intercept,
    )


def _newest_per_reply(usable: list[tuple[Pair, int]]) -> list[tuple[Pair, int]]:
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


def _language_model(terms: sparse.csr_matrix) -> tuple[sparse.csr_matrix, np.ndarray]:
    lengths = np.asarray(terms.sum(axis=1)).ravel()
    language = (sparse.diags(1 / np.maximum(lengths, 1)) @ terms).tocsr()
    background = np.asarray(terms.sum(axis=0)).ravel() + 1.0
    return language, background / background.sum()


def translation_table(
    questions: sparse.csr_matrix, answers: sparse.csr_matrix, iterations: int = TRANSLATION_EM
) -> sparse.csr_matrix:
    """IBM model 1 (Brown et al. 1993) by EM: P(message word w | reply word t), from aligned
    (message term counts, reply term counts) rows; at most TRANSLATION_PAIRS rows are used."""
    vocabulary = questions.shape[1]
    if questions.shape[0] > TRANSLATION_PAIRS:
        keep = np.random.default_rng(0).choice(questions.shape[0], TRANSLATION_PAIRS, False)
        questions, answers = questions[keep], answers[keep]
    pair_ids, words, targets, weights = [], [], [], []
    for row in range(questions.shape[0]):
        asked = questions.indices[questions.indptr[row] : questions.indptr[row + 1]]
        start, end = answers.indptr[row], answers.indptr[row + 1]
        if not asked.size or start == end:
            continue
        size = end - start
        pair_ids.append(np.full(asked.size * size, row))
        words.append(np.repeat(asked, size))
        targets.append(np.tile(answers.indices[start:end], asked.size))
        weights.append(np.tile(answers.data[start:end], asked.size).astype(np.float64))
    if not words:
        return sparse.csr_matrix((vocabulary, vocabulary))
    word, target = np.concatenate(words), np.concatenate(targets)
    weight = np.concatenate(weights)
    cells, cell = np.unique(word.astype(np.int64) * vocabulary + target, return_inverse=True)
    _, asked_in_pair = np.unique(
        np.concatenate(pair_ids).astype(np.int64) * vocabulary + word, return_inverse=True
    )
    cell_target = cells % vocabulary
    chance = np.ones(cells.size)
    for _ in range(iterations):
        share = weight * chance[cell]
        share /= np.bincount(asked_in_pair, weights=share)[asked_in_pair]
        expected = np.bincount(cell, weights=share, minlength=cells.size)
        totals = np.bincount(cell_target, weights=expected, minlength=vocabulary)
        chance = expected / np.maximum(totals[cell_target], 1e-12)
    return sparse.csr_matrix(
        (chance, (cells // vocabulary, cell_target)), shape=(vocabulary, vocabulary)
    )


def _ridge(inputs: np.ndarray, targets: np.ndarray) -> np.ndarray:
    gram = inputs.T @ inputs + RIDGE * np.eye(inputs.shape[1])
    return np.linalg.solve(gram, inputs.T @ targets)


def _fit_ranker(
    engine: Engine,
    contexts: list[str],
    answers: np.ndarray,
    seed: int,
    folds: np.ndarray,
    fold_learned: list[Learned],
    rejected: list[tuple[int, ...]] | None = None,
) -> LinearRanker | None:
    """A linear ranker fitted listwise: for sampled past messages, the softmax over the reply
    that was sent and RANKER_NEGATIVES others (all replies when there are few) is maximised,
    with each message's features computed as a new message gets them (left out of its own
    neighbours, its own use of the reply not counted, maps and tables learned without its fold).

    Messages whose drafts agents discarded are always among the sampled ones, and the discarded
    replies always among their negatives: the hardest, truest negatives there are."""
    count = len(engine.candidates)
    if count < 2 or not contexts:
        return None
    rejected = rejected or [()] * len(contexts)
    rng = np.random.default_rng(seed)
    size = min(RANKER_QUERIES, len(contexts))
    with_rejections = np.array([i for i, r in enumerate(rejected) if r], dtype=np.int64)[:size]
    if len(with_rejections):
        rest = np.setdiff1d(np.arange(len(contexts)), with_rejections)
        sampled = rng.choice(rest, size=min(size - len(with_rejections), len(rest)),
                             replace=False)  # fmt: skip
        chosen = np.concatenate([with_rejections, sampled]).astype(np.int64)
    else:
        chosen = rng.choice(len(contexts), size=size, replace=False)
    groups = []
    for position in chosen:
        features = engine.features(
            contexts[position],
            exclude_context=int(position),
            learned=fold_learned[int(folds[position])],
        )
        truth = int(answers[position])
        if count - 1 <= RANKER_NEGATIVES:
            others = np.delete(np.arange(count), truth)
        elif not rejected[position]:
            others = rng.choice(count - 1, size=RANKER_NEGATIVES, replace=False)
            others = others + (others >= truth)
        else:
            hard = sorted(set(rejected[position]))[: RANKER_NEGATIVES // 2]
            # Sample a few extra, so that dropping the hard ones still leaves enough.
            extra = min(count - 1, RANKER_NEGATIVES + len(hard))
            random = rng.choice(count - 1, size=extra, replace=False)
            random = random + (random >= truth)
            random = random[~np.isin(random, hard)][: RANKER_NEGATIVES - len(hard)]
            others = np.concatenate([np.array(hard, dtype=np.int64), random])
        groups.append(features[np.concatenate([[truth], others])])
    if len({group.shape[0] for group in groups}) != 1:
        return None
    stacked = np.stack(groups)  # messages x (1 + negatives) x features
    flat = stacked.reshape(-1, stacked.shape[2])
    mean, spread = flat.mean(axis=0), flat.std(axis=0)
    scale = np.where(spread > 0, spread, 1.0)
    standard = (stacked - mean) / scale

    def loss(weights: np.ndarray) -> tuple[float, np.ndarray]:
        scores = standard @ weights
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        chance = exp / exp.sum(axis=1, keepdims=True)
        value = -np.log(chance[:, 0] + 1e-300).mean() + RANKER_L2 * weights @ weights
        expected = (chance[:, :, None] * standard).sum(axis=1)
        gradient = -(standard[:, 0, :] - expected).mean(axis=0) + 2 * RANKER_L2 * weights
        return float(value), gradient

    start = np.concatenate([HEURISTIC_WEIGHTS, np.zeros(flat.shape[1] - len(FEATURES))])
    result = minimize(loss, start * scale, jac=True, method="L-BFGS-B",
                      options={"maxiter": 500})  # fmt: skip
    return LinearRanker(mean=mean, scale=scale, weights=result.x)


def sent_like(template: str, reply: str) -> bool:
    """Whether the reply sent is the template as it is or edited (a teammate's other wording of
    the same answer counts): at least SUGGESTION_EDITED_SIMILARITY alike."""
    return similarity(template, reply) >= settings.SUGGESTION_EDITED_SIMILARITY


def calibrate(engine: Engine, pairs: Sequence[Pair]) -> None:
    """Fit the map from (top score, lead over the next) to the chance an agent sends the top
    reply, as it is or after edits (the reply sent is at least SUGGESTION_EDITED_SIMILARITY
    like it: a team's other wording of the same answer counts): logistic, so the confidence is
    continuous rather than a few steps."""
    inputs, hits = [], []
    for pair in pairs:
        ranked = engine.rank(pair.context, top=2)
        if ranked:
            inputs.append(calibration_inputs(ranked))
            hits.append(int(sent_like(ranked[0].template, pair.reply)))
    if not inputs:
        engine.calibrator = None
        return
    # One pseudo-miss below the scores seen and one pseudo-hit above: the fit exists when every
    # calibration reply was right (or wrong), and a small sample cannot make it certain.
    low, high = np.min(inputs, axis=0), np.max(inputs, axis=0)
    inputs += [(low[0] - 1.0, 0.0), (high[0] + 1.0, high[1])]
    hits += [0, 1]
    model = LogisticRegression(C=1.0).fit(np.array(inputs), np.array(hits))
    engine.calibrator = Calibrator(
        weights=(float(model.coef_[0][0]), float(model.coef_[0][1])),
        intercept=float(model.intercept_[0]),
    )


def engine_fit(
    pairs: Sequence[Pair],
    *,
    blocked: set[str] | None = None,
    progress: Callable[[str], None] = lambda message: None,
    seed: int = 0,
) -> Engine:
    """An engine fitted on `pairs`, its replies merged into canonical ones (the `blocked` reply
    keys never drafted). Its confidence is uncalibrated until engine_calibrate."""
    return fit_engine(
        pairs, reply_set=build_reply_set(pairs, blocked=blocked), progress=progress, seed=seed
    )


def engine_calibrate(engine: Engine, pairs: Sequence[Pair]) -> None:
    """Fit the engine's confidence on pairs it did not learn from (newer ones)."""
    calibrate(engine, pairs)


def engine_fit_to_replies(
    pairs: Sequence[Pair], *, replies: Mapping[str, tuple[str, int]], seed: int = 0
) -> Engine:
    """An engine whose candidates are exactly `replies` (key -> (template, times used)), none
    merged or dropped: for measuring ranking on a benchmark's own answer pool, where each
    pair's `reply` is the key of its answer rather than its text."""
    keys = list(replies)
    reply_set = ReplySet(
        candidates=[Candidate(template=replies[key][0], count=replies[key][1]) for key in keys],
        index_of_key={reply_key(key): index for index, key in enumerate(keys)},
    )
    return fit_engine(pairs, reply_set=reply_set, seed=seed)
