"""The `safeguard-bot` command."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import logging
import re
import sys
from dataclasses import asdict, replace
from datetime import UTC, date, datetime
from pathlib import Path

from adapters.nudge_senders import senders_for
from adapters.server import serve
from adapters.teams_package import PackageError, write_teams_package
from adapters.terminal import render_reply, run_chat, run_quiz
from adapters.web import dashboard_link
from bot.demo_data import fill_demo_data
from bot.nudges import CANCELLED, NudgeError, make_schedule, nudge_engagement
from bot.roster import RosterError, read_roster
from bot.service import build_service
from bot.settings import BadSettings, Settings
from bot.storage import TinyStore
from content.importer import ImportFailed, import_document
from content.loader import InvalidContent, load_content
from quizzes.loader import load_quizzes
from quizzes.reports import Filters, build_report, report_text, results_csv
from quizzes.tracking import ROLES, Cohort
from quizzes.xapi import export


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-31") from exc


def _instant(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not an ISO-8601 time like 2026-11-30T09:05:00Z") from exc
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"'{text}' needs a time zone, e.g. Z or +00:00")
    return moment


def _learner_id(text: str) -> str:
    if not re.fullmatch(r"[a-z]+:\S+", text):
        raise argparse.ArgumentTypeError(f"'{text}' is not platform:user_id, e.g. slack:U012AB3CD")
    return text


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="safeguard-bot",
        description="Safeguarding practice answers, cited from the partnership's guides and review learning.",
    )
    parser.add_argument(
        "--content-dir", type=Path, help="content folder (default: $CONTENT_DIR or the shipped content)"
    )
    parser.add_argument("--quiz-dir", type=Path, help="quiz folder (default: $QUIZ_DIR or the shipped quizzes)")
    parser.add_argument("--data-dir", type=Path, help="data folder (default: $DATA_DIR or ./data)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what the bot does (never message text)")
    commands = parser.add_subparsers(dest="command")
    serve = commands.add_parser("serve", help="run the server: Slack events and /healthz (the default)")
    serve.add_argument("--port", type=int, help="port to listen on (default: $PORT or 3978)")
    chat = commands.add_parser("chat", help="talk to the bot in the terminal")
    chat.add_argument("--user", default="", help="your name, to record quiz completions (default: your login)")
    ask = commands.add_parser("ask", help="answer one question, or one per line of stdin with '-'")
    ask.add_argument("question", nargs="+", help="the question, or - to read one question per line from stdin")
    ask.add_argument("--json", action="store_true", help="print JSON: kind, text, sources, confidence")

    quiz = commands.add_parser("quiz", help="'quiz list' shows the quizzes; 'quiz ID' takes one in the terminal")
    quiz.add_argument("quiz", help="'list', or the id of the quiz to take")
    quiz.add_argument("--json", action="store_true", help="with 'list': print JSON")
    quiz.add_argument("--user", default="", help="your name, to record the completion (default: your login)")

    results = commands.add_parser("results", help="quiz completion, scores and question quality")
    results.add_argument("quiz", nargs="?", help="one quiz (default: all)")
    results.add_argument("--team", help="only learners in this team")
    results.add_argument("--since", type=_day, help="only attempts started on or after this date (YYYY-MM-DD)")
    output = results.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the report as JSON")
    output.add_argument("--csv", type=Path, metavar="FILE", help="write one row per learner and quiz to FILE")
    output.add_argument("--xapi", type=Path, metavar="FILE", help="write xAPI statements (JSON) to FILE")
    results.add_argument("--nudges", action="store_true", help="engagement with weekly nudges instead")

    nudges = commands.add_parser("nudges", help="weekly learning nudges: schedule, list, cancel, run-due")
    nudge_commands = nudges.add_subparsers(dest="nudge_command", required=True)
    schedule = nudge_commands.add_parser("schedule", help="a weekly nudge in a channel")
    schedule.add_argument("channel", type=_learner_id, metavar="PLATFORM:CHANNEL", help="e.g. slack:C012AB3CD")
    schedule.add_argument("every", choices=("weekly",))
    schedule.add_argument("day", help="mon, tue, wed, thu, fri, sat or sun")
    schedule.add_argument("time", help="HH:MM, local time")
    schedule.add_argument("--topic", action="append", default=[], help="a topic id (repeat for more)")
    schedule.add_argument("--tz", default="Europe/London", help="time zone (default Europe/London)")
    listing = nudge_commands.add_parser("list", help="the schedules")
    listing.add_argument("--json", action="store_true")
    cancel = nudge_commands.add_parser("cancel", help="cancel a schedule")
    cancel.add_argument("id")
    due = nudge_commands.add_parser("run-due", help="send every nudge due and unsent now, then exit")
    due.add_argument("--now", type=_instant, help="the instant to run at, ISO-8601 (default: now)")

    roles = commands.add_parser("roles", help="grant, revoke or list roles (learner, champion, training_officer)")
    roles.add_argument("action", choices=("grant", "revoke", "list"))
    roles.add_argument("learner", nargs="?", type=_learner_id, help="platform:user_id")
    roles.add_argument("role", nargs="?", choices=ROLES)

    learners = commands.add_parser("learners", help="import a roster CSV (id, name, team, agency) or list learners")
    learners.add_argument("action", choices=("import", "list"))
    learners.add_argument("roster", nargs="?", type=Path)

    assign = commands.add_parser("assign", help="assign a quiz to the learners of a roster, due by a date")
    assign.add_argument("quiz")
    assign.add_argument("--roster", type=Path, required=True, help="CSV with columns id, name, team, agency")
    assign.add_argument("--due", type=_day, required=True, help="due date, YYYY-MM-DD")
    assign.add_argument("--name", default="", help="a name for this cohort (default: the roster file name)")

    link = commands.add_parser("dashboard-link", help="print a one-time sign-in link to the training dashboard")
    link.add_argument("user", type=_learner_id, metavar="PLATFORM:USER", help="a training officer")
    link.add_argument("--base-url", default="", help="the server's address (default: http://localhost:$PORT)")
    commands.add_parser("demo-data", help="fill an empty store with a labelled demo data set")

    package = commands.add_parser("teams-package", help="write the Teams app package (zip) an admin uploads")
    package.add_argument("--app-id", required=True, help="the Microsoft App ID of your Azure Bot (a GUID)")
    package.add_argument("--out", type=Path, default=Path("safeguard-bot-teams.zip"), help="zip file to write")

    content = commands.add_parser("content", help="check, import or review the content store")
    content_commands = content.add_subparsers(dest="content_command", required=True)
    check = content_commands.add_parser("check", help="validate the content folder and the quizzes")
    check.add_argument("dir", nargs="?", type=Path, help="content folder to check (default: the configured content)")
    imported = content_commands.add_parser("import", help="add a PDF, Markdown or text document as a source")
    imported.add_argument("file", type=Path)
    imported.add_argument("--title", default="", help="document title (default: its first line)")
    imported.add_argument("--publisher", default="")
    imported.add_argument("--url", default="", help="where the document is published")
    gaps = content_commands.add_parser("gaps", help="questions the library could not answer, most frequent first")
    gaps.add_argument("--json", action="store_true")
    votes = content_commands.add_parser("votes", help="helpful / not helpful votes per source, least helpful first")
    votes.add_argument("--json", action="store_true")
    return parser


def _settings(args) -> Settings:
    settings = Settings.from_env()
    return replace(
        settings,
        data_dir=args.data_dir or settings.data_dir,
        content_dir=args.content_dir or settings.content_dir,
        quiz_dir=args.quiz_dir or settings.quiz_dir,
        port=getattr(args, "port", None) or settings.port,
    )


def _print_errors(errors) -> None:
    for error in errors:
        print(error, file=sys.stderr)


def _terminal_user(name: str) -> str:
    return f"terminal:{name or getpass.getuser()}"


def _unknown_quiz(name: str) -> int:
    print(f"safeguard-bot: no quiz '{name}'; 'safeguard-bot quiz list' shows them", file=sys.stderr)
    return 1


def _ask(service, args) -> int:
    reads_stdin = args.question == ["-"]
    questions = (line.rstrip("\n") for line in sys.stdin) if reads_stdin else [" ".join(args.question)]
    for question in questions:
        reply = service.answerer.answer(question)
        print(json.dumps(reply.to_json(), ensure_ascii=False) if args.json else render_reply(reply), flush=True)
    return 0


def _content(args, settings: Settings) -> int:
    if args.content_command == "check":
        folder = args.dir or settings.content_dir
        try:
            store = load_content(folder)
            quizzes = load_quizzes(settings.quiz_dir, store)
        except InvalidContent as exc:
            _print_errors(exc.errors)
            print(f"content check: {len(exc.errors)} problem(s) in {folder} or {settings.quiz_dir}", file=sys.stderr)
            return 1
        print(
            f"content check: ok: {len(store.items)} items, {len(store.documents)} documents, "
            f"{len(store.passages)} passages, {len(store.topics)} topics, {len(quizzes)} quizzes"
        )
        return 0
    if args.content_command == "import":
        try:
            name = import_document(args.file, settings.content_dir, args.title, args.publisher, args.url)
        except ImportFailed as exc:
            print(f"content import: {exc}", file=sys.stderr)
            return 1
        except InvalidContent as exc:
            _print_errors(exc.errors)
            print("content import: the content folder would not load, nothing was changed", file=sys.stderr)
            return 1
        print(f"content import: added sources/{name}; its passages are now searchable")
        return 0
    store = TinyStore(settings.data_dir)
    if args.content_command == "votes":
        rows = store.votes()
        lines = [f"{r['not_helpful']:>4} not helpful {r['helpful']:>4} helpful  {r['source']}" for r in rows]
        print(json.dumps(rows, indent=2) if args.json else "\n".join(lines) or "No votes recorded.")
        return 0
    rows = store.gaps()
    lines = [f"{r['count']:>4}  {r['question']}  (last {r['last_asked']})" for r in rows]
    print(json.dumps(rows, indent=2) if args.json else "\n".join(lines) or "No unanswered questions recorded.")
    return 0


def _quiz(service, args) -> int:
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
        return _unknown_quiz(args.quiz)
    asyncio.run(run_quiz(service.conversation, args.quiz, input, sys.stdout, _terminal_user(args.user)))
    return 0


def _nudges(service, args) -> int:
    store = service.tracking
    if args.nudge_command == "schedule":
        platform, _, channel = args.channel.partition(":")
        try:
            schedule = make_schedule(platform, channel, args.day, args.time, args.topic, args.tz, "cli",
                                     service.store.topics)  # fmt: skip
        except NudgeError as exc:
            print(f"nudges: {exc}", file=sys.stderr)
            return 1
        store.save_schedule(schedule)
        print(f"nudges: scheduled {schedule.describe()}")
        return 0
    if args.nudge_command == "list":
        schedules = store.schedules()
        if args.json:
            print(json.dumps([asdict(s) for s in schedules], indent=2))
        for s in [] if args.json else schedules:
            print(f"{s.describe()} [{s.status}]{' ' + s.note if s.note else ''}")
        return 0
    if args.nudge_command == "cancel":
        schedule = store.schedule(args.id)
        if schedule is None:
            print(f"nudges: no schedule '{args.id}'", file=sys.stderr)
            return 1
        store.save_schedule(replace(schedule, status=CANCELLED))
        print(f"nudges: {args.id} cancelled")
        return 0
    senders = senders_for(service.settings, store)
    now = args.now or datetime.now(UTC)
    counts = asyncio.run(service.nudger.run_due(now, senders))
    reviews = asyncio.run(service.reviews.run_due(now, senders))
    print(f"nudges: {counts['sent']} sent, {counts['failed']} failed, {counts['retry']} to retry; "
          f"{reviews} weekly reviews sent")  # fmt: skip
    return 0


def _results(service, args) -> int:
    if args.nudges:
        rows = nudge_engagement(service.tracking)
        if args.json:
            print(json.dumps(rows, indent=2))
        for r in [] if args.json else rows:
            engagement = f"quick question answered {r['answered']}, correct {r['correct']}, read more {r['read_more']}"
            print(
                f"{r['schedule']} {r['period']} {r['platform']}:{r['channel']} {r['status']}: {r['item']}; {engagement}"
            )
        return 0
    quizzes = service.engine.quizzes
    if args.quiz and args.quiz not in quizzes:
        return _unknown_quiz(args.quiz)
    store = service.tracking
    if args.xapi:
        found = export(store, quizzes, service.store.partnership.website, args.quiz)
        args.xapi.write_text(json.dumps(found, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"results: wrote {len(found)} xAPI statements to {args.xapi}")
        return 0
    report = build_report(quizzes, store, Filters(args.quiz, args.team, args.since), datetime.now(UTC).date())
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    elif args.csv:
        text, rows = results_csv(report)
        args.csv.write_text(text, encoding="utf-8", newline="")
        print(f"results: wrote {rows} rows to {args.csv}")
    else:
        print(report_text(report))
    return 0


def _roles(store: TinyStore, args) -> int:
    if args.action == "list":
        for learner, roles in store.roles().items():
            print(f"{learner}  {', '.join(roles)}")
        return 0
    if not args.learner or not args.role:
        print(
            f"safeguard-bot: roles {args.action} needs PLATFORM:USER and a role ({', '.join(ROLES)})", file=sys.stderr
        )
        return 2
    if args.action == "grant":
        store.grant_role(args.learner, args.role)
        print(f"roles: {args.learner} is now {args.role}")
    elif store.revoke_role(args.learner, args.role):
        print(f"roles: {args.learner} is no longer {args.role}")
    else:
        print(f"roles: {args.learner} did not have the role {args.role}")
    return 0


def _learners(store: TinyStore, args) -> int:
    if args.action == "list":
        for learner in store.learners():
            print(f"{learner.id}  {learner.name}  {learner.team}  {learner.agency}")
        return 0
    if not args.roster:
        print("safeguard-bot: learners import needs a roster CSV file", file=sys.stderr)
        return 2
    learners = _import_roster(store, args.roster, "learners: nothing was imported")
    if learners is None:
        return 1
    print(f"learners: imported {len(learners)}")
    return 0


def _import_roster(store: TinyStore, roster: Path, nothing_done: str):
    """Save a roster's learners; on any bad line print why and what was not done, and save none."""
    try:
        learners = read_roster(roster)
    except RosterError as exc:
        print(exc, file=sys.stderr)
        print(nothing_done, file=sys.stderr)
        return None
    for learner in learners:
        store.save_learner(learner)
    return learners


