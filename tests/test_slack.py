import asyncio
import copy
import json
import time

import pytest
import yaml

from adapters.server import SLACK_DOOR
from adapters.slack_blocks import to_block_kit
from bot.replies import Choice, Reply
from cli.main import main
from content.model import Citation
from tests.conftest import run_with
from tests.slack_harness import FIXTURES, SlackHarness, fixture


@pytest.fixture
def harness(answerer, shipped_quizzes, tracking):
    return SlackHarness(answerer, shipped_quizzes, tracking)


run = run_with


def test_slack_block_kit_exact_shape():
    reply = Reply(
        "answer",
        "Use the <Was Not Brought> guide & ask why.",
        (Citation("Safeguard Guide 10", "Child N response", "6. CSCP Response", "https://example.org/g10.pdf"),),
        0.9,
        choices=(
            Choice("Open the guide", url="https://example.org/g10.pdf"),
            Choice("Take the 2-minute quiz: Was Not Brought", "start|was-not-brought", "quiz was-not-brought"),
            Choice("Helpful", "vote|yes|sg10"),
        ),
    )
    assert to_block_kit(reply) == {
        "text": "Use the <Was Not Brought> guide & ask why.",
        "blocks": [
            {"type": "section",
             "text": {"type": "mrkdwn", "text": "Use the &lt;Was Not Brought&gt; guide &amp; ask why."}},
            {"type": "context", "elements": [
                {"type": "mrkdwn", "text": "[1] Safeguard Guide 10: Child N response, 6. CSCP Response"}]},
            {"type": "actions", "elements": [
                {"type": "button", "text": {"type": "plain_text", "text": "Open the guide"}, "action_id": "choice_0",
                 "url": "https://example.org/g10.pdf"},
                {"type": "button", "text": {"type": "plain_text", "text": "Take the 2-minute quiz: Was Not Brought"},
                 "action_id": "choice_1", "value": "start|was-not-brought"},
                {"type": "button", "text": {"type": "plain_text", "text": "Helpful"}, "action_id": "choice_2",
                 "value": "vote|yes|sg10"},
            ]},
        ],
    }  # fmt: skip


def test_slack_mention_is_answered_once_in_its_thread_with_citations(harness, answerer):
    async def scenario(h):
        assert await h.event(fixture("app_mention.json")) == (200, "")
        (call,) = await h.wait_for(1, "chat.postMessage")
        retried = await h.event(fixture("app_mention.json"), headers={"X-Slack-Retry-Num": "1"})
        await asyncio.sleep(0.3)
        return call, retried, h.mock.sent("chat.postMessage")

    (_, body), retried, posts = run(harness, scenario)
    expected = answerer.answer("what does MASH mean")
    assert expected.kind == "answer"
    assert body == {
        "channel": "C0LAN2Q65",
        "thread_ts": "1515449522.000016",
        "team_id": "T0001",
        **json.loads(
            json.dumps(to_block_kit(Reply(expected.kind, expected.text, expected.sources, choices=body_choices(body))))
        ),
    }
    assert body["blocks"][1]["type"] == "context" and "[1]" in body["blocks"][1]["elements"][0]["text"]
    assert retried == (200, "already handled")
    assert len(posts) == 1


def body_choices(body: dict) -> tuple[Choice, ...]:
    """The choices the bot added to an answer, read back from the buttons it sent."""
    buttons = [e for b in body["blocks"] if b["type"] == "actions" for e in b["elements"]]
    return tuple(Choice(e["text"]["text"], e.get("value", ""), url=e.get("url", "")) for e in buttons)


def test_slack_direct_message_is_answered_in_the_conversation(harness):
    async def scenario(h):
        await h.event(fixture("message_im.json"))
        return await h.wait_for(1, "chat.postMessage")

    ((_, body),) = run(harness, scenario)
    assert body["channel"] == "D024BE91L" and "thread_ts" not in body
    assert "strategy" in body["text"].lower()


