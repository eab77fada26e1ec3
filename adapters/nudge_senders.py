"""Deliver a nudge to a Slack channel or a Teams conversation, paced and with failures sorted out."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from urllib.parse import urljoin

import aiohttp
import orjson
from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import ConversationParameters, ConversationReference
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
    """Posts nudges in Slack channels, paced per channel, and private messages to the champions.

    A nudge run posts to thousands of channels, and per post slack_sdk's request path (building its request
    arguments and retry state, joining the URL, a response object) costs more CPU than aiohttp's request itself:
    5,000 posts to a local mock, 200 at once on one pooled session, took 1.9-2.4 s through `chat_postMessage`
    and 1.1-1.5 s straight through aiohttp, the client's CPU the bound either way. So `send` posts
    chat.postMessage itself, through the client's own session (that `pooled` opens) with the client's token,
    headers, proxy, TLS settings and timeout; `notify` and every other call go through slack_sdk."""

    def __init__(self, client: AsyncWebClient):
        self.client = client
        self._last: dict[str, float] = {}
        self._url = urljoin(client.base_url, "chat.postMessage")
        self._headers = {"Content-Type": "application/json;charset=utf-8", "Authorization": f"Bearer {client.token}",
                         **client.headers}  # fmt: skip
        # per request: slack_sdk gives its timeout to the sessions it opens, not to a pooled one (aiohttp's 5 minutes)
        self._timeout = aiohttp.ClientTimeout(total=client.timeout)

    async def send(self, channel: str, reply: Reply) -> str:
        """Post `reply` in `channel`, paced; returns the message's ts (a thread's key). A 429 is waited out for its
        Retry-After seconds (MAX_RATE_LIMITED tries in all); a connection Slack dropped is tried once more, as
        slack_sdk's default retry handler does. Raises PermanentFailure (SLACK_GONE) or TransientFailure."""
        body = orjson.dumps({"channel": channel, **to_block_kit(reply)})
        dropped = False
        for _ in range(MAX_RATE_LIMITED):
            wait = self._last.get(channel, 0) + PER_CHANNEL_INTERVAL - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            self._last[channel] = time.monotonic()
            try:
                status, retry_after, answer = await self._post_message(body)
            except (aiohttp.ServerConnectionError, aiohttp.ClientOSError) as exc:
                if dropped:
                    raise TransientFailure(f"Slack could not be reached: {exc}") from exc
                dropped = True
                continue
            except (aiohttp.ClientError, TimeoutError) as exc:
                raise TransientFailure(f"Slack could not be reached: {exc}") from exc
            if status == 429:
                await asyncio.sleep(retry_after)
                continue
            if status == 200 and answer.get("ok"):
                return str(answer.get("ts") or "")
            error = answer.get("error", "unknown_error")
            raise (PermanentFailure if error in SLACK_GONE else TransientFailure)(f"Slack said {error}")
        raise TransientFailure("Slack kept rate-limiting this channel")

    async def _post_message(self, body: bytes) -> tuple[int, float, dict]:
        """POST a chat.postMessage body: (HTTP status, a 429's Retry-After in seconds, the JSON answer or {} when
        the body is not a JSON object). Raises aiohttp.ClientError or TimeoutError."""
        pooled_session = self.client.session
        usable = pooled_session is not None and not pooled_session.closed
        # outside `pooled`, a session for this post alone, as slack_sdk opens one per call
        async with (
            contextlib.nullcontext(pooled_session) if usable else aiohttp.ClientSession() as session,
            session.post(self._url, data=body, headers=self._headers, timeout=self._timeout, ssl=self.client.ssl,
                         proxy=self.client.proxy) as response,
        ):  # fmt: skip
            try:
                answer = orjson.loads(await response.read())
            except orjson.JSONDecodeError:
                answer = None
            retry_after = float(response.headers.get("Retry-After", 1)) if response.status == 429 else 0.0
            return response.status, retry_after, answer if isinstance(answer, dict) else {}

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
