"""How likely a found answer is right: a logistic regression over retrieval signals, fitted offline.

`bench/calibrate.py` runs the answerer over the development question sets (bench/qa_*.yaml, never a
set being reported as held out), labels each best candidate right or wrong with the shared scorer's
rule (every phrase group of the case in the answer; any answer to a `no_answer` case is wrong), fits
the model on standardised `FEATURES`, chooses the `no_answer` threshold on a development split,
reports expected calibration error on the other, and saves `content/answer_model.json`. The answer's
`confidence` is this probability.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MODEL_FILE = "answer_model.json"

# Each a number about the best candidate (an item, or a source passage) and the question.
FEATURES = (
    "coverage",  # share of the question's weight (BM25 idf) the answering text contains
    "specific_share",  # share of the question's uncommon words (terms of art, acronyms) it contains
    "meaning",  # cosine of the question with the answering text (its title, questions or text)
    "meaning_top",  # the best cosine of the question with any item
    "meaning_gap",  # meaning_top - meaning: another item is closer in meaning
    "bm25_first",  # 1 when the answering item is BM25's first hit
    "meaning_first",  # 1 when it is also the item closest in meaning
    "unknown_share",  # share of the question's words the library never uses
    "is_passage",  # 1 when a source passage answers, not a curated item
    "is_glossary",  # 1 when a glossary entry answers
    "question_words",  # log(1 + the question's word count)
)


@dataclass(frozen=True)
class AnswerModel:
    means: np.ndarray  # shape (len(FEATURES),): standardisation
    scales: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float  # below this probability the bot says the library does not cover the question

    def probability(self, features: dict[str, float]) -> float:
        """The probability (0-1) that the answer built from this candidate is right."""
        x = (np.array([features[name] for name in FEATURES]) - self.means) / self.scales
        return float(1.0 / (1.0 + np.exp(-(x @ self.weights + self.bias))))


def load(path: Path) -> AnswerModel:
    """Read a saved model. Raises OSError, or ValueError when the file is not one for these FEATURES."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data.get("features", ())) != FEATURES:
        raise ValueError(f"{path}: fitted on other features; run bench/calibrate.py")
    arrays = [np.asarray(data[key], dtype=np.float64) for key in ("means", "scales", "weights")]
    if any(a.shape != (len(FEATURES),) or not np.isfinite(a).all() for a in arrays):
        raise ValueError(f"{path}: not a model for {len(FEATURES)} features")
    return AnswerModel(*arrays, float(data["bias"]), float(data["threshold"]))


def save(model: AnswerModel, path: Path, provenance: dict) -> None:
    """Write `model` as JSON, with `provenance` (what it was fitted on, its measured figures)."""
    data = {
        "features": list(FEATURES),
        "means": model.means.round(8).tolist(),
        "scales": model.scales.round(8).tolist(),
        "weights": model.weights.round(8).tolist(),
        "bias": round(model.bias, 8),
        "threshold": round(model.threshold, 4),
        "fitted": provenance,
    }
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
