"""The kept parses of content files (content/parse_cache.py): the same objects back, never stale, never code."""

import os
import pickle
from datetime import date

from content.loader import SHIPPED_CONTENT, load_content
from content.parse_cache import cache_folder, cached_parse


def _counting(calls: list):
    def parse(text: str):
        calls.append(text)
        return {"text": text, "reviewed": date(2026, 11, 29), "__line__": 1}

    return parse


def test_a_file_parsed_once_comes_back_the_same_without_parsing_again(tmp_path):
    path, calls = tmp_path / "items.yaml", []
    path.write_text("a: 1\n")
    first = cached_parse(path, _counting(calls))
    again = cached_parse(path, _counting(calls))
    assert again == first and again is not first and len(calls) == 1
    assert list(cache_folder().glob("*.pickle"))  # XDG_CACHE_HOME is the test's own (tests/conftest.py)


def test_an_edited_file_is_parsed_again(tmp_path):
    path, calls = tmp_path / "items.yaml", []
    path.write_text("a: 1\n")
    cached_parse(path, _counting(calls))
    path.write_text("a: 22\n")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert cached_parse(path, _counting(calls))["text"] == "a: 22\n" and len(calls) == 2


def test_a_tampered_entry_runs_no_code_and_the_file_is_parsed(tmp_path):
    path, calls = tmp_path / "items.yaml", []
    path.write_text("a: 1\n")
    cached_parse(path, _counting(calls))
    (entry,) = cache_folder().glob("*.pickle")
    marker = tmp_path / "ran"

    class Exploit:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    entry.write_bytes(pickle.dumps(Exploit()))
    assert cached_parse(path, _counting(calls))["text"] == "a: 1\n" and len(calls) == 2
    assert not marker.exists()


def test_without_a_writable_cache_the_file_is_parsed_each_time(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    path, calls = tmp_path / "items.yaml", []
    path.write_text("a: 1\n")
    assert cached_parse(path, _counting(calls)) == cached_parse(path, _counting(calls)) and len(calls) == 2


def test_the_shipped_content_loads_the_same_from_kept_parses():
    fresh = load_content(SHIPPED_CONTENT, urgency_exemplars=False)
    kept = load_content(SHIPPED_CONTENT, urgency_exemplars=False)
    assert kept.items == fresh.items and kept.partnership == fresh.partnership and kept.topics == fresh.topics
