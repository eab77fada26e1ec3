"""A realistic, clearly labelled demo data set, so a newcomer sees real charts on the dashboard.

Every demo learner's id starts with `demo:` and their name with "Demo"; the dashboard says when
demo data is present.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from quizzes.engine import QuizEngine
from quizzes.model import Quiz
from quizzes.tracking import Cohort, Learner

TEAMS = ("Demo North Locality", "Demo South Locality", "Demo Front Door", "Demo Health Visiting")
AGENCIES = ("Children's social care", "Health", "Police", "Education", "Housing")


def fill_demo_data(quizzes: dict[str, Quiz], store, learners: int = 80, seed: int = 2026) -> int:
    """Learners take quizzes, some well, some not, over the last two months; return attempts made."""
    if any(lr.id.startswith("demo:") for lr in store.learners()):
        raise ValueError("demo data is already there")
    rng = random.Random(seed)
    now = datetime.now(UTC)
    clock = {"now": now}
    engine = QuizEngine(quizzes, store, lambda: clock["now"])
    made = 0
    for n in range(learners):
        learner = Learner(f"demo:{n:03d}", f"Demo learner {n:03d}", rng.choice(TEAMS), rng.choice(AGENCIES))
        store.save_learner(learner)
        skill = rng.uniform(0.35, 0.95)
        for quiz in rng.sample(list(engine.quizzes.values()), k=rng.randint(2, 5)):
            clock["now"] = now - timedelta(days=rng.randint(0, 60), minutes=rng.randint(0, 600))
            (step,) = engine.start(learner, quiz.id)[-1:]
            before = rng.randint(1, 4)
            for question in quiz.questions:
                right = rng.random() < skill
                option = (
                    question.correct
                    if right
                    else rng.choice([k for k in range(len(question.options)) if k != question.correct])
                )
                if quiz.evaluation and "confidence_before" not in store.attempt(step.attempt).ratings:
                    engine.rate(step.attempt, "confidence_before", before)
                engine.answer(step.attempt, question.id, option)
            if quiz.evaluation:
                engine.rate(step.attempt, "confidence_after", min(5, before + rng.randint(0, 2)))
                engine.rate(step.attempt, "usefulness", rng.randint(3, 5))
            made += 1
    # Each quiz assigned to two demo teams: one cohort overdue, one due in a fortnight.
    for n, quiz in enumerate(quizzes.values()):
        for team, due in ((TEAMS[n % 4], now - timedelta(days=7)), (TEAMS[(n + 1) % 4], now + timedelta(days=14))):
            members = tuple(lr.id for lr in store.learners() if lr.id.startswith("demo:") and lr.team == team)
            store.save_cohort(Cohort(f"demo-{quiz.id}-{due.date()}", quiz.id, members, due.date(), f"Demo {team}"))
    return made
