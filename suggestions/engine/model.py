"""What a trained engine is: the artifact's classes (pickled by artifact.py) and serving with
them (features of a message, ranking, confidence, topic). Fitting lives in fitting.py."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer, TfidfVectorizer

from suggestions.engine.features import (
    FEATURES,
    FEEDBACK_REPLIES,
    HEURISTIC_WEIGHTS,
    NEIGHBOURS,
    reply_lift,
    standardised,
    translation_likelihood,
    with_interactions,
)
from suggestions.spelling import one_typo_away

ENGINE_FORMAT = 6  # artifacts of another format are refused when loaded (retrain them)
NULL_DIRECTION_RATIO = 1e-8  # a length this small against what it was made from is rounding


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


def calibration_inputs(ranked: list[Ranked], usage: int) -> tuple[float, float, float]:
    """The top score, its lead over the runner-up (a clear winner is more often right), and
    log(1 + how often the team sent the top reply in the history learned: `usage`). Agents send
    a well-worn reply far more often than a rare one at the same scores (on the demo's 1,886
    held-out replies: 46 % of the top replies used once, 98 % of those used 20 times or more),
    a shape the two scores alone cannot give: their Platt fit was overconfident for rare
    replies and underconfident for common ones (calibration error 0.049 -> 0.024 on the demo's
    test replies with it; 0.047 -> 0.031 averaged over 20 random halvings of the held-out
    replies)."""
    top = ranked[0].score
    lead = top - ranked[1].score if len(ranked) > 1 and np.isfinite(ranked[1].score) else 1.0
    return top, lead, float(np.log1p(usage))


@dataclass(frozen=True)
class Calibrator:
    """Logistic (Platt) calibration of calibration_inputs, fitted in fitting.py. A calibrator
    saved before the usage input (two weights) reads only the first two inputs."""

    weights: tuple[float, ...]
    intercept: float

    def chance(self, *inputs: float) -> float:
        logit = self.intercept + sum(
            weight * value
            for weight, value in zip(self.weights, inputs[: len(self.weights)], strict=True)
        )
        chance = 1 / (1 + np.exp(-np.clip(logit, -30, 30)))
        return float(np.clip(chance, CONFIDENCE_FLOOR, CONFIDENCE_CEILING))


@dataclass(frozen=True)
class TopicModel:
    """A thread topic classifier (fitted in fitting.py) over a message's word and character
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
    """Scores standardised feature rows with fixed weights (fitted in ranker.py)."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray

    def decision_function(self, matrix: np.ndarray) -> np.ndarray:
        return ((matrix - self.mean) / self.scale) @ self.weights


@dataclass(frozen=True)
class QueryRows:
    """A message's rows from the engine's vectorisers: word and character TF-IDF, term counts."""

    word: sparse.csr_matrix
    char: sparse.csr_matrix
    terms: sparse.csr_matrix


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


# Words of scikit-learn's English stop list that a member's question can rest on ("bill?",
# "amount due", "call me"): known words all the same.
PLAN_STOP_WORDS = frozenset(
    {"bill", "amount", "due", "call", "detail", "interest", "name", "system"}
)


TYPO_LENGTH = 5


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
        rows: QueryRows | None = None,
    ) -> np.ndarray:
        """A (candidates x FEATURES) matrix for one normalised message.

        `exclude_context` leaves one past message out of the neighbours; `learned` replaces the
        engine's own learned maps (fitting passes ones learned without that message); `rows`
        are the message's vectoriser rows when already transformed (query_rows, in a batch).
        """
        learned = learned or self.learned
        if rows is None:
            rows = self.query_rows([message])[0]
        query_word, query_char = rows.word, rows.char
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
        # A message whose words the map sends to nothing leaves rounding noise (1e-16) whose
        # direction differs from one CPU to another: that is no direction at all.
        norm = np.linalg.norm(mapped)
        if norm > NULL_DIRECTION_RATIO * np.linalg.norm(latent_query):
            latent_cosine = self.candidates_latent @ (mapped / norm)
        else:
            latent_cosine = np.zeros(count)
        query_terms = rows.terms.copy()
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
        language, background = self.candidates_language, self.background
        translated = translation_likelihood(words, learned.translation, language, background)
        with_openings = translation_likelihood(
            words, learned.translation_with_openings, language, background
        )
        lift = reply_lift(words, learned.reverse_translation, language, background)
        topic_chance = self._topic_chance(learned.topics, query_word, query_char)
        raw = np.column_stack(
            [context_max, vote, word_cosine, char_cosine, latent_cosine, bm25, opening, coverage,
             feedback, translated, with_openings, lift, usage, topic_chance]
        )  # fmt: skip
        return with_interactions(standardised(raw))

    def query_rows(self, messages: list[str]) -> list[QueryRows]:
        """Each normalised message's word, character and term rows, transformed in one batch:
        a row is the same transformed alone or among others, and a batch costs far less than a
        transform per message."""
        words = self.word.transform(messages).tocsr()
        chars = self.char.transform(messages).tocsr()
        terms = self.bm25_terms.transform(messages).tocsr()
        if len(messages) == 1:
            return [QueryRows(words, chars, terms)]
        return [
            QueryRows(words[row : row + 1], chars[row : row + 1], terms[row : row + 1])
            for row in range(len(messages))
        ]

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

    def topic_chances(self, message: str, rows: QueryRows | None = None) -> dict[str, float]:
        """The chance that a normalised message is about each topic ({} when the engine learned
        no topics); `rows`: the message's query_rows when already transformed."""
        model = self.learned.topics
        if model is None:
            return {}
        if rows is None:
            rows = self.query_rows([message])[0]
        chances = model.chances(rows.word, rows.char)
        return {topic: float(chance) for topic, chance in zip(model.topics, chances, strict=True)}

    def member_word_share(self, word: str) -> tuple[float, int]:
        """The share of the team's past member messages that hold a word, and how many do."""
        shares = self.__dict__.get("_member_word_counts")
        if shares is None:
            # Counted from the stored entries: no copy of a large history's matrix.
            matrix = self.contexts_word.tocsr()
            shares = np.bincount(matrix.indices[matrix.data > 0], minlength=matrix.shape[1])
            self.__dict__["_member_word_counts"] = shares
        column = self.word.vocabulary_.get(word)
        if column is None or not self.contexts_word.shape[0]:
            return 0.0, 0
        count = int(shares[column])
        return count / self.contexts_word.shape[0], count

    def known_words(self, message: str, spelled_right: Callable[[str], bool] | None = None) -> int:
        """How many distinct words of the message the team's history knows, beyond stop words
        and placeholders: with none ("?", "asdfjkl", "ok ok the the") there is nothing to
        answer, however a reply happens to score. Given `spelled_right` (is a word one of the
        language's own?), a word of TYPO_LENGTH letters or more that is not, one typo away from a
        known word, counts too ("deductable", "netwrok", "reciept"; "testing" is no typo)."""
        analyse = self.bm25_terms.build_analyzer()
        vocabulary = self.bm25_terms.vocabulary_

        def known(word: str) -> bool:
            return word in vocabulary and (
                word not in ENGLISH_STOP_WORDS or word in PLAN_STOP_WORDS
            )

        return sum(
            1
            for word in set(analyse(message))
            if len(word) > 2
            and word.isalpha()
            and (
                known(word)
                or (
                    spelled_right is not None
                    and len(word) >= TYPO_LENGTH
                    and not spelled_right(word)
                    and any(map(known, one_typo_away(word)))
                )
            )
        )

    def scores(self, message: str, rows: QueryRows | None = None) -> np.ndarray:
        matrix = self.features(message, rows=rows)
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
        rows: QueryRows | None = None,
    ) -> list[Ranked]:
        """The best `top` candidates (only those in `among`, if given); blocked ones never."""
        scores = self.scores(message, rows=rows)
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

    def index_for(self, reply: str) -> int | None:
        """The candidate a sent reply is (any wording merged into it when fitting), or None."""
        return self.reply_keys.get(reply_key(reply))

    def calibration_inputs(self, ranked: list[Ranked]) -> tuple[float, float, float]:
        """calibration_inputs of a ranking, the top reply's usage read from its candidate."""
        return calibration_inputs(ranked, self.candidates[ranked[0].index].count)

    def confidence(self, ranked: list[Ranked]) -> float:
        """The estimated chance that ranked[0] is the reply an agent sends (0 uncalibrated)."""
        if self.calibrator is None or not ranked:
            return 0.0
        return self.calibrator.chance(*self.calibration_inputs(ranked))
