import asyncio
import contextlib
import json
import socket
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from aiohttp import web

import adapters.nudge_senders
import bot.nudges
from adapters.nudge_senders import SlackSender
from adapters.slack_blocks import to_block_kit
from bot.actions import QuickAnswer, QuickQuestion, encode
from bot.conversation import Event
from bot.nudges import (
    CANCELLED,
    FAILED,
    DeliveryOutcome,
    NudgeError,
    Nudger,
    PermanentFailure,
    TransientFailure,
    latest_occurrence,
    make_schedule,
    occurrence,
)
from bot.replies import Reply
from bot.storage import TinyStore
from cli.main import main
from tests.slack_harness import MockSlackAPI, served_in_a_thread


class Crash(BaseException):
    """Stands for the process dying mid-send."""


class FakeSender:
    def __init__(self, fail: dict | None = None):
        self.sent: list[tuple[str, object]] = []
        self.notified: list[tuple[str, str]] = []
        self.fail = fail or {}

    async def send(self, channel, reply):
        if channel in self.fail:
            raise self.fail[channel]
        self.sent.append((channel, reply))

    async def notify(self, user, reply):
        self.notified.append((user, reply.text))


@pytest.fixture
def nudger(tracking, shipped_store, shipped_quizzes):
    return Nudger(tracking, shipped_store, shipped_quizzes, timedelta(hours=12))


MADE = datetime(2026, 1, 5, tzinfo=UTC)  # schedules in these tests exist long before the weeks they run


def _schedule(nudger, day="mon", time="09:00", topics=("was-not-brought",), channel="C1", by="slack:UCHAMP",
              made=MADE):  # fmt: skip
    schedule = make_schedule("slack", channel, day, time, list(topics), "Europe/London", by, nudger.content.topics,
                             made)  # fmt: skip
    nudger.store.save_schedule(schedule)
    return schedule


def _choice(reply, label):
    return next(c for c in reply.choices if c.label == label)


def _run(nudger, now, sender):
    return asyncio.run(nudger.run_due(now, {"slack": sender}))


def test_nudges_fire_at_local_time_in_winter_and_summer(nudger):
    schedule = _schedule(nudger)
    assert occurrence(schedule, 2026, 49) == datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # GMT
    assert occurrence(schedule, 2027, 14) == datetime(2027, 4, 5, 8, 0, tzinfo=UTC)  # BST
    assert latest_occurrence(schedule, datetime(2026, 11, 30, 8, 59, tzinfo=UTC))[0] == "2026-W48"


@pytest.mark.parametrize(
    ("day", "start"),
    [("sun", datetime(2026, 10, 24, 12, 0, tzinfo=UTC)), ("sun", datetime(2027, 3, 27, 12, 0, tzinfo=UTC))],
)
def test_nudges_clock_changes_send_once_and_skip_none(nudger, day, start):
    # 01:30 happens twice when the clocks go back (25 Oct 2026) and not at all when they go forward
    # (28 Mar 2027): checking every 10 minutes for two days sends exactly one nudge that weekend.
    _schedule(nudger, day=day, time="01:30")
    sender = FakeSender()
    for minutes in range(0, 48 * 60, 10):
        _run(nudger, start + timedelta(minutes=minutes), sender)
    assert len(sender.sent) == 1


def test_nudges_run_due_twice_sends_once_and_cites_its_source(nudger):
    _schedule(nudger)
    sender = FakeSender()
    now = datetime(2026, 11, 30, 9, 5, tzinfo=UTC)
    assert _run(nudger, now, sender) == {"sent": 1, "failed": 0, "retry": 0}
    assert _run(nudger, now, sender)["sent"] == 0
    ((channel, reply),) = sender.sent
    assert channel == "C1" and reply.kind == "nudge" and reply.sources and reply.text.startswith("This week's")
    schedule = nudger.store.schedules()[0]
    assert _choice(reply, "Quick question").value.startswith(f"qq|{schedule.id}|2026-W49|")
    read_more = _choice(reply, "Read more")
    assert read_more.url == reply.sources[0].url and read_more.value == f"more|{schedule.id}|2026-W49"


