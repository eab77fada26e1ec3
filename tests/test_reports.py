import csv
import json
from datetime import UTC, date, datetime, timedelta

import pytest

from cli.main import main
from quizzes.model import Question, Quiz
from quizzes.reports import Filters, build_report, learner_results_text
from quizzes.tracking import Answer, Cohort, Learner
from quizzes.xapi import statements

QUIZ = Quiz(
    "known",
    "Known data",
    "",
    ("missed",),
    60,
    True,
    tuple(Question(f"q{n}", f"Stem {n}", ("opt A", "opt B", "opt C"), 0, "Because.", "item") for n in range(1, 6)),
)
# Rows: learners L0..L9; columns q1..q5; 1 = right. Scores: 4 4 3 2 3 3 2 2 2 2 (of 5).
RIGHT = [
    "11110", "11110", "11100", "11000", "10101",
    "11001", "10001", "10001", "10001", "10001",
]  # fmt: skip
START = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)


def _attempt(store, learner: str, started: datetime, right: str, ratings=None):
    attempt = store.start_attempt("known", learner, started)
    for n, mark in enumerate(right, 1):
        # A wrong answer picks option 2 ("opt C"), except L4 who picks option 1 on q2.
        option = 0 if mark == "1" else (1 if (learner, n) == ("t:L4", 2) else 2)
        store.record_answer(attempt.id, Answer(f"q{n}", option, mark == "1", started.isoformat()))
    for rating, value in (ratings or {}).items():
        store.record_rating(attempt.id, rating, value)
    score = right.count("1")
    return store.finish_attempt(attempt.id, (started + timedelta(minutes=3)).isoformat(), score, score >= 3)


@pytest.fixture
def known(tracking):
    ratings = {
        0: {"confidence_before": 2, "confidence_after": 4, "usefulness": 5},
        1: {"confidence_before": 3, "confidence_after": 3, "usefulness": 4},
        2: {"confidence_before": 4, "confidence_after": 3},
    }
    for n, right in enumerate(RIGHT):
        # Attempt ids are random: make the tie order in ranking (score, id) not matter for the checks below.
        _attempt(tracking, f"t:L{n}", START + timedelta(days=n), right, ratings.get(n))
        tracking.save_learner(Learner(f"t:L{n}", f"Learner {n}", "North" if n < 5 else "South", "Health"))
    _attempt(tracking, "t:L0", START + timedelta(days=20), "11111")  # a retake: not the first attempt
    tracking.start_attempt("known", "t:L11", START + timedelta(days=3))  # started, never finished
    tracking.save_learner(Learner("t:L11", "Learner 11", "North", "Police"))
    tracking.save_cohort(Cohort("c1", "known", tuple(f"t:L{n}" for n in range(11)), date(2026, 10, 30), "All"))
    return tracking


def _report(store, **filters):
    (quiz,) = build_report({"known": QUIZ}, store, Filters("known", **filters), date(2026, 11, 24))["quizzes"]
    return quiz


def test_reports_completion_scores_and_pass_rate(known):
    q = _report(known)
    assert (q["assigned"], q["started"], q["completed"], q["overdue"]) == (11, 11, 10, 1)
    assert q["completion_rate"] == round(10 / 11, 3)
    # First attempts: 80 80 60 40 60 60 40 40 40 40 percent.
    assert q["mean_score"] == 54.0 and q["median_score"] == 50.0
    assert q["pass_rate"] == 0.5


def test_reports_facility_discrimination_and_flags_computed_by_hand(known):
    rows = {r["id"]: r for r in _report(known)["questions"]}
    assert [rows[f"q{n}"]["facility"] for n in range(1, 6)] == [1.0, 0.5, 0.4, 0.2, 0.6]
    # 27% of 10 scorers is 3. The bottom three score 2 of 5 and the top three are L0, L1 (4 of 5) and
    # one of L2, L4, L5 (3 of 5): ties are broken by attempt id, which is random, so check the values
    # that hold whichever way: q1 everyone right -> 0; q5 right for L4-L9 only -> top at most 1/3,
    # bottom at least 2/3 (L6-L9 right, L3 wrong) -> negative.
    assert rows["q1"]["discrimination"] == 0.0
    assert rows["q5"]["discrimination"] < 0
    assert rows["q1"]["flags"] == ["too easy"]
    assert rows["q4"]["flags"] == ["too hard"]
    assert "discriminates negatively" in rows["q5"]["flags"]
    assert rows["q2"]["most_chosen_wrong"] == {"option": "opt C", "count": 4}
    assert rows["q1"]["most_chosen_wrong"] is None


