"""The semantic detector of immediate risk: the message's nearest exemplar by meaning.

Each exemplar of content/urgency.yaml is embedded once (content/embeddings.py, static word
embeddings, offline). A message is an emergency of a class when its nearest emergency exemplar is
close enough (`THRESHOLD`, cosine) and closer than its nearest look-alike by `MARGIN`. Chosen on
the exemplars themselves (each left out in turn) and a development set, with the rules beside it:
at 0.45 / 0.05 it finds emergencies the rules miss without alarming on practice questions.
"""

from __future__ import annotations

import numpy as np

from bot.urgency_rules import normalise
from content.embeddings import embed
from content.model import UrgencyExemplars

THRESHOLD = 0.45
MARGIN = 0.05


class SemanticUrgency:
    """Call with a normalised message; returns the class of its nearest emergency, or ""."""

    def __init__(self, exemplars: UrgencyExemplars):
        self._classes = [cls for cls, _ in exemplars.emergencies]
        self._emergencies = self._vectors([text for _, text in exemplars.emergencies])
        self._look_alikes = self._vectors([text for _, text in exemplars.look_alikes])

    @staticmethod
    def _vectors(texts: list[str]) -> np.ndarray:
        return embed([normalise(t) for t in texts]) if texts else np.zeros((0, 256), dtype=np.float32)

    def __call__(self, text: str) -> str:
        if not len(self._emergencies):
            return ""
        vector = embed([text])[0]
        near = self._emergencies @ vector
        best = int(near.argmax())
        calm = float((self._look_alikes @ vector).max()) if len(self._look_alikes) else -1.0
        return self._classes[best] if near[best] >= THRESHOLD and near[best] - calm >= MARGIN else ""
