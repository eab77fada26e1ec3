"""The Slack door: slack-bolt's AsyncApp on our aiohttp server, translating Slack payloads to core events.

One URL takes events, slash commands and button clicks. Before bolt sees a request this module
checks what bolt would otherwise fail on: size (aiohttp), Slack's unsigned `ssl_check` (200),
signature (401), encoding and shape (400), content type (415). A bolt middleware, which Socket Mode
passes through too, refuses button values the bot did not make (400) and answers a request already
handled once (Slack's retries and replays, for an hour, across restarts). Where a reply goes
follows the core's `Reply.audience`.
"""

from __future__ import annotations

import asyncio
import logging
import re
from urllib.parse import parse_qs

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.app.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from adapters.bodies import BadBody, parse_json
from adapters.slack_blocks import to_block_kit
from bot.actions import BadAction
from bot.conversation import COMMANDS, Conversation, Event
from bot.quiz_replies import answered_in_place
from bot.replies import DIRECT, PRIVATE, Reply
from bot.settings import Settings

logger = logging.getLogger(__name__)
APOLOGY = "Sorry, something went wrong on my side. Please try again in a minute."
IN_DIRECT_MESSAGE = "I've sent you the quiz in a direct message."
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
_CHOICE = re.compile(r"^choice_\d+$")
_PERSON_SUBTYPES = (None, "file_share")  # a person's own message, with or without files
# Buttons of messages posted by earlier versions (links, votes): acknowledged, so Slack shows no error.
_EARLIER = re.compile(r"^(?:open_guide|read_more|helpful|not_helpful)$")


def mention_stripped(text: str) -> str:
    return _MENTION.sub("", text).strip()


def slash_text(text: str) -> str:
    """`/safeguard <subcommand> ...` as conversation text; anything unknown asks for help."""
    words = text.strip()
    return words if words.split(" ")[0].lower() in COMMANDS else "help"


def _bad(status: int, reason: str) -> web.Response:
    return web.Response(status=status, text=reason)


def read_payload(text: str, content_type: str) -> dict:
    """The Slack payload in a body: an event (JSON), an interaction (form field `payload`) or a slash
    command (form). Raises BadBody (400) for anything else; an unknown content type is the caller's 415."""
    if content_type == "application/json":
        data = parse_json(text)
        if isinstance(data, dict) and isinstance(data.get("type"), str):
            return data
        raise BadBody("not a Slack event")
    form = {key: values[0] for key, values in parse_qs(text, keep_blank_values=True).items()}
    if "payload" in form:
        payload = parse_json(form["payload"])
        if isinstance(payload, dict) and isinstance(payload.get("type"), str):
            return payload
        raise BadBody("not a Slack interaction")
    if form.get("command", "").startswith("/") and form.get("user_id"):
        return form
    raise BadBody("not a Slack slash command")


def request_id(payload: dict) -> str:
    """What makes a request the same request when Slack retries it or someone replays it."""
    return str(payload.get("event_id") or payload.get("trigger_id") or "")


