import argparse
import csv
import io
import json
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import time
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from adapters.terminal import render_reply, run_chat
from bot.answering import NOT_KEPT
from cli.main import build_parser, handler, main
from content.loader import load_content
from quizzes.tracking import Cohort
from tests.conftest import ITEMS, folders, write_content
from tests.pdf_fixture import make_pdf

ROOT = Path(__file__).resolve().parent.parent


def test_cli_ask_json_reads_one_question_per_line_in_order():
    questions = "what is safeguard guide 10 about\nhow do I bake bread\n\nwhat does CSE stand for\n"
    result = subprocess.run(
        [sys.executable, "-m", "cli", "ask", "--json", "-"], input=questions, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["kind"] for r in replies] == ["answer", "no_answer", "no_answer", "answer"]
    assert "child sexual exploitation" in replies[3]["text"].lower()
    for reply in replies:
        assert set(reply) == {"kind", "text", "sources", "confidence"}
    assert all(set(s) == {"title", "document", "section", "url"} for s in replies[0]["sources"])
    assert "DEBUG" not in result.stderr  # library chatter stays quiet
    assert "bake bread" not in result.stderr and "safeguard guide 10" not in result.stderr  # questions are not logged


def test_cli_ask_prints_answer_with_sources(capsys):
    assert main(["ask", "what", "is", "a", "CSPR"]) == 0
    out = capsys.readouterr().out
    assert "Child Safeguarding Practice Review" in out
    assert "Sources:\n  [1]" in out


def test_cli_content_check_ok_on_shipped_content(capsys):
    assert main(["content", "check"]) == 0
    assert capsys.readouterr().out.startswith("content check: ok:")


def test_cli_content_check_reports_file_line_and_fails(tmp_path, capsys):
    root = write_content(tmp_path / "c", ITEMS.replace("topics: [fathers]", "topics: [fathers\n"))
    assert main(["content", "check", str(root)]) == 1
    err = capsys.readouterr().err
    assert f"{root}/items/briefing.yaml:" in err and "broken YAML" in err
    assert "1 problem(s)" in err


def test_cli_refuses_to_start_on_invalid_content(tmp_path, capsys):
    root = write_content(tmp_path / "c", ITEMS.replace("kind: guide", "kind: leaflet"))
    assert main([*folders(root), "ask", "anything"]) == 2
    err = capsys.readouterr().err
    assert "unknown kind 'leaflet'" in err and "will not start" in err


