"""The semantic detector of immediate risk: a logistic regression over the message's meaning and wording.

Trained on content/urgency.yaml (emergencies 1, look-alikes 0) and the library's own authored
questions (practice questions, 0). Each message is read two ways: static word embeddings
(content/embeddings.py, offline) for meaning, and hashed word and character n-grams (scikit-learn's
HashingVectorizer) for wording, so "necked", "2nite" or "unalive" count even where the embedding has
no word for them. On the development sets numbered 500 and above, held out of the fit, the embeddings alone
put 94.8% of emergencies and 9.8% of look-alikes at 0.4 or more; with the n-grams, 99.85% and 0.51%
(`python bench/semantic.py` prints the comparison).

The weights live beside the exemplars (`MODEL_FILE`) with a fingerprint of what they were trained
on. When the content has changed since, the model is refitted in memory (about a minute) and
`safeguard-bot content urgency --fit` saves it. A second regression, over the emergencies' embeddings
alone, names the class a message most resembles.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from pathlib import Path

import numpy as np

from bot import urgency_rules
from bot.urgency_rules import normalise
from content.embeddings import embed
from content.model import ContentStore

logger = logging.getLogger(__name__)

MODEL_FILE = "urgency_model.json"
REGULARISATION = 64.0  # scikit-learn's C; 4 to 16 scored alike on the embeddings alone, 64 best with the n-grams
CLASS_REGULARISATION = 4.0  # the same for which class an emergency is, over the embeddings alone (unchanged)
HASHED = 2**16  # buckets per n-gram kind: 2**18 and 2**20 scored the same (bench/semantic.py)
EMBEDDED = 256  # dimensions of content/embeddings.py
# A class the class model gives at least this probability is a likely one: the wording must rule out every likely
# class to overrule the detector. On the development sets, 0.02 to 0.3 changed only emergencies (28 at 0.1).
LIKELY_CLASS = 0.1


@cache
def _hashers():
    from sklearn.feature_extraction.text import HashingVectorizer  # slow to import: only once a message is read

    words = HashingVectorizer(n_features=HASHED, ngram_range=(1, 2), alternate_sign=False, norm="l2")
    letters = HashingVectorizer(n_features=HASHED, analyzer="char_wb", ngram_range=(3, 5), alternate_sign=False,
                                norm="l2")  # fmt: skip
    return words, letters


def wording(texts: list[str]):
    """The hashed word (1-2) and character (3-5, within words) n-grams of each plain-form text, each kind
    scaled to length 1: a scipy sparse matrix, shape (len(texts), 2 * HASHED)."""
    from scipy.sparse import hstack

    return hstack([hasher.transform(texts) for hasher in _hashers()]).tocsr()


@dataclass(frozen=True)
class UrgencyModel:
    trained_on: str  # fingerprint() of the examples, the plain form's rules and the embedding model
    weights: np.ndarray  # shape (EMBEDDED + 2 * HASHED,): emergency or not, meaning then wording
    bias: float
    classes: tuple[str, ...]  # docs/urgency.md classes, in the order of class_weights' rows
    class_weights: np.ndarray  # shape (classes, EMBEDDED): which class an emergency is
    class_bias: np.ndarray  # shape (classes,)

    def probability(self, vectors: np.ndarray, words) -> np.ndarray:
        """Shape (n,): the probability of an emergency for each message, from its embedding (a row of
        `vectors`, shape (n, EMBEDDED)) and its wording (a row of `words`, from `wording`)."""
        scores = vectors @ self.weights[:EMBEDDED] + words @ self.weights[EMBEDDED:] + self.bias
        return 1.0 / (1.0 + np.exp(-scores))

    def likely_classes(self, vector: np.ndarray) -> tuple[str, ...]:
        """The classes whose emergencies a message (a unit vector, shape (EMBEDDED,)) resembles with probability
        LIKELY_CLASS or more, likeliest first: never empty."""
        scores = self.class_weights @ vector + self.class_bias
        chances = np.exp(scores - scores.max())
        chances /= chances.sum()
        order = np.argsort(-chances, kind="stable")
        return tuple(self.classes[i] for i in order if i == order[0] or chances[i] >= LIKELY_CLASS)


def training_set(store: ContentStore) -> list[tuple[str, int, str]]:
    """(text as written, 1 emergency or 0 not, class): the exemplars, then every item's questions and title and every
    topic's label (typed alone, "hidden men" looks a title up)."""
    examples = [(text, 1, cls) for cls, text in store.urgency.emergencies]
    examples += [(text, 0, cls) for cls, text in store.urgency.look_alikes]
    examples += [(question, 0, "") for item in store.items for question in (*item.questions, item.title)]
    return examples + [(label, 0, "") for label in store.topics.values()]


