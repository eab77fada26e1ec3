"""The storage port: what the core and the doors may ask of a store, one Protocol per group of data.

`quizzes.tracking.TrackingStore` is the group of learners, roles, cohorts, settings and quiz attempts;
the groups below are the rest. `Store` is all of them: the one type the service, the doors and the CLI
hold. An engine (bot/storage/tinydb_store.py) implements every method; `tests/test_storage_contract.py`
is the suite every engine must pass, written rules and unwritten ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from typing import Protocol

from bot.nudges import DeliveryOutcome, Schedule
from quizzes.tracking import RATINGS, ROLES, SCOPES, TrackingStore

REQUEST_ID_MEMORY = timedelta(hours=1)  # a platform's retry comes within minutes; Slack's last at about 5


class StoreDamaged(Exception):
    """Part of the store that cannot be read; the message names it and how to recover."""

    def __init__(self, where: str, reason: str, remedy: str):
        super().__init__(f"{where} cannot be read ({reason}): {remedy}")
        self.where = where


# The rules every engine keeps the same way: what is refused, how a gap is keyed, how lists are ordered.


def check_role(role: str) -> None:
    """Raises ValueError for a role outside quizzes.tracking.ROLES."""
    if role not in ROLES:
        raise ValueError(f"unknown role '{role}' (one of {', '.join(ROLES)})")


def check_scope(scope: str) -> None:
    kind, _, name = scope.partition(":")
    if scope and (kind not in SCOPES or not name.strip()):
        raise ValueError(f"scope must be '', 'agency:NAME' or 'team:NAME', not {scope!r}")


def check_rating(rating: str) -> None:
    """Raises ValueError for a rating outside quizzes.tracking.RATINGS."""
    if rating not in RATINGS:
        raise ValueError(f"unknown rating '{rating}'")


def normalised_gap(question: str) -> str:
    """An unanswered question as counted: lower case, spaces collapsed, no closing punctuation ("" for none)."""
    return re.sub(r"\s+", " ", question.strip().lower().rstrip("?!. "))


def sorted_gaps(rows) -> list[dict]:
    return sorted((dict(r) for r in rows), key=lambda r: (-r["count"], r["question"]))


def sorted_votes(rows) -> list[dict]:
    return sorted((dict(r) for r in rows), key=lambda r: (-r["not_helpful"], -r["helpful"], r["source"]))


def sorted_urgency_feedback(rows) -> list[dict]:
    return sorted((dict(r) for r in rows), key=lambda r: (-r["count"], r["verdict"], r["cls"]))


class ContentFeedback(Protocol):
    """What the library could not answer, and what people said of answers and urgency decisions."""

    def record_gap(self, question: str, when: datetime | None = None) -> None:
        """Count one more asking of an unanswered question (its content words only, never the message)."""
        ...

    def gaps(self) -> list[dict]:
        """[{question, count, last_asked}], most asked first."""
        ...

    def record_vote(self, refs: list[str], helpful: bool) -> None:
        """Count a helpful / not helpful vote for each cited item id."""
        ...

    def votes(self) -> list[dict]:
        """[{source, helpful, not_helpful}], most voted first."""
        ...

    def record_urgency_feedback(self, verdict: str, cls: str) -> None: ...
    def urgency_feedback(self) -> list[dict]: ...


class Conversations(Protocol):
    """Teams conversation references, so a nudge or a private reply can be sent later."""

    def save_conversation(self, conversation_id: str, reference: dict) -> None: ...
    def has_conversation(self, conversation_id: str) -> bool: ...
    def delete_conversation(self, conversation_id: str) -> bool: ...
    def conversations(self) -> list[dict]: ...


class NudgeRecords(Protocol):
    """Nudge schedules, each week's deliveries (claimed exactly once) and the engagement they drew."""

    def save_schedule(self, schedule: Schedule) -> None: ...
    def schedules(self) -> list[Schedule]: ...
    def schedule(self, schedule_id: str) -> Schedule | None: ...

    def claim_deliveries(self, claims: Sequence[tuple[Schedule, str]], status: str) -> list[bool]:
        """Claim each (schedule, ISO week) with `status`, in one write per week: per claim, True for the one
        caller that claims it, False for every later claim (a claim repeated within `claims` included)."""
        ...

    def finish_deliveries(self, outcomes: Sequence[DeliveryOutcome]) -> None:
        """Record how claimed deliveries ended, in one write per week; a sent one counts its item for the
        channel's rotation (delivered_counts). An outcome for a delivery never claimed is ignored."""
        ...

    def release_delivery(self, schedule_id: str, period: str) -> None: ...
    def delivery(self, schedule_id: str, period: str) -> dict | None: ...
    def deliveries(self, period: str | None = None) -> list[dict]:
        """The delivery records of one ISO week, or of every week, in the order claimed."""
        ...

    def delivered_counts(self, platform: str, channel: str) -> dict[str, int]: ...

    def record_nudge_event(self, schedule_id: str, period: str, kind: str, user: str) -> bool:
        """True the first time a person's (schedule, period, kind) event is recorded; False for a repeat."""
        ...

    def has_nudge_event(self, schedule_id: str, period: str, kind: str, user: str) -> bool: ...
    def nudge_events(self) -> list[dict]: ...


class ReviewRecords(Protocol):
    """Spaced-repetition review cards of the learners who opted in."""

    def save_review_learner(self, learner: str, active: bool) -> None: ...
    def review_learners(self) -> list[str]: ...
    def review_cards(self, learner: str) -> dict[str, dict]: ...
    def save_review_card(self, learner: str, key: str, card: dict) -> None: ...


class RequestIds(Protocol):
    """Platform requests already answered (Slack event ids, slash-command triggers), shared by processes."""

    def first_sighting(self, request_id: str, now: datetime | None = None) -> bool:
        """True the first time `request_id` is seen in the last hour (at least); False for a repeat."""
        ...


class ItemTexts(Protocol):
    """Each content item's texts as the bot first saw them (on `serve` start and reload, and `content check`):
    the item's history when the content folder is not in a git repository (content/history.py)."""

    def record_item_texts(self, rows: Sequence[dict]) -> int:
        """Keep each row {item, version, hash, text, first_seen (ISO time)} whose (item, version, hash) is not
        kept yet, the first of a repeat within `rows` included; the rest are ignored. Returns how many were
        kept now."""
        ...

    def item_texts(self) -> list[dict]:
        """Every row kept, in the order kept: [{item, version, hash, text, first_seen}]."""
        ...


class Records(Protocol):
    """The whole store as records of the kinds in bot/storage/records.py: backup, restore, copy between engines."""

    def export_records(self) -> Iterator[tuple[str, dict]]:
        """Every record as (kind, row), kinds in records.KINDS order."""
        ...

    def import_records(self, kind: str, rows: list[dict]) -> None:
        """Add rows of one kind as they are (ids kept); a row whose key is already stored is left as it is."""
        ...


class Store(
    TrackingStore, ContentFeedback, Conversations, NudgeRecords, ReviewRecords, RequestIds, ItemTexts, Records, Protocol
):
    """Every group: what the service, the doors and the CLI hold."""

    def check(self) -> None:
        """Read what every request depends on; raises StoreDamaged naming what cannot be read."""
        ...
