"""The content store's records: what a loaded content folder holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ITEM_KINDS = ("guide", "review", "learning", "fact", "glossary")
DEFAULT_REVIEW_MONTHS = 12  # partnership.yaml's review_months when it gives none


@dataclass(frozen=True)
class Document:
    file: str
    title: str
    publisher: str = ""
    url: str = ""
    also_called: tuple[str, ...] = ()  # what practitioners call it ("the cross-border learning briefing")


@dataclass(frozen=True)
class Citation:
    """Where a piece of answer text comes from."""

    title: str
    document: str
    section: str
    url: str = ""
    ref: str = ""  # the cited item's or passage's id, so feedback on an answer names what it is about


@dataclass(frozen=True)
class Currency:
    """How current an item or a quiz is said to be: its `reviewed:` date and `version:` as written (None when
    absent), and where to point an author to (the file, and the line of `reviewed:` or else of the entry)."""

    reviewed: date | None = None
    version: int | None = None  # a whole number from 1, bumped by the author when the text changes
    file: str = ""
    line: int = 0

    @property
    def number(self) -> int:
        """The version recorded against attempts and stored texts: as written, else 1 (every text's first)."""
        return self.version or 1


@dataclass(frozen=True)
class Item:
    id: str
    title: str
    kind: str
    topics: tuple[str, ...]
    text: str
    document: str
    section: str
    quotes: tuple[str, ...]
    url: str = ""
    keywords: tuple[str, ...] = ()
    term: str = ""
    expansion: str = ""
    questions: tuple[str, ...] = ()  # ways practitioners ask for it (alternate questions, as FAQ systems keep)
    currency: Currency = field(default=Currency(), compare=False)  # metadata: no part of what it answers


@dataclass(frozen=True)
class Passage:
    """A raw stretch of a source document, searchable behind the curated items."""

    id: str
    document: str
    section: str
    text: str


@dataclass(frozen=True)
class Partnership:
    name: str
    website: str
    who_to_ask: str
    emergency_route: tuple[str, ...]  # as shown: a number not yet set is named in words
    review_pseudonyms: tuple[str, ...]
    unset: tuple[str, ...] = ()  # what the emergency route still needs before going live (phone numbers)
    review_months: int = DEFAULT_REVIEW_MONTHS  # an item or quiz is due for review this long after its `reviewed:` date


@dataclass(frozen=True)
class UrgencyExemplars:
    """Messages of immediate risk and look-alikes, by class (content/urgency.yaml; docs/urgency.md)."""

    classes: dict[str, str]  # id -> what the class is
    emergencies: tuple[tuple[str, str], ...] = ()  # (class, message)
    look_alikes: tuple[tuple[str, str], ...] = ()


@dataclass
class ContentStore:
    root: Path
    documents: dict[str, Document]
    topics: dict[str, str]
    synonyms: list[tuple[str, ...]]
    items: list[Item]
    passages: list[Passage]
    partnership: Partnership
    document_texts: dict[str, str] = field(repr=False, default_factory=dict)
    urgency: UrgencyExemplars = field(default_factory=lambda: UrgencyExemplars({}))
    field_terms: tuple[str, ...] = ()  # content/field_terms.yaml, lower case

    def citation_for(self, item: Item) -> Citation:
        document = self.documents[item.document]
        return Citation(item.title, document.title, item.section, item.url or document.url, item.id)

    def passage_citation(self, passage: Passage) -> Citation:
        document = self.documents[passage.document]
        return Citation(document.title, document.title, passage.section, document.url, passage.id)
