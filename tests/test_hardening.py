"""The hardening cases (tests/fixtures/hardening, copied from the shared bug cases), replayed against the real
application with Slack's and Teams' side played by loopback mocks. Each failed before the fix it names."""

from __future__ import annotations

import asyncio
import copy
import csv
import json
import subprocess
import sys
import textwrap
import threading
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlencode

import pytest

from bot.nudges import DeliveryOutcome, Schedule
from bot.storage import StoreDamaged, TinyStore
from cli.main import main
from quizzes.tracking import Learner
from tests.conftest import run_with, start_server
from tests.slack_harness import SlackHarness, fixture
from tests.teams_harness import TeamsHarness

CASES = Path(__file__).parent / "fixtures" / "hardening"


def case(name: str) -> dict:
    return json.loads((CASES / name).read_text())


async def replay_slack(h: SlackHarness, steps: list[dict]) -> list[int]:
    """Post each step as Slack would, with a fresh response_url and trigger id; return the statuses."""
    statuses = []
    for step in steps:
        if "json" in step:
            raw, content_type = json.dumps(step["json"]), "application/json"
        elif "form" in step:
            raw, content_type = urlencode(step["form"] | h.fresh()), "application/x-www-form-urlencoded"
        else:
            raw, content_type = step["text"], "application/x-www-form-urlencoded"
        status, _ = await h.post(raw, content_type, sign=step.get("sign", True))
        statuses.append(status)
        await asyncio.sleep(0.3)
    return statuses


def posted(h: SlackHarness) -> list[tuple[str, dict]]:
    return [(m, p) for m, p in h.mock.calls if m.startswith("chat.") or m == "response_url"]


@pytest.fixture
def slack(answerer, shipped_quizzes, tracking):
    return SlackHarness(answerer, shipped_quizzes, tracking)


def test_hardening_01_ssl_check_gets_200_and_nothing_is_dispatched(slack):
    async def scenario(h):
        return await replay_slack(h, case("01_slack_ssl_check.json")["steps"]), posted(h)

    statuses, calls = run_with(slack, scenario)
    assert statuses == [200, 200] and calls == []


def test_hardening_02_slash_command_where_the_bot_is_not_a_member_answers_through_response_url(slack):
    found = case("02_slack_slash_in_dm_or_private_channel.json")

    async def scenario(h):
        h.mock.not_member = set(found["not_member"])
        statuses = await replay_slack(h, found["steps"])
        await h.wait_for(4, "response_url", "chat.postMessage")
        return statuses, posted(h), h.mock.sent("conversations.open")

    statuses, calls, opened = run_with(slack, scenario)
    assert statuses == [200, 200, 200]
    assert not [p for m, p in calls if m.startswith("chat.") and p.get("channel") in found["not_member"]]
    answers = [p["text"] for m, p in calls if m == "response_url"]
    assert sum("Multi-Agency Safeguarding Hub" in text or "MASH" in text for text in answers) == 2
    assert any("direct message" in text for text in answers)
    quiz = [p for m, p in calls if m == "chat.postMessage"]
    assert opened and quiz and all(p["channel"] == "D0DM00001" for p in quiz)  # the bot's own DM, opened


def test_hardening_03_an_edited_mention_is_not_answered_again(slack):
    async def scenario(h):
        await replay_slack(h, case("03_slack_edited_mention.json")["steps"])
        await asyncio.sleep(0.3)
        return h.mock.sent("chat.postMessage")

    assert len(run_with(slack, scenario)) == 1


def test_hardening_04_a_direct_message_with_a_file_is_answered_and_the_file_not_read(slack):
    async def scenario(h):
        await replay_slack(h, case("04_slack_dm_with_file.json")["steps"])
        return await h.wait_for(2, "chat.postMessage")

    answer, note = (p["text"] for _, p in run_with(slack, scenario))
    assert "Multi-Agency Safeguarding Hub" in answer or "MASH" in answer
    assert "attachments" in note


def test_hardening_05_another_bots_mention_is_ignored(slack):
    async def scenario(h):
        await replay_slack(h, case("05_slack_mention_by_another_bot.json")["steps"])
        await asyncio.sleep(0.3)
        return posted(h)

    assert run_with(slack, scenario) == []


