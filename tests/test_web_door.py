"""The web door's dashboard in process (aiohttp's test server on a loopback port): the store is read and written
in worker threads, never on the event loop, and a sign-in link works once without growing the store."""

import asyncio
from urllib.parse import urlparse

from aiohttp.test_utils import TestClient, TestServer

from adapters.server import build_web_app
from adapters.web import dashboard_link
from bot.settings import Settings
from content.loader import SHIPPED_CONTENT
from tests.conftest import make_service


def _run(service, scenario):
    async def main():
        async with TestClient(TestServer(build_web_app(service))) as client:
            return await scenario(client)

    return asyncio.run(main())


def _link_path(service) -> str:
    link = urlparse(dashboard_link(service.tracking, "web:officer", "http://127.0.0.1"))
    return f"{link.path}?{link.query}"


def test_web_door_dashboard_reads_the_store_off_the_event_loop(answerer, shipped_quizzes, tracking):
    service = make_service(Settings(tracking.root, SHIPPED_CONTENT), answerer, shipped_quizzes, tracking)
    tracking.grant_role("web:officer", "training_officer")
    on_loop = []
    reads = tracking.learners

    def learners():
        on_loop.append(asyncio._get_running_loop() is not None)
        return reads()

    tracking.learners = learners

    async def scenario(client):
        signed_in = await client.get(_link_path(service), allow_redirects=False)
        assert signed_in.status == 302
        page = await client.get("/dashboard")  # the session cookie is in the client's jar
        assert page.status == 200
        csv = await client.get("/dashboard/results.csv")
        assert csv.status == 200 and csv.content_type == "text/csv"

    _run(service, scenario)
    assert on_loop and not any(on_loop)


def test_web_door_a_sign_in_link_works_once_and_leaves_no_setting_behind(answerer, shipped_quizzes, tracking):
    service = make_service(Settings(tracking.root, SHIPPED_CONTENT), answerer, shipped_quizzes, tracking)
    tracking.grant_role("web:officer", "training_officer")
    path = _link_path(service)
    before = len(tracking._directory("settings").all())

    async def scenario(client):
        first = await client.get(path, allow_redirects=False)
        second = await client.get(path, allow_redirects=False)
        return first.status, second.status, await second.text()

    first, second, text = _run(service, scenario)
    assert (first, second) == (302, 403) and "already been used" in text
    # the used link is kept in the bounded request-id log (bot/storage), not as a setting kept for ever
    assert len(tracking._directory("settings").all()) == before
