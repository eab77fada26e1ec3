"""Ask a person: tickets from asking to closing, their notices, and every door's part in them."""

from __future__ import annotations

import asyncio
import html
import json
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import urlparse

import pytest
from aiohttp.test_utils import TestClient, TestServer

from adapters.server import build_web_app
from adapters.teams_cards import TYPED, to_adaptive_card
from adapters.web import dashboard_link
from bot.actions import AskPerson, BadAction, TicketStep, encode
from bot.conversation import Event
from bot.replies import ADVISER_ANSWER, NO_ANSWER, PII_WARNING, PRIVATE, URGENT
from bot.settings import BadSettings, Settings
from bot.tickets import ANSWERED, CLAIMED, CLOSED, NOT_ADVISER, OPEN, adviser_channel_setting
from cli.main import main
from content.loader import SHIPPED_CONTENT
from tests.conftest import make_service, run_with
from tests.slack_harness import SlackHarness, fixture
from tests.teams_harness import TeamsHarness, card_errors

OFF_TOPIC = "what is the best way to organise a team away day"
QUESTION = "how should I challenge a GP who will not share records with the core group"
ADVISER, ASKER = "slack:U0ADVISER", "slack:U0ASKER"


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)

    def __call__(self):
        return self.now


class Senders:
    """A platform's sender as the desk sees it: records what was posted where; Slack-like ts for posts."""

    def __init__(self):
        self.posts: list[tuple[str, object]] = []
        self.notes: list[tuple[str, object]] = []

    async def send(self, channel, reply):
        self.posts.append((channel, reply))
        return f"1700000000.{len(self.posts):06d}"

    async def notify(self, user, reply):
        self.notes.append((user, reply))


@pytest.fixture
def service(answerer, shipped_quizzes, tracking):
    made = make_service(Settings(tracking.root, SHIPPED_CONTENT, adviser_channel="slack:C0ADVISE"), answerer,
                        shipped_quizzes, tracking)  # fmt: skip
    made.desk.clock = Clock()
    tracking.grant_role(ADVISER, "adviser")
    return made


def said(service, user, text="", action=""):
    return asyncio.run(service.conversation.handle(Event(user, "D0DM", text, action)))


def test_a_refusal_offers_an_adviser_and_the_click_opens_a_private_ticket_with_its_own_page(service, tracking):
    (refusal,) = said(service, ASKER, OFF_TOPIC)
    assert refusal.kind == NO_ANSWER
    offer = next(c for c in refusal.choices if c.label == "Ask a safeguarding adviser")
    assert service.conversation.decode(offer.value) == AskPerson(ASKER, OFF_TOPIC)
    (opened,) = said(service, ASKER, action=offer.value)
    (ticket,) = tracking.tickets()
    assert (ticket.asker, ticket.question, ticket.status) == (ASKER, OFF_TOPIC, OPEN)
    assert opened.audience == PRIVATE and ticket.id in opened.text
    assert opened.choices[0].url == f"http://localhost:3978/tickets/{ticket.token}"


def test_asking_a_person_is_typed_too_and_screens_emergencies_and_case_details_storing_neither(service, tracking):
    (opened,) = said(service, ASKER, "ask a person: " + QUESTION)
    assert tracking.tickets()[0].question == QUESTION and "ticket T-" in opened.text
    (urgent,) = said(service, ASKER, "ask a person the baby is not breathing and mum is unconscious right now")
    (pii,) = said(
        service,
        ASKER,
        "ask a person what should I do about the health visits for Jayden Smith, born 04/05/2019, NHS number "
        "943 476 5919",
    )
    assert urgent.kind == URGENT and pii.kind == PII_WARNING
    assert len(tracking.tickets()) == 1
    (empty,) = said(service, ASKER, "ask a person")
    (long,) = said(service, ASKER, "ask a person " + "why " * 400)
    assert "Type 'ask a person'" in empty.text and "shorten" in long.text and len(tracking.tickets()) == 1


def test_without_an_adviser_channel_no_adviser_is_offered_and_asking_says_who_to_ask(conversation, tracking):
    (refusal,) = asyncio.run(conversation.handle(Event(ASKER, "D0DM", OFF_TOPIC)))
    assert all(c.label != "Ask a safeguarding adviser" for c in refusal.choices)
    (off,) = asyncio.run(conversation.handle(Event(ASKER, "D0DM", "ask a person " + QUESTION)))
    assert "not set up" in off.text and tracking.tickets() == []


