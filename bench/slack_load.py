"""Acknowledgement latency and peak memory of the server under signed Slack traffic at rising rates.

    python bench/slack_load.py [--rates 50 100 200 300] [--seconds 5]

Starts `safeguard-bot serve` on a free loopback port with Slack on, its Web API pointed at a
mock in this process, then sends, open-loop at each rate, signed app_mention events (each a
different question and event id) and `/safeguard ask` slash commands, alternately. Prints the
p50 and p99 time to acknowledge, the longest event-loop stall the server saw (its /healthz
`loop_stall_ms`: over the last 10 s when the burst ends, and over the minute once its answers have
drained), and the server's peak resident memory (VmHWM). Traffic goes to 127.0.0.1 only, is
bounded in count and time, and stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
import yaml
from aiohttp import web
from slack_sdk.signature import SignatureVerifier

HERE = Path(__file__).resolve().parent
SECRET = "bench-signing-secret"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


POSTED: dict[str, int] = {}


async def mock_slack_api(port: int) -> web.AppRunner:
    async def answer(request: web.Request) -> web.Response:
        await request.read()
        method = request.match_info["method"]
        POSTED[method] = POSTED.get(method, 0) + 1
        extra = {"auth.test": {"user_id": "U0BOT", "bot_id": "B0BOT", "team_id": "T0001"},
                 "conversations.open": {"channel": {"id": "D0DM"}},
                 "users.info": {"user": {"profile": {"display_name": "Bench"}}}}.get(method, {"ts": "1.1"})  # fmt: skip
        return web.json_response({"ok": True, **extra})

    app = web.Application()
    app.router.add_route("*", "/api/{method}", answer)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner


def signed(body: str, content_type: str) -> tuple[bytes, dict]:
    stamp = str(int(time.time()))
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=stamp, body=body)
    headers = {"Content-Type": content_type, "X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": signature}
    return body.encode(), headers


RESPONSE_URL = ""  # the mock's, where slash commands' answers go (set in main)


def request_body(n: int, question: str) -> tuple[bytes, dict]:
    if n % 2:
        form = {"command": "/safeguard", "text": f"ask {question}", "user_id": f"U{n % 50}",
                "channel_id": "C1", "team_id": "T0001", "response_url": RESPONSE_URL}  # fmt: skip
        return signed(urlencode(form), "application/x-www-form-urlencoded")
    event = {"type": "event_callback", "team_id": "T0001", "event_id": f"Ev{n:09d}",
             "event": {"type": "app_mention", "user": f"U{n % 50}", "text": f"<@U0BOT> {question}",
                       "ts": f"{n}.000100", "channel": "C1"}}  # fmt: skip
    return signed(json.dumps(event), "application/json")


async def run_rate(session, url: str, rate: int, seconds: float, questions: list[str], offset: int):
    latencies: list[float] = []
    statuses: list[int] = []

    async def one(n: int):
        body, headers = request_body(n, questions[n % len(questions)])
        started = time.perf_counter()
        async with session.post(url, data=body, headers=headers) as response:
            await response.read()
            statuses.append(response.status)
        latencies.append((time.perf_counter() - started) * 1000)

    tasks = []
    total = int(rate * seconds)
    begin = time.perf_counter()
    for i in range(total):
        delay = begin + i / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(offset + i)))
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - begin
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    ok = sum(s == 200 for s in statuses)
    return statistics.median(latencies), p99, ok, total, total / elapsed


async def drained(quiet: float = 1.0, limit: float = 30.0) -> None:
    """Wait until the server has posted nothing to the mock for `quiet` seconds (at most `limit`)."""
    waited, last = 0.0, -1
    while waited < limit:
        posted = sum(POSTED.values())
        if posted == last:
            return
        last = posted
        await asyncio.sleep(quiet)
        waited += quiet


def peak_memory_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rates", type=int, nargs="+", default=[50, 100, 200, 300])
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    questions = [c["q"] for c in yaml.safe_load((HERE / "qa_bench.yaml").read_text())["cases"]]
    api_port, port = free_port(), free_port()
    global RESPONSE_URL
    RESPONSE_URL = f"http://127.0.0.1:{api_port}/api/response_url"
    mock = await mock_slack_api(api_port)
    data = tempfile.mkdtemp(prefix="sgload-")
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": SECRET,
           "SLACK_API_URL": f"http://127.0.0.1:{api_port}/api/", "DATA_DIR": data}  # fmt: skip
    server = subprocess.Popen([sys.executable, "-m", "cli", "serve", "--port", str(port)], env=env,
                              stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
            for _ in range(150):
                try:
                    async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                        if response.status == 200:
                            break
                except aiohttp.ClientError:
                    await asyncio.sleep(0.2)
            print(f"server pid {server.pid}; start-up memory {peak_memory_mb(server.pid):.0f} MB peak RSS")
            offset = 0
            for rate in args.rates:
                p50, p99, ok, total, achieved = await run_rate(
                    session, f"http://127.0.0.1:{port}/slack/events", rate, args.seconds, questions, offset
                )
                offset += total
                async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                    during = (await response.json())["loop_stall_ms"]["10s"]
                await drained()  # the background answers, before the next rate
                async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                    after = (await response.json())["loop_stall_ms"]["60s"]
                print(
                    f"{rate:>4} req/s (achieved {achieved:.0f}): ack p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
                    f"{ok}/{total} acknowledged 200; longest loop stall {during:.0f} ms during the burst, "
                    f"{after:.0f} ms in the last minute; peak RSS so far {peak_memory_mb(server.pid):.0f} MB"
                )
        answers = sum(POSTED.get(m, 0) for m in ("chat.postMessage", "chat.postEphemeral", "response_url"))
        print(f"answers the server posted back to the mock Slack API: {answers} for {offset} requests")
    finally:
        server.terminate()
        server.wait(timeout=15)
        await mock.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
