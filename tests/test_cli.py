import asyncio
import io
import json
import subprocess
import sys

import pytest

from adapters.terminal import render_reply, run_chat
from bot.cli import main
from content.loader import load_content
from tests.conftest import ITEMS, folders, write_content
from tests.pdf_fixture import make_pdf


def test_cli_ask_json_reads_one_question_per_line_in_order():
    questions = "what is safeguard guide 10 about\nhow do I bake bread\n\nwhat does CSE stand for\n"
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ask", "--json", "-"], input=questions, capture_output=True, text=True
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
    assert [(r["question"], r["count"]) for r in rows] == [("how do i bake bread", 2), ("best football team", 1)]
    assert main([*data, "content", "gaps"]) == 0
    assert capsys.readouterr().out.splitlines()[0].split()[:2] == ["2", "how"]


def test_terminal_chat_answers_helps_and_quits(conversation):
    typed = iter(["help", "ask what is an IMR", "", "quit", "never read"])
    out = io.StringIO()
    asyncio.run(run_chat(conversation, lambda prompt: next(typed), out, "terminal:tester"))
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


def test_cli_assign_creates_a_cohort_that_results_count(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "d")]
    roster = tmp_path / "north team.csv"
    roster.write_text("id,name,team,agency\nslack:U1,Ann,North,Police\nslack:U2,Bob,North,Health\n")
    assert main([*data, "assign", "hidden-men", "--roster", str(roster), "--due", "2020-01-31"]) == 0
    assert "cohort hidden-men-2020-01-31-north-team" in capsys.readouterr().out
    assert main([*data, "results", "hidden-men", "--team", "North", "--json"]) == 0
    (quiz,) = json.loads(capsys.readouterr().out)["quizzes"]
    assert (quiz["assigned"], quiz["completed"], quiz["overdue"], quiz["completion_rate"]) == (2, 0, 2, 0.0)
    assert main([*data, "assign", "nope", "--roster", str(roster), "--due", "2020-01-31"]) == 1
    with pytest.raises(SystemExit):
        main([*data, "assign", "hidden-men", "--roster", str(roster), "--due", "31/01/2020"])


def test_cli_content_votes_lists_least_helpful_first(tmp_path, capsys):
    from bot.storage import TinyStore

    store = TinyStore(tmp_path / "d")
    store.record_vote(["Guide A"], True)
    store.record_vote(["Guide B", "Guide A"], False)
    assert main(["--data-dir", str(tmp_path / "d"), "content", "votes"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "   1 not helpful    1 helpful  Guide A",
        "   1 not helpful    0 helpful  Guide B",
    ]
    assert main(["--data-dir", str(tmp_path / "e"), "content", "votes"]) == 0
    assert capsys.readouterr().out == "No votes recorded.\n"
