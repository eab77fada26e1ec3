"""Load a content folder and check it, reporting every problem as `file:line: what is wrong`."""

from __future__ import annotations

import re
from pathlib import Path

from content.model import DEFAULT_REVIEW_MONTHS, ITEM_KINDS, ContentStore, Document, Item, Partnership, UrgencyExemplars
from content.passages import normalise_space, split_passages
from content.yaml_check import InvalidContent, YamlChecker, line_of, read_currency, string_list, text_field

SHIPPED_CONTENT = Path(__file__).resolve().parent
MAX_TEXT_CHARS = 700
_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_ITEM_REQUIRED = ("id", "title", "kind", "topics", "text", "source")
_SOURCE_REQUIRED = ("document", "section", "quote")
MAX_REVIEW_MONTHS = 120  # partnership.yaml's review_months: 1 to this, default DEFAULT_REVIEW_MONTHS


def _load_documents(check: YamlChecker) -> tuple[dict[str, Document], dict[str, str]]:
    path = check.root / "documents.yaml"
    documents, texts = {}, {}
    for entry in check.read_list(path, "documents"):
        file, title = text_field(entry, "file"), text_field(entry, "title")
        if not file or not title:
            check.error(path, line_of(entry), "a document needs 'file' and 'title'")
            continue
        source = check.root / "sources" / file
        if not source.is_file():
            check.error(path, line_of(entry, "file"), f"source file sources/{file} is missing")
            continue
        also_called = string_list(entry.get("also_called", []))
        if also_called is None:
            check.error(path, line_of(entry, "also_called"), "'also_called' must be a list of names")
        documents[file] = Document(
            file, title, text_field(entry, "publisher"), text_field(entry, "url"), tuple(also_called or ())
        )
        texts[file] = source.read_text(encoding="utf-8")
    return documents, texts


def _load_topics(check: YamlChecker) -> dict[str, str]:
    path = check.root / "topics.yaml"
    topics = {}
    for entry in check.read_list(path, "topics"):
        topic_id, label = text_field(entry, "id"), text_field(entry, "label")
        if not topic_id or not label:
            check.error(path, line_of(entry), "a topic needs 'id' and 'label'")
        elif topic_id in topics:
            check.error(path, line_of(entry), f"duplicate topic '{topic_id}'")
        else:
            topics[topic_id] = label
    return topics


def _load_synonyms(check: YamlChecker) -> list[tuple[str, ...]]:
    path = check.root / "synonyms.yaml"
    groups = []
    for entry in check.read_list(path, "groups"):
        words = string_list(entry.get("same"))
        if not words or len(words) < 2:
            check.error(path, line_of(entry), "a synonym group needs 'same:' with two or more phrases")
            continue
        groups.append(tuple(w.lower().strip() for w in words))
    return groups


def _load_field_terms(check: YamlChecker) -> tuple[str, ...]:
    """The field's terms from field_terms.yaml (optional), lower case: a question naming one the library never
    contains is not covered (bot/named_terms.py)."""
    path = check.root / "field_terms.yaml"
    if not path.exists():
        return ()
    terms: dict[str, int] = {}
    for entry in check.read_list(path, "terms"):
        term = " ".join(text_field(entry, "term").lower().split())
        if not term:
            check.error(path, line_of(entry), "an entry needs 'term:'")
        elif term in terms:
            check.error(path, line_of(entry), f"'{term}' is listed twice (first at line {terms[term]})")
        else:
            terms[term] = line_of(entry)
    return tuple(terms)


def _load_partnership(check: YamlChecker) -> Partnership | None:
    path = check.root / "partnership.yaml"
    data = check.parse(path)
    if not isinstance(data, dict):
        if data is not None:
            check.error(path, 1, "expected a mapping")
        return None
    lines = data.get("emergency_route")
    where = line_of(data, "emergency_route")
    route = [_route_line(check, path, line, where) for line in lines] if isinstance(lines, list) and lines else None
    pseudonyms = string_list(data.get("review_pseudonyms")) or []
    missing = [k for k in ("name", "website", "who_to_ask") if not text_field(data, k)]
    if missing or not route:
        check.error(path, 1, f"missing {', '.join(missing + ([] if route else ['emergency_route']))}")
        return None
    months = data.get("review_months", DEFAULT_REVIEW_MONTHS)
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_REVIEW_MONTHS:
        check.error(path, line_of(data, "review_months"), f"review_months must be a whole number from 1 to "
                                                           f"{MAX_REVIEW_MONTHS}")  # fmt: skip
        return None
    if any(line is None for line in route):
        return None
    return Partnership(
        text_field(data, "name"),
        text_field(data, "website"),
        text_field(data, "who_to_ask"),
        tuple(shown for shown, _ in route),
        tuple(pseudonyms),
        tuple(needs for _, needs in route if needs),
        months,
    )


