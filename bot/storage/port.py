"""The storage port: what the core and the doors may ask of a store, one Protocol per group of data.

`quizzes.tracking.TrackingStore` is the group of learners, roles, cohorts, settings and quiz attempts;
the groups below are the rest. `Store` is all of them: the one type the service, the doors and the CLI
hold. An engine (bot/storage/tinydb_store.py) implements every method; `tests/test_storage_contract.py`
is the suite every engine must pass, written rules and unwritten ones.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Protocol

from bot.nudges import DeliveryOutcome, Schedule
from bot.retention import PURGE_KINDS
from bot.tickets import TICKET_PEOPLE, Ticket
from quizzes.certificates import CERTIFICATE_KEY
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
    """[{source, helpful, not_helpful}] (other fields dropped), least helpful first."""
    rows = ({"source": r["source"], "helpful": r["helpful"], "not_helpful": r["not_helpful"]} for r in rows)
    return sorted(rows, key=lambda r: (-r["not_helpful"], -r["helpful"], r["source"]))


def sorted_urgency_feedback(rows) -> list[dict]:
    """[{verdict, cls, count}] (other fields dropped), most frequent first."""
    rows = ({"verdict": r["verdict"], "cls": r["cls"], "count": r["count"]} for r in rows)
    return sorted(rows, key=lambda r: (-r["count"], r["verdict"], r["cls"]))


# Retention: what the purge compares. Times are compared by their day (the first ten characters of the ISO-8601
# text both engines keep), ISO weeks as text: a record goes when its day or week is before the cutoff's.

# The schedule ids of deliveries to one person (bot/nudges.py PERSONAL_DELIVERIES) are the `reminders` kind. Every
# other delivery is a channel nudge's (the `nudges` kind).


def check_purge_kinds(cutoffs: Mapping[str, datetime]) -> None:
    """Raises ValueError for a kind that is not one of bot.retention.PURGE_KINDS."""
    unknown = set(cutoffs) - {row.kind for row in PURGE_KINDS}
    if unknown:
        raise ValueError(f"not a kind of record the purge knows: {', '.join(sorted(unknown))}")


def cutoff_day(cutoff: datetime) -> str:
    """YYYY-MM-DD (UTC) of a cutoff: records of earlier days are purged."""
    return cutoff.astimezone(UTC).date().isoformat()


def cutoff_week(cutoff: datetime) -> str:
    """YYYY-Www of a cutoff: the records of earlier ISO weeks are purged."""
    year, week, _ = cutoff.astimezone(UTC).isocalendar()
    return f"{year}-W{week:02d}"


def card_day(card: dict) -> str:
    """The day a review card was last due or reviewed, whichever is later (YYYY-MM-DD)."""
    return max(str(card.get("due") or "")[:10], str(card.get("last_review") or "")[:10])


# Subject rights: which records are about a person, the same for every engine. `held_about` reads the records
# (bot/storage/records.py kinds); each engine's `erase_subject` changes the same ones. "Ask a person" tickets
# add a kind here and to both engines' erase_subject.

SUBJECT_KINDS = ("learner", "role", "cohort", "certificate", "conversation", "schedule", "delivery", "rotation",
                 "nudge_event", "review_learner", "review_card", "attempt", "ticket", "audit")  # fmt: skip


def names_person(reference: dict, learner_id: str) -> bool:
    """Whether a Teams conversation reference was saved from, or for, the person `learner_id` (msteams:ID)."""
    platform, _, user = learner_id.partition(":")
    person = reference.get("user") or {}
    return platform == "msteams" and bool(user) and user in (person.get("aadObjectId"), person.get("id"))


def without_person(reference: dict) -> dict | None:
    """A reference with the person it names removed: None for their one-to-one chat (deleted), else the
    channel's or group chat's reference without its `user` (still used to post nudges there)."""
    if (reference.get("conversation") or {}).get("conversationType") == "personal":
        return None
    return {key: value for key, value in reference.items() if key != "user"}


def certificate_of(key: str, value: str) -> dict | None:
    """The certificate a setting holds (quizzes/certificates.py keeps each as JSON under certificate:CODE), or None."""
    return json.loads(value) if key.startswith(CERTIFICATE_KEY) else None


def erased_certificate(certificate: dict, pseudonym: str) -> dict:
    """A certificate with its holder's id and name replaced by the pseudonym (it still verifies: who is gone)."""
    return certificate | {"learner": pseudonym, "name": pseudonym}


def keeps_pseudonym(learner: dict) -> bool:
    """Whether an erased learner's record stays, under their pseudonym, with only team and agency: when either is
    set, so reports' counts per team and agency are unchanged (docs/data-protection.md)."""
    return bool(learner.get("team") or learner.get("agency"))


def _cohort_shown(row: dict, who: str) -> dict:
    """An assignment as its learner sees it in an export: without the other people assigned."""
    return {key: value for key, value in row.items() if key != "learners"}


def _ticket_shown(row: dict, who: str) -> dict:
    """A ticket in an export: never its page token (the key to the asker's page); for an adviser who handled it,
    not who asked or what (someone else's data), only their part."""
    if row["asker"] == who:
        return {key: value for key, value in row.items() if key != "token"}
    return {key: row[key] for key in ("id", "status", *TICKET_PEOPLE, "claimed_at", "answered_at", "closed_at",
                                      *(("answer",) if row["answered_by"] == who else ()))}  # fmt: skip


def _as_held(row: dict, who: str) -> dict:
    return dict(row)


