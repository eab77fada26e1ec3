"""The `safeguard-bot` command."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from pathlib import Path

from adapters.terminal import render_reply, run_chat
from bot.service import build_service
from bot.settings import Settings
from bot.storage import TinyStore
from content.importer import ImportFailed, import_document
from content.loader import InvalidContent, load_content


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="safeguard-bot",
        description="Safeguarding practice answers, cited from the partnership's guides and review learning.",
    )
    parser.add_argument(
        "--content-dir", type=Path, help="content folder (default: $CONTENT_DIR or the shipped content)"
    )
    parser.add_argument("--data-dir", type=Path, help="data folder (default: $DATA_DIR or ./data)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what the bot does (never message text)")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("chat", help="talk to the bot in the terminal (the default)")
    ask = commands.add_parser("ask", help="answer one question, or one per line of stdin with '-'")
    ask.add_argument("question", nargs="+", help="the question, or - to read one question per line from stdin")
    ask.add_argument("--json", action="store_true", help="print JSON: kind, text, sources, confidence")
    content = commands.add_parser("content", help="check, import or review the content store")
    content_commands = content.add_subparsers(dest="content_command", required=True)
    check = content_commands.add_parser("check", help="validate the content folder")
    check.add_argument("dir", nargs="?", type=Path, help="folder to check (default: the configured content)")
    imported = content_commands.add_parser("import", help="add a PDF, Markdown or text document as a source")
    imported.add_argument("file", type=Path)
    imported.add_argument("--title", default="", help="document title (default: its first line)")
    imported.add_argument("--publisher", default="")
    imported.add_argument("--url", default="", help="where the document is published")
    gaps = content_commands.add_parser("gaps", help="questions the library could not answer, most frequent first")
    gaps.add_argument("--json", action="store_true")
    return parser


def _settings(args) -> Settings:
    settings = Settings.from_env()
    return Settings(
        data_dir=args.data_dir or settings.data_dir,
        content_dir=args.content_dir or settings.content_dir,
    )


def _print_errors(errors) -> None:
    for error in errors:
        print(error, file=sys.stderr)


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
        except InvalidContent as exc:
            _print_errors(exc.errors)
            print(f"content check: {len(exc.errors)} problem(s) in {folder}", file=sys.stderr)
            return 1
        print(
            f"content check: ok: {len(store.items)} items, {len(store.documents)} documents, "
            f"{len(store.passages)} passages, {len(store.topics)} topics"
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
    rows = TinyStore(settings.data_dir).gaps()
    if args.json:
        print(json.dumps(rows, indent=2))
    elif not rows:
        print("No unanswered questions recorded.")
    for row in rows if not args.json else []:
        print(f"{row['count']:>4}  {row['question']}  (last {row['last_asked']})")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs each index build at DEBUG
    settings = _settings(args)
    if args.command == "content":
        return _content(args, settings)
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
    asyncio.run(run_chat(service.conversation, input, sys.stdout))
    return 0


if __name__ == "__main__":
    sys.exit(main())
