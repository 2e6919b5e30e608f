"""The reply engine: rank the team's canonical replies for a new member message.

Everything here works on templates (see suggestions.templating): the engine is fitted on
normalised (member message -> reply) pairs and stores no member details. Fitting lives in
training.fit; this module holds what serving needs, so a pickled Engine loads without the
training app.

Scoring a candidate reply for a message combines:
- how close the message is to the past messages that this reply answered (nearest contexts),
- how well the reply's own words match the message (word and character TF-IDF cosine),
- the same in a latent space learned from the pairs (LSA with a ridge map question -> answer),
- how often the team used the reply;
a logistic regression weighs these, and an isotonic calibration turns the top score into the
estimated chance that an agent sends the draft as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression

FEATURES = (
    "context_max", "context_vote", "word_cosine", "char_cosine", "latent_cosine", "bm25", "usage",
)  # fmt: skip
BM25_K1 = 1.5
BM25_B = 0.75
NEIGHBOURS = 25


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


@dataclass(frozen=True)
class Ranked:
    index: int
    template: str
    score: float


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
    question_to_answer: np.ndarray  # ridge map in the latent space (k -> k)
    candidates_latent: np.ndarray  # unit vectors
    usage: np.ndarray  # log1p(times sent), scaled by usage_scale
    usage_scale: float
    bm25_terms: CountVectorizer
    candidates_bm25: sparse.csr_matrix  # BM25 weight of each term in each reply
    ranker: LogisticRegression | None = None
    calibrator: IsotonicRegression | None = None
    reply_keys: dict[str, int] = field(default_factory=dict)  # every wording -> its candidate

    # --- features ------------------------------------------------------------------------------

    def features(
        self,
        message: str,
        exclude_context: int | None = None,
        latent_map: np.ndarray | None = None,
    ) -> np.ndarray:
        """A (candidates x FEATURES) matrix for one normalised message.

        `exclude_context` leaves one past message out of the neighbours and `latent_map` replaces
        the question -> answer map (fitting uses one learned without that message).
        """
        query_word = self.word.transform([message])
        query_char = self.char.transform([message])
        count = len(self.candidates)

        similarities = (self.contexts_word @ query_word.T).toarray().ravel()
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

        word_cosine = (self.candidates_word @ query_word.T).toarray().ravel()
        char_cosine = (self.candidates_char @ query_char.T).toarray().ravel()
        latent_query = query_word @ self.latent_components
        mapping = self.question_to_answer if latent_map is None else latent_map
        mapped = np.asarray(latent_query @ mapping).ravel()
        norm = np.linalg.norm(mapped)
        latent_cosine = self.candidates_latent @ (mapped / norm) if norm else np.zeros(count)
        query_terms = self.bm25_terms.transform([message])
        query_terms.data[:] = 1.0
        bm25 = (self.candidates_bm25 @ query_terms.T).toarray().ravel()
        if bm25.size and bm25.max() > 0:
            bm25 = bm25 / bm25.max()
        return np.column_stack(
            [context_max, vote, word_cosine, char_cosine, latent_cosine, bm25, usage]
        )

    def scores(self, message: str) -> np.ndarray:
        matrix = self.features(message)
        if self.ranker is None:
            weights = np.array([1.0, 1.0, 0.5, 0.5, 0.5, 0.5, 0.1])
            return matrix @ weights
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
        blocked = np.array(
            [c.blocked or reply_key(c.template) in blocked_keys for c in self.candidates]
        )
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

    def confidence(self, top_score: float) -> float:
        if self.calibrator is None:
            return 0.0
        return float(self.calibrator.predict([top_score])[0])


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