def test_hardening_07_a_display_name_formula_is_neutralised_in_the_csv(slack, tracking, tmp_path):
    found = case("07_slack_csv_formula_injection.json")

    async def scenario(h):
        h.mock.display_name = found["display_name"]
        await replay_slack(h, found["steps"])
        await h.wait_for(1, "chat.postMessage")

    run_with(slack, scenario)
    out = tmp_path / "results.csv"
    assert main(["--data-dir", str(tracking.root), "results", "--csv", str(out)]) == 0
    names = [row["name"] for row in csv.DictReader(out.open(encoding="utf-8"))]
    assert names == ["'" + found["display_name"]]


def test_hardening_06_teams_private_replies_in_a_channel_go_to_the_one_to_one_chat(answerer, shipped_quizzes, tracking):
    found = case("06_teams_private_reply_in_channel.json")
    channel = "19:a1b2c3channel@thread.tacv2"
    schedule = Schedule("a1b2c3d4", "msteams", channel, 0, "09:00", "Europe/London", ("smart-plans",), "cli")
    tracking.save_schedule(schedule)
    tracking.claim_deliveries([(schedule, "2026-W49")], "sending")
    tracking.finish_deliveries([DeliveryOutcome(schedule.id, "2026-W49", "sent", "some-point")])

    async def scenario(h):
        statuses = [(await h.post(step["json"]))[0] for step in found["steps"]]
        return statuses, h.connector

    statuses, connector = run_with(TeamsHarness(answerer, shipped_quizzes, tracking), scenario)
    assert statuses == [200, 200] or all(s in (200, 201) for s in statuses)
    in_channel = [a for verb, conv, a in connector.calls if conv.startswith(channel) and verb != "create"]
    channel_text = json.dumps(in_channel)
    assert "Quick question" not in channel_text and "Right." not in channel_text and "Not quite" not in channel_text
    assert len(in_channel) == 2 and all("one-to-one" in json.dumps(a) for a in in_channel)
    assert [body["isGroup"] for body in connector.created] == [False, False]
    assert all(body["members"][0]["id"] == "29:1abcUserIdAlex" for body in connector.created)
    one_to_one = json.dumps([a for verb, conv, a in connector.calls if not conv.startswith(channel)])
    assert "Quick question" in one_to_one and ("Right." in one_to_one or "Not quite" in one_to_one)
    assert [e["kind"] for e in tracking.nudge_events()] in (["asked", "answered"], ["asked", "answered", "correct"])
    personal = [r for r in tracking.conversations() if r["conversation"].get("conversationType") == "personal"]
    assert personal and personal[0]["user"]["aadObjectId"] == "6f1c2f3e-1111-2222-3333-444455556666"  # for reviews


# 08: an empty or damaged data file (tinydb#307)


def test_hardening_08_an_empty_directory_file_is_an_empty_store(tmp_path):
    (tmp_path / "directory.json").write_text("")
    store = TinyStore(tmp_path)
    store.check()
    assert store.roles() == {} and store.learners() == []
    store.grant_role("slack:U1", "champion")
    assert store.roles() == {"slack:U1": ["champion"]}


def test_hardening_08_the_server_on_an_empty_directory_file_answers_every_page(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "directory.json").write_text("")
    server, base, health = start_server(data)
    try:
        assert health["status"] == "ok"
        with urllib.request.urlopen(f"{base}/", timeout=5) as page:
            assert page.status == 200
        request = urllib.request.Request(f"{base}/web/chat", data=b'{"text": "what does MASH mean"}',
                                         headers={"Content-Type": "application/json"})  # fmt: skip
        with urllib.request.urlopen(request, timeout=5) as chat:
            assert chat.status == 200 and "Safeguarding Hub" in json.load(chat)["html"]
    finally:
        server.kill()


