"""Both storage engines side by side, with SQLite in WAL mode as a yardstick, at 1k / 100k / 1M stored attempts.

    python -m bench.storage_engines [--sizes 1000 100000 1000000] [--answers 300] [--rounds 3] [--tinydb-max 100000]

For each size, the same attempts (the shipped quizzes, 5,000 learners, a few retakes each, every question
answered) are loaded into a fresh store of each engine, then:
- per-answer write latency: new attempts started and answered through the store, as the quiz engine does
  (TinyDB: lock, rewrite one bounded shard, fsync, rename; PostgreSQL: a durable cluster, fsync on, one
  transaction per answer; SQLite: WAL, synchronous=FULL, one transaction per answer), p50 and p99, median
  of the rounds;
- `safeguard-bot results --json` (the training officer's report), run as a process: median wall time of the
  rounds (after one untimed run) and peak RSS.
PostgreSQL is a throwaway cluster on a loopback port (tests/postgres_cluster.py), started with fsync on.
TinyDB beyond --tinydb-max is skipped (its 1M report takes about a minute; the issue's target is at 100k).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg

from bot.storage import TinyStore
from bot.storage.postgres_store import PostgresStore
from bot.storage.tinydb_store import SHARD_CAPACITY
from content.loader import SHIPPED_CONTENT, load_content
from quizzes.loader import SHIPPED_QUIZZES, load_quizzes
from quizzes.tracking import COMPLETED, Answer
from tests.postgres_cluster import Cluster

NOW = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
LEARNERS = 5000
QUIZZES = load_quizzes(SHIPPED_QUIZZES, load_content(SHIPPED_CONTENT))


def attempts(total: int, learners: int = LEARNERS):
    """`total` completed attempts: (quiz, learner, serial) spread over quizzes and `learners`, oldest first."""
    quiz_ids = sorted(QUIZZES)
    for n in range(total):
        quiz = QUIZZES[quiz_ids[n % len(quiz_ids)]]
        started = NOW - timedelta(days=400) + timedelta(seconds=n * (400 * 86400 // max(total, 1)))
        stamp = started.isoformat(timespec="seconds")
        answers = [
            Answer(q.id, (n + i) % len(q.options), (n + i) % 3 != 0, stamp) for i, q in enumerate(quiz.questions)
        ]
        score = sum(a.correct for a in answers)
        yield {
            "id": f"{quiz.id}~{started:%Y-%m}-{1 + (n // 10 // SHARD_CAPACITY) % 900:03d}~{n:012x}",
            "quiz": quiz.id, "learner": f"bench:learner-{(n // len(quiz_ids)) % learners}", "started_at": stamp,
            "status": COMPLETED, "answers": [a.__dict__ for a in answers],
            "ratings": {"confidence_before": 3, "confidence_after": 4, "usefulness": 4},
            "finished_at": (started + timedelta(minutes=4)).isoformat(timespec="seconds"), "score": score,
            "passed": score >= 0.8 * len(answers),
        }  # fmt: skip


def load_tinydb(root: Path, total: int, learners: int = LEARNERS) -> None:
    """Written straight to shard files, as the store would have written them (SHARD_CAPACITY a file)."""
    shards: dict[Path, dict] = {}
    for doc in attempts(total, learners):
        quiz, shard, _ = doc["id"].split("~")
        table = shards.setdefault(root / "attempts" / quiz / f"{shard}.json", {})
        table[str(len(table) + 1)] = doc
    for path, table in shards.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"attempts": table}, separators=(",", ":")))


def _attempt_row(d: dict) -> tuple:
    ratings = json.dumps(d["ratings"])
    return (
        d["id"],
        d["quiz"],
        d["learner"],
        d["started_at"],
        d["status"],
        ratings,
        d["finished_at"],
        d["score"],
        d["passed"],
    )


def load_postgres(url: str, total: int) -> None:
    PostgresStore(url).close()  # the schema
    with psycopg.connect(url) as conn, conn.cursor() as cursor:
        columns = "id, quiz, learner, started_at, status, ratings, finished_at, score, passed"
        with cursor.copy(f"COPY attempts ({columns}) FROM STDIN") as copy:
            for d in attempts(total):
                copy.write_row(_attempt_row(d))
        with cursor.copy("COPY answers (attempt, question, option, correct, at) FROM STDIN") as copy:
            for d in attempts(total):
                for a in d["answers"]:
                    copy.write_row((d["id"], a["question"], a["option"], a["correct"], a["at"]))
        cursor.execute("ANALYZE")


SQLITE_SCHEMA = """
CREATE TABLE attempts (id TEXT PRIMARY KEY, quiz TEXT, learner TEXT, started_at TEXT, status TEXT, ratings TEXT,
                       finished_at TEXT, score INTEGER, passed INTEGER);
CREATE TABLE answers (attempt TEXT, question TEXT, option INTEGER, correct INTEGER, at TEXT,
                      PRIMARY KEY (attempt, question));
