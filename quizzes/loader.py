"""Load the quiz files and check them against the content store, as `file:line: what is wrong`."""

from __future__ import annotations

import re
from pathlib import Path

from content.model import ContentStore
from content.yaml_check import InvalidContent, YamlChecker, line_of, read_currency, string_list, text_field
from quizzes.model import Question, Quiz

SHIPPED_QUIZZES = Path(__file__).resolve().parent / "library"
_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_QUIZ_REQUIRED = ("id", "title", "topics", "pass_mark", "questions")
_QUESTION_REQUIRED = ("id", "stem", "options", "correct", "explanation", "item")
MIN_QUESTIONS, MAX_QUESTIONS = 5, 8
MIN_OPTIONS, MAX_OPTIONS = 3, 4


def _check_question(check, path, entry, versions: dict[str, int], seen) -> Question | None:
    """One question of a quiz file; `versions` maps each content item's id to its version."""
    missing = [f for f in _QUESTION_REQUIRED if entry.get(f) in (None, "", [])]
    if missing:
        check.error(path, line_of(entry), f"question {entry.get('id', '?')}: missing {', '.join(missing)}")
        return None
    question_id = str(entry["id"])
    ok = True
    if not _ID.fullmatch(question_id):
        check.error(path, line_of(entry, "id"), f"question id '{question_id}' must be lowercase-hyphenated")
        ok = False
    if question_id in seen:
        check.error(path, line_of(entry, "id"), f"duplicate question id '{question_id}'")
        ok = False
    seen.add(question_id)
    options = string_list(entry["options"]) if isinstance(entry["options"], list) else None
    if not options or not MIN_OPTIONS <= len(options) <= MAX_OPTIONS or len(set(options)) != len(options):
        check.error(path, line_of(entry, "options"), f"question {question_id}: needs 3 or 4 different options")
        return None
    correct = entry["correct"]
    if not isinstance(correct, int) or isinstance(correct, bool) or not 1 <= correct <= len(options):
        check.error(path, line_of(entry, "correct"), f"question {question_id}: correct must be 1 to {len(options)}")
        ok = False
    item = str(entry["item"])
    if item not in versions:
        check.error(path, line_of(entry, "item"), f"question {question_id}: unknown content item '{item}'")
        ok = False
    if not ok:
        return None
    return Question(
        question_id,
        text_field(entry, "stem"),
        tuple(o.strip() for o in options),
        correct - 1,
        text_field(entry, "explanation"),
        item,
        versions[item],
        line_of(entry),
    )


def _check_quiz(check: YamlChecker, path: Path, data: dict, store: ContentStore) -> Quiz | None:
    missing = [f for f in _QUIZ_REQUIRED if data.get(f) in (None, "", [])]
    if missing:
        check.error(path, line_of(data), f"missing {', '.join(missing)}")
        return None
    quiz_id = str(data["id"])
    ok = True
    if not _ID.fullmatch(quiz_id) or path.stem != quiz_id:
        check.error(path, line_of(data, "id"), f"id '{quiz_id}' must be lowercase-hyphenated and match the file name")
        ok = False
    topics = string_list(data["topics"]) or []
    for topic in topics:
        if topic not in store.topics:
            check.error(path, line_of(data, "topics"), f"unknown topic '{topic}' (see content/topics.yaml)")
            ok = False
    pass_mark = data["pass_mark"]
    if not isinstance(pass_mark, int) or isinstance(pass_mark, bool) or not 1 <= pass_mark <= 100:
        check.error(path, line_of(data, "pass_mark"), "pass_mark must be a whole percent from 1 to 100")
        ok = False
    entries = data["questions"] if isinstance(data["questions"], list) else []
    if not MIN_QUESTIONS <= len(entries) <= MAX_QUESTIONS:
        check.error(path, line_of(data, "questions"), f"{len(entries)} questions: a quiz has 5 to 8")
        ok = False
    versions = {item.id: item.currency.number for item in store.items}
    seen: set[str] = set()
    questions = []
    for entry in entries:
        if not isinstance(entry, dict):
            check.error(path, line_of(data, "questions"), "each question must be a mapping")
            ok = False
            continue
        question = _check_question(check, path, entry, versions, seen)
        ok = ok and question is not None
        questions.append(question)
    currency = read_currency(check, path, data, f"quiz {quiz_id}")
    if not ok or currency is None:
        return None
    return Quiz(
        quiz_id,
        text_field(data, "title"),
        text_field(data, "description"),
        tuple(topics),
        pass_mark,
        bool(data.get("evaluation", False)),
        tuple(questions),
        bool(data.get("shuffle", True)),
        currency,
    )


def load_quizzes(folder: Path | str, store: ContentStore) -> dict[str, Quiz]:
    """Load and check every quiz file in `folder`; raise InvalidContent listing every problem."""
    check = YamlChecker(Path(folder))
    files = sorted(check.root.glob("*.yaml"))
    if not files:
        check.error(check.root, 1, "no quiz files (*.yaml)")
    quizzes: dict[str, Quiz] = {}
    for path in files:
        data = check.parse(path)
        if data is None:
            continue
        if not isinstance(data, dict):
            check.error(path, 1, "expected a mapping with id, title, topics, pass_mark, questions")
            continue
        quiz = _check_quiz(check, path, data, store)
        if quiz:
            quizzes[quiz.id] = quiz
    if check.errors:
        raise InvalidContent(check.errors)
    return quizzes
