"""Spaced repetition for learners who opt in: quiz questions they got wrong come back in a private
weekly review, scheduled with FSRS, so what they keep missing returns sooner and what they now
know fades out. One review a week per learner, claimed like a nudge so it is never sent twice.

Cards are made as answers arrive (and once, at opt-in, from the learner's past attempts), so the
weekly pass reads cards only and never scans attempts; it runs off the event loop.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from fsrs import Card, Rating, Scheduler

from bot.actions import ReviewAnswer
from bot.nudges import DEFAULT_GRACE, DEFAULT_TZ, DeliveryOutcome, Schedule, Sender, latest_occurrence
from bot.quiz_replies import feedback_reply, question_reply
from bot.replies import INFO, Reply
from content.model import ContentStore
from quizzes.model import Quiz

logger = logging.getLogger(__name__)
REVIEW_DAY, REVIEW_TIME = 0, "09:00"  # Mondays, 09:00 Europe/London
QUESTIONS_PER_REVIEW = 3
DELIVERABLE = ("slack", "msteams")  # platforms the bot can message first; the web playground is anonymous


class Reviews:
    def __init__(self, store, quizzes: dict[str, Quiz], content: ContentStore, scheduler: Scheduler | None = None):
        self.store = store
        self.quizzes = quizzes
        self.content = content
        self.scheduler = scheduler or Scheduler(enable_fuzzing=False)

    def opt_in(self, learner: str) -> Reply:
        if learner.partition(":")[0] not in DELIVERABLE:
            return Reply(INFO, "Weekly reviews come to you in Slack or Teams: ask for them there.", private=True)
        self.store.save_review_learner(learner, True)
        if not self.store.review_cards(learner):  # first time: past misses become cards; later ones as they come
            self._add_missed(learner)
        return Reply(INFO, "Weekly review on: questions you missed will come back to you privately on Mondays. "
                           "'nudge me stop' ends it.", private=True)  # fmt: skip

    def opt_out(self, learner: str) -> Reply:
        self.store.save_review_learner(learner, False)
        return Reply(INFO, "Weekly review off.", private=True)

    def _schedule(self, learner: str) -> Schedule:
        platform, _, user = learner.partition(":")
        return Schedule(f"review-{learner}", platform, user, REVIEW_DAY, REVIEW_TIME, DEFAULT_TZ, created_by=learner)

    def _add_missed(self, learner: str) -> None:
        """At opt-in: a card for every question the learner got wrong before (a scan, once)."""
        for attempt in self.store.attempts():
            if attempt.learner == learner:
                for answer in attempt.answers:
                    if not answer.correct:
                        self.missed(learner, attempt.quiz, answer.question, datetime.fromisoformat(answer.at))

    def missed(self, learner: str, quiz_id: str, question_id: str, at: datetime) -> None:
        """A question answered wrongly: for a learner who opted in, a card due at once, unless there is one."""
        key = f"{quiz_id}|{question_id}"
        if learner in self.store.review_learners() and key not in self.store.review_cards(learner):
            self.store.save_review_card(learner, key, Card(due=at).to_dict())

    def due(self, learner: str, now: datetime) -> list[tuple[Quiz, object]]:
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
        return question_reply(heading, question, order, lambda key: ReviewAnswer(quiz.id, question.id, key), INFO,
                              private=True)  # fmt: skip

    def answer(self, learner: str, action: ReviewAnswer, now: datetime) -> Reply:
        """Feedback on a review question, and the card rescheduled (Good if right, Again if not)."""
        question = self.quizzes[action.quiz].question(action.question)
        key = f"{action.quiz}|{action.question}"
        stored = self.store.review_cards(learner).get(key)
        if stored is None:
            return Reply(INFO, "That review question is not one of yours. 'nudge me weekly' starts your reviews.",
                         private=True)  # fmt: skip
        right = action.option == question.correct
        card, _ = self.scheduler.review_card(Card.from_dict(stored), Rating.Good if right else Rating.Again, now)
        self.store.save_review_card(learner, key, card.to_dict())
        return feedback_reply(question, right, self.content, INFO, private=True)

    async def run_due(self, now: datetime, senders: dict[str, Sender]) -> int:
        """Send this week's review to every opted-in learner with questions due; return how many."""
        sent = 0
        for learner in await asyncio.to_thread(self.store.review_learners):
            schedule = self._schedule(learner)
            period, when = latest_occurrence(schedule, now)
            sender = senders.get(schedule.platform)
            if sender is None or now - when > DEFAULT_GRACE:
                continue  # outside Monday's window: nothing to read
            if await asyncio.to_thread(self.store.delivery, schedule.id, period) is not None:
                continue  # this week's is done
            questions = await asyncio.to_thread(self.due, learner, now)
            if not questions:
                continue
            [claimed] = await asyncio.to_thread(self.store.claim_deliveries, [(schedule, period)], "sending")
            if not claimed:
                continue
            outcome = DeliveryOutcome(schedule.id, period, "sent", "review")
            try:
                for quiz, question in questions:
                    await sender.notify(schedule.channel, self.question_reply(quiz, question))
            except Exception as exc:  # a learner who left: the others still get theirs
                logger.warning("weekly review for %s not delivered: %s", learner, exc)
                outcome = DeliveryOutcome(schedule.id, period, "failed", note=str(exc))
            await asyncio.to_thread(self.store.finish_deliveries, [outcome])
            sent += outcome.status == "sent"
        return sent
