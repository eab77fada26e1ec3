"""The semantic detector of immediate risk: a logistic regression over the message's meaning.

Trained on content/urgency.yaml (emergencies 1, look-alikes 0) and the library's own authored
questions (practice questions, 0), each embedded with static word embeddings (content/embeddings.py,
offline). A nearest-exemplar rule found emergencies only close to one it had seen; the fitted
model weighs every direction of meaning that separates the two, and leaving each development set
out in turn it found more unseen emergencies at the same false-alarm rate (docs/urgency.md).

The weights live beside the exemplars (`MODEL_FILE`) with a fingerprint of what they were trained
on. When the content has changed since, the model is refitted in memory (about a second) and
`safeguard-bot content urgency --fit` saves it. The class reported is the nearest emergency
exemplar's.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import numpy as np

from bot.urgency_rules import normalise
from content.embeddings import embed
from content.model import ContentStore
from content.semantic_index import SemanticIndex

logger = logging.getLogger(__name__)

MODEL_FILE = "urgency_model.json"
REGULARISATION = 4.0  # scikit-learn's C, chosen the same way (1 to 16 scored alike)


@dataclass(frozen=True)
class UrgencyModel:
    trained_on: str  # fingerprint() of the examples and the embedding model
    weights: np.ndarray  # shape (256,): one per embedding dimension
    bias: float

    def probability(self, vectors: np.ndarray) -> np.ndarray:
        """Shape (n,): the probability of an emergency for each row of `vectors` (n, 256)."""
        return 1.0 / (1.0 + np.exp(-(vectors @ self.weights + self.bias)))


def training_set(store: ContentStore) -> tuple[list[str], list[int]]:
    """Normalised texts and labels (1 emergency, 0 not): the exemplars, then every item's questions."""
    examples = [(text, 1) for _, text in store.urgency.emergencies]
    examples += [(text, 0) for _, text in store.urgency.look_alikes]
    examples += [(question, 0) for item in store.items for question in item.questions]
    return [normalise(text) for text, _ in examples], [label for _, label in examples]


def fingerprint(texts: list[str], labels: list[int]) -> str:
    """sha256 (hex) of the examples and the embedding model's version: equal means the fit would be."""
    payload = json.dumps([version("wordllama"), REGULARISATION, texts, labels])
    return hashlib.sha256(payload.encode()).hexdigest()


def fit(texts: list[str], labels: list[int]) -> UrgencyModel:
    """A logistic regression (scikit-learn, classes weighted to balance) on the texts' embeddings.

    Raises ValueError when the examples hold only one label.
    """
    from sklearn.linear_model import LogisticRegression  # only when fitting: it is slow to import

    if len(set(labels)) < 2:
        raise ValueError("the urgency model needs both emergencies and look-alikes to learn from")
    model = LogisticRegression(C=REGULARISATION, class_weight="balanced", max_iter=5000)
    model.fit(embed(texts), np.asarray(labels))
    return UrgencyModel(fingerprint(texts, labels), model.coef_[0].astype(np.float64), float(model.intercept_[0]))


def load(path: Path) -> UrgencyModel | None:
    """The model saved at `path`, or None when there is none or it is not one (then it is refitted)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = np.asarray(data["weights"], dtype=np.float64)
        if weights.shape != (256,) or not np.isfinite(weights).all():
            return None
        return UrgencyModel(str(data["trained_on"]), weights, float(data["bias"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save(model: UrgencyModel, path: Path) -> None:
    """Write `model` as JSON at `path` (raises OSError when the folder is not writable)."""
    data = {"trained_on": model.trained_on, "bias": model.bias, "weights": [round(float(w), 8) for w in model.weights]}
    path.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")


def current_model(store: ContentStore) -> tuple[UrgencyModel | None, bool]:
    """The model for `store`'s content and whether it had to be refitted (the saved one was stale).

    None when the content has no exemplars (the rules alone decide then).
    """
    if not store.urgency.emergencies or not store.urgency.look_alikes:
        return None, False
    texts, labels = training_set(store)
    saved = load(store.root / MODEL_FILE)
    if saved and saved.trained_on == fingerprint(texts, labels):
        return saved, False
    started = time.perf_counter()
    model = fit(texts, labels)
    logger.info("urgency model refitted on %d examples in %.1f s; `safeguard-bot content urgency --fit` saves it",
                len(texts), time.perf_counter() - started)  # fmt: skip
    return model, True


class SemanticUrgency:
    """Call with a normalised message; returns the class of its nearest emergency exemplar and the
    model's probability that it is an emergency (bot/urgency.py decides what the probability means)."""

    def __init__(self, store: ContentStore):
        self._model, _ = current_model(store)
        exemplars = store.urgency.emergencies
        self._classes = sorted({cls for cls, _ in exemplars})
        by_class = [[normalise(t) for c, t in exemplars if c == cls] for cls in self._classes]
        self._nearest = SemanticIndex(by_class)

    def __call__(self, text: str) -> tuple[str, float]:
        if self._model is None:
            return "", 0.0
        vector = embed([text])[0]
        likely = float(self._model.probability(vector[None, :])[0])
        return self._classes[int(self._nearest.scores_for(vector).argmax())], likely
