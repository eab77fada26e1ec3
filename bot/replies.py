"""The platform-neutral reply every door (terminal, Slack, Teams, web) renders in its own way."""

from __future__ import annotations

from dataclasses import dataclass

from content.model import Citation

ANSWER, NO_ANSWER, URGENT, PII_WARNING, INFO = "answer", "no_answer", "urgent", "pii_warning", "info"


@dataclass(frozen=True)
class Reply:
    kind: str
    text: str
    sources: tuple[Citation, ...] = ()
    confidence: float = 0.0
    topics: tuple[str, ...] = ()

    def to_json(self) -> dict:
        """The `ask --json` contract."""
        return {
            "kind": self.kind,
            "text": self.text,
            "sources": [
                {"title": s.title, "document": s.document, "section": s.section, "url": s.url} for s in self.sources
            ],
            "confidence": round(self.confidence, 3),
        }
