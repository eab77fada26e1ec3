"""One weekly nudge run to 1,000 Slack channels against a mock Web API that enforces Slack's
limit of one message per second per channel, answering 429 with Retry-After when it is exceeded.

    python bench/nudge_delivery.py [--channels 1000]

Prints how many were delivered, duplicated and lost, the 429s met, the wall time, and how
that compares with the ideal: one message per channel, so under the per-channel limit alone
every channel could be served in the first second; and the longest event-loop stall during the
run (a heartbeat task that asks to wake every 10 ms: how late it woke). Traffic stays on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

from aiohttp import web
from slack_sdk.web.async_client import AsyncWebClient

from adapters.nudge_senders import SlackSender
from bot.nudges import Nudger, make_schedule
from bot.storage import TinyStore
from content.loader import load_content
from quizzes.loader import SHIPPED_QUIZZES, load_quizzes


class LimitedSlack:
    """chat.postMessage with a one-per-second-per-channel limit."""

    def __init__(self):
        self.posts: Counter[str] = Counter()
        self.limited = 0
        self._last: dict[str, float] = {}

    async def post(self, request: web.Request) -> web.Response:
        channel = (await request.json())["channel"]
        now = time.monotonic()
        if now - self._last.get(channel, -10.0) < 1.0:
            self.limited += 1
            return web.json_response({"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": "1"})
        self._last[channel] = now
        self.posts[channel] += 1
        return web.json_response({"ok": True, "channel": channel, "ts": f"{now:.6f}"})


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--channels", type=int, default=1000)
    args = parser.parse_args()
    slack = LimitedSlack()
    app = web.Application()
    app.router.add_post("/api/chat.postMessage", slack.post)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]

    content = load_content()
    store = TinyStore(tempfile.mkdtemp(prefix="sgnudge-"))
    nudger = Nudger(store, content, load_quizzes(SHIPPED_QUIZZES, content))
    channels = [f"C{n:05d}" for n in range(args.channels)]
    for channel in channels:
        store.save_schedule(make_schedule("slack", channel, "mon", "09:00", [], "Europe/London", "cli", content.topics))
    sender = SlackSender(AsyncWebClient(token="xoxb-bench", base_url=f"http://127.0.0.1:{port}/api/"))
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC) + timedelta(minutes=1)

    stalls: list[float] = []

    async def heartbeat():
        while True:
            asked = time.perf_counter()
            await asyncio.sleep(0.01)
            stalls.append(time.perf_counter() - asked - 0.01)

    beating = asyncio.create_task(heartbeat())
    started = time.perf_counter()
    counts = await nudger.run_due(now, {"slack": sender})
    wall = time.perf_counter() - started
    beating.cancel()
    again = await nudger.run_due(now, {"slack": sender})  # a second run must send nothing
    await runner.cleanup()

    duplicates = sum(n - 1 for n in slack.posts.values() if n > 1)
    lost = sum(1 for c in channels if slack.posts[c] == 0)
    print(f"channels {args.channels}: delivered {sum(slack.posts.values())}, duplicates {duplicates}, lost {lost}, "
          f"429s {slack.limited}; second run sent {again['sent']}")  # fmt: skip
    print(f"wall time {wall:.2f} s ({wall / args.channels * 1000:.1f} ms a channel, claim, send and record each);"
          f" ideal under the per-channel limit alone: 1 s; ratio {wall:.1f}x")  # fmt: skip
    print(f"outcomes: {counts}; longest event-loop stall {max(stalls) * 1000:.1f} ms")


if __name__ == "__main__":
    asyncio.run(main())
