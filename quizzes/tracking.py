"""Completion tracking: the records kept about learners and their attempts, and the storage port.

The engine and the reports depend on `TrackingStore`; `bot/storage/tinydb_store.py` implements it on TinyDB,
as part of the storage port `bot.storage.port.Store`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import NamedTuple, Protocol

ROLES = ("learner", "champion", "training_officer", "adviser")  # adviser: answers tickets (bot/tickets.py)
SCOPES = ("agency", "team")  # what a role can be limited to: "agency:Police", "team:North"
RATINGS = ("confidence_before", "confidence_after", "usefulness")
IN_PROGRESS, COMPLETED = "in_progress", "completed"


@dataclass(frozen=True)
class Learner:
    id: str  # platform:user_id, e.g. slack:U0123 or terminal:alice
    name: str = ""
    team: str = ""
    agency: str = ""
    tz: str = ""  # IANA time zone for reminders ("Europe/London"); "" for the partnership's


@dataclass(frozen=True)
class Cohort:
    """A quiz a training officer assigned to a group of learners, due by a date."""

    id: str
    quiz: str
    learners: tuple[str, ...]
    due: date
    name: str = ""
    every_months: int | None = None  # recurring: a completion lapses after this many months and is due again
    assigned_on: date | None = None


@dataclass(frozen=True)
class Answer:
    question: str
    option: int  # index into the quiz file's options, whatever order they were shown in
    correct: bool
    at: str  # ISO time


@dataclass
class Attempt:
    id: str
    quiz: str
    learner: str
    started_at: str  # ISO time
    status: str = IN_PROGRESS
    answers: list[Answer] = field(default_factory=list)
    ratings: dict[str, int] = field(default_factory=dict)
    finished_at: str | None = None
    score: int | None = None  # questions right
    passed: bool | None = None
    # The version of each content item its questions cite, as the attempt started (quizzes.reports splits each
    # question's facility by it); {} for an attempt stored before versions were recorded.
    item_versions: dict[str, int] = field(default_factory=dict)

    def answer_to(self, question_id: str) -> Answer | None:
        return next((a for a in self.answers if a.question == question_id), None)

    @property
    def started(self) -> datetime:
        return datetime.fromisoformat(self.started_at)

    def to_doc(self) -> dict:
        return asdict(self)

    @classmethod
    def from_doc(cls, doc: dict) -> Attempt:
        fields = {k: v for k, v in doc.items() if k in cls.__dataclass_fields__}
        fields["answers"] = [Answer(**a) for a in doc.get("answers", [])]
        return cls(**fields)


class FirstTry(NamedTuple):
    """An attempt as a report lists it, without its answers (AnswerTally counts those). A tuple, because a
    report reads one per learner and quiz."""

    id: str
    learner: str
    status: str
    started_at: str  # ISO time
    finished_at: str | None
    score: int | None
    passed: bool | None
    ratings: dict[str, int]
    item_versions: dict[str, int]  # as Attempt.item_versions

    @classmethod
    def from_doc(cls, doc: dict) -> FirstTry:
        """From an attempt document (Attempt.to_doc's shape); KeyError if id, learner, status or started_at is
        missing."""
        return cls(doc["id"], doc["learner"], doc["status"], doc["started_at"], doc.get("finished_at"),
                   doc.get("score"), doc.get("passed"), doc.get("ratings") or {},
                   doc.get("item_versions") or {})  # fmt: skip


@dataclass
class AnswerTally:
    """The answers to one question within a set of attempts, for item analysis: how many, how many right
    (in all, in the top group and in the bottom group of scorers), and how often each wrong option was chosen
    (by its index in the quiz file)."""

    answered: int = 0
    right: int = 0
    right_top: int = 0
    right_bottom: int = 0
    wrong_options: dict[int, int] = field(default_factory=dict)

    def add(self, option: int, correct: bool, top: bool, bottom: bool, count: int = 1) -> None:
        self.answered += count
        if correct:
            self.right += count
            self.right_top += count * top
            self.right_bottom += count * bottom
        else:
            self.wrong_options[option] = self.wrong_options.get(option, 0) + count


def tally_answers(counted: Iterable[tuple[str, int, bool, bool, bool, int]]) -> dict[str, AnswerTally]:
    """Per question id, the tally of answers counted as rows of (question id, option index, correct, in the top
    group, in the bottom group, how many): what every engine's `answer_tallies` returns, however it counts."""
    tallies: dict[str, AnswerTally] = {}
    for question, option, correct, top, bottom, count in counted:
        tallies.setdefault(question, AnswerTally()).add(option, correct, top, bottom, count)
    return tallies


class TrackingStore(Protocol):
    """Where learners, roles, cohorts, settings and quiz attempts are kept.

    Every method that records something returns only once it is durably stored.
    """

    def save_learner(self, learner: Learner) -> None: ...
    def learner(self, learner_id: str) -> Learner | None: ...
    def learners(self) -> list[Learner]: ...

    def grant_role(self, learner_id: str, role: str, scope: str = "") -> None:
        """Grant a role, or change its scope: "" for everyone, "agency:NAME" or "team:NAME" for a training
        officer who sees only that agency or team. Raises ValueError for an unknown role or scope."""
        ...

    def role_scope(self, learner_id: str, role: str) -> str | None:
        """The scope a role was granted with ("" for everyone), or None if the learner does not hold it."""
        ...

    def revoke_role(self, learner_id: str, role: str) -> bool: ...
    def roles(self) -> dict[str, list[str]]: ...

    def save_cohort(self, cohort: Cohort) -> None: ...
    def cohorts(self) -> list[Cohort]: ...

    def setting(self, key: str, default: str | None = None) -> str | None: ...
    def save_setting(self, key: str, value: str) -> None: ...

    def start_attempt(
        self, quiz_id: str, learner_id: str, started_at: datetime, item_versions: Mapping[str, int] | None = None
    ) -> Attempt:
        """Store a new attempt, recording `item_versions` (content item id -> version) with it, or return the
        learner's attempt already in progress on that quiz (its versions as recorded when it started)."""
        ...

    def open_attempt(self, learner_id: str, quiz_id: str) -> Attempt | None: ...
    def open_attempts(self, learner_id: str) -> list[Attempt]:
        """The learner's attempts in progress on any quiz, most recently started first."""
        ...

    def attempt(self, attempt_id: str) -> Attempt | None: ...

    def record_answer(self, attempt_id: str, answer: Answer) -> Attempt:
        """Add an answer; one already given to that question is kept and the new one ignored."""
        ...

    def record_rating(self, attempt_id: str, rating: str, value: int) -> Attempt: ...
    def finish_attempt(self, attempt_id: str, finished_at: str, score: int, passed: bool) -> Attempt: ...
    def attempts(self, quiz_id: str | None = None) -> Iterator[Attempt]: ...

    def first_attempts(
        self, quiz_id: str, since: date | None = None, until: date | None = None
    ) -> list[tuple[FirstTry, FirstTry | None]]:
        """Per learner with an attempt at `quiz_id` started within [since, until] (dates as stored): their first
        attempt started and their first completed (None if none), first by (started_at, id); learners in the
        order of their first start. What a report needs, without reading every retake: the cost grows with the
        learners, not with the attempts stored."""
        ...

    def last_completions(self, quiz_id: str, learners: Collection[str]) -> dict[str, FirstTry]:
        """Per learner of `learners` who has completed `quiz_id`: their latest completed attempt (by finished_at,
        then id). What a recurring assignment needs, whose completions lapse."""
        ...

    def answer_tallies(
        self, attempt_ids: Collection[str], top: Collection[str] = (), bottom: Collection[str] = ()
    ) -> dict[str, AnswerTally]:
        """Per question id, the tally of the answers given in the attempts `attempt_ids` (ids unknown are
        skipped), `top` and `bottom` naming the attempts of the top and bottom groups of scorers."""
        ...
