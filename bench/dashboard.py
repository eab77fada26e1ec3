"""The training dashboard and the officer's report at 1,000 learners and 100,000 attempts on the embedded engine
(TinyDB): p50 time of a dashboard page and of the annual reach page served by the running server (the web door
in process, signed in), and of `safeguard-bot results --json` as a new process (imports and content included).

    python -m bench.dashboard [--learners 1000] [--attempts 100000] [--rounds 5]

Target (issue 14): under 1 s on the embedded engine. Prints each figure's median of `--rounds` after one
warm-up (the first report builds each quiz's firsts.json from shards written straight to disk).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from aiohttp.test_utils import TestClient, TestServer

from adapters.server import build_web_app
from adapters.web import SESSION_COOKIE, session_cookie
from bench.storage_engines import load_tinydb
from bot.service import build_service
from bot.settings import Settings
from bot.storage import TinyStore
from content.loader import SHIPPED_CONTENT
from quizzes.tracking import Cohort, Learner

TEAMS = ("North", "South", "East", "West", "Central")
AGENCIES = ("Police", "Health", "Council", "Education")


def fill(root: Path, learners: int, total: int) -> None:
    """`total` attempts by `learners` learners on a roster, and one assignment per quiz to every fifth learner."""
    load_tinydb(root, total, learners)
    store = TinyStore(root)
    for n in range(learners):
        store.save_learner(Learner(f"bench:learner-{n}", f"Learner {n}", TEAMS[n % 5], AGENCIES[n % 4]))
    store.grant_role("bench:officer", "training_officer")
    for quiz in sorted(p.name for p in (root / "attempts").iterdir()):
        store.save_cohort(Cohort(f"bench-{quiz}", quiz, tuple(f"bench:learner-{n}" for n in range(0, learners, 5)),
                                 date(2026, 12, 31), "Every fifth", assigned_on=date(2026, 11, 1)))  # fmt: skip


async def time_pages(root: Path, rounds: int) -> dict[str, list[float]]:
    service = build_service(Settings(root, SHIPPED_CONTENT))
    timings: dict[str, list[float]] = {"/dashboard": [], "/dashboard/report?year=2026": []}
    async with TestClient(TestServer(build_web_app(service))) as client:
        client.session.cookie_jar.update_cookies({SESSION_COOKIE: session_cookie(service.tracking, "bench:officer")})
        for path, found in timings.items():
            for _ in range(rounds + 1):
                started = time.perf_counter()
                response = await client.get(path)
                await response.read()
                found.append(time.perf_counter() - started)
                if response.status != 200:
                    raise SystemExit(f"{path} answered {response.status}")
    return {path: found[1:] for path, found in timings.items()}


def time_results(root: Path, rounds: int) -> list[float]:
    env = {**os.environ, "DATA_DIR": str(root)}
    walls = []
    for _ in range(rounds + 1):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "cli", "results", "--json"], env=env, stdout=subprocess.DEVNULL,
                       check=True)  # fmt: skip
        walls.append(time.perf_counter() - started)
    return walls[1:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=1000)
    parser.add_argument("--attempts", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        started = time.perf_counter()
        fill(root, args.learners, args.attempts)
        took = time.perf_counter() - started
        print(f"filled {args.attempts:,} attempts by {args.learners:,} learners in {took:.1f} s")
        figures = asyncio.run(time_pages(root, args.rounds))
        figures["results --json (a new process)"] = time_results(root, args.rounds)
    print(f"\n| what | p50 of {args.rounds} | fastest | slowest | target < 1 s |\n|---|---|---|---|---|")
    for what, walls in figures.items():
        p50 = statistics.median(walls)
        print(f"| {what} | {p50:.2f} s | {min(walls):.2f} s | {max(walls):.2f} s | {'met' if p50 < 1 else 'not met'} |")


if __name__ == "__main__":
    main()
