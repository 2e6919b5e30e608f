"""Fitting the reply engine from normalised (member message -> reply) pairs: the vectorisers
and learned maps (the reply set, translation tables and ranker have their own modules), the
topic classifier, and the confidence's calibration."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np
from django.conf import settings
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression, LogisticRegressionCV
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import normalize

from suggestions.engine.features import OPENING_WORDS, bm25_matrix
from suggestions.engine.latent import latent_basis
from suggestions.engine.model import (
    NULL_DIRECTION_RATIO,
    Calibrator,
    Candidate,
    Engine,
    Learned,
    Ranked,
    TopicModel,
    reply_key,
)
from suggestions.engine.ranker import fit_ranker
from suggestions.engine.reply_set import Pair, ReplySet, build_reply_set, newest_per_reply
from suggestions.engine.translation import language_model, translation_table
from suggestions.engine.vectorising import Distinct, fitted_tfidf
from suggestions.outcomes import similarity

LATENT_DIMENSIONS = 200
RIDGE = 1.0
FOLDS = 5
WORD_PATTERN = r"(?u)\b\w+\b"
TOPIC_EXAMPLES = 30_000  # the newest messages with a topic teach the topic classifier
TOPIC_C = 10.0  # inverse L2 strength, chosen by cross-validation on the demo history
# Each topic weighs the same in the classifier's loss, however many threads the history opened on
# it: a rare family's wording ("id_card", 2 % of the openings) is not drowned by a common one's.
TOPIC_CLASS_WEIGHT = "balanced"


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
    usable_pairs = newest_per_reply(
        [(pair, index) for pair in pairs if (index := reply_set.index_for(pair.reply)) is not None]
    )
    contexts = [pair.context for pair, _ in usable_pairs]
    context_candidate = np.array([index for _, index in usable_pairs], dtype=np.int64)
    templates = [candidate.template for candidate in reply_set.candidates]
    progress(f"vectorising {len(contexts):,} messages and {len(templates):,} replies")
    corpus = [*contexts, *templates, *extra_texts]
    # Each distinct text is read once however often the history repeats it (the same
    # vocabularies, idf and rows as reading every text: vectorising.py).
    distinct_contexts = Distinct(contexts)
    word = fitted_tfidf(
        TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=1, max_features=200_000),
        Distinct(corpus),
    )
    char = fitted_tfidf(
        TfidfVectorizer(sublinear_tf=True, analyzer="char_wb", ngram_range=(3, 5),
                        max_features=200_000),
        Distinct([*contexts, *templates]),
    )  # fmt: skip
    contexts_word = distinct_contexts.rows(word.transform(distinct_contexts.texts).tocsr())
    candidates_word = word.transform(templates).tocsr()
    candidates_char = char.transform(templates).tocsr()

    progress("learning the latent question -> answer map")
    dimensions = max(2, min(LATENT_DIMENSIONS, candidates_word.shape[1] - 1, len(corpus) - 1))
    blocks = [contexts_word, candidates_word]
    if extra_texts:
        blocks.append(word.transform(extra_texts))
    # TruncatedSVD(dimensions, random_state=seed)'s basis bit for bit, in less memory (latent.py).
    basis, singular_values = latent_basis(sparse.vstack(blocks, format="csr"), dimensions, seed)
    # Directions beyond the texts' rank (singular value ~0) hold no information from them: what
    # the solver returns there depends on the CPU's floating-point kernels, and a message of
    # words the history barely holds ("hello?") would be scored along them differently on
    # another machine. Only the directions the texts span are kept.
    spanned = singular_values > singular_values[0] * NULL_DIRECTION_RATIO
    # Contiguous, so that each block of messages multiplied by it does not copy it again.
    components = np.ascontiguousarray(basis[spanned].T)
    del basis
    candidate_latent = normalize(candidates_word @ components)

    usage = np.log1p([candidate.count for candidate in reply_set.candidates])
    usage_scale = float(usage.max()) if usage.size and usage.max() > 0 else 1.0
    # Its vocabulary is every term in sorted order: the distinct texts have the same terms.
    bm25_terms = CountVectorizer(token_pattern=WORD_PATTERN).fit(
        [*templates, *distinct_contexts.texts]
    )
    template_terms = bm25_terms.transform(templates).tocsr()
    template_words = [template.split() for template in templates]
    opening_counts = bm25_terms.transform(
        [" ".join(words[:OPENING_WORDS]) for words in template_words]
    ).tocsr()
    frequency = np.bincount(template_terms.indices, minlength=template_terms.shape[1])
    documents = max(1, len(templates))
    term_idf = np.log(1 + (documents - frequency + 0.5) / (frequency + 0.5))
    progress("learning which message words the replies answer (translation table)")
    language, background = language_model(template_terms)
    context_terms = distinct_contexts.rows(bm25_terms.transform(distinct_contexts.texts).tocsr())
    answered_terms = template_terms[context_candidate] if len(contexts) else template_terms[:0]
    # A long reply's opening usually restates the question: (opening, rest) pairs teach the
    # translation table from the replies alone, beyond the messages.
    long = [row for row, words in enumerate(template_words) if len(words) >= 2 * OPENING_WORDS]
    opening_terms = opening_counts[long]
    rest_terms = bm25_terms.transform(
        [" ".join(template_words[row][OPENING_WORDS:]) for row in long]
    ).tocsr()

    context_topics = np.array([pair.topic for pair, _ in usable_pairs], dtype=object)
    folds = np.arange(len(contexts)) % FOLDS
    contexts_char = _topic_rows_char(char, contexts, context_topics, folds) if contexts else None
    # The replies teach topics too: each canonical reply, labelled with the topic of the threads
    # it most often answered, names the plan's words for its family ("coordination of benefits",
    # "out-of-pocket maximum") that members' openings word in many ways.
    reply_topics = (
        candidates_word,
        candidates_char,
        np.array([candidate.topic for candidate in reply_set.candidates], dtype=object),
    )

    question_to_answer, fold_question_to_answer = latent_ridge_maps(
        contexts_word, components, candidate_latent, context_candidate, folds
    )

    def learn(inside: np.ndarray, question_to_answer: np.ndarray) -> Learned:
        asked, answered = context_terms[inside], answered_terms[inside]
        return Learned(
            topics=fit_topics(
                contexts_word[inside],
                contexts_char[inside],
                context_topics[inside],
                seed,
                replies=reply_topics,
            )
            if contexts_char is not None
            else None,
            question_to_answer=question_to_answer,
            translation=translation_table(asked, answered),
            translation_with_openings=translation_table(
                sparse.vstack([asked, opening_terms]).tocsr(),
                sparse.vstack([answered, rest_terms]).tocsr(),
            ),
            reverse_translation=translation_table(answered, asked),
        )

    learned = learn(np.ones(len(contexts), dtype=bool), question_to_answer)
    # Learned without each fold, so the ranker sees these features as a new message gets them.
    fold_learned = [learn(folds != fold, fold_question_to_answer[fold]) for fold in range(FOLDS)]
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
    engine.ranker = fit_ranker(
        engine, contexts, context_candidate, seed, folds, fold_learned, rejected
    )
    return engine


def _topic_rows_char(
    char: TfidfVectorizer, contexts: list[str], topics: np.ndarray, folds: np.ndarray
) -> sparse.csr_matrix:
    """The messages' character TF-IDF rows that fit_topics reads (the newest TOPIC_EXAMPLES with
    a topic, over all messages and without each fold); the other rows are left empty. A row is
    the same transformed alone or among others, and most messages (every later message of a
    thread, every one past the newest TOPIC_EXAMPLES) are never read: transforming them all
    cost time and, at a million pairs, gigabytes."""
    labelled = topics != ""
    needed = np.zeros(len(contexts), dtype=bool)
    for inside in [np.ones(len(contexts), dtype=bool), *(folds != fold for fold in range(FOLDS))]:
        needed[np.flatnonzero(inside & labelled)[-TOPIC_EXAMPLES:]] = True
    rows = np.flatnonzero(needed)
    if not rows.size:
        return sparse.csr_matrix((len(contexts), len(char.vocabulary_)))
    read = char.transform([contexts[row] for row in rows]).tocsr()
    lengths = np.zeros(len(contexts), dtype=np.int64)
    lengths[rows] = np.diff(read.indptr)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    return sparse.csr_matrix(
        (read.data, read.indices, indptr), shape=(len(contexts), read.shape[1])
    )


def fit_topics(
    words: sparse.csr_matrix,
    chars: sparse.csr_matrix,
    topics: np.ndarray,
    seed: int = 0,
    *,
    replies: tuple[sparse.csr_matrix, sparse.csr_matrix, np.ndarray] | None = None,
) -> TopicModel | None:
    """A multinomial logistic regression from a message's TF-IDF rows to its thread's topic, on
    the newest TOPIC_EXAMPLES messages with one (None with fewer than two topics), each topic
    weighed alike (TOPIC_CLASS_WEIGHT). `replies`: the canonical replies' word and character
    rows and their usual topics ("" for none), learned beside the messages."""
    labelled = np.flatnonzero(topics != "")[-TOPIC_EXAMPLES:]
    word_blocks, char_blocks, labels = [words[labelled]], [chars[labelled]], [topics[labelled]]
    if replies is not None and labelled.size:
        reply_words, reply_chars, reply_labels = replies
        with_topic = np.flatnonzero(reply_labels != "")
        word_blocks.append(reply_words[with_topic])
        char_blocks.append(reply_chars[with_topic])
        labels.append(reply_labels[with_topic])
    targets = np.concatenate(labels).astype(str)
    names = sorted(set(targets))
    if len(names) < 2:
        return None
    inputs = sparse.hstack([sparse.vstack(word_blocks), sparse.vstack(char_blocks)]).tocsr()
    model = LogisticRegression(
        C=TOPIC_C, max_iter=300, random_state=seed, class_weight=TOPIC_CLASS_WEIGHT
    )
    model.fit(inputs, targets)
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


LATENT_BLOCK = 20_000  # messages put in the latent space at a time


def latent_ridge_maps(
    contexts_word: sparse.csr_matrix,
    components: np.ndarray,
    candidates_latent: np.ndarray,
    context_candidate: np.ndarray,
    folds: np.ndarray,
) -> tuple[np.ndarray, list[np.ndarray]]:
    """The ridge map from a message's latent vector to its reply's, on every message and
    without each fold: ridge(X, T) with X the messages' unit latent rows and T their replies'.

    Both sums the solve needs, X.T @ X and X.T @ T, are sums over messages, so they are summed
    block by block and fold by fold, and a map without fold f subtracts fold f's sums from the
    whole's. Neither X (messages x dimensions) nor T is held whole, nor copied per fold: at a
    million pairs each was 0.8 GB, and each of the six fits copied most of both again. The maps
    equal solving on the rows themselves up to the order of summation (the last bits)."""
    dimensions = components.shape[1]
    fold_grams = np.zeros((FOLDS, dimensions, dimensions))
    fold_crosses = np.zeros((FOLDS, dimensions, dimensions))
    for start in range(0, contexts_word.shape[0], LATENT_BLOCK):
        block = slice(start, start + LATENT_BLOCK)
        latent = normalize(contexts_word[block] @ components, copy=False)
        answers = context_candidate[block]
        block_folds = folds[block]
        for fold in range(FOLDS):
            rows = block_folds == fold
            inputs = latent[rows]
            fold_grams[fold] += inputs.T @ inputs
            fold_crosses[fold] += inputs.T @ candidates_latent[answers[rows]]
    gram, cross = fold_grams.sum(axis=0), fold_crosses.sum(axis=0)
    return _ridge_solve(gram, cross), [
        _ridge_solve(gram - fold_grams[fold], cross - fold_crosses[fold]) for fold in range(FOLDS)
    ]


def _ridge_solve(gram: np.ndarray, cross: np.ndarray) -> np.ndarray:
    return np.linalg.solve(gram + RIDGE * np.eye(gram.shape[0]), cross)


def sent_like(template: str, reply: str) -> bool:
    """Whether the reply sent is the template as it is or edited (a teammate's other wording of
    the same answer counts): at least SUGGESTION_EDITED_SIMILARITY alike."""
    return similarity(template, reply) >= settings.SUGGESTION_EDITED_SIMILARITY


# Two of the team's replies give the same answer when the messages each answered, taken
# together, are at least this alike (cosine of their word TF-IDF centroids) and their threads'
# topic is the same. Chosen on the demo history (stop 32 build, its 943 calibration replies,
# the newest 943 agreeing): where the top reply was another wording of the intent the agent
# answered with, the cosine's quartiles were 0.46 / 0.65 / 0.81; where it answered another
# intent of the same topic, 0.07 / 0.13 / 0.26. At 0.3 the judgement agrees with the intent
# 91 % of the time (the exact-wording judge 57 %); see answers_alike.
SAME_QUESTIONS = 0.3


def question_centroids(engine: Engine) -> sparse.csr_matrix:
    """Each reply's past member messages (word TF-IDF rows) summed and scaled to unit length:
    what the reply is the team's answer to (replies x terms)."""
    answered = engine.context_candidate
    membership = sparse.csr_matrix(
        (np.ones(answered.size), (answered, np.arange(answered.size))),
        shape=(len(engine.candidates), answered.size),
    )
    return normalize(membership @ engine.contexts_word).tocsr()


