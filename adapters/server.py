"""One aiohttp application serving every door on one port: Slack, Teams and the web pages."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import re
import time
from collections import deque
from datetime import UTC, datetime
from pathlib import Path

import uvloop
from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

from adapters.nudge_senders import pooled, senders_for
from adapters.slack_door import SlackDoor
from adapters.teams_door import TeamsDoor
from adapters.web import WebDoor
from bot.service import Service
from bot.storage import StoreDamaged
from content.loader import InvalidContent, load_content
from quizzes.loader import load_quizzes

logger = logging.getLogger(__name__)
NUDGE_CHECK_SECONDS = 60  # how often the scheduler looks for nudges that are due
CONTENT_CHECK_SECONDS = 5  # how often the server looks for imported or edited content
MAX_BODY = 1024 * 1024  # Slack payloads are far smaller; anything bigger is refused with 413
SLACK_DOOR = web.AppKey("slack_door", SlackDoor)
TEAMS_DOOR = web.AppKey("teams_door", TeamsDoor)


SECURITY_HEADERS = {
    # pygal's SVG charts carry their own <style>; no script runs but our own files.
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


# A ticket page's token is the key to someone's question and its answer: logged as /tickets/…
_TICKET_PAGE = re.compile(r"^/tickets/[^/]+")


class PathOnlyAccessLog(AbstractAccessLogger):
    """The access log (with -v) without query strings or ticket page tokens: a library search, which may hold
    case details, a sign-in link's token and a ticket's key never reach a log."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        path = _TICKET_PAGE.sub("/tickets/…", request.path)
        self.logger.info('%s "%s %s" %s %s %.3fs', request.remote, request.method, path, response.status,
                         response.body_length, time)  # fmt: skip


