"""`content ...`: check the content and quizzes, import a document, and what learners asked that the library
could not answer or found unhelpful; `topics`: the library by topic."""

from __future__ import annotations

import json
import shutil
import sys

from bot.answering import Answerer
from bot.library import Library
from bot.settings import Settings
from bot.tickets import adviser_drafts
from bot.urgency_semantic import MODEL_FILE, current_model, save, training_set
from cli.common import open_library, open_store, print_errors
from content.importer import ImportFailed, import_document
from content.loader import SHIPPED_CONTENT, InvalidContent, load_content
from quizzes.lint import giveaways
from quizzes.loader import load_quizzes


def check(args, settings: Settings) -> int:
    folder = args.dir or settings.live_content_dir
    try:
        store = load_content(folder)
        quizzes = load_quizzes(settings.quiz_dir, store)
    except InvalidContent as exc:
        print_errors(exc.errors)
        print(f"content check: {len(exc.errors)} problem(s) in {folder} or {settings.quiz_dir}", file=sys.stderr)
        return 1
    if found := giveaways(settings.quiz_dir):
        print_errors(found)
        print(f"content check: {len(found)} giveaway(s) in the quizzes of {settings.quiz_dir}", file=sys.stderr)
        return 1
    for needs in store.partnership.unset:
        print(f"{folder / 'partnership.yaml'}: warning: the emergency route still needs {needs}", file=sys.stderr)
    if args.strict and store.partnership.unset:
        print("content check: not ready to go live (--strict): fill in partnership.yaml", file=sys.stderr)
        return 1
    print(
        f"content check: ok: {len(store.items)} items, {len(store.documents)} documents, "
        f"{len(store.passages)} passages, {len(store.topics)} topics, {len(quizzes)} quizzes"
    )
    return 0


