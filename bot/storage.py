"""The embedded store: TinyDB files written atomically, so a crash never leaves a broken file."""

from __future__ import annotations

import json
import os
import re
import threading
from datetime import UTC, datetime
from pathlib import Path

from tinydb import Query, TinyDB
from tinydb.storages import Storage


class AtomicJSONStorage(Storage):
    """TinyDB storage that writes a temp file, fsyncs it and renames it over the old one.

    TinyDB's own JSONStorage rewrites its file in place, so a kill mid-write corrupts it.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)

    def read(self):
        try:
            with self.path.open(encoding="utf-8") as handle:
                return json.load(handle)
        except FileNotFoundError:
            return None

    def write(self, data) -> None:
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        with temp.open("w", encoding="utf-8") as handle:
            json.dump(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, self.path)
        directory = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def open_db(path: str | Path) -> TinyDB:
    return TinyDB(path, storage=AtomicJSONStorage)


class GapLog:
    """Questions the library could not answer, for content authors. Callers pass redacted text only."""

    def __init__(self, data_dir: str | Path):
        self._db = open_db(Path(data_dir) / "gaps.json")
        self._lock = threading.Lock()

    def record(self, question: str, when: datetime | None = None) -> None:
        key = re.sub(r"\s+", " ", question.strip().lower().rstrip("?!. "))
        if not key:
            return
        stamp = (when or datetime.now(UTC)).isoformat(timespec="seconds")
        with self._lock:
            row = self._db.get(Query().question == key)
            if row:
                self._db.update({"count": row["count"] + 1, "last_asked": stamp}, doc_ids=[row.doc_id])
            else:
                self._db.insert({"question": key, "count": 1, "first_asked": stamp, "last_asked": stamp})

    def most_frequent(self) -> list[dict]:
        with self._lock:
            rows = [dict(row) for row in self._db.all()]
        return sorted(rows, key=lambda r: (-r["count"], r["question"]))
