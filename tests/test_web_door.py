"""The web door's dashboard in process (aiohttp's test server on a loopback port): the store is read and written
in worker threads, never on the event loop, and a sign-in link works once without growing the store."""

import asyncio
from datetime import UTC, datetime
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
    tracking.claim_purge(datetime.now(UTC).date().isoformat())  # the server's daily purge claimed: no setting added
    before = len(tracking._directory("settings").all())

    async def scenario(client):
        first = await client.get(path, allow_redirects=False)
        second = await client.get(path, allow_redirects=False)
        return first.status, second.status, await second.text()

    first, second, text = _run(service, scenario)
    assert (first, second) == (302, 403) and "already been used" in text
    # the used link is kept in the bounded request-id log (bot/storage), not as a setting kept for ever
    assert len(tracking._directory("settings").all()) == before


def test_web_door_an_officer_scoped_to_an_agency_sees_only_that_agency(answerer, shipped_quizzes, tracking, capsys):
    import csv
    import json
    from datetime import date

    from bot.conversation import Event
    from quizzes.tracking import Cohort, Learner

    service = make_service(Settings(tracking.root, SHIPPED_CONTENT), answerer, shipped_quizzes, tracking)
    for learner, team, agency in (("slack:P1", "North", "Police"), ("slack:H1", "South", "Health")):
        tracking.save_learner(Learner(learner, learner, team, agency))
        attempt = tracking.start_attempt("hidden-men", learner, datetime(2026, 3, 2, 10, tzinfo=UTC))
        tracking.finish_attempt(attempt.id, "2026-03-02T10:05:00+00:00", 7, True)
    tracking.save_cohort(Cohort("c", "escalation", ("slack:P1", "slack:H1"), date(2026, 1, 31)))
    tracking.grant_role("web:officer", "training_officer", "agency:Police")

    async def scenario(client):
        await client.get(_link_path(service), allow_redirects=False)
        page = await (await client.get("/dashboard")).text()
        sheet = await (await client.get("/dashboard/results.csv?agency=Health")).text()  # asking beyond the scope
        xapi = await (await client.get("/dashboard/xapi.json")).text()
        reach = await (await client.get("/dashboard/report?year=2026&agency=Health")).text()
        return page, sheet, xapi, reach

    page, sheet, xapi, reach = _run(service, scenario)
    assert "for agency Police only" in page and "slack:P1" in page and "slack:H1" not in page
    assert {row["learner"] for row in csv.DictReader(sheet.splitlines())} == {"slack:P1"}
    assert {s["actor"]["account"]["name"] for s in json.loads(xapi)} == {"P1"}  # the Slack user id
    assert "<td>Police</td>" in reach and "<td>Health</td>" not in reach
    chat = asyncio.run(service.conversation.handle(Event("web:officer", "web", "results hidden-men")))
    assert "started 1, completed 1" in chat[0].text  # of the two who completed, only Police's


def test_roles_grant_a_scoped_training_officer_from_the_cli(tmp_path, capsys):
    from cli.main import main

    data = ["--data-dir", str(tmp_path / "d")]
    assert main([*data, "roles", "grant", "slack:U1", "training_officer", "--agency", "Police"]) == 0
    assert "slack:U1 is now training_officer for agency:Police" in capsys.readouterr().out
    assert main([*data, "roles", "list"]) == 0
    assert "slack:U1  training_officer (agency:Police)" in capsys.readouterr().out
    assert main([*data, "roles", "grant", "slack:U2", "champion", "--team", "North"]) == 2