def import_source(args, settings: Settings) -> int:
    """Add a document to the content in use; the shipped content is first copied into the data folder,
    so an import never writes into the installed package. A running server picks it up by itself."""
    folder = settings.live_content_dir
    if folder == SHIPPED_CONTENT:
        folder = settings.data_dir / "content"
        shutil.copytree(SHIPPED_CONTENT, folder, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
        print(f"content import: copied the shipped content to {folder}, where imports go", file=sys.stderr)
    try:
        name = import_document(args.file, folder, args.title, args.publisher, args.url)
    except ImportFailed as exc:
        print(f"content import: {exc}", file=sys.stderr)
        return 1
    except InvalidContent as exc:
        print_errors(exc.errors)
        print("content import: the content folder would not load, nothing was changed", file=sys.stderr)
        return 1
    print(f"content import: added sources/{name}; its passages are now searchable (a running server picks it up)")
    return 0


def topics(args, settings: Settings) -> int:
    """The topics with items (how many, id, label); with TOPIC (an id, a label or words of one), its items by kind,
    each with the id that `open ITEM` takes in chat. A TOPIC that names none: exit 2, naming close matches."""
    content, _ = open_library(settings)
    library = Library(content)
    asked = " ".join(args.topic)
    if not asked:
        for topic, items in library.topics.items():
            print(f"{len(items):>4}  {topic}  {library.label(topic)}")
        return 0
    topic = library.find_topic(asked)
    if topic is None:
        close = library.close_topics(asked)
        near = f" (close: {', '.join(close)})" if close else ""
        print(f"topics: no topic '{asked}'{near}; 'safeguard-bot topics' lists them", file=sys.stderr)
        return 2
    print(f"{library.label(topic)} ({topic}): {len(library.topics[topic])} items; in chat, 'open ITEM' shows one")
    for heading, items in library.by_kind(topic):
        print(f"{heading}:")
        for item in items:
            print(f"  {item.id}  {item.title}")
    return 0


def gaps(args, settings: Settings) -> int:
    """Unanswered questions (their content words), most asked first, then questions safeguarding advisers
    answered (tickets, newest first, with the answer as a draft), each with the library's nearest item: an
    author adds the question to that item if it answers it, or writes a new one."""
    store = open_store(settings)
    rows = store.gaps()
    rows += [{"question": t.question, "count": 1, "last_asked": t.created, "ticket": t.id, "draft_answer": t.answer,
              "answered_by": t.answered_by, "answered_at": t.answered_at} for t in adviser_drafts(store)]  # fmt: skip
    if rows:
        answerer = Answerer(load_content(settings.live_content_dir))
        for row in rows:
            found = answerer.candidate(row["question"])
            index = found.items[0] if found.items else found.hits[0].index if found.hits else None
            item = answerer.store.items[index] if index is not None else None
            row["nearest"] = {"id": item.id, "title": item.title} if item else None

    def nearest(row: dict) -> str:
        return row["nearest"]["id"] if row["nearest"] else "none"

    lines = [f"{r['count']:>4}  {r['question']}  (last {r['last_asked']}; nearest item: {nearest(r)})"
             for r in rows if "ticket" not in r]  # fmt: skip
    drafts = [f"  {r['ticket']}  {r['question']}  (nearest item: {nearest(r)})\n"
              f"        draft answer: {r['draft_answer']}" for r in rows if "ticket" in r]  # fmt: skip
    if drafts:
        lines += ["Answered by safeguarding advisers (drafts for the library, newest first):", *drafts]
    print(json.dumps(rows, indent=2) if args.json else "\n".join(lines) or "No unanswered questions recorded.")
    return 0


def tickets(args, settings: Settings) -> int:
    """Questions to the safeguarding advisers, newest first (all fields in JSON; a line each otherwise)."""
    found = [t for t in open_store(settings).tickets() if args.status in (None, t.status)]
    lines = [f"{t.id}  {t.status:<8}  asked {t.created}  {t.claimed_by or '-'}  {t.question}" for t in found]
    print(json.dumps([t.to_row() for t in found], indent=2) if args.json else "\n".join(lines) or "No tickets.")
    return 0


def votes(args, settings: Settings) -> int:
    rows = open_store(settings).votes()
    lines = [f"{r['not_helpful']:>4} not helpful {r['helpful']:>4} helpful  {r['source']}" for r in rows]
    print(json.dumps(rows, indent=2) if args.json else "\n".join(lines) or "No votes recorded.")
    return 0


def urgency(args, settings: Settings) -> int:
    """What people said of the bot's urgency decisions, by class (docs/urgency.md), most frequent first:
    a class with many "this was an emergency" wants more cues or exemplars in content/urgency.yaml.
    With --fit, refit the semantic detector on the content in use and save it beside the exemplars."""
    if args.fit:
        return _fit_urgency(settings)
    rows = open_store(settings).urgency_feedback()
    said = {"not_urgent": "said 'not an emergency'", "missed": "said 'this was an emergency'"}
    lines = [f"{r['count']:>4}  {said[r['verdict']]}  class {r['cls']}" for r in rows]
    print(json.dumps(rows, indent=2) if args.json else "\n".join(lines) or "No feedback on urgency recorded.")
    return 0


def _fit_urgency(settings: Settings) -> int:
    folder = settings.live_content_dir
    try:
        store = load_content(folder)
    except InvalidContent as exc:
        print_errors(exc.errors)
        return 1
    model, refitted = current_model(store)
    if model is None:
        print(f"content urgency: {folder / 'urgency.yaml'} has no emergencies and look-alikes to learn from",
              file=sys.stderr)  # fmt: skip
        return 1
    if refitted:
        try:
            save(model, folder / MODEL_FILE)
        except OSError as exc:
            print(f"content urgency: cannot write {folder / MODEL_FILE}: {exc.strerror}", file=sys.stderr)
            return 1
    state = "refitted and saved" if refitted else "already up to date"
    examples = len(training_set(store))
    print(f"content urgency: the semantic detector is {state} ({examples} examples): {folder / MODEL_FILE}")
    return 0
