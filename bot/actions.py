"""Actions: what a clicked button sends back, built and read in this one module.

An action is the only way input from outside steers the core without being typed, so it is
decoded once, here, into a typed value whose every field comes from a known set: the loaded
quizzes and their questions and options, stored nudge schedules, real ISO weeks, content items.
Anything else raises `BadAction`, which every door answers with a 4xx. No field of an action
ever names a file: storage looks records up by these validated ids.

Wire form (a short string, at most 2,000 characters, that Slack button values and Adaptive Card
data carry):
    start|<quiz>                                   StartQuiz
    answer|<attempt>|<question>|<option>           AnswerQuestion
    rate|<attempt>|<rating>|<value>                Rate
    qq|<schedule>|<week>|<quiz>|<question>         QuickQuestion  (a nudge's quick question)
    qa|<schedule>|<week>|<quiz>|<question>|<option> QuickAnswer
    sr|<quiz>|<question>|<option>                  ReviewAnswer   (a weekly review question)
    more|<schedule>|<week>                         ReadMore       (a nudge's "Read more" link)
    vote|<yes or no>|<ref>,<ref>...                Vote           (an answer's helpful / not helpful)
    urg|<not_urgent or missed>|<class or none>     UrgencyFeedback ("not an emergency" / "this was one")
    tk|<claim, answer or close>|<ticket>           TicketStep     (an adviser's button on a ticket)
    askp|<asker>|<question>                        AskPerson      ("Ask a safeguarding adviser" on a refusal)
    topics                                         ShowTopics     (the library's topics)
    topic|<topic>|<page>                           ShowTopic      (one page of a topic's items)
    item|<item>                                    OpenItem       (a content item with its source)

AskPerson is the one action holding free text: the question the person typed, which the button carries back
so that nothing is stored before they choose to ask, with who typed it (only they may send it on). It is
treated as typed text (screened again for an emergency and case details) and never names anything the bot
looks up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import date

from quizzes.model import RATING_SCALE, Quiz
from quizzes.tracking import RATINGS

MAX_LENGTH = 2000  # Slack's limit on a button value
MAX_VOTE_REFS = 3  # an answer cites at most three items (bot/answering.py)
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # quiz, question, item and schedule ids (the loaders' rule)
_ATTEMPT = re.compile(r"([a-z0-9]+(?:-[a-z0-9]+)*)~[0-9]{4}-[0-9]{2}-[0-9]{3}~[0-9a-f]{12}")
_WEEK = re.compile(r"([0-9]{4})-W([0-9]{2})")
_NUMBER = re.compile(r"0|[1-9][0-9]{0,2}")
_ASKER = re.compile(r"[a-z]+:[^|\s]{1,200}")  # platform:user, as bot/conversation.py Event.user
TICKET_ID = re.compile(r"T-[2-9A-HJKMNP-TV-Z]{6}")  # bot/tickets.py makes them: no 0/O, 1/I/L or U


class BadAction(ValueError):
    """A button value that is not one this bot made: answered with a 4xx, never acted on."""


@dataclass(frozen=True)
class StartQuiz:
    quiz: str


@dataclass(frozen=True)
class AnswerQuestion:
    attempt: str
    question: str
    option: int


@dataclass(frozen=True)
class Rate:
    attempt: str
    rating: str
    value: int


@dataclass(frozen=True)
class QuickQuestion:
    schedule: str
    week: str
    quiz: str
    question: str


@dataclass(frozen=True)
class QuickAnswer:
    schedule: str
    week: str
    quiz: str
    question: str
    option: int


@dataclass(frozen=True)
class ReviewAnswer:
    quiz: str
    question: str
    option: int


@dataclass(frozen=True)
class ReadMore:
    schedule: str
    week: str


@dataclass(frozen=True)
class Vote:
    helpful: bool
    refs: tuple[str, ...]  # the cited items' (or passages') ids, never the question asked


@dataclass(frozen=True)
class UrgencyFeedback:
    verdict: str  # NOT_URGENT (on an urgent reply) or MISSED (on any other)
    cls: str  # the class the bot saw, or NO_CLASS: never the message itself


@dataclass(frozen=True)
class TicketStep:
    step: str  # one of TICKET_STEPS
    ticket: str  # T-XXXXXX, a stored ticket


@dataclass(frozen=True)
class AskPerson:
    asker: str  # platform:user who typed the question: the one person the button works for
    question: str  # as typed; screened again before a ticket is opened


@dataclass(frozen=True)
class ShowTopics:
    """The library's topics: an "All topics" button carries no field."""


