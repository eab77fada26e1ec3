"""The platform-neutral reply every door (terminal, Slack, Teams, web) renders in its own way."""

from __future__ import annotations

from dataclasses import dataclass, replace

from content.model import Citation

ANSWER, NO_ANSWER, URGENT, PII_WARNING, INFO, QUIZ = "answer", "no_answer", "urgent", "pii_warning", "info", "quiz"
NUDGE = "nudge"
ADVISER_ANSWER = "adviser_answer"  # a safeguarding adviser's own words (bot/tickets.py): never library text


PUBLIC, PRIVATE, DIRECT = "public", "private", "direct"


@dataclass(frozen=True)
class Choice:
    """Something the person can pick: a button on a platform, a letter or command in the terminal."""

    label: str
    value: str = ""  # the action sent back when picked (bot/actions.py); empty for a plain link
    typed: str = ""  # what to type instead, in the terminal
    url: str = ""  # a page the button opens (a guide); where the platform tells the bot, `value` still comes back
    field: str = ""  # the label of a text box sent with `value` where a door has forms (a Teams card, a web page)
    group: str = ""  # a heading over this choice and the ones after it in the same group (a topic's items by kind)


@dataclass(frozen=True)
class Reply:
    kind: str
    text: str
    sources: tuple[Citation, ...] = ()
    confidence: float = 0.0
    topics: tuple[str, ...] = ()
    choices: tuple[Choice, ...] = ()
    private: bool = False  # only for the person who asked (a preview, a quick question)

    @property
    def audience(self) -> str:
        """Who may see this reply, the one rule every door maps to its own means.

        DIRECT: a one-to-one conversation with the person (quizzes, which they come back to);
        PRIVATE: only the person, wherever they are (urgent and personal-data replies, which never
        quote them, and anything marked private); PUBLIC: where they asked.
        """
        if self.kind == QUIZ:
            return DIRECT
        return PRIVATE if self.private or self.kind in (URGENT, PII_WARNING, ADVISER_ANSWER) else PUBLIC

    def with_choices(self, *choices: Choice) -> Reply:
        return replace(self, choices=self.choices + choices)

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
