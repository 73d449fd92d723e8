"""Usage Data (policy 3.2): one event per authenticated API request.

A pure ASGI middleware: after the route answered, it records who called
which route template (never the concrete path, which may carry ids) with the
User-Agent. Nothing is written for a user who restricted or objected to
processing (``user_flags``), nor for failed or unauthenticated requests.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..auth.tokens import token_hash
from ..clock import iso
from ..config import Settings
from ..db import DatabaseError, connect
from .service import record_usage

log = logging.getLogger(__name__)


def _record(settings: Settings, token: str, action: str, user_agent: str | None) -> None:
    conn = connect(settings.database)
    try:
        now = settings.clock.now()
        # Only a token that signs someone in: an expired or revoked one (sent to a
        # public endpoint, which ignores it) is no authenticated request.
        row = conn.execute(
            "SELECT u.id, u.customer_id FROM access_tokens a JOIN sessions s ON s.id = a.session_id"
            " JOIN users u ON u.id = s.user_id WHERE a.token_hash = ? AND a.expires_at > ?"
            " AND s.revoked_at IS NULL AND u.status = 'active'",
            (token_hash(token), iso(now)),
        ).fetchone()
        if row is not None:
            record_usage(conn, user_id=row["id"], customer_id=row["customer_id"],
                         at=now, action=action, user_agent=user_agent)
    finally:
        conn.close()


class UsageRecorder:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_wrapper(message: Message) -> None:
            # Recorded before the reply leaves: a client that reads the dashboard
            # right after a request finds that request counted.
            if message["type"] == "http.response.start" and message["status"] < 400:
                await self._record(scope)
            await send(message)

        await self.app(scope, receive, send_wrapper)

    async def _record(self, scope: Scope) -> None:
        headers = dict(scope.get("headers") or [])
        auth = headers.get(b"authorization", b"").decode("latin-1")
        route = scope.get("route")
        if not auth.lower().startswith("bearer ") or route is None:
            return
        action = f"{scope['method']} {getattr(route, 'path', '?')}"
        user_agent = headers.get(b"user-agent", b"").decode("latin-1") or None
        try:
            await run_in_threadpool(_record, self.settings, auth[7:].strip(), action, user_agent)
        except DatabaseError:
            # Usage analytics never break a request that already succeeded.
            log.warning("could not record a usage event", exc_info=True)


def install_usage_recording(app: FastAPI, settings: Settings) -> None:
    app.add_middleware(UsageRecorder, settings=settings)
