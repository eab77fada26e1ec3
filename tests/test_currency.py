"""Content kept current (issue 15): `reviewed:` and `version:` on items and quizzes, what `content check` says is due
for review (with a fixed day), quiz questions flagged when the item they cite changed (from a git repository made
here, and from the store's versions without git), `content history`, the versions attempts record on both storage
engines, the report's split by version, and the dashboard's lists."""

import asyncio
import json
import os
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urlparse

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from adapters.web import WebDoor, dashboard_link
from bot.answering import Answerer
from bot.service import build_service, wire_service
from bot.settings import Settings
from bot.storage import TinyStore
from bot.storage.postgres_store import PostgresStore
from cli.main import main
from content.history import text_rows
from content.loader import load_content
from content.model import Currency
from content.yaml_check import InvalidContent
from quizzes.engine import QuizEngine
from quizzes.loader import load_quizzes
from quizzes.tracking import Answer, Learner
from tests.conftest import ITEMS, QUIZ, folders, write_content

OLD_TEXT = "Think of a child who misses an appointment as Was Not Brought, not Did Not Attend."
NEW_TEXT = OLD_TEXT + " A young child cannot take themselves to an appointment."
ITEM = "brief-was-not-brought"  # cited by questions q1, q3 and q5 of the quiz 'missed'; brief-fathers by q2, q4


def _items(first: str = "2026-01-05", second: str = "2026-03-01", version: int = 1, text: str = OLD_TEXT) -> str:
    """The mini content's items with reviewed: and version: after their kind (line 5 is the first's reviewed:)."""
    items = ITEMS.replace("    kind: guide\n", f"    kind: guide\n    reviewed: {first}\n    version: {version}\n")
    items = items.replace("    kind: learning\n", f"    kind: learning\n    reviewed: {second}\n    version: 1\n")
    return items.replace(OLD_TEXT, text)


def _quiz(reviewed: str | None = "2026-02-01") -> str:
    """The mini quiz with reviewed: and version: (none for None), its right options moved about (content check
    refuses giveaways)."""
    fields = f"reviewed: {reviewed}\nversion: 1\n" if reviewed else ""
    quiz = QUIZ.replace("shuffle: false\n", f"shuffle: false\n{fields}")
    for n in range(1, 6):
        options = [f"Right answer {n}", f"Wrong answer {n}", f"Other wrong answer {n}"]
        turn = (n - 1) % 3
        moved = options[-turn:] + options[:-turn] if turn else options
        quiz = quiz.replace(f"    options: [{', '.join(options)}]\n    correct: 1\n",
                            f"    options: [{', '.join(moved)}]\n    correct: {turn + 1}\n")  # fmt: skip
    return quiz


def _line(path: Path, starts: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if line.startswith(starts))


def _flag_line(root: Path, question: str, changed: str, version: int, reviewed: str) -> str:
    quiz = root / "quizzes" / "missed.yaml"
    return (f"{quiz}:{_line(quiz, f'  - id: {question}')}: warning: question {question} of quiz missed: its item "
            f"{ITEM} changed on {changed} (version {version}), after the quiz was reviewed ({reviewed}): review the "
            "question, then the quiz's reviewed: date")  # fmt: skip


GIT_ENV = {
    "GIT_AUTHOR_NAME": "Author", "GIT_AUTHOR_EMAIL": "author@example.org", "GIT_COMMITTER_NAME": "Author",
    "GIT_COMMITTER_EMAIL": "author@example.org", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
}  # fmt: skip


def _git(root: Path, *args: str, day: str = "2026-01-01") -> str:
    stamp = {"GIT_AUTHOR_DATE": f"{day}T12:00:00+00:00", "GIT_COMMITTER_DATE": f"{day}T12:00:00+00:00"}
    done = subprocess.run(["git", *args], cwd=root, env={**os.environ, **GIT_ENV, **stamp}, capture_output=True,
                          text=True, check=True)  # fmt: skip
    return done.stdout.strip()