def _route_line(check: YamlChecker, path, line, where: int) -> tuple[str, str] | None:
    """An emergency route line as shown, and what it still needs ("" when complete).

    A line is a string, or {text (with {number}), number, needs, if_unset}: while `number` is empty
    the line says `if_unset` in its place, so nobody ever sees a raw placeholder.
    """
    if isinstance(line, str) and line.strip():
        return line.strip(), ""
    if not isinstance(line, dict):
        check.error(path, where, "an emergency_route line is text or a mapping")
        return None
    text, number = text_field(line, "text"), str(line.get("number") or "").strip()
    needs, if_unset = text_field(line, "needs"), text_field(line, "if_unset")
    if "{number}" not in text or not needs or not (number or if_unset):
        check.error(path, line_of(line), "an emergency_route line with a number needs text with {number}, needs, "
                                         "and number or if_unset")  # fmt: skip
        return None
    return text.replace("{number}", number or if_unset), "" if number else needs


def _load_urgency(check: YamlChecker) -> UrgencyExemplars:
    """content/urgency.yaml, if the folder has one: classes, then one [class, message] a line per list."""
    path = check.root / "urgency.yaml"
    if not path.is_file():
        return UrgencyExemplars({})
    data = check.parse(path)
    if not isinstance(data, dict) or not isinstance(data.get("classes"), dict):
        check.error(path, 1, "expected 'classes:' (id: what it is), 'emergencies:' and 'look_alikes:'")
        return UrgencyExemplars({})
    classes = {str(k): str(v) for k, v in data["classes"].items() if not str(k).startswith("__")}
    lists = {}
    for key in ("emergencies", "look_alikes"):
        entries, first = data.get(key) or [], line_of(data, key) + 1
        for n, entry in enumerate(entries):
            if not (isinstance(entry, list) and len(entry) == 2 and entry[0] in classes and isinstance(entry[1], str)):
                check.error(path, first + n, f"each line under '{key}:' is [class, \"message\"] with a class listed "
                                             "under 'classes:'")  # fmt: skip
        lists[key] = tuple((e[0], e[1].strip()) for e in entries if isinstance(e, list) and len(e) == 2)
    return UrgencyExemplars(classes, lists["emergencies"], lists["look_alikes"])


_ABOUT_THE_SOURCES = re.compile(
    r"spel(?:t|led|l|ling) out the letters|letters (?:being |are |is )?(?:not )?spel|the sources? (?:do|does|did) not|"
    r"not (?:given|named|defined|spelt out) in the sources",
    re.IGNORECASE,
)
MIN_QUESTIONS = 3  # ways a practitioner asks for an item (content/README.md)


def _check_questions(check, path, entry, item_id: str, asked: dict[str, str]) -> tuple[str, ...]:
    """An item's `questions:`: different strings, each given to one item only (`asked`: question -> where)."""
    value = entry.get("questions")
    if value is None:
        if entry.get("kind") != "glossary":
            check.error(
                path, line_of(entry), f"item {item_id}: needs questions: (at least {MIN_QUESTIONS} ways to ask)"
            )
        return ()
    questions = string_list(value)
    where = line_of(entry, "questions")
    if questions is not None and entry.get("kind") != "glossary" and len(questions) < MIN_QUESTIONS:
        check.error(path, where, f"item {item_id}: give at least {MIN_QUESTIONS} questions")
    if questions is None or not all(3 <= len(q.strip()) <= 200 for q in questions):
        check.error(path, where, f"item {item_id}: questions is a list of questions, 3 to 200 characters each")
        return ()
    for question in questions:
        key = " ".join(question.lower().split()).rstrip("?!. ")
        if key in asked:
            check.error(path, where, f"item {item_id}: the question '{question}' is also given to {asked[key]}")
        asked.setdefault(key, f"{item_id} ({path}:{where})")
    return tuple(q.strip() for q in questions)


