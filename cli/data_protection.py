"""Data protection at the command line: a learner's records exported (subject access) or erased, the retention
purge, and the audit log (docs/data-protection.md). Each export, erasure and purge is audited as cli:<login>."""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime

from bot.audit import audit_csv, newest_first
from bot.retention import PURGE_KINDS, Purger, cutoffs
from bot.settings import Settings
from bot.subject_rights import NothingHeld, erase, subject_access
from cli.common import cli_actor, open_store


def export_learner(args, settings: Settings) -> int:
    """Everything held about a learner as JSON, to --output FILE or stdout; says so when nothing is held. 2 when
    FILE cannot be written."""
    document = subject_access(open_store(settings), args.learner, cli_actor())
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    held = sum(map(len, document["records"].values()))
    if args.output:
        try:
            # readable by its owner only: it is everything held about a person
            with os.fdopen(os.open(args.output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w",
                           encoding="utf-8") as handle:  # fmt: skip
                handle.write(text)
        except OSError as exc:
            print(f"learner export: cannot write {args.output} ({exc.strerror}); nothing was written", file=sys.stderr)
            return 2
        print(f"learner export: wrote {held} records about {args.learner} to {args.output}")
    else:
        sys.stdout.write(text)
    if not held:
        print(f"learner export: nothing is held about {args.learner}", file=sys.stderr)
    return 0


def erase_learner(args, settings: Settings) -> int:
    """Erase a learner's identity from every record (with --yes), or say what would be erased (1: not done);
    2 when nothing is held about them."""
    store = open_store(settings)
    if not args.yes:
        held = store.subject_records(args.learner)
        if not any(held.values()):
            print(f"learner erase: nothing is held about {args.learner}; nothing to erase", file=sys.stderr)
            return 2
        counts = ", ".join(f"{kind} {len(rows)}" for kind, rows in held.items() if rows)
        print(f"learner erase: would erase {args.learner} from {counts}; nothing was erased: add --yes to erase")
        return 1
    try:
        pseudonym, counts = erase(store, args.learner, cli_actor())
    except NothingHeld as exc:
        print(f"learner erase: {exc}; nothing to erase", file=sys.stderr)
        return 2
    changed = ", ".join(f"{kind} {count}" for kind, count in counts.items() if count)
    print(f"learner erase: {args.learner} erased ({changed}); what reports count is kept under {pseudonym}")
    return 0


def purge(args, settings: Settings) -> int:
    """Remove (or with --dry-run count) the records past their retention, printing each kind's count and cutoff."""
    now = datetime.now(UTC)
    limits = cutoffs(settings.retention, now)
    counts = Purger(open_store(settings), settings.retention).purge(now, cli_actor(), dry_run=args.dry_run)
    verb = "would remove" if args.dry_run else "removed"
    print(f"{'kind':<18}{verb:>14}  kept for  before")
    for row in PURGE_KINDS:
        print(f"{row.kind:<18}{counts[row.kind]:>14}  {settings.retention[row.kind]!s:<8}  {limits[row.kind]:%Y-%m-%d}")
    dry = " (a dry run: nothing was removed)" if args.dry_run else ""
    print(f"storage purge: {verb} {sum(counts.values())} records{dry}")
    return 0


def audit(args, settings: Settings) -> int:
    """The audit log, newest first (of one --action, --since a date), as lines or --csv."""
    since = datetime.combine(args.since, datetime.min.time(), UTC) if args.since else None
    entries = newest_first(open_store(settings).audit_log(since), args.action or "")
    if args.csv:
        sys.stdout.write(audit_csv(entries))
        return 0
    for e in entries:
        print(f"{e['at']}  {e['actor']}  {e['action']}  {e['subject'] or '-'}  {e['detail']}".rstrip())
    if not entries:
        print("audit: nothing recorded", file=sys.stderr)
    return 0
