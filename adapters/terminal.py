"""The terminal door: render replies as plain text and run an interactive chat."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from bot.conversation import Conversation, Event
from bot.replies import URGENT, Reply

PROMPT = "you> "


def render_reply(reply: Reply) -> str:
    lines = ["!! URGENT: " + reply.text.replace("\n", "\n   ")] if reply.kind == URGENT else [reply.text]
    if reply.sources:
        lines.append("Sources:")
        for n, source in enumerate(reply.sources, 1):
            where = f"{source.document}, {source.section}" if source.section else source.document
            link = f" {source.url}" if source.url else ""
            lines.append(f"  [{n}] {source.title} ({where}){link}")
    return "\n".join(lines)


async def run_chat(conversation: Conversation, read: Callable[[str], str], out: TextIO, user: str = "terminal") -> None:
    """Chat until the user types quit or input ends."""
    out.write("safeguard-bot: ask a safeguarding practice question, 'help' for help, 'quit' to leave.\n")
    while True:
        try:
            text = read(PROMPT)
        except (EOFError, KeyboardInterrupt):
            out.write("\n")
            return
        if text.strip().lower() in ("quit", "exit", "bye"):
            return
        if not text.strip():
            continue
        for reply in await conversation.handle(Event(user=f"terminal:{user}", channel="terminal", text=text)):
            out.write("bot> " + render_reply(reply).replace("\n", "\n     ") + "\n\n")
        out.flush()
