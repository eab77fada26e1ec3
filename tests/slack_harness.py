"""A local mock Slack Web API and a signed client for the real aiohttp application. No network."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import hashlib
import hmac
import json
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlencode

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from slack_sdk.signature import SignatureVerifier

from adapters.server import build_web_app
from bot.settings import Settings
from tests.conftest import make_service

FIXTURES = Path(__file__).parent / "fixtures" / "slack"
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
BOT_USER = "U0BOT"


@contextlib.contextmanager
def served_in_a_thread(app: web.Application) -> Iterator[int]:
    """Serve `app` on a free loopback port from a thread of its own while the block runs (for CLI commands,
    which run their own event loop); yields the port."""
    ready, holder = threading.Event(), {}

    def serve():
        loop = asyncio.new_event_loop()
        runner = web.AppRunner(app)
        loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0)
        loop.run_until_complete(site.start())
        holder["port"], holder["loop"] = site._server.sockets[0].getsockname()[1], loop
        ready.set()
        loop.run_forever()
        loop.run_until_complete(runner.cleanup())

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    ready.wait(10)
    try:
        yield holder["port"]
    finally:
        holder["loop"].call_soon_threadsafe(holder["loop"].stop)
        thread.join(5)


def fixture(name: str):
    text = (FIXTURES / name).read_text()
    return json.loads(text) if name.endswith(".json") else text.strip()


class MockSlackAPI:
    """Answers the Web API methods the bot calls and records each call's parameters."""

    def __init__(self):
        self.calls: list[tuple[str, dict]] = []
        self.not_member: set[str] = set()  # channels the bot cannot post in (answered channel_not_found)
        self.display_name = "Steve Test"
        self._ts = 0
        self.app = web.Application()
        self.app.router.add_route("*", "/api/{method}", self._handle)
        self.app.router.add_post("/response/{hook}", self._response_url)

    async def _response_url(self, request: web.Request) -> web.Response:
        """A post to a request's response_url (Slack answers it with plain "ok")."""
        self.calls.append(("response_url", await request.json()))
        return web.Response(text="ok")

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = dict(request.query)
        raw = await request.text()
        if request.content_type == "application/json" and raw:
            params.update(json.loads(raw))
        elif raw:
            params.update({k: v[0] for k, v in parse_qs(raw).items()})
        self.calls.append((method, params))
        self._ts += 1
        ts = f"1700000000.{self._ts:06d}"
        if method.startswith("chat.") and params.get("channel") in self.not_member:
            return web.json_response({"ok": False, "error": "channel_not_found"})
        answers = {
            "auth.test": {"team_id": "T0001", "user_id": BOT_USER, "bot_id": "B0BOT", "team": "Example"},
            "chat.postMessage": {"channel": params.get("channel"), "ts": ts, "message": {"ts": ts}},
            "chat.update": {"channel": params.get("channel"), "ts": params.get("ts")},
            "chat.postEphemeral": {"message_ts": ts},
            "conversations.open": {"channel": {"id": "D0DM00001"}},
            "users.info": {"user": {"id": params.get("user"), "profile": {"display_name": self.display_name}}},
        }
        return web.json_response({"ok": True, **answers.get(method, {})})

    def sent(self, *methods: str) -> list[tuple[str, dict]]:
        return [(m, p) for m, p in self.calls if m in methods]


class SlackHarness:
    """The real application on a loopback port, Slack's side played by MockSlackAPI."""

    def __init__(self, answerer, quizzes, tracking, **settings):
        """`settings`: further Settings fields (an adviser channel...)."""
        self.answerer, self.quizzes, self.tracking = answerer, quizzes, tracking
        self.mock = MockSlackAPI()
        self.settings = settings

    async def __aenter__(self):
        self._mock_server = TestServer(self.mock.app, host="127.0.0.1")
        await self._mock_server.start_server()
        settings = Settings(
            data_dir=self.tracking.root,
            content_dir=Path("."),
            slack_bot_token="xoxb-test-token",
            slack_signing_secret=SECRET,
            slack_api_url=str(self._mock_server.make_url("/api/")),
            **self.settings,
        )
        service = make_service(settings, self.answerer, self.quizzes, self.tracking)
        self.service = service
        self.client = TestClient(TestServer(build_web_app(service), host="127.0.0.1"))
        await self.client.start_server()
        return self

    async def __aexit__(self, *exc):
        await self.client.close()
        await self._mock_server.close()

    async def post(self, body: str | bytes, content_type: str, sign: bool = True, timestamp: int | None = None,
                   headers: dict | None = None):  # fmt: skip
        raw = body.encode() if isinstance(body, str) else body
        stamp = str(timestamp if timestamp is not None else int(time.time()))
        sent = {"Content-Type": content_type, "X-Slack-Request-Timestamp": stamp, **(headers or {})}
        if sign:
            try:
                sent["X-Slack-Signature"] = SignatureVerifier(SECRET).generate_signature(timestamp=stamp, body=raw)
            except UnicodeDecodeError:  # slack_sdk signs text only; sign the raw bytes as Slack would
                digest = hmac.new(SECRET.encode(), b"v0:" + stamp.encode() + b":" + raw, hashlib.sha256)
                sent["X-Slack-Signature"] = "v0=" + digest.hexdigest()
        response = await self.client.post("/slack/events", data=raw, headers=sent)
        return response.status, await response.text()

    async def event(self, payload: dict, **kwargs):
        return await self.post(json.dumps(payload), "application/json", **kwargs)

    def fresh(self) -> dict:
        """What Slack makes anew for each request: a trigger id, and a response_url (here, the mock's)."""
        hook = uuid.uuid4().hex
        return {"trigger_id": f"1.2.{hook}", "response_url": str(self._mock_server.make_url(f"/response/{hook}"))}

    async def command(self, text: str, user: str = "U2147483697", channel: str = "C2147483705"):
        form = parse_qs(fixture("slash_command.txt"))
        form = {k: v[0] for k, v in form.items()} | {"text": text, "user_id": user, "channel_id": channel}
        return await self.post(urlencode(form | self.fresh()), "application/x-www-form-urlencoded")

    async def click(self, value: str, message_ts: str = "1548261231.000200", channel: str = "D0DM00001",
                    action_id: str = "choice_0", user: str = "U2147483697", text: str = "question text"):  # fmt: skip
        payload = copy.deepcopy(fixture("block_actions.json")) | self.fresh()
        payload["actions"][0].update(value=value, action_id=action_id)
        payload["user"]["id"] = user
        payload["channel"]["id"] = payload["container"]["channel_id"] = channel
        payload["message"].update(ts=message_ts, text=text)
        payload["container"]["message_ts"] = message_ts
        return await self.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")

    async def wait_for(self, count: int, *methods: str, timeout: float = 10.0) -> list[tuple[str, dict]]:
        """Bolt runs listeners after the acknowledgement: wait until `count` such calls arrived."""
        deadline = time.monotonic() + timeout
        while len(self.mock.sent(*methods)) < count and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        return self.mock.sent(*methods)
