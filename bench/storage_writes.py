"""Per-answer write latency of the TinyDB tracking store with 1,000 and with 100,000 stored attempts.

    python bench/storage_writes.py [--rounds 3] [--answers 200]

Each stored data set is written straight to shard files (10 quizzes, attempts spread back
over the months, SHARD_CAPACITY per file), then answers are recorded through the store, as
the engine does: lock, rewrite one shard atomically (temp file, fsync, rename). The shard being
written to is filled so the measured answers take it up to its capacity: the worst case, the
same in both data sets, since no write rewrites more than one shard.
Figures are medians of per-round percentiles, measured in one run.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.storage import SHARD_CAPACITY, TinyStore
from quizzes.tracking import COMPLETED, Answer, Attempt

QUIZZES = [f"quiz-{n}" for n in range(10)]
NOW = datetime(2026, 11, 15, 10, 0, tzinfo=UTC)
QUESTIONS = [f"q{n}" for n in range(1, 7)]


def _attempt(quiz: str, shard: str, n: int, started: datetime) -> dict:
    answers = [Answer(q, n % 3, n % 3 == 0, started.isoformat(timespec="seconds")) for q in QUESTIONS]
    attempt = Attempt(
        f"{quiz}~{shard}~{n:012x}", quiz, f"bench:learner-{n % 5000}", started.isoformat(timespec="seconds"),
        COMPLETED, answers, {"confidence_before": 3, "confidence_after": 4, "usefulness": 4},
        (started + timedelta(minutes=3)).isoformat(timespec="seconds"), 2, False,
    )  # fmt: skip
    return attempt.to_doc()


def _write_shard(folder: Path, quiz: str, shard: str, count: int, start: int, started: datetime) -> None:
    docs = {str(i + 1): _attempt(quiz, shard, start + i, started) for i in range(count)}
    (folder / f"{shard}.json").write_text(json.dumps({"attempts": docs}, separators=(",", ":")))


def build(root: Path, total: int, latest_fill: int) -> None:
    """`total` attempts over QUIZZES; this month's latest shard of quiz-0 holds `latest_fill` of them."""
    per_quiz, extra = divmod(total - latest_fill, len(QUIZZES))
    serial = 0
    for quiz in QUIZZES:
        folder = root / "attempts" / quiz
        folder.mkdir(parents=True)
        left = per_quiz + (extra if quiz == QUIZZES[0] else 0)
        month = NOW.replace(day=1) - timedelta(days=1)  # older attempts fill earlier months
        if quiz == QUIZZES[0]:
            _write_shard(folder, quiz, f"{NOW:%Y-%m}-001", latest_fill, serial, NOW - timedelta(days=1))
            serial += latest_fill
        while left > 0:
            for shard_number in (1, 2):
                count = min(left, SHARD_CAPACITY)
                if count:
                    _write_shard(folder, quiz, f"{month:%Y-%m}-{shard_number:03d}", count, serial, month)
                    serial, left = serial + count, left - count
            month = month.replace(day=1) - timedelta(days=1)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(total: int, latest_fill: int, answers: int, rounds: int) -> tuple[float, float, int]:
    p50s, p99s = [], []
    for _ in range(rounds):
        root = Path(tempfile.mkdtemp(prefix="sgbench-"))
        try:
            build(root, total, latest_fill)
            store = TinyStore(root)
            stored = sum(1 for _ in store.attempts())
            timings = []
            learner = 0
            while len(timings) < answers:
                attempt = store.start_attempt(QUIZZES[0], f"bench:new-{learner}", NOW)
                learner += 1
                for question in QUESTIONS:
                    started = time.perf_counter()
                    store.record_answer(attempt.id, Answer(question, 1, False, NOW.isoformat()))
                    timings.append((time.perf_counter() - started) * 1000)
            p50s.append(percentile(timings, 0.50))
            p99s.append(percentile(timings, 0.99))
        finally:
            shutil.rmtree(root)
    return statistics.median(p50s), statistics.median(p99s), stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--answers", type=int, default=200)
    args = parser.parse_args()
    fill = SHARD_CAPACITY - math.ceil(args.answers / len(QUESTIONS))
    results = {}
    print(
        f"shard capacity {SHARD_CAPACITY} attempts, written from {fill} to full; "
        f"{args.answers} answers x {args.rounds} rounds"
    )
    for total in (1_000, 100_000):
        p50, p99, stored = measure(total, fill, args.answers, args.rounds)
        results[total] = p99
        print(f"{stored:>7} stored attempts: per-answer write p50 {p50:.2f} ms, p99 {p99:.2f} ms")
    print(f"p99 ratio 100,000 / 1,000: {results[100_000] / results[1_000]:.2f}")


if __name__ == "__main__":
    main()
