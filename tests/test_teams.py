import asyncio
import json
from pathlib import Path

import pytest
from botbuilder.core.adapters import TestAdapter

from adapters.teams_cards import to_adaptive_card
from adapters.teams_door import SafeguardTeamsBot
from bot.conversation import Conversation, Event
from bot.replies import Choice, Reply
from cli.main import main
from content.model import Citation
from quizzes.engine import QuizEngine
from tests.conftest import run_with
from tests.teams_harness import TeamsHarness, card_errors, fixture


@pytest.fixture
def harness(answerer, shipped_quizzes, tracking):
    return TeamsHarness(answerer, shipped_quizzes, tracking)


run = run_with


def test_teams_card_is_valid_adaptive_card_1_5_with_citations_and_actions():
    reply = Reply(
        "answer",
        "A CSPR is a Child Safeguarding Practice Review.",
        (Citation("CSPR", "CSCP 12 Month Report 2019", "2. Serious Case Reviews", "https://example.org/r.pdf"),),
        choices=(
            Choice("Open the guide", url="https://example.org/r.pdf"),
            Choice("Take the 2-minute quiz: X", "start|x", "quiz x"),
            Choice("Helpful", "vote|yes|cspr"),
        ),
    )
    card = to_adaptive_card(reply)
    assert card_errors(card) == []
    assert card["version"] == "1.5"
    assert card["body"][1]["text"] == "[1] CSPR: CSCP 12 Month Report 2019, 2. Serious Case Reviews"
    assert [a["type"] for a in card["actions"]] == ["Action.OpenUrl", "Action.Submit", "Action.Submit"]
    assert card["actions"][0]["url"] == "https://example.org/r.pdf"
    assert card["actions"][1]["data"] == {"action": "start|x", "prompt": reply.text}
    assert card_errors({**card, "body": "not a list"}) != []  # the check can fail


