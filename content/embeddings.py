"""Static word embeddings for meaning, offline: WordLlama's `l2_supercat` model (256 dimensions), whose
weights and tokenizer ship inside the wordllama wheel from PyPI. Nothing is downloaded at run time.

WordLlama's loader looks for the bundled tokenizer in the wrong folder and would then try the
network: it is loaded from the package's own folder with downloads disabled. Importing it calls
`logging.basicConfig(level=INFO)`, so the root logger is put back as it was.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

import numpy as np


@cache
def _model():
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    import wordllama
    from wordllama import WordLlama

    root.setLevel(level)
    root.handlers[:] = handlers
    return WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def embed(texts: list[str]) -> np.ndarray:
    """Unit vectors, one row per text: shape (len(texts), 256), float32; cosine similarity is a dot product."""
    vectors = np.asarray(_model().embed(texts), dtype=np.float32).reshape(len(texts), -1)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)
