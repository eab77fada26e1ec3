"""Data protection through the doors: retention settings, `learner export | erase`, `storage purge`, `audit`, what is
audited (the CLI, chat and the dashboard), the dashboard's audit page and CSV, and the server's daily purge run once
across two instances. What each engine stores and removes is tested in tests/test_storage_contract.py."""

import asyncio
import csv
import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from aiohttp.test_utils import TestClient, TestServer

from adapters.server import build_web_app
from bot.conversation import Event
from bot.retention import PURGE_KINDS, Period, Purger, parse_period
from bot.settings import BadSettings, Settings
from bot.storage import TinyStore
from bot.storage.postgres_store import PostgresStore
from cli.main import main
from content.loader import SHIPPED_CONTENT
from quizzes.tracking import Answer, Learner
from tests.conftest import make_service
from tests.test_web_door import _link_path

OLD = datetime(2019, 6, 3, 9, 0, tzinfo=UTC)


def test_retention_settings_default_as_documented_and_bad_values_stop_start_up():
    settings = Settings.from_env({})
    assert {kind: str(period) for kind, period in settings.retention.items()} == {
        "attempts": "6y", "certificates": "6y", "gaps": "12m", "votes": "2y", "urgency_feedback": "2y",
        "nudges": "2y", "reminders": "2y", "review_cards": "12m", "request_ids": "1d", "tickets": "2y", "audit": "6y",
    }  # fmt: skip
    assert str(settings.session_lifetime) == "8h"
    changed = Settings.from_env({"RETAIN_GAPS": "6m", "RETAIN_SESSIONS": "2h", "RETAIN_AUDIT": "10Y"})
    assert (changed.retention["gaps"], changed.session_lifetime) == (Period(6, "m"), Period(2, "h"))
    assert changed.retention["audit"] == Period(10, "y")
    for environ, reason in (
        ({"RETAIN_ATTEMPTS": "forever"}, "RETAIN_ATTEMPTS: 'forever' is not a period"),
        ({"RETAIN_REQUEST_IDS": "5h"}, "RETAIN_REQUEST_IDS"),  # under a day: a repeat must still be refused
        ({"RETAIN_GAPS": "0m"}, "RETAIN_GAPS"),
        ({"RETAIN_SESSIONS": "9d"}, "RETAIN_SESSIONS"),
        ({"RETAIN_SESSIONS": "200h"}, "at most 168h"),
    ):
        with pytest.raises(BadSettings, match=reason):
            Settings.from_env(environ)


def test_retention_periods_count_calendar_months_and_years_back():
    at = datetime(2028, 2, 29, 12, 0, tzinfo=UTC)
    assert parse_period("6y").before(at) == datetime(2022, 2, 28, 12, 0, tzinfo=UTC)
    assert parse_period("12m").before(at) == datetime(2027, 2, 28, 12, 0, tzinfo=UTC)
    assert parse_period("1m").before(datetime(2026, 3, 31, tzinfo=UTC)) == datetime(2026, 2, 28, tzinfo=UTC)
    assert parse_period("13m").before(datetime(2026, 1, 15, tzinfo=UTC)) == datetime(2024, 12, 15, tzinfo=UTC)
    assert parse_period("2w").before(at) == at - timedelta(weeks=2)
    assert parse_period("8h", "h").before(at) == at - timedelta(hours=8)


def _data(path) -> TinyStore:
    store = TinyStore(path)
    store.save_learner(Learner("slack:UANN", "Annabel Quixotic", "North", "Police"))
    store.grant_role("slack:UANN", "champion")
    for when in (OLD, datetime.now(UTC)):
        attempt = store.start_attempt("was-not-brought", "slack:UANN", when)
        store.record_answer(attempt.id, Answer("three-missed-appointments", 1, True, when.isoformat()))
        store.finish_attempt(attempt.id, when.isoformat(), 1, True)
    store.record_gap("an old question", when=OLD)
    return store


