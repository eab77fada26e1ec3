"""Answer latency in process (p50, p99) on the shipped content and on a corpus scaled to 10,000
passages, and start-up time (load, validate, index) in a fresh interpreter.

    python bench/latency.py [--rounds 5]

Figures are medians of several rounds measured in one run; the machine is noisy.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

from bot.answering import Answerer
from content.loader import load_content
from content.model import Passage

HERE = Path(__file__).resolve().parent
STARTUP = "from bot.service import build_service; from bot.settings import Settings; build_service(Settings.from_env())"


def questions() -> list[str]:
    return [case["q"] for case in yaml.safe_load((HERE / "qa_bench.yaml").read_text())["cases"]]


def scaled(store, size: int):
    """The shipped store with its passages repeated, shuffled sentence by sentence, up to `size`."""
    rng = random.Random(7)
    sentences = [s for p in store.passages for s in p.text.split(". ") if len(s) > 20]
    passages = list(store.passages)
    while len(passages) < size:
        text = ". ".join(rng.sample(sentences, 4)) + "."
        passages.append(Passage(f"scaled#{len(passages)}", store.passages[0].document, "scaled", text))
    return dataclasses.replace(store, passages=passages)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def time_answers(answerer: Answerer, asked: list[str], rounds: int) -> tuple[float, float]:
    p50s, p99s = [], []
    for _ in range(rounds):
        timings = []
        for question in asked:
            started = time.perf_counter()
            answerer.answer(question)
            timings.append((time.perf_counter() - started) * 1000)
        p50s.append(percentile(timings, 0.50))
        p99s.append(percentile(timings, 0.99))
    return statistics.median(p50s), statistics.median(p99s)


def time_startup(rounds: int) -> float:
    runs = []
    for _ in range(rounds):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", STARTUP], check=True)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    store = load_content()
    asked = questions()
    shipped = Answerer(store)
    big = Answerer(scaled(store, 10_000))
    # Every question also through the passage index, as when no curated item matches.
    passage_only = Answerer(dataclasses.replace(scaled(store, 10_000), items=[]))
    for answerer in (shipped, big, passage_only):
        answerer.answer("warm up")
    print(f"questions: {len(asked)} x {args.rounds} rounds (medians of per-round percentiles)")
    for label, answerer in (
        (f"shipped content ({len(store.items)} items, {len(store.passages)} passages)", shipped),
        (f"scaled to {len(big.store.passages)} passages", big),
        (f"scaled, passages only ({len(passage_only.store.passages)})", passage_only),
    ):
        p50, p99 = time_answers(answerer, asked, args.rounds)
        print(f"latency {label}: p50 {p50:.2f} ms, p99 {p99:.2f} ms")
    print(f"start-up (fresh interpreter: imports, load, validate, index): median {time_startup(args.rounds):.2f} s")


if __name__ == "__main__":
    main()
