"""Commands that open a door to the bot: the server, the terminal chat, one-off answers, the Teams app package
and a sign-in link to the dashboard."""

from __future__ import annotations

import errno
import json
import logging
import socket
import sys

from adapters.server import serve
from adapters.teams_package import PackageError, write_teams_package
from adapters.terminal import render_reply, run_chat
from adapters.web import dashboard_link
from bot.settings import Settings
from cli.common import open_service, open_store, terminal_user


def run_server(args, settings: Settings) -> int:
    service = open_service(settings)
    logging.getLogger().setLevel(logging.INFO if args.verbose else logging.WARNING)
    try:
        serve(service)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            print(f"safeguard-bot: port {settings.port} is already in use: "
                  "stop the other server or choose another with --port or PORT", file=sys.stderr)  # fmt: skip
        elif exc.errno == errno.EACCES:
            print(f"safeguard-bot: no permission to listen on port {settings.port}: "
                  "choose one above 1023 with --port or PORT", file=sys.stderr)  # fmt: skip
        elif isinstance(exc, socket.gaierror) or exc.errno == errno.EADDRNOTAVAIL:
            why = "not an address of this machine" if exc.errno == errno.EADDRNOTAVAIL else exc.strerror or exc
            print(f"safeguard-bot: cannot listen on host '{settings.host}' ({why}): "
                  "choose another with --host or HOST", file=sys.stderr)  # fmt: skip
        else:
            raise
        return 1
    return 0


def chat(args, settings: Settings) -> int:
    service = open_service(settings)
    run_chat(service.conversation, input, sys.stdout, terminal_user(args.user))
    return 0


def ask(args, settings: Settings) -> int:
    service = open_service(settings)
    reads_stdin = args.question == ["-"]
    questions = (line.rstrip("\n") for line in sys.stdin) if reads_stdin else [" ".join(args.question)]
    for question in questions:
        reply = service.answerer.answer(question)
        print(json.dumps(reply.to_json(), ensure_ascii=False) if args.json else render_reply(reply), flush=True)
    return 0


def teams_package(args, settings: Settings) -> int:
    try:
        written = write_teams_package(args.app_id, args.out)
    except PackageError as exc:
        print(f"teams-package: {exc}", file=sys.stderr)
        return 1
    print(f"teams-package: wrote {written}: upload it in Teams (Apps > Manage your apps > Upload an app)")
    return 0


def link_to_dashboard(args, settings: Settings) -> int:
    store = open_store(settings)
    if not {"training_officer", "adviser"} & set(store.roles().get(args.user, [])):
        print(f"dashboard-link: {args.user} is neither a training officer nor a safeguarding adviser "
              f"(safeguard-bot roles grant {args.user} training_officer)", file=sys.stderr)  # fmt: skip
        return 1
    base = args.base_url or settings.base_url
    print(f"{dashboard_link(store, args.user, base)}\n(valid once, for 15 minutes)")
    return 0
