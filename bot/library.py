"""Browsing the library: its topics, a topic's items by kind, an item with its source, and a search, as replies
every door renders; the web door's library pages read the same `Library`."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process, utils

from bot.actions import OpenItem, ShowTopic, ShowTopics, encode
from bot.replies import INFO, Choice, Reply
from content.model import ITEM_KINDS, ContentStore, Item

if TYPE_CHECKING:
    from bot.answering import Answerer

# What an item of each kind (content/model.py ITEM_KINDS) is called, one and many.
KIND_NAMES = {"guide": "Guide", "review": "Review", "learning": "Learning point", "fact": "Fact",
              "glossary": "Glossary entry"}  # fmt: skip
KIND_HEADINGS = {"guide": "Guides", "review": "Reviews", "learning": "Learning points", "fact": "Facts",
                 "glossary": "Glossary"}  # fmt: skip
# A topic's items per reply: with the page buttons they fit one Slack actions block (25 elements), and a Teams card
# of them stays far under its 28 KB.
PAGE_SIZE = 20
CLOSE_MATCHES = 5  # offered for a topic or item not found
CLOSE_SCORE = 70  # rapidfuzz WRatio (0-100) from which a name is spelt like the one asked
SEARCH_LIMIT = 20  # items a library search shows
_WORD = re.compile(r"[a-z0-9]+")
_PAGE = re.compile(r"(.+?)\s+([0-9]{1,3})")  # "topic neglect 2": a topic, then a page


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


@dataclass(frozen=True)
class Found:
    """A library search's outcome: a reply that comes instead of results (urgent, personal data), or the items."""

    first: Reply | None
    items: list[Item]


class Library:
    """The content arranged for browsing: the topics that have items (in topics.yaml order), each one's items by
    kind (ITEM_KINDS order, then as authored), the number of pages each takes, and every item by id."""

    def __init__(self, store: ContentStore):
        self.store = store
        self.items = {item.id: item for item in store.items}
        tagged: dict[str, list[Item]] = {}
        for item in sorted(store.items, key=lambda i: ITEM_KINDS.index(i.kind)):  # stable: as authored within a kind
            for topic in item.topics:
                tagged.setdefault(topic, []).append(item)
        self.topics = {topic: tagged[topic] for topic in store.topics if topic in tagged}
        self.pages = {topic: math.ceil(len(items) / PAGE_SIZE) for topic, items in self.topics.items()}

    def label(self, topic: str) -> str:
        """A topic's label from topics.yaml. Raises KeyError for an unknown topic."""
        return self.store.topics[topic]

    def by_kind(self, topic: str) -> list[tuple[str, list[Item]]]:
        """A browsable topic's items as (kind heading, items), kinds in ITEM_KINDS order, empty kinds left out.
        Raises KeyError for a topic without items."""
        items = self.topics[topic]
        grouped = [(KIND_HEADINGS[kind], [i for i in items if i.kind == kind]) for kind in ITEM_KINDS]
        return [(heading, found) for heading, found in grouped if found]

    def find_topic(self, asked: str) -> str | None:
        """The browsable topic `asked` names: by its id or label in any case and word order, else the one topic
        whose id and label hold every word asked. None when no topic, or several, match."""
        words = _words(asked)
        if not words:
            return None
        named = [t for t in self.topics if words in (_words(t), _words(self.label(t)))]
        holding = named or [t for t in self.topics if words <= _words(t) | _words(self.label(t))]
        return holding[0] if len(holding) == 1 else None

    def close_topics(self, asked: str) -> list[str]:
        """Up to CLOSE_MATCHES browsable topics for a name that found none: those holding every word asked, then
        those whose label is spelt like it (rapidfuzz), best first."""
        words = _words(asked)
        holding = [t for t in self.topics if words and words <= _words(t) | _words(self.label(t))]
        labels = {t: self.label(t) for t in self.topics}
        return list(dict.fromkeys(holding + _spelt_like(asked, labels)))[:CLOSE_MATCHES]

    def close_items(self, asked: str) -> list[str]:
        """Up to CLOSE_MATCHES item ids spelt like `asked` (rapidfuzz), best first."""
        return _spelt_like(asked, {i: i for i in self.items})


def _spelt_like(asked: str, names: dict[str, str]) -> list[str]:
    found = process.extract(asked, names, scorer=fuzz.WRatio, processor=utils.default_process, limit=CLOSE_MATCHES,
                            score_cutoff=CLOSE_SCORE)  # fmt: skip
    return [key for _, _, key in found]


