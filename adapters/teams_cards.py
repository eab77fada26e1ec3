"""Replies as Adaptive Cards 1.5 (the version Teams supports): pure functions."""

from __future__ import annotations

from itertools import groupby

from bot.replies import Choice, Reply

CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
TYPED = "typed"  # the id of a card's text box: what was typed in it comes back in the activity's value
# Actions Teams shows in one set (its host config's maxActions): it leaves out any past the sixth.
MAX_ACTIONS = 6


def _action(choice: Choice, prompt: str) -> dict:
    if choice.url:
        return {"type": "Action.OpenUrl", "title": choice.label, "url": choice.url}
    return {"type": "Action.Submit", "title": choice.label, "data": {"action": choice.value, "prompt": prompt}}


def to_adaptive_card(reply: Reply) -> dict:
    """The card: the text, a line per cited source, then its actions.

    A choice with a link becomes `Action.OpenUrl` (Teams does not tell the bot it was opened);
    any other choice, `Action.Submit` whose data carries the core action and the card's own text,
    so the card can be rewritten in place with the feedback once it is answered. Up to six ungrouped
    choices are the card's actions; more, or choices in groups (a topic's items by kind), go in the body
    as action sets of at most six, each group under its heading, so Teams shows every one.
    """
    body: list[dict] = [{"type": "TextBlock", "text": reply.text, "wrap": True}]
    for n, source in enumerate(reply.sources, 1):
        where = f"{source.document}, {source.section}" if source.section else source.document
        body.append({"type": "TextBlock", "text": f"[{n}] {source.title}: {where}", "wrap": True, "isSubtle": True,
                     "size": "Small", "spacing": "Small"})  # fmt: skip
    # A choice with a text box (an adviser's answer to a ticket): the box is in the body, and Teams sends what
    # was typed in it with the choice's data, under its id.
    body += [{"type": "Input.Text", "id": TYPED, "label": choice.field, "isMultiline": True, "maxLength": 3000}
             for choice in reply.choices if choice.field]  # fmt: skip
    actions = [(choice.group, _action(choice, reply.text)) for choice in reply.choices]
    card = {"type": "AdaptiveCard", "$schema": CARD_SCHEMA, "version": "1.5", "body": body}
    if len(actions) <= MAX_ACTIONS and not any(group for group, _ in actions):
        if actions:
            card["actions"] = [action for _, action in actions]
        return card
    for group, run in groupby(actions, key=lambda pair: pair[0]):
        if group:
            body.append({"type": "TextBlock", "text": group, "weight": "Bolder", "wrap": True})
        in_group = [action for _, action in run]
        body += [{"type": "ActionSet", "actions": in_group[start : start + MAX_ACTIONS]}
                 for start in range(0, len(in_group), MAX_ACTIONS)]  # fmt: skip
    return card