@pytest.mark.parametrize("suffix", [".txt", ".md", ".pdf"])
def test_cli_import_makes_a_document_searchable_and_citable(tmp_path, capsys, suffix):
    root = write_content(tmp_path / "c")
    lines = [
        "Neglect Practice Briefing",
        "Practitioners should use the graded care profile whenever neglect of a child is suspected.",
        "The profile helps practitioners measure the quality of care a child receives over time.",
    ]
    document = tmp_path / f"neglect-briefing{suffix}"
    if suffix == ".pdf":
        document.write_bytes(make_pdf(lines))
    else:
        document.write_text(
            "\n".join(("# " if suffix == ".md" and n == 0 else "") + line for n, line in enumerate(lines))
        )
    assert main([*folders(root), "content", "import", str(document), "--publisher", "Test LSCB"]) == 0
    assert "added sources/neglect-briefing.txt" in capsys.readouterr().out
    store = load_content(root)
    assert store.documents["neglect-briefing.txt"].title == "Neglect Practice Briefing"
    assert main([*folders(root), "ask", "--json", "when", "should", "I", "use", "the graded care profile"]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert reply["kind"] == "answer"
    assert "graded care profile" in reply["text"]
    assert reply["sources"][0]["document"] == "Neglect Practice Briefing"


def test_cli_import_refuses_bad_input_and_changes_nothing(tmp_path, capsys):
    root = write_content(tmp_path / "c")
    before = (root / "documents.yaml").read_text()
    bad_pdf = tmp_path / "broken.pdf"
    bad_pdf.write_bytes(b"%PDF-1.4 this is not really a pdf")
    empty = tmp_path / "empty.txt"
    empty.write_text("too short")
    word = tmp_path / "briefing.docx"
    word.write_bytes(b"PK")
    for path in (bad_pdf, empty, word, tmp_path / "missing.txt"):
        assert main([*folders(root), "content", "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "not a readable PDF" in err and "almost no text" in err and "unsupported file type" in err
    assert "no such file" in err
    assert (root / "documents.yaml").read_text() == before
    assert sorted(p.name for p in (root / "sources").iterdir()) == ["briefing.txt"]


def test_cli_import_never_overwrites_an_existing_source(tmp_path, capsys):
    root = write_content(tmp_path / "c")
    copy = tmp_path / "briefing.txt"
    copy.write_text("A different document with the same name " * 5)
    assert main([*folders(root), "content", "import", str(copy)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert "Learning Briefing" in (root / "sources" / "briefing.txt").read_text()


def test_cli_content_gaps_lists_unanswered_questions_most_frequent_first(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "d")]
    for question in ("how do I bake bread", "best football team", "how do I bake bread?"):
        main([*data, "ask", question])
    capsys.readouterr()
    assert main([*data, "content", "gaps", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    # "bake" is neither the library's nor common enough English to be sure it is not a name: none of the
    # first question is kept, but it is still counted.
    assert [(r["question"], r["count"]) for r in rows] == [(NOT_KEPT, 2), ("best football team", 1)]
    assert main([*data, "content", "gaps"]) == 0
    assert capsys.readouterr().out.splitlines()[0].split()[:2] == ["2", NOT_KEPT.split()[0]]


def test_terminal_chat_answers_helps_and_quits(conversation):
    typed = iter(["help", "ask what is an IMR", "", "quit", "never read"])
    out = io.StringIO()
    run_chat(conversation, lambda prompt: next(typed), out, "terminal:tester")
    text = out.getvalue()
    assert "999" in text  # the help text gives the emergency route
    assert "Individual Management Review" in text and "Sources:" in text
    assert text.count("bot> ") == 2


def test_terminal_render_marks_urgent_replies(answerer):
    rendered = render_reply(answerer.answer("he says his dad hit him and he is scared to go home tonight"))
    assert rendered.startswith("!! URGENT: If a child is in immediate danger")


def test_cli_quiz_list_json_names_quizzes_and_their_items(capsys, shipped_store):
    assert main(["quiz", "list", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert len(listing) >= 8
    items = {item.id for item in shipped_store.items}
    for quiz in listing:
        assert 5 <= quiz["questions"] == len(quiz["items"]) <= 8
        assert set(quiz["items"]) <= items


def test_cli_unknown_quiz_is_a_clear_error(capsys):
    assert main(["quiz", "cooking"]) == 1
    assert "no quiz 'cooking'" in capsys.readouterr().err


def test_cli_content_check_reports_quiz_problems(tmp_path, capsys):
    root = write_content(tmp_path / "c")
    quiz = root / "quizzes" / "missed.yaml"
    quiz.write_text(quiz.read_text().replace("item: brief-fathers", "item: gone", 1))
    assert main([*folders(root), "content", "check"]) == 1
    assert f"{quiz}:20: question q2: unknown content item 'gone'" in capsys.readouterr().err


def test_cli_roles_grant_list_revoke(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "d")]
    assert main([*data, "roles", "grant", "slack:U1", "training_officer"]) == 0
    assert main([*data, "roles", "list"]) == 0
    assert "slack:U1  training_officer" in capsys.readouterr().out
    assert main([*data, "roles", "revoke", "slack:U1", "training_officer"]) == 0
    assert "no longer" in capsys.readouterr().out
    assert main([*data, "roles", "grant", "slack:U1"]) == 2
    with pytest.raises(SystemExit):
        main([*data, "roles", "grant", "U1", "champion"])  # not platform:user_id
    with pytest.raises(SystemExit):
        main([*data, "roles", "grant", "slack:U1", "admin"])


def test_cli_learners_import_refuses_a_bad_roster_whole(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "d")]
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "id,name,team,agency\nslack:U1,Ann,North,Police\nU2,Bob,South,Health\nslack:U1,Ann,North,Police\n"
    )
    assert main([*data, "learners", "import", str(roster)]) == 1
    err = capsys.readouterr().err
    assert f"{roster}:3: id 'U2' must be platform:user_id" in err and f"{roster}:4: slack:U1 is listed twice" in err
    assert "nothing was imported" in err
    main([*data, "learners", "list"])
    assert capsys.readouterr().out == ""
    roster.write_text("name,team\nAnn,North\n")
    assert main([*data, "learners", "import", str(roster)]) == 1
    assert "missing id, agency" in capsys.readouterr().err


def test_cli_assign_creates_a_cohort_that_results_list_learner_by_learner(tmp_path, capsys):
    from bot.storage import TinyStore

    data = ["--data-dir", str(tmp_path / "d")]
    roster = tmp_path / "north team.csv"
    roster.write_text("id,name,team,agency\nslack:U1,Ann,North,Police\nslack:U2,Bob,North,Health\n")
    due = (datetime.now(UTC).date() + timedelta(days=30)).isoformat()
    assert main([*data, "assign", "hidden-men", "--roster", str(roster), "--due", due]) == 0
    assert f"cohort hidden-men-{due}-north-team" in capsys.readouterr().out
    assert main([*data, "results", "hidden-men", "--team", "North", "--json"]) == 0
    (quiz,) = json.loads(capsys.readouterr().out)["quizzes"]
    assert (quiz["assigned"], quiz["completed"], quiz["overdue"], quiz["completion_rate"]) == (2, 0, 0, 0.0)
    assert {(r["learner"], r["status"], r["due"]) for r in quiz["learners"]} == {
        ("slack:U1", "not_started", due), ("slack:U2", "not_started", due)
    }  # fmt: skip
    assert [(r["name"], r["state"]) for r in quiz["assignments"]] == [("Ann", "not_started"), ("Bob", "not_started")]
    (north,) = quiz["by_team"]
    assert (north["team"], north["started"], north["assigned"], north["assigned_completed"]) == ("North", 0, 2, 0)
    # An assignment made earlier whose date has passed: both learners overdue, in the JSON and the CSV.
    TinyStore(tmp_path / "d").save_cohort(Cohort("old", "hidden-men", ("slack:U1", "slack:U2"), date(2026, 1, 31)))
    assert main([*data, "results", "hidden-men", "--csv", str(tmp_path / "r.csv")]) == 0
    rows = list(csv.DictReader((tmp_path / "r.csv").open()))
    assert {(r["learner"], r["status"], r["assignment"], r["due"]) for r in rows} == {
        ("slack:U1", "overdue", "old", "2026-01-31"), ("slack:U2", "overdue", "old", "2026-01-31")
    }  # fmt: skip
    assert main([*data, "assign", "nope", "--roster", str(roster), "--due", due]) == 1
    with pytest.raises(SystemExit):
        main([*data, "assign", "hidden-men", "--roster", str(roster), "--due", "31/01/2020"])


def test_cli_assign_refuses_a_past_due_date_and_assigns_a_team_recurring(tmp_path, capsys):
    from bot.storage import TinyStore

    data = ["--data-dir", str(tmp_path / "d")]
    roster = tmp_path / "r.csv"
    roster.write_text("id,name,team,agency,tz\nslack:U1,Ann,North,Police,Europe/London\nslack:U2,Bob,South,Health,\n")
    assert main([*data, "assign", "hidden-men", "--roster", str(roster), "--due", "2020-01-31"]) == 2
    assert "the due date 2020-01-31 has passed" in capsys.readouterr().err
    assert TinyStore(tmp_path / "d").cohorts() == []
    assert main([*data, "learners", "import", str(roster)]) == 0
    due = (datetime.now(UTC).date() + timedelta(days=7)).isoformat()
    assert main([*data, "assign", "hidden-men", "--team", "North", "--due", due, "--every", "12"]) == 0
    assert "again every 12 months" in capsys.readouterr().out
    (cohort,) = TinyStore(tmp_path / "d").cohorts()
    assert (cohort.learners, cohort.every_months, cohort.assigned_on) == (("slack:U1",), 12, datetime.now(UTC).date())
    assert TinyStore(tmp_path / "d").learner("slack:U1").tz == "Europe/London"
    assert main([*data, "assign", "hidden-men", "--team", "West", "--due", due]) == 1
    assert "no learner on file is in the team 'West'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*data, "assign", "hidden-men", "--team", "North", "--due", due, "--every", "0"])


def test_cli_content_votes_lists_least_helpful_first(tmp_path, capsys):
    from bot.storage import TinyStore

    store = TinyStore(tmp_path / "d")
    store.record_vote(["guide-a"], True)
    store.record_vote(["guide-b", "guide-a"], False)
    assert main(["--data-dir", str(tmp_path / "d"), "content", "votes"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "   1 not helpful    1 helpful  guide-a",
        "   1 not helpful    0 helpful  guide-b",
    ]
    assert main(["--data-dir", str(tmp_path / "e"), "content", "votes"]) == 0
    assert capsys.readouterr().out == "No votes recorded.\n"


def _env(**extra: str) -> dict:
    """The environment for running the real command: no platform credentials, no HOST from the shell."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "Microsoft")) and k != "HOST"}
    return {**env, **extra}


def _read_until(process: subprocess.Popen, marker: bytes, seconds: float = 30) -> bytes:
    """What the process wrote to stdout up to and including `marker`."""
    seen, deadline = b"", time.monotonic() + seconds
    while marker not in seen:
        ready, _, _ = select.select([process.stdout], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(process.stdout.fileno(), 4096) if ready else b""
        if not chunk:
            process.kill()
            raise AssertionError(f"no {marker!r} on stdout; got {seen!r}")
        seen += chunk
    return seen


def test_cli_every_subcommand_has_its_own_handler():
    def leaves(parser, path=()):
        found = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not found:
            return [(path, parser.get_default("handler"))]
        return [leaf for name, sub in found[0].choices.items() for leaf in leaves(sub, (*path, name))]

    handlers = dict(leaves(build_parser()))
    assert len(handlers) == 32 and all(callable(handler(h)) for h in handlers.values()), handlers
    assert len(set(handlers.values())) == len(handlers)  # one handler per subcommand, no shared if-chain
    assert build_parser().parse_args([]).handler is handlers[("serve",)]  # no subcommand: serve


def test_cli_chat_ctrl_c_says_goodbye_and_exits_130_without_a_traceback(tmp_path):
    chat = subprocess.Popen(
        [sys.executable, "-m", "cli", "--data-dir", str(tmp_path / "d"), "chat", "--user", "tester"],
        cwd=ROOT, env=_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        _read_until(chat, b"you> ")
        chat.send_signal(signal.SIGINT)
        out, err = chat.communicate(timeout=15)
    finally:
        if chat.poll() is None:
            chat.kill()
    assert chat.returncode == 130, err.decode()
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err
    assert out.decode().rstrip().endswith("Goodbye.")


def test_cli_chat_end_of_input_says_goodbye_and_exits_0(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("what is an IMR\n"))
    assert main(["--data-dir", str(tmp_path / "d"), "chat", "--user", "tester"]) == 0
    out = capsys.readouterr().out
    assert "Individual Management Review" in out and out.rstrip().endswith("Goodbye.")


def test_cli_terminal_quiz_ctrl_c_and_end_of_input_keep_progress(tmp_path, capsys, monkeypatch):
    data = ["--data-dir", str(tmp_path / "d")]

    def interrupted(prompt):
        raise KeyboardInterrupt

    monkeypatch.setattr("builtins.input", interrupted)
    assert main([*data, "quiz", "hidden-men", "--user", "casey"]) == 130
    assert capsys.readouterr().out.rstrip().endswith("Your progress is saved: run the same command to carry on.")
    monkeypatch.undo()  # the real input() again, reading an empty stdin: end of input
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main([*data, "quiz", "hidden-men", "--user", "casey"]) == 0
    assert "Your progress is saved" in capsys.readouterr().out


def test_cli_serve_on_a_port_in_use_says_so_in_one_line(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "cli", "--data-dir", str(tmp_path / "d"), "serve", "--port", str(port)],
            cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    expected = f"port {port} is already in use: stop the other server or choose another with --port or PORT"
    assert done.stderr.splitlines()[-1] == f"safeguard-bot: {expected}"


def test_cli_output_into_a_closed_pipe_is_no_traceback(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "d")]
    assert main([*data, "roles", "grant", "web:officer", "training_officer"]) == 0
    capsys.readouterr()
    link = subprocess.Popen(
        [sys.executable, "-m", "cli", *data, "dashboard-link", "web:officer"],
        cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    link.stdout.close()  # like `| head -1` gone before the link is printed
    err = link.stderr.read().decode()
    assert link.wait(timeout=30) == 1
    assert "Traceback" not in err and "BrokenPipeError" not in err and "Exception ignored" not in err


def test_cli_says_when_it_creates_the_data_folder_only_the_first_time(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("DATA_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["ask", "what", "is", "a", "CSPR"]) == 0
    err = capsys.readouterr().err
    assert "safeguard-bot: created the data folder ./data (DATA_DIR or --data-dir chooses another)\n" in err
    assert (tmp_path / "data").is_dir()
    assert main(["ask", "what", "is", "a", "CSPR"]) == 0
    assert "created the data folder" not in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "other"), "roles", "list"]) == 0
    assert f"created the data folder {tmp_path / 'other'} " in capsys.readouterr().err


def _normal_install(tmp_path: Path) -> Path:
    """Not an editable install: the files a wheel would install. setuptools' build_py is the step of building a
    wheel that decides which files are installed (pip's --no-build-isolation would also need the wheel package
    with this setuptools), so its output stands in for a `pip install .`."""
    source = tmp_path / "source"  # a fresh copy: building writes egg-info and must not reuse the working tree's
    skip = ("__pycache__", "*.egg-info", "build", "data", "tests", "bench", "test-artifacts")
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".*", *skip))
    target = tmp_path / "installed"
    build = [sys.executable, "-c", "import setuptools; setuptools.setup()", "--quiet", "build_py", "--build-lib"]
    subprocess.run([*build, str(target)], cwd=source, check=True, capture_output=True, timeout=120)
    return target


def test_cli_teams_package_works_from_a_normal_install_anywhere(tmp_path):
    target = _normal_install(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import sys, adapters.teams_package, cli.main\n"
        f"assert adapters.teams_package.__file__.startswith({str(target)!r}), adapters.teams_package.__file__\n"
        "sys.exit(cli.main.main(['teams-package', '--app-id', '6c3a1b2d-0000-4000-8000-0123456789ab']))\n"
    )
    env = _env(PYTHONPATH=str(target), DATA_DIR=str(tmp_path / "d"))
    done = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(elsewhere / "safeguard-bot-teams.zip") as package:
        assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]
        assert json.loads(package.read("manifest.json"))["id"] == "6c3a1b2d-0000-4000-8000-0123456789ab"


def test_cli_answers_and_imports_from_a_normal_install_with_its_fitted_models(tmp_path):
    """The answer-confidence and urgency models are package data and up to date: nothing is refitted at start,
    and an import goes to the data folder, never into the installed package."""
    target = _normal_install(tmp_path)
    assert (target / "bot" / "answer_model.json").is_file() and (target / "content" / "urgency_model.json").is_file()
    document = tmp_path / "zebrafinch.md"
    document.write_text("Zebrafinch Learning Briefing\n\n1. The zebrafinch protocol\nThe zebrafinch protocol asks "
                        "every practitioner to record who was present at each home visit.\n")  # fmt: skip
    data = ["--data-dir", str(tmp_path / "d"), "-v"]
    code = "import sys, cli.main; sys.exit(cli.main.main(sys.argv[1:]))"
    env = _env(PYTHONPATH=str(target))

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", code, *data, *args], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=120)  # fmt: skip

    asked = run("ask", "what does IMR stand for?")
    assert asked.returncode == 0, asked.stderr
    assert "individual management review" in asked.stdout.lower()
    assert "refitted" not in asked.stderr
    imported = run("content", "import", str(document))
    assert imported.returncode == 0, imported.stderr
    assert (tmp_path / "d" / "content" / "sources" / "zebrafinch.txt").is_file()
    assert not (target / "content" / "sources" / "zebrafinch.txt").exists()
    found = run("ask", "what does the zebrafinch protocol ask practitioners to record?")
    assert "who was present at each home visit" in found.stdout


def test_cli_content_check_strict_fails_until_the_emergency_numbers_are_set(tmp_path, capsys):
    import shutil

    from content.loader import SHIPPED_CONTENT

    assert main(["content", "check"]) == 0
    assert "still needs the NSPCC helpline number" in capsys.readouterr().err
    assert main(["content", "check", "--strict"]) == 1
    assert "not ready to go live" in capsys.readouterr().err
    ready = tmp_path / "content"
    shutil.copytree(SHIPPED_CONTENT, ready)
    text = (ready / "partnership.yaml").read_text()
    (ready / "partnership.yaml").write_text(text.replace('number: ""', 'number: "01234 000000"'))
    assert main(["content", "check", "--strict", "--today", "2026-11-30", str(ready)]) == 0  # nothing due then
    assert capsys.readouterr().err == ""
    (ready / "partnership.yaml").write_text(text.replace('{number}."', '."', 1))
    assert main(["content", "check", str(ready)]) == 1
    assert "partnership.yaml:" in capsys.readouterr().err


def test_cli_content_urgency_counts_feedback_without_messages(tmp_path, capsys):
    from bot.storage import TinyStore

    store = TinyStore(tmp_path / "d")
    store.record_urgency_feedback("missed", "none")
    store.record_urgency_feedback("missed", "none")
    store.record_urgency_feedback("not_urgent", "weapons")
    assert main(["--data-dir", str(tmp_path / "d"), "content", "urgency"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "   2  said 'this was an emergency'  class none",
        "   1  said 'not an emergency'  class weapons",
    ]


def test_cli_content_gaps_names_the_nearest_item_for_each_unanswered_question(tmp_path, capsys):
    root = write_content(tmp_path / "c")
    data = [*folders(root), "--data-dir", str(tmp_path / "d")]
    # shares a word with the library but is not answered by it
    main([*data, "ask", "which adult household pets need vaccinations"])
    capsys.readouterr()
    assert main([*data, "content", "gaps", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and rows[0]["nearest"] == {"id": "brief-fathers", "title": "Ask about every adult"}
    assert main([*data, "content", "gaps"]) == 0
    assert "nearest item: brief-fathers" in capsys.readouterr().out
