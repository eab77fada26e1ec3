"""Training-evaluation reports: completion, scores, question quality, confidence and usefulness.

Scores and question analysis use each learner's first completed attempt: a retake after
seeing the feedback says less about what the learning reached than the first try.
"""

from __future__ import annotations

import csv
import io
import statistics
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date

from quizzes.assignments import COMPLETED as DONE
from quizzes.assignments import OVERDUE, PRESSING, Progress, assignment_progress
from quizzes.model import Quiz
from quizzes.tracking import COMPLETED, AnswerTally, Cohort, FirstTry, Learner, TrackingStore

# One row per learner and quiz in the CSV download, in this order.
RESULT_COLUMNS = (
    "learner", "name", "team", "agency", "quiz", "status", "score", "percent", "passed",
    "started_at", "finished_at", "confidence_before", "confidence_after", "usefulness", "assignment", "due",
)  # fmt: skip
# Item analysis: share of scorers in the top and bottom groups, and the flags' limits.
GROUP_SHARE = 0.27
MIN_FOR_DISCRIMINATION = 4
TOO_EASY, TOO_HARD = 0.9, 0.3
LOW_DISCRIMINATION = 0.2  # below it a question barely separates strong from weak scorers (Ebel's "poor" band)
REPORT_THREADS = 2  # quizzes reported at once: a store's reads wait on its engine, not on this process
VERSION_BEFORE_RECORDING = 1  # an attempt stored before item versions were recorded: every item's first version


@dataclass(frozen=True)
class Filters:
    quiz: str | None = None
    team: str | None = None
    since: date | None = None
    until: date | None = None
    agency: str | None = None


def scoped(filters: Filters, scope: str) -> Filters:
    """`filters` limited to a training officer's scope ("agency:NAME", "team:NAME" or "" for everyone): what the
    officer asked for is kept only where the scope allows it."""
    kind, _, name = scope.partition(":")
    if kind == "agency":
        return replace(filters, agency=name)
    if kind == "team":
        return replace(filters, team=name)
    return filters


def in_scope(scope: str, learner: Learner | None) -> bool:
    """Whether a learner (None: one on no roster) is within a training officer's scope (see `scoped`)."""
    kind, _, name = scope.partition(":")
    return not kind or getattr(learner, kind, None) == name


def _mean(values: list[float]) -> float | None:
    return round(statistics.fmean(values), 3) if values else None


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def _percent(attempt: FirstTry, quiz: Quiz) -> float:
    return 100 * (attempt.score or 0) / len(quiz.questions)


def facility_by_item_version(quiz: Quiz, firsts: list[FirstTry], store: TrackingStore) -> dict[str, list[dict]]:
    """Per question id whose cited item was at more than one version across `firsts` (the version each attempt
    recorded as it started; VERSION_BEFORE_RECORDING when it recorded none): [{version, answers, facility}], one
    per version, lowest first. Questions whose item was at one version only are not keys."""
    split: dict[str, list[dict]] = {}
    # Only an item some attempt recorded at another version than its first can have two groups: one pass finds them.
    recorded = {item for attempt in firsts for item, version in attempt.item_versions.items()
                if version != VERSION_BEFORE_RECORDING}  # fmt: skip
    for item in dict.fromkeys(question.item for question in quiz.questions if question.item in recorded):
        groups: dict[int, list[str]] = {}
        for attempt in firsts:
            groups.setdefault(attempt.item_versions.get(item, VERSION_BEFORE_RECORDING), []).append(attempt.id)
        if len(groups) < 2:
            continue
        tallies = {version: store.answer_tallies(ids) for version, ids in sorted(groups.items())}
        for question in (q for q in quiz.questions if q.item == item):
            split[question.id] = []
            for version, tally in tallies.items():
                counted = tally.get(question.id) or AnswerTally()
                split[question.id].append({"version": version, "answers": counted.answered,
                                           "facility": _share(counted.right, counted.answered)})  # fmt: skip
    return split


