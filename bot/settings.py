"""Settings, read once at start from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from content.loader import SHIPPED_CONTENT
from quizzes.loader import SHIPPED_QUIZZES


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    content_dir: Path
    quiz_dir: Path = SHIPPED_QUIZZES

    @classmethod
    def from_env(cls, environ=os.environ) -> Settings:
        return cls(
            data_dir=Path(environ.get("DATA_DIR") or "data"),
            content_dir=Path(environ.get("CONTENT_DIR") or SHIPPED_CONTENT),
            quiz_dir=Path(environ.get("QUIZ_DIR") or SHIPPED_QUIZZES),
        )