def _commit(root: Path, day: str) -> str:
    if not (root / ".git").exists():
        _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", f"content of {day}", day=day)
    return _git(root, "rev-parse", "HEAD")


# Items and quizzes carry reviewed: and version:


def test_currency_items_and_quizzes_carry_their_reviewed_date_and_version(tmp_path):
    root = write_content(tmp_path / "c", _items(), _quiz())
    store = load_content(root)
    assert store.items[0].currency == Currency(date(2026, 1, 5), 1, str(root / "items" / "briefing.yaml"), 5)
    assert store.partnership.review_months == 12  # the default
    quiz_file = root / "quizzes" / "missed.yaml"
    quiz = load_quizzes(root / "quizzes", store)["missed"]
    assert quiz.currency == Currency(date(2026, 2, 1), 1, str(quiz_file), _line(quiz_file, "reviewed:"))
    assert [(q.id, q.line, q.item_version) for q in quiz.questions][:2] == [
        ("q1", _line(quiz_file, "  - id: q1"), 1), ("q2", _line(quiz_file, "  - id: q2"), 1)]  # fmt: skip


def test_currency_content_without_the_fields_loads_as_version_1_never_reviewed(mini_content):
    store = load_content(mini_content)
    first = store.items[0].currency
    assert (first.reviewed, first.version, first.number, first.line) == (None, None, 1, 2)  # line 2: the item


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("reviewed", "2026-02-30", "reviewed must be a date like 2026-11-29"),
        ("reviewed", "last spring", "reviewed must be a date like 2026-11-29"),
        ("reviewed", "2026-11-29 10:00:00", "reviewed must be a date like 2026-11-29"),
        ("version", "0", "version must be a whole number from 1"),
        ("version", "'2'", "version must be a whole number from 1"),
        ("version", "true", "version must be a whole number from 1"),
    ],
)
def test_currency_a_malformed_value_is_reported_at_its_file_and_line(tmp_path, field, value, message):
    root = write_content(tmp_path / "c", ITEMS.replace("    kind: guide\n", f"    kind: guide\n    {field}: {value}\n"))
    with pytest.raises(InvalidContent) as caught:
        load_content(root)
    assert [str(e) for e in caught.value.errors] == [f"{root}/items/briefing.yaml:5: item {ITEM}: {message}"]


def test_currency_a_malformed_quiz_date_or_review_period_is_reported_at_its_line(tmp_path):
    root = write_content(tmp_path / "c", _items(), _quiz("soon"))
    with pytest.raises(InvalidContent) as caught:
        load_quizzes(root / "quizzes", load_content(root))
    quiz_file = root / "quizzes" / "missed.yaml"
    where = f"{quiz_file}:{_line(quiz_file, 'reviewed:')}"
    assert [str(e) for e in caught.value.errors] == [f"{where}: quiz missed: reviewed must be a date like 2026-11-29"]
    partnership = root / "partnership.yaml"
    partnership.write_text(partnership.read_text() + "review_months: 0\n")
    with pytest.raises(InvalidContent) as caught:
        load_content(root)
    where = f"{partnership}:{_line(partnership, 'review_months')}"
    assert [str(e) for e in caught.value.errors] == [f"{where}: review_months must be a whole number from 1 to 120"]


# What content check says is due for review, on a fixed day