def test_cli_learner_export_writes_everything_held_about_them_to_a_file_and_is_audited(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "data")]
    _data(tmp_path / "data")
    out = tmp_path / "sar.json"
    assert main([*data, "learner", "export", "slack:UANN", "--output", str(out)]) == 0
    assert f"wrote 4 records about slack:UANN to {out}" in capsys.readouterr().out
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["subject"] == "slack:UANN" and document["records"]["learner"][0]["name"] == "Annabel Quixotic"
    assert [a["answers"][0]["question"] for a in document["records"]["attempt"]] == ["three-missed-appointments"] * 2
    assert [r["role"] for r in document["records"]["role"]] == ["champion"]
    entry = TinyStore(tmp_path / "data").audit_log()[0]
    assert (entry["actor"].startswith("cli:"), entry["action"], entry["subject"]) == (True, "learner.export",
                                                                                       "slack:UANN")  # fmt: skip
    assert main([*data, "learner", "export", "slack:UANN", "--output", str(tmp_path / "no" / "such.json")]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert main([*data, "learner", "export", "slack:UNOBODY"]) == 0  # printed: every kind, each empty
    captured = capsys.readouterr()
    assert all(rows == [] for rows in json.loads(captured.out)["records"].values())
    assert "nothing is held about slack:UNOBODY" in captured.err
    # the export of someone of whom nothing is held names nobody in the audit log: an erasure stays complete
    assert TinyStore(tmp_path / "data").audit_log()[-1]["subject"] == ""
    assert main([*data, "learner", "erase", "slack:UNOBODY"]) == 2
    assert oct(out.stat().st_mode & 0o777) == "0o600"  # the export file: its owner's only


def test_cli_learner_erase_asks_for_yes_erases_and_refuses_an_unknown_id_with_exit_2(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "data")]
    _data(tmp_path / "data")
    assert main([*data, "learner", "erase", "slack:UANN"]) == 1
    out = capsys.readouterr().out
    assert "would erase slack:UANN from learner 1, role 1, attempt 2" in out and "add --yes" in out
    assert TinyStore(tmp_path / "data").learner("slack:UANN") is not None  # nothing erased without --yes
    assert main([*data, "learner", "erase", "slack:UANN", "--yes"]) == 0
    out = capsys.readouterr().out
    pseudonym = out.split("kept under ")[1].strip()
    assert "slack:UANN erased (learner 1, role 1, attempt 2)" in out and pseudonym.startswith("erased:")
    store = TinyStore(tmp_path / "data")
    stored = json.dumps(list(store.export_records()))
    assert "UANN" not in stored and "Annabel" not in stored
    assert store.learner(pseudonym) == Learner(pseudonym, "", "North", "Police")
    assert store.audit_log()[-1]["action"] == "learner.erase" and store.audit_log()[-1]["subject"] == pseudonym
    assert main([*data, "learner", "erase", "slack:UANN", "--yes"]) == 2
    assert "nothing is held about slack:UANN; nothing to erase" in capsys.readouterr().err
    assert main([*data, "learner", "erase", "slack:UNOBODY"]) == 2
    assert "nothing is held about slack:UNOBODY" in capsys.readouterr().err
    with pytest.raises(SystemExit) as bad:  # not platform:user at all: argparse's exit 2, with a message
        main([*data, "learner", "erase", "Annabel"])
    assert bad.value.code == 2 and "is not platform:user_id" in capsys.readouterr().err


