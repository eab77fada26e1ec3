"""The one place where the parts are wired together."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from bot.answering import Answerer
from bot.conversation import Conversation
from bot.nudge_commands import NudgeCommands
from bot.nudges import Nudger
from bot.reminders import Reminders
from bot.retention import Purger
from bot.reviews import Reviews
from bot.settings import Settings
from bot.storage import Store, open_store
from bot.tickets import TicketDesk
from content.history import text_rows
from content.loader import load_content
from content.model import ContentStore
from quizzes.engine import QuizEngine
from quizzes.loader import load_quizzes


@dataclass
class Service:
    settings: Settings
    store: ContentStore
    tracking: Store
    answerer: Answerer
    engine: QuizEngine
    conversation: Conversation
    nudger: Nudger
    reviews: Reviews
    reminders: Reminders
    desk: TicketDesk
    purger: Purger

    def reload(self, store: ContentStore, quizzes: dict) -> None:
        """Put newly loaded (and checked) content and quizzes in use: every part that reads them at once.
        Builds the new indexes first (a second or so), then swaps, so a question is answered from the old
        library or the new one, never from half of each. An item text not seen before is kept (ItemTexts)."""
        answerer = Answerer(store, self.tracking)
        self.tracking.record_item_texts(text_rows(store.items, datetime.now(UTC)))  # an item's history without git
        self.store, self.answerer = store, answerer
        self.engine.quizzes = quizzes
        self.conversation.answerer = answerer
        self.nudger.content, self.nudger.quizzes = store, quizzes
        self.reviews.content, self.reviews.quizzes = store, quizzes
        self.reminders.quizzes = quizzes


def build_service(settings: Settings) -> Service:
    """Load and check the content and quizzes (raising InvalidContent if broken), check the data files
    (raising StoreDamaged naming one that cannot be read), keep each item text the store has not seen (its
    history without git, content/history.py) and wire the core."""
    store = load_content(settings.live_content_dir)
    quizzes = load_quizzes(settings.quiz_dir, store)
    tracking = open_store(settings.data_dir, settings.database_url)
    tracking.check()  # a damaged data file stops start-up, named, rather than failing every request
    tracking.record_item_texts(text_rows(store.items, datetime.now(UTC)))  # an item's history without git
    return wire_service(settings, store, quizzes, tracking, Answerer(store, tracking))


def wire_service(
    settings: Settings, store: ContentStore, quizzes: dict, tracking: Store, answerer: Answerer
) -> Service:
    """The core's parts wired together from loaded content, quizzes, storage and answerer."""
    engine = QuizEngine(quizzes, tracking)
    nudger = Nudger(tracking, store, quizzes, settings.nudge_grace)
    reviews = Reviews(tracking, quizzes, store)
    conversation = Conversation(answerer, engine, NudgeCommands(nudger, reviews), settings.base_url)
    # The screen of the answerer in use: a content reload swaps the answerer (Service.reload).
    desk = TicketDesk(tracking, lambda question: conversation.answerer.screen(question, kept=True),
                      lambda answer: conversation.answerer.personal_warning(answer, kept=True),
                      settings.adviser_channel, settings.base_url, store.partnership.who_to_ask,
                      settings.ticket_repost)  # fmt: skip
    conversation.desk = desk
    reminders = Reminders(tracking, quizzes, settings.reminders_max)
    purger = Purger(tracking, settings.retention)
    return Service(settings, store, tracking, answerer, engine, conversation, nudger, reviews, reminders, desk,
                   purger)  # fmt: skip