class _NoRequestText(logging.Filter):
    """aiohttp logs a request it cannot parse (a request line over its limit, say) with the start of the line:
    a library search's words. Keep the event, drop the text."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info:
            record.msg, record.args = f"unreadable request ({record.exc_info[0].__name__}); not logged", ()
            record.exc_info = record.exc_text = None
        return True

    @property
    def enabled(self) -> bool:
        return self.logger.isEnabledFor(logging.INFO)


@web.middleware
async def security_headers(request: web.Request, handler):
    """Every response, pages and errors alike, tells the browser not to frame, sniff or run foreign code."""
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        response = exc
    response.headers.update(SECURITY_HEADERS)
    if isinstance(response, web.HTTPException):
        raise response
    return response


async def _slack_off(request: web.Request) -> web.Response:
    return web.Response(status=404, text="Slack is not configured on this server")


class LoopWatch:
    """How late the event loop wakes a timer set every 10 ms: a stall (a blocking call, a burst of work) shows
    as lateness. Keeps the longest per second for the last minute, for /healthz, and logs one over 250 ms."""

    TICK, WARN_OVER, SECONDS = 0.01, 0.25, 60

    def __init__(self):
        self._per_second: deque[tuple[int, float]] = deque(maxlen=self.SECONDS)

    def longest(self, seconds: int = SECONDS) -> float:
        """The longest lateness (s) seen in the last `seconds` (at most a minute); 0.0 before any."""
        now = int(time.monotonic())
        return max((late for second, late in self._per_second if now - second < seconds), default=0.0)

    async def run(self) -> None:
        while True:
            asked = time.monotonic()
            await asyncio.sleep(self.TICK)
            late = time.monotonic() - asked - self.TICK
            second = int(time.monotonic())
            if self._per_second and self._per_second[-1][0] == second:
                late = max(late, self._per_second.pop()[1])
            self._per_second.append((second, late))
            if late > self.WARN_OVER:
                logger.warning("the event loop stalled for %.0f ms", late * 1000)


def build_web_app(service: Service) -> web.Application:
    settings = service.settings
    app = web.Application(client_max_size=MAX_BODY, middlewares=[security_headers])
    watch = LoopWatch()

    async def healthz(request: web.Request) -> web.Response:
        try:
            await asyncio.to_thread(service.tracking.check)
        except StoreDamaged as exc:
            return web.json_response({"status": "damaged", "error": str(exc)}, status=503)
        return web.json_response(
            {
                "status": "ok",
                "items": len(service.store.items),
                "quizzes": len(service.engine.quizzes),
                "slack": "on" if settings.slack_enabled else "off",
                # the longest event-loop stall, in ms, in the last 10 s and the last minute (LoopWatch)
                "loop_stall_ms": {"10s": round(watch.longest(10) * 1000, 1), "60s": round(watch.longest() * 1000, 1)},
            }
        )

    app.router.add_get("/healthz", healthz)
    WebDoor(service).routes(app)
    if settings.slack_enabled:
        door = SlackDoor(service.conversation, service.tracking, settings)
        app[SLACK_DOOR] = door
        app.router.add_post("/slack/events", door.handle)
        if settings.slack_app_token:
            app.cleanup_ctx.append(_socket_mode(door, settings.slack_app_token))
        logger.warning("Slack is on (%s)", "Socket Mode" if settings.slack_app_token else "events at /slack/events")
    else:
        app.router.add_post("/slack/events", _slack_off)
        logger.warning("Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to turn it on")
    teams = TeamsDoor(service.conversation, service.tracking, settings)
    app[TEAMS_DOOR] = teams
    app.router.add_post("/api/messages", teams.handle)
    slack_client = app[SLACK_DOOR].app.client if SLACK_DOOR in app else None
    senders = senders_for(settings, service.tracking, slack_client=slack_client, adapter=teams.adapter)
    if "slack" in senders:
        app.cleanup_ctx.append(_pooled_slack(senders["slack"].client))  # opened before its users, closed after
    app.cleanup_ctx.append(_nudge_scheduler(service, senders))
    if service.desk.on:
        app.cleanup_ctx.append(_ticket_notices(service, senders))
    app.cleanup_ctx.append(_content_watcher(service))
    app.cleanup_ctx.append(_background(watch.run))
    return app


def content_fingerprint(*folders: Path) -> tuple:
    """What changes when any file of the folders is added, removed or edited: (path, size, mtime) of each."""
    return tuple(sorted((str(p), p.stat().st_size, p.stat().st_mtime_ns) for f in folders if f.is_dir()
                        for p in f.rglob("*") if p.is_file()))  # fmt: skip


def _content_watcher(service: Service):
    """Put imported or edited content in use without a restart: checked first, so broken content keeps
    the content in use live and says what is wrong, file:line."""

    def load(folder: Path):
        store = load_content(folder)
        service.reload(store, load_quizzes(service.settings.quiz_dir, store))
        return store

    async def watch_forever():
        settings = service.settings
        seen = await asyncio.to_thread(content_fingerprint, settings.live_content_dir, settings.quiz_dir)
        while True:
            await asyncio.sleep(CONTENT_CHECK_SECONDS)
            folder = settings.live_content_dir
            now = await asyncio.to_thread(content_fingerprint, folder, settings.quiz_dir)
            if now == seen:
                continue
            seen = now
            try:
                store = await asyncio.to_thread(load, folder)
            except InvalidContent as exc:
                for error in exc.errors:
                    logger.warning("content not reloaded: %s", error)
                logger.warning("the content in use stays live until %s passes its checks", folder)
                continue
            except Exception:
                logger.exception("content could not be reloaded; the content in use stays live")
                continue
            logger.warning("content reloaded from %s: %d items, %d documents", folder, len(store.items),
                           len(store.documents))  # fmt: skip

    return _background(watch_forever)


def _pooled_slack(client):
    """The Slack client's calls (replies and nudges) share one connection pool while the server runs."""

    async def context(app: web.Application):
        async with pooled(client):
            yield

    return context


