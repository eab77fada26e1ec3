"""Chasing assigned learning: private reminders to learners who have not completed an assignment, and a weekly
digest to each champion of their team's overdue learners.

Reminders are paced the way response reminders are in microlearning tools (Arist): the first REMINDER_LEAD
before the due date, then one every REMINDER_EVERY, at most `max_reminders` a round, only on working days in
working hours in the learner's own time zone, and none once the learner has completed. An expired completion
of a recurring assignment starts a new round. Each reminder and digest is claimed like a nudge (the storage
port's delivery claims), so it is sent exactly once whatever runs it and however often.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.nudges import DEFAULT_GRACE, DEFAULT_TZ, DeliveryOutcome, Schedule, Sender, latest_occurrence
from bot.replies import INFO, Reply
from quizzes.assignments import OVERDUE, TO_DO, Progress, assignment_progress
from quizzes.model import Quiz

logger = logging.getLogger(__name__)
REMINDER_LEAD = timedelta(days=7)  # the first reminder a week before the due date
REMINDER_EVERY = timedelta(days=7)  # then one a week, overdue or not, up to the round's limit
MAX_REMINDERS = 3  # a round's reminders unless the partnership sets REMINDERS_MAX
WORKING_DAYS = range(5)  # Monday to Friday
WORKING_HOURS = (time(9, 0), time(17, 0))  # local, from 09:00 to before 17:00
DIGEST_DAY, DIGEST_TIME = 0, "09:00"  # champions' digest: Mondays, 09:00 in the partnership's time zone
DELIVERABLE = ("slack", "msteams")  # platforms the bot can message first


def reminder_number(due: date, today: date, max_reminders: int) -> int:
    """Which reminder of a round due on `due` falls on `today` (1 the first), or 0 before the first; never more
    than `max_reminders`. The first falls REMINDER_LEAD before `due`, each next one REMINDER_EVERY later."""
    first = due - REMINDER_LEAD
    if today < first:
        return 0
    return min(max_reminders, 1 + (today - first) // REMINDER_EVERY)


def reminder_week(due: date, number: int) -> str:
    """The ISO week (YYYY-Www) reminder `number` of a round due on `due` falls in: its claim's period, one a
    reminder, so a reminder sent late or a capped one asked for again is never sent twice."""
    year, week, _ = (due - REMINDER_LEAD + (number - 1) * REMINDER_EVERY).isocalendar()
    return f"{year}-W{week:02d}"


def in_working_hours(now: datetime, tz: str) -> bool:
    """Whether `now` (aware) is on a working day, in working hours, in the time zone `tz` (IANA name)."""
    local = now.astimezone(ZoneInfo(tz))
    return local.weekday() in WORKING_DAYS and WORKING_HOURS[0] <= local.time() < WORKING_HOURS[1]


def reminder_text(quiz: Quiz, row: Progress) -> str:
    when = f"{row.due:%A %-d %B}"
    status = {OVERDUE: f"was due on {when}"}.get(row.state, f"is due by {when}")
    again = " (your last completion has lapsed: it is due again)" if row.completed_on else ""
    return (f"Reminder: the quiz '{quiz.title}' assigned to you {status}{again}. Type 'quiz {quiz.id}' here to "
            "start it or carry on where you left off. It takes a few minutes.")  # fmt: skip


def digest_text(overdue: list[tuple[str, str, date]]) -> str:
    """The champions' weekly digest: (learner name, quiz title, due date) rows, most overdue first."""
    lines = [f"- {name}: {title}, due {due:%-d %B %Y}" for name, title, due in sorted(overdue, key=lambda r: r[2])]
    return "Your team's overdue learning this week:\n" + "\n".join(lines)