def test_currency_content_check_warns_of_overdue_content_and_strict_fails(tmp_path, capsys):
    root = write_content(tmp_path / "c", _items(first="2025-01-05", second="2026-03-01"), _quiz("2026-02-01"))
    partnership = root / "partnership.yaml"
    partnership.write_text(partnership.read_text() + "review_months: 6\n")
    (tmp_path / "data").mkdir()  # DATA_DIR (tests/conftest.py): made already, so nothing else is said
    check = [*folders(root), "content", "check"]
    assert main([*check, "--today", "2026-07-10"]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        f"{root}/items/briefing.yaml:5: warning: item {ITEM} reviewed 2025-01-05, due for review on 2025-07-05: "
        "370 day(s) overdue (review every 6 months)"
    ]  # the other item is due on 2026-09-01, the quiz on 2026-08-01
    assert "; 1 due for review, 0 quiz question(s) to review (item history from stored versions)" in out
    assert main([*check, "--strict", "--today", "2026-07-10"]) == 1
    assert "not ready to go live (--strict): review the 1 item(s) and quiz(zes) due" in capsys.readouterr().err
    assert main([*check, "--strict", "--today", "2025-07-04"]) == 0  # the day before it fell due
    assert main([*check, "--strict", "--today", "2026-09-01"]) == 1
    err = capsys.readouterr().err
    assert "review the 3 item(s) and quiz(zes) due" in err
    assert "quiz missed reviewed 2026-02-01, due for review on 2026-08-01: 31 day(s) overdue" in err
    assert "item brief-fathers reviewed 2026-03-01, due for review on 2026-09-01: 0 day(s) overdue" in err


def test_currency_content_never_reviewed_is_due_at_once(tmp_path, capsys):
    root = write_content(tmp_path / "c", ITEMS, _quiz(None))
    assert main([*folders(root), "content", "check", "--strict", "--today", "2026-07-10"]) == 1
    err = capsys.readouterr().err
    assert f"{root}/items/briefing.yaml:2: warning: item {ITEM} has no reviewed: date, so it is due for review" in err
    assert f"{root}/quizzes/missed.yaml:1: warning: quiz missed has no reviewed: date" in err
    assert "review the 3 item(s) and quiz(zes) due" in err


# Questions flagged when the item they cite changes: from git, and from the store's versions


def test_currency_a_changed_item_flags_the_questions_citing_it_from_git(tmp_path, capsys):
    root = write_content(tmp_path / "c", _items(), _quiz("2026-02-01"))
    _commit(root, "2026-01-05")
    check = [*folders(root), "content", "check", "--today", "2026-03-09"]
    assert main(check) == 0
    assert "0 quiz question(s) to review (item history from git)" in capsys.readouterr().out
    (root / "items" / "briefing.yaml").write_text(_items(text=NEW_TEXT))  # changed, not yet committed
    assert main(check) == 0
    out, err = capsys.readouterr()
    assert _flag_line(root, "q1", "2026-03-09", 1, "2026-02-01") in err.splitlines()  # the day checked
    _commit(root, "2026-03-07")
    assert main(check) == 0
    out, err = capsys.readouterr()
    warnings = err.splitlines()
    assert [_flag_line(root, q, "2026-03-07", 1, "2026-02-01") for q in ("q1", "q3", "q5")] == warnings[:3]
    assert warnings[3:] == [f"{root}/items/briefing.yaml:5: warning: item {ITEM}: its text changed on 2026-03-07 but "
                            "its version stayed 1: bump version:"]  # fmt: skip
    assert "3 quiz question(s) to review (item history from git)" in out
    # The author bumps the version and, having reviewed the questions, the quiz's reviewed: date: nothing is left.
    (root / "items" / "briefing.yaml").write_text(_items(text=NEW_TEXT, version=2))
    (root / "quizzes" / "missed.yaml").write_text(_quiz("2026-03-07"))  # reviewed on the day the item changed
    _commit(root, "2026-03-08")
    assert main(check) == 0
    out, err = capsys.readouterr()
    assert err == "" and "0 quiz question(s) to review" in out


