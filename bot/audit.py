"""The audit log's actions, and the log as training officers read it: filtered, newest first, a page at a time, and
as CSV.

An entry says who (`actor`: a platform user id such as slack:U012AB3CD, `cli:<login>` for the command line, or
`server:<job>`), did what (`action`, one of ACTIONS), to whom or what (`subject`: a learner id, a schedule id, or
""), when, with a `detail` that is never message text (a role and scope, counts). Entries are appended and never
changed: only the retention purge removes old ones, and erasing a learner replaces their id in the entries by
their pseudonym (bot/storage/port.py: AuditLog).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass

from quizzes.reports import spreadsheet_safe

ROLE_GRANT = "role.grant"
ROLE_REVOKE = "role.revoke"
DASHBOARD_SIGN_IN = "dashboard.sign_in"
LEARNER_EXPORT = "learner.export"
LEARNER_ERASE = "learner.erase"
NUDGE_SCHEDULE = "nudge.schedule"
NUDGE_PAUSE = "nudge.pause"
NUDGE_RESUME = "nudge.resume"
NUDGE_CANCEL = "nudge.cancel"
STORAGE_PURGE = "storage.purge"
# an adviser's step on a ticket (bot/tickets.py); the subject is the ticket, never its question or who asked it
TICKET_CLAIM = "ticket.claim"
TICKET_ANSWER = "ticket.answer"
TICKET_CLOSE = "ticket.close"
ACTIONS = (
    ROLE_GRANT, ROLE_REVOKE, DASHBOARD_SIGN_IN, LEARNER_EXPORT, LEARNER_ERASE, NUDGE_SCHEDULE, NUDGE_PAUSE,
    NUDGE_RESUME, NUDGE_CANCEL, STORAGE_PURGE, TICKET_CLAIM, TICKET_ANSWER, TICKET_CLOSE,
)  # fmt: skip
COLUMNS = ("seq", "at", "actor", "action", "subject", "detail")
PAGE_SIZE = 50


@dataclass(frozen=True)
class Page:
    entries: list[dict]  # newest first
    number: int  # from 1
    pages: int  # at least 1
    total: int  # entries matching, on every page


def newest_first(entries: list[dict], action: str = "") -> list[dict]:
    """`entries` (as `Store.audit_log` returns them, oldest first) of one action ("" for all), newest first."""
    return [entry for entry in reversed(entries) if not action or entry["action"] == action]


def page_of(entries: list[dict], action: str = "", number: int = 1, size: int = PAGE_SIZE) -> Page:
    """Page `number` (clamped to those there are) of `entries` of one action, newest first, `size` a page."""
    chosen = newest_first(entries, action)
    pages = max(1, -(-len(chosen) // size))
    number = min(max(1, number), pages)
    return Page(chosen[(number - 1) * size : number * size], number, pages, len(chosen))


def counts_detail(counts: Mapping[str, int]) -> str:
    """`attempt=3 role=1 ...`: what a purge or an erasure did, as an entry's detail (counts, never contents)."""
    return " ".join(f"{kind}={count}" for kind, count in counts.items())


def audit_csv(entries: list[dict]) -> str:
    """Entries as CSV (COLUMNS, in the order given), every text cell spreadsheet-safe."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows({key: spreadsheet_safe(entry[key]) for key in COLUMNS} for entry in entries)
    return out.getvalue()
