"""The semantic detector of immediate risk: the message's nearest exemplar by meaning.

Each exemplar of content/urgency.yaml is embedded once (content/embeddings.py, static word
embeddings, offline). A message is an emergency of a class when its nearest emergency exemplar is
close enough (`THRESHOLD`, cosine) and closer than its nearest look-alike by `MARGIN`. Chosen on
the exemplars themselves (each left out in turn) and a development set, with the rules beside it:
at 0.45 / 0.05 it finds emergencies the rules miss without alarming on practice questions.
"""

from __future__ import annotations

from bot.urgency_rules import normalise
from content.embeddings import embed
from content.model import UrgencyExemplars
from content.semantic_index import SemanticIndex

THRESHOLD = 0.45
MARGIN = 0.05


class SemanticUrgency:
    """Call with a normalised message; returns the class of its nearest emergency, or ""."""

    def __init__(self, exemplars: UrgencyExemplars):
        # One document per class: a class's score is its nearest exemplar's cosine.
        self._classes = sorted({cls for cls, _ in exemplars.emergencies})
        by_class = [[normalise(t) for c, t in exemplars.emergencies if c == cls] for cls in self._classes]
        self._emergencies = SemanticIndex(by_class)
        self._look_alikes = SemanticIndex([[normalise(t) for _, t in exemplars.look_alikes]])

    def __call__(self, text: str) -> str:
        if not self._classes:
            return ""
        vector = embed([text])[0]
        near = self._emergencies.scores_for(vector)
        best = int(near.argmax())
        calm = float(self._look_alikes.scores_for(vector)[0])
        return self._classes[best] if near[best] >= THRESHOLD and near[best] - calm >= MARGIN else ""
