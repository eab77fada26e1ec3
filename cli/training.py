"""Commands for learners and training officers: take or list quizzes, results, rosters, cohorts, roles
and the demo data set."""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import orjson

from bot.audit import ROLE_GRANT, ROLE_REVOKE
from bot.demo_data import fill_demo_data
from bot.nudges import nudge_engagement
from bot.roster import RosterError, read_roster
from bot.settings import Settings
from bot.storage import Store
from cli.common import cli_actor, open_library, open_service, open_store, terminal_user, unknown_quiz
from quizzes.certificates import NotPassed, certificate_pdf, issue, verify
from quizzes.reach import ReachFilters, reach_csv, reach_report, reach_text
from quizzes.reports import Filters, build_report, report_text, results_csv
from quizzes.tracking import ROLES, Cohort
from quizzes.xapi import export


def quiz(args, settings: Settings) -> int:
    service = open_service(settings)
    quizzes = service.engine.quizzes
    if args.quiz == "list":
        if args.json:
            listing = [
                {
                    "id": q.id,
                    "title": q.title,
                    "description": q.description,
                    "topics": list(q.topics),
                    "questions": len(q.questions),
                    "pass_mark": q.pass_mark,
                    "items": [question.item for question in q.questions],
                }
                for q in quizzes.values()
            ]
            print(json.dumps(listing, indent=2))
        else:
            for q in quizzes.values():
                print(f"{q.id:<36} {len(q.questions)} questions  {q.title}")
        return 0
    if args.quiz not in quizzes:
        return unknown_quiz(args.quiz)
    from adapters.terminal import run_quiz  # the conversation stack, loaded only to take a quiz

    run_quiz(service.conversation, args.quiz, input, sys.stdout, terminal_user(args.user))
    return 0


