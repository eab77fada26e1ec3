import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.actions import (
    AnswerQuestion,
    BadAction,
    OpenItem,
    QuickAnswer,
    QuickQuestion,
    Rate,
    ReadMore,
    ReviewAnswer,
    ShowTopic,
    ShowTopics,
    StartQuiz,
    Vocabulary,
    Vote,
    decode,
    encode,
    iso_week,
)

ATTEMPT = "hidden-men~2026-11-001~0123456789ab"


@pytest.fixture(scope="module")
def known(shipped_quizzes, shipped_store):
    items = {i.id for i in shipped_store.items}
    return Vocabulary(shipped_quizzes, items, lambda s: s == "a1b2c3d4", topics={"neglect": 1, "child-n": 10},
                      items=items)  # fmt: skip


def _question(quizzes, quiz="hidden-men"):
    return quizzes[quiz].questions[0].id


def test_actions_every_kind_reads_back_as_built(known, shipped_quizzes, shipped_store):
    question = _question(shipped_quizzes)
    item = shipped_store.items[0].id
    for action in [
        StartQuiz("hidden-men"),
        AnswerQuestion(ATTEMPT, question, 1),
        Rate(ATTEMPT, "confidence_before", 5),
        QuickQuestion("a1b2c3d4", "2026-W49", "hidden-men", question),
        QuickAnswer("a1b2c3d4", "2026-W49", "hidden-men", question, 0),
        ReviewAnswer("hidden-men", question, 2),
        ReadMore("a1b2c3d4", "2026-W53"),
        Vote(True, (item,)),
        Vote(False, (item, shipped_store.items[1].id)),
        ShowTopics(),
        ShowTopic("neglect", 1),
        ShowTopic("child-n", 10),
        OpenItem(item),
    ]:
        assert decode(encode(action), known) == action


@pytest.mark.parametrize(
    "value",
    [
        "",
        "start",
        "start|",
        "start|no-such-quiz",
        "start|../../etc/passwd",
        "start|hidden-men|extra",
        "answer|x",
        "answer|hidden-men~2026-11-001~0123456789ab|no-such-question|0",
        "answer|../x~2026-11-001~0123456789ab|q|0",
        "answer|hidden-men~../../001~0123456789ab|q|0",
        "rate|hidden-men~2026-11-001~0123456789ab|confidence_before|9",
        "rate|hidden-men~2026-11-001~0123456789ab|feelings|3",
        "qq|a1b2c3d4|../../../../tmp/written|hidden-men|Q",
        "qq|a1b2c3d4|/tmp/written|hidden-men|Q",
        "qq|a1b2c3d4|2026-W60|hidden-men|Q",
        "qq|a1b2c3d4|2026-w49|hidden-men|Q",
        "qq|nope|2026-W49|hidden-men|Q",
        "qa|a1b2c3d4|2026-W49|hidden-men|Q|-1",
        "qa|a1b2c3d4|2026-W49|hidden-men|Q|99",
        "sr|hidden-men|Q|x",
        "more|a1b2c3d4|2026-W49|extra",
        "vote|maybe|x",
        "vote|yes|=HYPERLINK(1)",
        "vote|yes|",
        "start|hidden-men" + "x" * 3000,
        "topics|",
        "topics|neglect",
        "topic|neglect",
        "topic|cooking|1",
        "topic|neglect|0",
        "topic|neglect|2",
        "topic|child-n|11",
        "topic|neglect|01",
        "topic|../../etc/passwd|1",
        "topic|Neglect|1",
        "item|",
        "item|no-such-item",
        "item|../../content/items/glossary.yaml",
        "item|gloss-mash|extra",
        "item|GLOSS-MASH",
    ],
)
def test_actions_anything_the_bot_did_not_make_is_refused(known, shipped_quizzes, value):
    value = value.replace("|Q", "|" + _question(shipped_quizzes))
    with pytest.raises(BadAction):
        decode(value, known)


def test_actions_iso_weeks_are_real_weeks():
    assert iso_week("2026-W53") == "2026-W53"  # 2026 has 53 ISO weeks
    for bad in ("2027-W53", "2026-W00", "2026-W1", "W49", "2026-W49/.."):
        with pytest.raises(BadAction):
            iso_week(bad)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_actions_random_values_decode_or_are_refused_never_crash(known, value):
    try:
        action = decode(value, known)
    except BadAction:
        return
    assert encode(action) == value


@pytest.mark.parametrize("number", ["01", "٣", "²", "+1", " 1", "1 "])
def test_actions_numbers_are_written_only_as_the_bot_writes_them(known, shipped_quizzes, number):
    with pytest.raises(BadAction):
        decode(f"sr|hidden-men|{_question(shipped_quizzes)}|{number}", known)
