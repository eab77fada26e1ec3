"""Reach and trends for the partnership's annual report: per quarter and per agency, the unique learners the
learning reached (by a quiz or a nudge), completions, pass rate, confidence before and after, and usefulness.

An attempt counts in the quarter it was started; a nudge in the quarter of the Monday of its ISO week. Answers in
chat are not counted per person: the bot keeps no record of who asked what (docs/architecture.md).
"""

from __future__ import annotations

import csv
import io
import statistics
from dataclasses import dataclass
from datetime import date

from quizzes.model import Quiz
from quizzes.tracking import TrackingStore

UNKNOWN = "(unknown)"  # a learner not on a roster has no agency
COLUMNS = (
    "quarter", "agency", "learners_reached", "by_quiz", "by_nudge", "completions", "pass_rate",
    "confidence_before", "confidence_after", "usefulness",
)  # fmt: skip


@dataclass(frozen=True)
class ReachFilters:
    since: date
    until: date
    agency: str | None = None
    team: str | None = None


def year_filters(year: int, agency: str | None = None, team: str | None = None) -> ReachFilters:
    return ReachFilters(date(year, 1, 1), date(year, 12, 31), agency, team)


def quarter_of(day: date) -> str:
    """The calendar quarter a day falls in, as "2026-Q3"."""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def quarters(since: date, until: date) -> list[tuple[str, date, date]]:
    """(label, first day, last day) of each calendar quarter from `since` to `until`, both clipped to them."""
    found, start = [], date(since.year, 3 * ((since.month - 1) // 3) + 1, 1)
    while start <= until:
        after = date(start.year + (start.month == 10), (start.month + 2) % 12 + 1, 1)
        found.append((quarter_of(start), max(start, since), min(until, date.fromordinal(after.toordinal() - 1))))
        start = after
    return found


def _mean(values: list[float]) -> float | None:
    return round(statistics.fmean(values), 2) if values else None


def reach_report(quizzes: dict[str, Quiz], store: TrackingStore, filters: ReachFilters) -> dict:
    """{"filters", "quarters": [{quarter, agency, ...COLUMNS}], "totals": [one row per quarter, every agency]}.

    Reads each quiz's first attempts per quarter (the cost follows the learners, not every attempt stored) and
    the nudge engagement records."""
    people = {learner.id: learner for learner in store.learners()}

    def agency_of(learner: str) -> str:
        return getattr(people.get(learner), "agency", "") or UNKNOWN

    def wanted(learner: str) -> bool:
        person = people.get(learner)
        return (not filters.agency or agency_of(learner) == filters.agency) and (
            not filters.team or getattr(person, "team", "") == filters.team
        )

    spans = quarters(filters.since, filters.until)
    by_quiz: dict[str, set[str]] = {}  # quarter -> learners
    done: dict[str, list] = {}  # quarter -> first completions (FirstTry)
    for label, low, high in spans:
        for quiz in quizzes:
            for started, completed in store.first_attempts(quiz, low, high):
                if wanted(started.learner):
                    by_quiz.setdefault(label, set()).add(started.learner)
                    if completed is not None:
                        done.setdefault(label, []).append(completed)
    by_nudge: dict[str, set[str]] = {}
    for event in store.nudge_events():
        year, week = event["period"].split("-W")
        monday = date.fromisocalendar(int(year), int(week), 1)
        if filters.since <= monday <= filters.until and wanted(event["user"]):
            by_nudge.setdefault(quarter_of(monday), set()).add(event["user"])

    def row(label: str, agency: str | None) -> dict:
        def mine(learners):
            return {lr for lr in learners if agency is None or agency_of(lr) == agency}

        quiz, nudge = mine(by_quiz.get(label, set())), mine(by_nudge.get(label, set()))
        completions = [a for a in done.get(label, []) if agency is None or agency_of(a.learner) == agency]
        paired = [a.ratings for a in completions if {"confidence_before", "confidence_after"} <= a.ratings.keys()]
        return {
            "quarter": label,
            "agency": agency or "all",
            "learners_reached": len(quiz | nudge),
            "by_quiz": len(quiz),
            "by_nudge": len(nudge),
            "completions": len(completions),
            "pass_rate": round(sum(bool(a.passed) for a in completions) / len(completions), 3) if completions else None,
            "confidence_before": _mean([r["confidence_before"] for r in paired]),
            "confidence_after": _mean([r["confidence_after"] for r in paired]),
            "usefulness": _mean([a.ratings["usefulness"] for a in completions if "usefulness" in a.ratings]),
        }

    agencies = sorted({agency_of(lr) for quarter in (*by_quiz.values(), *by_nudge.values()) for lr in quarter})
    return {
        "filters": {
            "since": filters.since.isoformat(),
            "until": filters.until.isoformat(),
            "agency": filters.agency,
            "team": filters.team,
        },
        "quarters": [row(label, agency) for label, _, _ in spans for agency in agencies],
        "totals": [row(label, None) for label, _, _ in spans],
    }


def reach_csv(report: dict) -> str:
    """The report's rows, per quarter and agency then the quarter totals, as CSV text."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(report["quarters"] + report["totals"])
    return out.getvalue()


def reach_text(report: dict) -> str:
    """The report as plain text for the terminal: one line per quarter (every agency), then per agency."""

    def line(r: dict) -> str:
        rate = "-" if r["pass_rate"] is None else f"{r['pass_rate']:.0%}"
        before, after, useful = (r[k] or "-" for k in ("confidence_before", "confidence_after", "usefulness"))
        return (f"  {r['quarter']} {r['agency']}: reached {r['learners_reached']} (quiz {r['by_quiz']}, nudge "
                f"{r['by_nudge']}), completions {r['completions']}, pass rate {rate}, confidence {before} -> {after}, "
                f"usefulness {useful}")  # fmt: skip

    per_agency = ["Per agency:", *map(line, report["quarters"])]
    return "\n".join(["Reach per quarter:", *map(line, report["totals"]), *per_agency])