def test_nudges_first_slot_is_the_first_after_the_schedule_was_made(nudger):
    # Made at 10:00 on Monday 30 November for "mon 08:00": not this morning's slot, next Monday's.
    _schedule(nudger, time="08:00", made=datetime(2026, 11, 30, 10, 0, tzinfo=UTC))
    sender = FakeSender()
    assert _run(nudger, datetime(2026, 11, 30, 10, 1, tzinfo=UTC), sender) == {"sent": 0, "failed": 0, "retry": 0}
    assert nudger.store.deliveries() == []  # not even recorded as skipped: that week was before it existed
    assert _run(nudger, datetime(2026, 12, 7, 8, 1, tzinfo=UTC), sender)["sent"] == 1


def test_nudges_restart_mid_delivery_never_duplicates(nudger, tracking, shipped_store, shipped_quizzes):
    _schedule(nudger)

    class CrashingSender(FakeSender):
        async def send(self, channel, reply):
            raise Crash

    now = datetime(2026, 11, 30, 9, 5, tzinfo=UTC)
    with pytest.raises(Crash):
        _run(nudger, now, CrashingSender())
    restarted = Nudger(TinyStore(tracking.root), shipped_store, shipped_quizzes)
    sender = FakeSender()
    assert _run(restarted, now + timedelta(minutes=1), sender)["sent"] == 0
    assert sender.sent == [] and len(restarted.interrupted()) == 1
    assert _run(restarted, now + timedelta(days=7), sender)["sent"] == 1  # the next week goes out


def _counting(monkeypatch, store, *names):
    """Count calls to some of the store's methods (each a read or a write of the whole batch)."""
    calls = Counter()
    for name in names:
        real = getattr(store, name)
        monkeypatch.setattr(store, name, lambda *args, real=real, name=name: (calls.update([name]), real(*args))[1])
    return calls


def test_nudges_a_run_claims_and_confirms_a_batch_at_a_time_reading_the_week_once(nudger, monkeypatch):
    monkeypatch.setattr(bot.nudges, "CLAIM_BATCH", 2)
    for n in range(5):
        _schedule(nudger, channel=f"C{n}")
    calls = _counting(monkeypatch, nudger.store, "claim_deliveries", "finish_deliveries", "deliveries",
                      "delivered_counts")  # fmt: skip
    sender = FakeSender()
    assert _run(nudger, datetime(2026, 11, 30, 9, 5, tzinfo=UTC), sender)["sent"] == 5
    assert sorted(channel for channel, _ in sender.sent) == ["C0", "C1", "C2", "C3", "C4"]
    # not one per channel
    assert calls == {"claim_deliveries": 3, "finish_deliveries": 3, "deliveries": 1, "delivered_counts": 3}


def test_nudges_on_postgresql_a_batch_costs_the_same_statements_for_2_channels_or_40(
    postgres_url, shipped_store, shipped_quizzes, monkeypatch
):
    """Each statement is a round trip and, outside a transaction, a commit: a batch's claims, rotation reads and
    outcomes go in a fixed number of statements, whatever the number of channels."""
    import psycopg

    from bot.storage.postgres_store import PostgresStore

    statements = Counter()
    real = psycopg.Connection.execute

    def execute(conn, query, *args, **kwargs):
        if not query.startswith("SET "):  # a pooled connection's own set-up (_configure), whenever the pool opens one
            statements[query.split()[0]] += 1
        return real(conn, query, *args, **kwargs)

    monkeypatch.setattr(psycopg.Connection, "execute", execute)
    store = PostgresStore(postgres_url, pool_size=2)
    nudger = Nudger(store, shipped_store, shipped_quizzes)
    counted = []
    try:
        for week, channels in enumerate((2, 40)):
            for n in range(channels):
                _schedule(nudger, channel=f"C{week}-{n}")
            monday = datetime(2026, 11, 30, 9, 5, tzinfo=UTC) + timedelta(weeks=week)
            statements.clear()
            sent = _run(nudger, monday, FakeSender())["sent"]
            counted.append((sent, +statements))
            for schedule in store.schedules():  # the next week's run is of the new schedules alone
                store.save_schedule(replace(schedule, status=CANCELLED))
    finally:
        store.close()
    assert counted[0][0] == 2 and counted[1][0] == 40
    assert counted[0][1] == counted[1][1], counted