"""


def load_sqlite(path: Path, total: int) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.executescript(SQLITE_SCHEMA)
    conn.execute("BEGIN")
    for d in attempts(total):
        conn.execute("INSERT INTO attempts VALUES (?,?,?,?,?,?,?,?,?)", _attempt_row(d))
        rows = [(d["id"], a["question"], a["option"], a["correct"], a["at"]) for a in d["answers"]]
        conn.executemany("INSERT INTO answers VALUES (?,?,?,?,?)", rows)
    conn.execute("COMMIT")
    return conn


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def time_store_answers(store, answers: int, tag: str) -> list[float]:
    quiz = QUIZZES[sorted(QUIZZES)[0]]
    timings, learner = [], 0
    while len(timings) < answers:
        attempt = store.start_attempt(quiz.id, f"bench:{tag}-{learner}", NOW)
        learner += 1
        for question in quiz.questions:
            started = time.perf_counter()
            store.record_answer(attempt.id, Answer(question.id, 1, False, NOW.isoformat()))
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def time_sqlite_answers(conn: sqlite3.Connection, answers: int, tag: str) -> list[float]:
    quiz = QUIZZES[sorted(QUIZZES)[0]]
    timings, learner = [], 0
    while len(timings) < answers:
        attempt = f"{quiz.id}~{NOW:%Y-%m}-000~{tag}{learner:08x}"
        conn.execute("INSERT INTO attempts (id, quiz, learner, started_at, status) VALUES (?,?,?,?,?)",
                     (attempt, quiz.id, f"bench:{tag}-{learner}", NOW.isoformat(), "in_progress"))  # fmt: skip
        learner += 1
        for question in quiz.questions:
            started = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            if conn.execute("SELECT status FROM attempts WHERE id = ?", (attempt,)).fetchone()[0] != COMPLETED:
                conn.execute("INSERT OR IGNORE INTO answers VALUES (?,?,?,?,?)",
                             (attempt, question.id, 1, 0, NOW.isoformat()))  # fmt: skip
            conn.execute("COMMIT")
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def time_report(env: dict, rounds: int) -> tuple[float, float, float]:
    """Median wall seconds and peak RSS (MB) of `safeguard-bot results --json` over `rounds` runs, each a new
    process, its output discarded, after a first run timed apart (on TinyDB data written straight to the
    shards, the first report builds each quiz's firsts.json)."""
    walls, peaks = [], []
    for _ in range(rounds + 1):
        started = time.perf_counter()
        run = subprocess.run([sys.executable, "-c", REPORT_WITH_PEAK], env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True, check=False)  # fmt: skip
        walls.append(time.perf_counter() - started)
        if run.returncode:
            raise SystemExit(f"results --json failed ({run.returncode}): {run.stderr[-500:]}")
        peaks.append(int(run.stderr.rsplit("VmHWM:", 1)[1].split()[0]) / 1024)
    return statistics.median(walls[1:]), max(peaks[1:]), walls[0]


# `safeguard-bot results --json`, then the process's own peak resident memory (VmHWM, of its memory map only:
# a forked child's rusage would count the benchmark's own memory, copied at the fork).
REPORT_WITH_PEAK = (
    "import sys\n"
    "sys.argv = ['safeguard-bot', 'results', '--json']\n"
    "from cli.main import main\n"
    "try:\n"
    "    code = main()\n"
    "finally:\n"
    "    sys.stdout.flush()\n"
    "    sys.stderr.write(next(l for l in open('/proc/self/status') if l.startswith('VmHWM:')))\n"
    "sys.exit(code)\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 100_000, 1_000_000])
    parser.add_argument("--answers", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tinydb-max", type=int, default=100_000)
    args = parser.parse_args()
    cluster = Cluster(durable=True).start()
    base_env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DATA_DIR")}
    out = io.StringIO()
    out.write(
        "| stored attempts | engine | answer write p50 | p99 | `results --json` (median) | first run | peak RSS |\n"
    )
    out.write("|---|---|---|---|---|---|---|\n")
    try:
        for size in args.sizes:
            work = Path(tempfile.mkdtemp(prefix="sgengines-"))
            try:
                rows = []
                if size <= args.tinydb_max:
                    load_tinydb(work / "tinydb", size)
                    store = TinyStore(work / "tinydb")
                    runs = [time_store_answers(store, args.answers, f"r{r}") for r in range(args.rounds)]
                    wall, rss, first = time_report(base_env | {"DATA_DIR": str(work / "tinydb")}, args.rounds)
                    rows.append(("TinyDB", runs, f"{wall:.2f} s", f"{first:.2f} s", f"{rss:.0f} MB"))
                url = cluster.database()
                load_postgres(url, size)
                store = PostgresStore(url)
                runs = [time_store_answers(store, args.answers, f"r{r}") for r in range(args.rounds)]
                store.close()
                wall, rss, first = time_report(
                    base_env | {"DATABASE_URL": url, "DATA_DIR": str(work / "unused")}, args.rounds
                )
                rows.append(("PostgreSQL", runs, f"{wall:.2f} s", f"{first:.2f} s", f"{rss:.0f} MB"))
                conn = load_sqlite(work / "sqlite.db", size)
                runs = [time_sqlite_answers(conn, args.answers, f"r{r}") for r in range(args.rounds)]
                rows.append(("SQLite WAL (yardstick)", runs, "-", "-", "-"))
                for engine, runs, wall, first, rss in rows:
                    p50 = statistics.median(percentile(r, 0.5) for r in runs)
                    p99 = statistics.median(percentile(r, 0.99) for r in runs)
                    line = f"| {size:,} | {engine} | {p50:.2f} ms | {p99:.2f} ms | {wall} | {first} | {rss} |"
                    out.write(line + "\n")
                    print(line, flush=True)
            finally:
                shutil.rmtree(work, ignore_errors=True)
    finally:
        cluster.stop()
    print()
    print(out.getvalue())


if __name__ == "__main__":
    main()
