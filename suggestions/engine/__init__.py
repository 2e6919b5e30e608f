"""The reply engine: rank the team's canonical replies for a new member message.

Everything here works on templates (see suggestions.templating): the engine is fitted on
normalised (member message -> reply) pairs and stores no member details. The package holds the
whole engine: features.py (what a reply is scored on), model.py (the trained Engine: serving,
ranking, confidence), fitting.py (learning one from pairs, with reply_set.py for the canonical
replies, translation.py for the translation tables and ranker.py for the ranker), artifact.py
(its bytes). Other code uses only the names below, through suggestions.api.

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
logistic calibration of the top score and its lead over the next (Platt scaling, its strength
chosen by cross-validation on held-out replies) turns them into the estimated chance that the
top reply is the one an agent sends: continuous, and never certain.
"""

from suggestions.engine.artifact import (
    EngineFormatError,
    engine_dumps,
    engine_loads,
    engine_strings,
)
from suggestions.engine.fitting import (
    answers_alike,
    calibrator_fit,
    calibrator_fit_plain,
    engine_calibrate,
    engine_fit,
    engine_fit_to_replies,
    question_centroids,
    sent_like,
)

# Artifacts pickled before the engine became a package name their classes here: kept importable
# from this path so that they load (see artifact.py).
from suggestions.engine.model import (
    Calibrator,
    Candidate,
    Engine,
    Learned,
    LinearRanker,
    Ranked,
    TopicModel,
    calibration_inputs,
    reply_key,
)
from suggestions.engine.reply_set import Pair

__all__ = [
    "Calibrator",
    "Candidate",
    "Engine",
    "EngineFormatError",
    "Learned",
    "LinearRanker",
    "Pair",
    "Ranked",
    "TopicModel",
    "answers_alike",
    "calibration_inputs",
    "calibrator_fit",
    "calibrator_fit_plain",
    "engine_calibrate",
    "engine_dumps",
    "engine_fit",
    "engine_fit_to_replies",
    "engine_loads",
    "engine_strings",
    "question_centroids",
    "reply_key",
    "sent_like",
]