def test_teams_message_gets_one_reply_whose_card_cites_its_source(harness):
    async def scenario(h):
        assert (await h.say("what is a CSPR"))[0] in (200, 201)
        return h.connector.calls

    calls = run(harness, scenario)
    assert len(calls) == 1
    verb, conversation, activity = calls[0]
    assert (verb, conversation) == ("reply", "a:1personalConversationIdPriya")
    assert activity["replyToId"] == "1732442400000"
    (attachment,) = activity["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    card = attachment["content"]
    assert card_errors(card) == []
    assert "Child Safeguarding Practice Review" in card["body"][0]["text"]
    assert card["body"][1]["text"].startswith("[1] ")


def test_teams_channel_mention_is_stripped_and_answered(harness):
    async def scenario(h):
        await h.post(fixture("channel_mention.json"))
        return h.connector.cards()

    (card,) = run(harness, scenario)
    assert "Child Safeguarding Practice Review" in card["body"][0]["text"]


def test_teams_urgent_in_a_channel_goes_privately_as_plain_text_not_quoted_and_not_stored(harness, tracking):
    activity = fixture("channel_mention.json")
    activity["text"] = "<at>safeguard-bot</at> he says his dad hit him and he is scared to go home tonight"

    async def scenario(h):
        await h.post(activity)
        return h.connector.calls, h.connector.created

    calls, created = run(harness, scenario)
    (pointer,) = [a for verb, conv, a in calls if conv.startswith("19:")]  # in the channel: only a pointer
    assert "one-to-one" in json.dumps(pointer) and "dad" not in json.dumps(pointer)
    (sent,) = [a for verb, conv, a in calls if verb != "create" and not conv.startswith("19:")]  # one-to-one
    assert created[0]["isGroup"] is False and created[0]["members"][0]["id"] == activity["from"]["id"]
    assert "attachments" not in sent or not sent["attachments"]
    assert sent["text"].startswith("If a child is in immediate danger, call the police on 999")
    assert "dad hit him" not in sent["text"] and "not been stored" in sent["text"]
    assert tracking.gaps() == []


def test_teams_quiz_by_submitting_cards_completes_beside_slack_learners(harness, tracking, answerer, capsys):
    asyncio.run(Conversation(answerer, QuizEngine(harness.quizzes, tracking)).handle(
        Event("slack:U1", "D1", "quiz was-not-brought")))  # fmt: skip

    async def scenario(h):
        await h.say("quiz was-not-brought")
        submits = 0
        while True:
            *_, last = h.connector.calls[-1]
            card = last["attachments"][0]["content"]
            if "You finished" in card["body"][0]["text"]:
                return submits
            first_choice = next(a for a in card["actions"] if a["type"] == "Action.Submit")
            await h.submit(first_choice["data"], reply_to=f"card-{submits}")
            submits += 1
            assert submits < 20

    submits = run(harness, scenario)
    assert submits == 1 + 7 + 2
    updates = [c for v, _, c in harness.connector.calls if v == "update"]
    assert len(updates) == submits and all(card_errors(u["attachments"][0]["content"]) == [] for u in updates)
    assert {u["id"] for u in updates} == {f"card-{n}" for n in range(submits)}
    assert main(["--data-dir", str(tracking.root), "results", "was-not-brought", "--json"]) == 0
    (quiz,) = json.loads(capsys.readouterr().out)["quizzes"]
    learners = {row["learner"]: row["status"] for row in quiz["learners"]}
    assert learners == {"msteams:6f1c2f3e-1111-2222-3333-444455556666": "completed", "slack:U1": "in_progress"}
    assert tracking.learner("msteams:6f1c2f3e-1111-2222-3333-444455556666").name == "Priya Shah"


def test_teams_quiz_asked_for_in_a_channel_starts_in_the_personal_chat(harness):
    activity = fixture("channel_mention.json")
    activity["text"] = "<at>safeguard-bot</at> quiz hidden-men"

    async def scenario(h):
        await h.post(activity)
        return h.connector.calls

    calls = run(harness, scenario)
    (pointer,) = [a["attachments"][0]["content"] for verb, conv, a in calls if conv.startswith("19:")]
    assert "one-to-one" in pointer["body"][0]["text"]
    (quiz,) = [a["attachments"][0]["content"] for verb, conv, a in calls if verb != "create" and conv.startswith(";")]
    assert "how confident" in quiz["body"][0]["text"] and quiz["actions"]


def test_teams_conversation_references_kept_on_add_and_first_message_forgotten_on_remove(harness, tracking):
    removed = fixture("conversation_update_added.json")
    removed["membersRemoved"] = removed.pop("membersAdded")
    removed["channelData"]["eventType"] = "teamMemberRemoved"

    async def scenario(h):
        await h.post(fixture("conversation_update_added.json"))
        after_add = [r["conversation"]["id"] for r in tracking.conversations()]
        await h.say("what is an IMR")
        after_message = sorted(r["conversation"]["id"] for r in tracking.conversations())
        await h.post(removed)
        return after_add, after_message, [r["conversation"]["id"] for r in tracking.conversations()]

    after_add, after_message, after_remove = run(harness, scenario)
    assert after_add == ["19:d4e5f6team@thread.tacv2"]
    assert after_message == ["19:d4e5f6team@thread.tacv2", "a:1personalConversationIdPriya"]
    assert after_remove == ["a:1personalConversationIdPriya"]
    reference = tracking.conversations()[0]
    assert reference["serviceUrl"].startswith("http://127.0.0.1") and reference["bot"]["id"].startswith("28:")


def test_teams_helpful_vote_is_recorded_and_a_forged_one_refused(harness, tracking):
    async def scenario(h):
        await h.say("what is a CSPR")
        card = h.connector.cards()[-1]
        helpful = next(a["data"] for a in card["actions"] if a["title"] == "Helpful")
        return await h.submit(helpful, reply_to="x"), await h.submit({"action": "vote|yes|Guide 10"}, reply_to="y")

    voted, forged = run(harness, scenario)
    assert voted[0] in (200, 201) and forged[0] == 400
    rows = tracking.votes()
    assert rows and all(r["helpful"] == 1 and r["source"] in {i.id for i in harness.answerer.store.items} for r in rows)


def test_teams_bad_requests_get_4xx_never_500(harness):
    async def scenario(h):
        return [
            await h.post("{}", content_type="text/plain"),
            await h.post(b"{not json"),
            await h.post(b"[1, 2]"),
            await h.post(b"\xff\xfe"),
            await h.post(json.dumps({"type": "message", "serviceUrl": 5, "conversation": "nope"})),
            await h.post("[" * 100_000 + "]" * 100_000),
            await h.post(json.dumps({**fixture("personal_message.json"), "serviceUrl": "https://attacker.example/"})),
        ]

    statuses = [status for status, _ in run(harness, scenario)]
    assert statuses[:4] == [415, 400, 400, 400]
    assert 400 <= statuses[4] < 500
    assert statuses[5:] == [400, 400]  # nested too deep; a serviceUrl off this machine without authentication


def test_teams_without_an_app_id_only_this_machine_may_post(answerer, shipped_quizzes, tracking):
    from aiohttp.test_utils import make_mocked_request

    from adapters.teams_door import TeamsDoor, is_loopback
    from bot.settings import Settings

    door = TeamsDoor(Conversation(answerer, QuizEngine(shipped_quizzes, tracking)), tracking,
                     Settings(tracking.root, Path(".")))  # fmt: skip

    class Peer:
        def get_extra_info(self, name, default=None):
            return ("203.0.113.9", 5000) if name == "peername" else default

    request = make_mocked_request("POST", "/api/messages", headers={"Content-Type": "application/json"},
                                  transport=Peer())  # fmt: skip
    response = asyncio.run(door.handle(request))
    assert response.status == 403
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("203.0.113.9") and not is_loopback("attacker.example") and not is_loopback(None)


def test_teams_with_an_app_id_a_request_without_a_token_gets_401(answerer, shipped_quizzes, tracking):
    harness = TeamsHarness(answerer, shipped_quizzes, tracking, app_id="00000000-0000-0000-0000-000000000001")

    async def scenario(h):
        return await h.say("what is a CSPR"), h.connector.calls

    (status, _), calls = run(harness, scenario)
    assert status == 401 and calls == []


def test_teams_with_an_app_id_a_forged_token_gets_401(answerer, shipped_quizzes, tracking):
    import base64

    harness = TeamsHarness(answerer, shipped_quizzes, tracking, app_id="00000000-0000-0000-0000-000000000001")

    def part(data: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    claims = {"iss": "https://attacker.example", "aud": "x"}
    forged = ".".join([part({"alg": "RS256", "kid": "x"}), part(claims), "c2ln"])

    async def scenario(h):
        activity = fixture("personal_message.json")
        return await h.post(activity, headers={"Authorization": f"Bearer {forged}"}), h.connector.calls

    (status, _), calls = run(harness, scenario)
    assert status == 401 and calls == []


def test_teams_test_adapter_flow(answerer, shipped_quizzes, tracking):
    bot = SafeguardTeamsBot(Conversation(answerer, QuizEngine(shipped_quizzes, tracking)), tracking)
    adapter = TestAdapter(bot.on_turn)

    def card_text(contains: str):
        def check(activity, description):
            card = activity.attachments[0].content
            assert card_errors(card) == [] and contains in card["body"][0]["text"].lower()

        return check

    async def flow():
        step = await adapter.send("help")
        step = await step.assert_reply(card_text("999"))
        step = await step.send("what does IMR stand for")
        await step.assert_reply(card_text("individual management review"))

    asyncio.run(flow())


def test_teams_package_zip_passes_the_manifest_schema(tmp_path, capsys):
    import struct
    import zipfile

    from jsonschema import Draft7Validator

    from tests.teams_harness import FIXTURES

    out = tmp_path / "app.zip"
    app_id = "6C3A1B2D-0000-4000-8000-0123456789AB"
    assert main(["teams-package", "--app-id", app_id, "--out", str(out)]) == 0
    assert "wrote" in capsys.readouterr().out
    with zipfile.ZipFile(out) as package:
        assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(package.read("manifest.json"))
        sizes = {name: struct.unpack(">II", package.read(name)[16:24]) for name in ("color.png", "outline.png")}
    schema = json.loads((FIXTURES / "manifest-schema-1.17-subset.json").read_text())
    assert [e.message for e in Draft7Validator(schema).iter_errors(manifest)] == []
    assert manifest["id"] == manifest["bots"][0]["botId"] == app_id.lower()
    assert set(manifest["bots"][0]["scopes"]) == {"personal", "team", "groupChat"}
    assert sizes == {"color.png": (192, 192), "outline.png": (32, 32)}
    assert list(Draft7Validator(schema).iter_errors({**manifest, "accentColor": "blue"}))  # the check can fail
    assert main(["teams-package", "--app-id", "not-a-guid", "--out", str(tmp_path / "x.zip")]) == 1
    assert "is not an app id" in capsys.readouterr().err
