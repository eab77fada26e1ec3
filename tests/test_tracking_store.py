from datetime import UTC, date, datetime

import pytest

import bot.storage.tinydb_store
from bot.storage import TinyStore
from quizzes.tracking import Answer, Cohort, Learner

WHEN = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)


def test_tracking_attempt_round_trip_and_open_index(tracking):
    attempt = tracking.start_attempt("quiz-a", "slack:U1", WHEN)
    assert attempt.id.startswith("quiz-a~2026-11-001~")
    assert tracking.start_attempt("quiz-a", "slack:U1", WHEN).id == attempt.id
    tracking.record_answer(attempt.id, Answer("q1", 2, True, WHEN.isoformat()))
    tracking.record_rating(attempt.id, "confidence_before", 3)
    assert [a.id for a in tracking.open_attempts("slack:U1")] == [attempt.id]
    done = tracking.finish_attempt(attempt.id, WHEN.isoformat(), 1, True)
    assert done.status == "completed" and done.score == 1
    assert tracking.open_attempt("slack:U1", "quiz-a") is None
    assert tracking.open_attempts("slack:U1") == []
    again = TinyStore(tracking.root).attempt(attempt.id)
    assert again == done and again.answers[0].option == 2 and again.ratings == {"confidence_before": 3}


def test_tracking_answers_to_finished_attempts_are_not_added(tracking):
    attempt = tracking.start_attempt("quiz-a", "slack:U1", WHEN)
    tracking.finish_attempt(attempt.id, WHEN.isoformat(), 0, False)
    assert tracking.record_answer(attempt.id, Answer("q1", 0, True, WHEN.isoformat())).answers == []
    with pytest.raises(KeyError):
        tracking.record_answer("quiz-a~2026-11-001~missing", Answer("q1", 0, True, WHEN.isoformat()))


def test_tracking_shards_are_bounded_and_split_by_month(tracking, monkeypatch):
    monkeypatch.setattr(bot.storage.tinydb_store, "SHARD_CAPACITY", 3)
    ids = [tracking.start_attempt("quiz-a", f"slack:U{n}", WHEN).id for n in range(7)]
    december = tracking.start_attempt("quiz-a", "slack:U99", datetime(2026, 12, 1, tzinfo=UTC)).id
    assert [i.split("~")[1] for i in ids] == ["2026-11-001"] * 3 + ["2026-11-002"] * 3 + ["2026-11-003"]
    assert december.split("~")[1] == "2026-12-001"
    files = sorted(p.name for p in (tracking.root / "attempts" / "quiz-a").iterdir())
    assert files == ["2026-11-001.json", "2026-11-002.json", "2026-11-003.json", "2026-12-001.json", "open.json"]
    assert len(list(tracking.attempts("quiz-a"))) == 8


def test_tracking_a_second_store_on_the_same_folder_sees_every_write(tracking):
    other = TinyStore(tracking.root)
    attempt = tracking.start_attempt("quiz-a", "slack:U1", WHEN)
    other.record_answer(attempt.id, Answer("q1", 1, False, WHEN.isoformat()))
    tracking.record_answer(attempt.id, Answer("q2", 0, True, WHEN.isoformat()))
    assert [a.question for a in other.attempt(attempt.id).answers] == ["q1", "q2"]


def test_tracking_learners_roles_cohorts_settings(tracking):
    tracking.save_learner(Learner("slack:U1", "Ann", "North", "Police"))
    tracking.save_learner(Learner("slack:U1", "Ann B", "North", "Police"))
    assert tracking.learners() == [Learner("slack:U1", "Ann B", "North", "Police")]
    tracking.grant_role("slack:U1", "training_officer")
    tracking.grant_role("slack:U1", "training_officer")
    tracking.grant_role("slack:U2", "champion")
    assert tracking.roles() == {"slack:U1": ["training_officer"], "slack:U2": ["champion"]}
    assert tracking.revoke_role("slack:U2", "champion") and not tracking.revoke_role("slack:U2", "champion")
    with pytest.raises(ValueError):
        tracking.grant_role("slack:U1", "admin")
    cohort = Cohort("c1", "quiz-a", ("slack:U1",), date(2026, 12, 1), "North")
    tracking.save_cohort(cohort)
    assert TinyStore(tracking.root).cohorts() == [cohort]
    tracking.save_setting("nudge-channel", "C1")
    assert tracking.setting("nudge-channel") == "C1" and tracking.setting("missing", "x") == "x"
