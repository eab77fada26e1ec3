"""The `safeguard-bot` command: the parser, each subcommand naming its handler, and main()."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import re
import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from bot.audit import ACTIONS
from bot.settings import BadSettings, Settings
from bot.storage import StoreDamaged
from bot.tickets import TICKET_STATES
from cli.common import Stop
from quizzes.tracking import ROLES


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-12-31") from exc


def _months(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 120:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of months from 1 to 120")
    return int(text)


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


def build_parser() -> argparse.ArgumentParser:
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
    parser.set_defaults(handler="doors:run_server")  # no subcommand: serve
    commands = parser.add_subparsers(dest="command")
    serve = commands.add_parser("serve", help="run the server: Slack events and /healthz (the default)")
    serve.add_argument("--port", type=int, help="port to listen on (default: $PORT or 3978)")
    serve.add_argument("--host", help="address to listen on (default: $HOST or 127.0.0.1, this machine only; "
                       "0.0.0.0 for every network interface)")  # fmt: skip
    serve.set_defaults(handler="doors:run_server")
    chat = commands.add_parser("chat", help="talk to the bot in the terminal")
    chat.add_argument("--user", default="", help="your name, to record quiz completions (default: your login)")
    chat.set_defaults(handler="doors:chat")
    ask = commands.add_parser("ask", help="answer one question, or one per line of stdin with '-'")
    ask.add_argument("question", nargs="+", help="the question, or - to read one question per line from stdin")
    ask.add_argument("--json", action="store_true", help="print JSON: kind, text, sources, confidence")
    ask.set_defaults(handler="doors:ask")

    topics = commands.add_parser("topics", help="the library's topics; with TOPIC, its items by kind")
    topics.add_argument("topic", nargs="*", metavar="TOPIC", help="a topic's id or label, e.g. hidden-men")
    topics.set_defaults(handler="content_store:topics")

    quiz = commands.add_parser("quiz", help="'quiz list' shows the quizzes; 'quiz ID' takes one in the terminal")
    quiz.add_argument("quiz", help="'list', or the id of the quiz to take")
    quiz.add_argument("--json", action="store_true", help="with 'list': print JSON")
    quiz.add_argument("--user", default="", help="your name, to record the completion (default: your login)")
    quiz.set_defaults(handler="training:quiz")

    results = commands.add_parser("results", help="quiz completion, scores and question quality")
    results.add_argument("quiz", nargs="?", help="one quiz (default: all)")
    results.add_argument("--team", help="only learners in this team")
    results.add_argument("--agency", help="only learners in this agency")
    results.add_argument("--since", type=_day, help="only attempts started on or after this date (YYYY-MM-DD)")
    results.add_argument("--until", type=_day, help="only attempts started on or before this date (YYYY-MM-DD)")
    results.add_argument(
        "--reach",
        action="store_true",
        help="reach per quarter and agency for the annual report (with --year, or --since/--until)",
    )
    results.add_argument("--year", type=int, help="with --reach: the calendar year")
    output = results.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the report as JSON")
    output.add_argument("--csv", type=Path, metavar="FILE", help="write one row per learner and quiz to FILE")
    output.add_argument("--xapi", type=Path, metavar="FILE", help="write xAPI statements (JSON) to FILE")
    results.add_argument("--nudges", action="store_true", help="engagement with weekly nudges instead")
    results.set_defaults(handler="training:results")

    nudges = commands.add_parser("nudges", help="weekly learning nudges: schedule, list, cancel, run-due")
    nudge_commands = nudges.add_subparsers(dest="nudge_command", required=True)
    schedule = nudge_commands.add_parser("schedule", help="a weekly nudge in a channel")
    schedule.add_argument("channel", type=_learner_id, metavar="PLATFORM:CHANNEL", help="e.g. slack:C012AB3CD")
    schedule.add_argument("every", choices=("weekly",))
    schedule.add_argument("day", help="mon, tue, wed, thu, fri, sat or sun")
    schedule.add_argument("time", help="HH:MM, local time")
    schedule.add_argument("--topic", action="append", default=[], help="a topic id (repeat for more)")
    schedule.add_argument("--tz", default="Europe/London", help="time zone (default Europe/London)")
    schedule.set_defaults(handler="nudging:schedule")
    listing = nudge_commands.add_parser("list", help="the schedules")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler="nudging:listing")
    cancel = nudge_commands.add_parser("cancel", help="cancel a schedule")
    cancel.add_argument("id")
    cancel.set_defaults(handler="nudging:cancel")
    due = nudge_commands.add_parser("run-due", help="send every nudge due and unsent now, then exit")
    due.add_argument("--now", type=_instant, help="the instant to run at, ISO-8601 (default: now)")
    due.set_defaults(handler="nudging:run_due")

    roles = commands.add_parser("roles", help="grant, revoke or list roles (learner, champion, training_officer)")
    roles.add_argument("action", choices=("grant", "revoke", "list"))
    roles.add_argument("learner", nargs="?", type=_learner_id, help="platform:user_id")
    roles.add_argument("role", nargs="?", choices=ROLES)
    scope = roles.add_mutually_exclusive_group()
    scope.add_argument("--agency", help="with grant training_officer: sees only this agency's learners")
    scope.add_argument("--team", help="with grant training_officer: sees only this team's learners")
    roles.set_defaults(handler="training:roles")

    learners = commands.add_parser("learners", help="import a roster CSV (id, name, team, agency) or list learners")
    learners.add_argument("action", choices=("import", "list"))
    learners.add_argument("roster", nargs="?", type=Path)
    learners.set_defaults(handler="training:learners")

    assign = commands.add_parser("assign", help="assign a quiz to a roster's learners or a team, due by a date")
    assign.add_argument("quiz")
    who = assign.add_mutually_exclusive_group(required=True)
    who.add_argument("--roster", type=Path, help="CSV with columns id, name, team, agency (and optionally tz)")
    who.add_argument("--team", help="every learner already on file in this team")
    assign.add_argument("--due", type=_day, required=True, help="due date, YYYY-MM-DD, today or later")
    assign.add_argument("--every", type=_months, metavar="MONTHS",
                        help="recurring: a completion lapses after this many months and is due again")  # fmt: skip
    assign.add_argument("--name", default="", help="a name for this cohort (default: the roster file or team)")
    assign.set_defaults(handler="training:assign")

    link = commands.add_parser("dashboard-link", help="print a one-time sign-in link to the training dashboard")
    link.add_argument(
        "user",
        type=_learner_id,
        metavar="PLATFORM:USER",
        help="a training officer, or a safeguarding adviser (the tickets page)",
    )
    link.add_argument(
        "--base-url", default="", help="the server's address (default: PUBLIC_URL, else http://localhost:$PORT)"
    )
    link.set_defaults(handler="doors:link_to_dashboard")
    certificates = commands.add_parser("certificate", help="pass certificates: issue one (PDF), verify a code")
    certificate_commands = certificates.add_subparsers(dest="certificate_command", required=True)
    issue = certificate_commands.add_parser("issue", help="a pass certificate (PDF) for a learner who passed a quiz")
    issue.add_argument("learner", type=_learner_id, metavar="PLATFORM:USER")
    issue.add_argument("quiz")
    issue.add_argument("--out", type=Path, help="where to write the PDF (default: certificate-CODE.pdf)")
    issue.set_defaults(handler="training:issue_certificate")
    check = certificate_commands.add_parser("verify", help="who passed what, when, for a verification code")
    check.add_argument("code", metavar="CODE", help="as printed on the certificate, e.g. ABCD-EFGH-2345")
    check.set_defaults(handler="training:verify_certificate")
    tickets = commands.add_parser("tickets", help="questions to safeguarding advisers, newest first")
    tickets.add_argument("--status", choices=TICKET_STATES, help="only tickets in this state")
    tickets.add_argument("--json", action="store_true")
    tickets.set_defaults(handler="content_store:tickets")
    demo = commands.add_parser("demo-data", help="fill an empty store with a labelled demo data set")
    demo.set_defaults(handler="training:demo_data")

    package = commands.add_parser("teams-package", help="write the Teams app package (zip) an admin uploads")
    package.add_argument("--app-id", required=True, help="the Microsoft App ID of your Azure Bot (a GUID)")
    package.add_argument("--out", type=Path, default=Path("safeguard-bot-teams.zip"), help="zip file to write")
    package.set_defaults(handler="doors:teams_package")

    stored = commands.add_parser("storage", help="back up, restore or purge the data, or move it into PostgreSQL")
    storage_commands = stored.add_subparsers(dest="storage_command", required=True)
    migrate = storage_commands.add_parser("migrate", help="copy the data folder's TinyDB store into PostgreSQL")
    migrate.add_argument("--to", default="", help="postgresql://user:password@host:port/database "
                         "(default: $DATABASE_URL)")  # fmt: skip
    migrate.set_defaults(handler="storage_admin:migrate")
    backup = storage_commands.add_parser("backup", help="write every record to a file (JSON lines)")
    backup.add_argument("file", type=Path)
    backup.set_defaults(handler="storage_admin:backup")
    restore = storage_commands.add_parser("restore", help="add the records of a backup file to the store")
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler="storage_admin:restore")
    purge = storage_commands.add_parser("purge", help="remove the records older than the retention settings "
                                        "(RETAIN_*) keep them, printing how many of each kind")  # fmt: skip
    purge.add_argument("--dry-run", action="store_true", help="only count what would be removed")
    purge.set_defaults(handler="data_protection:purge")

    learner = commands.add_parser("learner", help="one learner's records: export them all, or erase them")
    learner_commands = learner.add_subparsers(dest="learner_command", required=True)
    export = learner_commands.add_parser("export", help="everything held about a learner, as JSON (subject access)")
    export.add_argument("learner", type=_learner_id, metavar="PLATFORM:USER")
    export.add_argument("--output", type=Path, metavar="FILE", help="write the JSON to FILE (default: print it)")
    export.set_defaults(handler="data_protection:export_learner")
    erase = learner_commands.add_parser("erase", help="remove a learner's identity from every record (erasure)")
    erase.add_argument("learner", type=_learner_id, metavar="PLATFORM:USER")
    erase.add_argument("--yes", action="store_true", help="erase (without it: only say what would be erased)")
    erase.set_defaults(handler="data_protection:erase_learner")
    audit = commands.add_parser("audit", help="the audit log: role changes, dashboard sign-ins, exports, erasures, "
                                "nudge schedule changes and purges, newest first")  # fmt: skip
    audit.add_argument("--action", choices=ACTIONS, help="only this action")
    audit.add_argument("--since", type=_day, help="only entries on or after this date (YYYY-MM-DD)")
    audit.add_argument("--csv", action="store_true", help="print CSV (columns seq, at, actor, action, subject, detail)")
    audit.set_defaults(handler="data_protection:audit")

    content = commands.add_parser("content", help="check, import or review the content store")
    content_commands = content.add_subparsers(dest="content_command", required=True)
    check = content_commands.add_parser("check", help="validate the content folder and the quizzes")
    check.add_argument("dir", nargs="?", type=Path, help="content folder to check (default: the configured content)")
    check.add_argument("--strict", action="store_true",
                       help="also fail while emergency numbers are not set or content is due for review")  # fmt: skip
    check.add_argument("--today", type=_day, help="the day to judge review dates on (default: today), YYYY-MM-DD")
    check.set_defaults(handler="content_store:check")
    history = content_commands.add_parser("history", help="what changed in an item, newest first (git or stored)")
    history.add_argument("item", help="the item's id")
    history.set_defaults(handler="content_store:history")
    imported = content_commands.add_parser("import", help="add a PDF, Markdown or text document as a source")
    imported.add_argument("file", type=Path)
    imported.add_argument("--title", default="", help="document title (default: its first line)")
    imported.add_argument("--publisher", default="")
    imported.add_argument("--url", default="", help="where the document is published")
    imported.set_defaults(handler="content_store:import_source")
    gaps = content_commands.add_parser("gaps", help="questions the library could not answer, most frequent first")
    gaps.add_argument("--json", action="store_true")
    gaps.set_defaults(handler="content_store:gaps")
    votes = content_commands.add_parser("votes", help="helpful / not helpful votes per source, least helpful first")
    votes.add_argument("--json", action="store_true")
    votes.set_defaults(handler="content_store:votes")
    urgency = content_commands.add_parser("urgency", help="'not an emergency' and 'this was an emergency' counts")
    urgency.add_argument("--json", action="store_true")
    urgency.add_argument("--fit", action="store_true", help="refit the semantic detector on the content and save it")
    urgency.set_defaults(handler="content_store:urgency")
    return parser


def handler(name: str):
    """The function a subcommand names ("module:function" in cli/): imported only when that command runs, so
    `results` or `roles` does not load the Slack, Teams and search stacks that `serve` and `ask` need."""
    module, function = name.split(":")
    return getattr(importlib.import_module(f"cli.{module}"), function)


def _settings(args) -> Settings:
    settings = Settings.from_env()
    return replace(
        settings,
        data_dir=args.data_dir or settings.data_dir,
        content_dir=args.content_dir or settings.content_dir,
        quiz_dir=args.quiz_dir or settings.quiz_dir,
        port=getattr(args, "port", None) or settings.port,
        host=getattr(args, "host", None) or settings.host,
    )


def _quiet_stdout() -> None:
    """Stdout's reader has gone (`safeguard-bot ... | head -1`): send what is left to devnull, so that
    flushing it at exit does not fail again."""
    with contextlib.suppress(OSError, ValueError):  # stdout without a file descriptor (captured in tests)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        settings = _settings(args)
    except BadSettings as exc:
        print(f"safeguard-bot: {exc}", file=sys.stderr)
        return 2
    try:
        code = handler(args.handler)(args, settings)
        sys.stdout.flush()  # a closed pipe shows here, not as a traceback at exit
    except Stop as stop:
        return stop.code
    except (StoreDamaged, BadSettings) as exc:  # a data file or database that cannot be read, a bad --to
        print(f"safeguard-bot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl-C: the chat and the quiz have said goodbye
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
