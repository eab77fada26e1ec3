"""The PostgreSQL engine of the storage port, for deployments beyond one process (chosen by DATABASE_URL).

Rows instead of files: every claim is one statement (`INSERT ... ON CONFLICT DO NOTHING` or a conditional
`UPDATE`), so several server instances on one database answer each Slack event once, send each nudge once
and store each quiz answer once. The schema is created and migrated at start-up by the numbered SQL files
in bot/storage/migrations/, applied in order, each in its own transaction, under an advisory lock so two
instances starting together do not both apply one. Connections come from a psycopg_pool pool; methods are
synchronous (the doors call the core in worker threads), each one transaction.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import asdict, fields, replace
from datetime import UTC, date, datetime
from importlib import resources
from typing import ClassVar

import orjson
import psycopg
from psycopg.rows import dict_row, tuple_row
from psycopg.types.json import Jsonb, set_json_loads
from psycopg_pool import ConnectionPool

from bot.nudges import PERSONAL_DELIVERIES, DeliveryOutcome, Schedule
from bot.storage.port import (
    REQUEST_ID_MEMORY,
    SUBJECT_KINDS,
    StoreDamaged,
    check_purge_kinds,
    check_rating,
    check_role,
    check_scope,
    cutoff_day,
    cutoff_week,
    erased_certificate,
    held_about,
    names_person,
    normalised_gap,
    sorted_gaps,
    sorted_urgency_feedback,
    sorted_votes,
    without_person,
)
from bot.tickets import TICKET_PEOPLE, Ticket
from quizzes.certificates import CERTIFICATE_FOR, CERTIFICATE_KEY
from quizzes.tracking import (
    COMPLETED,
    IN_PROGRESS,
    Answer,
    AnswerTally,
    Attempt,
    Cohort,
    FirstTry,
    Learner,
    tally_answers,
)

_MIGRATION_LOCK = 0x5AFE6AD  # pg_advisory_xact_lock key: one instance migrates at a time
_CHECK_URL = "check DATABASE_URL and that the database server is running"
POOL_SIZE = 8
# Fields later migrations added, with the value a record exported before them stands for.
_ADDED_SINCE = {"learner": {"tz": ""}, "cohort": {"every_months": None, "assigned_on": None}, "role": {"scope": ""},
                "vote": {"last_at": ""}, "urgency_feedback": {"last_at": ""}}  # fmt: skip
_PERSONAL = "^(" + "|".join(re.escape(prefix) for prefix in PERSONAL_DELIVERIES) + ")"  # their schedule ids


def migrations() -> list[tuple[int, str]]:
    """[(version, sql)] of bot/storage/migrations/NNNN_name.sql, in order."""
    folder = resources.files("bot.storage") / "migrations"
    return sorted((int(p.name[:4]), p.read_text(encoding="utf-8")) for p in folder.iterdir() if p.name.endswith(".sql"))


def migrate(conninfo: str) -> list[int]:
    """Apply the migrations the database has not had yet; returns the versions applied now.

    Raises StoreDamaged when the database cannot be reached or holds a newer schema than this code knows."""
    try:
        with psycopg.connect(conninfo, autocommit=False) as conn:
            applied_now = []
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at text)")
            done = {row[0] for row in conn.execute("SELECT version FROM schema_version")}
            known = migrations()
            if done and max(done) > known[-1][0]:
                raise StoreDamaged(
                    "the database",
                    f"schema version {max(done)} is newer than this release",
                    "upgrade safeguard-bot, or restore the database from the backup taken before",
                )
            for version, sql in known:
                if version not in done:
                    conn.execute(sql)
                    conn.execute(
                        "INSERT INTO schema_version VALUES (%s, %s)",
                        (version, datetime.now(UTC).isoformat(timespec="seconds")),
                    )
                    applied_now.append(version)
            conn.commit()
            return applied_now
    except psycopg.OperationalError as exc:
        raise StoreDamaged("the database", f"cannot connect: {exc.__class__.__name__}", _CHECK_URL) from None


def _configure(conn: psycopg.Connection) -> None:
    # jsonb read with orjson: a report reads a ratings document per learner and quiz, tens of thousands.
    set_json_loads(orjson.loads, conn)
    # No JIT: every statement here is short, and compiling one (10-30 ms) costs more than it saves.
    conn.execute("SET jit = off")
    conn.commit()


class PostgresStore:
    """The PostgreSQL engine of the storage port (bot/storage/port.py: Store)."""

    def __init__(self, conninfo: str, pool_size: int = POOL_SIZE):
        migrate(conninfo)
        self._pool = ConnectionPool(
            conninfo, min_size=1, max_size=pool_size, open=True, kwargs={"row_factory": dict_row}, configure=_configure
        )

    def close(self) -> None:
        self._pool.close()

    def _rows(self, sql: str, params=()) -> list[dict]:
        with self._pool.connection() as conn:
            return conn.execute(sql, params).fetchall()

    def _write(self, sql: str, params=()) -> None:
        """A statement whose result is not needed (an upsert, an insert that may conflict)."""
        with self._pool.connection() as conn:
            conn.execute(sql, params)

    def _one(self, sql: str, params=()) -> dict | None:
        with self._pool.connection() as conn:
            return conn.execute(sql, params).fetchone()

    def check(self) -> None:
        """Reach the database and its schema; raises StoreDamaged saying what cannot be read."""
        try:
            self._one("SELECT max(version) AS v FROM schema_version")
        except psycopg.Error as exc:
            raise StoreDamaged("the database", exc.__class__.__name__, _CHECK_URL) from None

    # Learners, roles, cohorts, settings

    def save_learner(self, learner: Learner) -> None:
        self._write(
            "INSERT INTO learners (id, name, team, agency, tz) VALUES (%(id)s, %(name)s, %(team)s, %(agency)s, "
            "%(tz)s) ON CONFLICT (id) DO UPDATE SET name = excluded.name, team = excluded.team, "
            "agency = excluded.agency, tz = excluded.tz",
            asdict(learner),
        )

    def learner(self, learner_id: str) -> Learner | None:
        row = self._one("SELECT id, name, team, agency, tz FROM learners WHERE id = %s", (learner_id,))
        return Learner(**row) if row else None

    def learners(self) -> list[Learner]:
        return [Learner(**row) for row in self._rows("SELECT id, name, team, agency, tz FROM learners ORDER BY seq")]

    def grant_role(self, learner_id: str, role: str, scope: str = "") -> None:
        check_role(role)
        check_scope(scope)
        self._write(
            "INSERT INTO roles (learner, role, scope) VALUES (%s, %s, %s) ON CONFLICT (learner, role) DO UPDATE "
            "SET scope = excluded.scope",
            (learner_id, role, scope),
        )

    def role_scope(self, learner_id: str, role: str) -> str | None:
        row = self._one("SELECT scope FROM roles WHERE learner = %s AND role = %s", (learner_id, role))
        return row["scope"] if row else None

    def revoke_role(self, learner_id: str, role: str) -> bool:
        return bool(self._rows("DELETE FROM roles WHERE learner = %s AND role = %s RETURNING role", (learner_id, role)))

    def roles(self) -> dict[str, list[str]]:
        granted: dict[str, list[str]] = {}
        for row in self._rows("SELECT learner, role FROM roles ORDER BY learner, role"):
            granted.setdefault(row["learner"], []).append(row["role"])
        return granted

    def save_cohort(self, cohort: Cohort) -> None:
        self._write(
            "INSERT INTO cohorts (id, quiz, learners, due, name, every_months, assigned_on) VALUES (%s, %s, %s, %s, "
            "%s, %s, %s) ON CONFLICT (id) DO UPDATE SET quiz = excluded.quiz, learners = excluded.learners, "
            "due = excluded.due, name = excluded.name, every_months = excluded.every_months, "
            "assigned_on = excluded.assigned_on",
            (
                cohort.id,
                cohort.quiz,
                Jsonb(list(cohort.learners)),
                cohort.due,
                cohort.name,
                cohort.every_months,
                cohort.assigned_on,
            ),
        )

    def cohorts(self) -> list[Cohort]:
        rows = self._rows("SELECT id, quiz, learners, due, name, every_months, assigned_on FROM cohorts ORDER BY seq")
        return [
            Cohort(
                r["id"],
                r["quiz"],
                tuple(r["learners"]),
                date.fromisoformat(str(r["due"])),
                r["name"],
                r["every_months"],
                date.fromisoformat(str(r["assigned_on"])) if r["assigned_on"] else None,
            )
            for r in rows
        ]

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self._one("SELECT value FROM settings WHERE key = %s", (key,))
        return row["value"] if row else default

    def save_setting(self, key: str, value: str) -> None:
        self._write(
            "INSERT INTO settings VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # Content feedback: gaps, votes, urgency decisions (counts only, never a message)

    def record_gap(self, question: str, when: datetime | None = None) -> None:
        key = normalised_gap(question)
        if not key:
            return
        stamp = (when or datetime.now(UTC)).isoformat(timespec="seconds")
        self._write(
            "INSERT INTO gaps VALUES (%s, 1, %s, %s) ON CONFLICT (question) DO UPDATE "
            "SET count = gaps.count + 1, last_asked = excluded.last_asked",
            (key, stamp, stamp),
        )

    def gaps(self) -> list[dict]:
        return sorted_gaps(self._rows("SELECT question, count, first_asked, last_asked FROM gaps"))

    def record_vote(self, refs: list[str], helpful: bool) -> None:
        column = "helpful" if helpful else "not_helpful"  # one of two names, never from input
        stamp = datetime.now(UTC).isoformat(timespec="seconds")  # the last vote's time, for the retention purge
        with self._pool.connection() as conn:
            for ref in refs:
                conn.execute(
                    f"INSERT INTO vote_counts (source, {column}, last_at) VALUES (%s, 1, %s) ON CONFLICT (source) "
                    f"DO UPDATE SET {column} = vote_counts.{column} + 1, last_at = excluded.last_at",
                    (ref, stamp),
                )

    def votes(self) -> list[dict]:
        return sorted_votes(self._rows("SELECT source, helpful, not_helpful FROM vote_counts"))

    def record_urgency_feedback(self, verdict: str, cls: str) -> None:
        self._write(
            "INSERT INTO urgency_feedback (verdict, cls, count, last_at) VALUES (%s, %s, 1, %s) ON CONFLICT "
            "(verdict, cls) DO UPDATE SET count = urgency_feedback.count + 1, last_at = excluded.last_at",
            (verdict, cls, datetime.now(UTC).isoformat(timespec="seconds")),
        )

    def urgency_feedback(self) -> list[dict]:
        return sorted_urgency_feedback(self._rows("SELECT verdict, cls, count FROM urgency_feedback"))

    # Teams conversation references

    def save_conversation(self, conversation_id: str, reference: dict) -> None:
        self._write(
            "INSERT INTO conversations (id, reference) VALUES (%s, %s) ON CONFLICT (id) DO UPDATE "
            "SET reference = excluded.reference",
            (conversation_id, Jsonb(reference)),
        )

    def has_conversation(self, conversation_id: str) -> bool:
        return self._one("SELECT 1 AS x FROM conversations WHERE id = %s", (conversation_id,)) is not None

    def delete_conversation(self, conversation_id: str) -> bool:
        return bool(self._rows("DELETE FROM conversations WHERE id = %s RETURNING id", (conversation_id,)))

    def conversations(self) -> list[dict]:
        return [row["reference"] for row in self._rows("SELECT reference FROM conversations ORDER BY seq")]

    # Nudge schedules, deliveries (one row per schedule and week: the primary key is the claim) and engagement

    def save_schedule(self, schedule: Schedule) -> None:
        doc = asdict(schedule) | {"topics": list(schedule.topics)}
        self._write(
            "INSERT INTO schedules (id, doc) VALUES (%s, %s) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc",
            (schedule.id, Jsonb(doc)),
        )

    @staticmethod
    def _schedule(doc: dict) -> Schedule:
        return Schedule(**(doc | {"topics": tuple(doc["topics"])}))

    def schedules(self) -> list[Schedule]:
        return [self._schedule(row["doc"]) for row in self._rows("SELECT doc FROM schedules ORDER BY seq")]

    def schedule(self, schedule_id: str) -> Schedule | None:
        row = self._one("SELECT doc FROM schedules WHERE id = %s", (schedule_id,))
        return self._schedule(row["doc"]) if row else None

    def claim_deliveries(self, claims: Sequence[tuple[Schedule, str]], status: str) -> list[bool]:
        if not claims:
            return []
        rows = [(schedule.id, period, schedule.platform, schedule.channel) for schedule, period in claims]
        columns = [list(column) for column in zip(*rows, strict=True)]
        won = {
            (row["schedule"], row["period"])
            for row in self._rows(
                "INSERT INTO deliveries (schedule, period, status, platform, channel, at) "
                "SELECT c.schedule, c.period, %s, c.platform, c.channel, %s "
                "FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[]) WITH ORDINALITY "
                "AS c(schedule, period, platform, channel, n) ORDER BY c.n "
                "ON CONFLICT (schedule, period) DO NOTHING RETURNING schedule, period",
                (status, datetime.now(UTC).isoformat(), *columns),
            )
        }
        claimed = []
        for schedule, period in claims:  # a claim repeated within `claims` wins once
            claimed.append((schedule.id, period) in won)
            won.discard((schedule.id, period))
        return claimed

    def finish_deliveries(self, outcomes: Sequence[DeliveryOutcome]) -> None:
        if not outcomes:
            return
        rows = [(o.schedule, o.period, o.status, o.item, o.note) for o in outcomes]
        columns = [list(column) for column in zip(*rows, strict=True)]
        with self._pool.connection() as conn:
            ended = conn.execute(
                "UPDATE deliveries d SET status = o.status, item = o.item, note = o.note, at = %s "
                "FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[], %s::text[]) "
                "AS o(schedule, period, status, item, note) WHERE d.schedule = o.schedule AND d.period = o.period "
                "RETURNING d.platform, d.channel, o.item, o.status",
                (datetime.now(UTC).isoformat(), *columns),
            ).fetchall()
            sent = Counter((f"{r['platform']}:{r['channel']}", r["item"]) for r in ended if r["status"] == "sent")
            if sent:
                conn.execute(
                    "INSERT INTO rotation SELECT * FROM unnest(%s::text[], %s::text[], %s::int[]) "
                    "ON CONFLICT (channel, item) DO UPDATE SET count = rotation.count + excluded.count",
                    ([c for c, _ in sent], [i for _, i in sent], list(sent.values())),
                )

    def release_delivery(self, schedule_id: str, period: str) -> None:
        self._write("DELETE FROM deliveries WHERE schedule = %s AND period = %s", (schedule_id, period))

    _DELIVERY = "SELECT schedule, period, status, platform, channel, item, note, at FROM deliveries"

    def delivery(self, schedule_id: str, period: str) -> dict | None:
        return self._one(f"{self._DELIVERY} WHERE schedule = %s AND period = %s", (schedule_id, period))

    def deliveries(self, period: str | None = None) -> list[dict]:
        if period is None:
            return self._rows(f"{self._DELIVERY} ORDER BY period, seq")
        return self._rows(f"{self._DELIVERY} WHERE period = %s ORDER BY seq", (period,))

    def delivered_counts(self, channels: Collection[tuple[str, str]]) -> dict[tuple[str, str], dict[str, int]]:
        keys = {f"{platform}:{channel}": (platform, channel) for platform, channel in channels}
        counts: dict[tuple[str, str], dict[str, int]] = {asked: {} for asked in keys.values()}
        if keys:  # one statement for the whole batch: a round trip and a commit per channel cost a run seconds
            rows = self._rows("SELECT channel, item, count FROM rotation WHERE channel = ANY(%s)", (list(keys),))
            for row in rows:
                counts[keys[row["channel"]]][row["item"]] = row["count"]
        return counts

    def record_nudge_event(self, schedule_id: str, period: str, kind: str, user: str) -> bool:
        return bool(
            self._rows(
                'INSERT INTO nudge_events (schedule, period, kind, "user") VALUES (%s, %s, %s, %s) '
                "ON CONFLICT DO NOTHING RETURNING kind",
                (schedule_id, period, kind, user),
            )
        )

    def has_nudge_event(self, schedule_id: str, period: str, kind: str, user: str) -> bool:
        row = self._one(
            'SELECT 1 AS x FROM nudge_events WHERE schedule = %s AND period = %s AND kind = %s AND "user" = %s',
            (schedule_id, period, kind, user),
        )
        return row is not None

    def nudge_events(self) -> list[dict]:
        return self._rows('SELECT schedule, period, kind, "user" AS user FROM nudge_events ORDER BY period, seq')

    # Spaced repetition

    def save_review_learner(self, learner: str, active: bool) -> None:
        self._write(
            "INSERT INTO review_learners (learner, active) VALUES (%s, %s) ON CONFLICT (learner) DO UPDATE "
            "SET active = excluded.active",
            (learner, active),
        )

    def review_learners(self) -> list[str]:
        return [row["learner"] for row in self._rows("SELECT learner FROM review_learners WHERE active ORDER BY seq")]

    def review_cards(self, learner: str) -> dict[str, dict]:
        rows = self._rows("SELECT key, card FROM review_cards WHERE learner = %s", (learner,))
        return {row["key"]: row["card"] for row in rows}

    def save_review_card(self, learner: str, key: str, card: dict) -> None:
        self._write(
            "INSERT INTO review_cards VALUES (%s, %s, %s) ON CONFLICT (learner, key) DO UPDATE "
            "SET card = excluded.card",
            (learner, key, Jsonb(card)),
        )

    # Attempts: a row each, answers a row each keyed by (attempt, question), so a repeat is a no-op

    _COLUMNS = "id, quiz, learner, started_at, status, ratings, finished_at, score, passed, item_versions, seq"
    _ATTEMPT = f"SELECT {_COLUMNS} FROM attempts"

    @staticmethod
    def _with_answers(conn, rows: list[dict]) -> list[Attempt]:
        if not rows:
            return []
        answers: dict[str, list[dict]] = {}
        for a in conn.execute(
            "SELECT attempt, question, option, correct, at FROM answers WHERE attempt = ANY(%s) ORDER BY seq",
            ([r["id"] for r in rows],),
        ):
            answers.setdefault(a.pop("attempt"), []).append(a)
        return [Attempt.from_doc(row | {"answers": answers.get(row["id"], [])}) for row in rows]

    def _attempts_where(self, where: str, params=()) -> list[Attempt]:
        with self._pool.connection() as conn:
            return self._with_answers(conn, conn.execute(f"{self._ATTEMPT} WHERE {where}", params).fetchall())

    def start_attempt(
        self, quiz_id: str, learner_id: str, started_at: datetime, item_versions: Mapping[str, int] | None = None
    ) -> Attempt:
        # The id keeps the embedded engine's shape (quiz~YYYY-MM-NNN~hex, which buttons carry); 000: no shard.
        attempt_id = f"{quiz_id}~{started_at:%Y-%m}-000~{uuid.uuid4().hex[:12]}"
        self._write(
            "INSERT INTO attempts (id, quiz, learner, started_at, status, item_versions) VALUES (%s, %s, %s, %s, %s, "
            "%s) ON CONFLICT (quiz, learner) WHERE status = 'in_progress' DO NOTHING",
            (attempt_id, quiz_id, learner_id, started_at.isoformat(timespec="seconds"), IN_PROGRESS,
             Jsonb(dict(item_versions or {}))),
        )  # fmt: skip
        return self.open_attempt(learner_id, quiz_id)

    def open_attempt(self, learner_id: str, quiz_id: str) -> Attempt | None:
        found = self._attempts_where("quiz = %s AND learner = %s AND status = %s", (quiz_id, learner_id, IN_PROGRESS))
        return found[0] if found else None

    def open_attempts(self, learner_id: str) -> list[Attempt]:
        found = self._attempts_where("learner = %s AND status = %s", (learner_id, IN_PROGRESS))
        return sorted(found, key=lambda a: a.started_at, reverse=True)

    def attempt(self, attempt_id: str) -> Attempt | None:
        found = self._attempts_where("id = %s", (attempt_id,))
        return found[0] if found else None

    def _locked(self, conn, attempt_id: str) -> Attempt:
        rows = conn.execute(f"{self._ATTEMPT} WHERE id = %s FOR UPDATE", (attempt_id,)).fetchall()
        if not rows:
            raise KeyError(attempt_id)
        return self._with_answers(conn, rows)[0]

    def record_answer(self, attempt_id: str, answer: Answer) -> Attempt:
        with self._pool.connection() as conn:
            attempt = self._locked(conn, attempt_id)  # row lock: a finish and an answer do not interleave
            if attempt.status != COMPLETED and not attempt.answer_to(answer.question):
                conn.execute(
                    "INSERT INTO answers (attempt, question, option, correct, at) VALUES (%s, %s, %s, %s, %s)",
                    (attempt_id, answer.question, answer.option, answer.correct, answer.at),
                )
                attempt.answers.append(answer)
            return attempt

    def record_rating(self, attempt_id: str, rating: str, value: int) -> Attempt:
        check_rating(rating)
        with self._pool.connection() as conn:
            attempt = self._locked(conn, attempt_id)
            if rating not in attempt.ratings:
                conn.execute(
                    "UPDATE attempts SET ratings = ratings || %s WHERE id = %s", (Jsonb({rating: value}), attempt_id)
                )
                attempt.ratings[rating] = value
            return attempt

    def finish_attempt(self, attempt_id: str, finished_at: str, score: int, passed: bool) -> Attempt:
        with self._pool.connection() as conn:
            attempt = self._locked(conn, attempt_id)
            if attempt.status != COMPLETED:
                conn.execute(
                    "UPDATE attempts SET status = %s, finished_at = %s, score = %s, passed = %s WHERE id = %s",
                    (COMPLETED, finished_at, score, passed, attempt_id),
                )
                attempt = replace(attempt, status=COMPLETED, finished_at=finished_at, score=score, passed=passed)
            return attempt

    def attempts(self, quiz_id: str | None = None) -> Iterator[Attempt]:
        """Every attempt (of one quiz), by quiz then in the order started; read in pages, so memory stays flat."""
        after = ("", 0)
        one_quiz = " AND quiz = %s" if quiz_id else ""
        while True:
            with self._pool.connection() as conn:
                rows = conn.execute(
                    f"{self._ATTEMPT} WHERE (quiz, seq) > (%s, %s){one_quiz} ORDER BY quiz, seq LIMIT 2000",
                    (*after, quiz_id) if quiz_id else after,
                ).fetchall()
                if not rows:
                    return
                after = (rows[-1]["quiz"], rows[-1]["seq"])
                page = self._with_answers(conn, rows)
            yield from page

    def first_attempts(
        self, quiz_id: str, since: date | None = None, until: date | None = None
    ) -> list[tuple[FirstTry, FirstTry | None]]:
        started, done = (", ".join(f"{alias}.{c}" for c in FirstTry._fields) for alias in ("s", "d"))
        if since or until:  # the firsts within a window, from the window's attempts
            order = 'ORDER BY learner, started_at COLLATE "C", id COLLATE "C"'
            query = (
                "WITH w AS (SELECT * FROM attempts WHERE quiz = %(quiz)s AND left(started_at, 10) BETWEEN %(low)s "
                f"AND %(high)s), s AS (SELECT DISTINCT ON (learner) * FROM w {order}), d AS (SELECT DISTINCT ON "
                f"(learner) * FROM w WHERE status = %(done)s {order}) SELECT {started}, d.id, {done} FROM s LEFT JOIN "
                'd ON d.learner = s.learner ORDER BY s.started_at COLLATE "C", s.id COLLATE "C"'
            )
        else:  # each learner's firsts, kept by migration 0003's trigger: one row per learner read
            # Each attempt looked up by its key (LATERAL ... OFFSET 0 keeps the planner from swapping the lookups for
            # a scan of every attempt, which it estimates cheaper on a small table and is not): one row a learner.
            row = ", ".join(FirstTry._fields)
            query = (
                f"SELECT {started}, f.done_id, {done} FROM first_attempts f "
                f"CROSS JOIN LATERAL (SELECT {row} FROM attempts WHERE id = f.started_id OFFSET 0) s "
                f"LEFT JOIN LATERAL (SELECT {row} FROM attempts WHERE id = f.done_id AND f.done_id <> f.started_id "
                "OFFSET 0) d ON true WHERE f.quiz = %(quiz)s "
                'ORDER BY f.started_at COLLATE "C", f.started_id COLLATE "C"'
            )
        params = {"quiz": quiz_id, "low": (since or date.min).isoformat(), "high": (until or date.max).isoformat()}
        width = len(FirstTry._fields)
        with self._pool.connection() as conn, conn.cursor(row_factory=tuple_row) as cursor:
            rows = cursor.execute(query, params | {"done": COMPLETED}).fetchall()
        pairs = []
        for row in rows:  # the first started, the id of the first completed, then its columns when it is another
            first, done_id = FirstTry(*row[:width]), row[width]
            pairs.append(
                (first, None if done_id is None else first if done_id == first.id else FirstTry(*row[width + 1 :]))
            )
        return pairs

    def last_completions(self, quiz_id: str, learners: Collection[str]) -> dict[str, FirstTry]:
        columns = ", ".join(FirstTry._fields)
        with self._pool.connection() as conn, conn.cursor(row_factory=tuple_row) as cursor:
            rows = cursor.execute(
                f"SELECT DISTINCT ON (learner) {columns} FROM attempts WHERE quiz = %s AND status = %s AND learner = "
                'ANY(%s) ORDER BY learner, finished_at COLLATE "C" DESC, id COLLATE "C" DESC',
                (quiz_id, COMPLETED, list(learners)),
            ).fetchall()
        return {row[1]: FirstTry(*row) for row in rows}

    def answer_tallies(
        self, attempt_ids: Collection[str], top: Collection[str] = (), bottom: Collection[str] = ()
    ) -> dict[str, AnswerTally]:
        ids = list(dict.fromkeys(attempt_ids))
        top, bottom = set(top), set(bottom)
        with self._pool.connection() as conn, conn.cursor(row_factory=tuple_row) as cursor:
            counted = cursor.execute(
                "SELECT n.question, n.option, n.correct, c.top, c.bottom, count(*) "
                "FROM unnest(%b::text[], %b::bool[], %b::bool[]) AS c(attempt, top, bottom) CROSS JOIN LATERAL "
                "(SELECT question, option, correct FROM answers WHERE attempt = c.attempt OFFSET 0) n "
                "GROUP BY 1, 2, 3, 4, 5",  # looked up per attempt by its key (as in first_attempts), never a scan
                (ids, [i in top for i in ids], [i in bottom for i in ids]),
            ).fetchall()
        return tally_answers(counted)

    # Records: backup, restore and copy between engines (bot/storage/records.py)

    _EXPORTS = (
        ("learner", "SELECT id, name, team, agency, tz FROM learners ORDER BY seq"),
        ("role", "SELECT learner, role, scope FROM roles ORDER BY learner, role"),
        ("cohort", "SELECT id, quiz, learners, due::text AS due, name, every_months, assigned_on::text AS assigned_on "
                   "FROM cohorts ORDER BY seq"),
        ("setting", "SELECT key, value FROM settings ORDER BY key"),
        ("gap", "SELECT question, count, first_asked, last_asked FROM gaps ORDER BY question"),
        ("vote", "SELECT source, helpful, not_helpful, last_at FROM vote_counts ORDER BY source"),
        ("urgency_feedback", "SELECT verdict, cls, count, last_at FROM urgency_feedback ORDER BY verdict, cls"),
        ("conversation", "SELECT id, reference FROM conversations ORDER BY seq"),
        ("schedule", "SELECT doc FROM schedules ORDER BY seq"),
        ("delivery", "SELECT schedule, period, status, platform, channel, item, note, at FROM deliveries "
                     "ORDER BY period, seq"),
        ("rotation", "SELECT channel, item, count FROM rotation ORDER BY channel, item"),
        ("nudge_event", 'SELECT schedule, period, kind, "user" AS user FROM nudge_events ORDER BY period, seq'),
        ("review_learner", "SELECT learner, active FROM review_learners ORDER BY seq"),
        ("review_card", "SELECT learner, key, card FROM review_cards ORDER BY learner, key"),
    )  # fmt: skip
    _ITEM_TEXT_COLUMNS = ("item", "version", "hash", "text", "first_seen")
    _IMPORTS: ClassVar[dict[str, str]] = {
        "learner": "INSERT INTO learners (id, name, team, agency, tz) VALUES (%(id)s, %(name)s, %(team)s, %(agency)s, "
                   "%(tz)s)",
        "role": "INSERT INTO roles (learner, role, scope) VALUES (%(learner)s, %(role)s, %(scope)s)",
        "cohort": "INSERT INTO cohorts (id, quiz, learners, due, name, every_months, assigned_on) VALUES (%(id)s, "
                  "%(quiz)s, %(learners)s, %(due)s, %(name)s, %(every_months)s, %(assigned_on)s)",
        "setting": "INSERT INTO settings VALUES (%(key)s, %(value)s)",
        "gap": "INSERT INTO gaps VALUES (%(question)s, %(count)s, %(first_asked)s, %(last_asked)s)",
        "vote": "INSERT INTO vote_counts (source, helpful, not_helpful, last_at) VALUES (%(source)s, %(helpful)s, "
                "%(not_helpful)s, %(last_at)s)",
        "urgency_feedback": "INSERT INTO urgency_feedback (verdict, cls, count, last_at) VALUES (%(verdict)s, %(cls)s, "
                            "%(count)s, %(last_at)s)",
        "audit": "INSERT INTO audit_log (seq, at, actor, action, subject, detail) VALUES (%(seq)s, %(at)s, %(actor)s, "
                 "%(action)s, %(subject)s, %(detail)s)",
        "conversation": "INSERT INTO conversations (id, reference) VALUES (%(id)s, %(reference)s)",
        "schedule": "INSERT INTO schedules (id, doc) VALUES (%(id)s, %(doc)s)",
        "delivery": "INSERT INTO deliveries (schedule, period, status, platform, channel, item, note, at) VALUES "
                    "(%(schedule)s, %(period)s, %(status)s, %(platform)s, %(channel)s, %(item)s, %(note)s, %(at)s)",
        "rotation": "INSERT INTO rotation VALUES (%(channel)s, %(item)s, %(count)s)",
        "nudge_event": 'INSERT INTO nudge_events (schedule, period, kind, "user") VALUES (%(schedule)s, %(period)s, '
                       "%(kind)s, %(user)s)",
        "review_learner": "INSERT INTO review_learners (learner, active) VALUES (%(learner)s, %(active)s)",
        "review_card": "INSERT INTO review_cards VALUES (%(learner)s, %(key)s, %(card)s)",
    }  # fmt: skip

    def export_records(self) -> Iterator[tuple[str, dict]]:
        for kind, sql in self._EXPORTS:
            for row in self._rows(sql):
                yield kind, (row["doc"] if kind == "schedule" else row)
        for attempt in self.attempts():
            yield "attempt", attempt.to_doc()
        for row in self._rows("SELECT * FROM tickets ORDER BY created, id"):
            yield "ticket", row
        yield from (("audit", row) for row in self.audit_log())
        yield from (("item_text", row) for row in self.item_texts())

    def import_records(self, kind: str, rows: list[dict]) -> None:
        if kind == "item_text":
            self.record_item_texts(rows)
            return
        if kind == "ticket":
            for row in rows:
                self._add_ticket(Ticket.from_row(row))
            return
        with self._pool.connection() as conn, conn.cursor() as cursor:
            if kind == "attempt":
                cursor.executemany(
                    "INSERT INTO attempts (id, quiz, learner, started_at, status, ratings, finished_at, score, passed, "
                    "item_versions) VALUES (%(id)s, %(quiz)s, %(learner)s, %(started_at)s, %(status)s, %(ratings)s, "
                    "%(finished_at)s, %(score)s, %(passed)s, %(item_versions)s) ON CONFLICT DO NOTHING",
                    [row | {"ratings": Jsonb(row.get("ratings") or {}),  # a backup from before 0008 has no versions
                            "item_versions": Jsonb(row.get("item_versions") or {})} for row in rows],
                )  # fmt: skip
                answers = [a | {"attempt": row["id"]} for row in rows for a in row.get("answers", [])]
                cursor.executemany(
                    "INSERT INTO answers (attempt, question, option, correct, at) VALUES (%(attempt)s, %(question)s, "
                    "%(option)s, %(correct)s, %(at)s) ON CONFLICT DO NOTHING",
                    answers,
                )
                return
            if kind == "schedule":
                rows = [{"id": row["id"], "doc": row} for row in rows]
            rows = [_ADDED_SINCE.get(kind, {}) | row for row in rows]  # a backup made before a column was added
            json_columns = {"cohort": "learners", "conversation": "reference", "schedule": "doc", "review_card": "card"}
            if kind in json_columns:
                rows = [row | {json_columns[kind]: Jsonb(row[json_columns[kind]])} for row in rows]
            clashing = self._audit_clashes(cursor, rows) if kind == "audit" else []
            cursor.executemany(self._IMPORTS[kind] + " ON CONFLICT DO NOTHING", rows)
            if kind == "audit":  # entries kept with their numbers: the next one is numbered after them all
                cursor.execute("SELECT setval(pg_get_serial_sequence('audit_log', 'seq'), max(seq)) FROM audit_log")
                # an entry whose number is taken by a different one (two stores' logs merged) is appended
                cursor.executemany("INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (%(at)s, "
                                   "%(actor)s, %(action)s, %(subject)s, %(detail)s)", clashing)  # fmt: skip

    @staticmethod
    def _audit_clashes(cursor, rows: list[dict]) -> list[dict]:
        """Of audit `rows`, those whose number a different stored entry holds."""
        held = {row["seq"]: row for row in cursor.execute(
            "SELECT seq, at, actor, action, subject, detail FROM audit_log WHERE seq = ANY(%s)",
            ([row["seq"] for row in rows],)).fetchall()}  # fmt: skip
        return [row for row in rows if row["seq"] in held and dict(held[row["seq"]]) != row]

    # Questions to the safeguarding advisers: a row per ticket; a step is one conditional UPDATE

    _TICKET_COLUMNS = tuple(f.name for f in fields(Ticket))

    def _add_ticket(self, ticket: Ticket) -> bool:
        columns = ", ".join(self._TICKET_COLUMNS)
        values = ", ".join(f"%({name})s" for name in self._TICKET_COLUMNS)
        added = self._rows(f"INSERT INTO tickets ({columns}) VALUES ({values}) ON CONFLICT DO NOTHING RETURNING id",
                           ticket.to_row())  # fmt: skip
        return bool(added)

    def add_ticket(self, ticket: Ticket) -> None:
        if not self._add_ticket(ticket):
            raise ValueError(f"ticket {ticket.id} exists")

    def _ticket_where(self, column: str, value: str) -> Ticket | None:
        row = self._one(f"SELECT * FROM tickets WHERE {column} = %s", (value,)) if value else None
        return Ticket.from_row(row) if row else None

    def ticket(self, ticket_id: str) -> Ticket | None:
        return self._ticket_where("id", ticket_id)

    def ticket_for_token(self, token: str) -> Ticket | None:
        return self._ticket_where("token", token)

    def ticket_for_post(self, post_ref: str) -> Ticket | None:
        row = self._one("SELECT * FROM tickets WHERE %s = ANY(string_to_array(post_ref, ' '))", (post_ref,))
        return Ticket.from_row(row) if row and post_ref else None

    def tickets(self) -> list[Ticket]:
        return [Ticket.from_row(row) for row in self._rows("SELECT * FROM tickets ORDER BY created DESC, id")]

    def change_ticket(self, ticket_id: str, states: Collection[str], **changes) -> Ticket | None:
        unknown = set(changes) - set(self._TICKET_COLUMNS) - {"status"} | ({"id", "token"} & set(changes))
        if unknown:  # names from code only; checked because they become column names
            raise ValueError(f"not changeable ticket fields: {sorted(unknown)}")
        assignments = ", ".join(f"{name} = %({name})s" for name in changes)
        row = self._one(f"UPDATE tickets SET {assignments} WHERE id = %(id)s AND status = ANY(%(states)s) RETURNING *",
                        changes | {"id": ticket_id, "states": list(states)})  # fmt: skip
        return Ticket.from_row(row) if row else None

    # Item texts as first seen: a row each, keyed by (item, version, hash), so a text seen again is a no-op

    def record_item_texts(self, rows: Sequence[dict]) -> int:
        columns = [[row[c] for row in rows] for c in self._ITEM_TEXT_COLUMNS]
        with self._pool.connection() as conn:
            kept = conn.execute(
                "INSERT INTO item_texts (item, version, hash, text, first_seen) SELECT t.item, t.version, t.hash, "
                "t.text, t.first_seen FROM unnest(%s::text[], %s::int[], %s::text[], %s::text[], %s::text[]) WITH "
                "ORDINALITY AS t(item, version, hash, text, first_seen, n) ORDER BY t.n ON CONFLICT DO NOTHING "
                "RETURNING item",  # in the order given, so a repeat within `rows` keeps the first
                columns,
            ).fetchall()
        return len(kept)

    def item_texts(self) -> list[dict]:
        return self._rows(f"SELECT {', '.join(self._ITEM_TEXT_COLUMNS)} FROM item_texts ORDER BY seq")

    # Requests already answered: one row each; a repeat within REQUEST_ID_MEMORY is refused by the primary key

    def first_sighting(self, request_id: str, now: datetime | None = None) -> bool:
        now = (now or datetime.now(UTC)).astimezone(UTC)
        with self._pool.connection() as conn:
            fresh = conn.execute(
                "INSERT INTO request_ids VALUES (%s, %s) ON CONFLICT (id) DO UPDATE SET seen_at = excluded.seen_at "
                "WHERE request_ids.seen_at < %s RETURNING id",
                (request_id, now, now - REQUEST_ID_MEMORY),
            ).fetchone()
            if fresh and hash(request_id) % 100 == 0:  # now and then, not per request
                conn.execute("DELETE FROM request_ids WHERE seen_at < %s", (now - 2 * REQUEST_ID_MEMORY,))
        return fresh is not None

    # The audit log (bot/storage/port.py: AuditLog): a row each, numbered by a sequence

    _AUDIT = "SELECT seq, at, actor, action, subject, detail FROM audit_log"

    def record_audit(self, actor: str, action: str, subject: str, detail: str = "") -> None:
        self._write(
            "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (%s, %s, %s, %s, %s)",
            (datetime.now(UTC).isoformat(timespec="seconds"), actor, action, subject, detail),
        )

    def audit_log(self, since: datetime | None = None) -> list[dict]:
        low = since.astimezone(UTC).isoformat(timespec="seconds") if since else ""
        return self._rows(f"{self._AUDIT} WHERE at >= %s ORDER BY seq", (low,))

    # Retention (bot/storage/port.py: Retention): one `_purge_<kind>(conn, cutoff) -> count` per kind of
    # bot.retention.PURGE_KINDS, all in one transaction, rolled back for a dry run (so its counts are exact)

    def purge(self, cutoffs: Mapping[str, datetime], dry_run: bool = False) -> dict[str, int]:
        check_purge_kinds(cutoffs)
        with self._pool.connection() as conn:
            counts = {kind: getattr(self, f"_purge_{kind}")(conn, cutoff) for kind, cutoff in cutoffs.items()}
            if dry_run:
                conn.rollback()
        return counts

    def claim_purge(self, day: str) -> bool:
        return bool(
            self._rows(
                "INSERT INTO settings VALUES ('purged_on', %s) ON CONFLICT (key) DO UPDATE SET value = excluded.value "
                "WHERE settings.value < excluded.value RETURNING key",
                (day,),
            )
        )

    @staticmethod
    def _purge_attempts(conn, cutoff: datetime) -> int:
        """Attempts started before the cutoff's day (their answers go with them), and each affected learner's
        first attempts worked out again from those that remain (migration 0003's trigger sees inserts only)."""
        gone = conn.execute(
            "DELETE FROM attempts WHERE left(started_at, 10) < %s RETURNING quiz, learner", (cutoff_day(cutoff),)
        ).fetchall()
        pairs = sorted({(row["quiz"], row["learner"]) for row in gone})
        if pairs:
            quizzes, learners = [quiz for quiz, _ in pairs], [learner for _, learner in pairs]
            conn.execute(
                "DELETE FROM first_attempts f USING unnest(%s::text[], %s::text[]) AS g(quiz, learner) "
                "WHERE f.quiz = g.quiz AND f.learner = g.learner",
                (quizzes, learners),
            )
            conn.execute(
                "WITH g AS (SELECT * FROM unnest(%s::text[], %s::text[]) AS g(quiz, learner)), "
                "a AS (SELECT attempts.* FROM attempts JOIN g USING (quiz, learner)) "
                "INSERT INTO first_attempts (quiz, learner, started_at, started_id, done_at, done_id) "
                "SELECT s.quiz, s.learner, s.started_at, s.id, d.started_at, d.id FROM "
                "(SELECT DISTINCT ON (quiz, learner) quiz, learner, started_at, id FROM a "
                ' ORDER BY quiz, learner, started_at COLLATE "C", id COLLATE "C") s LEFT JOIN '
                "(SELECT DISTINCT ON (quiz, learner) quiz, learner, started_at, id FROM a WHERE status = %s "
                ' ORDER BY quiz, learner, started_at COLLATE "C", id COLLATE "C") d USING (quiz, learner)',
                (quizzes, learners, COMPLETED),
            )
        return len(gone)

    @staticmethod
    def _purge_certificates(conn, cutoff: datetime) -> int:
        """Certificates passed before the cutoff's day, and the links from their attempts to them."""
        gone = conn.execute(
            "DELETE FROM settings WHERE starts_with(key, %s) AND (CASE WHEN starts_with(key, %s) THEN "
            "value::jsonb ->> 'passed_on' END) < %s RETURNING value::jsonb ->> 'attempt' AS attempt",
            (CERTIFICATE_KEY, CERTIFICATE_KEY, cutoff_day(cutoff)),
        ).fetchall()
        conn.execute("DELETE FROM settings WHERE key = ANY(%s)", ([CERTIFICATE_FOR + row["attempt"] for row in gone],))
        return len(gone)

    @staticmethod
    def _deleted(conn, sql: str, params) -> int:
        return conn.execute(sql, params).rowcount

    def _purge_gaps(self, conn, cutoff: datetime) -> int:
        return self._deleted(conn, "DELETE FROM gaps WHERE left(last_asked, 10) < %s", (cutoff_day(cutoff),))

    def _purge_votes(self, conn, cutoff: datetime) -> int:
        return self._deleted(conn, "DELETE FROM vote_counts WHERE last_at <> '' AND left(last_at, 10) < %s",
                             (cutoff_day(cutoff),))  # fmt: skip

    def _purge_urgency_feedback(self, conn, cutoff: datetime) -> int:
        return self._deleted(conn, "DELETE FROM urgency_feedback WHERE last_at <> '' AND left(last_at, 10) < %s",
                             (cutoff_day(cutoff),))  # fmt: skip

    def _purge_nudges(self, conn, cutoff: datetime) -> int:
        week = cutoff_week(cutoff)
        return self._deleted(conn, "DELETE FROM deliveries WHERE period < %s AND schedule !~ %s", (week, _PERSONAL)) + (
            self._deleted(conn, "DELETE FROM nudge_events WHERE period < %s", (week,))
        )

    def _purge_reminders(self, conn, cutoff: datetime) -> int:
        return self._deleted(conn, "DELETE FROM deliveries WHERE period < %s AND schedule ~ %s",
                             (cutoff_week(cutoff), _PERSONAL))  # fmt: skip

    def _purge_review_cards(self, conn, cutoff: datetime) -> int:
        return self._deleted(
            conn,
            "DELETE FROM review_cards WHERE greatest(left(coalesce(card ->> 'due', ''), 10), "
            "left(coalesce(card ->> 'last_review', ''), 10)) < %s",
            (cutoff_day(cutoff),),
        )

    def _purge_request_ids(self, conn, cutoff: datetime) -> int:
        return self._deleted(conn, "DELETE FROM request_ids WHERE seen_at < %s", (cutoff,))

    def _purge_tickets(self, conn, cutoff: datetime) -> int:
        return self._deleted(conn, "DELETE FROM tickets WHERE left(greatest(created, claimed_at, answered_at, "
                                   "closed_at), 10) < %s", (cutoff_day(cutoff),))  # fmt: skip

    def _purge_audit(self, conn, cutoff: datetime) -> int:
        return self._deleted(conn, "DELETE FROM audit_log WHERE left(at, 10) < %s", (cutoff_day(cutoff),))

    # Subject rights (bot/storage/port.py: SubjectRights): an erasure is one transaction

    def subject_records(self, learner_id: str) -> dict[str, list[dict]]:
        return held_about(self.export_records(), learner_id)

    def erase_subject(self, learner_id: str, pseudonym: str) -> dict[str, int]:
        who = {"id": learner_id, "p": pseudonym}
        platform, _, channel = learner_id.partition(":")
        with self._pool.connection() as conn:
            counts = {
                "learner": conn.execute(  # kept under the pseudonym with team and agency only (keeps_pseudonym)
                    "UPDATE learners SET id = %(p)s, name = '', tz = '' WHERE id = %(id)s AND (team <> '' OR "
                    "agency <> '')",
                    who,
                ).rowcount
                + conn.execute("DELETE FROM learners WHERE id = %(id)s", who).rowcount,
                "role": conn.execute("DELETE FROM roles WHERE learner = %(id)s", who).rowcount,
                "cohort": conn.execute(
                    "UPDATE cohorts SET learners = (SELECT jsonb_agg(CASE WHEN x = to_jsonb(%(id)s::text) THEN "
                    "to_jsonb(%(p)s::text) ELSE x END ORDER BY n) FROM jsonb_array_elements(learners) WITH "
                    "ORDINALITY AS e(x, n)) WHERE learners @> jsonb_build_array(%(id)s::text)",
                    who,
                ).rowcount,
                "certificate": self._erase_certificates(conn, learner_id, pseudonym),
                "conversation": self._erase_conversations(conn, learner_id),
                "schedule": conn.execute(
                    "UPDATE schedules SET doc = doc || jsonb_build_object('created_by', %(p)s::text) "
                    "WHERE doc ->> 'created_by' = %(id)s",
                    who,
                ).rowcount,
                "delivery": conn.execute(
                    "DELETE FROM deliveries WHERE platform = %s AND channel = %s", (platform, channel)
                ).rowcount,
                "rotation": conn.execute("DELETE FROM rotation WHERE channel = %(id)s", who).rowcount,
                "nudge_event": conn.execute(
                    'UPDATE nudge_events SET "user" = %(p)s WHERE "user" = %(id)s', who
                ).rowcount,
                "review_learner": conn.execute("DELETE FROM review_learners WHERE learner = %(id)s", who).rowcount,
                "review_card": conn.execute("DELETE FROM review_cards WHERE learner = %(id)s", who).rowcount,
                "attempt": conn.execute("UPDATE attempts SET learner = %(p)s WHERE learner = %(id)s", who).rowcount,
                "ticket": self._erase_from_tickets(conn, who),
                "audit": conn.execute(
                    "UPDATE audit_log SET actor = CASE WHEN actor = %(id)s THEN %(p)s ELSE actor END, subject = CASE "
                    "WHEN subject = %(id)s THEN %(p)s ELSE subject END WHERE actor = %(id)s OR subject = %(id)s",
                    who,
                ).rowcount,
            }
            conn.execute("UPDATE first_attempts SET learner = %(p)s WHERE learner = %(id)s", who)
        return {kind: counts[kind] for kind in SUBJECT_KINDS}

    @staticmethod
    def _erase_from_tickets(conn, who: dict) -> int:
        """The asker and advisers a ticket names (column names from bot.tickets, not from input)."""
        named = ("asker", *TICKET_PEOPLE)
        swaps = ", ".join(f"{field} = CASE WHEN {field} = %(id)s THEN %(p)s ELSE {field} END" for field in named)
        return conn.execute(f"UPDATE tickets SET {swaps} WHERE %(id)s IN ({', '.join(named)})", who).rowcount

    @staticmethod
    def _erase_certificates(conn, learner_id: str, pseudonym: str) -> int:
        held = conn.execute(
            "SELECT key, value FROM settings WHERE starts_with(key, %s) AND (CASE WHEN starts_with(key, %s) THEN "
            "value::jsonb ->> 'learner' END) = %s",
            (CERTIFICATE_KEY, CERTIFICATE_KEY, learner_id),
        ).fetchall()
        for row in held:
            erased = json.dumps(erased_certificate(json.loads(row["value"]), pseudonym))
            conn.execute("UPDATE settings SET value = %s WHERE key = %s", (erased, row["key"]))
        return len(held)

    @staticmethod
    def _erase_conversations(conn, learner_id: str) -> int:
        """Their one-to-one chat's reference deleted; in others saved from their message, their details removed."""
        rows = conn.execute("SELECT id, reference FROM conversations").fetchall()
        named = [row for row in rows if names_person(row["reference"], learner_id)]
        for row in named:
            kept = without_person(row["reference"])
            if kept is None:
                conn.execute("DELETE FROM conversations WHERE id = %s", (row["id"],))
            else:
                conn.execute("UPDATE conversations SET reference = %s WHERE id = %s", (Jsonb(kept), row["id"]))
        return len(named)
