import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.service import Service, wire_service
from bot.settings import Settings
from bot.storage import TinyStore
from content.loader import SHIPPED_CONTENT, load_content
from quizzes.loader import SHIPPED_QUIZZES, load_quizzes
from tests.postgres_cluster import Cluster, NoPostgres


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    """No platform credentials or deployment paths leak into a test; data goes to a temp folder."""
    for name in list(os.environ):
        if name.startswith(("SLACK_", "Microsoft")) or name in ("CONTENT_DIR", "DATABASE_URL"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # content parses kept (content/parse_cache.py)


@pytest.fixture(scope="session")
def postgres_cluster():
    """A throwaway PostgreSQL cluster on a free loopback port for the whole session. Skipped only when
    PostgreSQL cannot be started here; with SAFEGUARD_REQUIRE_POSTGRES=1 (set by .ci/run) that fails instead."""
    try:
        cluster = Cluster().start()
    except NoPostgres as exc:
        if os.environ.get("SAFEGUARD_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required here and cannot be started: {exc}")
        pytest.skip(f"PostgreSQL cannot be started: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster) -> str:
    """The URL of a new, empty database on the session's cluster."""
    return postgres_cluster.database()


@pytest.fixture(scope="session")
def shipped_store():
    return load_content(SHIPPED_CONTENT)


@pytest.fixture(scope="session")
def answerer(shipped_store):
    return Answerer(shipped_store)


@pytest.fixture(scope="session")
def shipped_quizzes(shipped_store):
    return load_quizzes(SHIPPED_QUIZZES, shipped_store)


@pytest.fixture
def tracking(tmp_path):
    return TinyStore(tmp_path / "tracking")


@pytest.fixture
def conversation(answerer, shipped_quizzes, tracking):
    return make_service(Settings(tracking.root, SHIPPED_CONTENT), answerer, shipped_quizzes, tracking).conversation


def make_service(settings: Settings, answerer: Answerer, quizzes, tracking: TinyStore) -> Service:
    """The service wired as build_service does, from already loaded parts (loading takes a second)."""
    return wire_service(settings, answerer.store, quizzes, tracking, answerer)


@pytest.fixture
def gap_answerer(shipped_store, tmp_path):
    gaps = TinyStore(tmp_path / "gaps")
    return Answerer(shipped_store, gaps), gaps


SOURCE_TEXT = """Learning Briefing

1. Missed appointments
When a child misses a health appointment, practitioners should think of the child as
Was Not Brought rather than Did Not Attend, because a young child cannot take themselves.

12

2. Working with fathers
Practitioners should ask about every adult in the household, including new partners.
https://example.org/fathers.pdf
"""

ITEMS = """items:
  - id: brief-was-not-brought
    title: Was Not Brought
    kind: guide
    topics: [missed]
    text: Think of a child who misses an appointment as Was Not Brought, not Did Not Attend.
    keywords: [DNA]
    questions: ["what does was not brought mean", "why not say did not attend", "a child missed an appointment"]
    source:
      document: briefing.txt
      section: 1. Missed appointments
      quote: practitioners should think of the child as Was Not Brought rather than Did Not Attend
  - id: brief-fathers
    title: Ask about every adult
    kind: learning
    topics: [fathers]
    text: Ask about every adult in the household, including new partners.
    questions: ["who should I ask about", "what about new partners", "the boyfriend nobody has met"]
    source:
      document: briefing.txt
      section: 2. Working with fathers
      quote: Practitioners should ask about every adult in the household, including new partners.
"""


QUIZ = """id: missed
title: Missed appointments
description: Was not brought.
topics: [missed]
pass_mark: 80
evaluation: true
shuffle: false
questions:
""" + "".join(
    f"""  - id: q{n}
    stem: Question {n}?
    options: [Right answer {n}, Wrong answer {n}, Other wrong answer {n}]
    correct: 1
    explanation: Explanation {n}.
    item: {"brief-was-not-brought" if n % 2 else "brief-fathers"}
"""
    for n in range(1, 6)
)


def write_content(root: Path, items: str = ITEMS, quiz: str = QUIZ) -> Path:
    """A small valid content folder, with a quiz folder inside it; tests break one part at a time."""
    (root / "sources").mkdir(parents=True)
    (root / "items").mkdir()
    (root / "sources" / "briefing.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    (root / "documents.yaml").write_text(
        "documents:\n  - file: briefing.txt\n    title: Test Briefing\n    url: https://example.org/b\n"
    )
    (root / "topics.yaml").write_text(
        "topics:\n  - {id: missed, label: Missed appointments}\n  - {id: fathers, label: Fathers}\n"
    )
    (root / "synonyms.yaml").write_text("groups:\n  - same: [did not attend, dna, not brought]\n")
    (root / "partnership.yaml").write_text(
        textwrap.dedent(
            """\
            name: Test Partnership
            website: https://example.org
            emergency_route: ["If a child is in immediate danger, call 999."]
            who_to_ask: your safeguarding lead
            review_pseudonyms: [Child N]
            """
        )
    )
    (root / "items" / "briefing.yaml").write_text(items, encoding="utf-8")
    (root / "quizzes").mkdir()
    (root / "quizzes" / "missed.yaml").write_text(quiz, encoding="utf-8")
    return root


def folders(root: Path) -> list[str]:
    """Command-line options pointing at a folder made by write_content."""
    return ["--content-dir", str(root), "--quiz-dir", str(root / "quizzes")]


@pytest.fixture
def mini_content(tmp_path) -> Path:
    return write_content(tmp_path / "content")


@pytest.fixture
def shipped_copy(tmp_path) -> Path:
    """A writable copy of the shipped content, for commands that change it."""
    target = tmp_path / "shipped"
    shutil.copytree(SHIPPED_CONTENT, target, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return target


def run_with(harness, scenario):
    """Start a Slack or Teams harness, run `scenario(harness)` in it, and stop it."""

    async def main():
        async with harness as started:
            return await scenario(started)

    return asyncio.run(main())


def start_server(data_dir: Path, stderr=subprocess.DEVNULL, settings: dict | None = None):
    """`safeguard-bot serve` on a free loopback port, without platform credentials (`settings`: more environment
    variables); return the process, its base URL and what /healthz said once it answered."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "Microsoft"))}
    process = subprocess.Popen(
        [sys.executable, "-m", "cli", "serve", "--port", str(port)],
        env={**env, "DATA_DIR": str(data_dir), **(settings or {})}, stderr=stderr, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=1) as response:
                return process, base, json.load(response)
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise AssertionError("server did not start") from None
            time.sleep(0.2)
