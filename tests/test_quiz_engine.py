from datetime import UTC, datetime, timedelta

import pytest

from bot.storage import TinyStore
from content.loader import load_content
from quizzes.engine import Feedback, Notice, QuestionPrompt, QuizEngine, RatingPrompt, Result, shown_order
from quizzes.loader import load_quizzes
from quizzes.tracking import COMPLETED, Learner

ALICE = Learner("terminal:alice", "Alice", "North Team", "Health")


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)

    def __call__(self):
        self.now += timedelta(seconds=30)
        return self.now


@pytest.fixture
def quizzes(mini_content):
    return load_quizzes(mini_content / "quizzes", load_content(mini_content))


@pytest.fixture
def engine(quizzes, tmp_path):
    return QuizEngine(quizzes, TinyStore(tmp_path / "data"), Clock())


def _take(engine, answers: list[int]) -> list:
    """Rate 3, answer with the given option keys, rate 4 and 5; return every step seen."""
    (step,) = engine.start(ALICE, "missed")
    seen = [step]
    for action in ["rate:confidence_before:3", *answers, "rate:confidence_after:4", "rate:usefulness:5"]:
        if isinstance(action, str):
            _, rating, value = action.split(":")
            steps = engine.rate(step.attempt, rating, int(value))
        else:
            steps = engine.answer(step.attempt, step.question.id, action)
        seen += steps
        step = steps[-1]
    return seen


def test_engine_full_attempt_scores_and_records_completion(engine):
    seen = _take(engine, [0, 0, 1, 0, 0])
    assert isinstance(seen[0], RatingPrompt) and seen[0].rating == "confidence_before"
    feedback = [s for s in seen if isinstance(s, Feedback)]
    assert [f.correct for f in feedback] == [True, True, False, True, True]
    result = seen[-1]
    assert isinstance(result, Result) and result.score == 4 and result.percent == 80 and result.passed
    (attempt,) = engine.store.attempts("missed")
    assert attempt.status == COMPLETED and attempt.score == 4 and attempt.passed
    assert attempt.ratings == {"confidence_before": 3, "confidence_after": 4, "usefulness": 5}
    assert engine.store.learner(ALICE.id) == ALICE


def test_engine_below_pass_mark_fails(engine):
    result = _take(engine, [0, 1, 1, 0, 0])[-1]
    assert result.score == 3 and not result.passed


def test_engine_resumes_the_attempt_in_progress_after_a_restart(engine, quizzes):
    (step,) = engine.start(ALICE, "missed")
    (step,) = engine.rate(step.attempt, "confidence_before", 2)
    engine.answer(step.attempt, "q1", 0)
    restarted = QuizEngine(quizzes, TinyStore(engine.store.root), Clock())
    notice, step = restarted.start(ALICE, "missed")
    assert isinstance(notice, Notice) and "carrying on" in notice.text
    assert isinstance(step, QuestionPrompt) and step.question.id == "q2" and step.number == 2
    assert len(list(restarted.store.attempts("missed"))) == 1


def test_engine_same_answer_twice_is_recorded_once(engine):
    (step,) = engine.start(ALICE, "missed")
    (step,) = engine.rate(step.attempt, "confidence_before", 2)
    first = engine.answer(step.attempt, "q1", 1)
    again = engine.answer(step.attempt, "q1", 0)
    assert isinstance(first[0], Feedback) and not first[0].correct
    assert again == [Notice("You have already answered that question: your first answer counts.")]
    (attempt,) = engine.store.attempts("missed")
    assert [(a.question, a.option) for a in attempt.answers] == [("q1", 1)]
    assert engine.rate(step.attempt, "confidence_before", 5)[0].text.startswith("You have already given")


def test_engine_finished_or_unknown_attempts_get_a_polite_message(engine):
    result = _take(engine, [0, 0, 0, 0, 0])[-1]
    (finished,) = engine.answer(result.attempt, "q1", 1)
    assert "already finished 'Missed appointments': you scored 5 out of 5" in finished.text
    assert engine.answer("missed~2026-11-001~nothing", "q1", 0)[0].text.startswith("I can't find that quiz attempt")
    assert engine.answer("garbage", "q1", 0)[0].text.startswith("I can't find")
    assert engine.start(ALICE, "no-such-quiz")[0].text.startswith("There is no quiz by that name")


def test_engine_bad_question_or_option_is_refused_politely(engine):
    (step,) = engine.start(ALICE, "missed")
    assert "doesn't match" in engine.answer(step.attempt, "q9", 0)[0].text
    assert "doesn't match" in engine.answer(step.attempt, "q1", 7)[0].text
    assert "1 to 5" in engine.rate(step.attempt, "confidence_before", 9)[0].text


def test_engine_retake_after_finishing_starts_a_new_attempt(engine):
    first = _take(engine, [0, 0, 0, 0, 0])[-1]
    (step,) = engine.start(ALICE, "missed")
    assert step.attempt != first.attempt
    assert len(list(engine.store.attempts("missed"))) == 2


def test_engine_one_attempt_in_progress_per_learner_and_quiz(engine):
    (a,) = engine.start(ALICE, "missed")
    (b,) = engine.start(ALICE, "missed")
    (c,) = engine.start(Learner("terminal:bob"), "missed")
    assert a.attempt == b.attempt != c.attempt


def test_engine_typed_replies_follow_the_order_shown(engine, quizzes):
    engine.start(ALICE, "missed")
    assert engine.respond(ALICE.id, "what is this") is None
    assert engine.respond(ALICE.id, "B")[0].text == "Please answer with a number from 1 to 5."
    (question,) = engine.respond(ALICE.id, "3")
    assert isinstance(question, QuestionPrompt)
    feedback, _ = engine.respond(ALICE.id, "a.")
    assert feedback.chosen == question.options[0][0]
    notice, again = engine.respond(ALICE.id, "Z")
    assert notice.text == "Please answer with a letter from A to C." and again.question.id == "q2"
    assert engine.respond("terminal:nobody", "A") is None


def test_engine_shuffle_is_stable_per_attempt_and_varies_between_attempts(quizzes):
    quiz = quizzes["missed"].__class__(**{**quizzes["missed"].__dict__, "shuffle": True})
    question = quiz.questions[0]
    assert shown_order("attempt-1", quiz, question) == shown_order("attempt-1", quiz, question)
    orders = {tuple(shown_order(f"attempt-{n}", quiz, question)) for n in range(30)}
    assert len(orders) > 1
    assert all(sorted(order) == [0, 1, 2] for order in orders)
    assert shown_order("attempt-1", quizzes["missed"], question) == [0, 1, 2]


def test_engine_shuffled_options_still_mark_the_right_answer(quizzes, tmp_path):
    shuffled = {"missed": quizzes["missed"].__class__(**{**quizzes["missed"].__dict__, "shuffle": True})}
    engine = QuizEngine(shuffled, TinyStore(tmp_path / "d"), Clock())
    (step,) = engine.start(ALICE, "missed")
    (step,) = engine.rate(step.attempt, "confidence_before", 3)
    right = next(key for key, text in step.options if text == "Right answer 1")
    feedback, _ = engine.answer(step.attempt, "q1", right)
    assert feedback.correct


def test_engine_roster_details_win_over_platform_details(engine):
    engine.store.save_learner(Learner("slack:U7", "Dee Roster", "", "Housing"))
    engine.start(Learner("slack:U7", "dee", "T0WORKSPACE", ""), "missed")
    assert engine.store.learner("slack:U7") == Learner("slack:U7", "Dee Roster", "T0WORKSPACE", "Housing")
