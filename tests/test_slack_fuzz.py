"""Thousands of malformed but validly signed bodies: the Slack endpoint answers 4xx (or 200), never 500."""

import asyncio
import json
from urllib.parse import urlencode

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.slack_harness import SlackHarness

CONTENT_TYPES = ["application/json", "application/x-www-form-urlencoded", "text/plain", "multipart/form-data", ""]
SLACK_TYPES = ["event_callback", "url_verification", "block_actions", "view_submission", "shortcut", "app_rate_limited"]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
slack_like = st.fixed_dictionaries(
    {"type": st.sampled_from(SLACK_TYPES)},
    optional={
        "event": st.dictionaries(st.sampled_from(["type", "text", "user", "channel", "ts", "bot_id"]), json_values),
        "event_id": st.text(max_size=12),
        "actions": st.lists(st.dictionaries(st.sampled_from(["action_id", "value", "type"]), json_values), max_size=2),
        "user": json_values,
        "channel": json_values,
        "message": json_values,
        "challenge": json_values,
    },
)
bodies = st.one_of(
    st.binary(max_size=300),
    json_values.map(json.dumps),
    slack_like.map(json.dumps),
    slack_like.map(lambda p: urlencode({"payload": json.dumps(p)})),
    st.dictionaries(st.sampled_from(["command", "text", "user_id", "channel_id", "payload"]), st.text(max_size=20)).map(
        urlencode
    ),
)


def test_slack_fuzz_malformed_signed_bodies_never_get_a_500(answerer, shipped_quizzes, tracking):
    loop = asyncio.new_event_loop()
    harness = SlackHarness(answerer, shipped_quizzes, tracking)
    loop.run_until_complete(harness.__aenter__())
    statuses = []
    try:

        @settings(max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(body=bodies, content_type=st.sampled_from(CONTENT_TYPES))
        def post(body, content_type):
            status, _ = loop.run_until_complete(harness.post(body, content_type))
            statuses.append(status)
            assert status < 500

        post()
        loop.run_until_complete(asyncio.sleep(0.5))  # let background listeners finish; none may crash the app
        health = loop.run_until_complete(harness.client.get("/healthz"))
        assert health.status == 200
    finally:
        loop.run_until_complete(harness.__aexit__(None, None, None))
        loop.close()
    assert len(statuses) >= 1000
    assert any(400 <= s < 500 for s in statuses)
