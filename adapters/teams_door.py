"""The Microsoft Teams door: botbuilder's CloudAdapter on our aiohttp server.

Personal chat and channel messages that @mention the bot become core events; replies go back
as Adaptive Cards to the activity's serviceUrl. Teams has no ephemeral messages, so a reply the
core marks private or direct is sent to the person's one-to-one chat with the bot, with a short
pointer left in the channel. Conversation references are kept (for nudges) when the bot is added
and on first message, and forgotten when it is removed.

Without MicrosoftAppId there is no token to check: activities are then taken only from this
machine (loopback) and may only name a loopback serviceUrl, so nobody can make the bot post
elsewhere.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
from types import SimpleNamespace
from urllib.parse import urlsplit

from aiohttp import web
from botbuilder.core import ActivityHandler, CardFactory, MessageFactory, TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity, ActivityTypes, ConversationParameters

from adapters.bodies import BadBody, parse_json
from adapters.teams_cards import TYPED, to_adaptive_card
from bot.actions import BadAction
from bot.conversation import Conversation, Event
from bot.quiz_replies import answered_in_place
from bot.replies import INFO, PII_WARNING, PUBLIC, URGENT, Reply
from bot.settings import Settings

logger = logging.getLogger(__name__)
APOLOGY = "Sorry, something went wrong on my side. Please try again in a minute."
SENT_PRIVATELY = "I've replied to you in our one-to-one chat."


def card_activity(reply: Reply) -> Activity:
    if reply.kind in (URGENT, PII_WARNING):
        return MessageFactory.text(reply.text)  # plain text: the writer's words are never quoted back
    return MessageFactory.attachment(CardFactory.adaptive_card(to_adaptive_card(reply)))


def is_loopback(host: str | None) -> bool:
    """Whether an address (or host name) is this machine: 127.0.0.0/8, ::1 or localhost."""
    try:
        return ipaddress.ip_address((host or "").strip("[]")).is_loopback
    except ValueError:
        return host == "localhost"


def _files(activity: Activity) -> int:
    """Files the person attached (Teams also attaches an HTML copy of a formatted message: not a file)."""
    return sum(1 for a in activity.attachments or [] if (a.content_type or "") != "text/html")


class SafeguardTeamsBot(ActivityHandler):
    def __init__(self, conversation: Conversation, tracking, app_id: str = ""):
        self.conversation = conversation
        self.tracking = tracking
        self.app_id = app_id

    async def on_message_activity(self, turn_context: TurnContext):
        activity = turn_context.activity
        await self._remember(activity)
        value = activity.value if isinstance(activity.value, dict) else {}
        action = str(value.get("action", ""))
        # A click carries no message, only the text typed in the card's box, if it has one (a ticket's answer).
        text = TurnContext.remove_recipient_mention(activity) if not action else str(value.get(TYPED, ""))
        if activity.value is not None and not action and not (text or "").strip():
            return  # a card of an earlier version (a vote) or an empty submit: nothing was asked
        sender = activity.from_property
        event = Event(f"msteams:{sender.aad_object_id or sender.id}", activity.conversation.id, (text or "").strip(),
                      action, sender.name or "", self._team_name(activity), attachments=_files(activity))  # fmt: skip
        replies = await self.conversation.handle(event)
        if activity.reply_to_id and action:  # rewrite the answered card in place, where Teams allows it
            decoded = await asyncio.to_thread(self.conversation.decode, action)
            update, replies = answered_in_place(decoded, str(value.get("prompt", "")), replies)
            if update:
                updated = card_activity(update)
                updated.id = activity.reply_to_id
                await turn_context.update_activity(updated)
        personal = (activity.conversation.conversation_type or "personal") == "personal"
        private = [] if personal else [r for r in replies if r.audience != PUBLIC]
        if private:
            await self._send_one_to_one(turn_context, private)
            replies = [r for r in replies if r not in private] + [Reply(INFO, SENT_PRIVATELY)]
        for reply in replies:
            await turn_context.send_activity(card_activity(reply))

    async def _send_one_to_one(self, turn_context: TurnContext, replies: list[Reply]) -> None:
        """Open (or reopen) the person's one-to-one chat with the bot and send the replies there."""
        activity = turn_context.activity
        tenant = activity.conversation.tenant_id
        parameters = ConversationParameters(is_group=False, bot=activity.recipient, members=[activity.from_property],
                                            tenant_id=tenant, channel_data={"tenant": {"id": tenant}})  # fmt: skip

        async def send(one_to_one: TurnContext):
            # Kept as the person's personal chat, so weekly reviews and notices can reach them later.
            reference = TurnContext.get_conversation_reference(one_to_one.activity)
            reference.conversation.conversation_type = "personal"
            reference.user = activity.from_property
            await asyncio.to_thread(self.tracking.save_conversation, reference.conversation.id, reference.serialize())
            for reply in replies:
                await one_to_one.send_activity(card_activity(reply))

        await turn_context.adapter.create_conversation(self.app_id, send, parameters, activity.channel_id,
                                                       activity.service_url)  # fmt: skip

    async def on_members_added_activity(self, members_added, turn_context: TurnContext):
        if any(m.id == turn_context.activity.recipient.id for m in members_added):
            await self._remember(turn_context.activity)

    async def on_members_removed_activity(self, members_removed, turn_context: TurnContext):
        if any(m.id == turn_context.activity.recipient.id for m in members_removed):
            await asyncio.to_thread(self.tracking.delete_conversation, turn_context.activity.conversation.id)

    async def on_installation_update_remove(self, turn_context: TurnContext):
        await asyncio.to_thread(self.tracking.delete_conversation, turn_context.activity.conversation.id)

    async def _remember(self, activity: Activity) -> None:
        """Keep the conversation's reference (once), so nudges and notices can be sent to it later."""
        reference = TurnContext.get_conversation_reference(activity).serialize()
        await asyncio.to_thread(self._remember_once, activity.conversation.id, reference)

    def _remember_once(self, conversation_id: str, reference: dict) -> None:
        if not self.tracking.has_conversation(conversation_id):
            self.tracking.save_conversation(conversation_id, reference)

    @staticmethod
    def _team_name(activity: Activity) -> str:
        team = (activity.channel_data or {}).get("team") if isinstance(activity.channel_data, dict) else None
        return (team or {}).get("name", "")


