import asyncio

import pytest

from bot.actions import BadAction, StartQuiz
from bot.conversation import Event


def _say(conversation, text="", user="slack:U1", action="", **who):
    return asyncio.run(conversation.handle(Event(user=user, channel="C1", text=text, action=action, **who)))


def test_conversation_lists_quizzes_with_start_choices(conversation):
    (reply,) = _say(conversation, "quizzes")
    assert StartQuiz("was-not-brought") in [conversation.decode(c.value) for c in reply.choices]
    assert len(reply.choices) >= 8


def test_conversation_quiz_by_clicking_choices_to_completion(conversation, tracking):
    (reply,) = _say(conversation, action="start|was-not-brought", name="Una", team="East", agency="Police")
    while True:
        assert reply.choices, reply.text
        *_, reply = _say(conversation, action=reply.choices[0].value)
        if "You finished" in reply.text:
            break
    (attempt,) = tracking.attempts("was-not-brought")
    assert attempt.status == "completed" and len(attempt.answers) == 7
    assert set(attempt.ratings) == {"confidence_before", "confidence_after", "usefulness"}
    assert tracking.learner("slack:U1").team == "East"


def test_conversation_feedback_cites_the_tested_item(conversation):
    (rating,) = _say(conversation, "quiz was-not-brought")
    (question,) = _say(conversation, action=rating.choices[2].value)
    feedback, following = _say(conversation, action=question.choices[0].value)
    assert feedback.text.startswith(("Right.", "Not quite."))
    assert feedback.sources and feedback.sources[0].document
    assert "question 2 of 7" in following.text


def test_conversation_double_click_records_one_answer(conversation, tracking):
    (rating,) = _say(conversation, "quiz hidden-men")
    (question,) = _say(conversation, action=rating.choices[0].value)
    _say(conversation, action=question.choices[1].value)
    (again,) = _say(conversation, action=question.choices[1].value)
    assert "already answered" in again.text
    (attempt,) = tracking.attempts("hidden-men")
    assert len(attempt.answers) == 1


def test_conversation_someone_elses_attempt_and_bad_actions_are_refused(conversation):
    (rating,) = _say(conversation, "quiz hidden-men")
    (other,) = _say(conversation, action=rating.choices[0].value, user="slack:U2")
    assert "someone else" in other.text
    for forged in ("answer|x", "rate|a|b|high", "start|../../etc", "qa|x|../../w|was-not-brought|q|0"):
        with pytest.raises(BadAction):
            _say(conversation, action=forged)


def test_conversation_typed_letters_answer_the_open_quiz(conversation):
    _say(conversation, "quiz supervision")
    (question,) = _say(conversation, "4")
    assert question.text.startswith("Supervision")
    feedback, _ = _say(conversation, "b")
    assert feedback.text.startswith(("Right.", "Not quite."))
    (notice, repeat) = _say(conversation, "q")
    assert "letter from A to" in notice.text and repeat.choices


def test_conversation_answers_offer_a_matching_quiz(conversation):
    (reply,) = _say(conversation, "what does safeguard guide 10 say about children who are not brought")
    assert reply.kind == "answer"
    assert StartQuiz("was-not-brought") in [conversation.decode(c.value) for c in reply.choices if c.value]


def test_conversation_results_depend_on_role(conversation, tracking):
    _say(conversation, "quiz was-not-brought", user="slack:L")
    (mine,) = _say(conversation, "results", user="slack:L")
    assert "in progress" in mine.text and "facility" not in mine.text
    (nothing,) = _say(conversation, "results", user="slack:X")
    assert "haven't taken a quiz" in nothing.text
    tracking.grant_role("slack:T", "training_officer")
    (report,) = _say(conversation, "results was-not-brought", user="slack:T")
    assert "facility" in report.text and "started 1" in report.text
    (unknown,) = _say(conversation, "results nope", user="slack:T")
    assert "no quiz by that name" in unknown.text and "nope" not in unknown.text


def test_conversation_help_mentions_quizzes_and_999(conversation):
    (reply,) = _say(conversation, "help")
    assert "quizzes" in reply.text and "999" in reply.text


def test_conversation_events_are_handled_one_at_a_time_on_the_core_thread_off_the_event_loop(conversation, monkeypatch):
    import threading
    import time

    seen, running = [], []
    real = conversation._handle

    def handle(event):
        running.append(1)
        seen.append((threading.current_thread().name, len(running)))
        time.sleep(0.02)
        running.pop()
        return real(event)

    monkeypatch.setattr(conversation, "_handle", handle)

    async def burst():
        events = [Event(f"slack:U{n}", "D1", "quizzes") for n in range(4)]
        return await asyncio.gather(*(conversation.handle(e) for e in events))

    assert all(replies for replies in asyncio.run(burst()))
    assert [name.startswith("core") for name, _ in seen] == [True] * 4 and max(n for _, n in seen) == 1
