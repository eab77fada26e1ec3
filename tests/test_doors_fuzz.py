"""Random action strings and field values through every door (web, Slack clicks, Teams submits): no 5xx,
no error logged, and no file created outside the data folder."""

from __future__ import annotations

import asyncio
import logging
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import run_with
from tests.slack_harness import SlackHarness
from tests.teams_harness import TeamsHarness

VERBS = ["start", "answer", "rate", "qq", "qa", "sr", "more", "vote", "topics", "topic", "item", "", "Start", "qq "]
NASTY = ["..", "../../../../tmp/fuzz-written", "/tmp/fuzz-written", "2026-W49", "2026-W60", "hidden-men",
         "was-not-brought", "three-missed-appointments", "0", "1", "-1", "99", "confidence_before", "yes", "no",
         "hidden-men~2026-11-001~0123456789ab", "hidden-men~../../x~0123456789ab", "a1b2c3d4", "%2e%2e", "\x00",
         "=HYPERLINK(1)", "gloss-mash", "neglect", "CON", "nudges/2026-W49.json", "~", "|", ""]  # fmt: skip
field = st.one_of(st.sampled_from(NASTY), st.text(max_size=24))
structured = st.builds(lambda verb, fields: "|".join([verb, *fields]), st.sampled_from(VERBS),
                       st.lists(field, max_size=7))  # fmt: skip
action_values = st.one_of(structured, st.text(max_size=80))
json_values = st.one_of(st.none(), st.booleans(), st.integers(), st.lists(st.integers(), max_size=3),
                        st.dictionaries(st.text(max_size=5), st.integers(), max_size=2), action_values)  # fmt: skip


def _files(root):
    return {os.path.join(folder, name) for folder, _, names in os.walk(root) for name in names}


@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(values=st.lists(action_values, min_size=60, max_size=60), odd=st.lists(json_values, min_size=20, max_size=20))
def test_doors_fuzz_random_actions_never_5xx_nor_write_outside_the_data_folder(
    answerer, shipped_quizzes, tmp_path_factory, caplog, monkeypatch, values, odd
):
    from bot.storage import TinyStore

    sandbox = tmp_path_factory.mktemp("fuzz")
    tracking = TinyStore(sandbox / "data")
    (sandbox / "cwd").mkdir()
    monkeypatch.chdir(sandbox / "cwd")  # a relative path would land here
    statuses = []

    async def slack(h):
        for value in values:
            statuses.append((await h.click(value, channel="C1", action_id="choice_3"))[0])
        await asyncio.sleep(0.2)

    async def web_and_teams(h):
        for value in values:
            statuses.append((await h.client.post("/web/chat", json={"action": value})).status)
            statuses.append((await h.submit({"action": value, "prompt": value}, reply_to="card-1"))[0])
        for value in odd:
            statuses.append((await h.client.post("/web/chat", json={"action": value, "text": value})).status)
            statuses.append((await h.submit({"action": value}, reply_to="card-2"))[0])
            statuses.append((await h.submit(value, reply_to="card-3"))[0])

    with caplog.at_level(logging.ERROR):
        run_with(SlackHarness(answerer, shipped_quizzes, tracking), slack)
        run_with(TeamsHarness(answerer, shipped_quizzes, tracking), web_and_teams)
    assert statuses and max(statuses) < 500, sorted(set(statuses))
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert {path for path in _files(sandbox) if not path.startswith(str(sandbox / "data"))} == set()
    assert not any("fuzz-written" in path for path in _files("/tmp"))