def test_nudges_a_crash_mid_run_leaves_at_most_two_batches_unconfirmed(nudger, monkeypatch):
    monkeypatch.setattr(bot.nudges, "CLAIM_BATCH", 2)
    for n in range(7):
        _schedule(nudger, channel=f"C{n}")

    class CrashingOnC2(FakeSender):
        async def send(self, channel, reply):
            if channel == "C2":
                raise Crash
            await super().send(channel, reply)

    now = datetime(2026, 11, 30, 9, 5, tzinfo=UTC)
    with pytest.raises(Crash):
        _run(nudger, now, CrashingOnC2())
    # the batch being sent (C2, C3) and the one claimed while it was (C4, C5); C0 and C1's outcomes were recorded
    assert sorted(d["schedule"] for d in nudger.interrupted()) == sorted(
        d["schedule"] for d in nudger.store.deliveries() if d["channel"] in ("C2", "C3", "C4", "C5")
    )
    after = FakeSender()
    assert _run(nudger, now + timedelta(minutes=1), after)["sent"] == 1 and [c for c, _ in after.sent] == ["C6"]
    assert [d["status"] for d in nudger.store.deliveries()].count("sent") == 3  # C0, C1 confirmed; then C6


def test_nudges_the_store_work_of_the_batches_either_side_runs_while_a_batch_is_sent(nudger, monkeypatch):
    """While batch n is sent, the worker thread records batch n-1's outcomes and claims batch n+1: each send here
    waits (at most 5 s) for both, and every nudge still goes out once."""
    monkeypatch.setattr(bot.nudges, "CLAIM_BATCH", 2)
    for n in range(6):
        _schedule(nudger, channel=f"C{n}")
    calls = _counting(monkeypatch, nudger.store, "claim_deliveries", "finish_deliveries")

    class Waiting(FakeSender):
        async def send(self, channel, reply):
            batch = int(channel[1:]) // 2
            claimed, finished = min(batch + 2, 3), batch  # claims of this batch and the next; outcomes before it
            deadline = asyncio.get_running_loop().time() + 5
            while calls["claim_deliveries"] < claimed or calls["finish_deliveries"] < finished:
                assert asyncio.get_running_loop().time() < deadline, (channel, calls)
                await asyncio.sleep(0.001)
            await super().send(channel, reply)

    sender = Waiting()
    now = datetime(2026, 11, 30, 9, 5, tzinfo=UTC)
    assert _run(nudger, now, sender) == {"sent": 6, "failed": 0, "retry": 0}
    assert sorted(c for c, _ in sender.sent) == [f"C{n}" for n in range(6)]
    assert calls == {"claim_deliveries": 3, "finish_deliveries": 3}
    assert _run(nudger, now + timedelta(minutes=1), sender)["sent"] == 0
    assert [d["status"] for d in nudger.store.deliveries()] == ["sent"] * 6


def test_nudges_missed_week_caught_up_within_grace_else_skipped(nudger, caplog):
    _schedule(nudger)
    sender = FakeSender()
    assert _run(nudger, datetime(2026, 11, 30, 17, 0, tzinfo=UTC), sender)["sent"] == 1  # 8 hours late
    assert _run(nudger, datetime(2026, 12, 9, 9, 0, tzinfo=UTC), sender)["sent"] == 0  # 2 days late
    assert "skipped" in caplog.text
    assert _run(nudger, datetime(2026, 12, 14, 9, 1, tzinfo=UTC), sender)["sent"] == 1
    statuses = [d["status"] for d in nudger.store.deliveries()]
    assert statuses == ["sent", "skipped", "sent"]


def test_nudges_rotate_through_every_point_before_repeating(nudger):
    schedule = _schedule(nudger)
    points = [p.id for p in nudger.points(schedule)]
    sender = FakeSender()
    monday = datetime(2026, 11, 30, 9, 5, tzinfo=UTC)
    for week in range(len(points) + 1):
        _run(nudger, monday + timedelta(weeks=week), sender)
    items = [delivery["item"] for delivery in nudger.store.deliveries()]
    assert sorted(items[: len(points)]) == sorted(points)
    assert items[len(points)] == items[0]


