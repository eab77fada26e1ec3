import asyncio
from datetime import UTC, datetime, timedelta

from fsrs import Card

from bot.actions import ReviewAnswer
from bot.conversation import Event
from bot.reviews import Reviews
from quizzes.tracking import Answer
from tests.test_nudges import FakeSender

MONDAY = datetime(2026, 11, 30, 9, 5, tzinfo=UTC)


def _missed(tracking, learner="slack:U1", quiz="was-not-brought", question=None, quizzes=None):
    attempt = tracking.start_attempt(quiz, learner, MONDAY - timedelta(days=3))
    question = question or quizzes[quiz].questions[0].id
    tracking.record_answer(attempt.id, Answer(question, 9, False, (MONDAY - timedelta(days=3)).isoformat()))
    return question


def test_reviews_opt_in_sends_missed_questions_once_a_week(conversation, tracking, shipped_quizzes):
    question = _missed(tracking, quizzes=shipped_quizzes)  # missed before opting in: found at opt-in
    (reply,) = asyncio.run(conversation.handle(Event("slack:U1", "D1", "nudge me weekly")))
    assert reply.private and "Weekly review on" in reply.text
    reviews = conversation.nudges.reviews
    sender = FakeSender()
    assert asyncio.run(reviews.run_due(MONDAY, {"slack": sender})) == 1
    assert asyncio.run(reviews.run_due(MONDAY + timedelta(hours=1), {"slack": sender})) == 0
    ((user, text),) = sender.notified
    assert user == "U1" and text.startswith("Weekly review (Was Not Brought)")
    assert shipped_quizzes["was-not-brought"].question(question).stem in text


def test_reviews_what_is_known_fades_and_what_is_missed_returns_sooner(tracking, shipped_quizzes, shipped_store):
    reviews = Reviews(tracking, shipped_quizzes, shipped_store)
    quiz = shipped_quizzes["hidden-men"]
    first, second = quiz.questions[0], quiz.questions[1]
    for question in (first, second):
        _missed(tracking, quiz="hidden-men", question=question.id, quizzes=shipped_quizzes)
    reviews.opt_in("slack:U1")
    assert len(reviews.due("slack:U1", MONDAY)) == 2
    right = reviews.answer("slack:U1", ReviewAnswer(quiz.id, first.id, first.correct), MONDAY)
    wrong_option = (second.correct + 1) % len(second.options)
    wrong = reviews.answer("slack:U1", ReviewAnswer(quiz.id, second.id, wrong_option), MONDAY)
    assert right.text.startswith("Right.") and wrong.text.startswith("Not quite.")
    cards = tracking.review_cards("slack:U1")
    known = Card.from_dict(cards[f"hidden-men|{first.id}"]).due
    missed = Card.from_dict(cards[f"hidden-men|{second.id}"]).due
    assert missed < known and known > MONDAY
    # FSRS brings the missed one back first (a minute), the known one later (its next step).
    assert [q.id for _, q in reviews.due("slack:U1", MONDAY + timedelta(minutes=5))] == [second.id]


def test_reviews_stop_ends_them_and_answers_come_through_the_conversation(conversation, tracking, shipped_quizzes):
    question = _missed(tracking, learner="slack:U2", quizzes=shipped_quizzes)
    asyncio.run(conversation.handle(Event("slack:U2", "D2", "nudge me weekly")))
    action = f"sr|was-not-brought|{question}|0"
    (feedback,) = asyncio.run(conversation.handle(Event("slack:U2", "D2", action=action)))
    assert feedback.text.startswith(("Right.", "Not quite.")) and feedback.sources
    (stopped,) = asyncio.run(conversation.handle(Event("slack:U2", "D2", "nudge me stop")))
    assert "off" in stopped.text
    assert tracking.review_learners() == []


def test_reviews_cards_come_from_answers_as_they_arrive_and_the_weekly_pass_scans_no_attempts(
    conversation, tracking, shipped_quizzes, monkeypatch
):
    asyncio.run(conversation.handle(Event("slack:U3", "D3", "nudge me weekly")))
    quiz = shipped_quizzes["was-not-brought"]
    (step,) = asyncio.run(conversation.handle(Event("slack:U3", "D3", "quiz was-not-brought")))
    while not step.text.startswith("Was Not Brought, question"):  # past the confidence rating
        (step,) = asyncio.run(conversation.handle(Event("slack:U3", "D3", action=step.choices[0].value)))
    question = quiz.questions[0]
    wrong = next(c.value for c in step.choices if conversation.decode(c.value).option != question.correct)
    asyncio.run(conversation.handle(Event("slack:U3", "D3", action=wrong)))
    assert list(tracking.review_cards("slack:U3")) == [f"was-not-brought|{question.id}"]

    def no_scan(*args):
        raise AssertionError("the weekly pass must not scan attempts")

    monkeypatch.setattr(tracking, "attempts", no_scan)
    sender = FakeSender()
    assert asyncio.run(conversation.nudges.reviews.run_due(MONDAY + timedelta(days=7), {"slack": sender})) == 1


def test_reviews_anonymous_web_visitors_cannot_opt_in(conversation, tracking):
    for n in range(20):
        (reply,) = asyncio.run(conversation.handle(Event(f"web:v{n}", "web", "nudge me weekly")))
        assert "Slack or Teams" in reply.text
    assert tracking.review_learners() == []
