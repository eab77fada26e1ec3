"""The conversation core: a platform-neutral event in, platform-neutral replies out."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from bot.answering import Answerer
from bot.replies import INFO, Reply

HELP = """I answer from the partnership's safeguarding guides and review learning, and cite every answer.
- Just type a question, e.g. "what does was not brought mean?" (or: ask <question>)
- help: this message
Please don't type names, addresses, dates of birth or other case details.
If a child is in immediate danger, call 999."""


@dataclass(frozen=True)
class Event:
    """What someone typed, where and who they are, whatever platform it came from."""

    user: str
    channel: str
    text: str


class Conversation:
    def __init__(self, answerer: Answerer):
        self.answerer = answerer

    async def handle(self, event: Event) -> list[Reply]:
        command, _, rest = event.text.strip().partition(" ")
        if command.lower() in ("help", "/help", "?"):
            return [Reply(INFO, HELP)]
        question = rest if command.lower() == "ask" else event.text
        # Searching is quick, but recording a gap writes a file: keep it off the event loop.
        return [await asyncio.to_thread(self.answerer.answer, question)]
