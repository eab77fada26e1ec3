"""Browsing the library: the topics, a topic's items by kind and an item with its source, in chat (the core every
door shares), as buttons on Slack and Teams through their harnesses, on the web door's library pages, and from
the command line."""

import asyncio
import dataclasses
import logging
import re
from urllib.parse import urlencode

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer, make_mocked_request

from adapters.server import SECURITY_HEADERS, PathOnlyAccessLog, build_web_app
from adapters.slack_blocks import ACTIONS_LIMIT, BLOCKS_LIMIT, BUTTON_LIMIT, to_block_kit
from adapters.teams_cards import MAX_ACTIONS, to_adaptive_card
from adapters.terminal import render_reply
from bot.actions import BadAction, OpenItem, ShowTopic, ShowTopics
from bot.conversation import COMMANDS, HELP, Event
from bot.library import KIND_HEADINGS, PAGE_SIZE, Library, topic_reply, topics_reply
from bot.replies import INFO, PUBLIC
from bot.settings import Settings
from cli.main import main
from content.loader import SHIPPED_CONTENT
from content.model import ITEM_KINDS
from tests.conftest import make_service, run_with
from tests.slack_harness import SlackHarness
from tests.teams_harness import TeamsHarness, card_errors


def _say(conversation, text="", action=""):
    return asyncio.run(conversation.handle(Event(user="slack:U1", channel="C1", text=text, action=action)))


def _tagged(store, topic):
    return [item for item in store.items if topic in item.topics]


# The core: what every door shows


def test_library_topics_lists_each_topic_with_items_and_how_many(conversation, shipped_store):
    (reply,) = _say(conversation, "topics")
    assert reply.kind == INFO and reply.audience == PUBLIC
    shown = [conversation.decode(choice.value) for choice in reply.choices]
    assert shown == [ShowTopic(topic, 1) for topic in shipped_store.topics]  # every shipped topic has items
    neglect = next(c for c in reply.choices if c.typed == "topic neglect")
    assert neglect.label == f"Neglect ({len(_tagged(shipped_store, 'neglect'))})"
    assert _say(conversation, "topic") == [reply] == _say(conversation, action="topics")
    with_empty = dataclasses.replace(shipped_store, topics={**shipped_store.topics, "empty": "Nothing tagged"})
    assert "empty" not in Library(with_empty).topics  # a topic no item is tagged with is not listed


def test_library_a_topic_lists_its_items_grouped_by_kind_each_openable(conversation, shipped_store):
    (reply,) = _say(conversation, "topic neglect")
    *items, back = reply.choices
    assert conversation.decode(back.value) == ShowTopics()
    opened = [conversation.decode(choice.value) for choice in items]
    assert {o.item for o in opened} == {item.id for item in _tagged(shipped_store, "neglect")}
    kind_of = {item.id: item.kind for item in shipped_store.items}
    kinds = [kind_of[o.item] for o in opened]
    assert kinds == sorted(kinds, key=ITEM_KINDS.index)  # grouped by kind, in ITEM_KINDS order
    assert [c.group for c in items] == [KIND_HEADINGS[kind] for kind in kinds]
    assert reply.text.startswith("Neglect: 4 items.")
    # the same topic by its label, its words in any case, or a click
    for asked in ("topic Neglect", "topics neglect", "topic NEGLECT"):
        assert _say(conversation, asked) == [reply]
    assert _say(conversation, action="topic|neglect|1") == [reply]
    assert _say(conversation, "topic hidden men") == _say(conversation, "topic Hidden men and significant others")


