"""The reply engine: rank the team's canonical replies for a new member message.

Everything here works on templates (see suggestions.templating): the engine is fitted on
normalised (member message -> reply) pairs and stores no member details. Fitting lives in
training.fit; this module holds what serving needs, so a pickled Engine loads without the
training app.

Scoring a candidate reply for a message combines:
- how close the message is to the past messages that this reply answered (nearest contexts),
- how well the reply itself answers the message: word and character TF-IDF cosine, BM25 over
  the whole reply and over its opening words, the idf-weighted share of the message's words
  that the reply contains, the latent cosine after a ridge map question -> answer (LSA), the
  latent closeness to the replies that match the message best (pseudo-relevance feedback), and
  translation models (IBM model 1): the message's words given the reply, the same also taught
  by long replies' openings, and how strongly the reply's words go with the message's words,
- how often the team used the reply,
- how likely the message is about the topic the reply usually answers (a topic classifier,
  multinomial logistic regression over the message's word and character TF-IDF, learned from
  past threads' topics);
each feature both as it is and standardised over all candidates for this message, and the
products of the standardised ones in pairs. A ranker linear in those (so second order in the
features), fitted listwise (softmax over the true reply and sampled others), weighs them, and a
logistic calibration of the top score and its lead over the next turns them into the estimated
chance that the top reply is the one an agent sends: continuous, and never certain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer, TfidfVectorizer

FEATURES = (
    "context_max", "context_vote", "word_cosine", "char_cosine", "latent_cosine", "bm25",
    "bm25_opening", "coverage", "feedback_latent", "translation", "translation_with_openings",
    "reply_lift", "usage", "topic_chance",
)  # fmt: skip
UNSTANDARDISED = ("usage",)  # the others also enter standardised over the message's candidates
ENGINE_FORMAT = 6  # artifacts of another format are refused when loaded (retrain them)
BM25_K1 = 1.5
BM25_B = 0.75
NEIGHBOURS = 25
OPENING_WORDS = 25  # a reply's opening usually restates what it answers
FEEDBACK_REPLIES = 10
TRANSLATION_SHARE = 0.5  # of a word's chance from the translation table, the rest its own
TRANSLATION_BACKGROUND = 0.2  # smoothing with the word's frequency over all replies


def reply_key(text: str) -> str:
    """Wordings that differ only in case, spacing or punctuation are the same reply."""
    return re.sub(r"[^a-z0-9{}_]+", " ", text.lower()).strip()


@dataclass
class Candidate:
    """One canonical reply template, with how often it was sent and what it answered."""

    template: str
    count: int
    examples: list[str] = field(default_factory=list)  # normalised past member messages
    blocked: bool = False
    topic: str = ""  # the topic of the threads it most often answered


@dataclass(frozen=True)
class Ranked:
    index: int
    template: str
    score: float


CONFIDENCE_FLOOR = 0.01
CONFIDENCE_CEILING = 0.97  # a draft is never shown as certain


def calibration_inputs(ranked: list[Ranked]) -> tuple[float, float]:
    """The top score and its lead over the runner-up (a clear winner is more often right)."""
    top = ranked[0].score
    lead = top - ranked[1].score if len(ranked) > 1 and np.isfinite(ranked[1].score) else 1.0
    return top, lead


@dataclass(frozen=True)
class Calibrator:
    """Logistic (Platt) calibration of (top score, lead), fitted in training.fit."""

    weights: tuple[float, float]
    intercept: float

    def chance(self, top: float, lead: float) -> float:
        logit = self.weights[0] * top + self.weights[1] * lead + self.intercept
        chance = 1 / (1 + np.exp(-np.clip(logit, -30, 30)))
        return float(np.clip(chance, CONFIDENCE_FLOOR, CONFIDENCE_CEILING))


@dataclass(frozen=True)
class TopicModel:
    """A thread topic classifier (fitted in training.fit) over a message's word and character
    TF-IDF rows: linear weights per topic, softmax-normalised."""

    topics: tuple[str, ...]
    word_weights: sparse.csr_matrix  # word terms x topics
    char_weights: sparse.csr_matrix  # char n-grams x topics
    intercept: np.ndarray  # topics

    def chances(self, word_row: sparse.csr_matrix, char_row: sparse.csr_matrix) -> np.ndarray:
        logits = (word_row @ self.word_weights + char_row @ self.char_weights).toarray()
        logits = logits.ravel() + self.intercept
        exp = np.exp(logits - logits.max())
        return exp / exp.sum()


@dataclass
class LinearRanker:
    """Scores standardised feature rows with fixed weights (fitted in training.fit)."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray

    def decision_function(self, matrix: np.ndarray) -> np.ndarray:
        return ((matrix - self.mean) / self.scale) @ self.weights


