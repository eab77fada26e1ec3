"""What a YAML file parsed to, kept between runs: every command that loads the content (a report, a check) would
otherwise spend a quarter of a second building the same Python objects from the same 700 items.

An entry is keyed by the file's absolute path, size and modification time (as Python keys its .pyc files), so an
edited file is parsed again. Entries live in the user's cache folder (`$XDG_CACHE_HOME/safeguard-bot`, else
`~/.cache/safeguard-bot`), written atomically; where nothing can be written the file is simply parsed each time.
They are pickles read back by an unpickler that builds nothing but plain data and dates (`_PlainData`), so a
tampered entry cannot run code: at worst it is refused and the file parsed again.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import os
import pickle
from collections.abc import Callable
from pathlib import Path

VERSION = b"1"  # bump when what a parse returns changes shape (content/yaml_check.py _LineLoader)
_ALLOWED = {("datetime", "date"), ("datetime", "datetime"), ("datetime", "timezone"), ("datetime", "timedelta")}


class _PlainData(pickle.Unpickler):
    """Builds dicts, lists, strings, numbers and the datetime types: any other class is refused."""

    def find_class(self, module: str, name: str):
        if (module, name) in _ALLOWED:
            return getattr(datetime, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not plain data")


def cache_folder() -> Path:
    """Where entries are kept: $XDG_CACHE_HOME/safeguard-bot, else ~/.cache/safeguard-bot."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "safeguard-bot"


def cached_parse(path: Path, parse: Callable[[str], object]) -> object:
    """`parse(text of path)`, or what it returned before for this very file (same path, size and modification
    time). Raises what reading or `parse` raises; a cache that cannot be read or written is passed over."""
    stat = path.stat()
    key = hashlib.sha256(b"\0".join([VERSION, os.fsencode(path.resolve()), str(stat.st_size).encode(),
                                     str(stat.st_mtime_ns).encode()])).hexdigest()[:40]  # fmt: skip
    entry = cache_folder() / f"{key}.pickle"
    try:
        return _PlainData(io.BytesIO(entry.read_bytes())).load()
    except Exception:  # not kept yet, truncated or tampered: whatever is wrong, the file is parsed
        pass
    data = parse(path.read_text(encoding="utf-8"))
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        temp = entry.with_name(f".{entry.name}.{os.getpid()}")
        temp.write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
        temp.replace(entry)
    except OSError:
        pass  # a read-only home: parse each time
    return data
