"""The quiz lint: each giveaway kind is caught and reported as file:line; the shipped library has none."""

from pathlib import Path

from cli.main import main
from quizzes.lint import giveaways, longest_share
from quizzes.loader import SHIPPED_QUIZZES

# Six questions whose right option is never the longest, at positions 1, 2, 3, 1, 2, 3.
FAIR = [
    ("Which guide covers missed appointments?", ["Guide 10", "Guide 11 on men", "Guide 9 on curiosity"], 1),
    ("Who attends a strategy discussion?", ["Only the school nurse", "Police and CSC", "The parents alone"], 2),
    ("When is a plan SMART?", ["When it is very long", "When it is signed off", "When it is specific"], 3),
    ("What does curiosity ask for?", ["Checking accounts", "Accepting accounts as given", "Closing the case"], 1),
    ("Who should supervision focus on?", ["The worker's caseload", "The child", "The team's targets"], 2),
    ("What is a hidden man?", ["A named lodger", "A visiting grandparent", "An unknown male"], 3),
]


def _quiz(questions: list[tuple[str, list[str], int]]) -> str:
    lines = ["id: sample", "title: Sample", "topics: [was-not-brought]", "pass_mark: 80", "questions:"]
    for n, (stem, options, correct) in enumerate(questions, 1):
        lines += [f"  - id: q{n}", f"    stem: {stem!r}", "    options:"]
        lines += [f"      - {option!r}" for option in options]
        lines += [f"    correct: {correct}", "    explanation: From the guide.", "    item: childn-cscp-guide-10"]
    return "\n".join(lines) + "\n"


def _all_first() -> list[tuple[str, list[str], int]]:
    """FAIR with every right option moved to position 1."""
    return [(stem, [options[c - 1], *(o for i, o in enumerate(options) if i != c - 1)], 1) for stem, options, c in FAIR]


def _found(tmp_path: Path, questions) -> list[str]:
    folder = tmp_path / "quizzes"
    folder.mkdir(exist_ok=True)
    (folder / "sample.yaml").write_text(_quiz(questions), encoding="utf-8")
    return [str(e).split("quizzes/")[1] for e in giveaways(folder)]


def test_quiz_lint_a_fair_quiz_has_no_giveaways(tmp_path):
    assert _found(tmp_path, FAIR) == []


def test_quiz_lint_catches_the_right_option_being_the_longest_too_often(tmp_path):
    longest = [(stem, [*(o[:4] for o in options[:-1]), "the right option, much longer than the others"], 3)
               for stem, options, _ in FAIR[:3]]  # fmt: skip
    found = _found(tmp_path, longest + FAIR[3:])  # 3 of 6 (50%); 4 of 6 at position 3 is chance
    assert found == ["sample.yaml:6: the right option is the longest in 3 of 6 questions (more than 40%): "
                     "lengthen the wrong options or tighten the right ones"]  # fmt: skip
    assert _found(tmp_path, longest[:2] + FAIR[2:]) == []  # 2 of 6 (33%) is allowed


def test_quiz_lint_catches_one_position_holding_the_answer_beyond_chance(tmp_path):
    first = _all_first()
    assert _found(tmp_path, first) == ["sample.yaml:6: option 1 is right in 6 of 6 questions, far more than chance: "
                                       "move some right answers"]  # fmt: skip
    four_of_six = first[:4] + FAIR[4:]  # 4 of 6 at one position of three: p = 0.10, chance
    assert not any("far more than chance" in f for f in _found(tmp_path, four_of_six))


def test_quiz_lint_catches_all_or_none_of_the_above(tmp_path):
    stem, options, correct = FAIR[0]
    found = _found(tmp_path, [(stem, [*options[:2], "None of the above"], correct), *FAIR[1:]])
    assert found == ["sample.yaml:9: question q1: 'None of the above' is a giveaway (an option about the other "
                     "options): write an option of its own"]  # fmt: skip


def test_quiz_lint_catches_a_right_option_alone_repeating_the_stem(tmp_path):
    echo = ("Which review found agencies missed the bruising?", ["Guide 9", "The review found bruising missed", "X"], 2)
    found = _found(tmp_path, [echo, *FAIR[1:]])
    assert found == ["sample.yaml:9: question q1: only the right option repeats the question's words: let a wrong "
                     "option use them too"]  # fmt: skip
    shared = (echo[0], ["Guide 9", "The review found bruising missed", "The review found no bruising"], 2)
    assert _found(tmp_path, [shared, *FAIR[1:]]) == []


def test_quiz_lint_shipped_library_has_no_giveaways_and_rarely_a_longest_right_option():
    assert giveaways(SHIPPED_QUIZZES) == []
    longest, total = longest_share(SHIPPED_QUIZZES)
    assert total >= 70 and longest / total <= 0.30


def test_content_check_fails_on_quiz_giveaways(tmp_path, monkeypatch, capsys):
    first = _all_first()
    _found(tmp_path, first)
    monkeypatch.setenv("QUIZ_DIR", str(tmp_path / "quizzes"))
    assert main(["content", "check"]) == 1
    err = capsys.readouterr().err
    assert "sample.yaml:6: option 1 is right in 6 of 6 questions" in err and "1 giveaway(s)" in err
