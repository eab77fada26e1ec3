"""`nudges ...`: schedule, list and cancel weekly learning nudges, and send the ones due now."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, replace
from datetime import UTC, datetime

import uvloop

from adapters.nudge_senders import pooled, senders_for
from bot.audit import NUDGE_CANCEL, NUDGE_SCHEDULE
from bot.nudges import CANCELLED, NudgeError, make_schedule
from bot.settings import Settings
from cli.common import cli_actor, open_service


def schedule(args, settings: Settings) -> int:
    service = open_service(settings)
    platform, _, channel = args.channel.partition(":")
    try:
        made = make_schedule(platform, channel, args.day, args.time, args.topic, args.tz, "cli",
                             service.store.topics)  # fmt: skip
    except NudgeError as exc:
        print(f"nudges: {exc}", file=sys.stderr)
        return 1
    service.tracking.save_schedule(made)
    service.tracking.record_audit(cli_actor(), NUDGE_SCHEDULE, made.id, made.describe())
    print(f"nudges: scheduled {made.describe()}")
    return 0


def listing(args, settings: Settings) -> int:
    schedules = open_service(settings).tracking.schedules()
    if args.json:
        print(json.dumps([asdict(s) for s in schedules], indent=2))
    for s in [] if args.json else schedules:
        print(f"{s.describe()} [{s.status}]{' ' + s.note if s.note else ''}")
    return 0


def cancel(args, settings: Settings) -> int:
    store = open_service(settings).tracking
    found = store.schedule(args.id)
    if found is None:
        print(f"nudges: no schedule '{args.id}'", file=sys.stderr)
        return 1
    store.save_schedule(replace(found, status=CANCELLED))
    store.record_audit(cli_actor(), NUDGE_CANCEL, found.id)
    print(f"nudges: {args.id} cancelled")
    return 0


def run_due(args, settings: Settings) -> int:
    service = open_service(settings)
    senders = senders_for(service.settings, service.tracking)
    now = args.now or datetime.now(UTC)

    async def run():
        async with pooled(getattr(senders.get("slack"), "client", None)):
            return (await service.nudger.run_due(now, senders), await service.reviews.run_due(now, senders),
                    await service.reminders.run_due(now, senders))  # fmt: skip

    counts, reviews, reminders = uvloop.run(run())  # the event loop `serve` runs (adapters/server.py)
    print(f"nudges: {counts['sent']} sent, {counts['failed']} failed, {counts['retry']} to retry; "
          f"{reviews} weekly reviews sent; {reminders} reminders and champions' digests sent")  # fmt: skip
    return 0