class Reminders:
    def __init__(self, store, quizzes: dict[str, Quiz], max_reminders: int = MAX_REMINDERS, tz: str = DEFAULT_TZ):
        self.store = store
        self.quizzes = quizzes
        self.max_reminders = max_reminders
        self.tz = tz  # the partnership's: learners without one of their own, and the champions' digest

    def due(self, now: datetime) -> list[tuple[Schedule, str, Reply]]:
        """Every reminder and champions' digest due at `now` (aware): (the schedule claimed for it, the period,
        the reply). Reads the assignments and the learners once for both."""
        people = {learner.id: learner for learner in self.store.learners()}
        cohorts = [c for c in self.store.cohorts() if c.quiz in self.quizzes]
        rows = assignment_progress(self.store, cohorts, now.astimezone(ZoneInfo(self.tz)).date())
        return self._reminders(now, rows, people) + self._digests(now, rows, people)

    def _reminders(self, now: datetime, rows: list[Progress], people: dict) -> list[tuple[Schedule, str, Reply]]:
        """Each learner's reminder due at `now`, in their own working hours."""
        found = []
        for row in rows:
            platform, _, user = row.learner.partition(":")
            tz = getattr(people.get(row.learner), "tz", "") or self.tz
            if row.state not in TO_DO or platform not in DELIVERABLE or not in_working_hours(now, tz):
                continue
            number = reminder_number(row.due, now.astimezone(ZoneInfo(tz)).date(), self.max_reminders)
            if number:
                # one schedule a round (a lapsed completion's round has a new due date), one period a reminder
                schedule = Schedule(f"reminder-{row.cohort}-{row.learner}-{row.due.isoformat()}", platform, user,
                                    0, "09:00", tz, created_by="reminders")  # fmt: skip
                reply = Reply(INFO, reminder_text(self.quizzes[row.quiz], row), private=True)
                found.append((schedule, reminder_week(row.due, number), reply))
        return found

    def _digests(self, now: datetime, rows: list[Progress], people: dict) -> list[tuple[Schedule, str, Reply]]:
        """Each champion's digest due at `now`: their team's overdue learners, once a week (Monday morning in the
        partnership's time zone, within DEFAULT_GRACE); none for a champion with nobody overdue."""
        champions = [who for who, roles in self.store.roles().items() if "champion" in roles]
        overdue = [row for row in rows if row.state == OVERDUE]
        found = []
        for champion in champions:
            platform, _, user = champion.partition(":")
            team = getattr(people.get(champion), "team", "")
            schedule = Schedule(f"digest-{champion}", platform, user, DIGEST_DAY, DIGEST_TIME, self.tz,
                                created_by="reminders")  # fmt: skip
            period, when = latest_occurrence(schedule, now)
            if not team or platform not in DELIVERABLE or now - when > DEFAULT_GRACE:
                continue
            mine = [(getattr(people.get(r.learner), "name", "") or r.learner, self.quizzes[r.quiz].title, r.due)
                    for r in overdue if getattr(people.get(r.learner), "team", "") == team]  # fmt: skip
            if mine:
                found.append((schedule, period, Reply(INFO, digest_text(mine), private=True)))
        return found

    async def run_due(self, now: datetime, senders: dict[str, Sender]) -> int:
        """Send every reminder and digest due at `now` and not sent before; return how many were sent."""
        due = await asyncio.to_thread(self.due, now)
        return await self._deliver(due, senders)

    async def _deliver(self, due: Iterable[tuple[Schedule, str, Reply]], senders: dict[str, Sender]) -> int:
        due = [(s, p, r) for s, p, r in due if s.platform in senders]
        claims = await asyncio.to_thread(self.store.claim_deliveries, [(s, p) for s, p, _ in due], "sending")
        outcomes, sent = [], 0
        for (schedule, period, reply), claimed in zip(due, claims, strict=True):
            if not claimed:
                continue  # sent before, or being sent by another run
            try:
                await senders[schedule.platform].notify(schedule.channel, reply)
                outcomes.append(DeliveryOutcome(schedule.id, period, "sent", schedule.id.partition("-")[0]))
                sent += 1
            except Exception as exc:  # a learner who left: the others still get theirs
                logger.warning("%s not delivered: %s", schedule.id, exc)
                outcomes.append(DeliveryOutcome(schedule.id, period, "failed", note=str(exc)))
        if outcomes:
            await asyncio.to_thread(self.store.finish_deliveries, outcomes)
        return sent
