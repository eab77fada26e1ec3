"""The embedded store: TinyDB files written atomically, one writer per group of files, attempts in bounded shards.

Layout under the data folder:
    directory.json                  learners, roles, cohorts, settings, Teams conversation references,
                                    nudge schedules
    feedback.json                   unanswered questions, votes (counts per item), urgency feedback (counts)
    reviews.json                    learners opted in to weekly reviews, and their FSRS cards
    tickets.json                    questions to the safeguarding advisers (bot/tickets.py)
    audit.json                      the audit log (bot/audit.py), appended in order
    item_texts.json                 each content item's texts as first seen (its history without git)
    .locks/<group>.lock             one writer lock per group of files (flock: threads and processes)
    nudges/<YYYY>-W<NN>.json        that week's nudge deliveries (one per schedule) and engagement
    nudges/rotation-<NN>.json       how often each learning point went to each channel
    seen/<YYYYMMDDHH>-<M>.log       ids of Slack requests already answered, one a line, per ten minutes
    attempts/<quiz>/open.json       each learner's attempt in progress on that quiz
    attempts/<quiz>/firsts.json     each learner's first attempt started and first completed there, which
                                    is what reports read (derived: rebuilt from the shards when absent)
    attempts/<quiz>/<YYYY-MM>-<NNN>.json
                                    attempts started that month, at most SHARD_CAPACITY a file,
                                    so recording an answer rewrites a file of bounded size
"""

from __future__ import annotations

import fcntl
import functools
import json
import os
import re
import threading
import uuid
import zlib
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import asdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import ClassVar

import orjson
from tinydb import Query, TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

from bot.nudges import PERSONAL_DELIVERIES, DeliveryOutcome, Schedule
from bot.storage.port import (
    REQUEST_ID_MEMORY,
    SUBJECT_KINDS,
    StoreDamaged,
    card_day,
    certificate_of,
    check_purge_kinds,
    check_rating,
    check_role,
    check_scope,
    cutoff_day,
    cutoff_week,
    erased_certificate,
    held_about,
    keeps_pseudonym,
    names_person,
    normalised_gap,
    sorted_gaps,
    sorted_urgency_feedback,
    sorted_votes,
    without_person,
)
from bot.tickets import TICKET_PEOPLE, Ticket
from quizzes.certificates import CERTIFICATE_FOR
from quizzes.tracking import COMPLETED, Answer, AnswerTally, Attempt, Cohort, FirstTry, Learner, tally_answers

SHARD_CAPACITY = 200
RECENT_READS = 64  # data files kept parsed for reports: at most 64 shards, about 60 MB
FEEDBACK_TABLES = {"gaps", "vote_counts", "votes", "urgency_feedback"}
ROTATION_SHARDS = 16
SEEN_WINDOWS = REQUEST_ID_MEMORY // timedelta(minutes=10) + 1  # ten-minute windows consulted: an hour and more
_SHARD_FILE = re.compile(r"(\d{4}-\d{2})-(\d{3})\.json")
# Every part of a path below the data folder must be one of these: nothing else, however validated
# upstream, names a file.
_SAFE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SAFE_WEEK = re.compile(r"[0-9]{4}-W[0-9]{2}")
_SAFE_SHARD = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{3}")
_SAFE_GROUP = re.compile(r"[a-z]+(?:-[a-z0-9]+)*(?:-[0-9]{4}-W[0-9]{2})?")


def _damaged(path: Path, reason: str) -> StoreDamaged:
    remedy = "restore it from a backup, or move it aside to start that part of the store afresh"
    return StoreDamaged(f"the data file {path}", reason, remedy)


def _safe(part: str, pattern: re.Pattern) -> str:
    if not isinstance(part, str) or not pattern.fullmatch(part):
        raise ValueError("not a storage name")
    return part


class _FreshIdTable(Table):
    """A table that takes the next document id from the file just read, never from a per-process cache:
    another process (the CLI beside the server) may have inserted since (tinydb#276). Inserts run
    under the store's writer lock, so the id read is still free when it is written."""

    def insert(self, document):
        self._next_id = None
        return super().insert(document)

    def insert_multiple(self, documents):
        self._next_id = None
        return super().insert_multiple(documents)

    def upsert(self, document, cond=None):
        # TinyDB's own upsert of a new document writes the file twice: an update that matched nothing, then
        # the insert. A read first makes it one write.
        if cond is not None and not self.contains(cond):
            return [self.insert(document)]
        return super().upsert(document, cond)


class _TinyDB(TinyDB):
    table_class = _FreshIdTable


