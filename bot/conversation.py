"""The conversation core: a platform-neutral event in, platform-neutral replies out."""

from __future__ import annotations

import asyncio
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from bot.actions import (
    MISSED,
    NO_CLASS,
    TICKET_STEPS,
    Action,
    AnswerQuestion,
    AskPerson,
    BadAction,
    OpenItem,
    QuickAnswer,
    QuickQuestion,
    Rate,
    ReadMore,
    ReviewAnswer,
    ShowTopic,
    ShowTopics,
    StartQuiz,
    TicketStep,
    UrgencyFeedback,
    Vocabulary,
    Vote,
    decode,
    encode,
)
from bot.answering import Answerer
from bot.library import Library, item_reply, item_reply_for, topic_reply, topic_reply_for, topics_reply
from bot.nudge_commands import NudgeCommands
from bot.quiz_replies import quiz_list_reply, quiz_offer, step_reply
from bot.replies import ANSWER, INFO, NO_ANSWER, Choice, Reply
from bot.tickets import TicketDesk
from quizzes.certificates import NotPassed, issue
from quizzes.engine import NO_SUCH_QUIZ, Feedback, QuizEngine
from quizzes.reports import learner_results_text, quiz_report_text, team_assignments_text
from quizzes.tracking import Learner

# What a message can start with besides a question (a slash command's subcommands, at the Slack door).
COMMANDS = ("ask", "quizzes", "quiz", "results", "certificate", "team", "nudge", "tickets", *TICKET_STEPS, "help",
            "topics", "topic", "open")  # fmt: skip
HELP = """I answer from the partnership's safeguarding guides and review learning, and cite every answer.
- Just type a question, e.g. "what does was not brought mean?" (or: ask <question>)
- quizzes: the 2-minute quizzes; quiz <id>: take or carry on with one
- topics: browse the library by topic; topic <name>: its guides, reviews and learning points; open <item id>: one
  of them with its source
- results [quiz]: your results (training officers see everyone's)
- nudge ...: weekly learning nudges in this channel (safeguarding champions)
- certificate [quiz]: a certificate for a quiz you passed (a PDF link with a verification code)
- team: who in your team has done the learning assigned to them (safeguarding champions)
- help: this message
Please don't type names, addresses, dates of birth or other case details.
If a child is in immediate danger, call 999."""
# Said by `help` where advisers take questions (ADVISER_CHANNEL set).
HELP_TICKETS = """- ask a person <question>: send a question to the partnership's safeguarding advisers (no names)
- tickets; claim, answer or close <ticket>: questions waiting for an adviser (safeguarding advisers)"""


@dataclass(frozen=True)
class Event:
    """What someone typed or clicked, and who they are, whatever platform it came from."""

    user: str  # platform:user_id
    channel: str
    text: str = ""
    action: str = ""  # the value of a clicked choice, decoded by bot/actions.py
    name: str = ""
    team: str = ""
    agency: str = ""
    attachments: int = 0  # files sent with the message, which the bot never opens
    thread: str = ""  # the platform's thread the message was typed in (a Slack thread_ts), "" for none

    @property
    def learner(self) -> Learner:
        return Learner(self.user, self.name, self.team, self.agency)


NO_ATTACHMENTS = "I don't open attachments, and please don't share case documents in chat: I answered your text only."
VOTED = "Thanks: your vote helps the content authors."
IDENTIFIED = ("slack", "msteams", "terminal")  # platforms that say who someone is; the playground is anonymous
VOTES_FROM_PEOPLE = "Thanks. Votes are counted from Slack and Teams, where the bot knows who voted."
URGENCY_NOTED = (
    "Thank you: this helps the content authors improve how emergencies are recognised. Only what the bot "
    "decided was kept, never your message. If a child is in immediate danger, call 999."
)
NOT_THE_ASKER = (
    "Only the person who asked can send that question to an adviser. To ask it yourself, type "
    "'ask a person' and your question."
)
NOT_YOURS = "That quiz belongs to someone else, or has gone. Type 'quizzes' to start one."


