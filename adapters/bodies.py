"""Request bodies every door reads: JSON parsed so that no body, however deep or broken, is a 500."""

from __future__ import annotations

import json


class BadBody(ValueError):
    """A body that is not the JSON a door expects: answered with 400."""


def parse_json(raw: str | bytes) -> object:
    """The JSON value in `raw`; BadBody when it is not UTF-8 JSON or nests past the parser's depth."""
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:  # RecursionError: [[[[... 100,000 deep
        raise BadBody("malformed JSON") from exc
