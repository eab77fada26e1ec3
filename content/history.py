"""An item's text, version by version, and what changed between two of them.

From git when the content folder is inside a git repository: each commit that changed the item's file (`git
log`), the file read at that commit (`git show`), the item's text taken from its YAML, keeping the commits where
that text changed. Otherwise from the texts the store kept as it first saw them (`ItemTexts` in
bot/storage/port.py, recorded on `serve` start and reload and on `content check`: `text_rows`). A history lists
an item's texts newest first, each different from the one before it (whitespace aside: the loader's form).
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import re
import subprocess
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

import yaml

from content.model import Item
from content.passages import normalise_space

GIT, STORED = "git", "stored versions"  # where a history came from
GIT_SECONDS = 30  # a git call taking longer is given up, and the stored versions answer instead
_COMMIT_LINE = re.compile(r"^([0-9a-f]{40}) (\d{4}-\d{2}-\d{2})$", re.MULTILINE)  # git log --format="%H %cs"
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class ItemText:
    """One text an item had."""

    text: str  # in the loader's form (whitespace normalised)
    version: int | None  # the version written beside it (None: the file gave none then)
    since: date  # the day it was first committed, or first seen by the store
    commit: str = ""  # the git commit that brought it; "" from the store, or when changed and not yet committed


History = dict[str, list[ItemText]]  # item id -> its texts, newest first


def text_hash(text: str) -> str:
    """sha256 (hex) of a text in the loader's form."""
    return hashlib.sha256(text.encode()).hexdigest()


def text_rows(items: Iterable[Item], now: datetime) -> list[dict]:
    """What the store keeps of each item's current text, seen at `now` (aware): the rows of
    `ItemTexts.record_item_texts`, {item, version, hash, text, first_seen (ISO time, UTC)}."""
    seen = now.astimezone(UTC).isoformat(timespec="seconds")
    return [{"item": item.id, "version": item.currency.number, "hash": text_hash(item.text), "text": item.text,
             "first_seen": seen} for item in items]  # fmt: skip


def _newest_first(texts: Iterable[ItemText], current: Item, today: date) -> list[ItemText]:
    """`texts` oldest first, then `current`'s text (since `today` if no earlier text is it), as a history: a run
    of equal texts is one entry, dated from its first and carrying its latest version."""
    runs: list[ItemText] = []
    for text in [*texts, ItemText(current.text, current.currency.version, today)]:
        if runs and runs[-1].text == text.text:
            runs[-1] = replace(runs[-1], version=text.version)
        else:
            runs.append(text)
    return runs[::-1]


def stored_history(items: Sequence[Item], rows: Iterable[dict], today: date) -> History:
    """Each item's history from the store's rows (`ItemTexts.item_texts`, in the order kept), its current text
    newest (since `today` when the store has not seen it yet)."""
    kept: dict[str, list[ItemText]] = {}
    for row in rows:
        kept.setdefault(row["item"], []).append(
            ItemText(row["text"], row["version"], date.fromisoformat(row["first_seen"][:10]))
        )
    return {item.id: _newest_first(kept.get(item.id, []), item, today) for item in items}


def _git(folder: Path, *args: str) -> bytes | None:
    """The output of `git -C folder ARGS` (a fixed list, no shell), or None when git is not installed, fails
    or takes longer than GIT_SECONDS."""
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, timeout=GIT_SECONDS,
                              check=False)  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def in_git(folder: Path) -> bool:
    """Whether git is installed and `folder` is inside a git repository's work tree."""
    return _git(folder, "rev-parse", "--is-inside-work-tree") == b"true\n"


@functools.lru_cache(maxsize=256)
def _log(folder: Path, head: str, path: str) -> bytes | None:
    """`git log` of one file as of commit `head` (kept: it never changes for that commit), newest first."""
    return _git(folder, "log", "--format=%H %cs", head, "--", path)


@functools.lru_cache(maxsize=256)
def _items_at(folder: Path, commit: str, path: str) -> dict[str, tuple[str, int | None]] | None:
    """{item id: (text in the loader's form, version or None)} of an item file as it was at `commit` (a commit
    never changes, so this is kept); None when git fails. A file that was not valid YAML then has no items."""
    blob = _git(folder, "show", f"{commit}:./{path}")
    if blob is None:
        return None
    try:
        data = yaml.load(blob.decode("utf-8"), Loader=_SafeLoader)
    except (yaml.YAMLError, UnicodeDecodeError):
        return {}
    entries = data.get("items") if isinstance(data, dict) else None
    found = {}
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and entry.get("id") is not None:
            version = entry.get("version")
            valid = isinstance(version, int) and not isinstance(version, bool) and version >= 1
            found[str(entry["id"])] = (normalise_space(str(entry.get("text") or "")), version if valid else None)
    return found


def git_history(folder: Path, items: Sequence[Item], today: date) -> History | None:
    """Each item's history from git: the commits that changed its file, oldest first, keeping those where its
    text changed, then the text loaded now (since `today` when it differs from the last commit's: a change not
    yet committed). None when git is not installed, `folder` is not in a git repository, or a call fails."""
    if not in_git(folder):
        return None
    by_file: dict[str, list[Item]] = {}
    for item in items:
        by_file.setdefault(Path(item.currency.file).relative_to(folder).as_posix(), []).append(item)
    head, tracked = _git(folder, "rev-parse", "HEAD"), _git(folder, "ls-files", "--", *by_file)
    if head is None or tracked is None or not set(by_file) <= set(tracked.decode().splitlines()):
        return None  # files git does not track (a copy inside a checkout, ignored files): the stored texts
    history: History = {}
    for path, file_items in by_file.items():
        log = _log(folder, head.decode().strip(), path)
        if log is None:
            return None
        texts: dict[str, list[ItemText]] = {item.id: [] for item in file_items}
        for commit, day in reversed(_COMMIT_LINE.findall(log.decode())):
            found = _items_at(folder, commit, path)
            if found is None:
                return None
            for item_id, kept in texts.items():
                if item_id in found:
                    text, version = found[item_id]
                    kept.append(ItemText(text, version, date.fromisoformat(day), commit))
        history |= {item.id: _newest_first(texts[item.id], item, today) for item in file_items}
    return history


def item_history(
    folder: Path, items: Sequence[Item], stored: Callable[[], list[dict]], today: date
) -> tuple[History, str]:
    """The items' histories and where they came from (GIT or STORED): from git when `folder` is in a git
    repository, else from `stored()` (`ItemTexts.item_texts`, called only then)."""
    found = git_history(folder, items, today)
    return (found, GIT) if found is not None else (stored_history(items, stored(), today), STORED)


def _sentences(text: str) -> list[str]:
    """A text a sentence a line, so a diff shows the sentence that changed rather than the whole paragraph."""
    return [part for part in re.split(r"(?<=[.!?])\s+", text) if part]


def text_diff(older: ItemText | None, newer: ItemText) -> list[str]:
    """The unified diff (difflib) from `older` (None: nothing before) to `newer`, a sentence a line, each side
    named by its version and day."""

    def name(text: ItemText | None) -> str:
        return "(none)" if text is None else f"version {text.version or '-'} of {text.since}"

    before = _sentences(older.text) if older else []
    return list(difflib.unified_diff(before, _sentences(newer.text), name(older), name(newer), lineterm=""))