def _topic_choice(library: Library, topic: str) -> Choice:
    label = f"{library.label(topic)} ({len(library.topics[topic])})"
    return Choice(label, encode(ShowTopic(topic, 1)), f"topic {topic}")


def _item_choice(item: Item, group: str = "") -> Choice:
    return Choice(item.title, encode(OpenItem(item.id)), f"open {item.id}", group=group)


ALL_TOPICS = Choice("All topics", encode(ShowTopics()), "topics")


def topics_reply(library: Library) -> Reply:
    """Every topic with items, labelled with how many, each a choice showing its first page."""
    choices = tuple(_topic_choice(library, topic) for topic in library.topics)
    return Reply(INFO, f"The library's {len(choices)} topics, with how many guides, reviews and learning points each "
                       "holds. Pick one, or type topic and its name.", choices=choices)  # fmt: skip


def topic_reply(library: Library, topic: str, page: int = 1) -> Reply:
    """One page (from 1; a page past either end shows the nearest) of a browsable topic's items, grouped by kind,
    each a choice opening it, then the pages either side and all topics. Raises KeyError for a topic without items."""
    items, pages = library.topics[topic], library.pages[topic]
    page = min(max(page, 1), pages)
    shown = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    choices = [_item_choice(item, KIND_HEADINGS[item.kind]) for item in shown]
    if page > 1:
        choices.append(Choice(f"Page {page - 1} of {pages}", encode(ShowTopic(topic, page - 1)),
                              f"topic {topic} {page - 1}"))  # fmt: skip
    if page < pages:
        choices.append(Choice(f"Page {page + 1} of {pages}", encode(ShowTopic(topic, page + 1)),
                              f"topic {topic} {page + 1}"))  # fmt: skip
    where = f", page {page} of {pages}" if pages > 1 else ""
    text = f"{library.label(topic)}: {len(items)} items{where}. Pick one to read it with its source."
    return Reply(INFO, text, topics=(topic,), choices=(*choices, ALL_TOPICS))


def item_reply(library: Library, item_id: str) -> Reply:
    """An item's full text cited with its source as an answer cites it ([1]: title, document, section, link), a
    link to the source document and its topics as choices. Public. Raises KeyError for an unknown item."""
    item = library.items[item_id]
    citation = library.store.citation_for(item)
    choices = [Choice("Open the source document", url=citation.url)] if citation.url else []
    choices += [_topic_choice(library, topic) for topic in item.topics if topic in library.topics]
    return Reply(INFO, f"{item.text} [1]", (citation,), topics=item.topics, choices=tuple(choices))


def topic_reply_for(library: Library, asked: str) -> Reply:
    """What `topic <asked>` shows: the topic named (its id, label or words, then perhaps a page number), else a
    reply saying there is no such topic with the close matches as choices. Never quotes what was asked."""
    topic = library.find_topic(asked)
    if topic is not None:
        return topic_reply(library, topic)
    paged = _PAGE.fullmatch(asked.strip())
    topic = library.find_topic(paged.group(1)) if paged else None
    if topic is not None:
        return topic_reply(library, topic, int(paged.group(2)))
    close = library.close_topics(asked)
    text = "No topic matches that. Type topics to see them all" + (", or pick a close match." if close else ".")
    return Reply(INFO, text, choices=(*(_topic_choice(library, t) for t in close), ALL_TOPICS))


def item_reply_for(library: Library, asked: str) -> Reply:
    """What `open <asked>` shows: the item with that id (any case), else a reply saying there is no such item with
    the close matches as choices. Never quotes what was asked."""
    item_id = asked.strip().lower()
    if item_id in library.items:
        return item_reply(library, item_id)
    close = [library.items[i] for i in library.close_items(asked)]
    text = "No item has that id. Type topics to browse the library" + (", or pick a close match." if close else ".")
    return Reply(INFO, text, choices=(*(_item_choice(item) for item in close), ALL_TOPICS))


def search(answerer: Answerer, text: str, limit: int = SEARCH_LIMIT) -> Found:
    """A search of the library for `text`, screened first as a question is: an urgent or personal-data reply comes
    instead of results (without its chat buttons: a page shows it), and nothing is stored. Else the answering
    search's items (BM25, synonyms and acronyms expanded), best first, at most `limit`."""
    first = answerer.screen(text)
    if first is not None:
        return Found(replace(first, choices=()), [])
    return Found(None, answerer.search_items(text, limit))