def test_hardening_08_a_damaged_data_file_is_named_at_start_up_and_by_healthz(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / "directory.json").write_text('{"learners": {"1": {"id": "sla')  # a half-written file
    assert main(["--data-dir", str(data), "roles", "list"]) == 2
    error = capsys.readouterr().err
    assert str(data / "directory.json") in error and "restore it from a backup" in error
    with pytest.raises(StoreDamaged, match=r"directory\.json"):
        TinyStore(data).check()


def test_hardening_08_healthz_reports_a_file_damaged_while_running(answerer, shipped_quizzes, tracking):
    async def scenario(h):
        ok = await h.client.get("/healthz")
        # The server's first background pass (nudges, reviews, the daily purge) may be writing directory.json as the
        # test damages it, and write the good data back over the damage (seen in CI): damaged again until seen.
        for _ in range(10):
            (tracking.root / "directory.json").write_text("{broken")
            damaged = await h.client.get("/healthz")
            if damaged.status != 200:
                break
            await asyncio.sleep(0.2)
        return ok.status, damaged.status, await damaged.json()

    ok, damaged, body = run_with(TeamsHarness(answerer, shipped_quizzes, tracking), scenario)
    assert (ok, damaged) == (200, 503) and body["status"] == "damaged" and "directory.json" in body["error"]


# 09: the CLI and the server on one data folder (tinydb#276)


def test_hardening_09_two_stores_on_one_folder_never_reuse_an_id(tmp_path):
    server_side, cli_side = TinyStore(tmp_path), TinyStore(tmp_path)
    server_side.record_gap("question one")  # the server's table now caches its next id
    cli_side.record_gap("question two")  # another process inserts
    server_side.record_gap("question three")  # before the fix: Document with ID 2 already exists
    server_side.save_learner(Learner("web:a", "A"))
    cli_side.save_learner(Learner("slack:b", "B"))
    server_side.save_learner(Learner("web:c", "C"))
    assert sorted(g["question"] for g in TinyStore(tmp_path).gaps()) == ["question one", "question three",
                                                                           "question two"]  # fmt: skip
    assert len(TinyStore(tmp_path).learners()) == 3


def test_hardening_09_cli_commands_beside_a_running_server_lose_nothing(tmp_path):
    data = tmp_path / "data"
    server, base, _ = start_server(data, stderr=subprocess.PIPE)

    def chat(text: str) -> int:
        request = urllib.request.Request(f"{base}/web/chat", data=json.dumps({"text": text}).encode(),
                                         headers={"Content-Type": "application/json"})  # fmt: skip
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status

    def cli(*args: str) -> int:
        return subprocess.run([sys.executable, "-m", "cli", "--data-dir", str(data), *args],
                              capture_output=True, timeout=60).returncode  # fmt: skip

    try:
        roster = tmp_path / "roster.csv"
        roster.write_text("id,name,team,agency\nslack:U0TEST0001,Alex Example,Duty,Childrens Services\n")
        statuses = [chat("how long should I bake sourdough bread"), cli("ask", "which football team won in 1995"),
                    chat("what is the tallest mountain in wales"), chat("quiz cp-medicals-and-bruising"),
                    cli("learners", "import", str(roster)), chat("quiz was-not-brought")]  # fmt: skip
    finally:
        server.terminate()
        log = server.communicate(timeout=20)[1]
    assert statuses == [200, 0, 200, 200, 0, 200]
    assert "already exists" not in log and "Traceback" not in log
    store = TinyStore(data)
    assert len(store.gaps()) == 3
    assert len(store.learners()) == 3  # two playground visitors (no cookie kept here) and the roster's learner


# 11: an anonymous web action whose week is a path


def test_hardening_11_a_web_action_with_a_path_is_refused_and_writes_nothing(answerer, shipped_quizzes, tracking,
                                                                              tmp_path):  # fmt: skip
    outside = tmp_path / "outside"
    outside.mkdir()
    depth = "../" * 12

    async def scenario(h):
        statuses = []
        for week in (f"{depth}{str(outside).lstrip('/')}/written", str(outside / "written"), "2026-W49/../../x"):
            action = f"qa|x|{week}|was-not-brought|three-missed-appointments|0"
            response = await h.client.post("/web/chat", json={"action": action})
            statuses.append(response.status)
        for n in range(300):  # many distinct values make no files either
            response = await h.client.post("/web/chat", json={"action": f"qa|x|w{n}|was-not-brought|q|0"})
            statuses.append(response.status)
        return statuses

    statuses = run_with(TeamsHarness(answerer, shipped_quizzes, tracking), scenario)
    assert set(statuses) == {400}
    assert list(outside.iterdir()) == []
    assert not (tracking.root / "nudges").exists()