@dataclass(frozen=True)
class ShowTopic:
    topic: str
    page: int  # from 1


@dataclass(frozen=True)
class OpenItem:
    item: str


NOT_URGENT, MISSED, NO_CLASS = "not_urgent", "missed", "none"
TICKET_STEPS = ("claim", "answer", "close")
MAX_ASKED = 1500  # characters of a question a button carries (at most MAX_LENGTH, with room)
Action = (
    StartQuiz
    | AnswerQuestion
    | Rate
    | QuickQuestion
    | QuickAnswer
    | ReviewAnswer
    | ReadMore
    | Vote
    | UrgencyFeedback
    | TicketStep
    | AskPerson
    | ShowTopics
    | ShowTopic
    | OpenItem
)
_VERBS: dict[type, str] = {StartQuiz: "start", AnswerQuestion: "answer", Rate: "rate", QuickQuestion: "qq",
                           QuickAnswer: "qa", ReviewAnswer: "sr", ReadMore: "more", Vote: "vote",
                           UrgencyFeedback: "urg", TicketStep: "tk", AskPerson: "askp", ShowTopics: "topics",
                           ShowTopic: "topic", OpenItem: "item"}  # fmt: skip


def encode(action: Action) -> str:
    """The wire form of an action (see the module docstring). Raises ValueError for one that could not be
    read back (a field holding a separator, too many refs, too long): the bot never sends such a button."""
    if isinstance(action, AskPerson):  # free text, last: it may hold the separator
        if not 0 < len(action.question) <= MAX_ASKED or not _ASKER.fullmatch(action.asker):
            raise ValueError("a question a button carries is 1 to 1,500 characters, with who asked it")
        return f"askp|{action.asker}|{action.question}"
    if isinstance(action, Vote):
        fields = ["yes" if action.helpful else "no", ",".join(action.refs)]
        if not 0 < len(action.refs) <= MAX_VOTE_REFS or any("," in ref for ref in action.refs):
            raise ValueError("a vote names one to three cited refs")
    else:
        fields = [str(value) for value in action.__dict__.values()]
    if any("|" in field for field in fields):
        raise ValueError("an action's field holds '|'")
    value = "|".join([_VERBS[type(action)], *fields])
    if len(value) > MAX_LENGTH:
        raise ValueError("an action longer than a button value may be")
    return value


def iso_week(text: str) -> str:
    """`text` if it is a real ISO week such as 2026-W49, else BadAction."""
    match = _WEEK.fullmatch(text)
    try:
        if match is None:
            raise ValueError
        date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        raise BadAction("not an ISO week") from None
    return text


@dataclass(frozen=True)
class Vocabulary:
    """The known sets an action's fields must come from."""

    quizzes: Mapping[str, Quiz]
    refs: Collection[str]  # ids of content items and passages that can be cited
    schedule_exists: Callable[[str], bool]
    urgency_classes: Collection[str] = frozenset()  # the classes of docs/urgency.md
    topics: Mapping[str, int] = field(default_factory=dict)  # browsable topics -> their number of pages
    items: Collection[str] = frozenset()  # ids of the content items that can be opened
    ticket_exists: Callable[[str], bool] = lambda ticket: False


def decode(value: str, known: Vocabulary) -> Action:
    """Read a button value back into its action.

    Raises BadAction when the value is not one this bot could have made: an unknown verb, a
    wrong number of fields, or a field outside its known set (quiz, question, option in range,
    rating, ISO week, stored schedule, content reference, topic and its page, content item).
    """
    if not isinstance(value, str) or len(value) > MAX_LENGTH:
        raise BadAction("not an action")
    verb, *fields = value.split("|")
    if verb == "askp":
        asker, _, question = value.partition("|")[2].partition("|")
        return _ask_person(asker, question)
    reader = _READERS.get(verb)
    if reader is None or len(fields) != reader[0]:
        raise BadAction("not an action")
    return reader[1](fields, known)


def _quiz(quiz_id: str, known: Vocabulary) -> Quiz:
    quiz = known.quizzes.get(quiz_id)
    if quiz is None:
        raise BadAction("unknown quiz")
    return quiz