def test_slack_own_and_other_bots_messages_are_ignored(harness):
    own = copy.deepcopy(fixture("message_im.json"))
    own["event"].update(user="U0BOT", bot_id="B0BOT", event_id="x")
    own["event_id"] = "Ev0OWN"
    other = copy.deepcopy(fixture("message_im.json"))
    other["event"].update(subtype="bot_message", bot_id="B0OTHER")
    other["event_id"] = "Ev0OTHER"

    async def scenario(h):
        assert (await h.event(own))[0] == 200
        assert (await h.event(other))[0] == 200
        await asyncio.sleep(0.5)
        return h.mock.sent("chat.postMessage", "chat.postEphemeral")

    assert run(harness, scenario) == []


def test_slack_bad_missing_or_stale_signature_is_refused(harness):
    body = json.dumps(fixture("app_mention.json"))

    async def scenario(h):
        results = [
            await h.post(body, "application/json", sign=False),
            await h.post(body, "application/json", sign=False, headers={"X-Slack-Signature": "v0=" + "0" * 64}),
            await h.post(body, "application/json", timestamp=int(time.time()) - 600),
        ]
        await asyncio.sleep(0.3)
        return results, h.mock.calls

    results, calls = run(harness, scenario)
    assert results == [(401, "invalid or stale signature")] * 3
    assert calls == []


def test_slack_url_verification_is_answered(harness):
    status, text = run(harness, lambda h: h.event(fixture("url_verification.json")))
    assert status == 200 and json.loads(text) == {"challenge": fixture("url_verification.json")["challenge"]}


def test_slack_urgent_and_personal_messages_are_private_and_never_quoted(harness):
    urgent = copy.deepcopy(fixture("app_mention.json"))
    urgent["event"]["text"] = "<@U0BOT> she says he hits her and she's scared to go home tonight"
    personal = copy.deepcopy(fixture("app_mention.json"))
    personal["event_id"] = "Ev0PII"
    personal["event"]["text"] = "<@U0BOT> is Amy Jones dob 01/02/2019 of HX1 2AB known?"

    async def scenario(h):
        await h.event(urgent)
        await h.event(personal)
        return await h.wait_for(2, "chat.postEphemeral", "chat.postMessage")

    calls = run(harness, scenario)
    assert [m for m, _ in calls] == ["chat.postEphemeral", "chat.postEphemeral"]
    # the two events are handled concurrently: the replies may come in either order
    first, second = sorted((body for _, body in calls), key=lambda body: "999" not in body["text"])
    assert first["user"] == "U0LAN0Z89" and first["channel"] == "C0LAN2Q65"
    assert first["text"].startswith("If a child is in immediate danger, call the police on 999")
    assert "hits her" not in first["text"] and "hits her" not in json.dumps(first)
    assert "delete" in second["text"] and "Amy" not in second["text"] and "HX1" not in second["text"]


def test_slack_slash_command_help_ask_and_unknown(harness):
    async def scenario(h):
        for text in ("help", "ask what is an IMR", "dance"):
            assert await h.command(text) == (200, "")
        return await h.wait_for(3, "response_url")

    calls = run(harness, scenario)
    # each command is answered on its own: the replies may come in any order
    answers = [body["text"] for _, body in calls if "individual management review" in body["text"].lower()]
    helps = [body["text"] for _, body in calls if body["text"].startswith("I answer from")]
    assert len(answers) == 1 and len(helps) == 2 and helps[0] == helps[1]
    assert all(body["response_type"] == "ephemeral" for _, body in calls)  # only the person who typed it


