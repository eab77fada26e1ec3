"""The Microsoft Teams door: botbuilder's CloudAdapter on our aiohttp server.

Personal chat and channel messages that @mention the bot become core events; replies go back
as Adaptive Cards to the activity's serviceUrl. Conversation references are kept (for nudges)
when the bot is added and on first message, and forgotten when it is removed.
"""

from __future__ import annotations

import json
import logging
from types import SimpleNamespace

from aiohttp import web
from botbuilder.core import ActivityHandler, CardFactory, MessageFactory, TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity, ActivityTypes

from adapters.teams_cards import HELPFUL, NOT_HELPFUL, to_adaptive_card
from bot.conversation import Conversation, Event
from bot.quiz_replies import answered_in_place
from bot.replies import PII_WARNING, QUIZ, URGENT, Reply
from bot.settings import Settings
from bot.storage import TinyStore

logger = logging.getLogger(__name__)
APOLOGY = "Sorry, something went wrong on my side. Please try again in a minute."
PERSONAL_ONLY = "Quizzes run in a personal chat with me: open a chat with safeguard-bot and type 'quiz'."


def card_activity(reply: Reply) -> Activity:
    if reply.kind in (URGENT, PII_WARNING):
        return MessageFactory.text(reply.text)  # plain text: the writer's words are never quoted back
    return MessageFactory.attachment(CardFactory.adaptive_card(to_adaptive_card(reply)))


class SafeguardTeamsBot(ActivityHandler):
    def __init__(self, conversation: Conversation, tracking: TinyStore):
        self.conversation = conversation
        self.tracking = tracking

    async def on_message_activity(self, turn_context: TurnContext):
        activity = turn_context.activity
        self._remember(activity)
        value = activity.value if isinstance(activity.value, dict) else {}
        if value.get("vote") in (HELPFUL, NOT_HELPFUL):
            sources = [s for s in str(value.get("sources", "")).split("|") if s]
            self.tracking.record_vote(sources, value["vote"] == HELPFUL)
            await turn_context.send_activity("Thanks: your vote helps the content authors.")
            return
        action = str(value.get("action", ""))
        text = TurnContext.remove_recipient_mention(activity) if not action else ""
        personal = (activity.conversation.conversation_type or "personal") == "personal"
        sender = activity.from_property
        event = Event(f"msteams:{sender.aad_object_id or sender.id}", activity.conversation.id, (text or "").strip(),
                      action, sender.name or "", self._team_name(activity))  # fmt: skip
        replies = await self.conversation.handle(event)
        if activity.reply_to_id:  # rewrite the answered card in place, where Teams allows it
            update, replies = answered_in_place(action, str(value.get("prompt", "")), replies)
            if update:
                updated = card_activity(update)
                updated.id = activity.reply_to_id
                await turn_context.update_activity(updated)
        if not personal and any(r.kind == QUIZ for r in replies):
            replies = [Reply("info", PERSONAL_ONLY)]
        for reply in replies:
            await turn_context.send_activity(card_activity(reply))

    async def on_members_added_activity(self, members_added, turn_context: TurnContext):
        if any(m.id == turn_context.activity.recipient.id for m in members_added):
            self._remember(turn_context.activity)

    async def on_members_removed_activity(self, members_removed, turn_context: TurnContext):
        if any(m.id == turn_context.activity.recipient.id for m in members_removed):
            self.tracking.delete_conversation(turn_context.activity.conversation.id)

    async def on_installation_update_remove(self, turn_context: TurnContext):
        self.tracking.delete_conversation(turn_context.activity.conversation.id)

    def _remember(self, activity: Activity) -> None:
        if not self.tracking.has_conversation(activity.conversation.id):
            reference = TurnContext.get_conversation_reference(activity)
            self.tracking.save_conversation(activity.conversation.id, reference.serialize())

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
    def __init__(self, conversation: Conversation, tracking: TinyStore, settings: Settings):
        self.adapter = teams_adapter(settings)
        self.adapter.on_turn_error = self._on_error
        self.bot = SafeguardTeamsBot(conversation, tracking)
        if not settings.microsoft_app_id:
            logger.warning(
                "TEAMS AUTHENTICATION IS OFF (no MicrosoftAppId): for local testing only, never in production"
            )

    async def handle(self, request: web.Request) -> web.Response:
        if request.content_type != "application/json":
            return web.Response(status=415, text="expected application/json")
        try:
            body = json.loads(await request.read())
        except (ValueError, UnicodeDecodeError):
            return web.Response(status=400, text="malformed JSON")
        if not isinstance(body, dict) or not isinstance(body.get("type"), str):
            return web.Response(status=400, text="not a Bot Framework activity")
        try:
            response = await self.adapter.process(request, self.bot)
        except web.HTTPException:
            raise  # 401 for a missing or bad token, and the like: aiohttp answers them
        except Exception:
            logger.exception("teams activity could not be processed")
            return web.Response(status=400, text="could not process this activity")
        return response or web.Response(status=201)

    async def _on_error(self, turn_context: TurnContext, error: Exception) -> None:
        logger.error("teams turn failed", exc_info=error)
        if turn_context.activity.type == ActivityTypes.message:
            await turn_context.send_activity(APOLOGY)