def test_reports_flag_a_question_that_barely_separates_strong_from_weak_scorers(tracking):
    # Top three (5, 4, 4 of 5) and bottom three (1, 0, 0) each have one right on q5: discrimination 0, facility 0.6.
    rows = ["11111", "11110", "11110", "11001", "11001", "10001", "10001", "00001", "00000", "00000"]
    for n, right in enumerate(rows):
        _attempt(tracking, f"t:P{n}", START, right)
    (quiz,) = build_report({"known": QUIZ}, tracking, Filters("known"), date(2026, 11, 24))["quizzes"]
    q5 = next(row for row in quiz["questions"] if row["id"] == "q5")
    assert (q5["facility"], q5["discrimination"], q5["flags"]) == (0.6, 0.0, ["discriminates poorly"])


def test_reports_confidence_and_usefulness(known):
    e = _report(known)["evaluation"]
    assert e["confidence_responses"] == 3
    assert (e["confidence_before"], e["confidence_after"]) == (3.0, round(10 / 3, 3))
    assert e["confidence_change"] == round(1 / 3, 3) and e["share_improved"] == round(1 / 3, 3)
    assert (e["usefulness"], e["usefulness_responses"]) == (4.5, 2)


def test_reports_by_team_and_team_filter(known):
    teams = {row["team"]: row for row in _report(known)["by_team"]}
    # North: L0-L4 assigned and completed, L11 started, not assigned; L10 assigned, never started, no record.
    assert teams["North"] == {"team": "North", "started": 6, "completed": 5, "mean_score": 64.0, "pass_rate": 0.8,
                              "assigned": 5, "assigned_completed": 5, "completion_rate": 1.0, "overdue": 0}  # fmt: skip
    assert teams["South"] == {"team": "South", "started": 5, "completed": 5, "mean_score": 44.0, "pass_rate": 0.2,
                              "assigned": 5, "assigned_completed": 5, "completion_rate": 1.0, "overdue": 0}  # fmt: skip
    assert teams["(unknown)"] == {"team": "(unknown)", "started": 0, "completed": 0, "mean_score": None,
                                  "pass_rate": None, "assigned": 1, "assigned_completed": 0, "completion_rate": 0.0,
                                  "overdue": 1}  # fmt: skip
    north = _report(known, team="North")
    assert (north["assigned"], north["started"], north["completed"], north["overdue"]) == (5, 6, 5, 0)
    assert north["completion_rate"] == 1.0
    assert {row["agency"] for row in _report(known)["by_agency"]} == {"Health", "Police", "(unknown)"}


def test_reports_since_filter_and_learner_rows(known):
    recent = _report(known, since=date(2026, 10, 6))  # L5..L9 and L0's retake started from 6 October
    assert recent["started"] == 6 and recent["completed"] == 6
    rows = {r["learner"]: r for r in _report(known)["learners"]}
    assert rows["t:L0"]["percent"] == 80.0 and rows["t:L0"]["confidence_before"] == 2
    assert rows["t:L11"]["status"] == "in_progress" and rows["t:L11"]["percent"] is None


def test_reports_discrimination_exact_on_untied_data(tracking):
    # Scores 5,4,3,2,1,0 (no ties); 27% of 6 is 2: top L0,L1; bottom L4,L5.
    for n, right in enumerate(["11111", "11110", "11100", "01100", "00001", "00000"]):
        _attempt(tracking, f"t:U{n}", START + timedelta(hours=n), right)
    rows = {r["id"]: r for r in _report(tracking)["questions"]}
    # q1-q4: top 2/2 right, bottom 0/2 -> 1.0; q5: top 1/2 (L0), bottom 1/2 (L4) -> 0.0.
    assert [rows[q]["discrimination"] for q in ("q1", "q2", "q3", "q4", "q5")] == [1.0, 1.0, 1.0, 1.0, 0.0]
    assert [rows[q]["facility"] for q in ("q1", "q2", "q3", "q4", "q5")] == [0.5, 0.667, 0.667, 0.333, 0.333]