@dataclass(frozen=True)
class Learned:
    """What the engine learns from (message -> reply) pairs. Fitting computes a past message's
    features with a version learned without that message's fold, as a new message meets them."""

    question_to_answer: np.ndarray  # ridge map in the latent space (k -> k)
    translation: sparse.csr_matrix  # P(message word | reply word), IBM model 1 (terms x terms)
    # The same, also taught by long replies' openings (which restate the question) -> the rest.
    translation_with_openings: sparse.csr_matrix
    reverse_translation: sparse.csr_matrix  # fitted with messages and replies swapped
    topics: TopicModel | None = None  # None when the history carries no topics


@dataclass
class Engine:
    candidates: list[Candidate]
    word: TfidfVectorizer
    char: TfidfVectorizer
    contexts_word: sparse.csr_matrix  # past member messages
    context_candidate: np.ndarray  # which candidate answered each past message
    candidates_word: sparse.csr_matrix
    candidates_char: sparse.csr_matrix
    latent_components: np.ndarray  # LSA basis (terms -> k)
    candidates_latent: np.ndarray  # unit vectors
    usage: np.ndarray  # log1p(times sent), scaled by usage_scale
    usage_scale: float
    bm25_terms: CountVectorizer
    candidates_bm25: sparse.csr_matrix  # BM25 weight of each term in each reply (replies x terms)
    candidates_bm25_opening: sparse.csr_matrix  # the same over each reply's opening words
    candidates_terms: sparse.csr_matrix  # 1 where a reply has the term (replies x terms)
    term_idf: np.ndarray
    learned: Learned
    candidates_language: sparse.csr_matrix  # P(word | reply), maximum likelihood
    background: np.ndarray  # P(word) over all replies, smoothed
    ranker: LinearRanker | None = None
    calibrator: Calibrator | None = None
    reply_keys: dict[str, int] = field(default_factory=dict)  # every wording -> its candidate
    format: int = ENGINE_FORMAT

    # --- features ------------------------------------------------------------------------------

    def features(
        self,
        message: str,
        exclude_context: int | None = None,
        learned: Learned | None = None,
    ) -> np.ndarray:
        """A (candidates x FEATURES) matrix for one normalised message.

        `exclude_context` leaves one past message out of the neighbours; `learned` replaces the
        engine's own learned maps (fitting passes ones learned without that message).
        """
        learned = learned or self.learned
        query_word = self.word.transform([message])
        query_char = self.char.transform([message])
        count = len(self.candidates)

        # Sparse matrix times a dense vector: far faster than a sparse-sparse product here.
        dense_word = query_word.toarray().ravel()
        similarities = self.contexts_word @ dense_word
        usage = self.usage
        if exclude_context is not None:
            # Fitting: the message and its own use of the reply must not vouch for the reply.
            similarities[exclude_context] = 0.0
            own = int(self.context_candidate[exclude_context])
            usage = usage.copy()
            usage[own] = np.log1p(max(0, self.candidates[own].count - 1)) / self.usage_scale
        context_max = np.zeros(count)
        np.maximum.at(context_max, self.context_candidate, similarities)
        vote = np.zeros(count)
        if similarities.size:
            nearest = np.argpartition(-similarities, min(NEIGHBOURS, similarities.size - 1))[
                :NEIGHBOURS
            ]
            np.add.at(vote, self.context_candidate[nearest], similarities[nearest])
            total = similarities[nearest].sum()
            if total > 0:
                vote /= total

        word_cosine = self.candidates_word @ dense_word
        char_cosine = self.candidates_char @ query_char.toarray().ravel()
        # Only the message's own terms' rows (much faster than a sparse-dense product).
        latent_query = query_word.data @ self.latent_components[query_word.indices]
        mapped = np.asarray(latent_query @ learned.question_to_answer).ravel()
        norm = np.linalg.norm(mapped)
        latent_cosine = self.candidates_latent @ (mapped / norm) if norm else np.zeros(count)
        query_terms = self.bm25_terms.transform([message])
        query_terms.data[:] = 1.0
        dense_terms = query_terms.toarray().ravel()
        bm25 = self.candidates_bm25 @ dense_terms
        opening = self.candidates_bm25_opening @ dense_terms
        if opening.size and opening.max() > 0:
            opening = opening / opening.max()
        weighted_terms = dense_terms * self.term_idf
        coverage = self.candidates_terms @ weighted_terms / max(weighted_terms.sum(), 1e-9)
        feedback = np.zeros(count)
        if count and bm25.max() > 0:
            best = np.argpartition(-bm25, min(FEEDBACK_REPLIES, count - 1))[:FEEDBACK_REPLIES]
            centroid = self.candidates_latent[best].sum(axis=0)
            norm = np.linalg.norm(centroid)
            if norm:
                feedback = self.candidates_latent @ (centroid / norm)
        words = query_terms.indices
        translated = self._translation_likelihood(words, learned.translation, count)
        with_openings = self._translation_likelihood(
            words, learned.translation_with_openings, count
        )
        reply_lift = self._reply_lift(words, learned.reverse_translation, count)
        topic_chance = self._topic_chance(learned.topics, query_word, query_char)
        raw = np.column_stack(
            [context_max, vote, word_cosine, char_cosine, latent_cosine, bm25, opening, coverage,
             feedback, translated, with_openings, reply_lift, usage, topic_chance]
        )  # fmt: skip
        return with_interactions(standardised(raw))

    def _translation_likelihood(
        self, words: np.ndarray, table: sparse.csr_matrix, count: int
    ) -> np.ndarray:
        """Mean log-chance of the message's words given each reply (translation language model,
        Xue, Jeon and Croft 2008): a reply explains a word by itself or by a word it has."""
        if not words.size or not count:
            return np.zeros(count)
        # Each message word's chance from the reply's words: translated, or the word itself.
        explain = TRANSLATION_SHARE * table[words].toarray().T
        explain[words, np.arange(words.size)] += 1 - TRANSLATION_SHARE
        chance = (1 - TRANSLATION_BACKGROUND) * (
            self.candidates_language @ explain
        ) + TRANSLATION_BACKGROUND * self.background[words][None, :]
        return np.log(chance).mean(axis=1)

    def _reply_lift(self, words: np.ndarray, table: sparse.csr_matrix, count: int) -> np.ndarray:
        """How strongly each reply's words go with this message's words (mean log-ratio over the
        reply's words against chance). The table fitted with messages and replies swapped gives
        P(w in a reply | t in the message); it is read here with the reply's words as t and the
        message's words as w, an association between the two, not a channel: on held-out
        training questions this reading helped the ranker and the strict reverse channel did
        not."""
        if not words.size or not count:
            return np.zeros(count)
        brought = TRANSLATION_SHARE * np.asarray(table[words].mean(axis=0)).ravel()
        brought[words] += (1 - TRANSLATION_SHARE) / words.size
        lift = np.log(
            (1 - TRANSLATION_BACKGROUND) * brought + TRANSLATION_BACKGROUND * self.background
        ) - np.log(self.background)
        return self.candidates_language @ lift

    def _topic_chance(
        self,
        model: TopicModel | None,
        query_word: sparse.csr_matrix,
        query_char: sparse.csr_matrix,
    ) -> np.ndarray:
        """The classifier's chance that the message is about each reply's usual topic."""
        if model is None:
            return np.zeros(len(self.candidates))
        chances = np.append(model.chances(query_word, query_char), 0.0)  # last: no known topic
        return chances[self._candidate_topic_positions(model)]

    def _candidate_topic_positions(self, model: TopicModel) -> np.ndarray:
        """Each candidate's topic's column in the model's chances (computed once per topic set:
        the models learned without one fold may know fewer topics)."""
        cache = self.__dict__.setdefault("_topic_positions", {})
        positions = cache.get(model.topics)
        if positions is None or len(positions) != len(self.candidates):
            where = {topic: position for position, topic in enumerate(model.topics)}
            missing = len(model.topics)
            positions = np.array([where.get(c.topic, missing) for c in self.candidates], dtype=int)
            cache[model.topics] = positions
        return positions

    def topic_of(self, message: str) -> tuple[str, float] | None:
        """The topic a normalised message is most likely about, and how likely; None when the
        engine learned no topics."""
        model = self.learned.topics
        if model is None:
            return None
        chances = model.chances(self.word.transform([message]), self.char.transform([message]))
        best = int(np.argmax(chances))
        return model.topics[best], float(chances[best])

    def known_words(self, message: str) -> int:
        """How many distinct words of the message the team's history knows, beyond stop words
        and placeholders: with none ("?", "asdfjkl", "ok ok the the") there is nothing to
        answer, however a reply happens to score."""
        analyse = self.bm25_terms.build_analyzer()
        return sum(
            1
            for word in set(analyse(message))
            if len(word) > 2
            and word.isalpha()
            and word not in ENGLISH_STOP_WORDS
            and word in self.bm25_terms.vocabulary_
        )

    def scores(self, message: str) -> np.ndarray:
        matrix = self.features(message)
        if self.ranker is None:
            return matrix[:, : len(FEATURES)] @ HEURISTIC_WEIGHTS
        return self.ranker.decision_function(matrix)

    # --- serving -------------------------------------------------------------------------------

    def rank(
        self,
        message: str,
        top: int = 4,
        among: np.ndarray | None = None,
        blocked_keys: frozenset[str] = frozenset(),
    ) -> list[Ranked]:
        """The best `top` candidates (only those in `among`, if given); blocked ones never."""
        scores = self.scores(message)
        blocked = np.array([candidate.blocked for candidate in self.candidates], dtype=bool)
        if blocked_keys:
            blocked |= np.array([key in blocked_keys for key in self._candidate_keys()], dtype=bool)
        scores = np.where(blocked, -np.inf, scores)
        if among is not None:
            allowed = np.full(scores.shape, -np.inf)
            allowed[among] = scores[among]
            scores = allowed
        order = np.argsort(-scores, kind="stable")[:top]
        return [
            Ranked(int(index), self.candidates[index].template, float(scores[index]))
            for index in order
            if np.isfinite(scores[index])
        ]

    def _candidate_keys(self) -> list[str]:
        """reply_key of each candidate, computed once (a regex per reply is slow per draft)."""
        keys = self.__dict__.get("_keys")
        if keys is None or len(keys) != len(self.candidates):
            keys = [reply_key(candidate.template) for candidate in self.candidates]
            self.__dict__["_keys"] = keys
        return keys

    def confidence(self, ranked: list[Ranked]) -> float:
        """The estimated chance that ranked[0] is the reply an agent sends (0 uncalibrated)."""
        if self.calibrator is None or not ranked:
            return 0.0
        return self.calibrator.chance(*calibration_inputs(ranked))


