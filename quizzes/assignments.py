"""Who has done what they were assigned: each assigned learner's state in an assignment (a Cohort), for the
training officer's report, reminders and a champion's view of their team.

A learner's state in an assignment, on a given day:
- completed: a completed attempt (the first; for a recurring assignment, the latest, while it has not lapsed);
- expired: a recurring assignment's completion lapsed `every_months` after it was done: assigned again, due
  once the same time the first round allowed has passed again (RECURRING_ALLOWED when it is not known);
- overdue: not completed and the due date has passed (for an expired completion, its new due date);
- in progress: started and not finished; not started: neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from quizzes.tracking import Cohort, FirstTry, TrackingStore

NOT_STARTED, IN_PROGRESS, COMPLETED, OVERDUE, EXPIRED = "not_started", "in_progress", "completed", "overdue", "expired"
STATES = (NOT_STARTED, IN_PROGRESS, COMPLETED, OVERDUE, EXPIRED)
TO_DO = frozenset({NOT_STARTED, IN_PROGRESS, OVERDUE, EXPIRED})  # states reminders chase
# The order states are listed in for people who chase them: the most pressing first.
PRESSING = {state: rank for rank, state in enumerate((OVERDUE, EXPIRED, NOT_STARTED, IN_PROGRESS, COMPLETED))}
RECURRING_ALLOWED = timedelta(days=30)  # to redo a lapsed completion, when the first round's time is not known


@dataclass(frozen=True)
class Progress:
    """One assigned learner's state in one assignment."""

    cohort: str
    quiz: str
    learner: str
    state: str  # one of STATES
    due: date  # when it is due: the assignment's date, or the new one after a completion lapsed
    completed_on: date | None = None  # the completion that counts (the lapsed one, for expired)
    score: int | None = None  # questions right in it
    passed: bool | None = None


def lapses_on(cohort: Cohort, completed_on: date) -> date | None:
    """When a completion done on `completed_on` stops counting: `every_months` later; None if it never does."""
    return completed_on + relativedelta(months=cohort.every_months) if cohort.every_months else None


def _finished(attempt: FirstTry) -> date:
    return date.fromisoformat((attempt.finished_at or attempt.started_at)[:10])


def progress(
    cohort: Cohort, started: dict[str, FirstTry], completed: dict[str, FirstTry], today: date
) -> list[Progress]:
    """Each of the cohort's learners' Progress on `today`. `started` maps a learner to an attempt they started,
    `completed` to the completion that counts (the first, or the latest for a recurring assignment)."""
    allowed = cohort.due - cohort.assigned_on if cohort.assigned_on else RECURRING_ALLOWED
    rows = []
    for learner in cohort.learners:
        done = completed.get(learner)
        if done is not None:
            on = _finished(done)
            lapsed = lapses_on(cohort, on)
            if lapsed is None or lapsed > today:
                state, due = COMPLETED, cohort.due
            else:
                due = lapsed + allowed
                state = OVERDUE if due < today else EXPIRED
            rows.append(Progress(cohort.id, cohort.quiz, learner, state, due, on, done.score, done.passed))
            continue
        state = OVERDUE if cohort.due < today else IN_PROGRESS if learner in started else NOT_STARTED
        rows.append(Progress(cohort.id, cohort.quiz, learner, state, cohort.due))
    return rows


def assignment_progress(
    store: TrackingStore, cohorts: list[Cohort], today: date, read: dict[str, list] | None = None
) -> list[Progress]:
    """Every assigned learner's Progress in `cohorts` on `today`, read per quiz: each learner's first attempts
    (`store.first_attempts(quiz)`, unless `read` already holds them for the quiz), and for recurring assignments
    their latest completions."""
    rows: list[Progress] = []
    by_quiz: dict[str, list[Cohort]] = {}
    for cohort in cohorts:
        by_quiz.setdefault(cohort.quiz, []).append(cohort)
    for quiz, assigned in by_quiz.items():
        pairs = read[quiz] if read and quiz in read else store.first_attempts(quiz)
        started = {first.learner: first for first, _ in pairs}
        firsts = {done.learner: done for _, done in pairs if done}
        recurring = {learner for c in assigned if c.every_months for learner in c.learners}
        latest = store.last_completions(quiz, recurring) if recurring else {}
        for cohort in assigned:
            rows += progress(cohort, started, latest if cohort.every_months else firsts, today)
    return rows
