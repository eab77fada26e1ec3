"""Certificates for learners who passed a quiz: a one-page PDF (fpdf2) naming the learner, the quiz, the date, the
score and the partnership, with a verification code an officer can check.

A certificate is issued once per passing attempt: asked for again, the same one comes back. Its code is random
(12 letters and digits of base32, in groups of four) and the certificate is kept in the store's settings under
`certificate:<code>`, so checking a code needs no secret and a backup keeps every certificate issued.
"""

from __future__ import annotations

import json
import re
import secrets
from base64 import b32encode
from dataclasses import asdict, dataclass
from datetime import date

from anyascii import anyascii

from quizzes.model import Quiz
from quizzes.tracking import FirstTry, TrackingStore

CODE = re.compile(r"[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}")  # what a verification code looks like
CERTIFICATE_KEY = "certificate:"  # settings key prefix of a certificate (JSON), by its code
CERTIFICATE_FOR = "certificate-for:"  # settings key prefix of the code issued for an attempt, by the attempt's id


class NotPassed(Exception):
    """The learner has no passing attempt at the quiz: no certificate."""


@dataclass(frozen=True)
class Certificate:
    code: str
    learner: str  # platform:user_id
    name: str  # as on the roster, else the id
    quiz: str
    title: str
    passed_on: date
    score: int  # questions right
    questions: int
    partnership: str
    attempt: str

    @property
    def percent(self) -> int:
        return round(100 * self.score / self.questions) if self.questions else 0


def _passing_attempt(store: TrackingStore, quiz_id: str, learner: str) -> FirstTry | None:
    """The learner's latest completed attempt if it passed, else their first completed one if that passed."""
    latest = store.last_completions(quiz_id, [learner]).get(learner)
    if latest is not None and latest.passed:
        return latest
    first = next((done for start, done in store.first_attempts(quiz_id) if start.learner == learner), None)
    return first if first is not None and first.passed else None


def issue(store: TrackingStore, quiz: Quiz, learner: str, partnership: str) -> Certificate:
    """The certificate for `learner`'s passing attempt at `quiz`, issued now or the one issued before.

    Raises NotPassed when the learner has not passed it."""
    attempt = _passing_attempt(store, quiz.id, learner)
    if attempt is None:
        raise NotPassed(f"{learner} has not passed '{quiz.title}'")
    held = store.setting(f"{CERTIFICATE_FOR}{attempt.id}")
    if held and (found := verify(store, held)):
        return found
    person = store.learner(learner)
    code = "-".join(re.findall("....", b32encode(secrets.token_bytes(10)).decode()[:12]))
    certificate = Certificate(code, learner, getattr(person, "name", "") or learner, quiz.id, quiz.title,
                              date.fromisoformat((attempt.finished_at or attempt.started_at)[:10]), attempt.score or 0,
                              len(quiz.questions), partnership, attempt.id)  # fmt: skip
    record = asdict(certificate) | {"passed_on": certificate.passed_on.isoformat()}
    store.save_setting(f"{CERTIFICATE_KEY}{code}", json.dumps(record))
    store.save_setting(f"{CERTIFICATE_FOR}{attempt.id}", code)
    return certificate


def verify(store: TrackingStore, code: str) -> Certificate | None:
    """The certificate issued under `code` (any case, with or without dashes), or None if none was."""
    typed = code.strip().upper().replace("-", "")
    if not re.fullmatch(r"[A-Z2-7]{12}", typed):
        return None
    stored = store.setting(CERTIFICATE_KEY + "-".join(re.findall("....", typed)))
    if stored is None:
        return None
    data = json.loads(stored)
    return Certificate(**data | {"passed_on": date.fromisoformat(data["passed_on"])})


def _latin(text: str) -> str:
    """Text the PDF's built-in font (Latin-1) can show: Latin-1 letters kept ("Zoë"), others spelt in ASCII by
    anyascii ("Łukasz" -> "Lukasz", "李" -> "Li")."""
    return "".join(c if ord(c) < 256 else anyascii(c) for c in text)


def certificate_pdf(certificate: Certificate) -> bytes:
    """The certificate as a one-page A4 landscape PDF."""
    from fpdf import FPDF  # only when drawing one: importing fpdf2 takes half a second off every command's start

    pdf = FPDF(orientation="L", format="A4")
    pdf.set_title(_latin(f"Certificate: {certificate.title}"))
    pdf.set_author(_latin(certificate.partnership))
    pdf.add_page()
    pdf.set_draw_color(0, 84, 147)
    pdf.set_line_width(1.5)
    pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
    pdf.set_y(35)

    def line(text: str, size: int, style: str = "", gap: float = 6) -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(0, size * 0.5, _latin(text), align="C")
        pdf.ln(gap)

    line(certificate.partnership, 16, "B")
    line("Certificate of completion", 30, "B", 12)
    line("This certifies that", 14)
    line(certificate.name, 26, "B")
    line(f"passed the quiz '{certificate.title}'", 16)
    line(f"on {certificate.passed_on:%-d %B %Y}, scoring {certificate.score} of {certificate.questions} "
         f"({certificate.percent}%).", 16, gap=20)  # fmt: skip
    line(f"Verification code: {certificate.code}", 12, "B", 2)
    line(f"A training officer can check it with: safeguard-bot certificate verify {certificate.code}", 10)
    return bytes(pdf.output())