class SlackDoor:
    def __init__(self, conversation: Conversation, tracking, settings: Settings):
        self.conversation = conversation
        self.tracking = tracking
        client = AsyncWebClient(token=settings.slack_bot_token, base_url=settings.slack_api_url)
        # We check signatures ourselves, before parsing, so bolt need not check them again.
        self.app = AsyncApp(client=client, signing_secret=settings.slack_signing_secret or None,
                            request_verification_enabled=False)  # fmt: skip
        # In Socket Mode without a signing secret, nothing arrives over HTTP.
        secret = settings.slack_signing_secret
        self.verifier = SignatureVerifier(secret) if secret else None
        self._names: dict[str, str] = {}
        self._direct: dict[str, str] = {}  # user -> the bot's own direct message channel with them
        self.app.middleware(self._once_and_decoded)
        self.app.event("app_mention")(self._on_mention)
        self.app.event("message")(self._on_message)
        self.app.command("/safeguard")(self._on_command)
        self.app.action(_CHOICE)(self._on_choice)
        self.app.action(_EARLIER)(self._on_earlier_button)

    # HTTP

    async def handle(self, request: web.Request) -> web.Response:
        if self.verifier is None:
            return _bad(404, "Slack uses Socket Mode on this server")
        body = await request.read()  # aiohttp refuses bodies over client_max_size with 413
        try:
            text = body.decode("utf-8")  # Slack sends UTF-8; the signature check needs text
        except UnicodeDecodeError:
            return _bad(400, "body is not UTF-8")
        if request.content_type == "application/x-www-form-urlencoded" and parse_qs(text).get("ssl_check") == ["1"]:
            return web.Response(status=200)  # Slack checking the certificate: unsigned, nothing to do
        if not self._signed(text, request.headers):
            return _bad(401, "invalid or stale signature")
        if request.content_type not in ("application/json", "application/x-www-form-urlencoded"):
            return _bad(415, "expected application/json or application/x-www-form-urlencoded")
        try:
            payload = read_payload(text, request.content_type)
        except BadBody as exc:
            return _bad(400, str(exc))
        try:
            bolt_request = AsyncBoltRequest(body=text, query=request.query_string, headers=dict(request.headers))
            response = await self.app.async_dispatch(bolt_request)
        except Exception:  # a payload of Slack's shape whose fields bolt cannot read
            logger.exception("slack request could not be dispatched")
            return _bad(400, "could not process this request")
        if response.status >= 500:
            # Bolt answers 500 when its middleware cannot read a payload; listeners run after the
            # acknowledgement, so here it is always the payload at fault.
            logger.warning("slack payload of type %s could not be processed", payload.get("type"))
            return _bad(400, "could not process this request")
        return await to_aiohttp_response(response)

    def _signed(self, text: str, headers) -> bool:
        try:
            return self.verifier.is_valid(text, headers.get("X-Slack-Request-Timestamp"),
                                          headers.get("X-Slack-Signature"))  # fmt: skip
        except (ValueError, TypeError):  # a timestamp that is not a whole number, a signature not ASCII
            return False

    async def _once_and_decoded(self, body, next):
        """Bolt middleware, so HTTP and Socket Mode alike: a button value the bot did not make is refused
        (400) and never reaches a listener; a request already handled (Slack's retries, a replay) is
        answered once, for an hour and more, across restarts and processes."""
        try:
            for action in body.get("actions") or []:
                if isinstance(action, dict) and _CHOICE.match(str(action.get("action_id"))) and action.get("value"):
                    await asyncio.to_thread(self.conversation.decode, action["value"])  # reads stored schedules
        except BadAction as exc:
            return BoltResponse(status=400, body=str(exc))
        key = request_id(body)
        if key and not await asyncio.to_thread(self.tracking.first_sighting, key):
            return BoltResponse(status=200, body="already handled")
        await next()

    # Listeners: translate, ask the core, deliver. Errors are logged once and the user gets an apology.

    async def _on_mention(self, event, client):
        if event.get("edited") or event.get("bot_id") or event.get("subtype"):
            return  # an edit is not a new question; another bot's mention could loop
        thread = event.get("thread_ts") or event.get("ts")
        await self._converse(client, event, mention_stripped(event.get("text", "")), thread)

    async def _on_message(self, event, client):
        if event.get("bot_id") or event.get("subtype") not in _PERSON_SUBTYPES:
            return  # only people's messages: never the bot's own, other bots', edits or deletions
        if event.get("channel_type") == "im":
            await self._converse(client, event, event.get("text", ""), None, attachments=len(event.get("files") or []))
        elif (
            event.get("thread_ts")
            and event.get("thread_ts") != event.get("ts")
            and not _MENTION.search(event.get("text", ""))
        ):  # a reply in a thread, perhaps a ticket's (a mention is answered as app_mention instead)
            await self._thread_reply(client, event)

    async def _thread_reply(self, client, event) -> None:
        user, channel, thread = event.get("user", ""), event.get("channel", ""), event["thread_ts"]

        async def work():
            replies = await self.conversation.in_thread(Event(f"slack:{user}", channel, event.get("text", ""),
                                                              thread=thread))  # fmt: skip
            await self._deliver(client, channel, user, replies, thread, None)

        await self._safely(client, channel, user, work())

    async def _on_command(self, ack, command, client, respond):
        await ack()
        user, channel = command["user_id"], command["channel_id"]
        work = self._run(client, user, channel, slash_text(command.get("text", "")), command.get("team_id", ""),
                         respond=respond)  # fmt: skip
        await self._safely(client, channel, user, work, respond)

    async def _on_earlier_button(self, ack):
        await ack()

    async def _on_choice(self, ack, body, action, client, respond):
        user = body["user"]["id"]
        channel = (body.get("channel") or {}).get("id") or body.get("container", {}).get("channel_id", "")
        value = action.get("value", "")
        if not value:
            await ack()  # a link the person opened; nothing to count
            return
        team = (body.get("team") or {}).get("id", "")
        # No Web API call before the acknowledgement (Slack waits 3 s): the name is cached, or the click's own.
        name = self._names.get(user) or body["user"].get("name", "")

        async def work():
            # Stored before Slack is told the click arrived, and not acknowledged if it could not be: a click
            # Slack saw acknowledged is never lost; one that failed shows the learner an error to click again.
            replies = await self.conversation.handle(Event(f"slack:{user}", channel, action=value, name=name,
                                                           team=team))  # fmt: skip
            await ack()
            await self._answer_click(client, body, value, replies, user, channel, respond)

        await self._safely(client, channel, user, work(), respond)

    # Conversation

    async def _converse(self, client, event, text: str, thread: str | None, attachments: int = 0):
        user, channel = event.get("user", ""), event.get("channel", "")
        work = self._run(client, user, channel, text, event.get("team", ""), thread=thread, attachments=attachments)
        await self._safely(client, channel, user, work)

    async def _safely(self, client, channel: str, user: str, work, respond=None) -> None:
        try:
            await work
        except Exception:
            logger.exception("slack listener failed")
            try:
                if respond is not None:
                    await respond(text=APOLOGY, response_type="ephemeral", replace_original=False)
                elif channel and user:
                    await client.chat_postEphemeral(channel=channel, user=user, text=APOLOGY)
            except Exception:
                logger.warning("could not send the apology either")

    async def _run(self, client, user, channel, text, team="", thread=None, respond=None, attachments=0):
        event = Event(f"slack:{user}", channel, text, name=await self._display_name(client, user), team=team,
                      attachments=attachments)  # fmt: skip
        replies = await self.conversation.handle(event)
        await self._deliver(client, channel, user, replies, thread, respond, every_reply_private=respond is not None)

    async def _answer_click(self, client, body, value, replies, user, channel, respond):
        message = body.get("message")
        if message:
            action = await asyncio.to_thread(self.conversation.decode, value)
            update, replies = answered_in_place(action, message.get("text", ""), replies)
            if update:
                await client.chat_update(channel=channel, ts=message["ts"], **to_block_kit(update))
        await self._deliver(client, channel, user, replies, None, respond)

    async def _deliver(self, client, channel: str, user: str, replies: list[Reply], thread: str | None, respond,
                       every_reply_private: bool = False) -> None:  # fmt: skip
        """Post each reply as its audience says: a slash command's answers are private to who typed it."""
        told_direct = False
        for reply in replies:
            audience = reply.audience
            if audience == DIRECT:
                direct = await self._direct_channel(client, user)
                if direct != channel and not told_direct:
                    await self._private(client, channel, user, Reply("info", IN_DIRECT_MESSAGE), respond)
                    told_direct = True
                await client.chat_postMessage(channel=direct, **to_block_kit(reply))
            elif audience == PRIVATE or every_reply_private:
                await self._private(client, channel, user, reply, respond)
            else:
                await client.chat_postMessage(channel=channel, thread_ts=thread, **to_block_kit(reply))

    @staticmethod
    async def _private(client, channel: str, user: str, reply: Reply, respond) -> None:
        """Only the person sees it. Through the request's response_url where there is one: it works in
        direct messages between people and private channels the bot is not in (chat.postEphemeral
        answers channel_not_found there)."""
        if respond is not None:
            await respond(response_type="ephemeral", replace_original=False, **to_block_kit(reply))
        else:
            await client.chat_postEphemeral(channel=channel, user=user, **to_block_kit(reply))

    async def _direct_channel(self, client, user: str) -> str:
        """The bot's own direct message with the person (conversations.open), whatever channel they are in."""
        if user not in self._direct:
            self._direct[user] = (await client.conversations_open(users=user))["channel"]["id"]
        return self._direct[user]

    async def _display_name(self, client, user: str) -> str:
        if user not in self._names:
            try:
                profile = (await client.users_info(user=user))["user"].get("profile", {})
                self._names[user] = profile.get("display_name") or profile.get("real_name") or ""
            except Exception:
                logger.info("users.info failed; recording the learner without a display name")
                self._names[user] = ""
        return self._names[user]