def test_slack_quiz_from_slash_command_clicked_to_completion(harness, tracking, capsys):
    async def scenario(h):
        await h.command("quiz")
        ((_, listing),) = await h.wait_for(1, "response_url")
        start = next(e["value"] for b in listing["blocks"] if b["type"] == "actions" for e in b["elements"]
                     if e["value"] == "start|was-not-brought")  # fmt: skip
        await h.click(start, channel="C2147483705")
        posts = await h.wait_for(1, "chat.postMessage")
        clicks = 0
        while "You finished" not in posts[-1][1]["text"]:
            _, message = posts[-1]
            buttons = [e for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]]
            await h.click(buttons[0]["value"], message_ts=f"9.{len(posts)}", text=message["text"])
            clicks += 1
            posts = await h.wait_for(len(posts) + 1, "chat.postMessage")
            assert clicks < 20
        return posts, h.mock.sent("chat.update"), h.mock.sent("conversations.open"), h.mock.sent("response_url")

    posts, updates, opened, ephemeral = run(harness, scenario)
    assert all(body["channel"] == "D0DM00001" for _, body in posts)  # privately, in the DM
    assert len(opened) == 1 and "direct message" in ephemeral[-1][1]["text"]
    assert len(updates) == 7 + 3  # each of 7 questions and 3 ratings updated in place
    feedback = [body for _, body in updates if "Right." in body["text"] or "Not quite." in body["text"]]
    assert len(feedback) == 7 and all(b["blocks"][-1]["type"] == "context" for b in feedback)
    assert not any(b["type"] == "actions" for _, body in updates for b in body["blocks"])
    (attempt,) = tracking.attempts("was-not-brought")
    assert attempt.status == "completed" and attempt.learner == "slack:U2147483697"
    # the version of each item its questions cite, as the attempt started (issue 15: content kept current)
    quiz = harness.quizzes["was-not-brought"]
    assert attempt.item_versions == {question.item: question.item_version for question in quiz.questions} != {}
    assert tracking.learner("slack:U2147483697").name == "Steve Test"
    assert main(["--data-dir", str(tracking.root), "results", "was-not-brought", "--json"]) == 0
    (quiz,) = json.loads(capsys.readouterr().out)["quizzes"]
    assert quiz["completed"] == 1 and quiz["learners"][0]["name"] == "Steve Test"


def test_slack_two_clicks_on_one_question_record_one_answer(harness, tracking):
    async def scenario(h):
        await h.click("start|hidden-men")
        ((_, rating),) = await h.wait_for(1, "chat.postMessage")
        await h.click(parse_button(rating, 0), message_ts="5.1")
        _, (_, question) = await h.wait_for(2, "chat.postMessage")
        await asyncio.gather(h.click(parse_button(question, 1), message_ts="5.2"),
                             h.click(parse_button(question, 1), message_ts="5.2"))  # fmt: skip
        await h.wait_for(1, "chat.update")
        await asyncio.sleep(0.5)

    run(harness, scenario)
    (attempt,) = tracking.attempts("hidden-men")
    assert len(attempt.answers) == 1


def parse_button(message: dict, n: int) -> str:
    return [e for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]][n]["value"]


def test_slack_helpful_votes_are_recorded_by_the_cited_items(harness, tracking):
    async def scenario(h):
        await h.event(fixture("message_im.json"))
        ((_, answer),) = await h.wait_for(1, "chat.postMessage")
        buttons = {e["text"]["text"]: e for b in answer["blocks"] if b["type"] == "actions" for e in b["elements"]}
        await h.click(buttons["Helpful"]["value"], action_id=buttons["Helpful"]["action_id"], channel="D024BE91L")
        await h.click(buttons["Not helpful"]["value"], action_id=buttons["Not helpful"]["action_id"], channel="D1")
        forged = await h.click("vote|yes|=HYPERLINK(1)", channel="D1")
        await h.wait_for(2, "chat.postEphemeral")
        return forged

    forged = run(harness, scenario)
    rows = tracking.votes()
    assert rows and all(row["helpful"] == 1 and row["not_helpful"] == 1 for row in rows)
    assert {row["source"] for row in rows} <= {item.id for item in harness.answerer.store.items}
    assert forged[0] == 400  # a value the bot did not make: refused, nothing stored


def test_slack_malformed_bodies_get_4xx_with_a_reason(harness):
    async def scenario(h):
        return [
            await h.post("{not json", "application/json"),
            await h.post('["a list"]', "application/json"),
            await h.post("payload=%7Bbroken", "application/x-www-form-urlencoded"),
            await h.post("text=hello", "application/x-www-form-urlencoded"),
            await h.post("hello", "text/plain"),
            await h.post(b"\xff\xfe{}", "application/json"),
            await h.post(b"x" * (1024 * 1024 + 10), "application/json"),
            await h.event({"type": "event_callback", "event_id": "Ev9", "event": {"type": "reaction_added"}}),
        ]

    results = run(harness, scenario)
    statuses = [status for status, _ in results]
    assert statuses[:7] == [400, 400, 400, 400, 415, 400, 413]
    assert results[0][1] == "malformed JSON" and results[4][1].startswith("expected application/json")
    assert 400 <= statuses[7] < 500 or statuses[7] == 200


