"""The Slack door: slack-bolt's AsyncApp on our aiohttp server, translating Slack payloads to core events.

One URL takes events, slash commands and button clicks. Before bolt sees a request this module
checks what bolt would otherwise fail on: size (aiohttp), signature (401), encoding and shape
(400), content type (415), and repeated event ids (Slack retries: answered once).
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections import OrderedDict
from urllib.parse import parse_qs

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.app.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack_blocks import HELPFUL, NOT_HELPFUL, to_block_kit
from bot.conversation import Conversation, Event
from bot.quiz_replies import answered_in_place
from bot.replies import PII_WARNING, QUIZ, URGENT, Reply
from bot.settings import Settings
from bot.storage import TinyStore

logger = logging.getLogger(__name__)
SLASH_SUBCOMMANDS = ("ask", "quizzes", "quiz", "results", "nudge", "help")
APOLOGY = "Sorry, something went wrong on my side. Please try again in a minute."
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


class RecentIds:
    """Event ids seen in the last hour (at most `size`), so a retried event is answered once."""

    def __init__(self, ttl: float = 3600, size: int = 10_000):
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._ttl, self._size = ttl, size

    def first_time(self, key: str) -> bool:
        now = time.monotonic()
        while self._seen and (len(self._seen) >= self._size or next(iter(self._seen.values())) < now - self._ttl):
            self._seen.popitem(last=False)
        if key in self._seen:
            return False
        self._seen[key] = now
        return True


def mention_stripped(text: str) -> str:
    return _MENTION.sub("", text).strip()


def slash_text(text: str) -> str:
    """`/safeguard <subcommand> ...` as conversation text; anything unknown asks for help."""
    words = text.strip()
    return words if words.split(" ")[0].lower() in SLASH_SUBCOMMANDS else "help"


def _bad(status: int, reason: str) -> web.Response:
    return web.Response(status=status, text=reason)


def check_shape(text: str, content_type: str) -> web.Response | None:
    """A 4xx response for a body bolt cannot take, or None when it is a Slack payload shape."""
    if content_type == "application/json":
        try:
            data = json.loads(text)
        except ValueError:
            return _bad(400, "malformed JSON")
        return None if isinstance(data, dict) and isinstance(data.get("type"), str) else _bad(400, "not a Slack event")
    if content_type == "application/x-www-form-urlencoded":
        form = parse_qs(text, keep_blank_values=True)
        if "payload" in form:
            try:
                payload = json.loads(form["payload"][0])
            except ValueError:
                return _bad(400, "malformed payload JSON")
            ok = isinstance(payload, dict) and isinstance(payload.get("type"), str)
            return None if ok else _bad(400, "not a Slack interaction")
        ok = form.get("command", [""])[0].startswith("/") and form.get("user_id")
        return None if ok else _bad(400, "not a Slack slash command")
    return _bad(415, "expected application/json or application/x-www-form-urlencoded")


class SlackDoor:
    def __init__(self, conversation: Conversation, tracking: TinyStore, settings: Settings):
        self.conversation = conversation
        self.tracking = tracking
        client = AsyncWebClient(token=settings.slack_bot_token, base_url=settings.slack_api_url)
        # We check signatures ourselves, before parsing, so bolt need not check them again.
        self.app = AsyncApp(client=client, signing_secret=settings.slack_signing_secret or None,
                            request_verification_enabled=False)  # fmt: skip
        # In Socket Mode without a signing secret, nothing arrives over HTTP.
        secret = settings.slack_signing_secret
        self.verifier = SignatureVerifier(secret) if secret else None
        self.events = RecentIds()
        self._names: dict[str, str] = {}
        self.app.event("app_mention")(self._on_mention)
        self.app.event("message")(self._on_message)
        self.app.command("/safeguard")(self._on_command)
        self.app.action(re.compile(r"^choice_\d+$"))(self._on_choice)
        self.app.action(re.compile(f"^({HELPFUL}|{NOT_HELPFUL})$"))(self._on_vote)
        self.app.action("open_guide")(self._on_link)
        self.app.action("read_more")(self._on_read_more)

    # HTTP

    async def handle(self, request: web.Request) -> web.Response:
        if self.verifier is None:
            return _bad(404, "Slack uses Socket Mode on this server")
        body = await request.read()  # aiohttp refuses bodies over client_max_size with 413
        try:
            text = body.decode("utf-8")  # Slack sends UTF-8; the signature check needs text
        except UnicodeDecodeError:
            return _bad(400, "body is not UTF-8")
        headers = request.headers
        if not self.verifier.is_valid(text, headers.get("X-Slack-Request-Timestamp"), headers.get("X-Slack-Signature")):
            return _bad(401, "invalid or stale signature")
        refusal = check_shape(text, request.content_type)
        if refusal:
            return refusal
        if request.content_type == "application/json":
            event_id = json.loads(text).get("event_id")
            if isinstance(event_id, str) and not self.events.first_time(event_id):
                return web.Response(status=200, text="already handled")
        try:
            bolt_request = AsyncBoltRequest(body=text, query=request.query_string, headers=dict(headers))
            response = await self.app.async_dispatch(bolt_request)
        except Exception:  # a payload of Slack's shape whose fields bolt cannot read
            logger.exception("slack request could not be dispatched")
            return _bad(400, "could not process this request")
        if response.status >= 500:
            # Bolt answers 500 when its middleware cannot read a payload; listeners run after the
            # acknowledgement, so here it is always the payload at fault.
            logger.warning("slack payload of type %s could not be processed", bolt_request.body.get("type"))
            return _bad(400, "could not process this request")
        return await to_aiohttp_response(response)

    # Listeners: translate, ask the core, deliver. Errors are logged once and the user gets an apology.

    async def _on_mention(self, event, client):
        thread = event.get("thread_ts") or event.get("ts")
        await self._converse(client, event, mention_stripped(event.get("text", "")), thread)

    async def _on_message(self, event, client):
        if event.get("channel_type") != "im" or event.get("bot_id") or event.get("subtype"):
            return  # only people's direct messages: never the bot's own or other bots'
        await self._converse(client, event, event.get("text", ""), None)

    async def _on_command(self, ack, command, client):
        await ack()
        user, channel = command["user_id"], command["channel_id"]
        text, team = slash_text(command.get("text", "")), command.get("team_id", "")
        await self._safely(client, channel, user, self._run(client, user, channel, text, team=team, private=True))

    async def _on_choice(self, ack, body, action, client):
        await ack()
        user = body["user"]["id"]
        channel = (body.get("channel") or {}).get("id") or body.get("container", {}).get("channel_id", "")
        await self._safely(client, channel, user, self._choose(client, body, action, user, channel))

    async def _on_vote(self, ack, body, action, client):
        await ack()
        sources = [s for s in action.get("value", "").split("|") if s]
        self.tracking.record_vote(sources, action["action_id"] == HELPFUL)
        channel = (body.get("channel") or {}).get("id", "")
        if channel:
            await client.chat_postEphemeral(
                channel=channel, user=body["user"]["id"], text="Thanks: your vote helps the content authors."
            )

    async def _on_link(self, ack):
        await ack()  # the button opens its URL in Slack; nothing to do here

    async def _on_read_more(self, ack, body, action):
        await ack()  # the button opens the guide; count it for the champion
        schedule, _, period = action.get("value", "").partition("|")
        if schedule and period:
            self.tracking.record_nudge_event(schedule, period, "read_more", f"slack:{body['user']['id']}")

    # Conversation

    async def _converse(self, client, event, text: str, thread: str | None):
        user, channel = event.get("user", ""), event.get("channel", "")
        work = self._run(client, user, channel, text, team=event.get("team", ""), thread=thread)
        await self._safely(client, channel, user, work)

    async def _safely(self, client, channel: str, user: str, work) -> None:
        try:
            await work
        except Exception:
            logger.exception("slack listener failed")
            if channel and user:
                try:
                    await client.chat_postEphemeral(channel=channel, user=user, text=APOLOGY)
                except Exception:
                    logger.warning("could not send the apology either")

    async def _event(self, client, user: str, channel: str, text: str = "", action: str = "", team: str = "") -> Event:
        return Event(f"slack:{user}", channel, text, action, await self._display_name(client, user), team)

    async def _run(self, client, user, channel, text, team="", thread=None, private=False):
        replies = await self.conversation.handle(await self._event(client, user, channel, text, team=team))
        await self._deliver(client, channel, user, replies, thread, private)

    async def _choose(self, client, body, action, user, channel):
        value = action.get("value", "")
        team = (body.get("team") or {}).get("id", "")
        replies = await self.conversation.handle(await self._event(client, user, channel, action=value, team=team))
        message = body.get("message")
        if message:
            update, replies = answered_in_place(value, message.get("text", ""), replies)
            if update:
                await client.chat_update(channel=channel, ts=message["ts"], **to_block_kit(update))
        await self._deliver(client, channel, user, replies, None, private=False)

    async def _deliver(self, client, channel: str, user: str, replies: list[Reply], thread: str | None, private: bool):
        if any(r.kind == QUIZ for r in replies) and not channel.startswith("D"):
            # Quizzes run privately, in a direct message with the learner.
            note = "I've sent you the quiz in a direct message."
            await client.chat_postEphemeral(channel=channel, user=user, text=note)
            channel = (await client.conversations_open(users=user))["channel"]["id"]
            thread, private = None, False
        for reply in replies:
            if reply.kind in (URGENT, PII_WARNING):
                # Only the writer sees it, and their words are never quoted back.
                await client.chat_postEphemeral(channel=channel, user=user, text=reply.text)
            elif private or reply.private:
                await client.chat_postEphemeral(channel=channel, user=user, **to_block_kit(reply))
            else:
                await client.chat_postMessage(channel=channel, thread_ts=thread, **to_block_kit(reply))

    async def _display_name(self, client, user: str) -> str:
        if user not in self._names:
            try:
                profile = (await client.users_info(user=user))["user"].get("profile", {})
                self._names[user] = profile.get("display_name") or profile.get("real_name") or ""
            except Exception:
                logger.info("users.info failed; recording the learner without a display name")
                self._names[user] = ""
        return self._names[user]