# 12: a bad Slack timestamp or signature, and JSON nested 100,000 deep


def test_hardening_12_bad_timestamps_get_401_and_deep_json_400_at_every_door(answerer, shipped_quizzes, tracking):
    deep = "[" * 100_000 + "]" * 100_000

    async def scenario(h):
        statuses = []
        for stamp, signature in (("abc", "v0=00"), ("1e9", "v0=00"), ("", "v0=00"), ("", ""),
                                 (str(int(time.time())), "v0=é✓")):  # fmt: skip
            headers = {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": signature}
            response = await h.client.post("/slack/events", data=b"{}", headers={"Content-Type": "application/json",
                                                                                 **headers})  # fmt: skip
            statuses.append(response.status)
        statuses.append((await h.post(deep, "application/json"))[0])  # signed, but nested too deep
        for path in ("/web/chat", "/api/messages"):
            response = await h.client.post(path, data=deep, headers={"Content-Type": "application/json"})
            statuses.append(response.status)
        return statuses

    statuses = run_with(SlackHarness(answerer, shipped_quizzes, tracking), scenario)
    assert statuses == [401, 401, 401, 401, 401, 400, 400, 400]


# Replays, echoes, restarts and the moment a click is stored


def test_hardening_a_replayed_slash_command_changes_nothing_twice(slack, tracking):
    tracking.grant_role("slack:U2147483697", "champion")

    async def scenario(h):
        form = {k: v[0] for k, v in parse_qs(fixture("slash_command.txt")).items()}
        body = urlencode(form | h.fresh() | {"text": "nudge weekly mon 09:00"})
        first = await h.post(body, "application/x-www-form-urlencoded")
        again = await h.post(body, "application/x-www-form-urlencoded")  # the same signed request, replayed
        await h.wait_for(1, "response_url")
        return first, again

    first, again = run_with(slack, scenario)
    assert first == (200, "") and again == (200, "already handled")
    assert len(tracking.schedules()) == 1


def test_hardening_text_typed_after_a_command_is_never_echoed(slack, tracking):
    link = "https://evil.example/login"
    tracking.grant_role("slack:U2147483697", "champion")

    async def scenario(h):
        mention = copy.deepcopy(fixture("app_mention.json"))
        mention["event"]["text"] = f"<@U0BOT> quiz {link}"
        await h.event(mention)
        mention = copy.deepcopy(mention)
        mention["event_id"], mention["event"]["text"] = "Ev0RESULTS", f"<@U0BOT> results {link}"
        await h.event(mention)
        await h.command(f"nudge weekly {link} 09:00")
        await h.command(f"nudge pause {link}")
        return await h.wait_for(4, "chat.postMessage", "response_url")

    calls = run_with(slack, scenario)
    assert len(calls) == 4 and link not in json.dumps(calls) and "evil" not in json.dumps(calls)


def test_hardening_a_retry_after_a_restart_is_answered_once(answerer, shipped_quizzes, tracking):
    async def first(h):
        await h.event(fixture("app_mention.json"))
        return await h.wait_for(1, "chat.postMessage")

    async def after_restart(h):
        retried = await h.event(fixture("app_mention.json"), headers={"X-Slack-Retry-Num": "2"})
        await asyncio.sleep(0.3)
        return retried, h.mock.sent("chat.postMessage")

    assert len(run_with(SlackHarness(answerer, shipped_quizzes, tracking), first)) == 1
    restarted = TinyStore(tracking.root)  # a new process: nothing in memory
    retried, posts = run_with(SlackHarness(answerer, shipped_quizzes, restarted), after_restart)
    assert retried == (200, "already handled") and posts == []


def test_hardening_request_ids_are_kept_for_an_hour_whatever_the_traffic(tmp_path):
    store = TinyStore(tmp_path)
    start = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    assert store.first_sighting("Ev0FIRST", start)
    for n in range(12_000):  # more than the old in-memory cap of 10,000
        store.first_sighting(f"Ev{n}", start + timedelta(seconds=n * 0.25))
    assert not store.first_sighting("Ev0FIRST", start + timedelta(minutes=59))
    assert not TinyStore(tmp_path).first_sighting("Ev0FIRST", start + timedelta(minutes=59))  # another process
    assert TinyStore(tmp_path).first_sighting("Ev0FIRST", start + timedelta(hours=2))  # long gone
    assert len(list((tmp_path / "seen").glob("*.log"))) <= 8


def test_hardening_a_quiz_click_is_stored_before_slack_is_told_it_arrived(slack, tracking):
    async def scenario(h):
        await h.click("start|hidden-men")
        ((_, rating),) = await h.wait_for(1, "chat.postMessage")
        value = next(e for b in rating["blocks"] if b["type"] == "actions" for e in b["elements"])["value"]
        slow = tracking.record_rating

        def slowly(*args):
            time.sleep(0.5)  # a slow disk: the acknowledgement must wait for it
            return slow(*args)

        tracking.record_rating = slowly
        status, _ = await h.click(value, message_ts="7.1")
        (attempt,) = TinyStore(tracking.root).attempts("hidden-men")  # what a restart would find
        return status, attempt

    status, attempt = run_with(slack, scenario)
    assert status == 200 and attempt.ratings == {"confidence_before": 1}


# Browser-facing headers


def test_hardening_every_page_carries_security_headers_and_cookies_are_secure_behind_https(
    answerer, shipped_quizzes, tracking
):
    async def scenario(h):
        plain = await h.client.get("/")
        h.client.session.cookie_jar.clear()  # a new visitor
        proxied = await h.client.get("/", headers={"X-Forwarded-Proto": "https"})
        missing = await h.client.get("/no-such-page")
        refused = await h.client.get("/dashboard")
        return plain, proxied, missing, refused

    plain, proxied, missing, refused = run_with(TeamsHarness(answerer, shipped_quizzes, tracking), scenario)
    for response in (plain, proxied, missing, refused):
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert missing.status == 404 and refused.status == 403
    assert "Secure" not in plain.headers["Set-Cookie"] and "HttpOnly" in plain.headers["Set-Cookie"]
    assert "Secure" in proxied.headers["Set-Cookie"]


# Found in review: votes, storage ids, Teams and Slack failure paths


def test_hardening_votes_only_from_identified_people_and_only_as_the_bot_made_them(conversation, tracking):
    from bot.actions import BadAction, Vote, encode
    from bot.conversation import Event

    item = conversation.answerer.store.items[0].id
    vote = encode(Vote(False, (item,)))
    for n in range(20):  # anonymous playground visitors
        (reply,) = asyncio.run(conversation.handle(Event(f"web:v{n}", "web", action=vote)))
        assert "Slack and Teams" in reply.text
    assert tracking.votes() == []
    for stuffed in (
        f"vote|no|{item},{item}",
        "vote|no|" + ",".join(i.id for i in conversation.answerer.store.items[:4]),
    ):
        with pytest.raises(BadAction):
            asyncio.run(conversation.handle(Event("slack:U1", "D1", action=stuffed)))
    asyncio.run(conversation.handle(Event("slack:U1", "D1", action=vote)))
    assert tracking.votes() == [{"source": item, "helpful": 0, "not_helpful": 1}]
    with pytest.raises(ValueError):
        encode(Vote(True, ("a|b",)))  # the bot never builds a button it could not read back


def test_hardening_votes_are_counts_and_any_cited_name_is_kept(tmp_path):
    store = TinyStore(tmp_path)
    for _ in range(50):
        store.record_vote(["Child N SCR.txt#1", "guide-a"], False)
    assert {r["source"]: r["not_helpful"] for r in store.votes()} == {"Child N SCR.txt#1": 50, "guide-a": 50}
    assert len(json.loads((tmp_path / "feedback.json").read_text())["vote_counts"]) == 2  # not 100 rows
    assert not (tmp_path / "directory.json").exists()  # a click does not rewrite the directory


def test_hardening_feedback_kept_in_an_older_directory_json_is_moved_to_its_own_file_once(tmp_path):
    older = {"learners": {"1": {"id": "slack:U1", "name": "", "team": "", "agency": ""}},
             "gaps": {"1": {"question": "clare's law", "count": 3, "first_asked": "2026-01-01T00:00:00+00:00",
                            "last_asked": "2026-01-02T00:00:00+00:00"}},
             "vote_counts": {"1": {"source": "guide-a", "helpful": 2, "not_helpful": 0}}}  # fmt: skip
    (tmp_path / "directory.json").write_text(json.dumps(older))
    store = TinyStore(tmp_path)
    store.record_gap("Clare's law?")
    assert [(g["question"], g["count"]) for g in TinyStore(tmp_path).gaps()] == [("clare's law", 4)]
    assert TinyStore(tmp_path).votes() == [{"source": "guide-a", "helpful": 2, "not_helpful": 0}]
    directory = json.loads((tmp_path / "directory.json").read_text())
    assert "gaps" not in directory and "vote_counts" not in directory and len(directory["learners"]) == 1


def test_hardening_a_vote_does_not_wait_for_a_quiz_answer_held_by_another_process(tmp_path):
    store = TinyStore(tmp_path)
    store.start_attempt("was-not-brought", "slack:U1", datetime(2026, 3, 2, tzinfo=UTC))
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import fcntl, os, sys, time
        fd = os.open({str(tmp_path / ".locks" / "attempts-was-not-brought.lock")!r}, os.O_RDWR)
        fcntl.flock(fd, fcntl.LOCK_EX); print("held", flush=True); time.sleep(30)""")],
        stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "held"
        voted = threading.Thread(target=store.record_vote, args=(["guide-a"], True))
        voted.start()
        voted.join(timeout=5)
        assert not voted.is_alive()  # the feedback lock is not the attempts lock
        assert store.votes() == [{"source": "guide-a", "helpful": 1, "not_helpful": 0}]
    finally:
        holder.kill()
        holder.wait()


def test_hardening_fresh_ids_keep_every_document_of_a_batch(tmp_path):
    table = TinyStore(tmp_path)._directory("batch")
    assert table.insert_multiple([{"n": 1}, {"n": 2}, {"n": 3}]) == [1, 2, 3]
    assert len(table.all()) == 3


def test_hardening_a_server_fault_in_a_teams_turn_is_apologised_for_not_a_401(answerer, shipped_quizzes, tracking):
    async def scenario(h):
        async def broken(event):
            raise PermissionError(13, "Permission denied", "data/directory.json")

        h.service.conversation.handle = broken
        return await h.say("what is a CSPR"), h.connector.calls

    (status, _), calls = run_with(TeamsHarness(answerer, shipped_quizzes, tracking), scenario)
    assert status in (200, 201) and "something went wrong" in json.dumps(calls)


def test_hardening_a_slack_click_that_could_not_be_stored_is_not_acknowledged(slack):
    async def scenario(h):
        async def full_disk(event):
            raise OSError(28, "No space left on device")

        h.service.conversation.handle = full_disk
        return await h.click("start|hidden-men")

    status, _ = run_with(slack, scenario)
    assert status != 200  # Slack shows the learner an error, and they click again


@pytest.mark.parametrize(
    ("question", "kept_out"),
    [
        ("kelly smith of 14 acacia avenue owes rent arrears, what do i do", ["kelly", "smith", "acacia", "14"]),
        ("tracey jones in flat 3 rose court has no heating", ["tracey", "jones", "3"]),
    ],
)
def test_hardening_the_gap_log_keeps_no_lower_case_name_or_address(gap_answerer, question, kept_out):
    answerer, gaps = gap_answerer
    assert answerer.answer(question).kind == "no_answer"
    (row,) = gaps.gaps()
    assert not any(word in row["question"].split() for word in kept_out), row["question"]
