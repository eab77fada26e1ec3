"""Replies as Slack Block Kit messages: pure functions, tested on their exact output."""

from __future__ import annotations

from itertools import groupby

from bot.replies import Reply

SECTION_LIMIT = 3000  # characters in a section's text
BUTTON_LIMIT = 75  # characters in a button's label
ACTIONS_LIMIT = 25  # elements in an actions block
BLOCKS_LIMIT = 50  # blocks in a message


def _mrkdwn(text: str) -> str:
    """Escape the three characters Slack treats as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _shortened(label: str) -> str:
    """A label that fits a button: a longer one is cut and ends with an ellipsis, so it is seen to go on."""
    return label if len(label) <= BUTTON_LIMIT else label[: BUTTON_LIMIT - 1] + "…"


def _button(n: int, label: str, value: str, url: str) -> dict:
    """A choice as a button. Slack tells the bot of every click, a link's too, as `choice_<n>`."""
    button = {
        "type": "button",
        "text": {"type": "plain_text", "text": _shortened(label)},
        "action_id": f"choice_{n}",
    }
    if value:
        button["value"] = value
    if url:
        button["url"] = url
    return button


def to_block_kit(reply: Reply) -> dict:
    """The `text` (notification fallback) and `blocks` of a chat.postMessage / chat.update body.

    The buttons go in actions blocks of at most 25, each group of choices under its heading (a topic's items by
    kind); a message holds at most 50 blocks (the core pages long lists well within that)."""
    blocks: list[dict] = [{"type": "section", "text": {"type": "mrkdwn", "text": _mrkdwn(reply.text)[:SECTION_LIMIT]}}]
    if reply.sources:
        cited = [
            f"[{n}] {s.title}: {s.document}" + (f", {s.section}" if s.section else "")
            for n, s in enumerate(reply.sources, 1)
        ]
        blocks.append(
            {"type": "context", "elements": [{"type": "mrkdwn", "text": _mrkdwn(line)} for line in cited][:10]}
        )
    # A choice with a text box has no Slack form here: the reply's text says to answer in the thread instead.
    buttons = [(c.group, _button(n, c.label, c.value, c.url)) for n, c in enumerate(reply.choices) if not c.field]
    for group, run in groupby(buttons, key=lambda pair: pair[0]):
        if group:
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": f"*{_mrkdwn(group)}*"}})
        elements = [button for _, button in run]
        blocks += [{"type": "actions", "elements": elements[start : start + ACTIONS_LIMIT]}
                   for start in range(0, len(elements), ACTIONS_LIMIT)]  # fmt: skip
    return {"text": reply.text[:SECTION_LIMIT], "blocks": blocks[:BLOCKS_LIMIT]}
