"""Deliver a nudge to a Slack channel or a Teams conversation, paced and with failures sorted out."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator

import aiohttp
from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import ConversationParameters, ConversationReference
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack_blocks import to_block_kit
from adapters.teams_door import card_activity, teams_adapter
from bot.nudges import PermanentFailure, TransientFailure
from bot.replies import Reply
from bot.settings import Settings
from bot.storage import Store

logger = logging.getLogger(__name__)
SLACK_GONE = {"channel_not_found", "is_archived", "not_in_channel", "account_inactive", "invalid_auth",
              "token_revoked", "missing_scope", "restricted_action", "channel_is_archived"}  # fmt: skip
PER_CHANNEL_INTERVAL = 1.0  # Slack: about one message per second per channel
MAX_RATE_LIMITED = 5
REFERENCES_FRESH = 30.0  # seconds one read of the stored Teams references serves sends


def base_conversation(conversation_id: str) -> str:
    """A Teams channel thread id without its ';messageid=...' part: the channel itself."""
    return conversation_id.split(";messageid=")[0]


class SlackSender:
    def __init__(self, client: AsyncWebClient):
        self.client = client
        self._last: dict[str, float] = {}

    async def send(self, channel: str, reply: Reply) -> str:
        """Post `reply` in `channel`, paced; returns the message's ts (a thread's key). Raises PermanentFailure
        or TransientFailure."""
        for _ in range(MAX_RATE_LIMITED):
            wait = self._last.get(channel, 0) + PER_CHANNEL_INTERVAL - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            self._last[channel] = time.monotonic()
            try:
                posted = await self.client.chat_postMessage(channel=channel, **to_block_kit(reply))
                return str(posted.get("ts") or "")
            except SlackApiError as exc:
                if exc.response.status_code == 429:
                    await asyncio.sleep(float(exc.response.headers.get("Retry-After", 1)))
                    continue
                error = exc.response.get("error", "unknown_error")
                raise (PermanentFailure if error in SLACK_GONE else TransientFailure)(f"Slack said {error}") from exc
            except (aiohttp.ClientError, TimeoutError) as exc:
                raise TransientFailure(f"Slack could not be reached: {exc}") from exc
        raise TransientFailure("Slack kept rate-limiting this channel")

    async def notify(self, user: str, reply: Reply) -> None:
        opened = await self.client.conversations_open(users=user)
        await self.client.chat_postMessage(channel=opened["channel"]["id"], **to_block_kit(reply))


class TeamsSender:
    def __init__(self, adapter: CloudAdapter, app_id: str, tracking: Store):
        self.adapter, self.app_id, self.tracking = adapter, app_id, tracking
        self._channels: dict[str, dict] = {}  # base conversation id -> its stored reference
        self._read_at = float("-inf")

    async def _reference(self, channel: str) -> dict | None:
        """The stored reference of a channel, from one read of every reference kept REFERENCES_FRESH seconds, so
        a run to thousands of channels reads them once, not once a channel; read again for a channel not in it
        (a team the bot was added to since)."""
        if channel not in self._channels or time.monotonic() - self._read_at > REFERENCES_FRESH:
            channels: dict[str, dict] = {}
            for r in await asyncio.to_thread(self.tracking.conversations):
                channels.setdefault(base_conversation(r["conversation"]["id"]), r)  # the first stored, as before
            self._channels, self._read_at = channels, time.monotonic()
        return self._channels.get(channel)

    async def send(self, channel: str, reply: Reply) -> None:
        stored = await self._reference(channel)
        if stored is None:
            raise PermanentFailure("no conversation reference: add the bot to this team or chat again")
        reference = ConversationReference.deserialize(stored)
        if reference.conversation.conversation_type != "channel":
            reference.activity_id = None
            await self._post(reference, card_activity(reply))
            return
        # A new top-level post in the channel: a conversation of its own, opened with the nudge.
        parameters = ConversationParameters(
            is_group=True,
            bot=reference.bot,
            channel_data={"channel": {"id": channel}},
            activity=card_activity(reply),
            tenant_id=reference.conversation.tenant_id,
        )
        await self._call(
            self.adapter.create_conversation(self.app_id, _nothing, parameters, "msteams", reference.service_url)
        )

    async def notify(self, user: str, reply: Reply) -> None:
        references = await asyncio.to_thread(self.tracking.conversations)
        personal = next(
            (r for r in references
             if r["conversation"].get("conversationType") == "personal"
             and user in (r.get("user", {}).get("aadObjectId"), r.get("user", {}).get("id"))),
            None,
        )  # fmt: skip
        if personal is None:
            raise PermanentFailure("no personal chat with that champion")
        reference = ConversationReference.deserialize(personal)
        reference.activity_id = None
        await self._post(reference, card_activity(reply))

    async def _post(self, reference: ConversationReference, activity) -> None:
        async def post(turn_context: TurnContext):
            await turn_context.send_activity(activity)

        await self._call(self.adapter.continue_conversation(reference, post, bot_app_id=self.app_id))

    @staticmethod
    async def _call(sending) -> None:
        """Await a connector call, sorting its failures into permanent and passing ones."""
        try:
            await sending
        except Exception as exc:
            status = getattr(getattr(exc, "response", None), "status_code", None)
            if status in (403, 404):
                raise PermanentFailure(f"Teams refused the post ({status}): the bot was removed") from exc
            raise TransientFailure(f"Teams could not take the post: {exc}") from exc


async def _nothing(turn_context: TurnContext) -> None:
    """The new conversation was opened with the nudge itself: nothing more to send."""


@contextlib.asynccontextmanager
async def pooled(client: AsyncWebClient | None) -> AsyncIterator[None]:
    """While the block runs, a Slack client's calls share one aiohttp session (a pool of kept-alive
    connections). Without one, slack_sdk opens and closes a connection for every call, so a nudge run to
    thousands of channels would spend its time on TCP handshakes."""
    if client is None or client.session is not None:
        yield
        return
    async with aiohttp.ClientSession() as session:
        client.session = session
        try:
            yield
        finally:
            client.session = None


def senders_for(settings: Settings, tracking: Store, slack_client=None, adapter=None) -> dict:
    """A sender per platform this server can reach."""
    senders: dict = {"msteams": TeamsSender(adapter or teams_adapter(settings), settings.microsoft_app_id, tracking)}
    if settings.slack_bot_token:
        client = slack_client or AsyncWebClient(token=settings.slack_bot_token, base_url=settings.slack_api_url)
        senders["slack"] = SlackSender(client)
    return senders
