"""Does a message describe a child (or a practitioner) at immediate risk? Two detectors, either enough.

docs/urgency.md is the taxonomy. The rules detector (bot/urgency_rules.py) looks for each class's
cues of harm in the message, read tolerantly (shorthand, typos); the semantic detector
(bot/urgency_semantic.py) compares the message with exemplar emergencies and look-alikes
(content/urgency.yaml). A message either detector flags is urgent, unless it is clearly a question
about practice, a past or resolved event, a published case or training. Recall first.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.urgency_rules import (
    acute,
    asks_in_general,
    at_risk,
    concerns_a_child,
    general_frame,
    normalise,
    now_cued,
    strong,
)

ABOUT_THE_WRITER = "practitioner-danger"  # the one class whose person at risk is the writer


@dataclass(frozen=True)
class Urgency:
    urgent: bool
    cls: str = ""  # the class of docs/urgency.md it most resembles ("" when none)
    by: str = ""  # "rules", "semantic" or "" : which detector said so


def assess(message: str, review_pseudonyms: tuple[str, ...] = (), semantic=None) -> Urgency:
    """Whether `message` reports immediate risk, its class and which detector found it.

    `semantic` is an optional callable (normalised text -> class or "") for the second detector.
    """
    text = normalise(message)
    # A question is often followed by the live situation it is about ("is it ok to wait? he's swallowed..."):
    # the whole message is read, then each part after a question mark on its own.
    parts = [text] + [part for part in text.split(" ? ")[1:] if part.strip()]
    for part in parts:
        if general_frame(part, review_pseudonyms) or asks_in_general(part):
            continue
        found = acute(part) or (at_risk(part) if now_cued(part) else [])
        if not concerns_a_child(part):
            found = [cls for cls in found if cls == ABOUT_THE_WRITER]
        if found or (strong(part) and concerns_a_child(part)):
            return Urgency(True, found[0] if found else "", "rules")
    if general_frame(text, review_pseudonyms) or asks_in_general(text):
        return Urgency(False)
    found = semantic(text) if semantic else ""
    if found and found != ABOUT_THE_WRITER and not concerns_a_child(text):
        found = ""  # a near neighbour, but nobody at risk in the message itself
    return Urgency(True, found, "semantic") if found else Urgency(False)


def is_urgent(message: str, review_pseudonyms: tuple[str, ...] = ()) -> bool:
    """True when `message` reports a child at risk now (see `assess`)."""
    return assess(message, review_pseudonyms).urgent
