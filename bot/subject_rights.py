"""A person's rights over what is held about them (UK GDPR articles 15 and 17): everything held, as one JSON-able
document (subject access), and their identity removed from every record (erasure), each written to the audit log.

Which records are about a person, and what erasure does to each kind, is the storage port's (bot/storage/port.py:
SubjectRights, SUBJECT_KINDS), so both engines do the same; docs/data-protection.md says why each is deleted or
kept under a pseudonym.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

from bot.audit import LEARNER_ERASE, LEARNER_EXPORT, counts_detail

PSEUDONYM_PREFIX = "erased:"  # an erased person's records are kept under erased:<16 random hex digits>


class NothingHeld(Exception):
    """Nothing is held about the person named: there is nothing to erase (a mistyped id, or one erased before)."""


def new_pseudonym() -> str:
    """A fresh random pseudonym (erased:<64 random bits in hex>): nothing links it to the person it replaces."""
    return PSEUDONYM_PREFIX + secrets.token_hex(8)


def subject_access(store, learner_id: str, actor: str) -> dict:
    """Everything held about `learner_id`: {"subject", "exported_at" (ISO-8601 UTC), "records": {kind: [rows]}},
    every kind of SUBJECT_KINDS present (empty lists when nothing is held). The export is audited (actor, subject,
    how many records; no subject when nothing is held)."""
    records = store.subject_records(learner_id)
    held = sum(map(len, records.values()))
    # An export of someone of whom nothing is held (a mistyped id, someone erased) names nobody in the log: the id
    # would otherwise be held again, tying the erasure's pseudonym back to it.
    store.record_audit(actor, LEARNER_EXPORT, learner_id if held else "", f"records={held}")
    return {
        "subject": learner_id,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "records": records,
    }


def erase(store, learner_id: str, actor: str) -> tuple[str, dict[str, int]]:
    """Remove `learner_id`'s identity from every record (Store.erase_subject) under a new pseudonym; returns the
    pseudonym and {kind: records deleted or changed}. Audited under the pseudonym, never the id. Raises NothingHeld
    when nothing is held about them."""
    if not any(store.subject_records(learner_id).values()):
        raise NothingHeld(f"nothing is held about {learner_id}")
    pseudonym = new_pseudonym()
    counts = store.erase_subject(learner_id, pseudonym)
    store.record_audit(actor, LEARNER_ERASE, pseudonym, counts_detail(counts))
    return pseudonym, counts
