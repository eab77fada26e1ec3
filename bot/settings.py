"""Settings, read once at start from the environment (platform names kept: SLACK_BOT_TOKEN ...)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from bot.retention import Period, retention_from_env
from bot.tickets import REPOST_AFTER, adviser_channel_setting
from content.loader import SHIPPED_CONTENT
from quizzes.loader import SHIPPED_QUIZZES

DEFAULT_PORT = 3978
DEFAULT_HOST = "127.0.0.1"  # this machine only; a platform that routes from outside sets 0.0.0.0
SLACK_API = "https://slack.com/api/"


def whole_number(text: str) -> bool:
    """Whether `text` is a whole number in ASCII digits (str.isdigit also takes "²", which int() refuses)."""
    return bool(re.fullmatch(r"[0-9]{1,9}", text))


class BadSettings(Exception):
    """A setting that stops start-up, with the reason shown to whoever is starting the server."""


def database_url_setting(text: str) -> str:
    """A PostgreSQL URL as given (stripped), or "" for none; raises BadSettings for anything else."""
    url = text.strip()
    if url and not re.match(r"postgres(ql)?://", url):
        raise BadSettings("DATABASE_URL must be a PostgreSQL URL (postgresql://user:password@host:port/database)")
    return url


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    content_dir: Path
    quiz_dir: Path = SHIPPED_QUIZZES
    port: int = DEFAULT_PORT
    host: str = DEFAULT_HOST
    slack_bot_token: str = ""
    slack_signing_secret: str = ""
    slack_app_token: str = ""  # Socket Mode, for workspaces that cannot expose a public URL
    slack_api_url: str = SLACK_API
    microsoft_app_id: str = ""  # empty: Teams authentication off, for local testing only
    microsoft_app_password: str = ""
    microsoft_app_type: str = "MultiTenant"
    microsoft_app_tenant_id: str = ""
    nudge_grace: timedelta = timedelta(hours=12)  # a nudge whose time passed longer ago is skipped
    database_url: str = ""  # postgresql://...: the PostgreSQL engine instead of the data folder's TinyDB files
    reminders_max: int = 3  # reminders a learner gets per round of an assignment (0: none)
    public_url: str = ""  # the address people reach the server at, for links in chat ("" for http://localhost:PORT)
    adviser_channel: str = ""  # where tickets go (bot/tickets.py): "" off, "dashboard", "slack:C..." or "msteams:..."
    ticket_repost: timedelta = REPOST_AFTER  # an unclaimed ticket is posted to the adviser channel again after this
    # how long each kind of record is kept (bot/retention.py PURGE_KINDS: RETAIN_ATTEMPTS=6y ...), and a dashboard
    # sign-in lasts (RETAIN_SESSIONS=8h)
    retention: dict[str, Period] = field(default_factory=lambda: retention_from_env({})[0])
    session_lifetime: Period = field(default_factory=lambda: retention_from_env({})[1])

    @property
    def base_url(self) -> str:
        return (self.public_url or f"http://localhost:{self.port}").rstrip("/")

    @property
    def live_content_dir(self) -> Path:
        """The content folder in use: CONTENT_DIR when set; else the data folder's own copy, which
        `content import` makes so nothing is ever written into the installed package; else the shipped
        content."""
        if self.content_dir != SHIPPED_CONTENT:
            return self.content_dir
        own = self.data_dir / "content"
        return own if (own / "documents.yaml").is_file() else SHIPPED_CONTENT

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_bot_token and (self.slack_signing_secret or self.slack_app_token))

    @classmethod
    def from_env(cls, environ=os.environ) -> Settings:
        port = environ.get("PORT") or str(DEFAULT_PORT)
        if not whole_number(port) or not 0 < int(port) < 65536:
            raise BadSettings(f"PORT must be a port number, not '{port}'")
        token = environ.get("SLACK_BOT_TOKEN", "")
        secret = environ.get("SLACK_SIGNING_SECRET", "")
        app_token = environ.get("SLACK_APP_TOKEN", "")
        if token and not (secret or app_token):
            raise BadSettings("SLACK_BOT_TOKEN is set without SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN)")
        if app_token and not app_token.startswith("xapp-"):
            raise BadSettings("SLACK_APP_TOKEN must be an app-level token starting with xapp-")
        host = (environ.get("HOST") or "").strip() or DEFAULT_HOST
        if not re.fullmatch(r"[A-Za-z0-9.:-]+", host):
            raise BadSettings(f"HOST must be an address to listen on, such as 127.0.0.1 or 0.0.0.0, not '{host}'")
        api_url = environ.get("SLACK_API_URL") or SLACK_API
        grace = environ.get("NUDGE_GRACE_HOURS") or "12"
        if not whole_number(grace):
            raise BadSettings(f"NUDGE_GRACE_HOURS must be a whole number of hours, not '{grace}'")
        database_url = database_url_setting(environ.get("DATABASE_URL") or "")
        public_url = (environ.get("PUBLIC_URL") or "").strip()
        if public_url and not re.fullmatch(r"https?://[A-Za-z0-9.:-]+(?:/[A-Za-z0-9._~/-]*)?", public_url):
            raise BadSettings(f"PUBLIC_URL must be an address such as https://bot.example.org, not '{public_url}'")
        reminders = environ.get("REMINDERS_MAX") or "3"
        if not whole_number(reminders) or int(reminders) > 10:
            raise BadSettings(f"REMINDERS_MAX must be a whole number from 0 to 10, not '{reminders}'")
        try:
            adviser_channel = adviser_channel_setting(environ.get("ADVISER_CHANNEL") or "")
        except ValueError as exc:
            raise BadSettings(str(exc)) from None
        repost = environ.get("TICKET_REPOST_MINUTES") or str(int(REPOST_AFTER.total_seconds() // 60))
        if not whole_number(repost) or not 0 < int(repost) <= 10080:
            raise BadSettings(
                f"TICKET_REPOST_MINUTES must be a whole number of minutes from 1 to 10080, not '{repost}'"
            )
        try:
            retention, session_lifetime = retention_from_env(environ)
        except ValueError as exc:
            raise BadSettings(str(exc)) from None
        return cls(
            data_dir=Path(environ.get("DATA_DIR") or "data"),
            content_dir=Path(environ.get("CONTENT_DIR") or SHIPPED_CONTENT),
            quiz_dir=Path(environ.get("QUIZ_DIR") or SHIPPED_QUIZZES),
            port=int(port),
            host=host,
            slack_bot_token=token,
            slack_signing_secret=secret,
            slack_app_token=app_token,
            slack_api_url=api_url if api_url.endswith("/") else api_url + "/",  # slack_sdk joins URLs
            microsoft_app_id=environ.get("MicrosoftAppId", ""),
            microsoft_app_password=environ.get("MicrosoftAppPassword", ""),
            microsoft_app_type=environ.get("MicrosoftAppType") or "MultiTenant",
            microsoft_app_tenant_id=environ.get("MicrosoftAppTenantId", ""),
            nudge_grace=timedelta(hours=int(grace)),
            database_url=database_url,
            reminders_max=int(reminders),
            public_url=public_url,
            adviser_channel=adviser_channel,
            ticket_repost=timedelta(minutes=int(repost)),
            retention=retention,
            session_lifetime=session_lifetime,
        )
