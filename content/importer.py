"""Add a partnership's own document (PDF, Markdown or text) to a content folder, without code."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from content.loader import InvalidContent, load_content

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}


class ImportFailed(Exception):
    """A user-facing reason why a document could not be imported."""


def extract_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        try:
            pages = [page.extract_text() or "" for page in PdfReader(path).pages]
        except (PdfReadError, OSError, ValueError) as exc:
            raise ImportFailed(f"{path}: not a readable PDF ({exc})") from exc
        return "\n\n".join(pages)
    if suffix in TEXT_SUFFIXES:
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise ImportFailed(f"{path}: not UTF-8 text") from exc
    raise ImportFailed(f"{path}: unsupported file type '{suffix}' (use .pdf, .md or .txt)")


def _source_name(path: Path) -> str:
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") + ".txt"


def import_document(path: Path, content_dir: Path, title: str = "", publisher: str = "", url: str = "") -> str:
    """Copy the document's text into sources/ and list it in documents.yaml; return its file name.

    Nothing is overwritten, and the folder is put back as it was if the result does not load.
    """
    if not path.is_file():
        raise ImportFailed(f"{path}: no such file")
    text = extract_text(path)
    if len(text.split()) < 20:
        raise ImportFailed(f"{path}: almost no text found (a scanned PDF needs OCR first)")
    name = _source_name(path)
    target = content_dir / "sources" / name
    if target.exists():
        raise ImportFailed(f"sources/{name} already exists: rename the file to import it as a new document")
    title = title or next(line.strip().lstrip("#").strip() for line in text.splitlines() if line.strip())
    entry = {"file": name, "title": title[:200]}
    entry.update({k: v for k, v in (("publisher", publisher), ("url", url)) if v})
    listing = content_dir / "documents.yaml"
    before = listing.read_text(encoding="utf-8")
    block = yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=1000)
    target.write_text(text, encoding="utf-8")
    listing.write_text(before.rstrip("\n") + "\n" + _indent(block), encoding="utf-8")
    try:
        load_content(content_dir)
    except InvalidContent:
        target.unlink()
        listing.write_text(before, encoding="utf-8")
        raise
    return name


def _indent(block: str) -> str:
    return "".join(f"  {line}\n" for line in block.splitlines())
