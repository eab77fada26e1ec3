"""The web door: a chat playground on the same core, and the training officers' dashboard.

Sign-in needs no password database: `safeguard-bot dashboard-link` prints a one-time link whose
signed token sets a signed, expiring session cookie, and every dashboard request checks the
user still holds the training_officer role.
"""

from __future__ import annotations

import asyncio
import functools
import json
import secrets
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urlencode

from aiohttp import web
from itsdangerous import BadSignature, URLSafeTimedSerializer
from jinja2 import Environment, FileSystemLoader, select_autoescape

from adapters.bodies import BadBody, parse_json
from adapters.web_charts import completion_chart, confidence_chart, reach_chart, score_chart
from bot.actions import BadAction
from bot.audit import ACTIONS, DASHBOARD_SIGN_IN, audit_csv, newest_first, page_of
from bot.conversation import Event
from bot.library import KIND_NAMES, item_reply, search
from bot.nudges import nudge_engagement
from bot.service import Service
from bot.settings import whole_number
from bot.storage import Store
from bot.tickets import ADVISER, TICKET_STATES, TOKEN, TicketDesk
from content.history import item_history
from quizzes.assignments import PRESSING, TO_DO
from quizzes.certificates import CODE, certificate_pdf, verify
from quizzes.currency import DUE_SOON_DAYS, review
from quizzes.reach import reach_csv, reach_report, year_filters
from quizzes.reports import Filters, build_report, in_scope, results_csv, scoped
from quizzes.xapi import export

HERE = Path(__file__).resolve().parent
LINK_SECONDS = 15 * 60
SESSION_COOKIE, VISITOR_COOKIE = "sg_session", "sg_visitor"
MAX_SEARCH = 300  # characters in a library search


def _pct(value) -> str:
    return "-" if value is None else f"{value:.0%}"


def _num(value) -> str:
    return "-" if value is None else f"{value:.1f}"


templates = Environment(loader=FileSystemLoader(HERE / "web_templates"), autoescape=select_autoescape(["html"]))
templates.filters.update(pct=_pct, num=_num, filename=lambda path: Path(path).name)


def session_secret(store: Store) -> str:
    """One secret per data folder, made on first use, shared by the server and the CLI."""
    secret = store.setting("session_secret")
    if not secret:
        secret = secrets.token_urlsafe(32)
        store.save_setting("session_secret", secret)
    return secret


def dashboard_link(store: Store, user: str, base_url: str) -> str:
    token = URLSafeTimedSerializer(session_secret(store), salt="dashboard-link").dumps(
        {"user": user, "nonce": secrets.token_urlsafe(8)}
    )
    return f"{base_url.rstrip('/')}/dashboard/login?token={token}"


def session_cookie(store: Store, user: str) -> str:
    return URLSafeTimedSerializer(session_secret(store), salt="session").dumps({"user": user})


def is_https(request: web.Request) -> bool:
    """Whether the browser reached us over HTTPS, directly or through a proxy that says so."""
    return request.secure or request.headers.get("X-Forwarded-Proto", "").lower() == "https"


def _page(name: str, status: int = 200, **context) -> web.Response:
    return web.Response(text=templates.get_template(name).render(**context), status=status, content_type="text/html")


def _refused(status: int, message: str) -> web.Response:
    return _page("message.html", status, heading="Training officers only", message=message)


NOT_IN_LIBRARY = "The library has nothing by that name. Its topics, and a search, are at /library."
CHASE_LIMIT = 200  # rows of assigned learning still to do on the dashboard page; the CSV has every learner


def _to_chase(report: dict) -> list[dict]:
    """The report's assignment rows still to do, most pressing first, each with its quiz's title."""
    rows = [row | {"title": q["title"]} for q in report["quizzes"] for row in q["assignments"]
            if row["state"] in TO_DO]  # fmt: skip
    return sorted(rows, key=lambda r: (PRESSING[r["state"]], r["due"], r["name"] or r["learner"]))


