"""Assignment states, worked out by hand: not started, in progress, completed, overdue, and for a recurring
assignment a completion that lapses (expired) and falls due again."""

from datetime import UTC, date, datetime

from quizzes.assignments import (
    COMPLETED,
    EXPIRED,
    IN_PROGRESS,
    NOT_STARTED,
    OVERDUE,
    assignment_progress,
    lapses_on,
)
from quizzes.tracking import Cohort


def _done(store, learner: str, day: date, score: int = 5) -> None:
    attempt = store.start_attempt("q", learner, datetime(day.year, day.month, day.day, 10, tzinfo=UTC))
    store.finish_attempt(attempt.id, f"{day.isoformat()}T10:05:00+00:00", score, True)


def _states(store, cohort: Cohort, today: date) -> dict[str, tuple]:
    return {p.learner: (p.state, p.due, p.completed_on) for p in assignment_progress(store, [cohort], today)}


def test_assignment_states_before_and_after_the_due_date(tracking):
    cohort = Cohort("c", "q", ("t:done", "t:going", "t:idle"), date(2026, 3, 31), assigned_on=date(2026, 3, 1))
    _done(tracking, "t:done", date(2026, 3, 10), score=4)
    tracking.start_attempt("q", "t:going", datetime(2026, 3, 12, tzinfo=UTC))
    before = _states(tracking, cohort, date(2026, 3, 31))  # the due date itself is not yet overdue
    assert before == {
        "t:done": (COMPLETED, date(2026, 3, 31), date(2026, 3, 10)),
        "t:going": (IN_PROGRESS, date(2026, 3, 31), None),
        "t:idle": (NOT_STARTED, date(2026, 3, 31), None),
    }
    after = _states(tracking, cohort, date(2026, 4, 1))
    assert {learner: state for learner, (state, _, _) in after.items()} == {
        "t:done": COMPLETED, "t:going": OVERDUE, "t:idle": OVERDUE}  # fmt: skip
    (done,) = [p for p in assignment_progress(tracking, [cohort], date(2026, 4, 1)) if p.learner == "t:done"]
    assert (done.score, done.passed) == (4, True)


def test_a_recurring_assignment_expires_a_completion_and_assigns_it_again(tracking):
    # Every 12 months; the first round allowed 30 days (1 March to 31 March).
    cohort = Cohort("yearly", "q", ("t:ann",), date(2026, 3, 31), every_months=12, assigned_on=date(2026, 3, 1))
    _done(tracking, "t:ann", date(2026, 3, 10))
    assert lapses_on(cohort, date(2026, 3, 10)) == date(2027, 3, 10)
    assert _states(tracking, cohort, date(2027, 3, 9))["t:ann"][0] == COMPLETED
    # Lapsed on 10 March 2027: due again 30 days later, on 9 April 2027.
    assert _states(tracking, cohort, date(2027, 3, 10))["t:ann"] == (EXPIRED, date(2027, 4, 9), date(2026, 3, 10))
    assert _states(tracking, cohort, date(2027, 4, 10))["t:ann"][0] == OVERDUE
    _done(tracking, "t:ann", date(2027, 4, 2))  # the refresher: the latest completion counts
    assert _states(tracking, cohort, date(2027, 4, 10))["t:ann"] == (COMPLETED, date(2026, 3, 31), date(2027, 4, 2))


def test_a_month_later_is_the_last_day_of_a_shorter_month():
    cohort = Cohort("monthly", "q", (), date(2026, 1, 31), every_months=1)
    assert lapses_on(cohort, date(2026, 1, 31)) == date(2026, 2, 28)
    assert lapses_on(Cohort("once", "q", (), date(2026, 1, 31)), date(2026, 1, 31)) is None
