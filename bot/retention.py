"""How long each kind of stored record is kept, and the daily purge that enforces it (docs/data-protection.md).

`PURGE_KINDS` is the table of what the purge removes: a kind, the environment variable that sets how long it is
kept (`RETAIN_ATTEMPTS=6y`: a whole number of days, weeks, months or years, d w m y), its default and what it
covers. Every storage engine removes each kind in its `purge` (bot/storage/port.py: Retention), so adding a kind
here means adding it to both engines; `tests/test_storage_contract.py` checks each engine purges every kind.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.audit import STORAGE_PURGE, counts_detail

logger = logging.getLogger(__name__)
SERVER = "server:retention"  # the audit log's actor for the server's daily purge


@dataclass(frozen=True)
class Period:
    """A length of time as a partnership writes it: `amount` of `unit` (h hours, d days, w weeks, m calendar
    months, y calendar years)."""

    amount: int
    unit: str

    def __str__(self) -> str:
        return f"{self.amount}{self.unit}"

    def before(self, now: datetime) -> datetime:
        """The instant this period before `now` (aware); a month or year back from the 31st or 29 February is
        the last day of the shorter month."""
        if self.unit in "hdw":
            unit = {"h": "hours", "d": "days", "w": "weeks"}[self.unit]
            return now - timedelta(**{unit: self.amount})
        months = now.year * 12 + now.month - 1 - self.amount * (12 if self.unit == "y" else 1)
        year, month = divmod(months, 12)
        following = datetime(year + (month == 11), (month + 1) % 12 + 1, 1, tzinfo=now.tzinfo)
        return now.replace(year=year, month=month + 1, day=min(now.day, (following - timedelta(days=1)).day))

    @property
    def length(self) -> timedelta:
        """About how long it is (a month 30 days, a year 365), for checking bounds."""
        return timedelta(hours=self.amount) * {"h": 1, "d": 24, "w": 168, "m": 720, "y": 8760}[self.unit]


def parse_period(text: str, units: str = "dwmy") -> Period:
    """`6y`, `12m`, `8h` ... as a Period; raises ValueError unless it is a whole number above 0 and one of `units`."""
    match = re.fullmatch(rf"([1-9][0-9]{{0,4}})([{units}])", text.strip().lower())
    if not match:
        raise ValueError(f"'{text}' is not a period like {'8h' if units == 'h' else '6y, 12m, 8w or 30d'}")
    return Period(int(match.group(1)), match.group(2))


@dataclass(frozen=True)
class Kept:
    """One purgeable kind: its name (the key of `Store.purge`'s cutoffs), the setting and default of how long it
    is kept, and what it covers (as the docs and `storage purge` say it)."""

    kind: str
    setting: str
    default: str
    what: str


PURGE_KINDS = (
    Kept("attempts", "RETAIN_ATTEMPTS", "6y", "quiz attempts with their answers and ratings, by the day started"),
    Kept("certificates", "RETAIN_CERTIFICATES", "6y", "pass certificates, by the day passed"),
    Kept("gaps", "RETAIN_GAPS", "12m", "gap log rows (content words of unanswered questions), by the day last asked"),
    Kept("votes", "RETAIN_VOTES", "2y", "helpful / not helpful counts per content item, by the day of the last vote"),
    Kept("urgency_feedback", "RETAIN_URGENCY_FEEDBACK", "2y",
         "'not an emergency' / 'this was an emergency' counts per class, by the day of the last one"),
    Kept("nudges", "RETAIN_NUDGES", "2y", "channel nudges' delivery records and engagement events, by ISO week"),
    Kept("reminders", "RETAIN_REMINDERS", "2y",
         "private delivery records: assignment reminders, champions' digests, weekly reviews, by ISO week"),
    Kept("review_cards", "RETAIN_REVIEW_CARDS", "12m", "weekly-review cards neither due nor reviewed since"),
    # at least a day, longer than the hour a repeated request id is refused in (bot/storage/port.py)
    Kept("request_ids", "RETAIN_REQUEST_IDS", "1d", "Slack request ids and dashboard sign-in link nonces already used"),
    Kept("tickets", "RETAIN_TICKETS", "2y", "questions to advisers and their answers, by the day last changed"),
    Kept("audit", "RETAIN_AUDIT", "6y", "audit log entries, by the day recorded"),
)  # fmt: skip
SESSIONS = Kept("sessions", "RETAIN_SESSIONS", "8h", "a dashboard sign-in (a signed cookie; nothing is stored)")


def retention_from_env(environ: Mapping[str, str]) -> tuple[dict[str, Period], Period]:
    """(how long each kind of PURGE_KINDS is kept, how long a dashboard session lasts) from the environment, each
    its default when unset. Raises ValueError naming the setting for a value that is not a period, a purge
    period under a day or a session over a week."""
    kept = {}
    for row in (*PURGE_KINDS, SESSIONS):
        text = environ.get(row.setting) or row.default
        try:
            kept[row.kind] = parse_period(text, "h" if row is SESSIONS else "dwmy")
        except ValueError as exc:
            raise ValueError(f"{row.setting}: {exc}") from None
    session = kept.pop(SESSIONS.kind)
    if session.length > timedelta(weeks=1):
        raise ValueError(f"{SESSIONS.setting}: a dashboard session lasts at most 168h, not {session}")
    return kept, session


def cutoffs(kept: Mapping[str, Period], now: datetime) -> dict[str, datetime]:
    """Per kind, the instant before which its records are purged at `now` (aware)."""
    return {kind: period.before(now) for kind, period in kept.items()}


class Purger:
    """Purges what is older than the partnership keeps it: on demand (`purge`), and once a day whichever of
    several server instances comes first (`run_due`, claimed in the store like a nudge's delivery)."""

    def __init__(self, store, kept: Mapping[str, Period]):
        self.store = store
        self.kept = dict(kept)

    def purge(self, now: datetime, actor: str, dry_run: bool = False) -> dict[str, int]:
        """Remove every record older than its kind's cutoff at `now` (or only count them, `dry_run`); returns
        {kind: records removed (or that would be)}. A real purge is written to the audit log, counts only."""
        counts = self.store.purge(cutoffs(self.kept, now), dry_run)
        if not dry_run:
            self.store.record_audit(actor, STORAGE_PURGE, "", counts_detail(counts))
        return counts

    async def run_due(self, now: datetime) -> dict[str, int] | None:
        """The day's purge if no instance has run it yet (UTC day of `now`): its counts, logged; else None. The
        store's work runs in a worker thread, off the event loop."""
        day = now.astimezone(UTC).date().isoformat()
        if not await asyncio.to_thread(self.store.claim_purge, day):
            return None
        counts = await asyncio.to_thread(self.purge, now, SERVER)
        logger.warning("daily purge of records past their retention: %s", counts_detail(counts))
        return counts