def fingerprint(examples: list[tuple[str, int, str]]) -> str:
    """sha256 (hex) of the examples, the rules that put them in plain form, the features and the embedding
    model's version: equal means a fit would give the same model."""
    rules = hashlib.sha256(Path(urgency_rules.__file__).read_bytes()).hexdigest()
    payload = json.dumps([version("wordllama"), version("scikit-learn"), REGULARISATION, CLASS_REGULARISATION, HASHED,
                          rules, examples])  # fmt: skip
    return hashlib.sha256(payload.encode()).hexdigest()


def fit(examples: list[tuple[str, int, str]]) -> UrgencyModel:
    """Logistic regressions (scikit-learn) on the examples in plain form: emergency or not from their
    embeddings and wording (classes weighted to balance), and which class an emergency is from the embeddings.

    Raises ValueError when the examples hold only one label.
    """
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression  # only when fitting: it is slow to import

    labels = np.asarray([label for _, label, _ in examples])
    if len(set(labels)) < 2:
        raise ValueError("the urgency model needs both emergencies and look-alikes to learn from")
    plain = [normalise(text) for text, _, _ in examples]
    vectors = embed(plain)
    features = hstack([csr_matrix(vectors), wording(plain)]).tocsr()
    urgent = LogisticRegression(C=REGULARISATION, class_weight="balanced", solver="liblinear", max_iter=5000)
    urgent.fit(features, labels)
    classes = [cls for _, label, cls in examples if label]
    names = tuple(sorted(set(classes)))
    if len(names) == 1:  # scikit-learn needs two classes; with one, it is always that one
        class_weights, class_bias = np.zeros((1, EMBEDDED)), np.zeros(1)
    else:
        which = LogisticRegression(C=CLASS_REGULARISATION, max_iter=5000).fit(vectors[labels == 1], classes)
        names, class_weights, class_bias = tuple(str(c) for c in which.classes_), which.coef_, which.intercept_
        if len(names) == 2:  # scikit-learn gives two classes one row, the second's log-odds: the first's row is zero
            class_weights = np.vstack([np.zeros_like(class_weights), class_weights])
            class_bias = np.hstack([np.zeros_like(class_bias), class_bias])
    return UrgencyModel(fingerprint(examples), urgent.coef_[0].astype(np.float64), float(urgent.intercept_[0]),
                        names, class_weights, class_bias)  # fmt: skip


def load(path: Path) -> UrgencyModel | None:
    """The model saved at `path`, or None when there is none or it is not one (then it is refitted)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = np.zeros(EMBEDDED + 2 * HASHED)
        # most n-gram buckets are never seen, so only the weights that are not zero are saved
        index = np.asarray(data["index"], dtype=np.int64)
        if index.size and index.min() < 0:  # numpy would count a negative index from the end
            return None
        weights[index] = np.asarray(data["weights"], dtype=np.float64)
        classes = tuple(str(c) for c in data["classes"])
        class_weights = np.asarray(data["class_weights"], dtype=np.float64)
        class_bias = np.asarray(data["class_bias"], dtype=np.float64)
        if class_weights.shape != (len(classes), EMBEDDED) or class_bias.shape != (len(classes),):
            return None
        if not all(np.isfinite(a).all() for a in (weights, class_weights, class_bias)):
            return None
        return UrgencyModel(str(data["trained_on"]), weights, float(data["bias"]), classes, class_weights, class_bias)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def save(model: UrgencyModel, path: Path) -> None:
    """Write `model` as JSON at `path` (raises OSError when the folder is not writable)."""
    index = np.flatnonzero(model.weights)
    data = {
        "trained_on": model.trained_on,
        "bias": model.bias,
        "classes": list(model.classes),
        "class_bias": model.class_bias.round(8).tolist(),
        "class_weights": model.class_weights.round(8).tolist(),
        "index": index.tolist(),
        "weights": model.weights[index].round(6).tolist(),
    }
    path.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")


def current_model(store: ContentStore) -> tuple[UrgencyModel | None, bool]:
    """The model for `store`'s content and whether it had to be refitted (the saved one was stale).

    None when the content has no exemplars (the rules alone decide then).
    """
    if not store.urgency.emergencies or not store.urgency.look_alikes:
        return None, False
    examples = training_set(store)
    saved = load(store.root / MODEL_FILE)
    if saved and saved.trained_on == fingerprint(examples):
        return saved, False
    started = time.perf_counter()
    model = fit(examples)
    logger.info("urgency model refitted on %d examples in %.1f s; `safeguard-bot content urgency --fit` saves it",
                len(examples), time.perf_counter() - started)  # fmt: skip
    return model, True


class SemanticUrgency:
    """Call with a normalised message; returns the classes it likely resembles, likeliest first, and the model's
    probability that it is an emergency (bot/urgency.py decides what the probability means)."""

    def __init__(self, store: ContentStore):
        self._model, _ = current_model(store)

    def __call__(self, text: str) -> tuple[tuple[str, ...], float]:
        if self._model is None:
            return (), 0.0
        vector = embed([text])[0]
        return self._model.likely_classes(vector), float(self._model.probability(vector[None, :], wording([text]))[0])