def results(args, settings: Settings) -> int:
    content, quizzes = open_library(settings)
    store = open_store(settings)
    store.check()
    if args.nudges:
        rows = nudge_engagement(store)
        if args.json:
            print(json.dumps(rows, indent=2))
        for r in [] if args.json else rows:
            engagement = (f"quick question asked {r['asked']}, answered {r['answered']}, correct {r['correct']}, "
                          f"read more {r['read_more']}")  # fmt: skip
            print(
                f"{r['schedule']} {r['period']} {r['platform']}:{r['channel']} {r['status']}: {r['item']}; {engagement}"
            )
        return 0
    if args.quiz and args.quiz not in quizzes:
        return unknown_quiz(args.quiz)
    if args.reach:
        return _reach(args, store, quizzes)
    if args.xapi:
        found = export(store, quizzes, content.partnership.website, args.quiz)
        args.xapi.write_text(json.dumps(found, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"results: wrote {len(found)} xAPI statements to {args.xapi}")
        return 0
    filters = Filters(args.quiz, args.team, args.since, args.until, args.agency)
    report = build_report(quizzes, store, filters, datetime.now(UTC).date())
    if args.json:
        # orjson: the report runs to megabytes at scale; indented for a person at a terminal, compact otherwise
        sys.stdout.flush()
        sys.stdout.buffer.write(orjson.dumps(report, option=orjson.OPT_INDENT_2 if sys.stdout.isatty() else 0) + b"\n")
    elif args.csv:
        text, rows = results_csv(report)
        args.csv.write_text(text, encoding="utf-8", newline="")
        print(f"results: wrote {rows} rows to {args.csv}")
    else:
        print(report_text(report))
    return 0


def _reach(args, store: Store, quizzes: dict) -> int:
    """`results --reach`: reach per quarter and agency, for a year or between two dates."""
    year = args.year or datetime.now(UTC).year
    since, until = args.since or date(year, 1, 1), args.until or date(year, 12, 31)
    if until < since:
        print(f"results: --until {until.isoformat()} is before --since {since.isoformat()}", file=sys.stderr)
        return 2
    chosen = {args.quiz: quizzes[args.quiz]} if args.quiz else quizzes
    report = reach_report(chosen, store, ReachFilters(since, until, args.agency, args.team))
    if args.json:
        print(json.dumps(report, indent=2))
    elif args.csv:
        args.csv.write_text(reach_csv(report), encoding="utf-8", newline="")
        print(f"results: wrote {len(report['quarters']) + len(report['totals'])} rows to {args.csv}")
    else:
        print(reach_text(report))
    return 0


def roles(args, settings: Settings) -> int:
    store = open_store(settings)
    if args.action == "list":
        for learner, held in store.roles().items():
            shown = [f"{role} ({scope})" if (scope := store.role_scope(learner, role)) else role for role in held]
            print(f"{learner}  {', '.join(shown)}")
        return 0
    if not args.learner or not args.role:
        print(
            f"safeguard-bot: roles {args.action} needs PLATFORM:USER and a role ({', '.join(ROLES)})", file=sys.stderr
        )
        return 2
    scope = f"agency:{args.agency}" if args.agency else f"team:{args.team}" if args.team else ""
    if scope and (args.action != "grant" or args.role != "training_officer"):
        print(
            "safeguard-bot: --agency and --team go with 'roles grant PLATFORM:USER training_officer'", file=sys.stderr
        )
        return 2
    if args.action == "grant":
        store.grant_role(args.learner, args.role, scope)
        store.record_audit(cli_actor(), ROLE_GRANT, args.learner, f"{args.role} {scope}".strip())
        print(f"roles: {args.learner} is now {args.role}{f' for {scope}' if scope else ''}")
    elif store.revoke_role(args.learner, args.role):
        store.record_audit(cli_actor(), ROLE_REVOKE, args.learner, args.role)
        print(f"roles: {args.learner} is no longer {args.role}")
    else:
        print(f"roles: {args.learner} did not have the role {args.role}")
    return 0


def learners(args, settings: Settings) -> int:
    store = open_store(settings)
    if args.action == "list":
        for learner in store.learners():
            print(f"{learner.id}  {learner.name}  {learner.team}  {learner.agency}")
        return 0
    if not args.roster:
        print("safeguard-bot: learners import needs a roster CSV file", file=sys.stderr)
        return 2
    imported = _import_roster(store, args.roster, "learners: nothing was imported")
    if imported is None:
        return 1
    print(f"learners: imported {len(imported)}")
    return 0


def _import_roster(store: Store, roster: Path, nothing_done: str):
    """Save a roster's learners; on any bad line print why and what was not done, and save none."""
    try:
        found = read_roster(roster)
    except RosterError as exc:
        print(exc, file=sys.stderr)
        print(nothing_done, file=sys.stderr)
        return None
    for learner in found:
        store.save_learner(learner)
    return found


def assign(args, settings: Settings) -> int:
    """Save an assignment (a Cohort) of a quiz to a roster's learners (saved too) or a team's, due by a date."""
    service = open_service(settings)
    if args.quiz not in service.engine.quizzes:
        return unknown_quiz(args.quiz)
    today = datetime.now(UTC).date()
    if args.due < today:
        print(f"assign: the due date {args.due.isoformat()} has passed (today is {today.isoformat()}): "
              "give today or a later date; nothing was assigned", file=sys.stderr)  # fmt: skip
        return 2
    if args.team:
        found = [learner for learner in service.tracking.learners() if learner.team == args.team]
        if not found:
            print(f"assign: no learner on file is in the team '{args.team}' (see 'learners list'); "
                  "nothing was assigned", file=sys.stderr)  # fmt: skip
            return 1
    else:
        found = _import_roster(service.tracking, args.roster, "assign: nothing was assigned")
        if found is None:
            return 1
    name = args.name or args.team or args.roster.stem
    cohort_id = f"{args.quiz}-{args.due.isoformat()}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}"
    learners = tuple(lr.id for lr in found)
    service.tracking.save_cohort(Cohort(cohort_id, args.quiz, learners, args.due, name, args.every, today))
    every = f", again every {args.every} months after each completion" if args.every else ""
    print(f"assign: {args.quiz} assigned to {len(found)} learners, due {args.due.isoformat()}{every} "
          f"(cohort {cohort_id})")  # fmt: skip
    return 0


def issue_certificate(args, settings: Settings) -> int:
    """Write the pass certificate of a learner who passed a quiz (PDF), and print its verification code."""
    content, quizzes = open_library(settings)
    if args.quiz not in quizzes:
        return unknown_quiz(args.quiz)
    try:
        made = issue(open_store(settings), quizzes[args.quiz], args.learner, content.partnership.name)
    except NotPassed as exc:
        print(f"certificate: {exc}; no certificate", file=sys.stderr)
        return 1
    out = args.out or Path(f"certificate-{made.code}.pdf")
    out.write_bytes(certificate_pdf(made))
    print(f"certificate: wrote {out} for {made.name}, '{made.title}', verification code {made.code}")
    return 0


def verify_certificate(args, settings: Settings) -> int:
    """Print who passed what, when and with what score, for a certificate's verification code."""
    found = verify(open_store(settings), args.code)
    if found is None:
        print(f"certificate: {args.code} is not a certificate this partnership issued", file=sys.stderr)
        return 1
    print(f"certificate {found.code}: {found.name} ({found.learner}) passed '{found.title}' on "
          f"{found.passed_on.isoformat()}, {found.score}/{found.questions} ({found.percent}%); "
          f"issued by {found.partnership}")  # fmt: skip
    return 0


def demo_data(args, settings: Settings) -> int:
    service = open_service(settings)
    try:
        made = fill_demo_data(service.engine.quizzes, service.tracking)
    except ValueError as exc:
        print(f"demo-data: {exc}", file=sys.stderr)
        return 1
    print(f"demo-data: {made} demo quiz attempts by 80 learners labelled 'Demo'")
    return 0
