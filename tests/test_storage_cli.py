"""`safeguard-bot storage migrate | backup | restore`, and the server on PostgreSQL (DATABASE_URL)."""

from datetime import UTC, datetime

from bot.storage import TinyStore
from bot.storage.postgres_store import PostgresStore
from cli.main import main
from quizzes.tracking import Answer, Learner

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _data_folder(path):
    store = TinyStore(path)
    for n in range(3):
        store.save_learner(Learner(f"slack:U{n}", f"Learner {n}", "Early help", "Council"))
        attempt = store.start_attempt("was-not-brought", f"slack:U{n}", T0)
        store.record_answer(attempt.id, Answer("q1", 1, True, T0.isoformat()))
    store.grant_role("slack:U0", "training_officer")
    store.record_gap("what is clare's law")
    return store


def test_storage_migrate_copies_a_data_folder_into_postgresql_and_verifies_the_counts(tmp_path, postgres_url, capsys):
    _data_folder(tmp_path / "data")
    assert main(["--data-dir", str(tmp_path / "data"), "storage", "migrate", "--to", postgres_url]) == 0
    out = capsys.readouterr().out
    assert "copied and verified 8 records" in out and "attempt                      3              3" in out
    database = PostgresStore(postgres_url)
    assert [a.learner for a in database.attempts()] == ["slack:U0", "slack:U1", "slack:U2"]
    assert database.roles() == {"slack:U0": ["training_officer"]}
    # run again (an interrupted migration is simply repeated): nothing doubled
    assert main(["--data-dir", str(tmp_path / "data"), "storage", "migrate", "--to", postgres_url]) == 0
    assert len(list(database.attempts())) == 3 and database.gaps()[0]["count"] == 1
    database.close()


def test_storage_migrate_refuses_a_url_that_is_not_postgresql_and_says_so(tmp_path, capsys):
    _data_folder(tmp_path / "data")
    assert main(["--data-dir", str(tmp_path / "data"), "storage", "migrate", "--to", "mysql://x"]) == 2
    assert "must be a PostgreSQL URL" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "empty"), "storage", "migrate", "--to", "postgresql://x@h/d"]) == 1
    assert "holds no TinyDB store" in capsys.readouterr().err


def test_an_unreachable_database_is_named_with_what_to_check_not_a_traceback(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    assert main(["--data-dir", str(tmp_path / "data"), "roles", "list"]) == 2
    err = capsys.readouterr().err
    assert "the database cannot be read (cannot connect" in err and "check DATABASE_URL" in err


def test_a_backup_restores_into_an_empty_store_and_a_bad_file_restores_nothing(tmp_path, capsys):
    _data_folder(tmp_path / "data")
    backup = tmp_path / "backup.jsonl"
    assert main(["--data-dir", str(tmp_path / "data"), "storage", "backup", str(backup)]) == 0
    assert "wrote 8 records" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "restored"), "storage", "restore", str(backup)]) == 0
    assert len(list(TinyStore(tmp_path / "restored").attempts())) == 3
    broken = tmp_path / "broken.jsonl"
    broken.write_text(backup.read_text().replace('"kind": "gap"', '"kind": "../etc"'))
    assert main(["--data-dir", str(tmp_path / "other"), "storage", "restore", str(broken)]) == 1
    assert "not a record of a known kind; nothing was restored" in capsys.readouterr().err
    assert TinyStore(tmp_path / "other").learners() == []
