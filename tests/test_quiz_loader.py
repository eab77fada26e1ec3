import pytest

from content.loader import InvalidContent, load_content
from quizzes.loader import load_quizzes
from tests.conftest import QUIZ, write_content

REQUIRED_SUBJECTS = (
    "curiosity", "brought", "hidden", "border", "medical", "compliance", "supervision", "voice", "smart", "escalation",
)  # fmt: skip


def test_quiz_loader_shipped_library_covers_the_main_learning(shipped_quizzes, shipped_store):
    assert len(shipped_quizzes) >= 8
    items = {item.id for item in shipped_store.items}
    for quiz in shipped_quizzes.values():
        assert 5 <= len(quiz.questions) <= 8
        assert quiz.evaluation and 1 <= quiz.pass_mark <= 100
        for question in quiz.questions:
            assert question.item in items
            assert 3 <= len(question.options) <= 4
            assert 0 <= question.correct < len(question.options)
    titles = " ".join(q.title.lower() for q in shipped_quizzes.values())
    assert all(subject in titles for subject in REQUIRED_SUBJECTS)


def test_quiz_loader_reads_the_mini_quiz(mini_content):
    quizzes = load_quizzes(mini_content / "quizzes", load_content(mini_content))
    quiz = quizzes["missed"]
    assert quiz.evaluation and not quiz.shuffle
    assert quiz.questions[0].options[quiz.questions[0].correct] == "Right answer 1"
    assert quiz.questions[1].item == "brief-fathers"


def _errors(tmp_path, quiz_text: str) -> list[str]:
    root = write_content(tmp_path / "c", quiz=quiz_text)
    with pytest.raises(InvalidContent) as caught:
        load_quizzes(root / "quizzes", load_content(root))
    return [str(e).split("/quizzes/")[1] for e in caught.value.errors]


def test_quiz_loader_reports_each_problem_with_file_and_line(tmp_path):
    broken = (
        QUIZ.replace("correct: 1\n    explanation: Explanation 2.", "correct: 7\n    explanation: Explanation 2.")
        .replace("item: brief-fathers\n  - id: q3", "item: no-such-item\n  - id: q3")
        .replace("topics: [missed]", "topics: [missed, cooking]")
        .replace("pass_mark: 80", "pass_mark: 180")
        .replace("id: q5", "id: q4")
    )
    assert _errors(tmp_path, broken) == [
        "missed.yaml:4: unknown topic 'cooking' (see content/topics.yaml)",
        "missed.yaml:5: pass_mark must be a whole percent from 1 to 100",
        "missed.yaml:18: question q2: correct must be 1 to 3",
        "missed.yaml:20: question q2: unknown content item 'no-such-item'",
        "missed.yaml:33: duplicate question id 'q4'",
    ]


def test_quiz_loader_broken_yaml_and_option_that_is_not_text(tmp_path):
    assert _errors(tmp_path, QUIZ.replace("title: Missed appointments", "title: [Missed"))[0].startswith(
        "missed.yaml:3: broken YAML"
    )
    colon = QUIZ.replace("options: [Right answer 3,", "options: [{Right: answer 3},")
    assert _errors(tmp_path / "2", colon) == ["missed.yaml:23: question q3: needs 3 or 4 different options"]


def test_quiz_loader_too_few_questions_and_id_not_file_name(tmp_path):
    short = QUIZ.split("  - id: q5")[0].replace("id: missed", "id: other")
    errors = _errors(tmp_path, short.split("  - id: q4")[0])
    assert "missed.yaml:1: id 'other' must be lowercase-hyphenated and match the file name" in errors
    assert "missed.yaml:9: 3 questions: a quiz has 5 to 8" in errors


def test_quiz_loader_missing_fields(tmp_path):
    errors = _errors(tmp_path, QUIZ.replace("    explanation: Explanation 1.\n", "").replace("pass_mark: 80\n", ""))
    assert errors == ["missed.yaml:1: missing pass_mark"]
    errors = _errors(tmp_path / "2", QUIZ.replace("    explanation: Explanation 1.\n", ""))
    assert errors == ["missed.yaml:9: question q1: missing explanation"]
