"""Quiz steps as replies; their choices carry actions built with bot/actions.py."""

from __future__ import annotations

from bot.actions import Action, AnswerQuestion, Rate, StartQuiz, encode
from bot.replies import INFO, QUIZ, Choice, Reply
from content.model import ContentStore
from quizzes.engine import OPTION_LETTERS, Feedback, Notice, QuestionPrompt, RatingPrompt, Result, Step
from quizzes.model import RATING_SCALE, Question, Quiz


def answered_in_place(action: Action, prompt: str, replies: list[Reply]) -> tuple[Reply | None, list[Reply]]:
    """For a click on a quiz question or rating: what the clicked message becomes (the prompt and
    what was chosen, so it cannot be clicked again), and the replies still to send."""
    if not isinstance(action, AnswerQuestion | Rate) or not replies:
        return None, replies
    first, rest = (
        (replies[0], replies[1:]) if isinstance(action, AnswerQuestion) else
        (Reply(QUIZ, f"You chose {action.value}."), replies)
    )  # fmt: skip
    return Reply(first.kind, f"{prompt}\n\n{first.text}", first.sources), rest


def quiz_list_reply(quizzes: list[Quiz]) -> Reply:
    lines = ["Quizzes (2 minutes each; your answers help your training officer see what the learning reached):"]
    lines += [f"- {q.title} ({len(q.questions)} questions): {q.description}".rstrip(": ") for q in quizzes]
    choices = tuple(Choice(q.title, encode(StartQuiz(q.id)), f"quiz {q.id}") for q in quizzes)
    return Reply(INFO, "\n".join(lines), choices=choices)


def quiz_offer(quiz: Quiz) -> Choice:
    return Choice(f"Take the 2-minute quiz: {quiz.title}", encode(StartQuiz(quiz.id)), f"quiz {quiz.id}")


def question_reply(heading: str, question: Question, order: list[int], action_for, kind: str = QUIZ,
                   private: bool = False) -> Reply:  # fmt: skip
    """A question with its options lettered in the order given; each choice sends
    `encode(action_for(option key))`."""
    lettered = list(zip(OPTION_LETTERS, order, strict=False))  # at most four options
    lines = [f"{heading}: {question.stem}"] + [f"{letter}. {question.options[key]}" for letter, key in lettered]
    choices = tuple(Choice(letter, encode(action_for(key)), letter) for letter, key in lettered)
    return Reply(kind, "\n".join(lines), choices=choices, private=private)


def feedback_reply(question: Question, right: bool, content: ContentStore, kind: str = QUIZ,
                   private: bool = False) -> Reply:  # fmt: skip
    """Right or not, the explanation, and the content item the question tests, cited."""
    verdict = "Right." if right else f"Not quite. The answer is: {question.options[question.correct]}"
    item = next((i for i in content.items if i.id == question.item), None)
    sources = (content.citation_for(item),) if item else ()
    return Reply(kind, f"{verdict}\n{question.explanation}", sources, private=private)


def step_reply(step: Step, content: ContentStore) -> Reply:
    if isinstance(step, QuestionPrompt):
        heading = f"{step.quiz.title}, question {step.number} of {len(step.quiz.questions)}"
        return question_reply(
            heading, step.question, [key for key, _ in step.options],
            lambda key: AnswerQuestion(step.attempt, step.question.id, key),
        )  # fmt: skip
    if isinstance(step, RatingPrompt):
        choices = tuple(Choice(str(v), encode(Rate(step.attempt, step.rating, v)), str(v)) for v in RATING_SCALE)
        return Reply(QUIZ, step.text, choices=choices)
    if isinstance(step, Feedback):
        return feedback_reply(step.question, step.correct, content)
    if isinstance(step, Result):
        outcome = "passed" if step.passed else "not passed this time"
        text = (
            f"You finished '{step.quiz.title}': {step.score} out of {len(step.quiz.questions)} ({step.percent}%), "
            f"{outcome} (pass mark {step.quiz.pass_mark}%). Thank you: your completion has been recorded."
        )
        return Reply(QUIZ, text)
    assert isinstance(step, Notice)
    return Reply(INFO, step.text)