# Before a ranker is fitted (or with too few replies to fit one): a plain mix of the raw features.
HEURISTIC_WEIGHTS = np.array(
    [1.0, 1.0, 0.5, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0.0, 0.0, 0.0, 0.1, 0.5]
)


def standardised(raw: np.ndarray) -> np.ndarray:
    """The raw columns, then each column (but UNSTANDARDISED) standardised over the candidates,
    so the ranker sees how a reply stands out among all replies for this message."""
    columns = [index for index, name in enumerate(FEATURES) if name not in UNSTANDARDISED]
    chosen = raw[:, columns]
    if raw.shape[0] > 1:
        spread = chosen.std(axis=0)
        chosen = (chosen - chosen.mean(axis=0)) / np.where(spread > 0, spread, 1.0)
    else:
        chosen = np.zeros_like(chosen)
    return np.hstack([raw, chosen])


def with_interactions(columns: np.ndarray) -> np.ndarray:
    """The columns, then the product of every pair of standardised ones (squares too): a ranker
    linear in these weighs one feature by how the others stand (BM25 counts for more where the
    translation model agrees, a near past message less where the reply's words miss)."""
    standard = columns[:, len(FEATURES) :]
    first, second = np.triu_indices(standard.shape[1])
    return np.hstack([columns, standard[:, first] * standard[:, second]])


def bm25_matrix(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    """Okapi BM25 weights (documents x terms) from raw term counts."""
    counts = counts.tocsr().astype(np.float64)
    documents = counts.shape[0]
    frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log(1 + (documents - frequency + 0.5) / (frequency + 0.5))
    lengths = np.asarray(counts.sum(axis=1)).ravel()
    average = lengths.mean() if documents else 1.0
    rows = np.repeat(np.arange(documents), np.diff(counts.indptr))
    tf = counts.data
    norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths[rows] / max(average, 1e-9))
    weighted = counts.copy()
    weighted.data = idf[counts.indices] * tf * (BM25_K1 + 1) / (tf + norm)
    return weighted
