"""Ask a person: a question the library does not answer goes to the partnership's safeguarding advisers as a
ticket ("ask an expert", as FAQ Plus does it).

A ticket is open, then claimed by an adviser, answered, and closed. The question passes the same screen as any
message first (an emergency gets 999, case details a warning, and neither is stored). The ticket card goes to the
adviser channel (ADVISER_CHANNEL), again after `repost_after` while nobody has claimed it; the asker is told
privately when it is claimed and given the answer, labelled as an adviser's and never mixed with library text.
Every notice is claimed like a nudge (the storage port's delivery claims), so it is sent once however many
instances run. Every asker also gets a private link to the ticket's page, which works on every door.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from bot.actions import MAX_ASKED, TICKET_ID, TICKET_STEPS, AskPerson, TicketStep, encode
from bot.audit import TICKET_ANSWER, TICKET_CLAIM, TICKET_CLOSE
from bot.nudges import DeliveryOutcome, Schedule
from bot.reminders import DELIVERABLE
from bot.replies import ADVISER_ANSWER, INFO, Choice, Reply

if TYPE_CHECKING:
    from bot.storage.port import Store

logger = logging.getLogger(__name__)
OPEN, CLAIMED, ANSWERED, CLOSED = "open", "claimed", "answered", "closed"
TICKET_STATES = (OPEN, CLAIMED, ANSWERED, CLOSED)
ADVISER = "adviser"  # the role that may claim, answer and close tickets
TICKET_PEOPLE = ("claimed_by", "answered_by", "closed_by")  # the advisers a ticket names, besides its asker
DASHBOARD_ONLY = "dashboard"  # ADVISER_CHANNEL for advisers who work from `tickets` and the dashboard only
MAX_ANSWER = 3000  # characters: fits a Slack section and an Adaptive Card text block
REPOST_AFTER = timedelta(hours=1)  # an unclaimed ticket is posted again this long after it was last posted
NOTICE_WINDOW = timedelta(days=7)  # notices to askers are sent for tickets changed this recently (older ones were)
MAX_OPEN_PER_ASKER = 3  # tickets one person may have waiting at once: the advisers' time is the partnership's
_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"  # no 0/O, 1/I/L, U: read aloud and typed without mistakes
TOKEN = re.compile(r"[A-Za-z0-9_-]{24}")  # a page token, as new_ticket makes it
_AUDITED = {"claim": TICKET_CLAIM, "answer": TICKET_ANSWER, "close": TICKET_CLOSE}
NOT_ADVISER = (
    "Only safeguarding advisers can do that. A training officer can grant the role: "
    "'safeguard-bot roles grant USER adviser'."
)
NO_SUCH_TICKET = "There is no ticket with that number. Type 'tickets' to see the open ones."
OFF = "Asking an adviser is not set up here yet: for advice, ask {who}."


@dataclass(frozen=True)
class Ticket:
    """A question to the advisers and what became of it. Times are ISO-8601 UTC; "" for not yet."""

    id: str  # T-XXXXXX, what advisers and askers quote
    token: str  # the key of the asker's private page (/tickets/<token>): 24 URL-safe characters
    asker: str  # platform:user
    question: str  # as typed, after the personal-data screen
    created: str
    status: str = OPEN
    claimed_by: str = ""
    claimed_at: str = ""
    answer: str = ""
    answered_by: str = ""
    answered_at: str = ""
    closed_by: str = ""
    closed_at: str = ""
    posts: int = 0  # times posted to the adviser channel
    posted_at: str = ""
    post_ref: str = ""  # channel:message of each post, space-separated (a reply in any one's Slack thread answers)

    @property
    def changed(self) -> str:
        """When it last changed (ISO-8601 UTC)."""
        return max(self.created, self.claimed_at, self.answered_at, self.closed_at)

    def to_row(self) -> dict:
        return asdict(self)

    @classmethod
    def from_row(cls, row: dict) -> Ticket:
        """A stored row (unknown keys ignored, so an engine may keep more columns)."""
        return cls(**{f.name: row[f.name] for f in fields(cls) if f.name in row})


def new_ticket(asker: str, question: str, now: datetime) -> Ticket:
    """A new open ticket with a random id (30^6, about 7e8 values) and a random page token (144 bits)."""
    ticket_id = "T-" + "".join(secrets.choice(_ALPHABET) for _ in range(6))
    return Ticket(ticket_id, secrets.token_urlsafe(18), asker, question, _iso(now))


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _short(text: str, length: int = 120) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def adviser_channel_setting(text: str) -> str:
    """ADVISER_CHANNEL as given: "" (off), "dashboard", or "slack:<channel id>" / "msteams:<conversation id>".
    Raises ValueError for anything else."""
    value = text.strip()
    platform, _, channel = value.partition(":")
    if value in ("", DASHBOARD_ONLY) or (platform in ("slack", "msteams") and re.fullmatch(r"[\w:@.;=-]+", channel)):
        return value
    raise ValueError(
        "ADVISER_CHANNEL must be slack:<channel id> (e.g. slack:C0123ABCD), msteams:<channel conversation id> "
        f"or 'dashboard', not '{value}'"
    )


# A reply in a ticket's Slack thread that answers it starts so ("answer: ...", "answer T-7K2QXM ..."); any other
# reply there is the advisers' own conversation.
_THREAD_ANSWER = re.compile(r"\s*answer\b[\s:,-]*(?:T-[0-9A-Z]{6}\b[\s:,-]*)?", re.IGNORECASE)


class TicketDesk:
    """Tickets from asking to closing. `screen(question)` is the answerer's emergency and personal-data screen
    for text that is kept, `check_answer(answer)` its personal-data part (each a Reply to give instead, or
    None); `changed()` is called after every change, so a server can send the notices at once instead of at
    its next minute."""

    def __init__(self, store: Store, screen: Callable[[str], Reply | None], check_answer: Callable[[str], Reply | None],
                 channel: str, base_url: str, who_to_ask: str, repost_after: timedelta = REPOST_AFTER,
                 clock=lambda: datetime.now(UTC)):  # fmt: skip
        self.store, self.screen, self.check_answer, self.channel = store, screen, check_answer, channel
        self.base_url, self.who_to_ask, self.repost_after, self.clock = base_url, who_to_ask, repost_after, clock
        self.changed: Callable[[], None] = lambda: None

    @property
    def on(self) -> bool:
        return bool(self.channel)

    def link(self, ticket: Ticket) -> str:
        return f"{self.base_url}/tickets/{ticket.token}"

    @staticmethod
    def notifies(ticket: Ticket) -> bool:
        """Whether the asker is sent the ticket's news (Slack, Teams); others read it on the ticket's page."""
        return ticket.asker.partition(":")[0] in DELIVERABLE

    def offer(self, asker: str, question: str) -> Choice | None:
        """The "Ask a safeguarding adviser" button for a reply the library could not give `asker`, if tickets
        are on and the question fits a button."""
        if not self.on or not question.strip() or len(question) > MAX_ASKED:
            return None
        return Choice("Ask a safeguarding adviser", encode(AskPerson(asker, question.strip())),
                      typed="ask a person <your question>")  # fmt: skip

    # The asker

    def ask(self, asker: str, question: str) -> Reply:
        """Open a ticket for `question`, or say why not: a private reply either way. An emergency or case
        details get the screen's reply and nothing is stored."""
        question = question.strip()
        if not self.on:
            return Reply(INFO, OFF.format(who=self.who_to_ask), private=True)
        if not question:
            return Reply(INFO, "Type 'ask a person' and then your question, without names or case details.",
                         private=True)  # fmt: skip
        if len(question) > MAX_ASKED:
            return Reply(INFO, f"Please shorten your question to {MAX_ASKED} characters and ask again.",
                         private=True)  # fmt: skip
        screened = self.screen(question)
        if screened is not None:
            return screened
        waiting = [t for t in self.store.tickets() if t.asker == asker and t.status in (OPEN, CLAIMED)]
        if len(waiting) >= MAX_OPEN_PER_ASKER:
            return Reply(INFO, f"You have {len(waiting)} questions waiting for an adviser "
                               f"({', '.join(t.id for t in waiting)}): please wait for an answer before asking "
                               f"another, or ask {self.who_to_ask}.", private=True)  # fmt: skip
        ticket = new_ticket(asker, question, self.clock())
        self.store.add_ticket(ticket)  # the asking is not audited: who asks what is between them and the advisers
        self.changed()
        told = ("I'll tell you here, privately, when an adviser picks it up and when they answer. You can also "
                "follow it" if self.notifies(ticket) else "Follow it")  # fmt: skip
        return Reply(
            INFO,
            f"Your question has gone to the partnership's safeguarding advisers as ticket {ticket.id}. {told} at "
            f"{self.link(ticket)} (keep the link to yourself). Please don't add names or case details.",
            choices=(Choice("Follow your question", url=self.link(ticket)),),
            private=True,
        )

    # Advisers

    def _is_adviser(self, user: str) -> bool:
        return ADVISER in self.store.roles().get(user, [])

    def act(self, user: str, step: TicketStep, text: str = "") -> Reply:
        """An adviser claims, answers (with `text`) or closes a ticket. Replies to the adviser; a state that
        does not allow the step says so."""
        if not self._is_adviser(user):
            return Reply(INFO, NOT_ADVISER, private=True)
        ticket = self.store.ticket(step.ticket)
        if ticket is None:
            return Reply(INFO, NO_SUCH_TICKET, private=True)
        now = _iso(self.clock())
        if step.step == "claim":
            changed = self.store.change_ticket(ticket.id, (OPEN,), status=CLAIMED, claimed_by=user, claimed_at=now)
            done = (f"Ticket {ticket.id} claimed by {user.partition(':')[2]}. Answer it with 'answer {ticket.id} "
                    "<your answer>' (in Slack, a reply in its thread starting 'answer:' does too).")  # fmt: skip
        elif step.step == "answer":
            answer = text.strip()
            if ticket.status in (ANSWERED, CLOSED):
                return Reply(INFO, f"Ticket {ticket.id} is already {ticket.status}.", private=True)
            if not answer:
                return Reply(INFO, f"Type your answer: 'answer {ticket.id} <your answer>'.", private=True)
            if len(answer) > MAX_ANSWER:
                return Reply(INFO, f"Please keep the answer to {MAX_ANSWER} characters.", private=True)
            warned = self.check_answer(answer)
            if warned is not None:  # kept for years and shown to the asker: it must name nobody either
                return warned
            changed = self._answer(ticket, user, answer, now)
            done = f"Ticket {ticket.id} answered; the answer is on its way to the person who asked."
        else:
            changed = self.store.change_ticket(ticket.id, (OPEN, CLAIMED, ANSWERED), status=CLOSED, closed_by=user,
                                               closed_at=now)  # fmt: skip
            done = f"Ticket {ticket.id} closed."
        if changed is None:
            return Reply(INFO, f"Ticket {ticket.id} is already {self.store.ticket(ticket.id).status}.", private=True)
        self.store.record_audit(user, _AUDITED[step.step], ticket.id)
        self.changed()
        return Reply(INFO, done)

    def _answer(self, ticket: Ticket, user: str, answer: str, now: str) -> Ticket | None:
        """Answer `ticket`, claiming it for `user` if nobody has; never taking over a claim made meanwhile."""
        answered = {"status": ANSWERED, "answer": answer, "answered_by": user, "answered_at": now}
        if ticket.status == OPEN:
            changed = self.store.change_ticket(ticket.id, (OPEN,), claimed_by=user, claimed_at=now, **answered)
            if changed is not None:
                return changed
        return self.store.change_ticket(ticket.id, (CLAIMED,), **answered)

    def typed(self, user: str, command: str, rest: str) -> Reply | None:
        """`claim T-X`, `answer T-X <answer>`, `close T-X` typed by an adviser; None when `rest` does not start
        with a ticket number (then it was a question)."""
        ticket_id, _, text = rest.partition(" ")
        if command not in TICKET_STEPS or not TICKET_ID.fullmatch(ticket_id.upper()):
            return None
        return self.act(user, TicketStep(command, ticket_id.upper()), text)

    def thread_answer(self, user: str, channel: str, thread: str, text: str) -> Reply | None:
        """A reply in the thread of any posting of a ticket (Slack) starting "answer" answers it; None for other
        replies and threads that are no ticket's (the advisers' own conversation)."""
        marker = _THREAD_ANSWER.match(text)
        ticket = self.store.ticket_for_post(f"{channel}:{thread}") if thread and marker else None
        return None if ticket is None else self.act(user, TicketStep("answer", ticket.id), text[marker.end() :])

    def listing(self, user: str) -> Reply:
        """The tickets not yet closed, oldest first, with a Claim button for the open ones (advisers only)."""
        if not self._is_adviser(user):
            return Reply(INFO, NOT_ADVISER, private=True)
        waiting = sorted((t for t in self.store.tickets() if t.status != CLOSED), key=lambda t: t.created)
        if not waiting:
            return Reply(INFO, "No tickets are waiting.", private=True)
        lines = [f"- {t.id} ({t.status}, asked {t.created[:16].replace('T', ' ')} UTC"
                 f"{', ' + t.claimed_by.partition(':')[2] if t.claimed_by else ''}): {_short(t.question)}"
                 for t in waiting]  # fmt: skip
        claims = [Choice(f"Claim {t.id}", encode(TicketStep("claim", t.id))) for t in waiting if t.status == OPEN]
        return Reply(INFO, "Tickets waiting:\n" + "\n".join(lines), choices=tuple(claims[:5]), private=True)

    # Notices

    def card(self, ticket: Ticket) -> Reply:
        """The ticket as posted to the adviser channel: the question, how to answer, and its buttons."""
        again = f" (posted again: unclaimed since {ticket.created[:16].replace('T', ' ')} UTC)" if ticket.posts else ""
        return Reply(
            INFO,
            f"Question for a safeguarding adviser, ticket {ticket.id}{again}:\n{ticket.question}\n\n"
            f"Claim it, then answer in this thread starting 'answer:', or type 'answer {ticket.id} <your answer>'.",
            choices=(
                Choice("Claim", encode(TicketStep("claim", ticket.id))),
                Choice("Send answer", encode(TicketStep("answer", ticket.id)), field="Your answer"),
                Choice("Close", encode(TicketStep("close", ticket.id))),
            ),
        )

    def answer_reply(self, ticket: Ticket) -> Reply:
        """What the asker receives: the adviser's words, labelled as theirs, with no library text or citation."""
        asked = _short(ticket.question, 200)
        return Reply(ADVISER_ANSWER, f'From a safeguarding adviser, on your question (ticket {ticket.id}) "{asked}":'
                                     f"\n\n{ticket.answer}", private=True)  # fmt: skip

    def due(self, now: datetime) -> list[tuple[str, Ticket, str, Reply]]:
        """Notices due at `now`: (notice, ticket, where: "channel" or "asker", reply): the card for every open
        ticket not posted for `repost_after`, the asker's news for tickets changed in the last NOTICE_WINDOW. A
        notice's name is unique per ticket (post-N for the Nth posting), so claiming it sends it once."""
        found = []
        for ticket in self.store.tickets():
            if ticket.status != OPEN and now - datetime.fromisoformat(ticket.changed) > NOTICE_WINDOW:
                continue
            if ticket.status == OPEN and self.channel != DASHBOARD_ONLY:
                last = datetime.fromisoformat(ticket.posted_at) if ticket.posted_at else None
                if last is None or now - last >= self.repost_after:
                    found.append((f"post-{ticket.posts}", ticket, "channel", self.card(ticket)))
            if ticket.status == CLAIMED:
                told = f"Your question (ticket {ticket.id}) has been picked up by a safeguarding adviser."
                found.append(("claimed", ticket, "asker", Reply(INFO, told, private=True)))
            if ticket.answer:
                found.append(("answered", ticket, "asker", self.answer_reply(ticket)))
            elif ticket.status == CLOSED:
                closed = (f"Your question (ticket {ticket.id}) was closed by an adviser without a written answer. "
                          f"For advice, ask {self.who_to_ask}.")  # fmt: skip
                found.append(("closed", ticket, "asker", Reply(INFO, closed, private=True)))
        return found

    async def run_due(self, now: datetime, senders: dict) -> int:
        """Send every notice due at `now` and not sent before; return how many were sent. A notice that cannot
        be sent is not tried again (a post to the channel is, as the next posting): the asker's page and
        `tickets` still show the ticket."""
        due = await asyncio.to_thread(self.due, now)
        sent, outcomes = 0, []
        for notice, ticket, where, reply in due:
            platform, _, target = (self.channel if where == "channel" else ticket.asker).partition(":")
            if platform not in senders:
                continue  # the web playground and the terminal: the asker's page shows it
            schedule = Schedule(f"ticket-{ticket.id}-{notice}", platform, target, 0, "09:00", "UTC",
                                created_by="tickets")  # fmt: skip
            year, week, _ = datetime.fromisoformat(ticket.created).isocalendar()
            period = f"{year}-W{week:02d}"  # fixed per ticket, so a claim holds whichever week it is sent in
            (claimed,) = await asyncio.to_thread(self.store.claim_deliveries, [(schedule, period)], "sending")
            if not claimed:
                continue
            ref = ""
            try:
                if where == "channel":
                    ref = await senders[platform].send(target, reply) or ""
                else:
                    await senders[platform].notify(target, reply)
                outcomes.append(DeliveryOutcome(schedule.id, period, "sent", "ticket"))
                sent += 1
            except Exception as exc:  # one failed notice does not stop the others
                logger.warning("%s not delivered: %s", schedule.id, exc)
                outcomes.append(DeliveryOutcome(schedule.id, period, "failed", note=str(exc)))
            if where == "channel":  # counted as posted even if it failed, so it is tried again as the next posting
                await asyncio.to_thread(self.store.change_ticket, ticket.id, (OPEN,), posts=ticket.posts + 1,
                                        posted_at=_iso(now), post_ref=f"{ticket.post_ref} {target}:{ref}".strip()
                                        if ref else ticket.post_ref)  # fmt: skip
        if outcomes:
            await asyncio.to_thread(self.store.finish_deliveries, outcomes)
        return sent


def adviser_drafts(store: Store) -> list[Ticket]:
    """Answered tickets, newest answer first: advisers' answers a content author may turn into library items
    (`safeguard-bot content gaps`)."""
    return sorted((t for t in store.tickets() if t.answer), key=lambda t: t.answered_at, reverse=True)