def _in_a_worker_thread(handler):
    """An aiohttp handler that runs `handler(self, request)` in a worker thread: the dashboard's handlers read the
    store (every attempt, for a report) and sign-in writes it, and no page load may hold up the event loop the
    chat doors answer on."""

    @functools.wraps(handler)
    async def run(self, request: web.Request) -> web.Response:
        return await asyncio.to_thread(handler, self, request)

    return run


class WebDoor:
    def __init__(self, service: Service, clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self.service = service
        self.store = service.tracking
        self.session_seconds = int(service.settings.session_lifetime.length.total_seconds())  # RETAIN_SESSIONS
        self.clock = clock  # today, for what is due for review

    def routes(self, app: web.Application) -> None:
        app.router.add_get("/", self.playground)
        app.router.add_post("/web/chat", self.chat)
        app.router.add_get("/dashboard", self.dashboard)
        app.router.add_get("/dashboard/login", self.login)
        app.router.add_get("/dashboard/results.csv", self.results_csv)
        app.router.add_get("/dashboard/xapi.json", self.results_xapi)
        app.router.add_get("/dashboard/report", self.annual_report)
        app.router.add_get("/dashboard/report.csv", self.annual_report_csv)
        app.router.add_get("/dashboard/audit", self.audit)
        app.router.add_get("/dashboard/audit.csv", self.audit_csv)
        app.router.add_get("/certificates/{code}.pdf", self.certificate)
        app.router.add_get("/tickets/{token}", self.ticket)
        app.router.add_get("/dashboard/tickets", self.tickets)
        app.router.add_get("/library", self.library)
        app.router.add_get("/library/topics/{topic}", self.library_topic)
        app.router.add_get("/library/items/{item}", self.library_item)
        app.router.add_static("/static", HERE / "web_static")

    # Playground: the local door of the same core

    async def playground(self, request: web.Request) -> web.Response:
        response = _page("playground.html", partnership=self.service.store.partnership.name)
        self._visitor(request, response)
        return response

    def _visitor(self, request: web.Request, response: web.StreamResponse | None = None) -> str:
        serializer = URLSafeTimedSerializer(session_secret(self.store), salt="visitor")
        try:
            return serializer.loads(request.cookies.get(VISITOR_COOKIE, ""))
        except BadSignature:
            visitor = secrets.token_hex(6)
            if response is not None:
                response.set_cookie(VISITOR_COOKIE, serializer.dumps(visitor), httponly=True, samesite="Strict",
                                    secure=is_https(request))  # fmt: skip
            return visitor

    async def chat(self, request: web.Request) -> web.Response:
        try:
            body = parse_json(await request.read())
        except BadBody:
            return web.json_response({"error": "expected JSON"}, status=400)
        if not isinstance(body, dict) or not all(isinstance(body.get(k, ""), str) for k in ("text", "action")):
            return web.json_response({"error": "expected a JSON object with text or action strings"}, status=400)
        visitor = self._visitor(request)
        event = Event(f"web:{visitor}", "web", body.get("text", "")[:2000], body.get("action", ""),
                      "Playground visitor")  # fmt: skip
        try:
            replies = await self.service.conversation.handle(event)
        except BadAction:
            return web.json_response({"error": "not a button this page made"}, status=400)
        html = "".join(templates.get_template("reply.html").render(reply=reply) for reply in replies)
        return web.json_response({"html": html})

    async def certificate(self, request: web.Request) -> web.Response:
        """A certificate's PDF, by its verification code: the code is what its holder shares."""
        code = request.match_info["code"]
        if not CODE.fullmatch(code):
            return web.Response(status=400, text="not a certificate code (like ABCD-EFGH-2345)")
        found = await asyncio.to_thread(verify, self.store, code)
        if found is None:
            return web.Response(status=404, text="no certificate has this code")
        pdf = await asyncio.to_thread(certificate_pdf, found)
        return web.Response(body=pdf, content_type="application/pdf",
                            headers={"Content-Disposition": f'inline; filename="certificate-{code}.pdf"'})  # fmt: skip

    @_in_a_worker_thread
    def ticket(self, request: web.Request) -> web.Response:
        """The asker's private page of their ticket (its link was given to them only): status and answer."""
        token = request.match_info["token"]
        found = self.store.ticket_for_token(token) if TOKEN.fullmatch(token) else None
        if found is None:
            return _page("message.html", 404, heading="No such ticket",
                         message="This link is not a ticket's. Check that it was copied whole.")  # fmt: skip
        response = _page("ticket.html", ticket=found, notified=TicketDesk.notifies(found))
        response.headers["Cache-Control"] = "no-store"  # the question and answer are the asker's alone
        return response

    @_in_a_worker_thread
    def tickets(self, request: web.Request) -> web.Response:
        """Every ticket, newest first, for safeguarding advisers and training officers who see every agency (a
        ticket is no agency's); ?status= narrows it."""
        user = self._signed_in(request, ("training_officer", ADVISER))
        if user is None:
            return _refused(403, "Sign in with a link from 'safeguard-bot dashboard-link PLATFORM:USER'.")
        if ADVISER not in self.store.roles().get(user, []) and self._scope(user):
            return _refused(403, "Questions to advisers are for advisers and training officers who see every agency.")
        status = request.query.get("status", "")
        found = [t for t in self.store.tickets() if t.status == status or status not in TICKET_STATES]
        return _page("tickets.html", tickets=found, states=TICKET_STATES,
                     chosen=status if status in TICKET_STATES else "")  # fmt: skip

    # Library: the content by topic, and a search, for anyone (nothing asked is stored)

    @_in_a_worker_thread
    def library(self, request: web.Request) -> web.Response:
        """The topics with their counts and a search box; with ?q=, the search's results (bot/library.py `search`:
        an urgent or personal-data reply instead, never quoting the search)."""
        asked = request.query.get("q", "").strip()
        if len(asked) > MAX_SEARCH:
            return _page("message.html", 400, heading="Search too long",
                         message=f"Search for at most {MAX_SEARCH} characters.")  # fmt: skip
        found = search(self.service.conversation.answerer, asked) if asked else None
        return _page("library.html", library=self.service.conversation.library, found=found, max_search=MAX_SEARCH,
                     asked=asked if found and found.first is None else "", kinds=KIND_NAMES,
                     partnership=self.service.store.partnership.name)  # fmt: skip

    @_in_a_worker_thread
    def library_topic(self, request: web.Request) -> web.Response:
        """A topic's items by kind; 404 for a name that is no topic with items in the content in use."""
        library, topic = self.service.conversation.library, request.match_info["topic"]
        if topic not in library.topics:
            return _page("message.html", 404, heading="No such topic", message=NOT_IN_LIBRARY)
        return _page("library_topic.html", library=library, topic=topic, groups=library.by_kind(topic))

    @_in_a_worker_thread
    def library_item(self, request: web.Request) -> web.Response:
        """An item's full text cited as an answer cites it, with its source document; 404 for an unknown id."""
        library, item = self.service.conversation.library, request.match_info["item"]
        if item not in library.items:
            return _page("message.html", 404, heading="No such item", message=NOT_IN_LIBRARY)
        return _page("library_item.html", library=library, item=library.items[item], reply=item_reply(library, item),
                     kinds=KIND_NAMES)  # fmt: skip

    # Dashboard

    def _signed_in(self, request: web.Request, roles: tuple[str, ...] = ("training_officer",)) -> str | None:
        """The signed-in user if they still hold one of `roles`, else None."""
        try:
            session = URLSafeTimedSerializer(session_secret(self.store), salt="session").loads(
                request.cookies.get(SESSION_COOKIE, ""), max_age=self.session_seconds
            )
        except BadSignature:
            return None
        user = session.get("user", "")
        return user if set(roles) & set(self.store.roles().get(user, [])) else None

    def _officer(self, request: web.Request) -> str | None:
        return self._signed_in(request)

    def _scope(self, user: str) -> str:
        """The officer's scope: "" for everyone, "agency:NAME" or "team:NAME"."""
        return self.store.role_scope(user, "training_officer") or ""

    # The dashboard's handlers, each in a worker thread (`_in_a_worker_thread`).

    @_in_a_worker_thread
    def login(self, request: web.Request) -> web.Response:
        serializer = URLSafeTimedSerializer(session_secret(self.store), salt="dashboard-link")
        try:
            link = serializer.loads(request.query.get("token", ""), max_age=LINK_SECONDS)
        except BadSignature:
            return _refused(403, "This sign-in link is not valid or has expired. Ask for a new one.")
        # remembered for an hour and more (longer than a link lives), then forgotten: the store stays bounded
        if not self.store.first_sighting(f"sign-in-link:{link['nonce']}"):
            return _refused(403, "This sign-in link has already been used. Ask for a new one.")
        held = self.store.roles().get(link["user"], [])
        if not {"training_officer", ADVISER} & set(held):
            return _refused(403, "The dashboard is for training officers and safeguarding advisers only.")
        self.store.record_audit(link["user"], DASHBOARD_SIGN_IN, "")
        # a plain 302 response (returning aiohttp's HTTPFound exception is deprecated)
        response = web.Response(status=302, headers={"Location": "/dashboard" if "training_officer" in held
                                                     else "/dashboard/tickets"})  # fmt: skip
        response.set_cookie(SESSION_COOKIE, session_cookie(self.store, link["user"]), max_age=self.session_seconds,
                            httponly=True, samesite="Strict", secure=is_https(request))  # fmt: skip
        return response

    def _filters(self, request: web.Request, user: str) -> Filters:
        """The filters asked for in the query, within the officer's scope."""
        return scoped(self._asked(request), self._scope(user))

    def _asked(self, request: web.Request) -> Filters:
        def day(name: str) -> date | None:
            try:
                return date.fromisoformat(request.query.get(name, ""))
            except ValueError:
                return None

        quiz = request.query.get("quiz") or None
        quiz = quiz if quiz in self.service.engine.quizzes else None
        return Filters(quiz, request.query.get("team") or None, day("since"), day("until"))

    @_in_a_worker_thread
    def dashboard(self, request: web.Request) -> web.Response:
        user = self._officer(request)
        if user is None:
            return _refused(403, "Sign in with a link from 'safeguard-bot dashboard-link PLATFORM:USER'.")
        scope = self._scope(user)
        report = build_report(self.service.engine.quizzes, self.store, scoped(self._asked(request), scope),
                              datetime.now(UTC).date())  # fmt: skip
        charts = {"completion": completion_chart(report), "scores": score_chart(report),
                  "confidence": confidence_chart(report)}  # fmt: skip
        learners = self.store.learners()
        content, today = self.service.store, self.clock().date()
        history, source = item_history(content.root, content.items, self.store.item_texts, today)
        return _page(
            "dashboard.html",
            upkeep=review(content, self.service.engine.quizzes, history, today, DUE_SOON_DAYS),
            history_source=source,
            review_months=content.partnership.review_months,
            today=today,
            due_soon_days=DUE_SOON_DAYS,
            user=user,
            report=report,
            charts=charts,
            chase=_to_chase(report)[:CHASE_LIMIT],
            chase_limit=CHASE_LIMIT,
            quizzes=list(self.service.engine.quizzes.values()),
            teams=sorted({lr.team for lr in learners if lr.team and in_scope(scope, lr)}),
            scope=scope,
            filters=report["filters"],
            query=urlencode({k: v for k, v in report["filters"].items() if v}),
            nudges=nudge_engagement(self.store),
            gaps=self.store.gaps()[:50],
            votes=self.store.votes()[:50],
            demo=any(lr.id.startswith("demo:") for lr in learners),
        )

    def _reach(self, request: web.Request, user: str) -> tuple[int, dict] | None:
        """The year asked for (this year unless ?year=YYYY names another from 2000 to 2100) and its reach
        report; None for a year that is not one."""
        text = request.query.get("year") or str(datetime.now(UTC).year)
        if not whole_number(text) or not 2000 <= int(text) <= 2100:
            return None
        asked = scoped(Filters(agency=request.query.get("agency") or None), self._scope(user))
        year = int(text)
        filters = year_filters(year, asked.agency, asked.team)
        return year, reach_report(self.service.engine.quizzes, self.store, filters)

    @_in_a_worker_thread
    def annual_report(self, request: web.Request) -> web.Response:
        user = self._officer(request)
        if user is None:
            return _refused(403, "Sign in with a link from 'safeguard-bot dashboard-link PLATFORM:USER'.")
        found = self._reach(request, user)
        if found is None:
            return _page("message.html", 400, heading="Not a year", message="Give ?year= a year such as 2026.")
        year, report = found
        return _page("report.html", year=year, report=report, chart=reach_chart(report),
                     partnership=self.service.store.partnership.name)  # fmt: skip

    @_in_a_worker_thread
    def annual_report_csv(self, request: web.Request) -> web.Response:
        user = self._officer(request)
        if user is None:
            return _refused(403, "Sign in first.")
        found = self._reach(request, user)
        if found is None:
            return web.Response(status=400, text="give ?year= a year such as 2026")
        year, report = found
        return web.Response(text=reach_csv(report), content_type="text/csv",
                            headers={"Content-Disposition": f'attachment; filename="reach-{year}.csv"'})  # fmt: skip

    @_in_a_worker_thread
    def results_csv(self, request: web.Request) -> web.Response:
        user = self._officer(request)
        if user is None:
            return _refused(403, "Sign in first.")
        filters = self._filters(request, user)
        report = build_report(self.service.engine.quizzes, self.store, filters, datetime.now(UTC).date())
        text, _ = results_csv(report)
        return web.Response(text=text, content_type="text/csv",
                            headers={"Content-Disposition": 'attachment; filename="results.csv"'})  # fmt: skip

    @_in_a_worker_thread
    def results_xapi(self, request: web.Request) -> web.Response:
        user = self._officer(request)
        if user is None:
            return _refused(403, "Sign in first.")
        website, scope = self.service.store.partnership.website, self._scope(user)
        found = export(self.store, self.service.engine.quizzes, website, self._filters(request, user).quiz,
                       lambda learner: in_scope(scope, learner))  # fmt: skip
        return web.Response(text=json.dumps(found, indent=2), content_type="application/json",
                            headers={"Content-Disposition": 'attachment; filename="xapi.json"'})  # fmt: skip

    def _whole_log_officer(self, request: web.Request) -> tuple[str | None, web.Response | None]:
        """The signed-in officer who may read the whole audit log (no agency or team scope: it names people of
        every agency), else the refusal to answer with."""
        user = self._officer(request)
        if user is None:
            return None, _refused(403, "Sign in with a link from 'safeguard-bot dashboard-link PLATFORM:USER'.")
        if self._scope(user):
            return None, _refused(403, "The audit log is for training officers who see every agency and team.")
        return user, None

    @_in_a_worker_thread
    def audit(self, request: web.Request) -> web.Response:
        """The audit log, newest first, a page at a time (?page=N), of one action (?action=...) or all."""
        user, refused = self._whole_log_officer(request)
        if refused:
            return refused
        action = request.query.get("action", "")
        number = request.query.get("page", "1")
        if (action and action not in ACTIONS) or not whole_number(number):
            return _page("message.html", 400, heading="Not an audit log page",
                         message="Choose an action from the list and a page number.")  # fmt: skip
        page = page_of(self.store.audit_log(), action, int(number))
        return _page("audit.html", user=user, page=page, action=action, actions=ACTIONS)

    @_in_a_worker_thread
    def audit_csv(self, request: web.Request) -> web.Response:
        """The whole audit log (of one action, ?action=...), newest first, as CSV."""
        _, refused = self._whole_log_officer(request)
        if refused:
            return refused
        action = request.query.get("action", "")
        if action and action not in ACTIONS:
            return web.Response(status=400, text="not an action of the audit log")
        return web.Response(text=audit_csv(newest_first(self.store.audit_log(), action)), content_type="text/csv",
                            headers={"Content-Disposition": 'attachment; filename="audit.csv"'})  # fmt: skip
