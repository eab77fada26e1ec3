import asyncio
import signal
import subprocess
import urllib.request

import pytest

from bot.settings import BadSettings, Settings
from tests.conftest import start_server


def test_server_starts_without_slack_serves_healthz_and_stops_on_sigterm(tmp_path):
    server, base, health = start_server(tmp_path / "data", stderr=subprocess.PIPE)
    try:
        assert health == {"status": "ok", "items": health["items"], "quizzes": health["quizzes"], "slack": "off",
                          "loop_stall_ms": health["loop_stall_ms"]}  # fmt: skip
        assert set(health["loop_stall_ms"]) == {"10s", "60s"}
        assert health["items"] > 500 and health["quizzes"] >= 8
        request = urllib.request.Request(f"{base}/slack/events", data=b"{}", method="POST")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=2)
        assert refused.value.code == 404
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=15) == 0
    finally:
        if server.poll() is None:
            server.kill()
    log = server.stderr.read()
    assert "Slack is off" in log
    assert log.count("the emergency route still needs the NSPCC helpline number") == 1  # the server says it, once


def test_settings_slack_from_the_environment():
    settings = Settings.from_env(
        {
            "SLACK_BOT_TOKEN": "xoxb-1",
            "SLACK_SIGNING_SECRET": "s",
            "SLACK_API_URL": "http://127.0.0.1:9/api",
            "PORT": "8080",
        }
    )
    assert settings.slack_enabled and settings.port == 8080
    assert settings.slack_api_url == "http://127.0.0.1:9/api/"
    assert not Settings.from_env({}).slack_enabled and Settings.from_env({}).port == 3978


@pytest.mark.parametrize(
    ("environ", "reason"),
    [
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, "without SLACK_SIGNING_SECRET"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xoxb-wrong"}, "xapp-"),
        ({"PORT": "http"}, "PORT must be a port number"),
    ],
)
def test_settings_bad_values_stop_start_up_with_a_reason(environ, reason):
    with pytest.raises(BadSettings, match=reason):
        Settings.from_env(environ)


def test_server_socket_mode_is_wired_when_an_app_token_is_set(answerer, shipped_quizzes, tracking):
    from adapters.server import SLACK_DOOR, build_web_app
    from tests.conftest import make_service

    settings = Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"})
    service = make_service(settings, answerer, shipped_quizzes, tracking)
    app = build_web_app(service)
    # Socket Mode connects when the app starts (not here: no network), beside the Slack connection pool, the
    # nudge scheduler and the content watcher.
    assert SLACK_DOOR in app and len(app.cleanup_ctx) == 5  # and the event-loop watch
    assert len(build_web_app(replace_settings(service, Settings.from_env({}))).cleanup_ctx) == 3


def test_server_loop_watch_reports_a_stall_and_logs_a_long_one(caplog):
    import time

    from adapters.server import LoopWatch

    async def scenario():
        watch = LoopWatch()
        task = asyncio.create_task(watch.run())
        await asyncio.sleep(0.05)
        calm = watch.longest(10)
        time.sleep(0.3)  # a blocking call on the event loop
        await asyncio.sleep(0.05)
        task.cancel()
        return calm, watch.longest(10)

    calm, stalled = asyncio.run(scenario())
    assert calm < 0.25 <= stalled < 1 and "event loop stalled" in caplog.text


def test_server_slack_calls_share_one_connection_pool_while_it_runs(answerer, shipped_quizzes, tracking):
    import aiohttp
    from aiohttp import web

    from adapters.server import SLACK_DOOR, build_web_app
    from tests.conftest import make_service

    settings = Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"})
    app = build_web_app(make_service(settings, answerer, shipped_quizzes, tracking))
    client = app[SLACK_DOOR].app.client

    async def scenario():
        assert client.session is None  # slack_sdk would open a connection per call
        runner = web.AppRunner(app)
        await runner.setup()
        session = client.session
        assert isinstance(session, aiohttp.ClientSession) and not session.closed
        await runner.cleanup()
        assert session.closed and client.session is None

    asyncio.run(scenario())


def test_server_and_nudges_run_due_run_on_uvloop(answerer, shipped_quizzes, tracking, tmp_path, monkeypatch):
    """`serve` and `nudges run-due` (and so a nudge run either way) run on uvloop's event loop."""
    import gc

    import uvloop
    from aiohttp import web

    from adapters.server import serve
    from bot.nudges import Nudger
    from cli.main import main
    from content.loader import SHIPPED_CONTENT
    from tests.conftest import make_service

    ran = {}
    monkeypatch.setattr(web, "run_app", lambda app, **options: ran.update(options))
    try:
        serve(make_service(Settings(tracking.root, SHIPPED_CONTENT), answerer, shipped_quizzes, tracking))
    finally:
        gc.unfreeze()  # serve freezes what it has loaded, for the life of the server
    assert isinstance(ran["loop"], uvloop.Loop)
    ran["loop"].close()

    loops = []
    real = Nudger.run_due

    async def run_due(self, now, senders):
        loops.append(asyncio.get_running_loop())
        return await real(self, now, senders)

    monkeypatch.setattr(Nudger, "run_due", run_due)
    assert main(["--data-dir", str(tmp_path / "d"), "nudges", "run-due"]) == 0
    assert [type(loop) for loop in loops] == [uvloop.Loop]


def replace_settings(service, settings):
    from dataclasses import replace

    return replace(service, settings=settings)


def test_settings_host_from_the_environment():
    assert Settings.from_env({}).host == "127.0.0.1"  # a fresh server is reachable from this machine only
    assert Settings.from_env({"HOST": "0.0.0.0"}).host == "0.0.0.0"
    assert Settings.from_env({"HOST": " ::1 "}).host == "::1"
    with pytest.raises(BadSettings, match="HOST must be an address to listen on"):
        Settings.from_env({"HOST": "http://example.org"})


def test_server_listens_on_the_host_given_and_says_where(tmp_path):
    import os
    import socket
    import sys
    import time

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "Microsoft")) and k != "HOST"}
    server = subprocess.Popen(
        [sys.executable, "-m", "cli", "--data-dir", str(tmp_path / "d"), "serve", "--host", "127.0.0.1",
         "--port", str(port)],
        env=env, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as response:
                    assert response.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, "server did not start"
                time.sleep(0.2)
        with socket.socket() as other:  # 127.0.0.2 is this machine too (Linux), but not the host listened on
            other.settimeout(2)
            assert other.connect_ex(("127.0.0.2", port)) != 0
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=15) == 0
    finally:
        if server.poll() is None:
            server.kill()
    assert f"safeguard-bot is listening on 127.0.0.1:{port}: open http://localhost:{port}/" in server.stderr.read()