def question_analysis(quiz: Quiz, firsts: list[FirstTry], store: TrackingStore) -> list[dict]:
    """Facility (share right) and discrimination (top 27% minus bottom 27% of scorers) per question, and its
    facility per version of the item it cites when the attempts answered more than one (`by_item_version`, else
    [])."""
    by_version = facility_by_item_version(quiz, firsts, store)
    ranked = sorted(firsts, key=lambda a: (a.score or 0, a.id))
    group = max(1, round(GROUP_SHARE * len(ranked)))
    tallies = store.answer_tallies(
        [a.id for a in ranked], top=[a.id for a in ranked[-group:]], bottom=[a.id for a in ranked[:group]]
    )
    rows = []
    for question in quiz.questions:
        tally = tallies.get(question.id) or AnswerTally()
        facility = _share(tally.right, tally.answered)
        discrimination = None
        if len(ranked) >= MIN_FOR_DISCRIMINATION:
            discrimination = round(tally.right_top / group - tally.right_bottom / group, 3)
        flags = []
        if facility is not None and facility > TOO_EASY:
            flags.append("too easy")
        if facility is not None and facility < TOO_HARD:
            flags.append("too hard")
        if discrimination is not None and discrimination < 0:
            flags.append("discriminates negatively")
        elif discrimination is not None and discrimination < LOW_DISCRIMINATION and not flags:
            flags.append("discriminates poorly")  # not when its facility already explains it (too easy or hard)
        # The wrong option chosen most, the first in the quiz file on a tie, whatever order the store counted in.
        most_wrong = sorted(tally.wrong_options.items(), key=lambda pair: (-pair[1], pair[0]))[:1]
        rows.append(
            {
                "id": question.id,
                "stem": question.stem,
                "answers": tally.answered,
                "facility": facility,
                "discrimination": discrimination,
                "flags": flags,
                "most_chosen_wrong": (
                    {"option": question.options[most_wrong[0][0]], "count": most_wrong[0][1]} if most_wrong else None
                ),
                "item": question.item,
                "by_item_version": by_version.get(question.id, []),
            }
        )
    return rows


def _evaluation(firsts: list[FirstTry]) -> dict:
    paired = [a.ratings for a in firsts if {"confidence_before", "confidence_after"} <= a.ratings.keys()]
    useful = [a.ratings["usefulness"] for a in firsts if "usefulness" in a.ratings]
    return {
        "confidence_responses": len(paired),
        "confidence_before": _mean([r["confidence_before"] for r in paired]),
        "confidence_after": _mean([r["confidence_after"] for r in paired]),
        "confidence_change": _mean([r["confidence_after"] - r["confidence_before"] for r in paired]),
        "share_improved": _share(sum(r["confidence_after"] > r["confidence_before"] for r in paired), len(paired)),
        "usefulness_responses": len(useful),
        "usefulness": _mean(useful),
    }


def _group_rows(
    quiz: Quiz,
    firsts: list[FirstTry],
    started: dict[str, FirstTry],
    assigned: dict[str, set[str]],
    people: dict,
    field: str,
) -> list[dict]:
    """Per team (or agency): who started and completed, and of those assigned, how many completed and how
    many are overdue. `assigned` maps a state (quizzes.assignments) to the learners in it."""

    def group_of(learner_id: str) -> str:
        return getattr(people.get(learner_id), field, "") or "(unknown)"

    everyone = set(started).union(*assigned.values())
    groups: dict[str, set[str]] = {}
    for learner_id in everyone:
        groups.setdefault(group_of(learner_id), set()).add(learner_id)
    by_learner = {a.learner: a for a in firsts}
    on_assignment = set().union(*assigned.values())
    rows = []
    for name, members in sorted(groups.items()):
        done = [by_learner[m] for m in members if m in by_learner]
        mine = members & on_assignment
        completed = len(mine & assigned.get(DONE, set()))
        rows.append(
            {
                field: name,
                "started": len(members & started.keys()),
                "completed": len(done),
                "mean_score": _mean([_percent(a, quiz) for a in done]),
                "pass_rate": _share(sum(bool(a.passed) for a in done), len(done)),
                "assigned": len(mine),
                "assigned_completed": completed,
                "completion_rate": _share(completed, len(mine)),
                "overdue": len(mine & assigned.get(OVERDUE, set())),
            }
        )
    return rows


def quiz_report(
    quiz: Quiz,
    store: TrackingStore,
    filters: Filters,
    today: date,
    people: dict[str, Learner],
    cohorts: list[Cohort] | None = None,
) -> dict:
    """One quiz's part of the report (see build_report); `cohorts` are the quiz's assignments (all when None)."""

    def wanted(learner_id: str) -> bool:
        person = people.get(learner_id)
        return (not filters.team or getattr(person, "team", "") == filters.team) and (
            not filters.agency or getattr(person, "agency", "") == filters.agency
        )

    found = store.first_attempts(quiz.id, filters.since, filters.until)
    pairs = [(s, d) for s, d in found if wanted(s.learner)]
    started: dict[str, FirstTry] = {first.learner: first for first, _ in pairs}
    firsts: dict[str, FirstTry] = {done.learner: done for _, done in pairs if done}
    cohorts = [c for c in (store.cohorts() if cohorts is None else cohorts) if c.quiz == quiz.id]
    # with no dates chosen, the first attempts just read are the ones assignments are judged on: not read again
    read = None if filters.since or filters.until else {quiz.id: found}
    progress = [p for p in assignment_progress(store, cohorts, today, read) if wanted(p.learner)]
    assigned: dict[str, set[str]] = {}
    for row in progress:
        assigned.setdefault(row.state, set()).add(row.learner)
    on_assignment = {row.learner for row in progress}
    done = list(firsts.values())
    scores = [_percent(a, quiz) for a in done]
    return {
        "quiz": quiz.id,
        "title": quiz.title,
        "assigned": len(on_assignment),
        "started": len(started),
        "completed": len(done),
        # completion: assigned learners whose assignment is completed / assigned learners
        "completion_rate": _share(len(assigned.get(DONE, set())), len(on_assignment)),
        "overdue": len(assigned.get(OVERDUE, set())),
        "mean_score": _mean(scores),
        "median_score": round(statistics.median(scores), 3) if scores else None,
        "pass_rate": _share(sum(bool(a.passed) for a in done), len(done)),
        "questions": question_analysis(quiz, done, store),
        "evaluation": _evaluation(done),
        "by_team": _group_rows(quiz, done, started, assigned, people, "team"),
        "by_agency": _group_rows(quiz, done, started, assigned, people, "agency"),
        "assignments": [_assignment_row(row, people.get(row.learner)) for row in progress],
        "learners": _learner_rows(quiz, started, firsts, progress, people),
    }


