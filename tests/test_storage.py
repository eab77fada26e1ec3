import json
from datetime import UTC, datetime

from bot.storage import AtomicJSONStorage, TinyStore


def test_storage_atomic_write_replaces_the_whole_file_and_leaves_no_temp(tmp_path):
    path = tmp_path / "store" / "db.json"
    storage = AtomicJSONStorage(path)
    assert storage.read() is None
    storage.write({"_default": {"1": {"a": 1}}})
    storage.write({"_default": {"1": {"a": 2}}})
    assert json.loads(path.read_text()) == {"_default": {"1": {"a": 2}}}
    assert [p.name for p in path.parent.iterdir()] == ["db.json"]


def test_storage_atomic_storage_sees_another_writers_change(tmp_path):
    first, second = AtomicJSONStorage(tmp_path / "db.json"), AtomicJSONStorage(tmp_path / "db.json")
    first.write({"t": {"1": {"v": 1}}})
    assert second.read() == {"t": {"1": {"v": 1}}}
    second.write({"t": {"1": {"v": 2}}})
    assert first.read() == {"t": {"1": {"v": 2}}}


def test_storage_gap_log_counts_and_keeps_first_and_last_time(tmp_path):
    gaps = TinyStore(tmp_path)
    first = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    later = datetime(2026, 2, 1, 17, 30, tzinfo=UTC)
    gaps.record_gap("Where is the canteen?", when=first)
    gaps.record_gap("  where is the   canteen ", when=later)
    gaps.record_gap("", when=later)
    (row,) = TinyStore(tmp_path).gaps()
    assert row == {
        "question": "where is the canteen",
        "count": 2,
        "first_asked": "2026-01-05T09:00:00+00:00",
        "last_asked": "2026-02-01T17:30:00+00:00",
    }


def test_tinydb_a_vote_and_the_daily_purge_first_reaching_the_feedback_at_once_do_not_deadlock(tmp_path):
    """Found by CI: a vote (holding the feedback lock) and the purge the server starts with both reached the one-time
    move of old feedback tables, which took the directory's lock then the feedback's: each waited on the other."""
    import threading
    import time

    store = TinyStore(tmp_path / "data")
    together, done = threading.Barrier(2), []

    def vote():
        with store._lock("feedback"):  # as record_vote holds it when it first asks for the feedback tables
            together.wait()
            time.sleep(0.2)  # the purge reaches the move meanwhile
            store._feedback("vote_counts")
        done.append("vote")

    def purge():
        together.wait()
        store._feedback("gaps")
        done.append("purge")

    threads = [threading.Thread(target=work, daemon=True) for work in (vote, purge)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert sorted(done) == ["purge", "vote"]
