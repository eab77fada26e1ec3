"""Storage: the port (bot/storage/port.py) and its engines; `open_store` is the one place an engine is chosen.

The embedded engine is TinyDB (bot/storage/tinydb_store.py): a folder of files, no server. With a database URL
(DATABASE_URL) it is PostgreSQL (bot/storage/postgres_store.py), for several instances or an ephemeral disk.
"""

from __future__ import annotations

from pathlib import Path

from bot.storage.port import Store, StoreDamaged
from bot.storage.tinydb_store import AtomicJSONStorage, TinyStore

__all__ = ["AtomicJSONStorage", "Store", "StoreDamaged", "TinyStore", "open_store"]


def open_store(data_dir: str | Path, database_url: str = "") -> Store:
    """The PostgreSQL store when `database_url` is set (its schema migrated now; StoreDamaged if it cannot be
    reached), else the TinyDB store of the data folder (created if missing; StoreDamaged only when read)."""
    if database_url:
        from bot.storage.postgres_store import PostgresStore  # psycopg is loaded only when a database is used

        return PostgresStore(database_url)
    return TinyStore(data_dir)
