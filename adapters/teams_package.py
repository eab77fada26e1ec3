"""The Teams app package an admin uploads: manifest.json with the bot's app id, and the two icons."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

MANIFEST_DIR = Path(__file__).resolve().parent / "teams_app"  # package data: installed with the adapters
_GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


class PackageError(Exception):
    """A user-facing reason the package could not be written."""


def write_teams_package(app_id: str, out: Path) -> Path:
    if not _GUID.fullmatch(app_id):
        raise PackageError(f"'{app_id}' is not an app id: copy the Microsoft App ID (a GUID) from the Azure Bot")
    manifest = (MANIFEST_DIR / "manifest.json").read_text(encoding="utf-8").replace("{{APP_ID}}", app_id.lower())
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("manifest.json", manifest)
        for icon in ("color.png", "outline.png"):
            package.write(MANIFEST_DIR / icon, icon)
    return out
