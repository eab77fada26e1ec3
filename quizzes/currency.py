"""Content kept current: which items and quizzes are due for review, which quiz questions cite an item whose text
changed after the quiz was last reviewed, and which text changes came without a version bump.

An item or quiz is due for review `review_months` (content/partnership.yaml, default 12) after its `reviewed:`
date, and at once when it has none. A question is flagged when the day its item's text last changed (its
history, content/history.py: from git, else from the texts the store kept) is after its quiz's `reviewed:` day:
an author clears the flag by reviewing the quiz and moving its `reviewed:` date on, nothing else to keep.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from content.history import History, ItemText
from content.model import ContentStore, Currency, Item
from quizzes.model import Question, Quiz

DUE_SOON_DAYS = 30  # the dashboard lists what falls due this many days ahead too


@dataclass(frozen=True)
class Due:
    """An item or quiz due for review."""

    kind: str  # "item" or "quiz"
    id: str
    title: str
    currency: Currency  # its reviewed: date (None: never reviewed), version, file and line
    due: date | None  # its reviewed: date plus the review period; None when it was never reviewed (due now)

    def days_overdue(self, today: date) -> int | None:
        """Days past its due date on `today` (0 on the day, negative before); None when never reviewed."""
        return None if self.due is None else (today - self.due).days


@dataclass(frozen=True)
class Flag:
    """A quiz question to review: the item it cites changed after the quiz was last reviewed."""

    quiz: Quiz
    question: Question
    change: ItemText  # the item's newest text: `since` is the day it changed, `version` its version


@dataclass(frozen=True)
class Unbumped:
    """An item whose text changed without its version going up."""

    item: Item
    change: ItemText  # the newest text
    before: ItemText  # the text it replaced, with the same or a higher version


@dataclass(frozen=True)
class Review:
    """What content authors have to look at on a day."""

    due: list[Due]  # oldest first: never reviewed, then by reviewed date
    flagged: list[Flag]  # by quiz, then question as in its file
    unbumped: list[Unbumped]


def due_for_review(content: ContentStore, quizzes: dict[str, Quiz], today: date, within_days: int = 0) -> list[Due]:
    """The items and quizzes due for review on `today` + `within_days` (their reviewed: date plus the
    partnership's review_months, or at once when they have none), oldest first: never reviewed, then by reviewed
    date, then items before quizzes and by id."""
    period = relativedelta(months=content.partnership.review_months)
    horizon = today + timedelta(days=within_days)
    marked = [("item", item.id, item.title, item.currency) for item in content.items]
    marked += [("quiz", quiz.id, quiz.title, quiz.currency) for quiz in quizzes.values()]
    due = []
    for kind, key, title, currency in marked:
        due_on = currency.reviewed + period if currency.reviewed else None
        if due_on is None or due_on <= horizon:
            due.append(Due(kind, key, title, currency, due_on))
    return sorted(due, key=lambda d: (d.currency.reviewed or date.min, d.kind, d.id))


def flagged_questions(quizzes: dict[str, Quiz], history: History) -> list[Flag]:
    """The questions whose cited item's text changed (a history of two texts or more) after their quiz's
    reviewed: day, or at all when the quiz has none; by quiz id, then as in the quiz file."""
    flags = []
    for quiz in sorted(quizzes.values(), key=lambda q: q.id):
        reviewed = quiz.currency.reviewed
        for question in quiz.questions:
            texts = history.get(question.item, [])
            if len(texts) > 1 and (reviewed is None or texts[0].since > reviewed):
                flags.append(Flag(quiz, question, texts[0]))
    return flags


def unbumped_changes(items: list[Item], history: History) -> list[Unbumped]:
    """The items whose latest text change kept the version it replaced (or lowered it), both versions written;
    by id."""
    found = []
    for item in sorted(items, key=lambda i: i.id):
        texts = history.get(item.id, [])
        written = len(texts) > 1 and None not in (texts[0].version, texts[1].version)
        if written and texts[0].version <= texts[1].version:
            found.append(Unbumped(item, texts[0], texts[1]))
    return found


def review(
    content: ContentStore, quizzes: dict[str, Quiz], history: History, today: date, within_days: int = 0
) -> Review:
    """The Review of `today`: due_for_review (within `within_days`), flagged_questions and unbumped_changes."""
    return Review(
        due_for_review(content, quizzes, today, within_days),
        flagged_questions(quizzes, history),
        unbumped_changes(content.items, history),
    )