def _nudge_scheduler(service: Service, senders: dict):
    """Deliver nudges as they fall due, and purge what is past its retention once a day (whichever instance
    comes first), for as long as the server runs."""

    async def run_forever():
        for claim in await asyncio.to_thread(service.nudger.interrupted):
            logger.warning("nudge %s for %s was interrupted mid-send and will not be repeated",
                           claim["schedule"], claim["period"])  # fmt: skip
        while True:
            try:
                now = datetime.now(UTC)
                await service.nudger.run_due(now, senders)
                await service.reviews.run_due(now, senders)
                await service.reminders.run_due(now, senders)
            except Exception:
                logger.exception("nudge run failed; trying again at the next check")
            try:
                await service.purger.run_due(now)
            except Exception:  # the day is claimed: tomorrow's purge removes what this one did not
                logger.exception("the daily purge failed")
            await asyncio.sleep(NUDGE_CHECK_SECONDS)

    return _background(run_forever)


def _ticket_notices(service: Service, senders: dict):
    """Send ticket notices (a new ticket to the advisers, a claim or an answer to the asker) as soon as a ticket
    changes, and every minute for re-posting unclaimed ones."""

    async def run_forever():
        changed = asyncio.Event()
        loop = asyncio.get_running_loop()
        # Tickets change on the core's worker thread: wake this task from there.
        service.desk.changed = lambda: loop.call_soon_threadsafe(changed.set)
        while True:
            changed.clear()
            try:
                await service.desk.run_due(datetime.now(UTC), senders)
            except Exception:
                logger.exception("ticket notices failed; trying again at the next change or minute")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), NUDGE_CHECK_SECONDS)

    return _background(run_forever)


def _background(run_forever):
    """A cleanup context that runs `run_forever()` as a task while the server runs, and stops it after."""

    async def context(app: web.Application):
        task = asyncio.create_task(run_forever())
        yield
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    return context


def _socket_mode(door: SlackDoor, app_token: str):
    """Connect to Slack over a websocket, for workspaces that cannot expose a public URL."""
    from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler

    async def context(app: web.Application):
        handler = AsyncSocketModeHandler(door.app, app_token)
        await handler.connect_async()
        yield
        await handler.close_async()

    return context


def serve(service: Service) -> None:
    """Listen on settings.host and settings.port; run until SIGTERM or SIGINT, then close connections and
    finish cleanly. An address that cannot be listened on (port in use, host not on this machine) raises OSError."""
    for needs in service.store.partnership.unset:  # said once, by the server, not by every command
        logger.warning("the emergency route still needs %s: set it in partnership.yaml before going live", needs)
    platform = service.settings.adviser_channel.partition(":")[0]
    if (platform == "slack" and not service.settings.slack_enabled) or (
        platform == "msteams" and not service.settings.microsoft_app_id
    ):  # tickets would be stored but never reach an adviser
        logger.warning("ADVISER_CHANNEL is a %s channel, but %s is not set up here: tickets will wait on "
                       "/dashboard/tickets and 'tickets' in chat", platform, platform)  # fmt: skip
    logging.getLogger("aiohttp.server").addFilter(_NoRequestText())
    host, port = service.settings.host, service.settings.port
    where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    local = host in ("127.0.0.1", "::1", "localhost", "0.0.0.0", "::")
    url = f"http://localhost:{port}/" if local else f"http://{where}/"

    def listening(_banner: str) -> None:  # aiohttp calls this once the socket is bound
        logger.warning("safeguard-bot is listening on %s: open %s to ask it a question", where, url)

    app = build_web_app(service)
    # The content, the search indexes and the models live as long as the server: out of the collector's sight,
    # so a full collection (tens of ms over millions of objects) does not stall the event loop mid-request.
    gc.freeze()
    # uvloop: its event loop and transports are compiled (libuv), so each request, a nudge run's thousands of posts
    # among them, costs the loop 5-10% less CPU than asyncio's own
    web.run_app(app, host=host, port=port, print=listening, handle_signals=True, access_log_class=PathOnlyAccessLog,
                loop=uvloop.new_event_loop())  # fmt: skip
