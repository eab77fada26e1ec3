"""Reminders to learners with assigned learning not done, and champions' weekly digests: paced, only in working
hours in the learner's time zone, stopping at completion, each sent exactly once (fake clock; fake, Slack mock
and Teams mock senders)."""

import asyncio
from datetime import UTC, date, datetime

from bot.reminders import Reminders, in_working_hours, reminder_number
from cli.main import main
from quizzes.tracking import Cohort, Learner
from tests.slack_harness import MockSlackAPI, served_in_a_thread
from tests.test_nudges import FakeSender

DUE = date(2026, 12, 14)  # a Monday; the first reminder falls on Monday 7 December


def at(day: int, hour: int, minute: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def test_reminders_fall_a_week_before_the_due_date_then_weekly_up_to_the_limit():
    assert [reminder_number(DUE, date(2026, 12, d), 3) for d in (6, 7, 13, 14, 20, 21, 28)] == [0, 1, 1, 2, 2, 3, 3]
    assert reminder_number(DUE, date(2027, 3, 1), 3) == 3 and reminder_number(DUE, date(2026, 12, 21), 2) == 2


def test_reminders_working_hours_are_the_learners_own():
    monday = at(7, 9)  # 09:00 in London (GMT in December), 04:00 in New York
    assert in_working_hours(monday, "Europe/London") and not in_working_hours(monday, "America/New_York")
    assert in_working_hours(at(7, 14), "America/New_York") and not in_working_hours(at(7, 13, 59), "America/New_York")
    assert not in_working_hours(at(7, 8, 59), "Europe/London") and not in_working_hours(at(7, 17), "Europe/London")
    assert not in_working_hours(at(12, 10), "Europe/London")  # a Saturday


def _assigned(tracking, quiz_id: str) -> None:
    tracking.save_learner(Learner("slack:ULON", "Lou", "North", "Police"))
    tracking.save_learner(Learner("slack:UNYC", "Nia", "North", "Health", "America/New_York"))
    tracking.save_learner(Learner("msteams:29:teams-user", "Tom", "South", "Council"))
    tracking.save_learner(Learner("slack:UCHAMP", "Cat", "North", "Police"))
    tracking.grant_role("slack:UCHAMP", "champion")
    learners = ("slack:ULON", "slack:UNYC", "msteams:29:teams-user", "web:anonymous")
    tracking.save_cohort(Cohort("north", quiz_id, learners, DUE, "North", assigned_on=date(2026, 11, 30)))


def _run(reminders, now, slack, teams):
    return asyncio.run(reminders.run_due(now, {"slack": slack, "msteams": teams}))


def test_reminders_are_sent_once_in_working_hours_and_stop_at_completion_and_at_the_limit(tracking, shipped_quizzes):
    quiz = shipped_quizzes["hidden-men"]
    _assigned(tracking, quiz.id)
    tracking.revoke_role("slack:UCHAMP", "champion")  # digests apart: see the next test
    reminders = Reminders(tracking, shipped_quizzes, max_reminders=3)
    slack, teams = FakeSender(), FakeSender()
    assert _run(reminders, at(4, 10), slack, teams) == 0  # the Friday before: too early
    assert _run(reminders, at(7, 9, 30), slack, teams) == 2  # London's two; New York is asleep
    assert [user for user, _ in slack.notified] == ["ULON"] and [u for u, _ in teams.notified] == ["29:teams-user"]
    assert f"'{quiz.title}'" in slack.notified[0][1] and "due by Monday 14 December" in slack.notified[0][1]
    assert f"quiz {quiz.id}" in slack.notified[0][1]
    assert _run(reminders, at(7, 9, 30), slack, teams) == 0  # the same run again: nothing twice
    assert _run(reminders, at(7, 14, 30), slack, teams) == 1  # 09:30 in New York
    assert slack.notified[-1][0] == "UNYC"
    # Lou completes; on the due date the others get their second reminder, Lou none.
    attempt = tracking.start_attempt(quiz.id, "slack:ULON", at(8, 11))
    tracking.finish_attempt(attempt.id, at(8, 11, 5).isoformat(), 5, True)
    assert _run(reminders, at(12, 10), slack, teams) == 0  # Saturday
    assert _run(reminders, at(14, 10), slack, teams) == 1 and teams.notified[-1][0] == "29:teams-user"
    assert _run(reminders, at(21, 10), slack, teams) == 1  # Tom's third and last; Nia's come in her hours
    assert "was due on Monday 14 December" in teams.notified[-1][1]
    assert _run(reminders, at(28, 10), slack, teams) == 0  # the limit reached
    assert [user for user, _ in slack.notified].count("ULON") == 1 and len(teams.notified) == 3


def test_champions_digest_lists_their_teams_overdue_learners_once_a_week(tracking, shipped_quizzes):
    quiz = shipped_quizzes["hidden-men"]
    _assigned(tracking, quiz.id)
    tracking.save_learner(Learner("slack:UCHAMP2", "Sam", "West", "Police"))  # a team with nobody overdue
    tracking.grant_role("slack:UCHAMP2", "champion")
    reminders = Reminders(tracking, shipped_quizzes, max_reminders=0)  # digests only
    slack, teams = FakeSender(), FakeSender()
    assert _run(reminders, at(14, 9, 10), slack, teams) == 0  # due today: nobody is overdue yet
    assert _run(reminders, at(21, 9, 10), slack, teams) == 1
    ((user, text),) = slack.notified
    assert user == "UCHAMP" and text.startswith("Your team's overdue learning this week:")
    assert f"- Lou: {quiz.title}, due 14 December 2026" in text and "Nia" in text and "Tom" not in text
    assert _run(reminders, at(21, 15), slack, teams) == 0  # once a week
    assert _run(reminders, at(28, 9, 10), slack, teams) == 1  # next Monday: still overdue


def test_reminders_reach_slack_through_the_cli_run_with_a_mock_slack_api(tmp_path, monkeypatch, capsys):
    mock = MockSlackAPI()
    data = ["--data-dir", str(tmp_path / "d")]
    from bot.storage import TinyStore

    store = TinyStore(tmp_path / "d")
    store.save_learner(Learner("slack:U1", "Ann", "North", "Police"))
    store.save_cohort(Cohort("north", "hidden-men", ("slack:U1",), DUE, "North"))
    with served_in_a_thread(mock.app) as port:
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
        monkeypatch.setenv("SLACK_SIGNING_SECRET", "secret")
        monkeypatch.setenv("SLACK_API_URL", f"http://127.0.0.1:{port}/api/")
        assert main([*data, "nudges", "run-due", "--now", "2026-12-07T10:00:00Z"]) == 0
        assert main([*data, "nudges", "run-due", "--now", "2026-12-07T10:30:00Z"]) == 0
        opened, posted = mock.sent("conversations.open"), mock.sent("chat.postMessage")
    out = capsys.readouterr().out
    assert "1 reminders and champions' digests sent" in out and "0 reminders and champions' digests sent" in out
    assert len(opened) == 1 and opened[0][1]["users"] == "U1"
    ((_, body),) = posted
    assert body["channel"] == "D0DM00001" and body["text"].startswith("Reminder: the quiz")


def test_reminders_reach_teams_in_the_learners_personal_chat(tracking, shipped_store, shipped_quizzes):
    from botbuilder.core import TurnContext
    from botbuilder.schema import Activity

    from adapters.nudge_senders import TeamsSender
    from adapters.teams_door import teams_adapter
    from bot.settings import Settings
    from tests.teams_harness import MockConnector, fixture, serving

    connector = MockConnector()

    async def scenario():
        async with serving(connector.app) as port:
            raw = {**fixture("personal_message.json"), "serviceUrl": f"http://127.0.0.1:{port}/"}
            reference = TurnContext.get_conversation_reference(Activity().deserialize(raw)).serialize()
            tracking.save_conversation(reference["conversation"]["id"], reference)
            user = reference["user"]["id"]
            tracking.save_cohort(Cohort("c", "hidden-men", (f"msteams:{user}",), DUE, "All"))
            sender = TeamsSender(teams_adapter(Settings(tracking.root, shipped_store.root)), "", tracking)
            reminders = Reminders(tracking, shipped_quizzes)
            sent = [await reminders.run_due(at(7, 10), {"msteams": sender}) for _ in range(2)]
            return sent, reference["conversation"]["id"]

    sent, conversation = asyncio.run(scenario())
    assert sent == [1, 0]
    ((_, where, activity),) = connector.calls
    assert where == conversation and activity["attachments"][0]["content"]["body"][0]["text"].startswith("Reminder")
