"""Quiz attempts as xAPI statements, for a partnership's learning record store (LRS).

Verbs are ADL's (attempted, answered, completed, passed, failed); the actor is an account on
the platform the learner used. Statement ids are derived from the attempt, so exporting twice
gives the same statements and an LRS can ignore the repeats.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from quizzes.model import Quiz
from quizzes.tracking import COMPLETED, Attempt, Learner

ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment"
INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
PLATFORM_HOMES = {"slack": "https://slack.com", "msteams": "https://teams.microsoft.com"}


def _actor(attempt: Attempt, learner: Learner | None, default_home: str) -> dict:
    platform, _, user = attempt.learner.partition(":")
    actor = {"objectType": "Agent", "account": {"homePage": PLATFORM_HOMES.get(platform, default_home), "name": user}}
    if learner and learner.name:
        actor["name"] = learner.name
    return actor


def _statement(attempt: Attempt, verb: str, activity: dict, timestamp: str, actor: dict, **extra) -> dict:
    key = f"{attempt.id}/{verb}/{activity['id']}"
    return {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, key)),
        "actor": actor,
        "verb": {"id": ADL_VERBS + verb, "display": {"en-GB": verb}},
        "object": activity,
        "timestamp": timestamp,
        "version": "1.0.3",
        **extra,
    }


def statements(
    attempts: Iterable[Attempt], quizzes: dict[str, Quiz], learners: dict[str, Learner], activity_base: str
) -> list[dict]:
    """xAPI statements for every attempt of a known quiz; `activity_base` is the IRI quiz ids hang under."""
    base = activity_base.rstrip("/")
    out = []
    for attempt in attempts:
        quiz = quizzes.get(attempt.quiz)
        if quiz is None:
            continue
        actor = _actor(attempt, learners.get(attempt.learner), base)
        quiz_activity = {
            "objectType": "Activity",
            "id": f"{base}/quizzes/{quiz.id}",
            "definition": {"type": ASSESSMENT, "name": {"en-GB": quiz.title}},
        }
        out.append(_statement(attempt, "attempted", quiz_activity, attempt.started_at, actor))
        for answer in attempt.answers:
            question = quiz.question(answer.question)
            if question is None:
                continue
            activity = {
                "objectType": "Activity",
                "id": f"{base}/quizzes/{quiz.id}/questions/{question.id}",
                "definition": {
                    "type": INTERACTION,
                    "name": {"en-GB": question.stem},
                    "interactionType": "choice",
                    "correctResponsesPattern": [str(question.correct)],
                    "choices": [
                        {"id": str(n), "description": {"en-GB": text}} for n, text in enumerate(question.options)
                    ],
                },
            }
            result = {"success": answer.correct, "response": str(answer.option)}
            out.append(_statement(attempt, "answered", activity, answer.at, actor, result=result))
        if attempt.status == COMPLETED and attempt.finished_at:
            total = len(quiz.questions)
            score = {"raw": attempt.score, "min": 0, "max": total, "scaled": round((attempt.score or 0) / total, 4)}
            result = {"completion": True, "success": bool(attempt.passed), "score": score}
            out.append(_statement(attempt, "completed", quiz_activity, attempt.finished_at, actor, result=result))
            verdict = "passed" if attempt.passed else "failed"
            out.append(_statement(attempt, verdict, quiz_activity, attempt.finished_at, actor, result=result))
    return out


def export(store, quizzes: dict[str, Quiz], website: str, quiz_id: str | None = None, keep=None) -> list[dict]:
    """Statements for every stored attempt (of one quiz, if given; of learners `keep(learner)` accepts, if given),
    under the partnership's website."""
    learners = {learner.id: learner for learner in store.learners()}
    attempts = (a for a in store.attempts(quiz_id) if keep is None or keep(learners.get(a.learner)))
    return statements(attempts, quizzes, learners, f"{website.rstrip('/')}/safeguard-bot")