def answers_alike(engine: Engine, centroids: sparse.csr_matrix, ranked: Ranked, reply: str) -> bool:
    """Whether an agent who sent `reply` would have sent the ranked reply, as it is or edited:
    it is like the reply sent (sent_like), or it is the same canonical reply, or another of the
    team's replies to the same questions (the same topic, and the messages each answered at
    least SAME_QUESTIONS alike: a teammate's other wording of one answer, which shares few
    words with it). A reply the engine never learned counts only by its words."""
    if sent_like(ranked.template, reply):
        return True
    truth = engine.index_for(reply)
    if truth is None:
        return False
    if truth == ranked.index:
        return True
    if engine.candidates[truth].topic != engine.candidates[ranked.index].topic:
        return False
    alike = centroids[ranked.index].multiply(centroids[truth]).sum()
    return bool(alike >= SAME_QUESTIONS)


def calibrate(engine: Engine, pairs: Sequence[Pair]) -> None:
    """Fit the map from (top score, lead over the next, the top reply's usage: see
    calibration_inputs) to the chance an agent sends the top reply, as it is or after edits,
    judged on held-out replies by answers_alike (the reply sent is that reply, like it, or
    another wording of the same answer): logistic, so the confidence is continuous rather than
    a few steps. Judged on the exact wording alone, the chance fell
    with the number of wordings a team has for each answer (the demo's 0.38 -> 0.29 for the
    same drafts when its history was redrawn), not with whether the draft answered."""
    inputs, hits = [], []
    rows = engine.query_rows([pair.context for pair in pairs]) if pairs else []
    centroids = question_centroids(engine)
    for pair, message_rows in zip(pairs, rows, strict=True):
        ranked = engine.rank(pair.context, top=2, rows=message_rows)
        if ranked:
            inputs.append(engine.calibration_inputs(ranked))
            hits.append(int(answers_alike(engine, centroids, ranked[0], pair.reply)))
    engine.calibrator = calibrator_fit(inputs, hits)