def test_library_a_long_topic_comes_in_pages_that_show_every_item_once(conversation, shipped_store):
    tagged = {item.id for item in _tagged(shipped_store, "child-n")}
    assert len(tagged) > 2 * PAGE_SIZE
    pages = -(-len(tagged) // PAGE_SIZE)
    seen, (reply,) = [], _say(conversation, "topic child-n")
    for page in range(1, pages + 1):
        assert f"page {page} of {pages}" in reply.text
        actions = [conversation.decode(c.value) for c in reply.choices]
        seen += [a.item for a in actions if isinstance(a, OpenItem)]
        following = [c for c in reply.choices if c.label == f"Page {page + 1} of {pages}"]
        if page < pages:
            assert len([a for a in actions if isinstance(a, OpenItem)]) == PAGE_SIZE
            (reply,) = _say(conversation, action=following[0].value)
        else:
            assert following == []
    assert sorted(seen) == sorted(tagged)
    assert _say(conversation, f"topic child n {pages}") == [reply]  # a page typed after the topic
    with pytest.raises(BadAction):
        _say(conversation, action=f"topic|child-n|{pages + 1}")


def test_library_open_shows_the_item_cited_exactly_as_an_answer_cites_it(conversation, answerer, shipped_store):
    answer = answerer.answer("what does hidden men mean")
    (cited,) = answer.sources
    (reply,) = _say(conversation, f"open {cited.ref}")
    item = next(item for item in shipped_store.items if item.id == cited.ref)
    assert reply.text == f"{item.text} [1]" == answer.text
    assert reply.sources == (cited,) and cited.url and not reply.private
    assert reply.choices[0].label == "Open the source document" and reply.choices[0].url == cited.url
    assert {conversation.decode(c.value) for c in reply.choices[1:]} == {ShowTopic(t, 1) for t in item.topics}
    assert _say(conversation, action=f"item|{cited.ref}") == [reply] == _say(conversation, f"open {cited.ref.upper()}")


def test_library_unknown_topic_or_item_says_so_with_close_matches_never_quoting(conversation):
    (none,) = _say(conversation, "topic cooking")
    assert none.text == "No topic matches that. Type topics to see them all."
    assert [conversation.decode(c.value) for c in none.choices] == [ShowTopics()]
    (close,) = _say(conversation, "topic neglet")
    assert "neglet" not in close.text and "Type topics" in close.text
    assert ShowTopic("neglect", 1) in [conversation.decode(c.value) for c in close.choices]
    (several,) = _say(conversation, "topic review")  # words of several topics: which one?
    assert ShowTopic("child-n", 1) in [conversation.decode(c.value) for c in several.choices]
    (item,) = _say(conversation, "open gloss-mahs")
    assert item.text.startswith("No item has that id. Type topics")
    assert OpenItem("gloss-mash") in [conversation.decode(c.value) for c in item.choices]
    (question,) = _say(conversation, "open cases in court")  # several words after open: a question
    assert question.kind in ("answer", "no_answer")
    for forged in ("topic|cooking|1", "topic|neglect|2", "item|../../etc/passwd", "item|no-such-item", "topics|x"):
        with pytest.raises(BadAction):
            _say(conversation, action=forged)


def test_library_terminal_shows_a_topics_items_under_their_kind(conversation):
    lines = render_reply(topic_reply(conversation.library, "neglect")).splitlines()
    guide = "guide-underweight-obesity-safeguarding-pathway"
    assert lines[1:4] == ["  Guides:", f"    type 'open {guide}': Underweight and Obesity Safeguarding Pathway",
                          "  Learning points:"]  # fmt: skip
    assert lines[-1] == "  type 'topics': All topics"


def test_library_commands_are_in_help_and_the_slash_commands(conversation):
    assert {"topics", "topic", "open"} <= set(COMMANDS)
    assert "topics: browse the library by topic" in HELP


# Slack and Teams: the lists as buttons, within each platform's limits


def _buttons(message: dict) -> list[dict]:
    return [e for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]]


def test_library_slack_blocks_keep_every_choice_within_slacks_limits(conversation):
    library = conversation.library
    for reply in [topics_reply(library), *(topic_reply(library, t, p) for t in library.topics
                                           for p in range(1, library.pages[t] + 1))]:  # fmt: skip
        blocks = to_block_kit(reply)["blocks"]
        assert len(blocks) <= BLOCKS_LIMIT
        assert all(len(b["elements"]) <= ACTIONS_LIMIT for b in blocks if b["type"] == "actions")
        buttons = _buttons({"blocks": blocks})
        assert [b["value"] for b in buttons] == [c.value for c in reply.choices]  # none left out
        assert all(len(b["text"]["text"]) <= BUTTON_LIMIT for b in buttons)
    long = next(b for b in _buttons(to_block_kit(topic_reply(library, "child-n", 3))) if len(b["text"]["text"]) == 75)
    assert long["text"]["text"].endswith("…")


