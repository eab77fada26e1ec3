"""The terminal door: render replies as plain text and run an interactive chat or quiz."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from bot.conversation import Conversation, Event
from bot.replies import QUIZ, URGENT, Reply

PROMPT = "you> "


def render_reply(reply: Reply) -> str:
    lines = ["!! URGENT: " + reply.text.replace("\n", "\n   ")] if reply.kind == URGENT else [reply.text]
    if reply.sources:
        lines.append("Sources:")
        for n, source in enumerate(reply.sources, 1):
            where = f"{source.document}, {source.section}" if source.section else source.document
            link = f" {source.url}" if source.url else ""
            lines.append(f"  [{n}] {source.title} ({where}){link}")
    typed = [c.typed for c in reply.choices if c.typed]
    if reply.kind == QUIZ and typed:
        lines.append(f"(type {', '.join(typed[:-1])} or {typed[-1]})")
    elif typed:
        lines += [f"  type '{c.typed}': {c.label}" for c in reply.choices if c.typed]
    return "\n".join(lines)


def _write(out: TextIO, replies: list[Reply]) -> None:
    for reply in replies:
        out.write("bot> " + render_reply(reply).replace("\n", "\n     ") + "\n\n")
    out.flush()


def _read(read: Callable[[str], str], out: TextIO) -> str | None:
    """The next line typed, or None when the user quits or input ends."""
    try:
        text = read(PROMPT)
    except (EOFError, KeyboardInterrupt):
        out.write("\n")
        return None
    return None if text.strip().lower() in ("quit", "exit", "bye") else text


async def run_chat(conversation: Conversation, read: Callable[[str], str], out: TextIO, user: str) -> None:
    """Chat until the user types quit or input ends. `user` is the learner id, e.g. terminal:alice."""
    out.write("safeguard-bot: ask a safeguarding practice question, 'help' for help, 'quit' to leave.\n")
    while (text := _read(read, out)) is not None:
        if text.strip():
            _write(out, await conversation.handle(Event(user=user, channel="terminal", text=text)))


async def run_quiz(
    conversation: Conversation, quiz_id: str, read: Callable[[str], str], out: TextIO, user: str
) -> None:
    """Take one quiz; return when it is finished (progress is kept if the user quits before)."""
    _write(out, await conversation.handle(Event(user=user, channel="terminal", text=f"quiz {quiz_id}")))
    while conversation.engine.store.open_attempt(user, quiz_id) is not None:
        text = _read(read, out)
        if text is None:
            out.write("Your progress is saved: run the same command to carry on.\n")
            return
        if text.strip():
            _write(out, await conversation.handle(Event(user=user, channel="terminal", text=text)))