def test_advisers_alone_claim_answer_and_close_and_a_step_taken_twice_says_so(service, tracking):
    said(service, ASKER, "ask a person " + QUESTION)
    ticket = tracking.tickets()[0]
    claim = encode(TicketStep("claim", ticket.id))
    (refused,) = said(service, "slack:U0NOTADV", action=claim)
    assert refused.text == NOT_ADVISER and tracking.ticket(ticket.id).status == OPEN
    (claimed,) = said(service, ADVISER, action=claim)
    assert claimed.audience != PRIVATE and "claimed by U0ADVISER" in claimed.text
    (again,) = said(service, ADVISER, action=claim)
    assert "already claimed" in again.text
    (answered,) = said(service, ADVISER, f"answer {ticket.id.lower()} Talk to your safeguarding lead today.")
    assert "on its way to the person who asked" in answered.text
    stored = tracking.ticket(ticket.id)
    assert (stored.status, stored.answer, stored.answered_by) == (ANSWERED, "Talk to your safeguarding lead today.",
                                                                  ADVISER)  # fmt: skip
    (closed,) = said(service, ADVISER, f"close {ticket.id}")
    assert tracking.ticket(ticket.id).status == CLOSED and "closed" in closed.text
    (listing,) = said(service, ADVISER, "tickets")
    assert listing.text == "No tickets are waiting."
    # each step audited (who, what, which ticket; never the question); the refused and repeated ones are not
    assert [(e["actor"], e["action"]) for e in tracking.audit_log()] == [
        (ADVISER, "ticket.claim"), (ADVISER, "ticket.answer"), (ADVISER, "ticket.close")]  # fmt: skip
    assert {e["subject"] for e in tracking.audit_log()} == {ticket.id}  # who asked is not audited
    (not_adviser,) = said(service, ASKER, "tickets")
    assert not_adviser.text == NOT_ADVISER


def test_an_answer_without_a_claim_claims_it_and_an_empty_answer_is_asked_for(service, tracking):
    said(service, ASKER, "ask a person " + QUESTION)
    ticket = tracking.tickets()[0]
    (empty,) = said(service, ADVISER, action=encode(TicketStep("answer", ticket.id)))
    assert "Type your answer" in empty.text and tracking.ticket(ticket.id).status == OPEN
    said(service, ADVISER, "Use the escalation policy.", action=encode(TicketStep("answer", ticket.id)))
    stored = tracking.ticket(ticket.id)
    assert (stored.status, stored.claimed_by, stored.answer) == (ANSWERED, ADVISER, "Use the escalation policy.")


def test_ticket_buttons_are_decoded_from_known_tickets_and_steps_only(service, tracking):
    said(service, ASKER, "ask a person " + QUESTION)
    ticket = tracking.tickets()[0]
    decode = service.conversation.decode
    assert decode(f"tk|close|{ticket.id}") == TicketStep("close", ticket.id)
    for forged in ("tk|close|T-AAAAAA", f"tk|delete|{ticket.id}", "tk|close|../../etc", f"tk|close|{ticket.id}|x",
                   "askp|", "askp|slack:U1|", "askp|not an id|q", "askp|slack:U1|" + "x" * 1501):  # fmt: skip
        with pytest.raises(BadAction):
            decode(forged)
    # the question is free text, last and alone in its button: it may hold the separator
    assert decode(encode(AskPerson("slack:U1", "a|b"))) == AskPerson("slack:U1", "a|b")


