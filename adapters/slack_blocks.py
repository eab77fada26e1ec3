"""Replies as Slack Block Kit messages: pure functions, tested on their exact output."""

from __future__ import annotations

from bot.replies import ANSWER, NUDGE, QUIZ, Reply

SECTION_LIMIT = 3000  # characters in a section's text
BUTTON_LIMIT = 75  # characters in a button's label
HELPFUL, NOT_HELPFUL = "helpful", "not_helpful"


def _mrkdwn(text: str) -> str:
    """Escape the three characters Slack treats as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _button(text: str, action_id: str, value: str = "", url: str = "") -> dict:
    button = {"type": "button", "text": {"type": "plain_text", "text": text[:BUTTON_LIMIT]}, "action_id": action_id}
    if value:
        button["value"] = value
    if url:
        button["url"] = url
    return button


def _vote_value(reply: Reply) -> str:
    """What a helpful vote is about: the sources' titles (never the question asked)."""
    return "|".join(s.title for s in reply.sources)[:1900]


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
    buttons = [_button(choice.label, f"choice_{n}", value=choice.value) for n, choice in enumerate(reply.choices)]
    link = next((s.url for s in reply.sources if s.url), "")
    if link and reply.kind == NUDGE:
        buttons.append(_button("Read more", "read_more", value=reply.ref, url=link))
    if reply.kind == ANSWER:
        if link:
            buttons.insert(0, _button("Open the guide", "open_guide", url=link))
        buttons += [
            _button("Helpful", HELPFUL, value=_vote_value(reply)),
            _button("Not helpful", NOT_HELPFUL, value=_vote_value(reply)),
        ]
    if buttons:
        blocks.append({"type": "actions", "elements": buttons[:25]})
    return {"text": reply.text[:SECTION_LIMIT], "blocks": blocks}


def answered_quiz_question(reply: Reply, feedback: Reply) -> dict:
    """A quiz question updated in place once answered: the question, then the feedback, no buttons."""
    text = f"{reply.text}\n\n{feedback.text}" if reply.kind == QUIZ else feedback.text
    return to_block_kit(Reply(feedback.kind, text, feedback.sources))
