"""Read a roster CSV of learners (id, name, team, agency, and optionally tz), reporting bad rows by line."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path
from zoneinfo import available_timezones

from quizzes.tracking import Learner

COLUMNS = ("id", "name", "team", "agency")
OPTIONAL = ("tz",)  # an IANA time zone ("Europe/London"): reminders come in the learner's working hours


class RosterError(Exception):
    """A user-facing reason why a roster could not be read; nothing has been saved."""


def read_roster(path: Path) -> list[Learner]:
    """Every learner in the file, or RosterError listing every bad line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RosterError(f"{path}: cannot read it as UTF-8 text ({exc})") from exc
    reader = csv.DictReader(text.splitlines())
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise RosterError(
            f"{path}:1: the header must name the columns {', '.join(COLUMNS)} (missing {', '.join(missing)})"
        )
    learners, problems, seen = [], [], set()
    for line, row in enumerate(reader, start=2):
        learner_id = (row.get("id") or "").strip()
        platform, _, user = learner_id.partition(":")
        if not platform or not user:
            problems.append(f"{path}:{line}: id '{learner_id}' must be platform:user_id, e.g. slack:U012AB3CD")
        elif learner_id in seen:
            problems.append(f"{path}:{line}: {learner_id} is listed twice")
        elif (tz := (row.get("tz") or "").strip()) and tz not in _zones():
            problems.append(f"{path}:{line}: tz '{tz}' is not a time zone name such as Europe/London")
        else:
            seen.add(learner_id)
            learners.append(Learner(learner_id, *((row.get(c) or "").strip() for c in COLUMNS[1:]), tz=tz))
    if problems:
        raise RosterError("\n".join(problems))
    if not learners:
        raise RosterError(f"{path}: no learners listed")
    return learners


@cache
def _zones() -> frozenset[str]:
    """The IANA time zone names this machine knows (read once: it walks the zone files)."""
    return frozenset(available_timezones())