# Platt scaling's strength is chosen among these by cross-validation on the calibration replies.
CALIBRATION_STRENGTHS = np.logspace(-4, 2, 13)
CALIBRATION_FOLDS = 5


def calibrator_fit(inputs: Sequence[Sequence[float]], hits: Sequence[int]) -> Calibrator | None:
    """Platt scaling of calibration_inputs (any number of them) on held-out replies (1: the
    agent sent the top reply, as it is or edited), by scikit-learn's LogisticRegressionCV: the
    inputs standardised, the L2 strength chosen by cross-validated log loss on those replies,
    the weights then mapped back to the raw inputs. Where the scores tell little about which
    drafts are sent, the weights shrink and the confidence stays near the share sent instead of
    spreading on noise (the unpenalised-in-effect fit at C=1 on raw scores, with one pseudo-hit
    above the scores and one pseudo-miss below, spread it over 0.38-0.61 on the demo where the
    share sent is 0.47 in every score band, and its calibration error on new replies doubled).
    With too few hits or misses to cross-validate, the old fit stands (calibrator_fit_plain)."""
    if not len(inputs):
        return None
    matrix = np.asarray(inputs, dtype=float)
    labels = np.asarray(hits, dtype=int)
    if min(int(labels.sum()), int(len(labels) - labels.sum())) < CALIBRATION_FOLDS:
        return calibrator_fit_plain(inputs, hits)
    mean = matrix.mean(axis=0)
    spread = matrix.std(axis=0)
    spread = np.where(spread > 0, spread, 1.0)
    search = LogisticRegressionCV(
        Cs=CALIBRATION_STRENGTHS,
        l1_ratios=(0.0,),
        use_legacy_attributes=False,
        cv=StratifiedKFold(CALIBRATION_FOLDS, shuffle=True, random_state=0),
        scoring="neg_log_loss",
    ).fit((matrix - mean) / spread, labels)
    weights = search.coef_[0] / spread
    return Calibrator(
        weights=tuple(float(weight) for weight in weights),
        intercept=float(search.intercept_[0] - weights @ mean),
    )


def calibrator_fit_plain(inputs: Sequence[Sequence[float]], hits: Sequence[int]) -> Calibrator:
    """The fit before stop 24, kept for samples too small to cross-validate (and for comparing
    with, in bench/suggestions.py): a logistic regression at C=1 on the raw inputs, with one
    pseudo-miss below the scores seen (no lead, the least usage) and one pseudo-hit above (the
    most lead and usage), so that the fit exists when every calibration reply was right (or
    wrong), and a small sample cannot make it certain."""
    matrix = np.asarray(inputs, dtype=float)
    low, high = matrix.min(axis=0), matrix.max(axis=0)
    pseudo_miss, pseudo_hit = low.copy(), high.copy()
    pseudo_miss[0] -= 1.0
    pseudo_miss[1] = 0.0
    pseudo_hit[0] += 1.0
    matrix = np.vstack([matrix, pseudo_miss, pseudo_hit])
    labels = np.append(np.asarray(hits, dtype=int), [0, 1])
    model = LogisticRegression(C=1.0).fit(matrix, labels)
    return Calibrator(
        weights=tuple(float(weight) for weight in model.coef_[0]),
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