def teams_adapter(settings: Settings) -> CloudAdapter:
    config = SimpleNamespace(
        APP_ID=settings.microsoft_app_id,
        APP_PASSWORD=settings.microsoft_app_password,
        APP_TYPE=settings.microsoft_app_type,
        APP_TENANTID=settings.microsoft_app_tenant_id,
    )
    return CloudAdapter(ConfigurationBotFrameworkAuthentication(config))


class TeamsDoor:
    def __init__(self, conversation: Conversation, tracking, settings: Settings):
        self.adapter = teams_adapter(settings)
        self.adapter.on_turn_error = self._on_error
        self.bot = SafeguardTeamsBot(conversation, tracking, settings.microsoft_app_id)
        self.authenticated = bool(settings.microsoft_app_id)
        if not self.authenticated:
            logger.warning("TEAMS AUTHENTICATION IS OFF (no MicrosoftAppId): activities are taken from this machine "
                           "only, for local testing; never in production")  # fmt: skip

    async def handle(self, request: web.Request) -> web.Response:
        if not self.authenticated and not is_loopback(request.remote):
            return web.Response(status=403, text="Teams is not configured on this server (no MicrosoftAppId)")
        if request.content_type != "application/json":
            return web.Response(status=415, text="expected application/json")
        try:
            body = parse_json(await request.read())
        except BadBody:
            return web.Response(status=400, text="malformed JSON")
        if not isinstance(body, dict) or not isinstance(body.get("type"), str):
            return web.Response(status=400, text="not a Bot Framework activity")
        if not self.authenticated and not is_loopback(urlsplit(str(body.get("serviceUrl", ""))).hostname):
            return web.Response(status=400, text="without MicrosoftAppId, only a loopback serviceUrl is accepted")
        try:
            response = await self.adapter.process(request, self.bot)
        except web.HTTPException:
            raise  # 401 for a missing or bad token, and the like: aiohttp answers them
        except BadAction:
            return web.Response(status=400, text="not an action this bot made")
        except Exception:
            logger.exception("teams activity could not be processed")
            return web.Response(status=400, text="could not process this activity")
        return response or web.Response(status=201)

    async def _on_error(self, turn_context: TurnContext, error: Exception) -> None:
        if isinstance(error, BadAction):
            raise error  # the request's fault: answered 400, not apologised for
        logger.error("teams turn failed", exc_info=error)
        if turn_context.activity.type == ActivityTypes.message:
            await turn_context.send_activity(APOLOGY)