def test_cli_storage_purge_dry_run_counts_then_purge_removes_and_audits_counts(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "data")]
    _data(tmp_path / "data")
    assert main([*data, "storage", "purge", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "attempts                       1  6y" in out and "gaps                           1  12m" in out
    assert "would remove 2 records (a dry run: nothing was removed)" in out
    store = TinyStore(tmp_path / "data")
    assert len(list(store.attempts())) == 2 and store.gaps() and store.audit_log() == []
    assert main([*data, "storage", "purge"]) == 0
    assert "storage purge: removed 2 records" in capsys.readouterr().out
    assert len(list(store.attempts())) == 1 and store.gaps() == []
    (entry,) = store.audit_log()
    assert entry["action"] == "storage.purge" and entry["detail"].startswith("attempts=1 certificates=0 gaps=1 ")
    assert "Annabel" not in entry["detail"] and "an old question" not in entry["detail"]  # counts, never contents


def test_cli_role_and_nudge_schedule_changes_are_audited_and_the_audit_prints_as_csv(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "roles", "grant", "slack:U1", "training_officer", "--agency", "Police"]) == 0
    assert main([*data, "roles", "revoke", "slack:U1", "training_officer"]) == 0
    assert main([*data, "roles", "revoke", "slack:U1", "training_officer"]) == 0  # held no longer: nothing done
    assert main([*data, "nudges", "schedule", "slack:C1", "weekly", "mon", "09:00"]) == 0
    schedule_id = TinyStore(tmp_path / "data").schedules()[0].id
    assert main([*data, "nudges", "cancel", schedule_id]) == 0
    capsys.readouterr()
    assert main([*data, "audit", "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["action"], r["subject"], r["detail"]) for r in rows] == [
        ("nudge.cancel", schedule_id, ""),
        ("nudge.schedule", schedule_id, f"{schedule_id}: slack:C1 every mon 09:00 Europe/London"),
        ("role.revoke", "slack:U1", "training_officer"),
        ("role.grant", "slack:U1", "training_officer agency:Police"),
    ]  # newest first
    assert {r["actor"] for r in rows} == {rows[0]["actor"]} and rows[0]["actor"].startswith("cli:")
    assert main([*data, "audit", "--action", "role.grant"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert "role.grant  slack:U1  training_officer agency:Police" in line
    with pytest.raises(SystemExit):
        main([*data, "audit", "--action", "role.delete"])


def test_chat_nudge_schedule_changes_are_audited_with_the_champion_as_actor(conversation, tracking):
    tracking.grant_role("slack:UCHAMP", "champion")

    def say(text):
        return asyncio.run(conversation.handle(Event("slack:UCHAMP", "C7", text)))

    say("nudge weekly wed 14:30")
    (schedule,) = tracking.schedules()
    say(f"nudge pause {schedule.id}")
    say(f"nudge resume {schedule.id}")
    say(f"nudge cancel {schedule.id}")
    say("nudge pause nope")  # refused: nothing changed, nothing recorded
    assert [(e["actor"], e["action"], e["subject"]) for e in tracking.audit_log()] == [
        ("slack:UCHAMP", action, schedule.id)
        for action in ("nudge.schedule", "nudge.pause", "nudge.resume", "nudge.cancel")
    ]


def _serve(service, scenario):
    async def main_():
        async with TestClient(TestServer(build_web_app(service))) as client:
            return await scenario(client)

    return asyncio.run(main_())


def test_web_door_the_audit_page_shows_sign_ins_newest_first_filtered_paged_and_as_csv(
    answerer, shipped_quizzes, tracking
):
    service = make_service(Settings(tracking.root, SHIPPED_CONTENT), answerer, shipped_quizzes, tracking)
    tracking.grant_role("web:officer", "training_officer")
    tracking.claim_purge(datetime.now(UTC).date().isoformat())  # today's purge done: the server adds no entry
    for n in range(60):
        tracking.record_audit("cli:admin", "role.grant", f"slack:U{n:02d}", "champion")

    async def scenario(client):
        assert (await client.get("/dashboard/audit")).status == 403  # not signed in
        assert (await client.get(_link_path(service), allow_redirects=False)).status == 302
        dashboard = await (await client.get("/dashboard")).text()
        first = await (await client.get("/dashboard/audit")).text()
        second = await (await client.get("/dashboard/audit?page=2")).text()
        sign_ins = await (await client.get("/dashboard/audit?action=dashboard.sign_in")).text()
        bad = await client.get("/dashboard/audit?action=<script>")
        download = await client.get("/dashboard/audit.csv?action=role.grant")
        return dashboard, first, second, sign_ins, bad.status, download.status, await download.text()

    dashboard, first, second, sign_ins, bad, status, text = _serve(service, scenario)
    assert 'href="/dashboard/audit"' in dashboard
    assert "61 entries, page 1 of 2" in first and first.index("dashboard.sign_in") < first.index("slack:U59")
    assert "slack:U11" in first and "slack:U10" not in first and 'rel="next"' in first  # 50 a page, newest first
    assert "slack:U10" in second and "slack:U00" in second and 'rel="prev"' in second and "U11" not in second
    assert "1 entries of dashboard.sign_in" in sign_ins and "web:officer" in sign_ins and "slack:U59" not in sign_ins
    assert bad == 400 and status == 200
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 60 and rows[0]["subject"] == "slack:U59" and {r["action"] for r in rows} == {"role.grant"}


def test_web_door_an_officer_scoped_to_an_agency_is_refused_the_audit_log(answerer, shipped_quizzes, tracking):
    service = make_service(Settings(tracking.root, SHIPPED_CONTENT), answerer, shipped_quizzes, tracking)
    tracking.grant_role("web:officer", "training_officer", "agency:Police")

    async def scenario(client):
        await client.get(_link_path(service), allow_redirects=False)
        dashboard = await (await client.get("/dashboard")).text()
        page, download = await client.get("/dashboard/audit"), await client.get("/dashboard/audit.csv")
        return dashboard, page.status, await page.text(), download.status

    dashboard, status, text, download = _serve(service, scenario)
    assert "/dashboard/audit" not in dashboard and (status, download) == (403, 403)
    assert "who see every agency and team" in text


def test_web_door_a_session_lasts_as_long_as_retain_sessions_says(answerer, shipped_quizzes, tracking):
    settings = Settings(tracking.root, SHIPPED_CONTENT, session_lifetime=Period(2, "h"))
    service = make_service(settings, answerer, shipped_quizzes, tracking)
    tracking.grant_role("web:officer", "training_officer")

    async def scenario(client):
        signed_in = await client.get(_link_path(service), allow_redirects=False)
        return signed_in.cookies["sg_session"]["max-age"]

    assert _serve(service, scenario) == str(2 * 60 * 60)


@pytest.mark.parametrize("engine", ["tinydb", "postgres"])
def test_server_the_daily_purge_runs_once_across_two_instances(engine, answerer, shipped_quizzes, tmp_path, request):
    if engine == "tinydb":
        stores = [TinyStore(tmp_path / "data"), TinyStore(tmp_path / "data")]
    else:
        url = request.getfixturevalue("postgres_url")
        stores = [PostgresStore(url, pool_size=2), PostgresStore(url, pool_size=2)]
    old = stores[0].start_attempt("was-not-brought", "slack:U1", OLD)
    stores[0].finish_attempt(old.id, OLD.isoformat(), 1, True)
    services = [make_service(Settings(tmp_path / "data", SHIPPED_CONTENT), answerer, shipped_quizzes, store)
                for store in stores]  # fmt: skip

    async def scenario():
        async with (
            TestClient(TestServer(build_web_app(services[0]))),
            TestClient(TestServer(build_web_app(services[1]))),
        ):
            for _ in range(100):  # each scheduler's first run comes as its server starts
                if stores[1].audit_log():
                    break
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.5)  # time for a second purge, were one to run

    asyncio.run(scenario())
    purges = [e for e in stores[1].audit_log() if e["action"] == "storage.purge"]
    assert len(purges) == 1 and purges[0]["actor"] == "server:retention"
    assert purges[0]["detail"].startswith("attempts=1 ") and list(stores[1].attempts()) == []
    assert stores[0].setting("purged_on") == datetime.now(UTC).date().isoformat()
    for store in stores:
        getattr(store, "close", lambda: None)()


def test_purger_run_due_claims_the_day_so_a_second_instance_purges_nothing(tmp_path):
    kept = {row.kind: parse_period(row.default) for row in PURGE_KINDS}
    first, second = Purger(TinyStore(tmp_path), kept), Purger(TinyStore(tmp_path), kept)
    now = datetime(2026, 3, 2, 0, 1, tzinfo=UTC)
    assert asyncio.run(first.run_due(now)) == dict.fromkeys(kept, 0)
    assert asyncio.run(second.run_due(now + timedelta(hours=3))) is None  # the same day: claimed already
    assert asyncio.run(second.run_due(now + timedelta(days=1))) is not None  # the next day: its own purge
    assert [e["action"] for e in TinyStore(tmp_path).audit_log()] == ["storage.purge"] * 2


def test_slack_a_champions_nudge_is_audited_and_their_export_and_erasure_cover_it(answerer, shipped_quizzes, tracking):
    from bot.subject_rights import erase, subject_access
    from tests.conftest import run_with
    from tests.slack_harness import SlackHarness

    champion = "slack:U2147483697"  # the slash command fixture's person
    tracking.grant_role(champion, "champion")

    async def scenario(h):
        assert await h.command("nudge weekly wed 14:30") == (200, "")
        return await h.wait_for(1, "response_url")

    run_with(SlackHarness(answerer, shipped_quizzes, tracking), scenario)
    (schedule,) = tracking.schedules()
    by_people = [(e["actor"], e["action"], e["subject"]) for e in tracking.audit_log() if e["actor"] == champion]
    assert by_people == [(champion, "nudge.schedule", schedule.id)]  # (the server's daily purge is audited too)
    held = subject_access(tracking, champion, "cli:officer")["records"]
    assert [s["id"] for s in held["schedule"]] == [schedule.id] and held["role"][0]["role"] == "champion"
    pseudonym, _ = erase(tracking, champion, "cli:officer")
    assert tracking.schedule(schedule.id).created_by == pseudonym and champion not in json.dumps(
        list(tracking.export_records()))  # fmt: skip