def test_notices_post_the_card_once_repost_when_unclaimed_and_tell_the_asker_each_step_once(service, tracking):
    desk, senders = service.desk, Senders()
    said(service, ASKER, "ask a person " + QUESTION)
    ticket = tracking.tickets()[0]
    run = lambda: asyncio.run(desk.run_due(desk.clock(), {"slack": senders}))  # noqa: E731
    assert run() == 1 and run() == 0
    ((channel, card),) = senders.posts
    assert channel == "C0ADVISE" and QUESTION in card.text and [c.label for c in card.choices] == [
        "Claim", "Send answer", "Close"]  # fmt: skip
    assert card.choices[1].field == "Your answer"
    assert tracking.ticket(ticket.id).post_ref == "C0ADVISE:1700000000.000001"
    desk.clock.now += desk.repost_after
    assert run() == 1 and "posted again" in senders.posts[1][1].text
    said(service, ADVISER, f"claim {ticket.id}")
    assert run() == 1 and run() == 0
    assert senders.notes[0][0] == "U0ASKER" and "picked up" in senders.notes[0][1].text
    said(service, ADVISER, f"answer {ticket.id} Record it and escalate to your lead.")
    said(service, ADVISER, f"close {ticket.id}")
    assert run() == 1 and run() == 0
    answer = senders.notes[1][1]
    assert answer.kind == ADVISER_ANSWER and answer.sources == () and answer.audience == PRIVATE
    assert answer.text.startswith("From a safeguarding adviser") and answer.text.endswith("escalate to your lead.")
    desk.clock.now += timedelta(days=8)
    assert run() == 0 and len(senders.posts) == 2


def test_a_ticket_closed_unanswered_tells_the_asker_and_a_web_asker_gets_no_push(service, tracking):
    desk, senders = service.desk, Senders()
    said(service, ASKER, "ask a person " + QUESTION)
    said(service, "web:abc123", "ask a person " + QUESTION + " please")
    for ticket in tracking.tickets():
        said(service, ADVISER, f"close {ticket.id}")
    assert asyncio.run(desk.run_due(desk.clock(), {"slack": senders})) == 1  # none posted: both closed
    ((user, note),) = senders.notes
    assert user == "U0ASKER" and "without a written answer" in note.text and senders.posts == []


def test_a_failed_post_is_tried_again_as_the_next_posting(service, tracking):
    class Failing(Senders):
        async def send(self, channel, reply):
            raise RuntimeError("channel_not_found")

    desk = service.desk
    said(service, ASKER, "ask a person " + QUESTION)
    assert asyncio.run(desk.run_due(desk.clock(), {"slack": Failing()})) == 0
    assert tracking.tickets()[0].posts == 1
    desk.clock.now += desk.repost_after
    senders = Senders()
    assert asyncio.run(desk.run_due(desk.clock(), {"slack": senders})) == 1


def test_adviser_channel_setting_is_checked():
    assert adviser_channel_setting(" slack:C0ADVISE ") == "slack:C0ADVISE"
    assert adviser_channel_setting("msteams:19:abc@thread.tacv2") == "msteams:19:abc@thread.tacv2"
    assert adviser_channel_setting("dashboard") == "dashboard"
    for bad in ("C0ADVISE", "email:a@b", "slack:", "slack:C0 1"):
        with pytest.raises(ValueError):
            adviser_channel_setting(bad)
    with pytest.raises(BadSettings, match="ADVISER_CHANNEL"):
        Settings.from_env({"ADVISER_CHANNEL": "#advisers"})
    with pytest.raises(BadSettings, match="TICKET_REPOST_MINUTES"):
        Settings.from_env({"TICKET_REPOST_MINUTES": "0"})
    assert Settings.from_env({"TICKET_REPOST_MINUTES": "90"}).ticket_repost == timedelta(minutes=90)