def test_nudges_permanent_failure_is_reported_and_others_carry_on(nudger):
    broken = _schedule(nudger, channel="CGONE")
    _schedule(nudger, channel="COK")
    sender = FakeSender(fail={"CGONE": PermanentFailure("Slack said is_archived")})
    counts = _run(nudger, datetime(2026, 11, 30, 9, 5, tzinfo=UTC), sender)
    assert counts == {"sent": 1, "failed": 1, "retry": 0}
    assert [c for c, _ in sender.sent] == ["COK"]
    assert nudger.store.schedule(broken.id).status == FAILED
    ((user, text),) = sender.notified
    assert user == "UCHAMP" and "is_archived" in text and broken.id in text
    assert _run(nudger, datetime(2026, 12, 7, 9, 5, tzinfo=UTC), sender)["failed"] == 0  # not tried again


def test_nudges_bad_schedules_are_refused_clearly(nudger):
    topics = nudger.content.topics
    for args, reason in [
        (("funday", "09:00", [], "Europe/London"), "not a day"),
        (("mon", "9am", [], "Europe/London"), "not a time"),
        (("mon", "09:00", ["cooking"], "Europe/London"), "Unknown topic"),
        (("mon", "09:00", [], "Mars/Olympus"), "not a time zone"),
    ]:
        with pytest.raises(NudgeError, match=reason):
            make_schedule("slack", "C1", *args, "x", topics)


def test_nudges_slack_sender_honours_429_retry_after():
    slack = ScriptedSlack((429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "1"}),
                          (200, {"ok": True, "ts": "1.1"}, {}))  # fmt: skip

    async def scenario():
        async with slack.serving() as sender:
            started = asyncio.get_running_loop().time()
            await sender.send("C1", Reply("nudge", "hello"))
            return asyncio.get_running_loop().time() - started

    waited = asyncio.run(scenario())
    assert len(slack.posts) == 2 and waited >= 1.0


class ScriptedSlack:
    """A chat.postMessage endpoint on a loopback port answering from a script: (status, JSON or text body,
    headers), or DROP to close the connection unanswered. Records each post's headers and body."""

    DROP = "drop"

    def __init__(self, *script):
        self.script = list(script)
        self.posts: list[tuple[dict, dict]] = []

    async def post(self, request):
        self.posts.append((dict(request.headers), await request.json()))
        answer = self.script.pop(0)
        if answer == self.DROP:
            request.transport.close()
            return web.Response()
        status, body, headers = answer
        if isinstance(body, str):
            return web.Response(status=status, text=body, headers=headers)
        return web.json_response(body, status=status, headers=headers)

    @contextlib.asynccontextmanager
    async def serving(self):
        """Yields a SlackSender whose client posts here through a pooled session, as a nudge run's does."""
        from slack_sdk.web.async_client import AsyncWebClient

        from adapters.nudge_senders import pooled

        app = web.Application()
        app.router.add_post("/api/chat.postMessage", self.post)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        sender = SlackSender(AsyncWebClient(token="xoxb-t", base_url=f"http://127.0.0.1:{port}/api/"))
        try:
            async with pooled(sender.client):
                yield sender
        finally:
            await runner.cleanup()


OK = (200, {"ok": True, "ts": "1700000000.000100"}, {})
LIMITED = (429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "0"})


