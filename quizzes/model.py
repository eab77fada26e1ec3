"""What a quiz file holds."""

from __future__ import annotations

from dataclasses import dataclass, field

from content.model import Currency

RATING_SCALE = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class Question:
    id: str
    stem: str
    options: tuple[str, ...]
    correct: int  # index into options, from 0
    explanation: str
    item: str  # the content item the question tests
    item_version: int = 1  # that item's version when the quiz was loaded: what an attempt started now answers
    line: int = field(default=0, compare=False)  # where it starts in its quiz file


@dataclass(frozen=True)
class Quiz:
    id: str
    title: str
    description: str
    topics: tuple[str, ...]
    pass_mark: int  # percent
    evaluation: bool  # confidence before and after, usefulness at the end
    questions: tuple[Question, ...]
    shuffle: bool = True  # show each attempt the options in its own (stable) order
    currency: Currency = field(default=Currency(), compare=False)  # its reviewed: date and version:

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)
