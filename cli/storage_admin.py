"""`safeguard-bot storage ...`: back up and restore either engine, and copy a TinyDB data folder into PostgreSQL."""

from __future__ import annotations

import sys

from bot import storage
from bot.settings import Settings, database_url_setting
from bot.storage.records import KINDS, BadBackup, copy_store, restore_backup, write_backup
from cli.common import open_store


def migrate(args, settings: Settings) -> int:
    """Copy the data folder's TinyDB store into the PostgreSQL database (--to, else DATABASE_URL), then count
    both again; 0 only when every kind's counts agree. Rows already in the database are kept, not doubled,
    so an interrupted migration can be run again."""
    url = database_url_setting(args.to) or settings.database_url
    if not url:
        print("storage migrate: give the database as --to postgresql://... or set DATABASE_URL", file=sys.stderr)
        return 2
    if not (settings.data_dir / "directory.json").exists() and not (settings.data_dir / "attempts").is_dir():
        print(f"storage migrate: {settings.data_dir} holds no TinyDB store (--data-dir chooses it)", file=sys.stderr)
        return 1
    counts = copy_store(storage.open_store(settings.data_dir), storage.open_store(settings.data_dir, url))
    print(f"{'kind':<18}{'in TinyDB':>12}{'in PostgreSQL':>15}")
    for kind in KINDS:
        read, held = counts[kind]
        print(f"{kind:<18}{read:>12}{held:>15}{'' if read == held else '   MISMATCH'}")
    wrong = [kind for kind, (read, held) in counts.items() if read != held]
    if wrong:
        print(f"storage migrate: counts differ for {', '.join(wrong)}: the database held other rows already",
              file=sys.stderr)  # fmt: skip
        return 1
    print(f"storage migrate: copied and verified {sum(read for read, _ in counts.values())} records")
    return 0


def backup(args, settings: Settings) -> int:
    """Every record of the configured store (TinyDB, or PostgreSQL with DATABASE_URL) to one JSON-lines file."""
    counts = write_backup(open_store(settings), args.file)
    print(f"storage backup: wrote {sum(counts.values())} records to {args.file}")
    return 0


def restore(args, settings: Settings) -> int:
    """Add a backup's records to the configured store; a bad file is refused before anything is written."""
    try:
        counts = restore_backup(open_store(settings), args.file)
    except (BadBackup, OSError) as exc:
        print(f"storage restore: {exc}; nothing was restored", file=sys.stderr)
        return 1
    print(f"storage restore: added {sum(counts.values())} records from {args.file} (those already held were kept)")
    return 0
