"""Meaning-based search: each document as several short texts (an item's title, its questions, its text),
a query's score for a document being its best cosine similarity with any of them, as FAQ systems match
a question against every alternate question of an answer."""

from __future__ import annotations

import numpy as np

from content.embeddings import embed


class SemanticIndex:
    def __init__(self, texts_per_document: list[list[str]]):
        """`texts_per_document[i]`: the texts that stand for document i (empty texts are left out)."""
        owners = [i for i, texts in enumerate(texts_per_document) for text in texts if text.strip()]
        flat = [text for texts in texts_per_document for text in texts if text.strip()]
        self._owners = np.asarray(owners, dtype=np.int64)
        self._vectors = embed(flat) if flat else np.zeros((0, 256), dtype=np.float32)
        self._size = len(texts_per_document)

    def scores(self, query: str) -> np.ndarray:
        """Shape (documents,): each document's best cosine similarity with `query`, -1 for one with no text."""
        return self.scores_for(embed([query])[0])

    def scores_for(self, vector: np.ndarray) -> np.ndarray:
        """The same for a query already embedded (a unit vector), so one embedding serves several indexes."""
        best = np.full(self._size, -1.0, dtype=np.float32)
        if len(self._vectors):
            np.maximum.at(best, self._owners, self._vectors @ vector)
        return best