def test_library_slack_topics_command_gets_buttons_and_a_click_shows_a_topic_then_an_item(harness_slack):
    async def scenario(h):
        await h.command("topics")
        ((_, listing),) = await h.wait_for(1, "response_url")
        neglect = next(b for b in _buttons(listing) if b["text"]["text"].startswith("Neglect ("))
        assert (await h.click(neglect["value"], channel="C2147483705"))[0] == 200
        ((_, topic),) = await h.wait_for(1, "chat.postMessage")
        item = next(b for b in _buttons(topic) if b["value"].startswith("item|"))
        await h.click(item["value"], action_id=item["action_id"], channel="C2147483705")
        _, (_, opened) = await h.wait_for(2, "chat.postMessage")
        forged = await h.click("topic|cooking|1", channel="C2147483705")
        await asyncio.sleep(0.3)
        return listing, topic, opened, forged, h.mock.sent("chat.postMessage")

    listing, topic, opened, forged, posts = run_with(harness_slack, scenario)
    assert len(_buttons(listing)) == 43 and len([b for b in listing["blocks"] if b["type"] == "actions"]) == 2
    assert topic["channel"] == "C2147483705" and topic["text"].startswith("Neglect: 4 items.")
    headings = [b["text"]["text"] for b in topic["blocks"] if b["type"] == "section"][1:]
    assert headings == ["*Guides*", "*Learning points*"]
    assert opened["text"].endswith(" [1]") and opened["blocks"][1]["type"] == "context"
    assert opened["blocks"][1]["elements"][0]["text"].startswith("[1] ")
    assert forged[0] == 400 and len(posts) == 2  # the forged click: refused, nothing posted


@pytest.fixture
def harness_slack(answerer, shipped_quizzes, tracking):
    return SlackHarness(answerer, shipped_quizzes, tracking)


def test_library_teams_cards_show_every_button_in_sets_of_six_and_a_click_opens(answerer, shipped_quizzes, tracking):
    async def scenario(h):
        await h.say("topics")
        listing = h.connector.cards()[-1]
        submit = next(a["data"] for s in _sets(listing) for a in s["actions"] if a["title"].startswith("Neglect ("))
        await h.submit(submit, reply_to="card-1")
        topic = h.connector.cards()[-1]
        item = next(a["data"] for s in _sets(topic) for a in s["actions"] if a["data"]["action"].startswith("item|"))
        await h.submit(item, reply_to="card-2")
        forged = await h.submit({"action": "item|../../etc/passwd"}, reply_to="card-3")
        return listing, topic, h.connector.cards()[-1], forged, len(h.connector.cards())

    listing, topic, opened, forged, sent = run_with(TeamsHarness(answerer, shipped_quizzes, tracking), scenario)
    for card in (listing, topic, opened):
        assert card_errors(card) == []
    assert all(len(s["actions"]) <= MAX_ACTIONS for card in (listing, topic) for s in _sets(card))
    assert sum(len(s["actions"]) for s in _sets(listing)) == 43 and "actions" not in listing
    assert [b["text"] for b in topic["body"] if b.get("weight") == "Bolder"] == ["Guides", "Learning points"]
    assert opened["body"][0]["text"].endswith(" [1]") and opened["body"][1]["text"].startswith("[1] ")
    assert forged[0] == 400 and sent == 3


def _sets(card: dict) -> list[dict]:
    return [block for block in card["body"] if block["type"] == "ActionSet"]


def test_library_teams_card_with_few_ungrouped_choices_keeps_its_action_bar(conversation):
    (opened,) = _say(conversation, "open gloss-mash")
    card = to_adaptive_card(opened)
    assert card_errors(card) == [] and len(card["actions"]) == len(opened.choices) <= MAX_ACTIONS
    assert not _sets(card)


# The web door's library pages


def _web(answerer, shipped_quizzes, tracking, *paths):
    service = make_service(Settings(tracking.root, SHIPPED_CONTENT), answerer, shipped_quizzes, tracking)

    async def fetch():
        async with TestClient(TestServer(build_web_app(service))) as client:
            pages = []
            for path in paths:
                response = await client.get(path)
                pages.append((response.status, await response.text(), response.headers))
            return pages

    return asyncio.run(fetch())


def test_library_web_pages_list_topics_a_topic_and_an_item_with_its_citation(answerer, shipped_quizzes, tracking):
    store = answerer.store
    (_, home, _), library, topic, item = _web(answerer, shipped_quizzes, tracking, "/", "/library",
                                              "/library/topics/neglect", "/library/items/gloss-hidden-men")  # fmt: skip
    assert 'href="/library"' in home
    status, page, headers = library
    assert status == 200 and all(headers[name] == value for name, value in SECURITY_HEADERS.items())
    links = re.findall(r'href="/library/topics/([a-z0-9-]+)">([^<]+)</a> <span class="count">(\d+)', page)
    assert [(t, int(n)) for t, _, n in links] == [(t, len(_tagged(store, t))) for t in store.topics]
    assert 'name="q"' in page and 'role="search"' in page
    status, page, _ = topic
    assert status == 200 and "<h1>Neglect</h1>" in page
    assert re.findall(r"<h2[^>]*>(\w[\w ]*?) <span", page) == ["Guides", "Learning points"]
    assert set(re.findall(r'href="/library/items/([a-z0-9-]+)"', page)) == {i.id for i in _tagged(store, "neglect")}
    status, page, _ = item
    hidden = next(i for i in store.items if i.id == "gloss-hidden-men")
    cited = store.citation_for(hidden)
    assert status == 200 and f"{hidden.text} [1]" in page.replace("&#39;", "'")
    assert f'<a href="{cited.url}" target="_blank" rel="noopener">{cited.title}</a>' in page
    assert f"{cited.document}, {cited.section}" in page and "Open the source document" in page


