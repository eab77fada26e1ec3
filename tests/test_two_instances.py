"""Two `serve` processes on one PostgreSQL database (DATABASE_URL), as behind a load balancer, Slack played
by a mock on a loopback port: each event answered once, each quiz answer stored once, each nudge sent once."""

import asyncio
import copy
import json
import os
import socket
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

import aiohttp
from aiohttp.test_utils import TestServer
from slack_sdk.signature import SignatureVerifier

from bot.actions import AnswerQuestion, encode
from bot.nudges import Schedule
from bot.storage.postgres_store import PostgresStore
from tests.slack_harness import SECRET, MockSlackAPI, fixture

QUIZ = "was-not-brought"


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _env(database_url: str, api_url: str, data_dir: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "Microsoft"))}
    return env | {"DATABASE_URL": database_url, "SLACK_BOT_TOKEN": "xoxb-test-token", "SLACK_SIGNING_SECRET": SECRET,
                  "SLACK_API_URL": api_url, "DATA_DIR": data_dir}  # fmt: skip


async def _serve(env: dict) -> tuple[asyncio.subprocess.Process, str]:
    port = _port()
    process = await asyncio.create_subprocess_exec(sys.executable, "-m", "cli", "serve", "--port", str(port), env=env,
                                                   stderr=asyncio.subprocess.DEVNULL)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    async with aiohttp.ClientSession() as session:
        while True:
            try:
                async with session.get(f"{base}/healthz") as response:
                    if response.status == 200:
                        return process, base
            except aiohttp.ClientError:
                pass
            if time.monotonic() > deadline or process.returncode is not None:
                process.kill()
                raise AssertionError("server did not start")
            await asyncio.sleep(0.2)


async def _post(session, base: str, body: str, content_type: str, retry: int = 0) -> int:
    stamp = str(int(time.time()))
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=stamp, body=body)
    headers = {"Content-Type": content_type, "X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": signature}
    if retry:
        headers |= {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
    async with session.post(f"{base}/slack/events", data=body.encode(), headers=headers) as response:
        return response.status


def _click(value: str, trigger: str, response_url: str) -> str:
    payload = copy.deepcopy(fixture("block_actions.json")) | {"trigger_id": trigger, "response_url": response_url}
    payload["actions"][0].update(value=value, action_id="choice_0")
    return urlencode({"payload": json.dumps(payload)})


async def _wait(mock: MockSlackAPI, predicate, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate() and time.monotonic() < deadline:
        await asyncio.sleep(0.05)


def test_two_instances_on_one_database_answer_each_event_once_store_each_answer_once_send_each_nudge_once(
    postgres_url, tmp_path, shipped_quizzes
):
    store = PostgresStore(postgres_url, pool_size=2)
    learner = "slack:" + fixture("block_actions.json")["user"]["id"]
    attempt = store.start_attempt(QUIZ, learner, datetime.now(UTC))
    questions = [q.id for q in shipped_quizzes[QUIZ].questions][:3]
    now = datetime.now(UTC)
    local = now - timedelta(minutes=1)  # the schedule's slot, a minute ago (in UTC)
    store.save_schedule(Schedule("s-two", "slack", "C0NUDGE", local.weekday(), f"{local:%H:%M}", "UTC",
                                 created_at=(now - timedelta(days=8)).isoformat()))  # fmt: skip

    async def scenario():
        mock = MockSlackAPI()
        mock_server = TestServer(mock.app, host="127.0.0.1")
        await mock_server.start_server()
        env = _env(postgres_url, str(mock_server.make_url("/api/")), str(tmp_path / "unused"))
        (first, a), (second, b) = await asyncio.gather(_serve(env), _serve(env))
        try:
            async with aiohttp.ClientSession() as session:
                mention = fixture("app_mention.json") | {"event_id": f"Ev{uuid.uuid4().hex[:10]}"}
                body = json.dumps(mention)
                statuses = await asyncio.gather(
                    _post(session, a, body, "application/json"), _post(session, b, body, "application/json"),
                    _post(session, a, body, "application/json", retry=1),
                    _post(session, b, body, "application/json", retry=2),
                )  # fmt: skip
                hook = str(mock_server.make_url("/response/h"))
                clicks = []
                for n, question in enumerate(questions):
                    value = encode(AnswerQuestion(attempt.id, question, 0))
                    same = _click(value, f"1.2.same{n}", hook)  # one click delivered to both instances
                    again = _click(value, f"1.2.again{n}", hook)  # a double click: a new trigger id
                    clicks += [_post(session, a, same, "application/x-www-form-urlencoded"),
                               _post(session, b, same, "application/x-www-form-urlencoded"),
                               _post(session, b, again, "application/x-www-form-urlencoded")]  # fmt: skip
                statuses += await asyncio.gather(*clicks)
            command = (sys.executable, "-m", "cli", "nudges", "run-due")
            runs = [await asyncio.create_subprocess_exec(*command, env=env, stdout=asyncio.subprocess.DEVNULL)
                    for _ in range(2)]  # fmt: skip
            codes = [await run.wait() for run in runs]
            await _wait(mock, lambda: len(mock.sent("chat.postMessage", "chat.postEphemeral", "response_url")) >= 2)
            await asyncio.sleep(1.0)  # time for any duplicate to arrive
            return statuses, codes, mock
        finally:
            for process in (first, second):
                process.terminate()
                await process.wait()
            await mock_server.close()

    statuses, codes, mock = asyncio.run(scenario())
    assert set(statuses) == {200} and codes == [0, 0]
    answers_to_mention = [p for m, p in mock.sent("chat.postMessage") if p.get("channel") == "C0LAN2Q65"]
    assert len(answers_to_mention) == 1  # one event, two instances, two retries: one answer
    nudges = [p for m, p in mock.sent("chat.postMessage") if p.get("channel") == "C0NUDGE"]
    assert len(nudges) == 1 and [d["status"] for d in store.deliveries()] == ["sent"]
    stored = store.attempt(attempt.id)
    assert sorted(a.question for a in stored.answers) == sorted(questions)  # each once, whichever instance took it
    store.close()