def test_reports_learner_sees_only_their_own_results(known):
    text = learner_results_text({"known": QUIZ}, known, "t:L3")
    assert text.count("Known data") == 1 and "2/5" in text
    assert "t:L0" not in text and "Learner 0" not in text


def test_reports_xapi_statements_shape(known):
    learners = {lr.id: lr for lr in known.learners()}
    found = statements(known.attempts("known"), {"known": QUIZ}, learners, "https://example.org/bot/")
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in found]
    assert verbs.count("attempted") == 12 and verbs.count("answered") == 55 and verbs.count("completed") == 11
    assert verbs.count("passed") + verbs.count("failed") == 11
    first = found[0]
    assert first["actor"] == {"objectType": "Agent", "account": {"homePage": "https://example.org/bot", "name": "L0"},
                              "name": "Learner 0"}  # fmt: skip
    assert first["object"]["id"] == "https://example.org/bot/quizzes/known"
    answered = next(s for s in found if s["verb"]["display"]["en-GB"] == "answered")
    assert answered["object"]["definition"]["interactionType"] == "choice"
    assert set(answered["result"]) == {"success", "response"}
    completed = next(s for s in found if s["verb"]["display"]["en-GB"] == "completed")
    assert completed["result"]["score"]["max"] == 5 and 0 <= completed["result"]["score"]["scaled"] <= 1
    assert len({s["id"] for s in found}) == len(found)
    again = statements(known.attempts("known"), {"known": QUIZ}, learners, "https://example.org/bot/")
    assert [s["id"] for s in again] == [s["id"] for s in found]


def test_reports_csv_and_json_from_the_command_line(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "d")]
    typed = iter(["3", "A", "B", "C", "A", "B", "C", "A", "4", "5"])
    import builtins

    original = builtins.input
    builtins.input = lambda prompt="": next(typed)
    try:
        assert main([*data, "quiz", "was-not-brought", "--user", "casey"]) == 0
    finally:
        builtins.input = original
    assert "You finished 'Was Not Brought'" in capsys.readouterr().out
    assert main([*data, "results", "was-not-brought", "--json"]) == 0
    (quiz,) = json.loads(capsys.readouterr().out)["quizzes"]
    assert quiz["completed"] == 1 and quiz["learners"][0]["learner"] == "terminal:casey"
    out = tmp_path / "results.csv"
    assert main([*data, "results", "--csv", str(out)]) == 0
    rows = list(csv.DictReader(out.open()))
    assert rows[0]["quiz"] == "was-not-brought" and rows[0]["status"] == "completed"
    assert list(rows[0])[:5] == ["learner", "name", "team", "agency", "quiz"]
    xapi = tmp_path / "statements.json"
    assert main([*data, "results", "--xapi", str(xapi)]) == 0
    assert "xAPI statements" in capsys.readouterr().out
    assert json.loads(xapi.read_text())[0]["actor"]["account"]["name"] == "casey"


def test_reports_demo_data_is_labelled_and_fills_the_report(tracking, shipped_quizzes):
    from bot.demo_data import fill_demo_data

    made = fill_demo_data(shipped_quizzes, tracking, learners=12)
    assert made >= 24
    assert all(lr.id.startswith("demo:") and lr.name.startswith("Demo") for lr in tracking.learners())
    report = build_report(shipped_quizzes, tracking, Filters(), date.today())
    assert sum(q["completed"] for q in report["quizzes"]) == made
    assert sum(q["assigned"] for q in report["quizzes"]) > 0
    with pytest.raises(ValueError, match="already"):
        fill_demo_data(shipped_quizzes, tracking)
