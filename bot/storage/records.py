"""The store as records of known kinds, the same for every engine: a backup, a restore, and a copy between
engines (`safeguard-bot storage migrate` copies a TinyDB data folder into PostgreSQL).

A record is (kind, row): `kind` one of KINDS, `row` a JSON-able dict of that kind's fields. Request ids
already answered are not records: they matter for an hour. A row keeps the fields of its kind when it was
written: restoring a backup made before a field was added (an attempt without `item_versions`) gives it the
field's default. A backup file is JSON lines,
{"kind": ..., "row": {...}}, first a header line {"safeguard-bot-backup": 1}.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from bot.storage.port import Store

KINDS = (
    "learner", "role", "cohort", "setting", "gap", "vote", "urgency_feedback", "conversation", "schedule",
    "delivery", "rotation", "nudge_event", "review_learner", "review_card", "attempt", "ticket", "audit", "item_text",
)  # fmt: skip
BACKUP_HEADER = {"safeguard-bot-backup": 1}
BATCH = 1000


class BadBackup(Exception):
    """A backup file that is not one, or holds a record of an unknown kind; names the line."""


def copy_store(source: Store, target: Store) -> dict[str, tuple[int, int]]:
    """Copy every record of `source` into `target` (rows already there are kept, not doubled), then count
    again: {kind: (records in source, records of that kind now in target)}. The copy is verified when the
    two counts agree for every kind."""
    read = _load(target, source.export_records())
    held = Counter(kind for kind, _ in target.export_records())
    return {kind: (read[kind], held[kind]) for kind in KINDS}


def write_backup(store: Store, path: Path) -> Counter:
    """Write every record to `path` (JSON lines, written to a temp file then renamed); returns counts by kind."""
    counts: Counter = Counter()
    temp = path.with_name(f".{path.name}.tmp")
    with temp.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps(BACKUP_HEADER) + "\n")
        for kind, row in store.export_records():
            handle.write(json.dumps({"kind": kind, "row": row}, ensure_ascii=False) + "\n")
            counts[kind] += 1
    temp.replace(path)
    return counts


def read_backup(path: Path) -> Iterator[tuple[str, dict]]:
    """The records of a backup file; raises BadBackup naming the first line that is not a record."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            try:
                record = json.loads(line)
            except ValueError:
                raise BadBackup(f"{path}:{number}: not JSON") from None
            if number == 1:
                if record != BACKUP_HEADER:
                    raise BadBackup(f"{path}:1: not a safeguard-bot backup")
                continue
            if (
                not isinstance(record, dict)
                or record.get("kind") not in KINDS
                or not isinstance(record.get("row"), dict)
            ):
                raise BadBackup(f"{path}:{number}: not a record of a known kind")
            yield record["kind"], record["row"]


def restore_backup(store: Store, path: Path) -> Counter:
    """Add every record of the backup at `path` to `store`; returns counts by kind. Raises BadBackup before
    anything is written if any line is bad."""
    records = list(read_backup(path))  # every line checked before the first write
    return _load(store, records)


def _load(target: Store, records: Iterable[tuple[str, dict]]) -> Counter:
    counts: Counter = Counter()
    batch: dict[str, list[dict]] = {}
    for kind, row in records:
        batch.setdefault(kind, []).append(row)
        counts[kind] += 1
        if len(batch[kind]) >= BATCH:
            target.import_records(kind, batch.pop(kind))
    for kind in KINDS:  # what is left of each kind, in the order they are exported
        if batch.get(kind):
            target.import_records(kind, batch[kind])
    return counts
