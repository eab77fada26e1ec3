"""What the command's handlers share: opening the store or the whole service, and printing problems."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot import storage
from bot.settings import Settings
from bot.storage import Store
from content.loader import InvalidContent, load_content
from content.model import ContentStore
from quizzes.loader import load_quizzes
from quizzes.model import Quiz

if TYPE_CHECKING:
    from bot.service import Service


class Stop(Exception):
    """Stop the command with this exit code; what went wrong has been printed already."""

    def __init__(self, code: int):
        super().__init__(code)
        self.code = code


def print_errors(errors) -> None:
    for error in errors:
        print(error, file=sys.stderr)


def _shown(path: Path) -> str:
    return str(path) if path.is_absolute() or path.parts[:1] in ((".",), ("..",)) else f"./{path}"


def _say_if_created(data_dir: Path, existed: bool) -> None:
    if not existed and data_dir.is_dir():
        print(f"safeguard-bot: created the data folder {_shown(data_dir)} (DATA_DIR or --data-dir chooses another)",
              file=sys.stderr)  # fmt: skip


def open_store(settings: Settings) -> Store:
    """The data store, creating the data folder (and saying so) if it is not there yet."""
    existed = settings.data_dir.exists()
    store = storage.open_store(settings.data_dir, settings.database_url)
    _say_if_created(settings.data_dir, existed)
    return store


def _checked(load):
    """`load()`; if the content is broken, print why and stop (2)."""
    try:
        return load()
    except InvalidContent as exc:
        print_errors(exc.errors)
        print(
            "safeguard-bot: the content does not pass its checks, so the bot will not start. "
            "Fix the problems above (safeguard-bot content check).",
            file=sys.stderr,
        )
        raise Stop(2) from None


def open_service(settings: Settings) -> Service:
    """Load and check the content and wire the core; if the content is broken, print why and stop (2)."""
    from bot.service import build_service  # the search stack loads only for the commands that answer

    existed = settings.data_dir.exists()
    service = _checked(lambda: build_service(settings))
    _say_if_created(settings.data_dir, existed)
    return service


def open_library(settings: Settings) -> tuple[ContentStore, dict[str, Quiz]]:
    """The checked content and quizzes only, without the answering indexes: for reports, which need no search."""
    content = _checked(lambda: load_content(settings.live_content_dir, urgency_exemplars=False))
    return content, _checked(lambda: load_quizzes(settings.quiz_dir, content))


def terminal_user(name: str) -> str:
    return f"terminal:{name or getpass.getuser()}"


def cli_actor() -> str:
    """Who is at the command line, as the audit log names them: cli:<login>."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no login name (a container's numeric user)
        return "cli:unknown"


def unknown_quiz(name: str) -> int:
    print(f"safeguard-bot: no quiz '{name}'; 'safeguard-bot quiz list' shows them", file=sys.stderr)
    return 1
