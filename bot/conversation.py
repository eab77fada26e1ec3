"""The conversation core: a platform-neutral event in, platform-neutral replies out."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from bot.answering import Answerer
from bot.nudge_commands import NudgeCommands
from bot.quiz_replies import (
    ANSWER_ACTION,
    QUICK_ANSWER,
    QUICK_QUESTION,
    RATE,
    REVIEW,
    START,
    parse_action,
    quiz_list_reply,
    quiz_offer,
    step_reply,
)
from bot.replies import ANSWER, INFO, Reply
from quizzes.engine import QuizEngine
from quizzes.reports import learner_results_text, quiz_report_text
from quizzes.tracking import Learner

HELP = """I answer from the partnership's safeguarding guides and review learning, and cite every answer.
- Just type a question, e.g. "what does was not brought mean?" (or: ask <question>)
- quizzes: the 2-minute quizzes; quiz <id>: take or carry on with one
- results [quiz]: your results (training officers see everyone's)
- nudge ...: weekly learning nudges in this channel (safeguarding champions)
- help: this message
Please don't type names, addresses, dates of birth or other case details.
If a child is in immediate danger, call 999."""


@dataclass(frozen=True)
class Event:
    """What someone typed or clicked, and who they are, whatever platform it came from."""

    user: str  # platform:user_id
    channel: str
    text: str = ""
    action: str = ""  # the value of a clicked choice
    name: str = ""
    team: str = ""
    agency: str = ""

    @property
    def learner(self) -> Learner:
        return Learner(self.user, self.name, self.team, self.agency)


class Conversation:
    def __init__(self, answerer: Answerer, engine: QuizEngine, nudges: NudgeCommands | None = None):
        self.answerer = answerer
        self.engine = engine
        self.nudges = nudges

    async def handle(self, event: Event) -> list[Reply]:
        # Answering, quizzes and reports read and write files: keep them off the event loop.
        return await asyncio.to_thread(self._handle, event)

    def _handle(self, event: Event) -> list[Reply]:
        if event.action:
            return self._act(event)
        command, _, rest = event.text.strip().partition(" ")
        command, rest = command.lower(), rest.strip()
        if command in ("help", "/help", "?"):
            return [Reply(INFO, HELP)]
        if command in ("quizzes", "quiz") and not rest:
            return [quiz_list_reply(list(self.engine.quizzes.values()))]
        if command == "quiz":
            return self._steps(self.engine.start(event.learner, rest))
        if command == "results":
            return [self._results(event.user, rest)]
        if command == "nudge" and self.nudges:
            return [self.nudges.handle(event.user, event.channel, rest.split())]
        typed_answer = self.engine.respond(event.user, event.text)
        if typed_answer is not None:
            return self._steps(typed_answer)
        return [self._answer(rest if command == "ask" else event.text)]

    def _act(self, event: Event) -> list[Reply]:
        verb, args = parse_action(event.action)
        if verb == START:
            return self._steps(self.engine.start(event.learner, args[0]))
        if verb == QUICK_QUESTION and self.nudges:
            return [self.nudges.quick_question(event.user, *args)]
        if verb == QUICK_ANSWER and self.nudges and args[4].isdigit():
            return [self.nudges.quick_answer(event.user, *args[:4], int(args[4]))]
        if verb == REVIEW and self.nudges and args[2].isdigit():
            return [self.nudges.reviews.answer(event.user, args[0], args[1], int(args[2]), self.engine.clock())]
        if verb in (ANSWER_ACTION, RATE) and args[2].isdigit():
            attempt = self.engine.store.attempt(args[0])
            if attempt is None or attempt.learner != event.user:
                return [Reply(INFO, "That quiz belongs to someone else, or has gone. Type 'quizzes' to start one.")]
            if verb == ANSWER_ACTION:
                return self._steps(self.engine.answer(args[0], args[1], int(args[2])))
            return self._steps(self.engine.rate(args[0], args[1], int(args[2])))
        return [Reply(INFO, "I didn't understand that button. Type 'help' to see what I can do.")]

    def _steps(self, steps) -> list[Reply]:
        return [step_reply(step, self.answerer.store) for step in steps]

    def _answer(self, question: str) -> Reply:
        reply = self.answerer.answer(question)
        if reply.kind != ANSWER:
            return reply
        # A quiz's first topic is its subject: offer the quiz on the answer's main topics, if one exists.
        by_subject = {quiz.topics[0]: quiz for quiz in self.engine.quizzes.values()}
        offer = next((by_subject[t] for t in reply.topics[:3] if t in by_subject), None)
        return reply.with_choices(quiz_offer(offer)) if offer else reply

    def _results(self, user: str, quiz_id: str) -> Reply:
        if quiz_id and quiz_id not in self.engine.quizzes:
            return Reply(INFO, f"There is no quiz called '{quiz_id}'. Type 'quizzes' to see the list.")
        store = self.engine.store
        if "training_officer" in store.roles().get(user, []):
            return Reply(
                INFO, quiz_report_text(self.engine.quizzes, store, quiz_id or None, self.engine.clock().date())
            )
        return Reply(INFO, learner_results_text(self.engine.quizzes, store, user))
