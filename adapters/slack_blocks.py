"""Replies as Slack Block Kit messages: pure functions, tested on their exact output."""

from __future__ import annotations

from bot.replies import Reply

SECTION_LIMIT = 3000  # characters in a section's text
BUTTON_LIMIT = 75  # characters in a button's label


def _mrkdwn(text: str) -> str:
    """Escape the three characters Slack treats as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _button(n: int, label: str, value: str, url: str) -> dict:
    """A choice as a button. Slack tells the bot of every click, a link's too, as `choice_<n>`."""
    button = {
        "type": "button",
        "text": {"type": "plain_text", "text": label[:BUTTON_LIMIT]},
        "action_id": f"choice_{n}",
    }
    if value:
        button["value"] = value
    if url:
        button["url"] = url
    return button


def to_block_kit(reply: Reply) -> dict:
    """The `text` (notification fallback) and `blocks` of a chat.postMessage / chat.update body."""
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
    buttons = [_button(n, c.label, c.value, c.url) for n, c in enumerate(reply.choices) if not c.field]
    if buttons:
        blocks.append({"type": "actions", "elements": buttons[:25]})
    return {"text": reply.text[:SECTION_LIMIT], "blocks": blocks}