@pytest.mark.parametrize(
    ("script", "outcome", "posts"),
    [
        ([OK], "1700000000.000100", 1),
        ([LIMITED, LIMITED, OK], "1700000000.000100", 3),
        ([LIMITED] * 5, TransientFailure("kept rate-limiting"), 5),
        ([(200, {"ok": False, "error": "channel_not_found"}, {})], PermanentFailure("channel_not_found"), 1),
        ([(200, {"ok": False, "error": "is_archived"}, {})], PermanentFailure("is_archived"), 1),
        ([(500, {"ok": False, "error": "internal_error"}, {})], TransientFailure("internal_error"), 1),
        ([(502, "<html>Bad Gateway</html>", {})], TransientFailure("unknown_error"), 1),
        ([(200, {"ok": True}, {})], "", 1),
        ([ScriptedSlack.DROP, OK], "1700000000.000100", 2),
        ([ScriptedSlack.DROP, ScriptedSlack.DROP], TransientFailure("could not be reached"), 2),
    ],
    ids=["ok", "429-twice", "429-always", "gone", "archived", "500", "not-json", "no-ts", "dropped-once",
         "dropped-twice"],
)  # fmt: skip
def test_nudges_slack_sender_posts_itself_and_sorts_slacks_answers(monkeypatch, script, outcome, posts):
    """chat.postMessage goes through the client's pooled session, not slack_sdk's request path: its headers and
    body as slack_sdk's, the ts returned, 429s waited out, SLACK_GONE errors permanent and the rest transient."""
    from slack_sdk.web.async_client import AsyncWebClient

    def slack_sdk_request(*args, **kwargs):
        raise AssertionError("chat.postMessage went through slack_sdk's request path")

    monkeypatch.setattr(AsyncWebClient, "api_call", slack_sdk_request)
    monkeypatch.setattr(adapters.nudge_senders, "PER_CHANNEL_INTERVAL", 0.01)
    slack = ScriptedSlack(*script)

    async def scenario():
        async with slack.serving() as sender:
            return await sender.send("C1", Reply("nudge", "hello & <welcome>"))

    if isinstance(outcome, Exception):
        with pytest.raises(type(outcome), match=str(outcome)):
            asyncio.run(scenario())
    else:
        assert asyncio.run(scenario()) == outcome
    assert len(slack.posts) == posts and not slack.script
    headers, body = slack.posts[0]
    assert headers["Authorization"] == "Bearer xoxb-t" and headers["Content-Type"].startswith("application/json")
    assert headers["User-Agent"].startswith("Python/") and "slackclient/" in headers["User-Agent"]
    assert body == {"channel": "C1", **to_block_kit(Reply("nudge", "hello & <welcome>"))}


def test_nudges_slack_sender_cannot_reach_slack_is_transient():
    """Nothing listening on the port: the nudge is released to be tried at the next run."""
    from slack_sdk.web.async_client import AsyncWebClient

    from adapters.nudge_senders import pooled

    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    sender = SlackSender(AsyncWebClient(token="xoxb-t", base_url=f"http://127.0.0.1:{port}/api/"))

    async def scenario():
        async with pooled(sender.client):
            await sender.send("C1", Reply("nudge", "hello"))

    with pytest.raises(TransientFailure, match="could not be reached"):
        asyncio.run(scenario())


def test_nudges_champion_commands_and_refusal(conversation, tracking):
    def say(text, user="slack:UCHAMP", channel="C7"):
        (reply,) = asyncio.run(conversation.handle(Event(user, channel, text)))
        return reply

    refused = say("nudge weekly mon 09:00", user="slack:UOTHER")
    assert "Only safeguarding champions" in refused.text and refused.private
    tracking.grant_role("slack:UCHAMP", "champion")
    made = say("nudge weekly wed 14:30 hidden-men")
    assert made.private and "every wed 14:30 Europe/London on hidden-men" in made.text
    (schedule,) = tracking.schedules()
    assert (schedule.channel, schedule.created_by) == ("C7", "slack:UCHAMP")
    assert schedule.id in say("nudge list").text
    preview = say("nudge preview")
    assert preview.kind == "nudge" and preview.private and preview.sources
    assert "paused" in say(f"nudge pause {schedule.id}").text
    assert "active" in say(f"nudge resume {schedule.id}").text
    assert "cancelled" in say(f"nudge cancel {schedule.id}").text
    assert "not a day" in say("nudge weekly someday 09:00").text
    assert "No nudge with that id" in say("nudge pause nope").text