def _check_item(check, path, entry, documents, normalised_texts, topics, seen, asked) -> Item | None:
    line = line_of(entry)
    missing = [f for f in _ITEM_REQUIRED if not entry.get(f)]
    if missing:
        check.error(path, line, f"item {entry.get('id', '?')!s}: missing {', '.join(missing)}")
        return None
    item_id = str(entry["id"])
    ok = True
    if not _ID.fullmatch(item_id):
        check.error(path, line_of(entry, "id"), f"id '{item_id}' must be lowercase words joined by hyphens")
        ok = False
    if item_id in seen:
        check.error(path, line_of(entry, "id"), f"duplicate id '{item_id}' (first at {seen[item_id]})")
        ok = False
    seen.setdefault(item_id, f"{path}:{line}")
    kind = entry["kind"]
    if kind not in ITEM_KINDS:
        check.error(path, line_of(entry, "kind"), f"unknown kind '{kind}' (one of {', '.join(ITEM_KINDS)})")
        ok = False
    item_topics = string_list(entry["topics"]) or []
    for topic in item_topics:
        if topic not in topics:
            check.error(path, line_of(entry, "topics"), f"unknown topic '{topic}' (add it to topics.yaml)")
            ok = False
    text = normalise_space(str(entry["text"]))
    if len(text) > MAX_TEXT_CHARS:
        check.error(path, line_of(entry, "text"), f"text is {len(text)} characters, more than {MAX_TEXT_CHARS}")
        ok = False
    for key in ("text", "expansion"):
        # An answer quotes the sources; a note about them ("the letters are not spelt out") is not one.
        if _ABOUT_THE_SOURCES.search(text_field(entry, key)):
            check.error(path, line_of(entry, key), f"{key} talks about the sources instead of giving what they say "
                                                   "(an answer shows it); say only what the sources say")  # fmt: skip
            ok = False
    if kind == "glossary" and not (text_field(entry, "term") and text_field(entry, "expansion")):
        check.error(path, line, "a glossary item needs 'term' and 'expansion'")
        ok = False
    source = entry["source"]
    if not isinstance(source, dict):
        check.error(path, line_of(entry, "source"), "source must be a mapping with document, section, quote")
        return None
    missing = [f for f in _SOURCE_REQUIRED if not source.get(f)]
    if missing:
        check.error(path, line_of(entry, "source"), f"source: missing {', '.join(missing)}")
        return None
    document = str(source["document"])
    quotes = string_list(source["quote"]) or []
    if document not in documents:
        check.error(path, line_of(source, "document"), f"unknown document '{document}' (see documents.yaml)")
        return None
    for quote in quotes:
        if normalise_space(quote) not in normalised_texts[document]:
            check.error(path, line_of(source, "quote"), f'quote not found in {document}: "{quote.strip()[:60]}..."')
            ok = False
    questions = _check_questions(check, path, entry, item_id, asked)
    currency = read_currency(check, path, entry, f"item {item_id}")
    if not ok or currency is None:
        return None
    return Item(
        id=item_id,
        title=normalise_space(str(entry["title"])),
        kind=kind,
        topics=tuple(item_topics),
        text=text,
        document=document,
        section=normalise_space(str(source["section"])),
        quotes=tuple(quotes),
        url=text_field(entry, "url"),
        keywords=tuple(string_list(entry.get("keywords")) or ()),
        term=text_field(entry, "term"),
        expansion=text_field(entry, "expansion"),
        questions=questions,
        currency=currency,
    )


def load_content(root: Path | str = SHIPPED_CONTENT, urgency_exemplars: bool = True) -> ContentStore:
    """Load and check a content folder; raise InvalidContent listing every problem. Without `urgency_exemplars`
    (for reports, which answer nothing) content/urgency.yaml's thousands of examples are neither read nor checked,
    and the store's `urgency` is empty."""
    check = YamlChecker(Path(root))
    documents, texts = _load_documents(check)
    topics = _load_topics(check)
    synonyms = _load_synonyms(check)
    field_terms = _load_field_terms(check)
    partnership = _load_partnership(check)
    urgency = _load_urgency(check) if urgency_exemplars else UrgencyExemplars({})
    normalised = {name: normalise_space(text) for name, text in texts.items()}
    items: list[Item] = []
    seen: dict[str, str] = {}
    asked: dict[str, str] = {}
    item_files = sorted((check.root / "items").glob("*.yaml"))
    if not item_files:
        check.error(check.root / "items", 1, "no item files (items/*.yaml)")
    for path in item_files:
        for entry in check.read_list(path, "items"):
            item = _check_item(check, path, entry, documents, normalised, topics, seen, asked)
            if item:
                items.append(item)
    if check.errors:
        raise InvalidContent(check.errors)
    passages = [p for name, text in texts.items() for p in split_passages(name, text)]
    return ContentStore(
        check.root, documents, topics, synonyms, items, passages, partnership, texts, urgency, field_terms
    )
