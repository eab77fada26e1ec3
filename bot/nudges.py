"""Weekly learning nudges: schedules, what is due, which learning point comes next, and delivery.

Exactly once per (schedule, ISO week in the schedule's time zone): a delivery is claimed in
the store before it is sent and marked sent after. A claim left behind by a crash mid-send is
never sent again (it is reported instead), so a restart cannot duplicate a nudge. A week whose
time passed while nothing ran is sent late if still within the grace window, else skipped.
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.actions import QuickQuestion, ReadMore, encode
from bot.replies import INFO, NUDGE, Choice, Reply
from content.model import ContentStore, Item
from quizzes.model import Quiz

logger = logging.getLogger(__name__)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_TZ = "Europe/London"
DEFAULT_GRACE = timedelta(hours=12)
SEND_CONCURRENCY = 50  # channels sent to at once in a run; each sender still paces each channel
CLAIM_BATCH = 200  # deliveries claimed, then confirmed, in one write each
ACTIVE, PAUSED, CANCELLED, FAILED = "active", "paused", "cancelled", "failed"
NUDGE_KINDS = ("guide", "learning", "review", "fact")  # glossary entries are definitions, not learning points


# Deliveries that are no channel nudge but a message to one person claimed the same way, by their schedule ids:
# reminders and champions' digests (bot/reminders.py), weekly reviews (bot/reviews.py), ticket notices
# (bot/tickets.py; the card to the advisers too, which concerns one person's question).
PERSONAL_DELIVERIES = ("reminder-", "digest-", "review-", "ticket-")


class NudgeError(Exception):
    """A user-facing reason a schedule could not be made or changed."""


class PermanentFailure(Exception):
    """The channel cannot take messages (archived, bot removed): do not try it again."""


class TransientFailure(Exception):
    """Try again on the next run."""


class Sender(Protocol):
    async def send(self, channel: str, reply: Reply) -> str | None:
        """Post in a channel; returns the post's id where the platform gives one a thread hangs on (Slack's ts)."""
        ...

    async def notify(self, user: str, reply: Reply) -> None:
        """A private message to a person (`user` without its platform prefix)."""
        ...


@dataclass(frozen=True)
class Schedule:
    id: str
    platform: str  # slack or msteams
    channel: str
    weekday: int  # 0 = Monday
    time: str  # HH:MM, local
    tz: str
    topics: tuple[str, ...] = ()
    created_by: str = ""
    status: str = ACTIVE
    note: str = ""
    created_at: str = ""  # ISO-8601 UTC: the first nudge is the first slot after this

    def describe(self) -> str:
        topics = f" on {', '.join(self.topics)}" if self.topics else ""
        return f"{self.id}: {self.platform}:{self.channel} every {WEEKDAYS[self.weekday]} {self.time} {self.tz}{topics}"


@dataclass(frozen=True)
class DeliveryOutcome:
    """How a claimed delivery ended: sent (with the item sent) or failed (with why)."""

    schedule: str  # the schedule's id
    period: str  # ISO week, YYYY-Www
    status: str  # sent or failed
    item: str = ""
    note: str = ""


def make_schedule(platform: str, channel: str, day: str, time: str, topics, tz: str, created_by: str, known_topics,
                  now: datetime | None = None):  # fmt: skip
    """Check what someone typed and build the schedule (not yet stored), made at `now` (default: now).

    Raises NudgeError, naming what is wrong without repeating what was typed.
    """
    if day.lower()[:3] not in WEEKDAYS:
        raise NudgeError("That is not a day: use mon, tue, wed, thu, fri, sat or sun.")
    if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", time):
        raise NudgeError("That is not a time: use HH:MM, e.g. 09:00.")
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise NudgeError("That is not a time zone: use one like Europe/London.") from exc
    if any(t not in known_topics for t in topics):
        raise NudgeError(f"Unknown topic; topics are: {', '.join(sorted(known_topics))}.")
    weekday = WEEKDAYS.index(day.lower()[:3])
    made = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    return Schedule(uuid.uuid4().hex[:8], platform, channel, weekday, time, tz, tuple(topics), created_by,
                    created_at=made)  # fmt: skip


def occurrence(schedule: Schedule, year: int, week: int) -> datetime:
    """When the schedule fires in ISO week (year, week), in UTC (local wall time, DST included)."""
    hour, minute = map(int, schedule.time.split(":"))
    local = datetime.fromisocalendar(year, week, schedule.weekday + 1).replace(
        hour=hour, minute=minute, tzinfo=ZoneInfo(schedule.tz)
    )
    return local.astimezone(UTC)


def latest_occurrence(schedule: Schedule, now: datetime) -> tuple[str, datetime]:
    """The most recent firing at or before `now`, and its period key (ISO week, local)."""
    local_now = now.astimezone(ZoneInfo(schedule.tz))
    for back in (0, 7):
        year, week, _ = (local_now - timedelta(days=back)).isocalendar()
        when = occurrence(schedule, year, week)
        if when <= now:
            return f"{year}-W{week:02d}", when
    raise AssertionError("a weekly schedule fires within any 14 days")


class Nudger:
    """Plans and sends nudges; the platform senders are passed in at run time."""

    def __init__(self, store, content: ContentStore, quizzes: dict[str, Quiz], grace: timedelta = DEFAULT_GRACE):
        self.store = store
        self.content = content
        self.quizzes = quizzes
        self.grace = grace
        # `quick_question`'s index of the quizzes, built from the quizzes it last saw (a content reload replaces them)
        self._indexed = None
        self._on_item: dict[str, tuple] = {}  # item id -> its first (quiz, question)
        self._on_subject: dict[str, tuple] = {}  # a quiz's first topic -> (order, quiz, question) of its first question

    def points(self, schedule: Schedule) -> list[Item]:
        """The learning points a schedule draws on, in a fixed order."""
        wanted = set(schedule.topics)
        return [i for i in self.content.items if i.kind in NUDGE_KINDS and (not wanted or wanted & set(i.topics))]

    def next_point(self, schedule: Schedule) -> Item:
        """The point the channel has seen least often, first in order among equals: so every point
        of the schedule's topics comes round once before any comes round again."""
        return self.next_points([schedule])[0]

    def next_points(self, schedules: Sequence[Schedule]) -> list[Item]:
        """`next_point` of each schedule, from one read of their channels' rotation counts, the points of each set
        of topics listed once: a run's schedules mostly share their topics, and listing them is most of the Python
        work a delivery costs (which, in a worker thread, competes with the event loop for the interpreter)."""
        seen = self.store.delivered_counts({(schedule.platform, schedule.channel) for schedule in schedules})
        listed: dict[tuple[str, ...], list[Item]] = {}
        chosen = []
        for schedule in schedules:
            topics = tuple(schedule.topics)
            if topics not in listed:
                listed[topics] = self.points(schedule)
            counts = seen[schedule.platform, schedule.channel]
            # the first point never sent is the least seen, found without counting all of them (as `min` would)
            unseen = next((point for point in listed[topics] if not counts.get(point.id)), None)
            chosen.append(unseen or min(listed[topics], key=lambda point: counts.get(point.id, 0)))
        return chosen

    def quick_question(self, item: Item):
        """(quiz, question): the first quiz question on the point itself, else the first of a quiz whose subject
        (first topic) is one of the point's topics; None when there is neither."""
        if self._indexed is not self.quizzes:
            self._on_item, self._on_subject = {}, {}
            for order, (quiz, question) in enumerate((z, q) for z in self.quizzes.values() for q in z.questions):
                self._on_item.setdefault(question.item, (quiz, question))
                if quiz.topics:
                    self._on_subject.setdefault(quiz.topics[0], (order, quiz, question))
            self._indexed = self.quizzes
        if item.id in self._on_item:
            return self._on_item[item.id]
        related = [self._on_subject[topic] for topic in item.topics if topic in self._on_subject]
        return min(related, key=lambda found: found[0])[1:] if related else None

    def compose(self, schedule: Schedule, period: str | None, item: Item) -> Reply:
        """The nudge for ISO week `period`; a preview (period None) carries no counted buttons."""
        citation = self.content.citation_for(item)
        choices = []
        if citation.url:
            counted = encode(ReadMore(schedule.id, period)) if period else ""
            choices.append(Choice("Read more", counted, url=citation.url))
        asked = self.quick_question(item)
        if asked and period:
            quiz, question = asked
            choices.append(Choice("Quick question", encode(QuickQuestion(schedule.id, period, quiz.id, question.id))))
        return Reply(NUDGE, f"This week's learning: {item.text}", (citation,), topics=item.topics,
                     choices=tuple(choices))  # fmt: skip

    def due(self, now: datetime) -> list[tuple[Schedule, str]]:
        """The (schedule, ISO week) pairs to send at `now`. A week whose time passed more than the grace ago
        unsent is claimed as skipped instead (and logged, once). Reads each week's deliveries once."""
        found, late = [], []
        claimed: dict[str, set[str]] = {}  # week -> schedules with a delivery record
        for schedule in self.store.schedules():
            if schedule.status != ACTIVE:
                continue
            period, when = latest_occurrence(schedule, now)
            if schedule.created_at and when <= datetime.fromisoformat(schedule.created_at):
                continue  # the slot passed before the schedule existed: the first is the next one
            if period not in claimed:
                claimed[period] = {d["schedule"] for d in self.store.deliveries(period)}
            if schedule.id in claimed[period]:
                continue
            (late if now - when > self.grace else found).append((schedule, period))
        skipped = self.store.claim_deliveries(late, "skipped") if late else []
        for (schedule, period), newly in zip(late, skipped, strict=True):
            if newly:
                logger.warning("nudge %s for %s skipped: its time passed more than %s ago", schedule.id, period,
                               self.grace)  # fmt: skip
        return found

    async def run_due(self, now: datetime, senders: dict[str, Sender]) -> dict[str, int]:
        """Send everything due and unsent at `now`; return counts by outcome (sent, failed, retry).

        Deliveries go CLAIM_BATCH at a time: claimed in one write, sent up to SEND_CONCURRENCY channels at once
        (each sender paces its own channels), their outcomes recorded in one write. Every store call runs in a
        worker thread, and while one batch is sent that thread records the outcomes of the batch before it, then
        claims the batch after it and chooses its points (`_prepare`): the store's writes (fsyncs, round trips)
        are hidden behind the sends instead of adding to them. So a run to thousands of channels costs tens of
        writes and never holds up the event loop; a crash mid-run leaves at most two batches claimed and
        unconfirmed (interrupted(), never resent): the one being sent, and the one before it (its outcomes
        being written) or the one after it (claimed already). A channel's point is chosen from the counts
        recorded before its batch was claimed, so two schedules of one channel in neighbouring batches may be
        given the same point, as two in one batch may."""
        gate = asyncio.Semaphore(SEND_CONCURRENCY)
        due = []
        for schedule, period in await asyncio.to_thread(self.due, now):
            if schedule.platform in senders:
                due.append((schedule, period))
            else:
                logger.warning("nudge %s: %s is not configured on this server", schedule.id, schedule.platform)
        batches = [due[start : start + CLAIM_BATCH] for start in range(0, len(due), CLAIM_BATCH)]
        counts: Counter[str] = Counter()
        mine, items = await asyncio.to_thread(self._prepare, [], batches[0]) if batches else ([], [])
        finished: list[DeliveryOutcome] = []  # outcomes of the batch sent last, not yet recorded
        for following in [*batches[1:], []] if batches else []:
            preparing = asyncio.ensure_future(asyncio.to_thread(self._prepare, finished, following))
            try:
                ended = await asyncio.gather(
                    *(
                        self._deliver(s, p, item, senders[s.platform], gate)
                        for (s, p), item in zip(mine, items, strict=True)
                    )
                )
            finally:  # the batch before was sent: its outcomes are recorded even when this one is cut short
                mine, items = await preparing
            finished = [outcome for outcome in ended if outcome]
            counts.update(outcome.status if outcome else "retry" for outcome in ended)
        if finished:
            await asyncio.to_thread(self.store.finish_deliveries, finished)
        return {outcome: counts[outcome] for outcome in ("sent", "failed", "retry")}

    def _prepare(
        self, finished: list[DeliveryOutcome], batch: list[tuple[Schedule, str]]
    ) -> tuple[list[tuple[Schedule, str]], list[Item]]:
        """In a worker thread: record the outcomes of the batch sent, then claim `batch` and choose its points,
        in one call (one thread, not several, competes with the event loop for the interpreter). Returns the
        (schedule, week)s of `batch` claimed now (not by another instance first) and the point for each."""
        if finished:
            self.store.finish_deliveries(finished)
        if not batch:
            return [], []
        claims = self.store.claim_deliveries(batch, "sending")
        mine = [(schedule, period) for (schedule, period), claimed in zip(batch, claims, strict=True) if claimed]
        return mine, self.next_points([schedule for schedule, _ in mine])

    async def _deliver(
        self, schedule: Schedule, period: str, item: Item, sender: Sender, gate
    ) -> DeliveryOutcome | None:
        """Send one claimed delivery of `item`: how it ended (sent, or failed for good), or None when it was
        released to be tried again at the next run."""
        async with gate:
            try:
                await sender.send(schedule.channel, self.compose(schedule, period, item))
            except PermanentFailure as exc:
                await asyncio.to_thread(self.store.save_schedule, replace(schedule, status=FAILED, note=str(exc)))
                logger.warning("nudge %s failed for good: %s", schedule.id, exc)
                await self._tell_champion(sender, schedule, str(exc))
                return DeliveryOutcome(schedule.id, period, "failed", item.id, str(exc))
            except TransientFailure as exc:
                await asyncio.to_thread(self.store.release_delivery, schedule.id, period)
                logger.warning("nudge %s will be retried: %s", schedule.id, exc)
                return None
            return DeliveryOutcome(schedule.id, period, "sent", item.id)

    async def _tell_champion(self, sender: Sender, schedule: Schedule, reason: str) -> None:
        platform, _, user = schedule.created_by.partition(":")
        if platform != schedule.platform or not user:
            return  # scheduled from the terminal: the log line is the report
        text = f"Your weekly nudge {schedule.describe()} could not be delivered and has stopped: {reason}"
        try:
            await sender.notify(user, Reply(INFO, text))
        except Exception:
            logger.warning("could not tell %s that nudge %s failed", schedule.created_by, schedule.id)

    def interrupted(self) -> list[dict]:
        """Deliveries claimed but never confirmed: a crash mid-send. They are not sent again."""
        return [d for d in self.store.deliveries() if d["status"] == "sending"]


def nudge_engagement(store) -> list[dict]:
    """Per delivered nudge: where, what, and how people engaged with it (not the messages to one person, which
    are claimed the same way: PERSONAL_DELIVERIES)."""
    events = Counter((e["schedule"], e["period"], e["kind"]) for e in store.nudge_events())
    rows = []
    nudges = (d for d in store.deliveries() if not d["schedule"].startswith(PERSONAL_DELIVERIES))
    for d in sorted(nudges, key=lambda d: (d["period"], d["schedule"])):
        key = (d["schedule"], d["period"])
        rows.append(
            {
                "schedule": d["schedule"],
                "period": d["period"],
                "platform": d["platform"],
                "channel": d["channel"],
                "status": d["status"],
                "item": d["item"],
                "delivered": d["status"] == "sent",
                **{kind: events[(*key, kind)] for kind in ("asked", "answered", "correct", "read_more")},
            }
        )
    return rows