def _number(text: str) -> int:
    """A small whole number written as this bot writes one (ASCII digits, no sign, no leading zero)."""
    if not _NUMBER.fullmatch(text):
        raise BadAction("not a number")
    return int(text)


def _option(quiz: Quiz, question_id: str, option: str) -> int:
    question = quiz.question(question_id)
    if question is None:
        raise BadAction("unknown question")
    if not 0 <= _number(option) < len(question.options):
        raise BadAction("no such option")
    return int(option)


def _question(quiz: Quiz, question_id: str) -> str:
    if quiz.question(question_id) is None:
        raise BadAction("unknown question")
    return question_id


def _attempt(attempt_id: str, known: Vocabulary) -> tuple[str, Quiz]:
    match = _ATTEMPT.fullmatch(attempt_id)
    if match is None:
        raise BadAction("not an attempt id")
    return attempt_id, _quiz(match.group(1), known)


def _schedule(schedule_id: str, known: Vocabulary) -> str:
    if not _ID.fullmatch(schedule_id) or not known.schedule_exists(schedule_id):
        raise BadAction("unknown schedule")
    return schedule_id


def _start(f, known):
    return StartQuiz(_quiz(f[0], known).id)


def _answer(f, known):
    attempt, quiz = _attempt(f[0], known)
    return AnswerQuestion(attempt, f[1], _option(quiz, f[1], f[2]))


def _rate(f, known):
    attempt, _ = _attempt(f[0], known)
    if f[1] not in RATINGS or _number(f[2]) not in RATING_SCALE:
        raise BadAction("not a rating")
    return Rate(attempt, f[1], int(f[2]))


def _quick_question(f, known):
    quiz = _quiz(f[2], known)
    return QuickQuestion(_schedule(f[0], known), iso_week(f[1]), quiz.id, _question(quiz, f[3]))


def _quick_answer(f, known):
    quiz = _quiz(f[2], known)
    return QuickAnswer(_schedule(f[0], known), iso_week(f[1]), quiz.id, f[3], _option(quiz, f[3], f[4]))


def _review(f, known):
    quiz = _quiz(f[0], known)
    return ReviewAnswer(quiz.id, f[1], _option(quiz, f[1], f[2]))


def _read_more(f, known):
    return ReadMore(_schedule(f[0], known), iso_week(f[1]))


def _vote(f, known):
    refs = tuple(f[1].split(","))
    if f[0] not in ("yes", "no") or len(set(refs)) != len(refs) or len(refs) > MAX_VOTE_REFS:
        raise BadAction("not a vote")
    if not all(r in known.refs for r in refs):
        raise BadAction("not a vote")
    return Vote(f[0] == "yes", refs)


def _urgency(f, known):
    if f[0] not in (NOT_URGENT, MISSED) or (f[1] != NO_CLASS and f[1] not in known.urgency_classes):
        raise BadAction("not urgency feedback")
    return UrgencyFeedback(f[0], f[1])


def _ticket(f, known):
    if f[0] not in TICKET_STEPS or not TICKET_ID.fullmatch(f[1]) or not known.ticket_exists(f[1]):
        raise BadAction("not a ticket step")
    return TicketStep(f[0], f[1])


def _ask_person(asker: str, question: str) -> AskPerson:
    if not _ASKER.fullmatch(asker) or not 0 < len(question.strip()) <= MAX_ASKED:
        raise BadAction("not a question to ask a person")
    return AskPerson(asker, question.strip())


def _show_topic(f, known):
    pages = known.topics.get(f[0])
    if pages is None or not 1 <= _number(f[1]) <= pages:
        raise BadAction("no such topic page")
    return ShowTopic(f[0], int(f[1]))


def _open_item(f, known):
    if f[0] not in known.items:
        raise BadAction("unknown item")
    return OpenItem(f[0])


_READERS = {"start": (1, _start), "answer": (3, _answer), "rate": (3, _rate), "qq": (4, _quick_question),
            "qa": (5, _quick_answer), "sr": (3, _review), "more": (2, _read_more), "vote": (2, _vote),
            "urg": (2, _urgency), "tk": (2, _ticket), "topics": (0, lambda f, known: ShowTopics()),
            "topic": (2, _show_topic), "item": (1, _open_item)}  # fmt: skip