def test_library_web_search_shows_items_with_kind_topics_and_snippet(answerer, shipped_quizzes, tracking):
    found, nothing = _web(answerer, shipped_quizzes, tracking, "/library?" + urlencode({"q": "hidden men"}),
                          "/library?q=quantum+chromodynamics")  # fmt: skip
    status, page, _ = found
    results = page.split('<ol class="results">')[1].split("</ol>")[0]
    hits = re.findall(r'<li><a href="/library/items/([a-z0-9-]+)">', results)
    assert status == 200 and 0 < len(hits) <= 20
    assert hits == [item.id for item in answerer.search_items("hidden men", 20)]
    assert "guide-11-hidden-men" in hits
    assert 'href="/library/topics/hidden-men">Hidden men and significant others</a>' in results
    assert '<p class="meta">Guide' in results and '<p class="snippet">' in results
    assert 'value="hidden men"' in page
    assert nothing[0] == 200 and "Nothing in the library matches that" in nothing[1]


def test_library_web_search_screens_case_details_and_bad_input(answerer, shipped_quizzes, tracking):
    personal = "Jayden Smith born 12/03/2015 lives at 14 Acacia Avenue HX1 2AB"
    pii, too_long, blank = _web(answerer, shipped_quizzes, tracking, "/library?" + urlencode({"q": personal}),
                                "/library?q=" + "a" * 301, "/library?q=+++")  # fmt: skip
    assert pii[0] == 200 and "reply-pii_warning" in pii[1] and "Smith" not in pii[1] and "Acacia" not in pii[1]
    assert '<ol class="results">' not in pii[1] and "data-action" not in pii[1]
    assert too_long[0] == 400 and "at most 300 characters" in too_long[1]
    assert blank[0] == 200 and "Search results" not in blank[1]
    assert tracking.gaps() == []  # a search is never stored


@pytest.mark.parametrize(
    "path", ["/library/topics/cooking", "/library/items/no-such-item", "/library/topics/..%2F..%2Fetc%2Fpasswd",
             "/library/items/%2Fetc%2Fpasswd", "/library/topics/NEGLECT", "/library/items/gloss-hidden.yaml"],
)  # fmt: skip
def test_library_web_unknown_topic_or_item_is_a_404_page(answerer, shipped_quizzes, tracking, path):
    ((status, page, headers),) = _web(answerer, shipped_quizzes, tracking, path)
    assert status == 404 and "The library has nothing by that name" in page
    assert headers["X-Frame-Options"] == "DENY"


# The command line


def test_library_cli_topics_lists_topics_then_a_topics_items_and_refuses_an_unknown_one(capsys, shipped_store):
    assert main(["topics"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(shipped_store.topics)
    assert lines[0].split() == [str(len(_tagged(shipped_store, "professional-curiosity"))), "professional-curiosity",
                                *shipped_store.topics["professional-curiosity"].split()]  # fmt: skip
    assert main(["topics", "hidden", "men"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Hidden men and significant others (hidden-men): 38 items")
    assert "Guides:\n  guide-9-professional-curiosity-why-created  " in out
    assert {line.split()[0] for line in out.splitlines() if line.startswith("  ")} == {
        i.id for i in _tagged(shipped_store, "hidden-men")}  # fmt: skip
    assert main(["topics", "neglet"]) == 2
    assert capsys.readouterr().err == "topics: no topic 'neglet' (close: neglect); 'safeguard-bot topics' lists them\n"


def test_library_search_never_reaches_the_access_log(caplog):
    logger = logging.getLogger("aiohttp.access")
    request = make_mocked_request("GET", "/library?q=Jayden+Smith+born+12%2F03%2F2015")
    with caplog.at_level(logging.INFO, logger="aiohttp.access"):
        PathOnlyAccessLog(logger, "").log(request, web.Response(status=200), 0.01)
    (line,) = [r.getMessage() for r in caplog.records]
    assert '"GET /library" 200' in line and "Jayden" not in line and "q=" not in line
