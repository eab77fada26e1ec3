"""Read YAML files a person edits, remembering lines, so every problem is reported as `file:line: what`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import yaml

from content.model import Currency
from content.parse_cache import cached_parse

_LINE = "__line__"
_LINES = "__lines__"


@dataclass(frozen=True)
class ContentError:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class InvalidContent(Exception):
    """Raised when a content folder does not pass its checks."""

    def __init__(self, errors: list[ContentError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


# libyaml's parser when PyYAML was built with it (its wheels are): five times faster on the content.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):
    """A safe YAML loader that remembers the line of every mapping and of each of its values."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping[_LINE] = node.start_mark.line + 1
        mapping[_LINES] = {key.value: value.start_mark.line + 1 for key, value in node.value}
        return mapping

    def construct_yaml_timestamp(self, node):
        """A date or time; one that cannot be (2026-02-30) stays text, so a check names its line rather than
        the whole file failing to load."""
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _LineLoader.construct_yaml_timestamp)


def line_of(mapping: dict, key: str | None = None) -> int:
    if key is not None and key in mapping.get(_LINES, {}):
        return mapping[_LINES][key]
    return mapping.get(_LINE, 1)


class YamlChecker:
    """Collects errors while reading the YAML files of one folder."""

    def __init__(self, root: Path):
        self.root = root
        self.errors: list[ContentError] = []

    def error(self, path: Path, line: int, message: str) -> None:
        self.errors.append(ContentError(str(path), line, message))

    def parse(self, path: Path):
        """Return the YAML data of a file, or None (with an error) if it cannot be read."""
        if not path.is_file():
            self.error(path, 1, "file is missing")
            return None
        try:
            return cached_parse(path, lambda text: yaml.load(text, Loader=_LineLoader))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            reason = getattr(exc, "problem", None) or str(exc)
            self.error(path, mark.line + 1 if mark else 1, f"broken YAML: {reason}")
        except UnicodeDecodeError:
            self.error(path, 1, "not UTF-8 text")
        return None

    def read_list(self, path: Path, key: str) -> list[dict]:
        """Return the mappings listed under `key` in a YAML file."""
        data = self.parse(path)
        if data is None:
            return []
        if not isinstance(data, dict) or not isinstance(data.get(key), list):
            self.error(path, 1, f"expected a mapping with a list under '{key}:'")
            return []
        entries = [entry for entry in data[key] if isinstance(entry, dict)]
        if len(entries) != len(data[key]):
            self.error(path, line_of(data, key), f"each entry under '{key}:' must be a mapping")
        return entries


def text_field(entry: dict, key: str) -> str:
    value = entry.get(key)
    return value.strip() if isinstance(value, str) else ""


def string_list(value) -> list[str] | None:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    return None


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _as_day(value) -> date | None:
    """A YAML date (2026-11-29, read as a date) or the same quoted; None for anything else."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and _ISO_DAY.fullmatch(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def read_currency(check: YamlChecker, path: Path, entry: dict, what: str) -> Currency | None:
    """An item's or quiz's `reviewed:` (an ISO date) and `version:` (a whole number from 1), each None when
    absent; None (with an error at the field's line) when either is written but malformed. Absence is no error:
    content without them loads, and `content check` says it is due for review (content/README.md)."""
    reviewed, version = entry.get("reviewed"), entry.get("version")
    ok = True
    if reviewed is not None and _as_day(reviewed) is None:
        check.error(path, line_of(entry, "reviewed"), f"{what}: reviewed must be a date like 2026-11-29")
        ok = False
    if version is not None and (isinstance(version, bool) or not isinstance(version, int) or version < 1):
        check.error(path, line_of(entry, "version"), f"{what}: version must be a whole number from 1")
        ok = False
    if not ok:
        return None
    where = line_of(entry, "reviewed") if reviewed is not None else line_of(entry)
    return Currency(_as_day(reviewed) if reviewed is not None else None, version, str(path), where)