def test_currency_without_git_the_stored_versions_flag_the_questions(tmp_path, capsys):
    root = write_content(tmp_path / "c", _items(), _quiz("2026-02-01"))
    store = TinyStore(tmp_path / "data")  # DATA_DIR (tests/conftest.py)
    store.record_item_texts(text_rows(load_content(root).items, datetime(2026, 1, 5, 9, tzinfo=UTC)))
    (root / "items" / "briefing.yaml").write_text(_items(text=NEW_TEXT))  # no version bump
    assert main([*folders(root), "content", "check"]) == 0  # keeps the new text, first seen now
    out, err = capsys.readouterr()
    rows = store.item_texts()
    assert [(r["item"], r["version"], r["text"]) for r in rows[2:]] == [(ITEM, 1, NEW_TEXT)]
    changed = rows[2]["first_seen"][:10]
    assert _flag_line(root, "q1", changed, 1, "2026-02-01") in err.splitlines()
    assert f"{ITEM}: its text changed on {changed} but its version stayed 1: bump version:" in err
    assert "3 quiz question(s) to review (item history from stored versions)" in out
    (root / "items" / "briefing.yaml").write_text(_items(text=NEW_TEXT, version=2))
    assert main([*folders(root), "content", "check"]) == 0
    out, err = capsys.readouterr()
    assert "bump version" not in err and _flag_line(root, "q1", changed, 2, "2026-02-01") in err.splitlines()


def test_currency_content_git_does_not_track_comes_from_the_stored_versions(tmp_path, capsys):
    """A content folder inside a checkout but not tracked by it (a copy in the data folder, ignored files):
    git knows nothing of its items, so their history is the stored texts, not an empty log."""
    root = write_content(tmp_path / "c", _items(), _quiz("2026-02-01"))
    _commit(root, "2026-01-05")
    (root / ".gitignore").write_text("items/\n")
    _git(root, "rm", "-r", "-q", "--cached", "items")
    _commit(root, "2026-01-06")
    store = TinyStore(tmp_path / "data")
    store.record_item_texts(text_rows(load_content(root).items, datetime(2026, 1, 5, 9, tzinfo=UTC)))
    (root / "items" / "briefing.yaml").write_text(_items(text=NEW_TEXT))
    assert main([*folders(root), "content", "check"]) == 0
    out, err = capsys.readouterr()
    assert "item history from stored versions" in out and "bump version" in err


# content history


def test_currency_content_history_from_git_keeps_the_commits_that_changed_the_text(tmp_path, capsys):
    root = write_content(tmp_path / "c", _items(), _quiz())
    _commit(root, "2026-01-05")
    items = _items().replace("Ask about every adult in the household, including new partners.\n",
                             "Ask about every adult in the household.\n", 1)  # fmt: skip
    (root / "items" / "briefing.yaml").write_text(items)  # another item's text: not this item's history
    _commit(root, "2026-02-01")
    (root / "items" / "briefing.yaml").write_text(
        items.replace(OLD_TEXT, NEW_TEXT).replace("version: 1", "version: 2", 1)
    )
    changed = _commit(root, "2026-03-10")
    first = _git(root, "rev-list", "--max-parents=0", "HEAD")
    assert main([*folders(root), "content", "history", ITEM]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{ITEM} (Was Not Brought): 2 text(s), newest first, from git",
        "",
        f"2026-03-10  version 2  commit {changed[:12]}",
        "--- version 1 of 2026-01-05",
        "+++ version 2 of 2026-03-10",
        "@@ -1 +1,2 @@",
        f" {OLD_TEXT}",
        "+A young child cannot take themselves to an appointment.",
        "",
        f"2026-01-05  version 1  commit {first[:12]}",
        "--- (none)",
        "+++ version 1 of 2026-01-05",
        "@@ -0,0 +1 @@",
        f"+{OLD_TEXT}",
    ]


def test_currency_content_history_refuses_an_unknown_item_before_running_git(tmp_path, capsys, monkeypatch):
    root = write_content(tmp_path / "c", _items(), _quiz())
    _commit(root, "2026-01-05")
    ran = []
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: ran.append(a))
    for unknown in ("no-such-item", "x; rm -rf /", "../../etc/passwd"):
        assert main([*folders(root), "content", "history", unknown]) == 2
        assert f"content history: no item '{unknown}' in {root}" in capsys.readouterr().err
    assert ran == []