# Events handled at once. Answering is Python holding the interpreter lock, so a second thread adds little
# throughput and makes the event loop wait longer for the lock: at 200 Slack events a second the longest loop
# stall was 120 ms with two, 30 ms with one (bench/slack_load.py).
CORE_THREADS = 1
# Answering on a thread of its own, not asyncio's shared pool: under a burst the event loop (acknowledging
# Slack within 3 s, serving pages) still gets the interpreter lock every few ms instead of queueing behind a
# dozen busy threads; the events wait their turn here instead.
_CORE = ThreadPoolExecutor(max_workers=CORE_THREADS, thread_name_prefix="core")


class Conversation:
    def __init__(self, answerer: Answerer, engine: QuizEngine, nudges: NudgeCommands | None = None,
                 base_url: str = "http://localhost:3978", desk: TicketDesk | None = None):  # fmt: skip
        self.answerer = answerer
        self.engine = engine
        self.nudges = nudges
        self.desk = desk
        self.base_url = base_url  # where the server is reached: certificates' links
        self._refs: tuple[object, frozenset[str]] = (None, frozenset())  # (library, its citable ids)
        self._library = Library(answerer.store)

    @property
    def library(self) -> Library:
        """The content in use arranged for browsing (bot/library.py), rebuilt when the content was reloaded."""
        if self._library.store is not self.answerer.store:
            self._library = Library(self.answerer.store)
        return self._library

    @property
    def vocabulary(self) -> Vocabulary:
        """What an action's fields must come from: the quizzes, citable content, stored schedules, the library's
        topics and items."""
        schedules = self.nudges.store if self.nudges else None
        library = self.answerer.store
        if self._refs[0] is not library:  # the content was reloaded
            self._refs = (library, frozenset([i.id for i in library.items] + [p.id for p in library.passages]))
        return Vocabulary(self.engine.quizzes, self._refs[1],
                          lambda sid: schedules is not None and schedules.schedule(sid) is not None,
                          library.urgency.classes, self.library.pages, self.library.items,
                          lambda ticket: self.engine.store.ticket(ticket) is not None)  # fmt: skip

    def decode(self, value: str) -> Action:
        """The action a button sent; raises BadAction (a 4xx at every door) if the bot did not make it."""
        return decode(value, self.vocabulary)

    async def handle(self, event: Event) -> list[Reply]:
        """The replies to an event. Raises BadAction for a clicked value the bot did not make."""
        # Answering, quizzes and reports read and write files: keep them off the event loop.
        return await asyncio.get_running_loop().run_in_executor(_CORE, self._handle, event)

    def _handle(self, event: Event) -> list[Reply]:
        if event.action:
            return self._act(event, self.decode(event.action))
        replies = self._typed(event)
        return [*replies, Reply(INFO, NO_ATTACHMENTS)] if event.attachments else replies

    def _typed(self, event: Event) -> list[Reply]:
        command, _, rest = event.text.strip().partition(" ")
        command, rest = command.lower(), rest.strip()
        if command in ("help", "/help", "?"):
            tickets = self.desk is not None and self.desk.on
            return [Reply(INFO, HELP.replace("\n- help:", f"\n{HELP_TICKETS}\n- help:") if tickets else HELP)]
        if command in ("quizzes", "quiz") and not rest:
            return [quiz_list_reply(list(self.engine.quizzes.values()))]
        if command == "quiz":
            return self._steps(self.engine.start(event.learner, rest))
        if command in ("topics", "topic") or (command == "open" and " " not in rest):
            # a topic's name is typed text too: an emergency or case details typed after "topic" come first
            screened = self.answerer.screen(rest) if rest else None
            return [screened or self._browse(command, rest)]
        if command == "results":
            return [self._results(event.user, rest)]
        if command == "certificate":
            return [self._certificates(event.user, rest)]
        if command == "team" and not rest:
            return [self._team(event.user)]
        if command == "nudge" and self.nudges:
            return [self.nudges.handle(event.user, event.channel, rest.split())]
        if self.desk is not None:
            asked = self._ticket_typed(event, command, rest)
            if asked is not None:
                return [asked]
        typed_answer = self.engine.respond(event.user, event.text)
        if typed_answer is not None:
            return self._steps(typed_answer, event.user)
        if not (rest if command == "ask" else event.text).strip() and event.attachments:
            return []  # a file alone: the attachment note says it all
        return [self._answer(rest if command == "ask" else event.text, event.user)]

    def _browse(self, command: str, rest: str) -> Reply:
        """`topics`, `topic <name> [page]`, `open <item id>`: the library by topic (bot/library.py). `open` then
        several words ("open cases in court?") is a question, not a command."""
        if not rest:
            return topics_reply(self.library)
        return item_reply_for(self.library, rest) if command == "open" else topic_reply_for(self.library, rest)

    def _act(self, event: Event, action: Action) -> list[Reply]:
        if isinstance(action, ShowTopics):
            return [topics_reply(self.library)]
        if isinstance(action, ShowTopic):
            return [topic_reply(self.library, action.topic, action.page)]
        if isinstance(action, OpenItem):
            return [item_reply(self.library, action.item)]
        if isinstance(action, StartQuiz):
            return self._steps(self.engine.start(event.learner, action.quiz))
        if isinstance(action, Vote):
            if event.user.partition(":")[0] not in IDENTIFIED:
                return [Reply(INFO, VOTES_FROM_PEOPLE, private=True)]
            self.engine.store.record_vote(list(action.refs), action.helpful)
            return [Reply(INFO, VOTED, private=True)]
        if isinstance(action, AskPerson | TicketStep):
            if self.desk is None:
                raise BadAction("tickets are off")
            if isinstance(action, AskPerson):
                if action.asker != event.user:  # a refusal in a channel is public: its button is the asker's
                    return [Reply(INFO, NOT_THE_ASKER, private=True)]
                return [self.desk.ask(event.user, action.question)]
            return [self.desk.act(event.user, action, event.text)]
        if isinstance(action, UrgencyFeedback):
            self.engine.store.record_urgency_feedback(action.verdict, action.cls)
            return [Reply(INFO, URGENCY_NOTED, private=True)]
        if isinstance(action, AnswerQuestion | Rate):
            attempt = self.engine.store.attempt(action.attempt)
            if attempt is None or attempt.learner != event.user:
                return [Reply(INFO, NOT_YOURS)]
            if isinstance(action, AnswerQuestion):
                return self._steps(self.engine.answer(action.attempt, action.question, action.option), event.user)
            return self._steps(self.engine.rate(action.attempt, action.rating, action.value))
        if self.nudges is None:
            raise BadAction("nudges are off")
        if isinstance(action, QuickQuestion):
            return [self.nudges.quick_question(event.user, event.channel, action)]
        if isinstance(action, QuickAnswer):
            return [self.nudges.quick_answer(event.user, action)]
        if isinstance(action, ReviewAnswer):
            return [self.nudges.reviews.answer(event.user, action, self.engine.clock())]
        assert isinstance(action, ReadMore)
        self.nudges.read_more(event.user, event.channel, action)
        return []

    def _steps(self, steps, learner: str = "") -> list[Reply]:
        for step in steps:
            if isinstance(step, Feedback) and not step.correct and self.nudges:
                self.nudges.reviews.missed(learner, step.quiz, step.question.id, self.engine.clock())
        return [step_reply(step, self.answerer.store) for step in steps]

    def _answer(self, question: str, user: str) -> Reply:
        """An answer carries: a link to its guide, the quiz on its subject if there is one, votes, and (as
        a reply that is not an answer does) "This was an emergency", for the emergencies the bot missed."""
        reply = self.answerer.answer(question)
        missed = Choice("This was an emergency", encode(UrgencyFeedback(MISSED, NO_CLASS)))
        if reply.kind == NO_ANSWER:
            person = self.desk.offer(user, question) if self.desk else None
            return reply.with_choices(*([person] if person else []), missed)
        if reply.kind != ANSWER:
            return reply
        choices = []
        link = next((s.url for s in reply.sources if s.url), "")
        if link:
            choices.append(Choice("Open the guide", url=link))
        # A quiz's first topic is its subject: offer the quiz on the answer's main topics, if one exists.
        by_subject = {quiz.topics[0]: quiz for quiz in self.engine.quizzes.values()}
        offer = next((by_subject[t] for t in reply.topics[:3] if t in by_subject), None)
        if offer:
            choices.append(quiz_offer(offer))
        refs = tuple(s.ref for s in reply.sources)
        votes = [Choice("Helpful", encode(Vote(True, refs))), Choice("Not helpful", encode(Vote(False, refs)))]
        return reply.with_choices(*choices, *votes, missed)

    def _ticket_typed(self, event: Event, command: str, rest: str) -> Reply | None:
        """`ask a person ...`, `tickets`, or an adviser's `claim/answer/close T-X`; None for anything else."""
        assert self.desk is not None
        if command == "ask" and re.match(r"a person\b", rest, re.IGNORECASE):
            return self.desk.ask(event.user, rest[len("a person") :].lstrip(" :,-"))
        if command == "tickets" and not rest:
            return self.desk.listing(event.user)
        return self.desk.typed(event.user, command, rest)

    async def in_thread(self, event: Event) -> list[Reply]:
        """A message in a channel thread the bot was not addressed in: it answers the ticket posted there, if
        the thread is a ticket's; anything else is left to the people in the thread ([])."""
        return await asyncio.get_running_loop().run_in_executor(_CORE, self._in_thread, event)

    def _in_thread(self, event: Event) -> list[Reply]:
        if self.desk is None:
            return []
        reply = self.desk.thread_answer(event.user, event.channel, event.thread, event.text)
        return [reply] if reply else []

    def _certificates(self, user: str, quiz_id: str) -> Reply:
        """Links to the learner's certificates: for `quiz_id`, or every quiz they passed. Private."""
        if quiz_id and quiz_id not in self.engine.quizzes:
            return Reply(INFO, NO_SUCH_QUIZ, private=True)
        store, partnership = self.engine.store, self.answerer.store.partnership.name
        lines = []
        for quiz in [self.engine.quizzes[quiz_id]] if quiz_id else self.engine.quizzes.values():
            try:
                made = issue(store, quiz, user, partnership)
            except NotPassed:
                continue
            lines.append(f"- {quiz.title} (passed {made.passed_on:%-d %B %Y}, {made.score}/{made.questions}): "
                         f"{self.base_url}/certificates/{made.code}.pdf, verification code {made.code}")  # fmt: skip
        if not lines:
            which = f"'{self.engine.quizzes[quiz_id].title}'" if quiz_id else "a quiz"
            return Reply(INFO, f"You haven't passed {which} yet, so there is no certificate. Type 'quizzes' to see "
                               "them.", private=True)  # fmt: skip
        return Reply(INFO, "Your certificates:\n" + "\n".join(lines), private=True)

    def _team(self, user: str) -> Reply:
        """A champion's (or training officer's) view of their own team's assigned learning, privately."""
        store = self.engine.store
        if not {"champion", "training_officer"} & set(store.roles().get(user, [])):
            return Reply(INFO, "Only safeguarding champions and training officers can see a team's learning.",
                         private=True)  # fmt: skip
        me = store.learner(user)
        if me is None or not me.team:
            return Reply(INFO, "I don't know your team yet: ask a training officer to add you to a roster "
                               "('safeguard-bot learners import').", private=True)  # fmt: skip
        text = team_assignments_text(self.engine.quizzes, store, me.team, self.engine.clock().date())
        return Reply(INFO, text, private=True)

    def _results(self, user: str, quiz_id: str) -> Reply:
        if quiz_id and quiz_id not in self.engine.quizzes:
            return Reply(INFO, NO_SUCH_QUIZ)
        store = self.engine.store
        if "training_officer" in store.roles().get(user, []):
            scope = store.role_scope(user, "training_officer") or ""
            today = self.engine.clock().date()
            return Reply(INFO, quiz_report_text(self.engine.quizzes, store, quiz_id or None, today, scope))
        return Reply(INFO, learner_results_text(self.engine.quizzes, store, user))