def _assignment_row(row: Progress, person: Learner | None) -> dict:
    return {
        "learner": row.learner,
        "name": getattr(person, "name", ""),
        "team": getattr(person, "team", ""),
        "agency": getattr(person, "agency", ""),
        "assignment": row.cohort,
        "state": row.state,
        "due": row.due.isoformat(),
        "completed_on": row.completed_on.isoformat() if row.completed_on else None,
        "score": row.score,
        "passed": row.passed,
    }


def _learner_rows(
    quiz: Quiz,
    started: dict[str, FirstTry],
    firsts: dict[str, FirstTry],
    progress: list[Progress],
    people: dict[str, Learner],
) -> list[dict]:
    """A row per learner who started the quiz, and per assigned learner who has not: status not_started or
    overdue. A learner on an assignment carries its id and due date (the most pressing, when several)."""
    pressing: dict[str, Progress] = {}
    for row in sorted(progress, key=lambda p: (p.state != OVERDUE, p.due)):
        pressing.setdefault(row.learner, row)
    rows = [_learner_row(quiz, a, firsts.get(a.learner), people.get(a.learner)) for a in started.values()]
    for learner, row in pressing.items():
        if learner not in started:
            person = people.get(learner)
            rows.append({column: None for column in RESULT_COLUMNS} | {
                "learner": learner, "name": getattr(person, "name", ""), "team": getattr(person, "team", ""),
                "agency": getattr(person, "agency", ""), "quiz": quiz.id, "status": row.state,
            })  # fmt: skip
    for row in rows:
        on = pressing.get(row["learner"])
        row |= {"assignment": on.cohort if on else None, "due": on.due.isoformat() if on else None}
    return rows


def _learner_row(quiz: Quiz, first_started: FirstTry, first_done: FirstTry | None, person: Learner | None) -> dict:
    attempt = first_done or first_started
    return {
        "learner": attempt.learner,
        "name": getattr(person, "name", ""),
        "team": getattr(person, "team", ""),
        "agency": getattr(person, "agency", ""),
        "quiz": quiz.id,
        "status": attempt.status,
        "score": attempt.score,
        "percent": round(_percent(attempt, quiz), 1) if first_done else None,
        "passed": attempt.passed,
        "started_at": attempt.started_at,
        "finished_at": attempt.finished_at,
        **{rating: attempt.ratings.get(rating) for rating in ("confidence_before", "confidence_after", "usefulness")},
    }


def build_report(quizzes: dict[str, Quiz], store: TrackingStore, filters: Filters, today: date) -> dict:
    """The training officer's report: {"filters": {...}, "quizzes": [one quiz_report per quiz]}. Reads per quiz
    one row per learner and the tallies of their first completed attempts' answers (TrackingStore), so its
    cost grows with the learners, not with the attempts stored. Quizzes are reported by REPORT_THREADS threads
    at once, so one quiz's reading from the store overlaps another's Python work."""
    people = {learner.id: learner for learner in store.learners()}
    cohorts = store.cohorts()
    chosen = [quizzes[filters.quiz]] if filters.quiz else list(quizzes.values())
    with ThreadPoolExecutor(REPORT_THREADS, thread_name_prefix="report") as pool:
        reports = list(pool.map(lambda quiz: quiz_report(quiz, store, filters, today, people, cohorts), chosen))
    return {
        "filters": {
            "quiz": filters.quiz,
            "team": filters.team,
            "since": filters.since.isoformat() if filters.since else None,
            "until": filters.until.isoformat() if filters.until else None,
            "agency": filters.agency,
        },
        "quizzes": reports,
    }


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet reads as the start of a formula


