from datetime import UTC, date, datetime, timedelta

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
    assert files == ["2026-11-001.json", "2026-11-002.json", "2026-11-003.json", "2026-12-001.json", "firsts.json",
                     "open.json"]  # fmt: skip
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


def _retakes(tracking, learners: int, rounds: int, start: datetime) -> None:
    for round_ in range(rounds):
        for n in range(learners):
            attempt = tracking.start_attempt("quiz-a", f"slack:U{n}", start + timedelta(days=40 * round_, minutes=n))
            tracking.record_answer(attempt.id, Answer("q1", round_, round_ > 0, attempt.started_at))
            tracking.finish_attempt(attempt.id, attempt.started_at, int(round_ > 0), round_ > 0)


def test_tracking_reports_read_only_the_shards_holding_each_learners_first_attempts(tracking, monkeypatch):
    monkeypatch.setattr(bot.storage.tinydb_store, "SHARD_CAPACITY", 2)
    _retakes(tracking, learners=4, rounds=3, start=WHEN)
    firsts = tracking.first_attempts("quiz-a")
    assert [(s.learner, d.score) for s, d in firsts] == [(f"slack:U{n}", 0) for n in range(4)]
    tally = tracking.answer_tallies([d.id for _, d in firsts], top=[firsts[0][1].id])["q1"]
    assert (tally.answered, tally.right, tally.wrong_options) == (4, 0, {0: 4})
    quiz_dir = tracking.root / "attempts" / "quiz-a"
    for shard in quiz_dir.glob("2027-*.json"):  # retakes only: a report without a window never opens them
        shard.write_text("not json")
    assert TinyStore(tracking.root).first_attempts("quiz-a") == firsts


def test_tracking_firsts_are_rebuilt_from_the_shards_when_their_file_is_absent(tracking):
    _retakes(tracking, learners=3, rounds=2, start=WHEN)
    expected = tracking.first_attempts("quiz-a")
    (tracking.root / "attempts" / "quiz-a" / "firsts.json").unlink()  # a store from before the file, or deleted
    assert TinyStore(tracking.root).first_attempts("quiz-a") == expected
    (tracking.root / "attempts" / "quiz-a" / "firsts.json").unlink()
    late = TinyStore(tracking.root)
    late.start_attempt("quiz-a", "slack:U9", WHEN + timedelta(days=400))  # a write rebuilds it too, then adds
    assert [s.learner for s, _ in late.first_attempts("quiz-a")] == ["slack:U0", "slack:U1", "slack:U2", "slack:U9"]
    assert late.first_attempts("quiz-a")[:3] == expected


def test_tracking_a_report_window_reads_only_the_shards_of_its_months(tracking):
    _retakes(tracking, learners=2, rounds=3, start=WHEN)  # November, December, January
    quiz_dir = tracking.root / "attempts" / "quiz-a"
    (quiz_dir / "2026-11-001.json").write_text("not json")
    window = TinyStore(tracking.root).first_attempts("quiz-a", since=date(2027, 1, 1))
    assert [d.score for _, d in window] == [1, 1] and [d.started_at[:7] for _, d in window] == ["2027-01"] * 2


def test_tracking_saving_something_new_writes_its_file_once(tracking, monkeypatch):
    writes = []
    real = bot.storage.tinydb_store.AtomicJSONStorage.write
    monkeypatch.setattr(bot.storage.tinydb_store.AtomicJSONStorage, "write",
                        lambda storage, data: (writes.append(storage.path.name), real(storage, data))[1])  # fmt: skip
    tracking.save_learner(Learner("slack:U1", "Ann", "North", "Police"))  # new: TinyDB's upsert wrote twice
    tracking.save_learner(Learner("slack:U1", "Ann B", "North", "Police"))  # an update
    assert writes == ["directory.json", "directory.json"]
    assert tracking.learner("slack:U1").name == "Ann B" and len(tracking.learners()) == 1
