"""Storage: the port (bot/storage/port.py) and its engines; `open_store` is the one place an engine is chosen.

The embedded engine is TinyDB (bot/storage/tinydb_store.py): a folder of files, no server.
"""

from __future__ import annotations

from pathlib import Path

from bot.storage.port import Store
from bot.storage.tinydb_store import AtomicJSONStorage, StoreDamaged, TinyStore

__all__ = ["AtomicJSONStorage", "Store", "StoreDamaged", "TinyStore", "open_store"]


def open_store(data_dir: str | Path) -> Store:
    """The store for a data folder (created if missing). Raises StoreDamaged only when read, not here."""
    return TinyStore(data_dir)