def test_cli_lists_tickets_and_content_gaps_gives_answered_ones_as_drafts(service, tracking, capsys):
    said(service, ASKER, "ask a person " + QUESTION)
    ticket = tracking.tickets()[0]
    said(service, ADVISER, f"answer {ticket.id} Raise it at the core group and record the refusal.")
    data = ["--data-dir", str(tracking.root)]
    assert main([*data, "tickets", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["id"], row["status"]) == (ticket.id, ANSWERED)
    assert main([*data, "tickets", "--status", "open"]) == 0
    assert capsys.readouterr().out.strip() == "No tickets."
    assert main([*data, "content", "gaps", "--json"]) == 0
    (draft,) = [r for r in json.loads(capsys.readouterr().out) if "ticket" in r]
    assert draft["draft_answer"] == "Raise it at the core group and record the refusal." and draft["nearest"]
    assert main([*data, "content", "gaps"]) == 0
    out = capsys.readouterr().out
    assert "Answered by safeguarding advisers" in out and f"{ticket.id}  {QUESTION}" in out


# Slack: the ticket card in the adviser channel, an answer in its thread, the answer to the asker's DM


def test_slack_a_ticket_goes_to_the_adviser_channel_is_answered_in_its_thread_and_reaches_the_asker(
    answerer, shipped_quizzes, tracking
):
    tracking.grant_role("slack:U0ADVISER", "adviser")
    harness = SlackHarness(answerer, shipped_quizzes, tracking, adviser_channel="slack:C0ADVISE")

    async def scenario(h):
        asked = fixture("message_im.json")
        asked["event"]["text"] = "ask a person " + QUESTION
        assert (await h.event(asked))[0] == 200
        await h.wait_for(1, "chat.postEphemeral")
        (post,) = [p for _, p in await h.wait_for(1, "chat.postMessage") if p["channel"] == "C0ADVISE"]
        while not tracking.tickets()[0].post_ref:  # stored just after Slack answered the post
            await asyncio.sleep(0.02)
        ticket = tracking.tickets()[0]
        reply = fixture("message_thread_reply.json")
        reply["event"]["thread_ts"] = ticket.post_ref.partition(":")[2]
        assert (await h.event(reply))[0] == 200
        posts = await h.wait_for(3, "chat.postMessage")
        return post, ticket, posts

    post, ticket, posts = run_with(harness, scenario)
    assert QUESTION in post["text"] and ticket.id in post["text"]
    buttons = [e for b in post["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [b["text"]["text"] for b in buttons] == ["Claim", "Close"]  # Slack answers in the thread, no text box
    stored = tracking.ticket(ticket.id)
    assert stored.status == ANSWERED and stored.answered_by == "slack:U0ADVISER"
    in_thread = [p for _, p in posts if p.get("thread_ts") == ticket.post_ref.partition(":")[2]]
    to_asker = [p for _, p in posts if p["channel"] == "D0DM00001"]
    assert in_thread and "answered" in in_thread[0]["text"]
    assert to_asker and to_asker[0]["text"].startswith("From a safeguarding adviser")


def test_slack_other_thread_replies_and_mentions_are_left_alone(answerer, shipped_quizzes, tracking):
    harness = SlackHarness(answerer, shipped_quizzes, tracking, adviser_channel="slack:C0ADVISE")

    async def scenario(h):
        reply = fixture("message_thread_reply.json")
        assert (await h.event(reply))[0] == 200  # a thread that is no ticket's
        channel = fixture("message_thread_reply.json")
        channel["event_id"] = "Ev0CHAN01"
        del channel["event"]["thread_ts"]  # a plain channel message
        assert (await h.event(channel))[0] == 200
        await asyncio.sleep(0.5)
        return h.mock.sent("chat.postMessage", "chat.postEphemeral")

    assert run_with(harness, scenario) == []


# Teams: the ticket card's text box, answered with a click


def test_teams_the_ticket_card_has_a_text_box_whose_answer_comes_back_with_the_click(
    answerer, shipped_quizzes, tracking
):
    adviser = "msteams:6f1c2f3e-1111-2222-3333-444455556666"  # the submitting fixture's person
    tracking.grant_role(adviser, "adviser")
    harness = TeamsHarness(answerer, shipped_quizzes, tracking, adviser_channel="msteams:19:advisers@thread.tacv2")

    async def scenario(h):
        await h.say("ask a person " + QUESTION)
        ticket = tracking.tickets()[0]
        card = to_adaptive_card(h.service.desk.card(ticket))
        (send,) = [a for a in card["actions"] if a["title"] == "Send answer"]
        data = send["data"] | {TYPED: "Speak to the named GP and record it."}
        status, _ = await h.submit(data, reply_to="ticket-card")
        return card, status, ticket

    card, status, ticket = run_with(harness, scenario)
    assert card_errors(card) == []
    (box,) = [b for b in card["body"] if b["type"] == "Input.Text"]
    assert (box["id"], box["label"], box["isMultiline"]) == (TYPED, "Your answer", True)
    stored = tracking.ticket(ticket.id)
    assert status in (200, 201) and (stored.status, stored.answer) == (ANSWERED, "Speak to the named GP and record it.")


# The web door: the playground asks an adviser; the asker's page; the advisers' dashboard page


def test_web_the_playground_opens_a_ticket_and_its_page_shows_the_answer_labelled_as_an_advisers(service, tracking):
    async def scenario(client):
        page = await client.get("/")  # the visitor cookie
        refusal = await (await client.post("/web/chat", json={"text": OFF_TOPIC})).json()
        value = re.search(r'data-action="(askp\|[^"]+)"', refusal["html"]).group(1)
        opened = await (await client.post("/web/chat", json={"action": html.unescape(value)})).json()
        ticket = tracking.tickets()[0]
        waiting = await (await client.get(f"/tickets/{ticket.token}")).text()
        typed = Event(ADVISER, "D0DM", f"answer {ticket.id} Book a professionals meeting and invite the GP.")
        await service.conversation.handle(typed)
        answered = await client.get(f"/tickets/{ticket.token}")
        unknown = await client.get("/tickets/" + "A" * 24)
        malformed = await client.get("/tickets/../../etc/passwd")
        return page.status, opened["html"], ticket, waiting, answered, await answered.text(), unknown, malformed

    status, opened, ticket, waiting, answered, text, unknown, malformed = _web(service, scenario)
    assert status == 200 and ticket.asker.startswith("web:") and f"/tickets/{ticket.token}" in opened
    assert "No answer yet" in waiting and OFF_TOPIC in waiting
    assert answered.headers["Cache-Control"] == "no-store" and answered.headers["Referrer-Policy"] == "no-referrer"
    assert "From a safeguarding adviser" in text and "Book a professionals meeting and invite the GP." in text
    assert "not text from the partnership's library" in text
    assert unknown.status == 404 and malformed.status == 404


def test_web_advisers_sign_in_to_the_tickets_page_and_others_are_refused(service, tracking):
    said(service, ASKER, "ask a person " + QUESTION)
    link = urlparse(dashboard_link(tracking, ADVISER, "http://127.0.0.1"))

    async def scenario(client):
        refused = await client.get("/dashboard/tickets")
        signed_in = await client.get(f"{link.path}?{link.query}", allow_redirects=False)
        listing = await client.get("/dashboard/tickets")
        narrowed = await client.get("/dashboard/tickets?status=closed")
        dashboard = await client.get("/dashboard")  # an adviser is not a training officer
        return refused.status, signed_in, await listing.text(), await narrowed.text(), dashboard.status

    refused, signed_in, listing, narrowed, dashboard = _web(service, scenario)
    assert refused == 403 and signed_in.status == 302 and signed_in.headers["Location"] == "/dashboard/tickets"
    assert QUESTION in listing and "1 ticket," in listing and "0 tickets," in narrowed and dashboard == 403


def _web(service, scenario):
    async def main():
        async with TestClient(TestServer(build_web_app(service))) as client:
            return await scenario(client)

    return asyncio.run(main())


# What the first reviews found, each as a test


def test_only_the_asker_can_send_their_refused_question_to_an_adviser(service, tracking):
    (refusal,) = said(service, ASKER, OFF_TOPIC)
    offer = next(c for c in refusal.choices if c.label == "Ask a safeguarding adviser")
    (refused,) = said(service, "slack:U0PASSERBY", action=offer.value)  # the refusal was public, in a channel
    assert "Only the person who asked" in refused.text and tracking.tickets() == []
    assert offer.typed == "ask a person <your question>"  # the terminal shows what to type


def test_a_kept_question_or_answer_must_name_nobody(service, tracking):
    for named in ("is John Smith at risk if his mum drinks?", "can I share info about kayden with the school nurse?"):
        (warned,) = said(service, ASKER, "ask a person " + named)
        assert warned.kind == PII_WARNING and "kept" in warned.text and named not in warned.text
    assert tracking.tickets() == []
    said(service, ASKER, "ask a person " + QUESTION)
    ticket = tracking.tickets()[0]
    (warned,) = said(service, ADVISER, f"answer {ticket.id} ring me on 07700 900123 about Jayden Smith")
    assert warned.kind == PII_WARNING and tracking.ticket(ticket.id).answer == ""


def test_an_asker_has_at_most_three_questions_waiting(service, tracking):
    for n in range(3):
        said(service, ASKER, f"ask a person {QUESTION} {'again ' * n}")
    (refused,) = said(service, ASKER, "ask a person how do I escalate a disagreement about a plan")
    assert "3 questions waiting" in refused.text and len(tracking.tickets()) == 3


def test_answering_an_answered_or_closed_ticket_says_so(service, tracking):
    said(service, ASKER, "ask a person " + QUESTION)
    ticket = tracking.tickets()[0]
    said(service, ADVISER, f"answer {ticket.id} First answer.")
    (again,) = said(service, ADVISER, f"answer {ticket.id}")
    assert (
        again.text == f"Ticket {ticket.id} is already answered."
        and tracking.ticket(ticket.id).answer == "First answer."
    )


def test_an_answer_never_takes_over_a_claim_made_meanwhile(service, tracking):
    said(service, ASKER, "ask a person " + QUESTION)
    stale = tracking.tickets()[0]  # read as open; another adviser claims it before this answer is stored
    tracking.change_ticket(stale.id, (OPEN,), status=CLAIMED, claimed_by="slack:U0OTHER", claimed_at="t")
    answered = service.desk._answer(stale, ADVISER, "An answer.", "t2")
    assert (answered.status, answered.claimed_by, answered.answered_by) == (ANSWERED, "slack:U0OTHER", ADVISER)


def test_a_thread_reply_answers_only_when_it_says_so_and_any_posting_s_thread_works(service, tracking):
    desk, senders = service.desk, Senders()
    said(service, ASKER, "ask a person " + QUESTION)
    asyncio.run(desk.run_due(desk.clock(), {"slack": senders}))
    desk.clock.now += desk.repost_after
    asyncio.run(desk.run_due(desk.clock(), {"slack": senders}))
    ticket = tracking.tickets()[0]
    first, second = ticket.post_ref.split()
    assert desk.thread_answer(ADVISER, "C0ADVISE", first.partition(":")[2], "looking into it now") is None
    assert tracking.ticket(ticket.id).status == OPEN  # the advisers' own conversation
    desk.thread_answer(ADVISER, "C0ADVISE", first.partition(":")[2], "Answer: ring the LADO.")
    assert tracking.ticket(ticket.id).answer == "ring the LADO."
    assert tracking.ticket_for_post(second) == tracking.ticket(ticket.id)


def test_an_unclaimed_ticket_is_posted_again_after_the_asker_notice_window(service, tracking):
    desk, senders = service.desk, Senders()
    said(service, ASKER, "ask a person " + QUESTION)
    desk.clock.now += timedelta(days=9)  # long after it was asked: still open, so still posted
    assert asyncio.run(desk.run_due(desk.clock(), {"slack": senders})) == 1


def test_ticket_notices_are_no_nudges_on_the_dashboard_or_in_results(service, tracking):
    from bot.nudges import nudge_engagement

    said(service, ASKER, "ask a person " + QUESTION)
    asyncio.run(service.desk.run_due(service.desk.clock(), {"slack": Senders()}))
    assert tracking.deliveries() and nudge_engagement(tracking) == []


def test_help_offers_asking_a_person_only_where_advisers_take_questions(service, conversation):
    (on,) = said(service, ASKER, "help")
    (off,) = asyncio.run(conversation.handle(Event(ASKER, "D0DM", "help")))
    assert "ask a person" in on.text and "tickets;" in on.text and "ask a person" not in off.text


def test_a_topic_typed_with_an_emergency_gets_the_emergency_route(service):
    (reply,) = said(service, ASKER, "topic the baby is not breathing and mum is unconscious right now")
    assert reply.kind == URGENT


def test_the_access_log_never_holds_a_ticket_page_s_key(caplog):
    import logging

    from adapters.server import PathOnlyAccessLog

    class Request:
        remote, method, path = "127.0.0.1", "GET", "/tickets/AbCdEfGhIjKlMnOpQrStUvWx"

    class Response:
        status, body_length = 200, 10

    log = logging.getLogger("test.access")
    with caplog.at_level(logging.INFO, "test.access"):
        PathOnlyAccessLog(log, "").log(Request(), Response(), 0.01)
    assert "/tickets/…" in caplog.text and "AbCdEf" not in caplog.text


def test_an_adviser_gets_a_dashboard_link_and_a_scoped_officer_no_tickets_page(service, tracking, capsys):
    data = ["--data-dir", str(tracking.root)]
    assert main([*data, "dashboard-link", ADVISER]) == 0 and "/dashboard/login?token=" in capsys.readouterr().out
    tracking.grant_role("web:scoped", "training_officer", "agency:Police")
    link = urlparse(dashboard_link(tracking, "web:scoped", "http://127.0.0.1"))

    async def scenario(client):
        await client.get(f"{link.path}?{link.query}", allow_redirects=False)
        return (await client.get("/dashboard/tickets")).status

    assert _web(service, scenario) == 403
