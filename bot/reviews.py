"""Spaced repetition for learners who opt in: quiz questions they got wrong come back in a private
weekly review, scheduled with FSRS, so what they keep missing returns sooner and what they now
know fades out. One review a week per learner, claimed like a nudge so it is never sent twice.
"""

from __future__ import annotations

import logging
from datetime import datetime

from fsrs import Card, Rating, Scheduler

from bot.nudges import DEFAULT_TZ, Schedule, Sender, latest_occurrence
from bot.quiz_replies import REVIEW, feedback_reply, question_reply
from bot.replies import INFO, Reply
from content.model import ContentStore
from quizzes.model import Quiz

logger = logging.getLogger(__name__)
REVIEW_DAY, REVIEW_TIME = 0, "09:00"  # Mondays, 09:00 Europe/London
QUESTIONS_PER_REVIEW = 3


class Reviews:
    def __init__(self, store, quizzes: dict[str, Quiz], content: ContentStore, scheduler: Scheduler | None = None):
        self.store = store
        self.quizzes = quizzes
        self.content = content
        self.scheduler = scheduler or Scheduler(enable_fuzzing=False)

    def opt_in(self, learner: str) -> Reply:
        self.store.save_review_learner(learner, True)
        return Reply(INFO, "Weekly review on: questions you missed will come back to you privately on Mondays. "
                           "'nudge me stop' ends it.", private=True)  # fmt: skip

    def opt_out(self, learner: str) -> Reply:
        self.store.save_review_learner(learner, False)
        return Reply(INFO, "Weekly review off.", private=True)

    def _schedule(self, learner: str) -> Schedule:
        platform, _, user = learner.partition(":")
        return Schedule(f"review-{learner}", platform, user, REVIEW_DAY, REVIEW_TIME, DEFAULT_TZ, created_by=learner)

    def add_missed(self, learner: str) -> None:
        """A card, due at once, for every question the learner has got wrong and has no card for."""
        cards = self.store.review_cards(learner)
        for attempt in self.store.attempts():
            if attempt.learner != learner:
                continue
            for answer in attempt.answers:
                key = f"{attempt.quiz}|{answer.question}"
                if not answer.correct and key not in cards:
                    card = Card(due=datetime.fromisoformat(answer.at))
                    cards[key] = card.to_dict()
                    self.store.save_review_card(learner, key, cards[key])

    def due(self, learner: str, now: datetime) -> list[tuple[Quiz, object]]:
        self.add_missed(learner)
        found = []
        for key, stored in sorted(self.store.review_cards(learner).items(), key=lambda kv: kv[1]["due"]):
            quiz_id, question_id = key.split("|")
            quiz = self.quizzes.get(quiz_id)
            question = quiz.question(question_id) if quiz else None
            if question and Card.from_dict(stored).due <= now:
                found.append((quiz, question))
        return found[:QUESTIONS_PER_REVIEW]

    def question_reply(self, quiz: Quiz, question) -> Reply:
        heading, order = f"Weekly review ({quiz.title})", list(range(len(question.options)))
        answer = f"{REVIEW}|{quiz.id}|{question.id}"
        return question_reply(heading, question, order, lambda key: f"{answer}|{key}", INFO, private=True)

    def answer(self, learner: str, quiz_id: str, question_id: str, option: int, now: datetime) -> Reply:
        quiz = self.quizzes.get(quiz_id)
        question = quiz.question(question_id) if quiz else None
        self.add_missed(learner)
        stored = self.store.review_cards(learner).get(f"{quiz_id}|{question_id}")
        if question is None or stored is None or not 0 <= option < len(question.options):
            return Reply(INFO, "That review question has gone. 'nudge me weekly' keeps the reviews coming.")
        right = option == question.correct
        card, _ = self.scheduler.review_card(Card.from_dict(stored), Rating.Good if right else Rating.Again, now)
        self.store.save_review_card(learner, f"{quiz_id}|{question_id}", card.to_dict())
        return feedback_reply(question, right, self.content, INFO, private=True)

    async def run_due(self, now: datetime, senders: dict[str, Sender]) -> int:
        """Send this week's review to every opted-in learner with questions due; return how many."""
        sent = 0
        for learner in self.store.review_learners():
            schedule = self._schedule(learner)
            period, _ = latest_occurrence(schedule, now)
            sender = senders.get(schedule.platform)
            questions = self.due(learner, now)
            if sender is None or not questions or not self.store.claim_delivery(schedule, period, "sending"):
                continue
            try:
                for quiz, question in questions:
                    await sender.notify(schedule.channel, self.question_reply(quiz, question))
            except Exception as exc:  # a learner who left: the others still get theirs
                logger.warning("weekly review for %s not delivered: %s", learner, exc)
                self.store.finish_delivery(schedule.id, period, "failed", "", str(exc))
                continue
            self.store.finish_delivery(schedule.id, period, "sent", "review")
            sent += 1
        return sent