def test_currency_content_history_without_git_installed_comes_from_the_stored_versions(tmp_path, capsys, monkeypatch):
    root = write_content(tmp_path / "c", _items(), _quiz())
    _commit(root, "2026-01-05")  # a repository, but git cannot be run: the stored versions answer
    store = TinyStore(tmp_path / "data")
    store.record_item_texts(text_rows(load_content(root).items, datetime(2026, 1, 5, 9, tzinfo=UTC)))
    (root / "items" / "briefing.yaml").write_text(_items(text=NEW_TEXT, version=2))
    store.record_item_texts(text_rows(load_content(root).items, datetime(2026, 3, 10, 9, tzinfo=UTC)))
    (tmp_path / "no-git").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "no-git"))
    assert main([*folders(root), "content", "history", ITEM]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:3] == [f"{ITEM} (Was Not Brought): 2 text(s), newest first, from stored versions", "",
                       "2026-03-10  version 2  first seen by the bot"]  # fmt: skip
    assert "+A young child cannot take themselves to an appointment." in out
    assert out[-6:] == ["", "2026-01-05  version 1  first seen by the bot", "--- (none)",
                        "+++ version 1 of 2026-01-05", "@@ -0,0 +1 @@", f"+{OLD_TEXT}"]  # fmt: skip


def test_currency_the_server_keeps_each_new_text_at_start_and_reload(tmp_path):
    root = write_content(tmp_path / "c", _items(), _quiz())
    service = build_service(Settings(tmp_path / "data", root, root / "quizzes"))
    assert [(r["item"], r["version"]) for r in service.tracking.item_texts()] == [(ITEM, 1), ("brief-fathers", 1)]
    (root / "items" / "briefing.yaml").write_text(_items(text=NEW_TEXT, version=2))
    store = load_content(root)
    service.reload(store, load_quizzes(root / "quizzes", store))
    assert [(r["item"], r["version"], r["text"]) for r in service.tracking.item_texts()][2:] == [(ITEM, 2, NEW_TEXT)]


# Attempts record the versions they answered, on both engines; reports split by them


@pytest.fixture(params=["tinydb", "postgres"])
def any_store(request, tmp_path):
    if request.param == "tinydb":
        yield TinyStore(tmp_path / "store")
        return
    store = PostgresStore(request.getfixturevalue("postgres_url"), pool_size=2)
    yield store
    store.close()


def _quizzes(root: Path, version: int) -> dict:
    (root / "items" / "briefing.yaml").write_text(_items(version=version))
    return load_quizzes(root / "quizzes", load_content(root))


def test_currency_an_attempt_records_the_version_of_each_cited_item_as_it_starts(tmp_path, any_store):
    root = write_content(tmp_path / "c", _items(), _quiz())
    clock = lambda: datetime(2026, 3, 2, 9, tzinfo=UTC)  # noqa: E731
    first = QuizEngine(_quizzes(root, 3), any_store, clock)
    (step,) = first.start(Learner("slack:U1"), "missed")
    assert any_store.attempt(step.attempt).item_versions == {ITEM: 3, "brief-fathers": 1}
    later = QuizEngine(_quizzes(root, 4), any_store, clock)  # the item changed while the attempt was open
    (resumed,) = later.start(Learner("slack:U1"), "missed")[-1:]
    assert resumed.attempt == step.attempt and any_store.attempt(step.attempt).item_versions[ITEM] == 3
    (other,) = later.start(Learner("slack:U2"), "missed")
    assert any_store.attempt(other.attempt).item_versions == {ITEM: 4, "brief-fathers": 1}


def _answered(store, learner: str, versions: dict, q1_right: bool) -> None:
    attempt = store.start_attempt("missed", learner, datetime(2026, 3, 2, 9, tzinfo=UTC), versions)
    for n in range(1, 6):
        right = q1_right if n == 1 else True
        store.record_answer(attempt.id, Answer(f"q{n}", 0 if right else 1, right, "2026-03-02T09:01:00+00:00"))
    store.finish_attempt(attempt.id, "2026-03-02T09:05:00+00:00", 4 + q1_right, True)