def test_nudges_quick_question_records_engagement(conversation, tracking, nudger, capsys):
    _schedule(nudger, channel="C9")
    sender = FakeSender()
    _run(nudger, datetime(2026, 11, 30, 9, 5, tzinfo=UTC), sender)
    ((_, nudge),) = sender.sent
    quick = _choice(nudge, "Quick question").value
    (question,) = asyncio.run(conversation.handle(Event("slack:U5", "C9", action=quick)))
    assert question.private and question.text.startswith("Quick question:")
    for choice in question.choices[:2]:  # a second answer does not count again
        asyncio.run(conversation.handle(Event("slack:U5", "C9", action=choice.value)))
    read_more = _choice(nudge, "Read more").value
    for _ in range(3):
        assert asyncio.run(conversation.handle(Event("slack:U5", "C9", action=read_more))) == []
    assert main(["--data-dir", str(tracking.root), "results", "--nudges", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["delivered"] and row["answered"] == 1 and row["read_more"] == 1 and row["correct"] in (0, 1)


def test_nudges_engagement_counts_only_people_the_nudge_reached(conversation, tracking, nudger):
    schedule = _schedule(nudger, channel="C9")
    sender = FakeSender()
    _run(nudger, datetime(2026, 11, 30, 9, 5, tzinfo=UTC), sender)
    ((_, nudge),) = sender.sent
    quick, read_more = _choice(nudge, "Quick question").value, _choice(nudge, "Read more").value
    _, _, _, quiz, question = quick.split("|")
    answer = encode(QuickAnswer(schedule.id, "2026-W49", quiz, question, 0))
    unsent_week = encode(QuickQuestion(schedule.id, "2026-W50", quiz, question))

    def say(user, channel, action):
        return asyncio.run(conversation.handle(Event(user, channel, action=action)))

    for n in range(50):  # anonymous playground visitors: never in the channel
        assert "were not asked" in say(f"web:v{n}", "web", answer)[0].text
        say(f"web:v{n}", "web", read_more)
        assert "another channel" in say(f"web:v{n}", "web", quick)[0].text
    assert "another channel" in say("slack:U7", "COTHER", quick)[0].text  # someone elsewhere
    assert "were not asked" in say("slack:U7", "C9", answer)[0].text  # answering without being asked
    assert "another channel" in say("slack:U7", "C9", unsent_week)[0].text  # a week never sent
    assert "another channel" in say("msteams:U7", "C9", quick)[0].text  # another platform's "C9"
    assert tracking.nudge_events() == []
    assert not (tracking.root / "nudges" / "2026-W50.json").exists()  # a week never sent makes no file


def test_nudges_a_nudge_posted_just_before_a_crash_still_counts_clicks(conversation, tracking, nudger):
    schedule = _schedule(nudger, channel="C9")
    tracking.claim_deliveries([(schedule, "2026-W49")], "sending")  # posted, then the server died before "sent"
    quiz = next(iter(conversation.engine.quizzes.values()))
    quick = encode(QuickQuestion(schedule.id, "2026-W49", quiz.id, quiz.questions[0].id))
    (question,) = asyncio.run(conversation.handle(Event("slack:U8", "C9", action=quick)))
    assert question.text.startswith("Quick question:")
    assert [e["kind"] for e in tracking.nudge_events()] == ["asked"]


def _monday_on_or_after(day: date) -> date:
    return day + timedelta(days=-day.weekday() % 7)


def test_nudges_cli_acceptance_with_a_mock_slack_api(tmp_path, monkeypatch, capsys):
    mock = MockSlackAPI()
    data = ["--data-dir", str(tmp_path / "d")]
    with served_in_a_thread(mock.app) as port:
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
        monkeypatch.setenv("SLACK_SIGNING_SECRET", "secret")
        monkeypatch.setenv("SLACK_API_URL", f"http://127.0.0.1:{port}/api/")
        assert main([*data, "nudges", "schedule", "slack:C1", "weekly", "mon", "09:00"]) == 0
        # the schedule starts now (the real clock), so runs are on Mondays after it: one in winter at 09:05 GMT, one in
        # summer at 08:05 UTC, which is 09:05 BST
        winter = _monday_on_or_after(date.today() + timedelta(days=7))
        while winter.month in range(4, 11):
            winter = _monday_on_or_after(winter + timedelta(days=7))
        summer = _monday_on_or_after(date(winter.year + (winter.month > 6), 6, 1))
        assert main([*data, "nudges", "run-due", "--now", f"{winter}T09:05:00Z"]) == 0
        assert main([*data, "nudges", "run-due", "--now", f"{winter}T09:05:00Z"]) == 0
        first = mock.sent("chat.postMessage")
        assert main([*data, "nudges", "run-due", "--now", f"{summer}T08:05:00Z"]) == 0
        both = mock.sent("chat.postMessage")
    out = capsys.readouterr().out
    assert "1 sent" in out and "0 sent" in out
    assert len(first) == 1 and len(both) == 2
    body = first[0][1]
    assert body["channel"] == "C1" and body["text"].startswith("This week's learning")
    assert any(b["type"] == "context" for b in body["blocks"])
    assert both[1][1]["text"] != body["text"]


def test_nudges_teams_delivery_is_a_new_channel_post_through_the_stored_reference(tracking, shipped_store):
    from adapters.nudge_senders import TeamsSender
    from adapters.teams_door import teams_adapter
    from bot.replies import Reply
    from bot.settings import Settings
    from tests.teams_harness import MockConnector, fixture

    connector = MockConnector()
    gone = web.Application()

    async def refuse(request):
        return web.json_response({"error": {"code": "BotNotInConversationRoster"}}, status=403)

    gone.router.add_post("/v3/conversations", refuse)

    async def scenario():
        results = {}
        for name, app in (("ok", connector.app), ("gone", gone)):
            runner = web.AppRunner(app)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            port = site._server.sockets[0].getsockname()[1]
            reference = {**fixture("channel_mention.json"), "serviceUrl": f"http://127.0.0.1:{port}/"}
            from botbuilder.core import TurnContext
            from botbuilder.schema import Activity

            ref = TurnContext.get_conversation_reference(Activity().deserialize(reference)).serialize()
            tracking.save_conversation(f"{name}-{ref['conversation']['id']}", ref)
            sender = TeamsSender(teams_adapter(Settings(tracking.root, shipped_store.root)), "", tracking)
            try:
                await sender.send("19:a1b2c3channel@thread.tacv2", Reply("nudge", f"This week's learning ({name})"))
                results[name] = "sent"
            except PermanentFailure as exc:
                results[name] = str(exc)
            await runner.cleanup()
            tracking.delete_conversation(f"{name}-{ref['conversation']['id']}")
        return results

    results = asyncio.run(scenario())
    assert results["ok"] == "sent" and "403" in results["gone"]
    ((verb, conversation, activity),) = connector.calls
    assert (verb, conversation) == ("create", "19:a1b2c3channel@thread.tacv2")  # a new top-level post
    assert activity["attachments"][0]["content"]["body"][0]["text"] == "This week's learning (ok)"


def test_nudges_teams_fan_out_reads_the_stored_references_once_and_again_for_a_new_team(tracking, shipped_store):
    from botbuilder.core import TurnContext
    from botbuilder.schema import Activity

    from adapters.nudge_senders import TeamsSender
    from adapters.teams_door import teams_adapter
    from bot.replies import Reply
    from bot.settings import Settings
    from tests.teams_harness import MockConnector, fixture, serving

    connector = MockConnector()
    reads = []
    real = tracking.conversations
    tracking.conversations = lambda: (reads.append(1), real())[1]

    def remember(port: int, channel: str) -> None:
        raw = fixture("channel_mention.json")
        raw = {**raw, "serviceUrl": f"http://127.0.0.1:{port}/",
               "conversation": {**raw["conversation"], "id": f"{channel};messageid=1"},
               "channelData": {**raw.get("channelData", {}), "channel": {"id": channel}}}  # fmt: skip
        ref = TurnContext.get_conversation_reference(Activity().deserialize(raw)).serialize()
        tracking.save_conversation(channel, ref)

    async def scenario():
        async with serving(connector.app) as port:
            channels = [f"19:team{n}@thread.tacv2" for n in range(4)]
            for channel in channels[:3]:
                remember(port, channel)
            sender = TeamsSender(teams_adapter(Settings(tracking.root, shipped_store.root)), "", tracking)
            for channel in channels[:3]:
                await sender.send(channel, Reply("nudge", "This week's learning"))
            after_three = len(reads)
            remember(port, channels[3])  # the bot added to a fourth team after the run began
            await sender.send(channels[3], Reply("nudge", "This week's learning"))
            return after_three, channels

    after_three, channels = asyncio.run(scenario())
    assert after_three == 1 and len(reads) == 2
    assert [conversation for _, conversation, _ in connector.calls] == channels


def test_nudges_slack_champion_schedules_with_the_slash_command_and_read_more_counts(
    answerer, shipped_quizzes, tracking
):
    from tests.slack_harness import SlackHarness

    tracking.grant_role("slack:U2147483697", "champion")

    async def scenario(h):
        await h.command("nudge weekly mon 09:00 was-not-brought")
        ((_, confirmation),) = await h.wait_for(1, "response_url")
        (schedule,) = tracking.schedules()
        tracking.claim_deliveries([(schedule, "2026-W49")], "sending")
        tracking.finish_deliveries([DeliveryOutcome(schedule.id, "2026-W49", "sent", "some-point")])
        read_more = f"more|{schedule.id}|2026-W49"
        assert (await h.click(read_more, channel="C2147483705"))[0] == 200
        assert (await h.click(read_more, channel="C0ELSEWHERE", user="U0OTHER"))[0] == 200  # not reached
        assert (await h.click(f"more|{schedule.id}|../../x"))[0] == 400
        await asyncio.sleep(0.3)
        return confirmation, schedule

    from tests.conftest import run_with

    confirmation, schedule = run_with(SlackHarness(answerer, shipped_quizzes, tracking), scenario)
    assert "Scheduled" in confirmation["text"] and schedule.channel == "C2147483705"
    assert tracking.nudge_events() == [
        {"schedule": schedule.id, "period": "2026-W49", "kind": "read_more", "user": "slack:U2147483697"}
    ]


def test_nudges_a_batch_chooses_each_channels_point_as_one_at_a_time_would(nudger):
    """next_points lists each set of topics' points once for a whole batch (the Python work a delivery costs in a
    worker thread beside the event loop); each channel still gets the point it has seen least, from its topics."""
    a = _schedule(nudger, topics=("was-not-brought",), channel="CA")
    b = _schedule(nudger, topics=("was-not-brought",), channel="CB")
    c = _schedule(nudger, topics=(), channel="CC")
    first = nudger.next_point(a)
    nudger.store.claim_deliveries([(a, "2026-W49")], "sending")
    nudger.store.finish_deliveries([DeliveryOutcome(a.id, "2026-W49", "sent", first.id)])
    chosen = nudger.next_points([a, b, c])
    assert chosen == [nudger.next_point(s) for s in (a, b, c)]
    assert chosen[0] != first and chosen[1] == first  # CA has seen its first point; CB has not


def test_nudges_next_point_is_the_least_seen_first_among_equals(nudger):
    """Once every point of the topics has been sent, the least seen comes next, the first in order among equals."""
    schedule = _schedule(nudger, topics=("was-not-brought",), channel="CR")
    points = nudger.points(schedule)
    sent = [p.id for p in points] + [points[0].id, points[2].id]  # every point once; the first and third twice
    for week, item in enumerate(sent, start=1):
        nudger.store.claim_deliveries([(schedule, f"2025-W{week:02d}")], "sending")
        nudger.store.finish_deliveries([DeliveryOutcome(schedule.id, f"2025-W{week:02d}", "sent", item)])
    assert nudger.next_point(schedule) == points[1]


def test_nudges_quick_question_follows_the_quizzes_a_reload_brings(nudger):
    """The quiz question a nudge offers is looked up in an index of the quizzes, rebuilt when a content reload
    replaces them."""
    item = next(i for i in nudger.content.items if nudger.quick_question(i))
    quiz, question = nudger.quick_question(item)
    assert question.item == item.id or quiz.topics[0] in item.topics
    nudger.quizzes = {}
    assert nudger.quick_question(item) is None
