"""Reach per quarter and agency for the annual report, the arithmetic worked out by hand, through the core, the
CLI and the web door."""

import asyncio
import csv
import json
from datetime import UTC, date, datetime

from aiohttp.test_utils import TestClient, TestServer

from adapters.server import build_web_app
from adapters.web import SESSION_COOKIE, session_cookie
from bot.settings import Settings
from cli.main import main
from content.loader import SHIPPED_CONTENT
from quizzes.reach import quarters, reach_report, year_filters
from quizzes.tracking import Learner
from tests.conftest import make_service


def test_reach_quarters_are_calendar_quarters_clipped_to_the_dates():
    assert quarters(date(2026, 2, 15), date(2026, 8, 1)) == [
        ("2026-Q1", date(2026, 2, 15), date(2026, 3, 31)),
        ("2026-Q2", date(2026, 4, 1), date(2026, 6, 30)),
        ("2026-Q3", date(2026, 7, 1), date(2026, 8, 1)),
    ]
    assert [q for q, _, _ in quarters(date(2025, 11, 1), date(2026, 1, 5))] == ["2025-Q4", "2026-Q1"]


def _attempt(store, quiz: str, learner: str, day: date, score=None, passed=None, ratings=None):
    attempt = store.start_attempt(quiz, learner, datetime(day.year, day.month, day.day, 10, tzinfo=UTC))
    for rating, value in (ratings or {}).items():
        store.record_rating(attempt.id, rating, value)
    if score is not None:
        store.finish_attempt(attempt.id, f"{day.isoformat()}T10:05:00+00:00", score, passed)


def _fill(store):
    """A and B in Police, C in Health, D on no roster. By hand:
    Q1: A completes (passed, confidence 2 -> 4, useful 5); C starts and engages with a nudge in W14 (Monday 30 March).
    Q2: A retakes and passes; B fails; D engages with a nudge in W27 (Monday 29 June)."""
    for learner, agency in (("slack:A", "Police"), ("slack:B", "Police"), ("slack:C", "Health")):
        store.save_learner(Learner(learner, learner[-1], "North", agency))
    ratings = {"confidence_before": 2, "confidence_after": 4, "usefulness": 5}
    _attempt(store, "hidden-men", "slack:A", date(2026, 1, 10), 6, True, ratings)
    _attempt(store, "hidden-men", "slack:C", date(2026, 3, 31))
    _attempt(store, "hidden-men", "slack:A", date(2026, 4, 5), 7, True)
    _attempt(store, "escalation", "slack:B", date(2026, 5, 20), 2, False)
    store.record_nudge_event("s1", "2026-W14", "read_more", "slack:C")
    store.record_nudge_event("s1", "2026-W27", "quick_answer", "slack:D")


def test_reach_per_quarter_and_agency_by_hand(tracking, shipped_quizzes):
    _fill(tracking)
    report = reach_report(shipped_quizzes, tracking, year_filters(2026))
    totals = {r["quarter"]: r for r in report["totals"]}
    assert [totals[q]["learners_reached"] for q in ("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")] == [2, 3, 0, 0]
    q1, q2 = totals["2026-Q1"], totals["2026-Q2"]
    assert (q1["by_quiz"], q1["by_nudge"], q1["completions"], q1["pass_rate"]) == (2, 1, 1, 1.0)
    assert (q1["confidence_before"], q1["confidence_after"], q1["usefulness"]) == (2.0, 4.0, 5.0)
    assert (q2["by_quiz"], q2["by_nudge"], q2["completions"], q2["pass_rate"]) == (2, 1, 2, 0.5)
    rows = {(r["quarter"], r["agency"]): r for r in report["quarters"]}
    assert rows[("2026-Q1", "Health")]["learners_reached"] == 1 and rows[("2026-Q1", "Health")]["by_nudge"] == 1
    assert rows[("2026-Q2", "Police")]["learners_reached"] == 2 and rows[("2026-Q2", "(unknown)")]["by_nudge"] == 1
    police = reach_report(shipped_quizzes, tracking, year_filters(2026, agency="Police"))
    assert [r["learners_reached"] for r in police["totals"]] == [1, 2, 0, 0]


def test_reach_from_the_cli_as_text_json_and_csv(tmp_path, capsys):
    from bot.storage import TinyStore

    data = ["--data-dir", str(tmp_path / "d")]
    _fill(TinyStore(tmp_path / "d"))
    assert main([*data, "results", "--reach", "--year", "2026", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [r["learners_reached"] for r in report["totals"]] == [2, 3, 0, 0]
    assert main([*data, "results", "--reach", "--since", "2026-04-01", "--until", "2026-06-30", "--agency",
                 "Police", "--csv", str(tmp_path / "r.csv")]) == 0  # fmt: skip
    rows = list(csv.DictReader((tmp_path / "r.csv").open()))
    assert [(r["quarter"], r["agency"], r["learners_reached"]) for r in rows] == [
        ("2026-Q2", "Police", "2"), ("2026-Q2", "all", "2")]  # fmt: skip
    assert main([*data, "results", "--reach", "--year", "2026"]) == 0
    assert "2026-Q2 all: reached 3 (quiz 2, nudge 1), completions 2, pass rate 50%" in capsys.readouterr().out
    assert main([*data, "results", "--reach", "--since", "2026-05-01", "--until", "2026-04-01"]) == 2
    # the other filters results gained on the way: --until and --agency
    assert main([*data, "results", "hidden-men", "--agency", "Health", "--until", "2026-03-31", "--json"]) == 0
    (quiz,) = json.loads(capsys.readouterr().out)["quizzes"]
    assert (quiz["started"], quiz["completed"]) == (1, 0)


def test_reach_printable_page_and_csv_on_the_web_door(answerer, shipped_quizzes, tracking):
    _fill(tracking)
    tracking.grant_role("web:officer", "training_officer")
    service = make_service(Settings(tracking.root, SHIPPED_CONTENT), answerer, shipped_quizzes, tracking)

    async def scenario():
        async with TestClient(TestServer(build_web_app(service))) as client:
            anonymous = (await client.get("/dashboard/report?year=2026")).status
            client.session.cookie_jar.update_cookies({SESSION_COOKIE: session_cookie(tracking, "web:officer")})
            page = await client.get("/dashboard/report?year=2026")
            bad = (await client.get("/dashboard/report?year=20x6")).status
            sheet = await client.get("/dashboard/report.csv?year=2026&agency=Police")
            return anonymous, page.status, await page.text(), bad, await sheet.text()

    anonymous, status, html, bad, sheet = asyncio.run(scenario())
    assert (anonymous, status, bad) == (403, 200, 400)
    assert "Reach of the learning, 2026" in html and "<svg" in html and "@media print" not in html
    assert '<th scope="row">2026-Q2</th><td>all</td><td>3</td>' in html
    assert [r["learners_reached"] for r in csv.DictReader(sheet.splitlines()) if r["agency"] == "all"] == [
        "1", "2", "0", "0"]  # fmt: skip
