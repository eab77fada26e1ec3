"""Imported and edited content goes to the data folder (never the installed package) and is live in a
running server without a restart; broken content keeps the content in use live and says file:line."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request

from cli.main import main
from content.loader import SHIPPED_CONTENT
from tests.conftest import start_server

BRIEFING = """Zebrafinch Learning Briefing

1. The zebrafinch protocol
The zebrafinch protocol asks every practitioner to record who was present at each home visit.
"""


def _ask(base: str, text: str) -> str:
    request = urllib.request.Request(f"{base}/web/chat", data=json.dumps({"text": text}).encode(),
                                     headers={"Content-Type": "application/json"})  # fmt: skip
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200
        return json.load(response)["html"]


def _until(check, seconds: float = 30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.5)
    return False


def test_live_content_import_writes_to_the_data_folder_never_the_package(tmp_path, capsys):
    shipped = sorted(p.name for p in (SHIPPED_CONTENT / "sources").iterdir())
    document = tmp_path / "zebrafinch.md"
    document.write_text(BRIEFING)
    assert main(["--data-dir", str(tmp_path / "d"), "content", "import", str(document)]) == 0
    assert (tmp_path / "d" / "content" / "sources" / "zebrafinch.txt").is_file()
    assert sorted(p.name for p in (SHIPPED_CONTENT / "sources").iterdir()) == shipped
    assert main(["--data-dir", str(tmp_path / "d"), "ask", "what is the zebrafinch protocol"]) == 0
    assert "who was present at each home visit" in capsys.readouterr().out


def test_live_content_a_running_server_answers_from_an_import_and_survives_broken_content(tmp_path):
    data = tmp_path / "data"
    server, base, _ = start_server(data, stderr=subprocess.PIPE)
    try:
        assert "does not cover this" in _ask(base, "what is the zebrafinch protocol?")
        document = tmp_path / "zebrafinch.md"
        document.write_text(BRIEFING)
        imported = subprocess.run([sys.executable, "-m", "cli", "--data-dir", str(data), "content", "import",
                                   str(document)], capture_output=True, text=True, timeout=120)  # fmt: skip
        assert imported.returncode == 0, imported.stderr
        assert _until(lambda: "who was present at each home visit" in _ask(base, "what is the zebrafinch protocol?"))
        (data / "content" / "items" / "broken.yaml").write_text("items:\n  - id: Not Valid\n")
        time.sleep(8)  # more than a check interval: the broken file has been seen
        assert "who was present at each home visit" in _ask(base, "what is the zebrafinch protocol?")
        assert "Safeguarding Hub" in _ask(base, "what does MASH mean")
    finally:
        server.terminate()
        log = server.communicate(timeout=30)[1]
    assert "content reloaded" in log
    assert "broken.yaml:2" in log and "stays live" in log
