"""Giveaways in a quiz: clues that let a learner pick the right option without knowing the answer, the flaws
item-writing guidelines name (Haladyna, Downing and Rodriguez 2002): the right option is the longest, one
position holds the right answer far more often than chance, "all/none of the above", and a right option that
alone repeats the stem's words. `safeguard-bot content check` reports each as `file:line: what`.
"""

from __future__ import annotations

import re
from math import comb
from pathlib import Path

from content.yaml_check import ContentError, YamlChecker, line_of, string_list, text_field

LONGEST_SHARE = 0.4  # a quiz whose right option is the longest in more of its questions gives the answer away
POSITION_P = 0.05  # a position holding the right answer this unlikely under chance (one-sided binomial) is a clue
_OF_THE_ABOVE = re.compile(r"\b(?:all|none|both|neither) of (?:the )?(?:above|these|those|options|answers)\b", re.I)
_WORD = re.compile(r"[a-z]+")
_STEM_LETTERS = 5  # words sharing their first five letters are one word here ("injured", "injuries")
_ECHOED = 2  # distinctive stem words a right option repeats, when no other option repeats any, to be a clue
_COMMON = frozenset(
    "that this with from what which when where would should could there their they them have been were does your "
    "about into than then also only other after before under over more most some such must will these those".split()
)


def _distinctive(text: str) -> set[str]:
    """The words of four letters or more that are not function words, cut to their first five letters."""
    return {w[:_STEM_LETTERS] for w in _WORD.findall(text.lower()) if len(w) >= 4 and w not in _COMMON}


def _beyond_chance(count: int, trials: int, chance: float) -> bool:
    """Whether `count` or more successes in `trials` tries at probability `chance` is rarer than POSITION_P."""
    tail = sum(comb(trials, k) * chance**k * (1 - chance) ** (trials - k) for k in range(count, trials + 1))
    return tail < POSITION_P


def _questions(data) -> list[tuple[dict, list[str], int]]:
    """(question, its options, the right one's position from 1) of each well-formed question of a quiz file;
    the loader reports the others."""
    found = []
    for entry in (data.get("questions") if isinstance(data, dict) else None) or []:
        options = [o.strip() for o in string_list(entry.get("options")) or []] if isinstance(entry, dict) else []
        correct = entry.get("correct") if options else None
        if len(options) >= 2 and isinstance(correct, int) and 1 <= correct <= len(options):
            found.append((entry, options, correct))
    return found


def _right_is_longest(options: list[str], correct: int) -> bool:
    return len(options[correct - 1]) == max(map(len, options))


def _lint_quiz(path: Path, data: dict) -> list[ContentError]:
    errors: list[ContentError] = []
    questions = _questions(data)
    at_position: dict[int, list[float]] = {}  # position (1-based) -> chance of each question it is right in
    right_at: dict[int, int] = {}
    for entry, options, correct in questions:
        where = line_of(entry, "options")
        for position in range(1, len(options) + 1):
            at_position.setdefault(position, []).append(1 / len(options))
        right_at[correct] = right_at.get(correct, 0) + 1
        for option in options:
            if _OF_THE_ABOVE.search(option):
                why = "is a giveaway (an option about the other options): write an option of its own"
                errors.append(ContentError(str(path), where, f"question {entry.get('id')}: '{option}' {why}"))
        stem = _distinctive(text_field(entry, "stem"))
        echoes = [len(_distinctive(o) & stem) for o in options]
        if echoes[correct - 1] >= _ECHOED and not any(e for i, e in enumerate(echoes) if i != correct - 1):
            errors.append(ContentError(str(path), where, f"question {entry.get('id')}: only the right option repeats "
                                       "the question's words: let a wrong option use them too"))  # fmt: skip
    quiz_line = line_of(data, "questions")
    longest = sum(_right_is_longest(options, correct) for _, options, correct in questions)
    if questions and longest / len(questions) > LONGEST_SHARE:
        errors.append(ContentError(str(path), quiz_line, f"the right option is the longest in {longest} of "
                                   f"{len(questions)} questions (more than {LONGEST_SHARE:.0%}): lengthen the wrong "
                                   "options or tighten the right ones"))  # fmt: skip
    for position, chances in sorted(at_position.items()):
        count = right_at.get(position, 0)
        if count and _beyond_chance(count, len(chances), sum(chances) / len(chances)):
            why = f"{len(chances)} questions, far more than chance: move some right answers"
            errors.append(ContentError(str(path), quiz_line, f"option {position} is right in {count} of {why}"))
    return errors


def giveaways(folder: Path | str) -> list[ContentError]:
    """Every giveaway in the quiz files (*.yaml) of `folder`, as ContentErrors (file, line, message), in file
    order. Files that do not parse are left to quizzes.loader.load_quizzes, which reports them."""
    check = YamlChecker(Path(folder))
    errors: list[ContentError] = []
    for path in sorted(check.root.glob("*.yaml")):
        data = check.parse(path)
        if isinstance(data, dict):
            errors += sorted(_lint_quiz(path, data), key=lambda e: e.line)
    return errors


def longest_share(folder: Path | str, files: str = "*.yaml") -> tuple[int, int]:
    """(questions whose right option is the longest, questions) over the quiz files of `folder` matching `files`
    (a glob pattern, or one file's name)."""
    check = YamlChecker(Path(folder))
    questions = [q for path in sorted(check.root.glob(files)) for q in _questions(check.parse(path))]
    return sum(_right_is_longest(options, correct) for _, options, correct in questions), len(questions)