_ABOUT = {  # record kind -> whether a row is about the person, and the row as exported
    "learner": (lambda row, who: row["id"] == who, _as_held),
    "role": (lambda row, who: row["learner"] == who, _as_held),
    "cohort": (lambda row, who: who in row["learners"], _cohort_shown),
    "conversation": (lambda row, who: names_person(row["reference"], who), _as_held),
    "schedule": (lambda row, who: row.get("created_by") == who, _as_held),
    "delivery": (lambda row, who: f"{row['platform']}:{row['channel']}" == who, _as_held),
    "rotation": (lambda row, who: row["channel"] == who, _as_held),
    "nudge_event": (lambda row, who: row["user"] == who, _as_held),
    "review_learner": (lambda row, who: row["learner"] == who, _as_held),
    "review_card": (lambda row, who: row["learner"] == who, _as_held),
    "attempt": (lambda row, who: row["learner"] == who, _as_held),
    "ticket": (lambda row, who: who in (row["asker"], *(row[field] for field in TICKET_PEOPLE)), _ticket_shown),
    "audit": (lambda row, who: who in (row["actor"], row["subject"]), _as_held),
}


def held_about(records: Iterable[tuple[str, dict]], learner_id: str) -> dict[str, list[dict]]:
    """Everything `records` (kind, row) hold about one person, by SUBJECT_KINDS (each a list, empty when none):
    what a subject access request is answered with. Reads every record once."""
    held: dict[str, list[dict]] = {kind: [] for kind in SUBJECT_KINDS}
    for kind, row in records:
        if kind == "setting":
            certificate = certificate_of(row["key"], row["value"])
            if certificate is not None and certificate["learner"] == learner_id:
                held["certificate"].append(certificate)
        elif kind in _ABOUT and _ABOUT[kind][0](row, learner_id):
            held[kind].append(_ABOUT[kind][1](row, learner_id))
    return held


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

    def delivered_counts(self, channels: Collection[tuple[str, str]]) -> dict[tuple[str, str], dict[str, int]]:
        """How often each learning point has been sent to each (platform, channel), in one read for all of them
        (a nudge run asks for a batch of channels at once): {(platform, channel): {item id: count}}, every channel
        asked for present ({} for one never sent to); the dicts are copies the caller may change."""
        ...

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


class TicketRecords(Protocol):
    """Questions to the safeguarding advisers (bot/tickets.py): one record per ticket, changed only by a
    conditional step, so two advisers claiming at once cannot both have it."""

    def add_ticket(self, ticket: Ticket) -> None:
        """Store a new ticket; raises ValueError if its id is taken."""
        ...

    def ticket(self, ticket_id: str) -> Ticket | None: ...
    def ticket_for_token(self, token: str) -> Ticket | None: ...

    def ticket_for_post(self, post_ref: str) -> Ticket | None:
        """The ticket one of whose posts to the adviser channel is `post_ref` (channel:message)."""
        ...

    def tickets(self) -> list[Ticket]:
        """Every ticket, newest first."""
        ...

    def change_ticket(self, ticket_id: str, states: Collection[str], **changes) -> Ticket | None:
        """Apply `changes` (Ticket fields) if the ticket's status is one of `states`, atomically; the changed
        ticket, or None when it is unknown or in another state (someone else got there first)."""
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


class AuditLog(Protocol):
    """Who did what, when (bot/audit.py): appended, never changed. Only the retention purge removes entries, and
    erasing a person replaces their id in entries by their pseudonym."""

    def record_audit(self, actor: str, action: str, subject: str, detail: str = "") -> None:
        """Append an entry now: `actor` who did it, `action` one of bot.audit.ACTIONS, `subject` whom or what it
        was done to ("" for nothing), `detail` never message text."""
        ...

    def audit_log(self, since: datetime | None = None) -> list[dict]:
        """[{seq, at, actor, action, subject, detail}] recorded at or after `since` (every one when None), in the
        order recorded (seq rising); `at` ISO-8601 UTC to the second."""
        ...


class Retention(Protocol):
    """The purge of records past how long the partnership keeps them (bot/retention.py)."""

    def purge(self, cutoffs: Mapping[str, datetime], dry_run: bool = False) -> dict[str, int]:
        """Remove, of each kind named (bot.retention.PURGE_KINDS), the records dated before its cutoff (by day, or
        ISO week); `dry_run` removes nothing. Returns {kind: records removed, or that would be}, in the order
        given. Raises ValueError for an unknown kind, before removing anything."""
        ...

    def claim_purge(self, day: str) -> bool:
        """Claim the purge of `day` (YYYY-MM-DD): True for the one caller that claims it, False when that day or a
        later one was claimed already (by this or any other instance)."""
        ...


class SubjectRights(Protocol):
    """A person's rights of access and erasure (UK GDPR articles 15 and 17)."""

    def subject_records(self, learner_id: str) -> dict[str, list[dict]]:
        """Everything held about `learner_id`, by SUBJECT_KINDS (each a list; all empty for someone unknown)."""
        ...

    def erase_subject(self, learner_id: str, pseudonym: str) -> dict[str, int]:
        """Remove `learner_id`'s identity from every record: what is personal and not needed is deleted (their
        roles, review cards, one-to-one chat, reminders sent), and in what reports count (attempts, certificates,
        assignments, engagement, audit entries) their id is replaced by `pseudonym`, their learner record kept
        under it with team and agency only (`keeps_pseudonym`). Returns {kind of SUBJECT_KINDS: records deleted
        or changed}."""
        ...


class Store(
    TrackingStore, ContentFeedback, Conversations, NudgeRecords, ReviewRecords, RequestIds, TicketRecords, ItemTexts,
    Records, AuditLog, Retention, SubjectRights, Protocol,
):  # fmt: skip
    """Every group: what the service, the doors and the CLI hold."""

    def check(self) -> None:
        """Read what every request depends on; raises StoreDamaged naming what cannot be read."""
        ...
