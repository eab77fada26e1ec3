"""Split a source document's text into short passages, each under its section heading.

Source text comes from PDFs: lines are hard-wrapped, page numbers and links stand on
lines of their own, headings are short lines without closing punctuation.
"""

from __future__ import annotations

import re

from content.model import Passage

PASSAGE_CHARS = 500
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
_LINK_ONLY = re.compile(r"^\s*<?(https?://|www\.)\S+>?\s*$")
_BULLET = re.compile(r"^\s*([-•*]|\d+[.)]\s+\S.*[,;?]$)")
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z0-9“\"'(])")
_WHITESPACE = re.compile(r"\s+")


def normalise_space(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def is_heading(line: str) -> bool:
    text = line.strip().lstrip("#").strip()
    if not text or len(text) > 70 or len(text.split()) > 10:
        return False
    if _PAGE_NUMBER.match(text) or _LINK_ONLY.match(text) or _BULLET.match(text):
        return False
    if text[-1] in ".,;?!" or not (text[0].isupper() or text[0].isdigit()):
        return False
    return line.strip().startswith("#") or text[0].isupper() or bool(re.match(r"\d+(\.\d+)*\.?\s+[A-Z]", text))


def _paragraphs(text: str):
    """Yield (section, paragraph) pairs, joining hard-wrapped lines."""
    section = ""
    lines: list[str] = []

    def flush():
        joined = normalise_space(" ".join(lines))
        lines.clear()
        return joined

    for raw in text.splitlines():
        line = raw.strip()
        if not line or _PAGE_NUMBER.match(line) or _LINK_ONLY.match(line):
            if lines:
                yield section, flush()
            continue
        if is_heading(line) and not lines:
            section = normalise_space(line.lstrip("#"))
            continue
        lines.append(line)
    if lines:
        yield section, flush()


def _pieces(paragraph: str):
    """Cut a long paragraph at sentence ends into pieces of about PASSAGE_CHARS."""
    piece = ""
    for sentence in _SENTENCE_END.split(paragraph):
        if piece and len(piece) + len(sentence) > PASSAGE_CHARS:
            yield piece
            piece = ""
        piece = f"{piece} {sentence}".strip()
    if piece:
        yield piece


def split_passages(document: str, text: str) -> list[Passage]:
    passages: list[Passage] = []
    current_section, buffer = None, ""

    def emit():
        if len(buffer) >= 40:
            passages.append(Passage(f"{document}#{len(passages) + 1}", document, current_section or "", buffer))

    for section, paragraph in _paragraphs(text):
        if section != current_section:
            emit()
            current_section, buffer = section, ""
        for piece in _pieces(paragraph):
            if buffer and len(buffer) + len(piece) > PASSAGE_CHARS:
                emit()
                buffer = ""
            buffer = f"{buffer} {piece}".strip()
    emit()
    return passages