def spreadsheet_safe(value):
    """A text cell that a spreadsheet would run as a formula (a display name `=HYPERLINK(...)`), with a
    leading apostrophe so it shows as text (OWASP's advice on CSV injection); other values unchanged."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def results_csv(report: dict) -> tuple[str, int]:
    """The report's learner rows as CSV text, every text cell spreadsheet-safe, and how many rows."""
    rows = [row for q in report["quizzes"] for row in q["learners"]]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=RESULT_COLUMNS)
    writer.writeheader()
    writer.writerows({key: spreadsheet_safe(value) for key, value in row.items()} for row in rows)
    return out.getvalue(), len(rows)


def _fmt(value, suffix: str = "") -> str:
    if value is None:
        return "-"
    return f"{value:.0%}" if suffix == "%" else f"{value:.1f}{suffix}"


def report_text(report: dict) -> str:
    """The report as plain text, for the terminal and for training officers in chat."""
    lines = []
    for q in report["quizzes"]:
        e = q["evaluation"]
        lines += [
            f"{q['title']} ({q['quiz']})",
            f"  assigned {q['assigned']}, started {q['started']}, completed {q['completed']}, "
            f"completion {_fmt(q['completion_rate'], '%')}, overdue {q['overdue']}",
            f"  score mean {_fmt(q['mean_score'])}%, "
            f"median {_fmt(q['median_score'])}%, pass rate {_fmt(q['pass_rate'], '%')}",
            f"  confidence {_fmt(e['confidence_before'])} -> {_fmt(e['confidence_after'])} "
            f"(change {_fmt(e['confidence_change'])}, improved {_fmt(e['share_improved'], '%')}, "
            f"n={e['confidence_responses']}); usefulness {_fmt(e['usefulness'])} (n={e['usefulness_responses']})",
        ]
        for row in q["questions"]:
            flags = f"  <- {', '.join(row['flags'])}" if row["flags"] else ""
            wrong = row["most_chosen_wrong"]
            wrong_text = f'; most chosen wrong: "{wrong["option"][:50]}" ({wrong["count"]})' if wrong else ""
            lines.append(
                f"    {row['id']}: facility {_fmt(row['facility'], '%')}, discrimination "
                f"{_fmt(row['discrimination'])}{wrong_text}{flags}"
            )
            if row["by_item_version"]:
                split = ", ".join(f"version {v['version']} {_fmt(v['facility'], '%')} (n={v['answers']})"
                                  for v in row["by_item_version"])  # fmt: skip
                lines.append(f"      facility by the version of {row['item']}: {split}")
        lines.append("")
    return "\n".join(lines).rstrip() or "No quizzes."


def learner_results_text(quizzes: dict[str, Quiz], store: TrackingStore, learner_id: str) -> str:
    """A learner's own results: all a learner may see."""
    mine = sorted((a for a in store.attempts() if a.learner == learner_id), key=lambda a: a.started_at)
    if not mine:
        return "You haven't taken a quiz yet. Type 'quizzes' to see them."
    lines = ["Your quizzes:"]
    for attempt in mine:
        quiz = quizzes.get(attempt.quiz)
        title = quiz.title if quiz else attempt.quiz
        if attempt.status == COMPLETED and quiz:
            verdict = "passed" if attempt.passed else "not passed"
            lines.append(f"- {title}: {attempt.score}/{len(quiz.questions)}, {verdict} ({attempt.finished_at[:10]})")
        else:
            lines.append(f"- {title}: in progress (type 'quiz {attempt.quiz}' to carry on)")
    return "\n".join(lines)


def team_assignments_text(quizzes: dict[str, Quiz], store: TrackingStore, team: str, today: date) -> str:
    """A team's assigned learning, learner by learner, overdue first: what a champion sees in chat."""
    people = {learner.id: learner for learner in store.learners()}
    mine = [c for c in store.cohorts() if c.quiz in quizzes]
    rows = [p for p in assignment_progress(store, mine, today) if getattr(people.get(p.learner), "team", "") == team]
    if not rows:
        return f"Nobody in {team} has learning assigned. A training officer assigns it with 'safeguard-bot assign'."
    lines = [f"Assigned learning in {team} ({sum(r.state == OVERDUE for r in rows)} overdue):"]
    for row in sorted(rows, key=lambda r: (PRESSING[r.state], r.due, r.learner)):
        name = getattr(people.get(row.learner), "name", "") or row.learner
        when = f"completed {row.completed_on:%-d %b}" if row.state == DONE else f"due {row.due:%-d %b %Y}"
        lines.append(f"- {name}: {quizzes[row.quiz].title}, {row.state.replace('_', ' ')} ({when})")
    return "\n".join(lines)


def quiz_report_text(
    quizzes: dict[str, Quiz], store: TrackingStore, quiz_id: str | None, today: date, scope: str = ""
) -> str:
    return report_text(build_report(quizzes, store, scoped(Filters(quiz=quiz_id), scope), today))