def test_currency_results_split_a_questions_facility_by_the_cited_items_version(tmp_path, capsys):
    root = write_content(tmp_path / "c", _items(), _quiz())
    store = TinyStore(tmp_path / "d")
    _answered(store, "slack:U1", {}, True)  # stored before versions were recorded: version 1
    _answered(store, "slack:U2", {ITEM: 1, "brief-fathers": 1}, False)
    _answered(store, "slack:U3", {ITEM: 2, "brief-fathers": 1}, True)
    _answered(store, "slack:U4", {ITEM: 2, "brief-fathers": 1}, True)
    results = [*folders(root), "--data-dir", str(tmp_path / "d"), "results", "missed"]
    assert main([*results, "--json"]) == 0
    questions = {q["id"]: q for q in json.loads(capsys.readouterr().out)["quizzes"][0]["questions"]}
    assert questions["q1"]["facility"] == 0.75
    assert questions["q1"]["by_item_version"] == [{"version": 1, "answers": 2, "facility": 0.5},
                                                  {"version": 2, "answers": 2, "facility": 1.0}]  # fmt: skip
    assert questions["q3"]["by_item_version"] == [{"version": 1, "answers": 2, "facility": 1.0},
                                                  {"version": 2, "answers": 2, "facility": 1.0}]  # fmt: skip
    assert questions["q2"]["by_item_version"] == []  # brief-fathers: one version only
    assert main(results) == 0
    assert f"facility by the version of {ITEM}: version 1 50% (n=2), version 2 100% (n=2)" in capsys.readouterr().out


# The dashboard


def test_currency_dashboard_lists_content_due_for_review_and_questions_to_review(tmp_path, tracking):
    root = write_content(tmp_path / "c", _items(first="2024-12-01", second="2025-01-25"), _quiz("2025-06-01"))
    content = load_content(root)
    quizzes = load_quizzes(root / "quizzes", content)
    old = text_rows(load_content(write_content(tmp_path / "old", _items(text="An earlier text."))).items,
                    datetime(2025, 1, 1, tzinfo=UTC))  # fmt: skip
    tracking.record_item_texts([*old, *text_rows(content.items, datetime(2025, 9, 1, tzinfo=UTC))])
    _answered(tracking, "slack:U1", {ITEM: 1}, False)
    _answered(tracking, "slack:U2", {ITEM: 2}, True)
    service = wire_service(Settings(tracking.root, root, root / "quizzes"), content, quizzes, tracking,
                           Answerer(content))  # fmt: skip
    tracking.grant_role("web:officer", "training_officer")
    app = web.Application()
    WebDoor(service, clock=lambda: datetime(2026, 1, 10, 12, tzinfo=UTC)).routes(app)
    link = urlparse(dashboard_link(tracking, "web:officer", "http://127.0.0.1"))

    async def scenario():
        async with TestClient(TestServer(app)) as client:
            await client.get(f"{link.path}?{link.query}", allow_redirects=False)
            return await (await client.get("/dashboard")).text()

    page = asyncio.run(scenario())
    section = page[page.index('<h2 id="review">') :]
    due = section[: section.index("</details>")]
    assert "Due for review by 2026-01-10 or within 30 days (2)" in due
    # oldest first: overdue since 2025-12-01, then due on 2026-01-25; the quiz (due 2026-06-01) is not listed
    assert (
        due.index(f"<code>{ITEM}</code>") < due.index("<code>brief-fathers</code>") and "<code>missed</code>" not in due
    )
    assert "overdue by 40 day(s)" in due and "due in 15 day(s)" in due and "briefing.yaml:5" in due
    flagged = section[section.index("Quiz questions whose item changed") :]
    for question in ("q1", "q3", "q5"):
        assert (
            f"<code>{question}</code></th><td><code>{ITEM}</code></td><td>2025-09-01</td><td>1</td><td>2025-06-01</td>"
            in flagged
        )
    assert "<code>q2</code>" not in flagged and "item history from stored versions" in section
    assert "version 1: 0% (n=1); version 2: 100% (n=1)" in page  # q1's facility by its item's version