def _assign(service, args) -> int:
    if args.quiz not in service.engine.quizzes:
        return _unknown_quiz(args.quiz)
    learners = _import_roster(service.tracking, args.roster, "assign: nothing was assigned")
    if learners is None:
        return 1
    name = args.name or args.roster.stem
    cohort_id = f"{args.quiz}-{args.due.isoformat()}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}"
    service.tracking.save_cohort(Cohort(cohort_id, args.quiz, tuple(lr.id for lr in learners), args.due, name))
    print(f"assign: {args.quiz} assigned to {len(learners)} learners, due {args.due.isoformat()} (cohort {cohort_id})")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs each index build at DEBUG
    try:
        settings = _settings(args)
    except BadSettings as exc:
        print(f"safeguard-bot: {exc}", file=sys.stderr)
        return 2
    if args.command == "content":
        return _content(args, settings)
    if args.command == "teams-package":
        try:
            written = write_teams_package(args.app_id, args.out)
        except PackageError as exc:
            print(f"teams-package: {exc}", file=sys.stderr)
            return 1
        print(f"teams-package: wrote {written}: upload it in Teams (Apps > Manage your apps > Upload an app)")
        return 0
    if args.command == "dashboard-link":
        store = TinyStore(settings.data_dir)
        if "training_officer" not in store.roles().get(args.user, []):
            print(f"dashboard-link: {args.user} is not a training officer "
                  f"(safeguard-bot roles grant {args.user} training_officer)", file=sys.stderr)  # fmt: skip
            return 1
        base = args.base_url or f"http://localhost:{settings.port}"
        print(f"{dashboard_link(store, args.user, base)}\n(valid once, for 15 minutes)")
        return 0
    if args.command in ("roles", "learners"):
        store = TinyStore(settings.data_dir)
        return _roles(store, args) if args.command == "roles" else _learners(store, args)
    try:
        service = build_service(settings)
    except InvalidContent as exc:
        _print_errors(exc.errors)
        print(
            "safeguard-bot: the content does not pass its checks, so the bot will not start. "
            "Fix the problems above (safeguard-bot content check).",
            file=sys.stderr,
        )
        return 2
    if args.command == "ask":
        return _ask(service, args)
    if args.command == "quiz":
        return _quiz(service, args)
    if args.command == "results":
        return _results(service, args)
    if args.command == "nudges":
        return _nudges(service, args)
    if args.command == "demo-data":
        try:
            made = fill_demo_data(service.engine.quizzes, service.tracking)
        except ValueError as exc:
            print(f"demo-data: {exc}", file=sys.stderr)
            return 1
        print(f"demo-data: {made} demo quiz attempts by 80 learners labelled 'Demo'")
        return 0
    if args.command == "assign":
        return _assign(service, args)
    if args.command == "chat":
        asyncio.run(run_chat(service.conversation, input, sys.stdout, _terminal_user(args.user)))
        return 0
    logging.getLogger().setLevel(logging.INFO if args.verbose else logging.WARNING)
    serve(service)
    return 0


if __name__ == "__main__":
    sys.exit(main())