def test_slack_handler_error_apologises_and_the_server_lives_on(harness, caplog):
    async def scenario(h):
        async def broken(event):
            raise RuntimeError("boom")

        h.client.server.app[SLACK_DOOR].conversation.handle = broken
        await h.event(fixture("message_im.json"))
        calls = await h.wait_for(1, "chat.postEphemeral")
        health = await h.client.get("/healthz")
        return calls, health.status

    calls, health = run(harness, scenario)
    assert calls[0][1]["text"].startswith("Sorry, something went wrong")
    assert health == 200
    assert caplog.text.count("slack listener failed") == 1


def test_slack_manifest_declares_what_the_bot_uses():
    manifest = yaml.safe_load((FIXTURES.parent.parent.parent / "manifests" / "slack.yml").read_text())
    assert manifest["features"]["bot_user"]["display_name"]
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True
    assert manifest["features"]["slash_commands"][0]["command"] == "/safeguard"
    assert set(manifest["oauth_config"]["scopes"]["bot"]) >= {"app_mentions:read", "chat:write", "commands",
                                                              "im:history", "im:write", "users:read"}  # fmt: skip
    # channel messages: a reply in a ticket's thread answers it (bot/tickets.py); private adviser channels too
    assert set(manifest["settings"]["event_subscriptions"]["bot_events"]) == {
        "app_mention",
        "message.im",
        "message.channels",
        "message.groups",
    }
    assert {"channels:history", "groups:history"} <= set(manifest["oauth_config"]["scopes"]["bot"])
    settings, command = manifest["settings"], manifest["features"]["slash_commands"][0]
    urls = {settings["event_subscriptions"]["request_url"], settings["interactivity"]["request_url"], command["url"]}
    assert len(urls) == 1 and urls.pop().endswith("/slack/events")


def test_slack_socket_mode_requests_are_checked_and_answered_once_too(harness):
    """Socket Mode hands requests to bolt directly (AsyncApp.async_dispatch), past SlackDoor.handle."""
    from slack_bolt.request.async_request import AsyncBoltRequest

    async def scenario(h):
        door = h.client.server.app[SLACK_DOOR]
        event = json.dumps(fixture("app_mention.json"))
        first = await door.app.async_dispatch(AsyncBoltRequest(body=event, mode="socket_mode"))
        again = await door.app.async_dispatch(AsyncBoltRequest(body=event, mode="socket_mode"))
        click = copy.deepcopy(fixture("block_actions.json"))
        click["actions"][0].update(value="start|../../etc", action_id="choice_0")
        forged = await door.app.async_dispatch(AsyncBoltRequest(body=click, mode="socket_mode"))
        await h.wait_for(1, "chat.postMessage")
        await asyncio.sleep(0.3)
        return first.status, (again.status, again.body), forged.status, h.mock.sent("chat.postMessage")

    first, again, forged, posts = run(harness, scenario)
    assert first == 200 and again == (200, "already handled") and forged == 400 and len(posts) == 1


def test_slack_team_command_shows_a_champion_their_teams_assigned_learning_privately(harness, tracking):
    from datetime import date

    from quizzes.tracking import Cohort, Learner

    tracking.save_learner(Learner("slack:U2147483697", "Cat", "North", "Police"))
    tracking.save_learner(Learner("slack:U1", "Lou", "North", "Police"))
    tracking.save_learner(Learner("slack:U2", "Sam", "South", "Health"))
    tracking.save_cohort(Cohort("c", "hidden-men", ("slack:U1", "slack:U2"), date(2026, 1, 31)))

    async def scenario(h):
        assert await h.command("team") == (200, "")
        tracking.grant_role("slack:U2147483697", "champion")
        assert await h.command("team") == (200, "")
        return await h.wait_for(2, "response_url")

    calls = run(harness, scenario)
    texts = sorted(body["text"] for _, body in calls)
    assert (
        texts[0].startswith("Assigned learning in North (1 overdue):")
        and "- Lou: Hidden Men and Significant Others, overdue (due 31 Jan 2026)" in texts[0]
    )
    assert "Sam" not in texts[0] and texts[1].startswith("Only safeguarding champions")
    assert all(body["response_type"] == "ephemeral" for _, body in calls)
