"""The quiz engine: start or resume, answer, feedback, next step, finish with a score.

It returns platform-neutral steps; the conversation core turns them into replies. Every
call is safe to repeat: a double click or a platform retry records nothing twice.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from quizzes.model import RATING_SCALE, Question, Quiz
from quizzes.tracking import COMPLETED, Answer, Attempt, Learner, TrackingStore

OPTION_LETTERS = "ABCD"
RATING_PROMPTS = {
    "confidence_before": "Before you start: how confident do you feel about this topic? (1 = not at all, 5 = very)",
    "confidence_after": "Now you have finished: how confident do you feel about this topic? (1 = not at all, 5 = very)",
    "usefulness": "How useful was this quiz for your practice? (1 = not at all, 5 = very)",
}


@dataclass(frozen=True)
class RatingPrompt:
    attempt: str
    rating: str
    text: str


@dataclass(frozen=True)
class QuestionPrompt:
    attempt: str
    quiz: Quiz
    question: Question
    number: int
    options: tuple[tuple[int, str], ...]  # (option key in the quiz file, text) in the order shown


@dataclass(frozen=True)
class Feedback:
    attempt: str
    question: Question
    chosen: int
    correct: bool
    quiz: str = ""


@dataclass(frozen=True)
class Result:
    attempt: str
    quiz: Quiz
    score: int
    passed: bool

    @property
    def percent(self) -> int:
        return round(100 * self.score / len(self.quiz.questions))


@dataclass(frozen=True)
class Notice:
    """A polite message instead of an error: unknown quiz, finished attempt, repeated answer."""

    text: str


Step = RatingPrompt | QuestionPrompt | Feedback | Result | Notice


def shown_order(attempt_id: str, quiz: Quiz, question: Question) -> list[int]:
    """The order this attempt sees the options in: shuffled per attempt, the same every time."""
    keys = list(range(len(question.options)))
    if quiz.shuffle:
        random.Random(f"{attempt_id}:{question.id}").shuffle(keys)
    return keys


NO_SUCH_QUIZ = "There is no quiz by that name. Type 'quizzes' to see the list."  # never echoes what was typed


class QuizEngine:
    def __init__(
        self, quizzes: dict[str, Quiz], store: TrackingStore, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    ):
        self.quizzes = quizzes
        self.store = store
        self.clock = clock

    def start(self, learner: Learner, quiz_id: str) -> list[Step]:
        """Start the quiz, recording the version of each item its questions cite, or resume the learner's attempt
        in progress."""
        quiz = self.quizzes.get(quiz_id)
        if quiz is None:
            return [Notice(NO_SUCH_QUIZ)]
        known = self.store.learner(learner.id)
        if known:  # what a roster says wins; the platform fills the gaps
            learner = Learner(
                learner.id, known.name or learner.name, known.team or learner.team, known.agency or learner.agency
            )
        if known != learner:
            self.store.save_learner(learner)
        versions = {question.item: question.item_version for question in quiz.questions}
        attempt = self.store.start_attempt(quiz.id, learner.id, self.clock(), versions)
        steps: list[Step] = []
        if attempt.answers or attempt.ratings:
            steps.append(Notice(f"Welcome back to '{quiz.title}': carrying on where you left off."))
        return [*steps, self._next_step(quiz, attempt)]

    def current(self, learner_id: str) -> Step | None:
        """What the learner's most recent attempt in progress is waiting for, if any."""
        for attempt in self.store.open_attempts(learner_id):
            quiz = self.quizzes.get(attempt.quiz)
            if quiz:
                return self._next_step(quiz, attempt)
        return None

    def answer(self, attempt_id: str, question_id: str, option: int) -> list[Step]:
        attempt, quiz, refusal = self._open(attempt_id)
        if refusal:
            return [refusal]
        question = quiz.question(question_id)
        if question is None or not 0 <= option < len(question.options):
            return [Notice("That answer doesn't match a question of this quiz. Type 'quiz' to carry on.")]
        if attempt.answer_to(question_id):
            return [Notice("You have already answered that question: your first answer counts.")]
        correct = option == question.correct
        attempt = self.store.record_answer(attempt_id, Answer(question_id, option, correct, self._now()))
        return [Feedback(attempt_id, question, option, correct, quiz.id), self._next_step(quiz, attempt)]

    def rate(self, attempt_id: str, rating: str, value: int) -> list[Step]:
        attempt, quiz, refusal = self._open(attempt_id)
        if refusal:
            return [refusal]
        if rating not in RATING_PROMPTS or value not in RATING_SCALE:
            return [Notice("Please answer with a number from 1 to 5.")]
        if rating in attempt.ratings:
            return [Notice("You have already given that rating: your first one counts.")]
        attempt = self.store.record_rating(attempt_id, rating, value)
        return [self._next_step(quiz, attempt)]

    def respond(self, learner_id: str, typed: str) -> list[Step] | None:
        """A typed reply ("B", "3") to what the learner's quiz is waiting for; None if it is not one."""
        choice = typed.strip().upper().rstrip(".)")
        if len(choice) != 1:
            return None
        step = self.current(learner_id)
        if isinstance(step, QuestionPrompt):
            # Letters as shown (A-D), or their numbers (1-4).
            position = int(choice) - 1 if choice.isdigit() else OPTION_LETTERS.find(choice)
            if 0 <= position < len(step.options):
                return self.answer(step.attempt, step.question.id, step.options[position][0])
        if isinstance(step, RatingPrompt):
            if choice.isdigit() and int(choice) in RATING_SCALE:
                return self.rate(step.attempt, step.rating, int(choice))
            return [Notice("Please answer with a number from 1 to 5."), step]
        if isinstance(step, QuestionPrompt):
            return [Notice(f"Please answer with a letter from A to {OPTION_LETTERS[len(step.options) - 1]}."), step]
        return None

    def _now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    def _open(self, attempt_id: str) -> tuple[Attempt | None, Quiz | None, Notice | None]:
        attempt = self.store.attempt(attempt_id)
        quiz = self.quizzes.get(attempt.quiz) if attempt else None
        if attempt is None or quiz is None:
            return None, None, Notice("I can't find that quiz attempt. Type 'quizzes' to start one.")
        if attempt.status == COMPLETED:
            return (
                attempt,
                quiz,
                Notice(
                    f"You have already finished '{quiz.title}': you scored {attempt.score} out of "
                    f"{len(quiz.questions)}. Type 'quiz {quiz.id}' to take it again."
                ),
            )
        return attempt, quiz, None

    def _next_step(self, quiz: Quiz, attempt: Attempt) -> Step:
        if quiz.evaluation and "confidence_before" not in attempt.ratings:
            return RatingPrompt(attempt.id, "confidence_before", RATING_PROMPTS["confidence_before"])
        for number, question in enumerate(quiz.questions, 1):
            if not attempt.answer_to(question.id):
                options = tuple((k, question.options[k]) for k in shown_order(attempt.id, quiz, question))
                return QuestionPrompt(attempt.id, quiz, question, number, options)
        for rating in ("confidence_after", "usefulness"):
            if quiz.evaluation and rating not in attempt.ratings:
                return RatingPrompt(attempt.id, rating, RATING_PROMPTS[rating])
        score = sum(answer.correct for answer in attempt.answers)
        passed = 100 * score >= quiz.pass_mark * len(quiz.questions)
        self.store.finish_attempt(attempt.id, self._now(), score, passed)
        return Result(attempt.id, quiz, score, passed)
