"""Replies as Adaptive Cards 1.5 (the version Teams supports): pure functions."""

from __future__ import annotations

from bot.replies import ANSWER, NUDGE, Reply

CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
HELPFUL, NOT_HELPFUL = "helpful", "not_helpful"


def to_adaptive_card(reply: Reply) -> dict:
    """The card: the text, a line per cited source, then its actions.

    A choice becomes `Action.Submit` whose data carries the core action and the card's own text,
    so the card can be rewritten in place with the feedback once it is answered.
    """
    body: list[dict] = [{"type": "TextBlock", "text": reply.text, "wrap": True}]
    for n, source in enumerate(reply.sources, 1):
        where = f"{source.document}, {source.section}" if source.section else source.document
        body.append({"type": "TextBlock", "text": f"[{n}] {source.title}: {where}", "wrap": True, "isSubtle": True,
                     "size": "Small", "spacing": "Small"})  # fmt: skip
    actions: list[dict] = []
    link = next((s.url for s in reply.sources if s.url), "")
    if link and reply.kind in (ANSWER, NUDGE):
        title = "Read more" if reply.kind == NUDGE else "Open the guide"
        actions.append({"type": "Action.OpenUrl", "title": title, "url": link})
    actions += [
        {"type": "Action.Submit", "title": choice.label, "data": {"action": choice.value, "prompt": reply.text}}
        for choice in reply.choices
    ]
    if reply.kind == ANSWER:
        sources = "|".join(s.title for s in reply.sources)
        actions += [
            {"type": "Action.Submit", "title": "Helpful", "data": {"vote": HELPFUL, "sources": sources}},
            {"type": "Action.Submit", "title": "Not helpful", "data": {"vote": NOT_HELPFUL, "sources": sources}},
        ]
    card = {"type": "AdaptiveCard", "$schema": CARD_SCHEMA, "version": "1.5", "body": body}
    if actions:
        card["actions"] = actions
    return card
