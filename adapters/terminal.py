"""The terminal door: render replies as plain text and run an interactive chat or quiz."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from itertools import groupby
from operator import attrgetter
from typing import TextIO

from bot.conversation import Conversation, Event
from bot.replies import QUIZ, URGENT, Reply

PROMPT = "you> "
GOODBYE = "Goodbye."
PROGRESS_SAVED = "Your progress is saved: run the same command to carry on."


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
        for group, run in groupby((c for c in reply.choices if c.typed), key=attrgetter("group")):
            if group:
                lines.append(f"  {group}:")
            lines += [f"{'    ' if group else '  '}type '{c.typed}': {c.label}" for c in run]
    return "\n".join(lines)


def _write(out: TextIO, replies: list[Reply]) -> None:
    for reply in replies:
        out.write("bot> " + render_reply(reply).replace("\n", "\n     ") + "\n\n")
    out.flush()


def _read(read: Callable[[str], str], out: TextIO) -> str | None:
    """The next line typed, or None when the user quits or input ends (Ctrl-D).

    Ctrl-C is not swallowed: KeyboardInterrupt goes on to the caller, which says goodbye."""
    try:
        text = read(PROMPT)
    except EOFError:
        out.write("\n")
        return None
    return None if text.strip().lower() in ("quit", "exit", "bye") else text


def _say(out: TextIO, line: str) -> None:
    out.write(line + "\n")
    out.flush()


def run_chat(conversation: Conversation, read: Callable[[str], str], out: TextIO, user: str) -> None:
    """Chat until the user types quit or input ends. `user` is the learner id, e.g. terminal:alice.

    Input is read while no event loop runs, so Ctrl-C at the prompt stops at once: it says goodbye
    and raises KeyboardInterrupt (the command exits with 130)."""
    out.write("safeguard-bot: ask a safeguarding practice question, 'help' for help, 'quit' to leave.\n")
    with asyncio.Runner() as runner:
        try:
            while (text := _read(read, out)) is not None:
                if text.strip():
                    _write(out, runner.run(conversation.handle(Event(user=user, channel="terminal", text=text))))
        except KeyboardInterrupt:
            _say(out, "\n" + GOODBYE)
            raise
    _say(out, GOODBYE)


def run_quiz(conversation: Conversation, quiz_id: str, read: Callable[[str], str], out: TextIO, user: str) -> None:
    """Take one quiz; return when it is finished (progress is kept if the user quits before).

    Ctrl-C says the progress is saved and raises KeyboardInterrupt, as in run_chat."""
    with asyncio.Runner() as runner:
        try:
            _write(out, runner.run(conversation.handle(Event(user=user, channel="terminal", text=f"quiz {quiz_id}"))))
            while conversation.engine.store.open_attempt(user, quiz_id) is not None:
                text = _read(read, out)
                if text is None:
                    _say(out, PROGRESS_SAVED)
                    return
                if text.strip():
                    _write(out, runner.run(conversation.handle(Event(user=user, channel="terminal", text=text))))
        except KeyboardInterrupt:
            _say(out, "\n" + PROGRESS_SAVED)
            raise