class AtomicJSONStorage(Storage):
    """TinyDB storage that writes a temp file, fsyncs it and renames it over the old one.

    TinyDB's own JSONStorage rewrites its file in place, so a kill mid-write corrupts it.
    The last data read or written is kept while the file is unchanged (same inode, size and
    mtime), so a write does not first re-read and re-parse the file it is about to replace.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._data = None
        self._stamp = None

    def _file_stamp(self):
        status = os.stat(self.path)
        return status.st_ino, status.st_size, status.st_mtime_ns

    @property
    def stamp(self) -> tuple[int, int, int] | None:
        """(inode, size, mtime in ns) of the file as last read or written; None when not known."""
        return self._stamp

    def read(self):
        try:
            stamp = self._file_stamp()
        except FileNotFoundError:
            return None
        if stamp[1] == 0:
            return None  # an empty file is an empty database, as TinyDB's own storage reads it (tinydb#307)
        if stamp != self._stamp:
            try:
                data = orjson.loads(self.path.read_bytes())  # orjson: reports read every shard of a quiz
            except orjson.JSONDecodeError as exc:
                raise _damaged(self.path, "not valid JSON") from exc
            if not isinstance(data, dict) or not all(isinstance(table, dict) for table in data.values()):
                raise _damaged(self.path, "not a TinyDB file")
            self._data, self._stamp = data, stamp
        return self._data

    def write(self, data) -> None:
        self._stamp = None  # TinyDB changed the data in place: it is not what is on disk until written
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        with temp.open("wb") as handle:
            handle.write(orjson.dumps(data))  # orjson's encoder holds the GIL a fraction of json.dumps's time
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, self.path)
        directory = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
        self._data, self._stamp = data, self._file_stamp()


def _raw_rows(table: Table) -> dict[str, dict]:
    """A table's rows as its file was last read, {doc id: row}, for reading only: no TinyDB Document or Query per
    row. Deliveries and rotation counts are scanned this way, in a worker thread beside the event loop, where every
    row turned into an object is Python work competing with the loop for the interpreter."""
    return (table.storage.read() or {}).get(table.name, {})


def _update_rows(table: Table, changes: dict[str, dict], new: Sequence[dict] = ()) -> None:
    """Set fields of rows by doc id ({doc id: {field: value}}), add `new` rows with the next free ids of the file
    just read, and write the file once, under the caller's lock: TinyDB's own update and insert copy every row of
    the table twice, for a change to a few."""
    data = table.storage.read() or {}
    rows = data.setdefault(table.name, {})
    for doc_id, fields in changes.items():
        rows[doc_id].update(fields)
    next_id = max(map(int, rows), default=0) + 1
    for n, row in enumerate(new):
        rows[str(next_id + n)] = row
    table.storage.write(data)


@functools.lru_cache(maxsize=RECENT_READS)
def _read_recent(path: Path, stamp: tuple[int, int, int]) -> dict | None:
    """A data file's contents, cached by its (inode, size, mtime): a report reads each shard it needs twice
    (its first attempts, then their answers), and a dashboard reads them again on every page."""
    return AtomicJSONStorage(path).read()


class _WriterLock:
    """One writer at a time: across threads (a re-entrant lock) and across processes (flock)."""

    def __init__(self, path: Path):
        self._path = path
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._fd = -1

    def __enter__(self):
        self._thread_lock.acquire()
        if self._depth == 0:
            self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
            fcntl.flock(self._fd, fcntl.LOCK_EX)
        self._depth += 1
        return self

    def __exit__(self, *exc) -> None:
        self._depth -= 1
        if self._depth == 0:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
        self._thread_lock.release()


class TinyStore:
    """The TinyDB engine of the storage port (bot/storage/port.py: Store)."""

    def __init__(self, data_dir: str | Path):
        self.root = Path(data_dir)
        self.root.mkdir(parents=True, exist_ok=True)
        self._locks: dict[str, _WriterLock] = {}
        self._locks_lock = threading.Lock()
        self._feedback_moved = False
        self._dbs: dict[Path, TinyDB] = {}
        self._rotation_tables: dict[int, Table] = {}
        self._rotation_index: dict[int, tuple[tuple[int, int, int] | None, dict[str, dict]]] = {}
        self._seen: dict[str, _SeenLog] = {}

    def _lock(self, group: str) -> _WriterLock:
        """The writer lock of one group of files (the directory, the feedback, one week's nudges, one quiz's
        attempts...), so a vote does not queue behind a quiz answer. Nested only week -> rotation, and feedback ->
        directory (once, to move old feedback tables out of the directory)."""
        _safe(group, _SAFE_GROUP)
        with self._locks_lock:
            if group not in self._locks:
                (self.root / ".locks").mkdir(exist_ok=True)
                self._locks[group] = _WriterLock(self.root / ".locks" / f"{group}.lock")
            return self._locks[group]

    @staticmethod
    def _attempt_group(attempt_id: str) -> str:
        quiz_id = attempt_id.split("~", 1)[0]
        return f"attempts-{quiz_id}" if _SAFE_ID.fullmatch(quiz_id) else "attempts-unknown"

    def _table(self, path: Path, name: str) -> Table:
        if path not in self._dbs:
            self._dbs[path] = _TinyDB(path, storage=AtomicJSONStorage)
        # No query cache: another process may have changed the file since.
        return self._dbs[path].table(name, cache_size=0)

    def _directory(self, name: str) -> Table:
        return self._table(self.root / "directory.json", name)

    def _feedback(self, name: str) -> Table:
        """Gaps, votes and urgency feedback: a file of their own, so a click does not rewrite the directory."""
        if not self._feedback_moved:
            self._move_feedback_out_of_directory()
        return self._table(self.root / "feedback.json", name)

    def _move_feedback_out_of_directory(self) -> None:
        """Data folders written before feedback.json kept these tables in directory.json: move them, once."""
        # feedback, then directory: the order of every nesting of the two (record_vote holds "feedback" when it
        # first reaches here), so a vote and the daily purge moving them at once cannot wait on each other
        with self._lock("feedback"), self._lock("directory"):
            self._directory("learners")  # opens the file
            directory = self._dbs[self.root / "directory.json"]
            for name in FEEDBACK_TABLES & directory.tables():
                rows = directory.table(name, cache_size=0).all()
                self._table(self.root / "feedback.json", name).insert_multiple(dict(row) for row in rows)
                directory.drop_table(name)
            self._feedback_moved = True

    def check(self) -> None:
        """Read the files every request depends on (the directory, reviews, open attempts, nudges);
        raises StoreDamaged naming the first that cannot be read. A damaged attempt shard is named
        when it is read."""
        files = ("directory.json", "feedback.json", "reviews.json", "tickets.json")
        shared = [*(self.root / name for name in files), *self.root.glob("attempts/*/open.json"),
                  *self.root.glob("nudges/*.json")]  # fmt: skip
        for path in shared:
            if path.is_file():
                self._table(path, "_check").all()

    # Learners, roles, cohorts, settings

    def save_learner(self, learner: Learner) -> None:
        with self._lock("directory"):
            self._directory("learners").upsert(asdict(learner), Query().id == learner.id)

    def learner(self, learner_id: str) -> Learner | None:
        doc = self._directory("learners").get(Query().id == learner_id)
        return Learner(**doc) if doc else None

    def learners(self) -> list[Learner]:
        return [Learner(**doc) for doc in self._directory("learners").all()]

    def grant_role(self, learner_id: str, role: str, scope: str = "") -> None:
        check_role(role)
        check_scope(scope)
        with self._lock("directory"):
            held = (Query().learner == learner_id) & (Query().role == role)
            self._directory("roles").upsert({"learner": learner_id, "role": role, "scope": scope}, held)

    def role_scope(self, learner_id: str, role: str) -> str | None:
        doc = self._directory("roles").get((Query().learner == learner_id) & (Query().role == role))
        return None if doc is None else doc.get("scope", "")

    def revoke_role(self, learner_id: str, role: str) -> bool:
        with self._lock("directory"):
            return bool(self._directory("roles").remove((Query().learner == learner_id) & (Query().role == role)))

    def roles(self) -> dict[str, list[str]]:
        granted: dict[str, list[str]] = {}
        for doc in self._directory("roles").all():
            granted.setdefault(doc["learner"], []).append(doc["role"])
        return {learner: sorted(roles) for learner, roles in sorted(granted.items())}

    def save_cohort(self, cohort: Cohort) -> None:
        doc = asdict(cohort) | {
            "learners": list(cohort.learners),
            "due": cohort.due.isoformat(),
            "assigned_on": cohort.assigned_on.isoformat() if cohort.assigned_on else None,
        }
        with self._lock("directory"):
            self._directory("cohorts").upsert(doc, Query().id == cohort.id)

    def cohorts(self) -> list[Cohort]:
        return [
            Cohort(
                d["id"],
                d["quiz"],
                tuple(d["learners"]),
                date.fromisoformat(d["due"]),
                d.get("name", ""),
                d.get("every_months"),
                date.fromisoformat(d["assigned_on"]) if d.get("assigned_on") else None,
            )
            for d in self._directory("cohorts").all()
        ]

    def setting(self, key: str, default: str | None = None) -> str | None:
        doc = self._directory("settings").get(Query().key == key)
        return doc["value"] if doc else default

    def save_setting(self, key: str, value: str) -> None:
        with self._lock("directory"):
            self._directory("settings").upsert({"key": key, "value": value}, Query().key == key)

    # Questions the library could not answer (callers pass redacted text only)

    def record_gap(self, question: str, when: datetime | None = None) -> None:
        key = normalised_gap(question)
        if not key:
            return
        stamp = (when or datetime.now(UTC)).isoformat(timespec="seconds")
        with self._lock("feedback"):
            _count_one(self._feedback("gaps"), Query().question == key, "count",
                       {"question": key, "count": 0, "first_asked": stamp}, last_asked=stamp)  # fmt: skip

    def gaps(self) -> list[dict]:
        return sorted_gaps(self._feedback("gaps").all())

    # Helpful / not helpful votes on answers, for content authors

    def record_vote(self, refs: list[str], helpful: bool) -> None:
        """A vote on an answer citing these content items or passages (ids checked by bot/actions.py), kept as
        a count per ref, so the file grows with the library, not with the clicks."""
        column = "helpful" if helpful else "not_helpful"
        stamp = datetime.now(UTC).isoformat(timespec="seconds")  # the last vote's time, for the retention purge
        with self._lock("feedback"):
            table = self._feedback("vote_counts")
            for ref in refs:
                _count_one(table, Query().source == ref, column, {"source": ref, "helpful": 0, "not_helpful": 0},
                           last_at=stamp)  # fmt: skip

    def votes(self) -> list[dict]:
        """Per cited item or passage id: how many found an answer citing it helpful, and how many did not."""
        tally: dict[str, dict] = {row["source"]: dict(row) for row in self._feedback("vote_counts").all()}
        for vote in self._feedback("votes").all():  # one row a click, as kept before the counts
            for source in vote["sources"]:
                row = tally.setdefault(source, {"source": source, "helpful": 0, "not_helpful": 0})
                row["helpful" if vote["helpful"] else "not_helpful"] += 1
        return sorted_votes(tally.values())

    # Feedback on urgency decisions: counts by what the bot decided and the class it saw, never the message

    def record_urgency_feedback(self, verdict: str, cls: str) -> None:
        """One more "not an emergency" (verdict not_urgent) or "this was an emergency" (missed) for `cls`."""
        key = (Query().verdict == verdict) & (Query().cls == cls)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock("feedback"):
            _count_one(self._feedback("urgency_feedback"), key, "count", {"verdict": verdict, "cls": cls, "count": 0},
                       last_at=stamp)  # fmt: skip

    def urgency_feedback(self) -> list[dict]:
        """[{verdict, cls, count}], most frequent first."""
        return sorted_urgency_feedback(self._feedback("urgency_feedback").all())

    # Teams conversation references, for messages the bot starts itself (nudges)

    def save_conversation(self, conversation_id: str, reference: dict) -> None:
        with self._lock("directory"):
            table = self._directory("conversations")
            table.upsert({"id": conversation_id, "reference": reference}, Query().id == conversation_id)

    def has_conversation(self, conversation_id: str) -> bool:
        return self._directory("conversations").contains(Query().id == conversation_id)

    def delete_conversation(self, conversation_id: str) -> bool:
        with self._lock("directory"):
            return bool(self._directory("conversations").remove(Query().id == conversation_id))

    def conversations(self) -> list[dict]:
        return [row["reference"] for row in self._directory("conversations").all()]

    # Nudge schedules, deliveries (one per schedule and week) and engagement

    def save_schedule(self, schedule: Schedule) -> None:
        doc = asdict(schedule) | {"topics": list(schedule.topics)}
        with self._lock("directory"):
            self._directory("schedules").upsert(doc, Query().id == schedule.id)

    def schedules(self) -> list[Schedule]:
        return [Schedule(**(d | {"topics": tuple(d["topics"])})) for d in self._directory("schedules").all()]

    def schedule(self, schedule_id: str) -> Schedule | None:
        return next((s for s in self.schedules() if s.id == schedule_id), None)

    def _week(self, period: str, name: str) -> Table:
        """Deliveries and engagement are kept per week: no write rewrites more than one week's."""
        return self._table(self.root / "nudges" / f"{_safe(period, _SAFE_WEEK)}.json", name)

    def _rotation(self, platform: str, channel: str) -> tuple[int, Table]:
        shard = zlib.crc32(f"{platform}:{channel}".encode()) % ROTATION_SHARDS
        if shard not in self._rotation_tables:  # asked once per channel a run sends to: no path built each time
            self._rotation_tables[shard] = self._table(self.root / "nudges" / f"rotation-{shard:02d}.json", "rotation")
        return shard, self._rotation_tables[shard]

    def claim_deliveries(self, claims: Sequence[tuple[Schedule, str]], status: str) -> list[bool]:
        claimed = [False] * len(claims)
        by_week: dict[str, list[int]] = {}
        for n, (_, period) in enumerate(claims):
            by_week.setdefault(period, []).append(n)
        at = datetime.now(UTC).isoformat()
        for period, indexes in by_week.items():
            with self._lock(f"week-{period}"):
                table = self._week(period, "deliveries")
                held = {row["schedule"] for row in _raw_rows(table).values()}
                new = []
                for n in indexes:
                    schedule = claims[n][0]
                    if schedule.id not in held:
                        held.add(schedule.id)
                        claimed[n] = True
                        new.append(
                            {
                                "schedule": schedule.id,
                                "period": period,
                                "status": status,
                                "at": at,
                                "platform": schedule.platform,
                                "channel": schedule.channel,
                                "item": "",
                                "note": "",
                            }
                        )
                if new:
                    _update_rows(table, {}, new)
        return claimed

    def finish_deliveries(self, outcomes: Sequence[DeliveryOutcome]) -> None:
        by_week: dict[str, dict[str, DeliveryOutcome]] = {}
        for outcome in outcomes:
            by_week.setdefault(outcome.period, {})[outcome.schedule] = outcome
        at = datetime.now(UTC).isoformat()
        for period, ended in by_week.items():
            with self._lock(f"week-{period}"):
                table = self._week(period, "deliveries")
                found = {doc_id: row for doc_id, row in _raw_rows(table).items() if row["schedule"] in ended}
                if not found:
                    continue
                fields = {s: {"status": o.status, "item": o.item, "note": o.note, "at": at} for s, o in ended.items()}
                _update_rows(table, {doc_id: fields[row["schedule"]] for doc_id, row in found.items()})
                rows = {row["schedule"]: row for row in found.values()}
                sent = [s for s in rows if ended[s].status == "sent"]
                self._count_sent([(rows[s]["platform"], rows[s]["channel"], ended[s].item) for s in sent])

    def _count_sent(self, sent: list[tuple[str, str, str]]) -> None:
        """Add one to each (platform, channel, item)'s rotation count, one write per rotation shard."""
        by_shard: dict[int, tuple[Table, Counter]] = {}
        for platform, channel, item in sent:
            shard, table = self._rotation(platform, channel)
            by_shard.setdefault(shard, (table, Counter()))[1][(f"{platform}:{channel}", item)] += 1
        for shard, (table, added) in by_shard.items():
            with self._lock(f"rotation-{shard:02d}"):  # shared by every week: its own lock, taken after the week's
                rows = {row["channel"]: (doc_id, row) for doc_id, row in _raw_rows(table).items()}
                counts: dict[str, dict[str, int]] = {}
                for (channel, item), n in added.items():
                    counts.setdefault(channel, dict(rows[channel][1]["counts"]) if channel in rows else {})
                    counts[channel][item] = counts[channel].get(item, 0) + n
                known = {rows[c][0]: {"counts": counts[c]} for c in counts if c in rows}
                _update_rows(table, known, [{"channel": c, "counts": counts[c]} for c in counts if c not in rows])

    def release_delivery(self, schedule_id: str, period: str) -> None:
        with self._lock(f"week-{period}"):
            self._week(period, "deliveries").remove(Query().schedule == schedule_id)

    def delivery(self, schedule_id: str, period: str) -> dict | None:
        """The delivery record of (schedule, ISO week), or None; a week never written costs nothing."""
        if not (self.root / "nudges" / f"{_safe(period, _SAFE_WEEK)}.json").is_file():
            return None
        return self._week(period, "deliveries").get(Query().schedule == schedule_id)

    def _weeks(self) -> list[str]:
        folder = self.root / "nudges"
        return sorted(p.stem for p in folder.glob("*-W*.json")) if folder.is_dir() else []

    def deliveries(self, period: str | None = None) -> list[dict]:
        weeks = self._weeks() if period is None else [_safe(period, _SAFE_WEEK)]
        written = [w for w in weeks if (self.root / "nudges" / f"{w}.json").is_file()]  # unwritten weeks cost nothing
        return [dict(d) for week in written for d in self._week(week, "deliveries").all()]

    def delivered_counts(self, channels: Collection[tuple[str, str]]) -> dict[tuple[str, str], dict[str, int]]:
        by_shard: dict[int, list[tuple[str, str]]] = {}
        for platform, channel in channels:
            by_shard.setdefault(self._rotation(platform, channel)[0], []).append((platform, channel))
        counts = {}
        for shard, asked in by_shard.items():  # each shard's file looked at once for all its channels in the batch
            table = self._rotation_tables[shard]
            rows = _raw_rows(table)
            stamp = table.storage.stamp
            if stamp is None or self._rotation_index.get(shard, (None,))[0] != stamp:
                # the shard's rows by channel, kept while its file is unchanged: runs ask for its channels again
                self._rotation_index[shard] = (stamp, {row["channel"]: row["counts"] for row in rows.values()})
            by_channel = self._rotation_index[shard][1]
            for platform, channel in asked:
                counts[platform, channel] = dict(by_channel.get(f"{platform}:{channel}", {}))
        return counts

    @staticmethod
    def _event(schedule_id: str, kind: str, user: str):
        return (Query().schedule == schedule_id) & (Query().kind == kind) & (Query().user == user)

    def record_nudge_event(self, schedule_id: str, period: str, kind: str, user: str) -> bool:
        """Engagement with a nudge; one of each kind per person counts. True if this one was new."""
        key = self._event(schedule_id, kind, user)
        with self._lock(f"week-{period}"):
            table = self._week(period, "events")
            if table.contains(key):
                return False
            table.insert({"schedule": schedule_id, "period": period, "kind": kind, "user": user})
            return True

    def has_nudge_event(self, schedule_id: str, period: str, kind: str, user: str) -> bool:
        """Whether `user` already engaged with the nudge in this way (see `record_nudge_event`)."""
        if self.delivery(schedule_id, period) is None:
            return False
        return self._week(period, "events").contains(self._event(schedule_id, kind, user))

    def nudge_events(self) -> list[dict]:
        return [dict(e) for week in self._weeks() for e in self._week(week, "events").all()]

    # Spaced repetition: learners who opted in, and their FSRS cards

    def _reviews(self, name: str) -> Table:
        return self._table(self.root / "reviews.json", name)

    def save_review_learner(self, learner: str, active: bool) -> None:
        with self._lock("reviews"):
            self._reviews("learners").upsert({"learner": learner, "active": active}, Query().learner == learner)

    def review_learners(self) -> list[str]:
        return [row["learner"] for row in self._reviews("learners").search(Query().active == True)]  # noqa: E712

    def review_cards(self, learner: str) -> dict[str, dict]:
        return {row["key"]: row["card"] for row in self._reviews("cards").search(Query().learner == learner)}

    def save_review_card(self, learner: str, key: str, card: dict) -> None:
        with self._lock("reviews"):
            match = (Query().learner == learner) & (Query().key == key)
            self._reviews("cards").upsert({"learner": learner, "key": key, "card": card}, match)

    # Item texts as first seen: a file of their own, written only when a text is new

    def _item_texts(self) -> Table:
        return self._table(self.root / "item_texts.json", "item_texts")

    def record_item_texts(self, rows: Sequence[dict]) -> int:
        with self._lock("item-texts"):
            table = self._item_texts()
            held = {(r["item"], r["version"], r["hash"]) for r in table.all()}
            new = []
            for row in rows:
                key = (row["item"], row["version"], row["hash"])
                if key not in held:
                    held.add(key)
                    new.append({k: row[k] for k in ("item", "version", "hash", "text", "first_seen")})
            if new:  # TinyDB writes the file even for nothing
                table.insert_multiple(new)
            return len(new)

    def item_texts(self) -> list[dict]:
        return [dict(row) for row in self._item_texts().all()]

    # Attempts

    def _quiz_dir(self, quiz_id: str) -> Path:
        return self.root / "attempts" / _safe(quiz_id, _SAFE_ID)

    def _open_index(self, quiz_id: str) -> Table:
        return self._table(self._quiz_dir(quiz_id) / "open.json", "open")

    def _shard_path(self, quiz_id: str, shard: str) -> Path:
        """The file of one shard of a quiz's attempts; ValueError if either is not a storage name."""
        return self._quiz_dir(quiz_id) / f"{_safe(shard, _SAFE_SHARD)}.json"

    def _shard(self, attempt_id: str) -> Table | None:
        try:
            quiz_id, shard, _ = attempt_id.split("~")
            path = self._shard_path(quiz_id, shard)
        except ValueError:
            return None
        return self._table(path, "attempts") if path.is_file() else None

    def _shard_for_new_attempt(self, quiz_id: str, month: str) -> str:
        numbers = sorted(
            int(m.group(2))
            for p in self._quiz_dir(quiz_id).glob(f"{month}-*.json")
            if (m := _SHARD_FILE.fullmatch(p.name))
        )
        if not numbers:
            return f"{month}-001"
        latest = f"{month}-{numbers[-1]:03d}"
        full = len(self._table(self._shard_path(quiz_id, latest), "attempts")) >= SHARD_CAPACITY
        return f"{month}-{numbers[-1] + 1:03d}" if full else latest

    def start_attempt(
        self, quiz_id: str, learner_id: str, started_at: datetime, item_versions: Mapping[str, int] | None = None
    ) -> Attempt:
        with self._lock(f"attempts-{quiz_id}"):
            existing = self.open_attempt(learner_id, quiz_id)
            if existing:
                return existing
            shard = self._shard_for_new_attempt(quiz_id, started_at.strftime("%Y-%m"))
            attempt = Attempt(
                f"{quiz_id}~{shard}~{uuid.uuid4().hex[:12]}",
                quiz_id,
                learner_id,
                started_at.isoformat(timespec="seconds"),
                item_versions=dict(item_versions or {}),
            )
            self._table(self._shard_path(quiz_id, shard), "attempts").insert(attempt.to_doc())
            self._open_index(quiz_id).upsert(
                {"learner": learner_id, "attempt": attempt.id}, Query().learner == learner_id
            )
            self._note_firsts(quiz_id, [attempt.to_doc()])
            return attempt

    def open_attempt(self, learner_id: str, quiz_id: str) -> Attempt | None:
        row = self._open_index(quiz_id).get(Query().learner == learner_id)
        return self.attempt(row["attempt"]) if row else None

    def open_attempts(self, learner_id: str) -> list[Attempt]:
        """The learner's attempts in progress on any quiz, most recently started first."""
        folder = self.root / "attempts"
        quizzes = [p.name for p in folder.iterdir() if p.is_dir()] if folder.is_dir() else []
        found = [a for q in quizzes if (a := self.open_attempt(learner_id, q))]
        return sorted(found, key=lambda a: a.started_at, reverse=True)

    def attempt(self, attempt_id: str) -> Attempt | None:
        shard = self._shard(attempt_id)
        doc = shard.get(Query().id == attempt_id) if shard is not None else None
        return Attempt.from_doc(doc) if doc else None

    def _change(self, attempt_id: str, change) -> Attempt:
        """Apply `change(attempt)` and store the result; `change` returns False to store nothing."""
        with self._lock(self._attempt_group(attempt_id)):
            shard = self._shard(attempt_id)
            doc = shard.get(Query().id == attempt_id) if shard is not None else None
            if doc is None:
                raise KeyError(attempt_id)
            attempt = Attempt.from_doc(doc)
            if change(attempt) is not False:
                shard.update(attempt.to_doc(), doc_ids=[doc.doc_id])
            return attempt

    def record_answer(self, attempt_id: str, answer: Answer) -> Attempt:
        def add(attempt: Attempt):
            if attempt.status == COMPLETED or attempt.answer_to(answer.question):
                return False
            attempt.answers.append(answer)
            return True

        return self._change(attempt_id, add)

    def record_rating(self, attempt_id: str, rating: str, value: int) -> Attempt:
        check_rating(rating)

        def rate(attempt: Attempt):
            if rating in attempt.ratings:
                return False
            attempt.ratings[rating] = value
            return True

        return self._change(attempt_id, rate)

    def finish_attempt(self, attempt_id: str, finished_at: str, score: int, passed: bool) -> Attempt:
        def finish(attempt: Attempt):
            if attempt.status == COMPLETED:
                return False
            attempt.status, attempt.finished_at, attempt.score, attempt.passed = COMPLETED, finished_at, score, passed
            return True

        with self._lock(self._attempt_group(attempt_id)):
            attempt = self._change(attempt_id, finish)
            self._open_index(attempt.quiz).remove(
                (Query().learner == attempt.learner) & (Query().attempt == attempt_id)
            )
            self._note_firsts(attempt.quiz, [attempt.to_doc()])
            return attempt

    def _raw_docs(self, path: Path, name: str) -> Iterator[dict]:
        """A table's documents as stored, without TinyDB's per-document wrapping. Not to be changed by the
        caller. Files no writer here holds come from a small cache of recent reads (_read_recent), not kept
        for good: a report reads every shard of a quiz, and keeping them would hold the whole history."""
        if path in self._dbs:
            data = self._dbs[path].storage.read()
        else:
            try:
                status = os.stat(path)
            except FileNotFoundError:
                return
            data = _read_recent(path, (status.st_ino, status.st_size, status.st_mtime_ns))
        yield from ((data or {}).get(name) or {}).values()

    def _shard_docs(self, quiz_dir: Path, months: tuple[str, str] = ("", "~")) -> Iterator[dict]:
        """The attempt documents of one quiz's folder, shard by shard in name order (month, then number),
        from the shards of months (YYYY-MM) within `months`."""
        for path in sorted(quiz_dir.glob("*.json")):
            if (match := _SHARD_FILE.fullmatch(path.name)) and months[0] <= match.group(1) <= months[1]:
                yield from self._raw_docs(path, "attempts")

    def _note_firsts(self, quiz_id: str, docs) -> None:
        """Record in firsts.json any of `docs` (attempt documents) that comes before its learner's first
        started or first completed, by (started_at, id). Builds the file from the shards when absent (a store
        from before it, or one deleted to rebuild it). Call under the quiz's lock."""
        path = self._quiz_dir(quiz_id) / "firsts.json"
        table = self._table(path, "firsts")
        if not path.is_file():
            docs = self._shard_docs(self._quiz_dir(quiz_id))
        held = {row["learner"]: row for row in table.all()}
        rows: dict[str, dict] = {}
        for doc in docs:
            learner, key = doc["learner"], [doc["started_at"], doc["id"]]
            row = rows.get(learner) or dict(held.get(learner) or {"learner": learner, "started": key, "done": None})
            if key < row["started"]:
                row["started"] = key
            if doc["status"] == COMPLETED and (row["done"] is None or key < row["done"]):
                row["done"] = key
            rows[learner] = row
        changed = {learner: row for learner, row in rows.items() if held.get(learner) != row}
        if len(changed) == 1:  # the usual case, a learner's first start or first completion: one write
            [(learner, row)] = changed.items()
            if learner in held:
                table.update(row, doc_ids=[held[learner].doc_id])
            else:
                table.insert(row)
        elif changed:  # a rebuild or an import
            table.truncate()
            table.insert_multiple([*(r for learner, r in held.items() if learner not in changed), *changed.values()])

    def attempts(self, quiz_id: str | None = None) -> Iterator[Attempt]:
        folder = self.root / "attempts"
        quiz_dirs = [folder / quiz_id] if quiz_id else sorted(p for p in folder.glob("*") if p.is_dir())
        for quiz_dir in quiz_dirs:
            yield from (Attempt.from_doc(doc) for doc in self._shard_docs(quiz_dir))

    # Questions to the safeguarding advisers: one row per ticket in tickets.json, changed under its lock

    def _tickets(self) -> Table:
        return self._table(self.root / "tickets.json", "tickets")

    def add_ticket(self, ticket: Ticket) -> None:
        with self._lock("tickets"):
            if self._tickets().contains(Query().id == ticket.id):
                raise ValueError(f"ticket {ticket.id} exists")
            self._tickets().insert(ticket.to_row())

    def _ticket_where(self, field: str, value: str) -> Ticket | None:
        row = self._tickets().get(Query()[field] == value) if value else None
        return Ticket.from_row(row) if row else None

    def ticket(self, ticket_id: str) -> Ticket | None:
        return self._ticket_where("id", ticket_id)

    def ticket_for_token(self, token: str) -> Ticket | None:
        return self._ticket_where("token", token)

    def ticket_for_post(self, post_ref: str) -> Ticket | None:
        row = self._tickets().get(Query().post_ref.test(lambda refs: post_ref in refs.split())) if post_ref else None
        return Ticket.from_row(row) if row else None

    def tickets(self) -> list[Ticket]:
        return sorted((Ticket.from_row(row) for row in self._tickets().all()), key=lambda t: t.created, reverse=True)

    def change_ticket(self, ticket_id: str, states: Collection[str], **changes) -> Ticket | None:
        with self._lock("tickets"):
            row = self._tickets().get(Query().id == ticket_id)
            if row is None or row["status"] not in states:
                return None
            changed = Ticket.from_row(dict(row) | changes)
            self._tickets().update(changed.to_row(), Query().id == ticket_id)
            return changed

    # Records: backup, restore and copy between engines (bot/storage/records.py)

    def export_records(self) -> Iterator[tuple[str, dict]]:
        plain = (("learner", self._directory("learners")), ("role", self._directory("roles")),
                 ("cohort", self._directory("cohorts")), ("setting", self._directory("settings")))  # fmt: skip
        for kind, table in plain:
            yield from ((kind, dict(row)) for row in table.all())
        for row in self._feedback("gaps").all():
            yield "gap", {"first_asked": row["last_asked"]} | dict(row)
        last_votes = {row["source"]: row.get("last_at", "") for row in self._feedback("vote_counts").all()}
        yield from (("vote", row | {"last_at": last_votes.get(row["source"], "")}) for row in self.votes())
        for row in self._feedback("urgency_feedback").all():
            yield "urgency_feedback", {"last_at": ""} | dict(row)
        yield from (("conversation", dict(row)) for row in self._directory("conversations").all())
        yield from (("schedule", dict(row)) for row in self._directory("schedules").all())
        yield from (("delivery", row) for row in self.deliveries())
        for shard in range(ROTATION_SHARDS):
            path = self.root / "nudges" / f"rotation-{shard:02d}.json"
            for row in self._table(path, "rotation").all() if path.is_file() else []:
                yield from (("rotation", {"channel": row["channel"], "item": item, "count": count})
                            for item, count in sorted(row["counts"].items()))  # fmt: skip
        yield from (("nudge_event", row) for row in self.nudge_events())
        yield from (("review_learner", dict(row)) for row in self._reviews("learners").all())
        yield from (("review_card", dict(row)) for row in self._reviews("cards").all())
        yield from (("attempt", attempt.to_doc()) for attempt in self.attempts())
        yield from (("ticket", dict(row)) for row in self._tickets().all())
        yield from (("audit", row) for row in self.audit_log())
        yield from (("item_text", row) for row in self.item_texts())

    _KEYS: ClassVar[dict[str, tuple[str, ...]]] = {
        "learner": ("id",), "role": ("learner", "role"), "cohort": ("id",), "setting": ("key",),
        "gap": ("question",), "vote": ("source",), "urgency_feedback": ("verdict", "cls"), "conversation": ("id",),
        "schedule": ("id",), "delivery": ("schedule",), "nudge_event": ("schedule", "kind", "user"),
        "review_learner": ("learner",), "review_card": ("learner", "key"), "ticket": ("id",),
    }  # fmt: skip

    def _tables_for(self, kind: str, row: dict) -> tuple[str, Table]:
        """The lock group and the table a record of `kind` goes to (not rotation and attempts, which are kept
        in another shape)."""
        if kind in ("learner", "role", "cohort", "setting", "conversation", "schedule"):
            name = {"learner": "learners", "role": "roles", "cohort": "cohorts", "setting": "settings"}.get(
                kind, kind + "s"
            )
            return "directory", self._directory(name)
        if kind in ("gap", "vote", "urgency_feedback"):
            return "feedback", self._feedback({"gap": "gaps", "vote": "vote_counts"}.get(kind, kind))
        if kind in ("delivery", "nudge_event"):
            return f"week-{row['period']}", self._week(row["period"], "deliveries" if kind == "delivery" else "events")
        if kind == "ticket":
            return "tickets", self._tickets()
        return "reviews", self._reviews("learners" if kind == "review_learner" else "cards")

    def import_records(self, kind: str, rows: list[dict]) -> None:
        if kind == "attempt":
            return self._import_attempts(rows)
        if kind == "audit":  # kept with its sequence number (the document id), unless another entry holds it
            with self._lock("audit"):
                table = self._audit()
                held = {row.doc_id: dict(row) for row in table.all()}
                entries = [(row["seq"], {k: v for k, v in row.items() if k != "seq"}) for row in rows]
                table.insert_multiple(Document(entry, doc_id=seq) for seq, entry in entries if seq not in held)
                # an entry whose number is taken by a different one (two stores' logs merged) is appended
                table.insert_multiple(entry for seq, entry in entries if seq in held and held[seq] != entry)
            return None
        if kind == "item_text":
            self.record_item_texts(rows)
            return None
        if kind == "rotation":
            for row in rows:
                platform, _, channel = row["channel"].partition(":")
                shard, table = self._rotation(platform, channel)
                with self._lock(f"rotation-{shard:02d}"):
                    key = Query().channel == row["channel"]
                    counts = (table.get(key) or {}).get("counts", {})
                    counts.setdefault(row["item"], row["count"])
                    table.upsert({"channel": row["channel"], "counts": counts}, key)
            return None
        groups: dict[tuple[str, int], list[dict]] = {}
        for row in rows:
            group, table = self._tables_for(kind, row)
            groups.setdefault((group, id(table)), [group, table, []])[2].append(row)
        for group, table, new in groups.values():
            with self._lock(group):
                held = {tuple(r.get(k) for k in self._KEYS[kind]) for r in table.all()}
                table.insert_multiple(r for r in new if tuple(r.get(k) for k in self._KEYS[kind]) not in held)
        return None

    def _import_attempts(self, docs: list[dict]) -> None:
        by_quiz: dict[str, dict[str, list[dict]]] = {}  # quiz -> shard -> documents
        for doc in docs:
            quiz_id, shard, _ = doc["id"].split("~")
            by_quiz.setdefault(_safe(quiz_id, _SAFE_ID), {}).setdefault(_safe(shard, _SAFE_SHARD), []).append(doc)
        for quiz_id, shards in by_quiz.items():
            with self._lock(f"attempts-{quiz_id}"):
                for shard, new in shards.items():
                    table = self._table(self._shard_path(quiz_id, shard), "attempts")
                    held = {row["id"] for row in table.all()}
                    table.insert_multiple(doc for doc in new if doc["id"] not in held)
                added = [doc for new in shards.values() for doc in new]
                index = self._open_index(quiz_id)
                opened = {row["learner"] for row in index.all()}
                entries = []
                for doc in added:  # one attempt in progress per learner: the first kept
                    if doc["status"] != COMPLETED and doc["learner"] not in opened:
                        opened.add(doc["learner"])
                        entries.append({"learner": doc["learner"], "attempt": doc["id"]})
                if entries:  # TinyDB writes the file even for nothing
                    index.insert_multiple(entries)
                self._note_firsts(quiz_id, added)

    def first_attempts(
        self, quiz_id: str, since: date | None = None, until: date | None = None
    ) -> list[tuple[FirstTry, FirstTry | None]]:
        quiz_dir = self._quiz_dir(quiz_id)
        if since or until:  # firsts within a window: the shards of the window's months, read whole
            low, high = (since or date.min).isoformat(), (until or date.max).isoformat()
            docs = [d for d in self._shard_docs(quiz_dir, (low[:7], high[:7])) if low <= d["started_at"][:10] <= high]
            docs.sort(key=lambda d: (d["started_at"], d["id"]))
            started: dict[str, str] = {}
            done: dict[str, str] = {}
            for doc in docs:
                started.setdefault(doc["learner"], doc["id"])
                if doc["status"] == COMPLETED:
                    done.setdefault(doc["learner"], doc["id"])
            pairs = [(first, done.get(learner)) for learner, first in started.items()]
        else:  # each learner's firsts, from firsts.json: only the shards holding them are read
            if not (quiz_dir / "firsts.json").is_file() and quiz_dir.is_dir():
                with self._lock(f"attempts-{quiz_id}"):
                    self._note_firsts(quiz_id, [])
            rows = sorted(self._raw_docs(quiz_dir / "firsts.json", "firsts"), key=lambda row: row["started"])
            pairs = [(row["started"][1], row["done"][1] if row["done"] else None) for row in rows]
        made = {d["id"]: FirstTry.from_doc(d) for d in self._docs_by_id({i for pair in pairs for i in pair if i})}
        return [(made[first], made[done] if done else None) for first, done in pairs]

    def last_completions(self, quiz_id: str, learners: Collection[str]) -> dict[str, FirstTry]:
        wanted, latest = set(learners), {}
        for doc in self._shard_docs(self._quiz_dir(quiz_id)):  # every shard of the quiz: for recurring ones only
            if doc["learner"] in wanted and doc["status"] == COMPLETED:
                held = latest.get(doc["learner"])
                if held is None or (doc["finished_at"], doc["id"]) > (held["finished_at"], held["id"]):
                    latest[doc["learner"]] = doc
        return {learner: FirstTry.from_doc(doc) for learner, doc in latest.items()}

    def _docs_by_id(self, attempt_ids: Collection[str]) -> Iterator[dict]:
        """The stored documents of these attempts (ids unknown skipped), reading each shard holding them once."""
        wanted: dict[tuple[str, str], set[str]] = {}
        for attempt_id in attempt_ids:
            parts = attempt_id.split("~")
            if len(parts) == 3:
                wanted.setdefault((parts[0], parts[1]), set()).add(attempt_id)
        for (quiz_id, shard), ids in wanted.items():
            try:
                path = self._shard_path(quiz_id, shard)
            except ValueError:
                continue
            yield from (doc for doc in self._raw_docs(path, "attempts") if doc["id"] in ids)

    def answer_tallies(
        self, attempt_ids: Collection[str], top: Collection[str] = (), bottom: Collection[str] = ()
    ) -> dict[str, AnswerTally]:
        top, bottom = set(top), set(bottom)
        counts = Counter(
            (answer["question"], answer["option"], answer["correct"], doc["id"] in top, doc["id"] in bottom)
            for doc in self._docs_by_id(attempt_ids)
            for answer in doc.get("answers") or ()
        )
        return tally_answers((*key, count) for key, count in counts.items())

    # Requests already answered (Slack event ids and slash-command triggers), kept for an hour and more,
    # across restarts and processes: one append-only file per ten minutes, old ones deleted.

    def first_sighting(self, request_id: str, now: datetime | None = None) -> bool:
        """True the first time `request_id` is seen in the last hour (at least); False for a repeat."""
        now = (now or datetime.now(UTC)).astimezone(UTC)
        windows = [_window(now - timedelta(minutes=10 * back)) for back in range(SEEN_WINDOWS)]
        folder = self.root / "seen"
        request_id = request_id.replace("\n", " ")
        with self._lock("seen"):
            folder.mkdir(exist_ok=True)
            new_window = windows[0] not in self._seen
            self._seen = {w: self._seen.get(w) or _SeenLog(folder / f"{w}.log") for w in windows}
            if any(request_id in log.refresh() for log in self._seen.values()):
                return False
            self._seen[windows[0]].append(request_id)
            if new_window:  # files older than the windows consulted are deleted once per window, not per request
                for old in folder.glob("*.log"):
                    if old.stem < windows[-1]:
                        old.unlink(missing_ok=True)
        return True

    # The audit log (bot/storage/port.py: AuditLog): a file of its own, appended under its own lock

    def _audit(self) -> Table:
        return self._table(self.root / "audit.json", "audit")

    def record_audit(self, actor: str, action: str, subject: str, detail: str = "") -> None:
        at = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock("audit"):
            self._audit().insert({"at": at, "actor": actor, "action": action, "subject": subject, "detail": detail})

    def audit_log(self, since: datetime | None = None) -> list[dict]:
        low = since.astimezone(UTC).isoformat(timespec="seconds") if since else ""
        rows = sorted(self._audit().all(), key=lambda row: row.doc_id)
        return [{"seq": row.doc_id, **row} for row in rows if row["at"] >= low]

    # Retention (bot/storage/port.py: Retention): one `_purge_<kind>(cutoff, dry_run) -> count` per kind of
    # bot.retention.PURGE_KINDS, each under the lock of the files it changes

    def purge(self, cutoffs: Mapping[str, datetime], dry_run: bool = False) -> dict[str, int]:
        check_purge_kinds(cutoffs)
        return {kind: getattr(self, f"_purge_{kind}")(cutoff, dry_run) for kind, cutoff in cutoffs.items()}

    def claim_purge(self, day: str) -> bool:
        with self._lock("directory"):
            if (self.setting("purged_on") or "") >= day:
                return False
            self.save_setting("purged_on", day)
            return True

    @staticmethod
    def _remove(table: Table, rows: list, dry_run: bool) -> int:
        """Remove `rows` (documents of `table`) unless `dry_run`; how many. Callers hold the writer lock."""
        if rows and not dry_run:
            table.remove(doc_ids=[row.doc_id for row in rows])
        return len(rows)

    def _purge_attempts(self, cutoff: datetime, dry_run: bool) -> int:
        day, removed = cutoff_day(cutoff), 0
        for quiz_dir in sorted(p for p in (self.root / "attempts").glob("*") if p.is_dir()):
            quiz_id, gone = _safe(quiz_dir.name, _SAFE_ID), set()
            with self._lock(f"attempts-{quiz_id}"):
                for path in sorted(quiz_dir.glob("*.json")):
                    match = _SHARD_FILE.fullmatch(path.name)
                    if not match or match.group(1) > day[:7]:  # a shard holds one month's attempts
                        continue
                    table = self._table(path, "attempts")
                    old = [doc for doc in table.all() if doc["started_at"][:10] < day]
                    gone.update(doc["id"] for doc in old)
                    if len(old) == len(table) and old and not dry_run:
                        self._dbs.pop(path, None)
                        path.unlink()
                    else:
                        self._remove(table, old, dry_run)
                if gone and not dry_run:
                    self._open_index(quiz_id).remove(Query().attempt.one_of(sorted(gone)))
                    (quiz_dir / "firsts.json").unlink(missing_ok=True)  # rebuilt from the shards that remain
                    self._dbs.pop(quiz_dir / "firsts.json", None)
                    self._note_firsts(quiz_id, [])
            removed += len(gone)
        return removed

    def _purge_certificates(self, cutoff: datetime, dry_run: bool) -> int:
        day = cutoff_day(cutoff)
        with self._lock("directory"):
            table = self._directory("settings")
            old = [(row, found) for row in table.all()
                   if (found := certificate_of(row["key"], row["value"])) and found["passed_on"] < day]  # fmt: skip
            links = {f"{CERTIFICATE_FOR}{found['attempt']}" for _, found in old}
            self._remove(table, [row for row in table.all() if row["key"] in links], dry_run)
            return self._remove(table, [row for row, _ in old], dry_run)

    def _purge_by_day(self, group: str, table: Table, field: str, cutoff: datetime, dry_run: bool) -> int:
        """Rows of `table` whose `field` (ISO time; rows without one are kept) is of a day before the cutoff's."""
        day = cutoff_day(cutoff)
        with self._lock(group):
            return self._remove(table, [row for row in table.all() if "" < row.get(field, "")[:10] < day], dry_run)

    def _purge_gaps(self, cutoff: datetime, dry_run: bool) -> int:
        return self._purge_by_day("feedback", self._feedback("gaps"), "last_asked", cutoff, dry_run)

    def _purge_votes(self, cutoff: datetime, dry_run: bool) -> int:
        return self._purge_by_day("feedback", self._feedback("vote_counts"), "last_at", cutoff, dry_run)

    def _purge_urgency_feedback(self, cutoff: datetime, dry_run: bool) -> int:
        return self._purge_by_day("feedback", self._feedback("urgency_feedback"), "last_at", cutoff, dry_run)

    def _purge_tickets(self, cutoff: datetime, dry_run: bool) -> int:
        day = cutoff_day(cutoff)
        with self._lock("tickets"):
            table = self._tickets()
            return self._remove(table, [row for row in table.all() if Ticket.from_row(row).changed[:10] < day], dry_run)

    def _purge_audit(self, cutoff: datetime, dry_run: bool) -> int:
        return self._purge_by_day("audit", self._audit(), "at", cutoff, dry_run)

    def _purge_weeks(self, cutoff: datetime, dry_run: bool, personal: bool) -> int:
        """The delivery records of the weeks before the cutoff's: to one person (`personal`: reminders, digests,
        weekly reviews) or to channels, with the engagement events. A week's file left empty is deleted."""
        removed = 0
        for week in [w for w in self._weeks() if w < cutoff_week(cutoff)]:
            with self._lock(f"week-{week}"):
                deliveries, events = self._week(week, "deliveries"), self._week(week, "events")
                old = [row for row in deliveries.all() if row["schedule"].startswith(PERSONAL_DELIVERIES) == personal]
                removed += self._remove(deliveries, old, dry_run)
                if not personal:
                    removed += self._remove(events, events.all(), dry_run)
                if not dry_run and not len(deliveries) and not len(events):
                    path = self.root / "nudges" / f"{week}.json"
                    self._dbs.pop(path, None)
                    path.unlink(missing_ok=True)
        return removed

    def _purge_nudges(self, cutoff: datetime, dry_run: bool) -> int:
        return self._purge_weeks(cutoff, dry_run, personal=False)

    def _purge_reminders(self, cutoff: datetime, dry_run: bool) -> int:
        return self._purge_weeks(cutoff, dry_run, personal=True)

    def _purge_review_cards(self, cutoff: datetime, dry_run: bool) -> int:
        day = cutoff_day(cutoff)
        with self._lock("reviews"):
            table = self._reviews("cards")
            return self._remove(table, [row for row in table.all() if card_day(row["card"]) < day], dry_run)

    def _purge_request_ids(self, cutoff: datetime, dry_run: bool) -> int:
        """The ten-minute files of request ids wholly before the cutoff, and the ids in them."""
        removed, before = 0, _window(cutoff.astimezone(UTC))
        with self._lock("seen"):
            for path in sorted((self.root / "seen").glob("*.log")):
                if path.stem < before:
                    removed += len(path.read_bytes().splitlines())
                    if not dry_run:
                        path.unlink()
        return removed

    # Subject rights (bot/storage/port.py: SubjectRights)

    def subject_records(self, learner_id: str) -> dict[str, list[dict]]:
        return held_about(self.export_records(), learner_id)

    def erase_subject(self, learner_id: str, pseudonym: str) -> dict[str, int]:
        counts = {"learner": 0} | self._erase_from_directory(learner_id, pseudonym)
        with self._lock("reviews"):
            counts["review_learner"] = len(self._reviews("learners").remove(Query().learner == learner_id))
            counts["review_card"] = len(self._reviews("cards").remove(Query().learner == learner_id))
        counts["delivery"] = counts["nudge_event"] = 0
        platform, _, channel = learner_id.partition(":")
        to_them = Query().fragment({"platform": platform, "channel": channel})  # reminders, digests, reviews
        for week in self._weeks():
            with self._lock(f"week-{week}"):
                counts["delivery"] += len(self._week(week, "deliveries").remove(to_them))
                counts["nudge_event"] += len(
                    self._week(week, "events").update({"user": pseudonym}, Query().user == learner_id)
                )
        shard, rotation = self._rotation(platform, channel)
        with self._lock(f"rotation-{shard:02d}"):
            counts["rotation"] = len(rotation.remove(Query().channel == learner_id))
        counts["attempt"] = self._erase_from_attempts(learner_id, pseudonym)
        with self._lock("tickets"):
            counts["ticket"] = 0
            for row in self._tickets().all():
                people = {field: pseudonym for field in ("asker", *TICKET_PEOPLE) if row[field] == learner_id}
                if people:
                    self._tickets().update(people, doc_ids=[row.doc_id])
                    counts["ticket"] += 1
        with self._lock("audit"):
            table, changed = self._audit(), 0
            for field in ("actor", "subject"):
                changed += len(table.update({field: pseudonym}, Query()[field] == learner_id))
            counts["audit"] = changed
        return {kind: counts[kind] for kind in SUBJECT_KINDS}

    def _erase_from_directory(self, learner_id: str, pseudonym: str) -> dict[str, int]:
        """The learner record, roles, assignments, certificates, conversation references and schedules."""
        counts = {}
        with self._lock("directory"):
            learners = self._directory("learners")
            held = learners.get(Query().id == learner_id)
            if held is not None and keeps_pseudonym(held):
                learners.update({"id": pseudonym, "name": "", "tz": ""}, doc_ids=[held.doc_id])
            elif held is not None:
                learners.remove(doc_ids=[held.doc_id])
            counts["learner"] = int(held is not None)
            counts["role"] = len(self._directory("roles").remove(Query().learner == learner_id))
            cohorts = self._directory("cohorts")
            counts["cohort"] = len(cohorts.update(
                lambda doc: doc.update(learners=[pseudonym if lr == learner_id else lr for lr in doc["learners"]]),
                Query().learners.any([learner_id])))  # fmt: skip
            settings, counts["certificate"] = self._directory("settings"), 0
            for row in settings.all():
                found = certificate_of(row["key"], row["value"])
                if found is not None and found["learner"] == learner_id:
                    settings.update({"value": json.dumps(erased_certificate(found, pseudonym))}, doc_ids=[row.doc_id])
                    counts["certificate"] += 1
            conversations, counts["conversation"] = self._directory("conversations"), 0
            for row in conversations.all():
                if names_person(row["reference"], learner_id):
                    kept = without_person(row["reference"])
                    if kept is None:
                        conversations.remove(doc_ids=[row.doc_id])
                    else:
                        conversations.update({"reference": kept}, doc_ids=[row.doc_id])
                    counts["conversation"] += 1
            counts["schedule"] = len(
                self._directory("schedules").update({"created_by": pseudonym}, Query().created_by == learner_id)
            )
        return counts

    def _erase_from_attempts(self, learner_id: str, pseudonym: str) -> int:
        """The learner's attempts, and the indexes of each quiz's attempts in progress and firsts, under the
        pseudonym; how many attempts."""
        changed = 0
        for quiz_dir in sorted(p for p in (self.root / "attempts").glob("*") if p.is_dir()):
            quiz_id = _safe(quiz_dir.name, _SAFE_ID)
            with self._lock(f"attempts-{quiz_id}"):
                for path in sorted(quiz_dir.glob("*.json")):
                    if _SHARD_FILE.fullmatch(path.name):
                        changed += len(
                            self._table(path, "attempts").update({"learner": pseudonym}, Query().learner == learner_id)
                        )
                self._open_index(quiz_id).update({"learner": pseudonym}, Query().learner == learner_id)
                if (quiz_dir / "firsts.json").is_file():
                    self._table(quiz_dir / "firsts.json", "firsts").update(
                        {"learner": pseudonym}, Query().learner == learner_id
                    )
        return changed


def _count_one(table: Table, match, column: str, new_row: dict, **also) -> None:
    """Add one to `column` of the row `match` finds (a new row from `new_row` if none), setting `also` too.
    Callers hold the writer lock."""
    row = table.get(match)
    if row:
        table.update({column: row[column] + 1, **also}, doc_ids=[row.doc_id])
    else:
        table.insert({**new_row, column: new_row[column] + 1, **also})


def _window(moment: datetime) -> str:
    return f"{moment:%Y%m%d%H}-{moment.minute // 10}"


class _SeenLog:
    """One ten-minute window of request ids: read once, then only the lines appended since."""

    def __init__(self, path: Path):
        self.path, self.offset, self.ids = path, 0, set()

    def refresh(self) -> set[str]:
        try:
            with self.path.open("rb") as handle:
                handle.seek(self.offset)
                data = handle.read()
        except FileNotFoundError:
            return self.ids
        complete = data.rfind(b"\n") + 1  # a line still being written by another process waits
        self.ids.update(data[:complete].decode("utf-8", "replace").splitlines())
        self.offset += complete
        return self.ids

    def append(self, request_id: str) -> None:
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(request_id + "\n")
