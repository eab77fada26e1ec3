"""Pass certificates: issued once per passing attempt, read back from the PDF with pypdf, checked by their
verification code from the CLI, asked for in chat (Slack and the web door) and downloaded from the web door."""

import asyncio
import io
from datetime import UTC, datetime

from aiohttp.test_utils import TestClient, TestServer
from pypdf import PdfReader

from adapters.server import build_web_app
from bot.settings import Settings
from cli.main import main
from content.loader import SHIPPED_CONTENT
from quizzes.certificates import CODE, NotPassed, certificate_pdf, issue, verify
from quizzes.tracking import Learner
from tests.conftest import make_service, run_with
from tests.slack_harness import SlackHarness

PARTNERSHIP = "Calderdale Safeguarding Children Partnership (CSCP)"


def _take(store, quiz, learner: str, score: int, day: int) -> None:
    attempt = store.start_attempt(quiz.id, learner, datetime(2026, 11, day, 10, tzinfo=UTC))
    store.finish_attempt(attempt.id, f"2026-11-{day:02d}T10:04:00+00:00", score, 100 * score >= quiz.pass_mark *
                         len(quiz.questions))  # fmt: skip


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_certificate_names_learner_quiz_date_score_and_partnership_and_verifies(tracking, shipped_quizzes):
    quiz = shipped_quizzes["hidden-men"]
    tracking.save_learner(Learner("slack:U1", "Zoë Łukasz", "North", "Police"))
    _take(tracking, quiz, "slack:U1", 2, 3)  # not passed
    try:
        issue(tracking, quiz, "slack:U1", PARTNERSHIP)
        raise AssertionError("a certificate for a failed attempt")
    except NotPassed:
        pass
    _take(tracking, quiz, "slack:U1", len(quiz.questions), 5)
    made = issue(tracking, quiz, "slack:U1", PARTNERSHIP)
    assert CODE.fullmatch(made.code) and issue(tracking, quiz, "slack:U1", PARTNERSHIP).code == made.code  # once
    reader = PdfReader(io.BytesIO(certificate_pdf(made)))
    assert len(reader.pages) == 1
    text = _text(certificate_pdf(made))
    assert PARTNERSHIP in text and "Certificate of completion" in text and "Zoë Lukasz" in text
    assert f"'{quiz.title}'" in text and "5 November 2026" in text
    assert f"scoring {len(quiz.questions)} of {len(quiz.questions)} (100%)" in text and made.code in text
    assert verify(tracking, made.code.lower().replace("-", "")) == made
    assert verify(tracking, "AAAA-BBBB-CCCC") is None and verify(tracking, "../../etc") is None


def test_certificate_cli_writes_the_pdf_and_verifies_its_code(tmp_path, capsys, shipped_quizzes):
    from bot.storage import TinyStore

    data = ["--data-dir", str(tmp_path / "d")]
    store = TinyStore(tmp_path / "d")
    quiz = shipped_quizzes["was-not-brought"]
    store.save_learner(Learner("teams:A1", "Ann Officer", "North", "Health"))
    _take(store, quiz, "teams:A1", len(quiz.questions), 20)
    out = tmp_path / "ann.pdf"
    assert main([*data, "certificate", "issue", "teams:A1", quiz.id, "--out", str(out)]) == 0
    code = capsys.readouterr().out.split("verification code ")[1].strip()
    assert "Ann Officer" in _text(out.read_bytes()) and code in _text(out.read_bytes())
    assert main([*data, "certificate", "verify", code]) == 0
    assert f"Ann Officer (teams:A1) passed '{quiz.title}' on 2026-11-20" in capsys.readouterr().out
    assert main([*data, "certificate", "verify", "ZZZZ-ZZZZ-ZZZZ"]) == 1
    assert "not a certificate this partnership issued" in capsys.readouterr().err
    assert main([*data, "certificate", "issue", "teams:B2", quiz.id]) == 1
    assert "has not passed" in capsys.readouterr().err
    assert main([*data, "certificate", "issue", "teams:A1", "nope"]) == 1


def test_certificate_in_chat_on_slack_links_to_the_pdf_on_the_web_door(answerer, shipped_quizzes, tracking):
    quiz = shipped_quizzes["hidden-men"]
    user = "slack:U2147483697"  # the slash command fixture's user
    _take(tracking, quiz, user, len(quiz.questions), 9)
    harness = SlackHarness(answerer, shipped_quizzes, tracking)

    async def scenario(h):
        assert await h.command(f"certificate {quiz.id}") == (200, "")
        assert await h.command("certificate was-not-brought") == (200, "")
        return await h.wait_for(2, "response_url")

    calls = run_with(harness, scenario)
    texts = sorted((body["text"] for _, body in calls), reverse=True)  # "Your certificates" first
    assert texts[0].startswith("Your certificates:") and f"- {quiz.title} (passed 9 November 2026" in texts[0]
    assert texts[1].startswith("You haven't passed 'Was Not Brought' yet")
    assert all(body["response_type"] == "ephemeral" for _, body in calls)
    link = texts[0].split("http://localhost:3978")[1].split(",")[0]
    service = make_service(Settings(tracking.root, SHIPPED_CONTENT), answerer, shipped_quizzes, tracking)

    async def fetch():
        async with TestClient(TestServer(build_web_app(service))) as client:
            pdf = await client.get(link)
            missing = await client.get("/certificates/AAAA-BBBB-CCCC.pdf")
            bad = await client.get("/certificates/..%2Fsettings.pdf")
            return pdf.status, pdf.content_type, await pdf.read(), missing.status, bad.status

    status, kind, body, missing, bad = asyncio.run(fetch())
    assert (status, kind, missing, bad) == (200, "application/pdf", 404, 400)
    assert quiz.title in _text(body)


def test_certificate_on_the_web_door_for_a_playground_visitor_who_passed(answerer, shipped_quizzes, tracking):
    service = make_service(Settings(tracking.root, SHIPPED_CONTENT), answerer, shipped_quizzes, tracking)

    async def scenario():
        async with TestClient(TestServer(build_web_app(service))) as client:
            await client.get("/")  # the visitor cookie
            before = await (await client.post("/web/chat", json={"text": "certificate"})).json()
            return before["html"]

    assert "haven&#39;t passed a quiz yet" in asyncio.run(scenario())
