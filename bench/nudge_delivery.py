"""One weekly nudge run to N Slack channels against a mock Web API that enforces Slack's limit of one message
per second per channel, answering 429 with Retry-After when it is exceeded.

    python -m bench.nudge_delivery [--channels 1000 5000] [--engine tinydb postgres] [--rounds 3]

For each engine and channel count, a fresh store with one schedule per channel, then `run_due` as the
server runs it (on uvloop; content loaded, then gc.freeze(); one pooled HTTP session), timed, `--rounds` times.
Prints per run how many were delivered, duplicated and lost, the 429s met, and a second run's sends (must
be 0); then a table of medians: wall time, its ratio to the ideal (one message per channel, so under the
per-channel limit alone every channel could be served in the first second), the longest event-loop
stall during the run (a heartbeat task that asks to wake every 10 ms: how late it woke), and the run's CPU time
(the event loop and its worker threads together: on two cores, what the run takes from everything else).
The mock runs in its own process, as Slack would, so its work does not count as the bot's stall.
PostgreSQL is a throwaway cluster on a loopback port (tests/postgres_cluster.py), fsync on.
Traffic stays on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import multiprocessing
import statistics
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

import aiohttp
import uvloop
from aiohttp import web
from slack_sdk.web.async_client import AsyncWebClient

from adapters.nudge_senders import SlackSender, pooled
from bot.nudges import Nudger, make_schedule
from bot.storage import TinyStore
from content.loader import load_content
from quizzes.loader import SHIPPED_QUIZZES, load_quizzes


class LimitedSlack:
    """chat.postMessage with a one-per-second-per-channel limit; GET /stats reports what it took."""

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

    async def stats(self, request: web.Request) -> web.Response:
        return web.json_response({"posts": self.posts, "limited": self.limited})

    async def reset(self, request: web.Request) -> web.Response:
        self.__init__()
        return web.json_response({"ok": True})


def serve_mock(ports) -> None:
    """The mock Slack API in this (child) process, on a free loopback port sent back through `ports`."""

    async def run():
        slack = LimitedSlack()
        app = web.Application()
        app.router.add_post("/api/chat.postMessage", slack.post)
        app.router.add_get("/stats", slack.stats)
        app.router.add_post("/reset", slack.reset)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        ports.put(site._server.sockets[0].getsockname()[1])
        await asyncio.Event().wait()

    asyncio.run(run())


def fresh_store(engine: str, cluster):
    if engine == "postgres":
        from bot.storage.postgres_store import PostgresStore

        return PostgresStore(cluster.database())
    return TinyStore(tempfile.mkdtemp(prefix="sgnudge-"))


async def one_run(engine: str, channels: int, port: int, content, quizzes, cluster) -> dict:
    base = f"http://127.0.0.1:{port}"
    async with aiohttp.ClientSession() as http:
        await http.post(f"{base}/reset")
    store = fresh_store(engine, cluster)
    nudger = Nudger(store, content, quizzes)
    names = [f"C{n:05d}" for n in range(channels)]
    for channel in names:
        store.save_schedule(make_schedule("slack", channel, "mon", "09:00", [], "Europe/London", "cli", content.topics,
                                          now=datetime(2026, 11, 1, tzinfo=UTC)))  # fmt: skip
    sender = SlackSender(AsyncWebClient(token="xoxb-bench", base_url=f"{base}/api/"))
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC) + timedelta(minutes=1)
    gc.collect()
    gc.freeze()  # as `serve` does once the content is loaded
    stalls: list[float] = []

    async def heartbeat():
        while True:
            asked = time.perf_counter()
            await asyncio.sleep(0.01)
            stalls.append(time.perf_counter() - asked - 0.01)

    async with pooled(sender.client):  # as the server and `nudges run-due` do: one connection pool
        beating = asyncio.create_task(heartbeat())
        started, cpu_started = time.perf_counter(), time.process_time()
        counts = await nudger.run_due(now, {"slack": sender})
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        beating.cancel()
        again = await nudger.run_due(now, {"slack": sender})  # a second run must send nothing
    gc.unfreeze()
    if engine == "postgres":
        store.close()
    async with aiohttp.ClientSession() as http, http.get(f"{base}/stats") as response:
        seen = await response.json()
    posts = Counter(seen["posts"])
    result = {
        "delivered": sum(posts.values()),
        "duplicates": sum(n - 1 for n in posts.values() if n > 1),
        "lost": sum(1 for c in names if posts[c] == 0),
        "limited": seen["limited"],
        "again": again["sent"],
        "outcomes": counts,
        "wall": wall,
        "cpu": cpu,
        "stall": max(stalls) * 1000,
        "top": sorted((round(s * 1000, 1) for s in stalls), reverse=True)[:5],
    }
    print(f"{engine} {channels}: delivered {result['delivered']}, duplicates {result['duplicates']}, lost "
          f"{result['lost']}, 429s {result['limited']}, second run sent {result['again']}; "
          f"{wall:.2f} s ({cpu:.2f} s CPU), "
          f"longest stalls {result['top']} ms", flush=True)  # fmt: skip
    return result


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--channels", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--engine", nargs="+", choices=("tinydb", "postgres"), default=["tinydb", "postgres"])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    ports = multiprocessing.get_context("spawn").Queue()
    mock = multiprocessing.get_context("spawn").Process(target=serve_mock, args=(ports,), daemon=True)
    mock.start()
    port = ports.get(timeout=60)
    cluster = None
    if "postgres" in args.engine:
        from tests.postgres_cluster import Cluster

        cluster = Cluster(durable=True).start()
    content = load_content()
    quizzes = load_quizzes(SHIPPED_QUIZZES, content)
    rows = []
    try:
        for engine in args.engine:
            for channels in args.channels:
                runs = [await one_run(engine, channels, port, content, quizzes, cluster) for _ in range(args.rounds)]
                wall = statistics.median(r["wall"] for r in runs)
                stall = statistics.median(r["stall"] for r in runs)
                cpu = statistics.median(r["cpu"] for r in runs)
                faults = sum(r["duplicates"] + r["lost"] + r["again"] for r in runs)
                rows.append(
                    f"| {engine} | {channels:,} | {wall:.2f} s | {wall:.1f}x | {stall:.1f} ms | {cpu:.2f} s "
                    f"| {faults} |"
                )
    finally:
        if cluster:
            cluster.stop()
        mock.terminate()
    print("\n| engine | channels | wall (median) | ratio to the 1 s ideal | longest stall (median) | "
          "CPU (median) | duplicates + lost + resent |\n|---|---|---|---|---|---|---|")  # fmt: skip
    print("\n".join(rows))


if __name__ == "__main__":
    uvloop.run(main())  # the event loop `serve` and `nudges run-due` run
