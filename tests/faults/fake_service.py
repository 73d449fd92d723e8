"""A misbehaving service on loopback: the real service behind a proxy that
answers chosen requests the way our service never would.

Everything not matched by a rule is forwarded to the real service (so a real
sign-in works through it); a matched request gets one of the ``FAULTS``:

* ``malformed_json``  200 with ``Content-Type: application/json`` and a body that is not JSON
* ``wrong_types``     200 with JSON of the wrong shape (numbers for strings, a list for an object)
* ``html_502``        a proxy's HTML error page, status 502
* ``truncated``       a JSON reply cut short: Content-Length promises more than is sent, then the connection closes
* ``hang``            the request is read, and then nothing: no reply, the connection stays open

Replies our service would never send, which is why this is not a mock of our
API: the requests before and after are the real service's.
"""

from __future__ import annotations

import http.server
import threading
from dataclasses import dataclass

import httpx

FAULTS = ("malformed_json", "wrong_types", "html_502", "truncated", "hang")
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "te",
               "trailer", "upgrade", "proxy-authorization", "proxy-authenticate", "host"}


@dataclass
class Rule:
    method: str
    path: str  # a prefix of the request path, e.g. "/api/v1/tickets"
    fault: str
    times: int | None = None  # None: every time

    def matches(self, method: str, path: str) -> bool:
        return method == self.method and path.startswith(self.path) and self.times != 0


class FakeService:
    """``FakeService(upstream_url)``; ``fail("GET", "/api/v1/tickets", "hang")``; ``close()``."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.rules: list[Rule] = []
        self.seen: list[tuple[str, str, str | None]] = []  # (method, path, fault or None)
        self._release = threading.Event()
        self._http = httpx.Client(base_url=upstream, timeout=30)
        fake = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls on keep-alive

            def log_message(self, *args) -> None:
                pass

            def _any(self) -> None:
                fake._handle(self)

            do_GET = do_POST = do_PATCH = do_HEAD = do_DELETE = do_PUT = do_OPTIONS = _any

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fake-service", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    def fail(self, method: str, path: str, fault: str, times: int | None = None) -> None:
        assert fault in FAULTS, fault
        self.rules.insert(0, Rule(method, path, fault, times))

    def clear(self) -> None:
        self.rules.clear()
        self._release.set()  # hung requests end now (the connection closes)
        self._release = threading.Event()

    def close(self) -> None:
        self._release.set()
        self._server.shutdown()
        self._server.server_close()
        self._http.close()

    # -- serving --------------------------------------------------------------------

    def _handle(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        path = handler.path.split("?", 1)[0]
        rule = next((r for r in self.rules if r.matches(handler.command, path)), None)
        self.seen.append((handler.command, path, rule.fault if rule else None))
        if rule is None:
            self._forward(handler, body)
            return
        if rule.times is not None:
            rule.times -= 1
        getattr(self, f"_{rule.fault}")(handler)

    def _forward(self, handler, body: bytes) -> None:
        headers = {k: v for k, v in handler.headers.items() if k.lower() not in _HOP_BY_HOP}
        try:
            reply = self._http.request(handler.command, handler.path, headers=headers, content=body)
        except httpx.TransportError:
            self._send(handler, 502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html")
            return
        extra = {k: v for k, v in reply.headers.items() if k.lower() not in _HOP_BY_HOP | {"date", "server"}}
        self._send(handler, reply.status_code, reply.content, None, extra)

    @staticmethod
    def _send(handler, status: int, body: bytes, content_type: str | None,
              headers: dict[str, str] | None = None, length: int | None = None) -> None:
        handler.send_response(status)
        if content_type:
            handler.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body) if length is None else length))
        handler.end_headers()
        if handler.command != "HEAD":
            handler.wfile.write(body)
        handler.wfile.flush()

    def _malformed_json(self, handler) -> None:
        # (tus replies live in headers: these have none of them)
        self._send(handler, 200, b'{"items": [{"id": "tkt_1", "status": ', "application/json")

    def _wrong_types(self, handler) -> None:
        body = (b'{"items": {"id": 5}, "total": "many", "access_token": 7, "refresh_token": [], '
                b'"expires_in": "soon", "user": "alice", "customer": 3, "requests": 5, "scope": 1}')
        extra, status = None, 200
        if "/uploads" in handler.path:  # tus replies live in headers
            extra, status = {"Upload-Offset": "lots", "Tus-Resumable": "1.0.0"}, 204 if handler.command == "PATCH" else 201
            body = b""
        self._send(handler, status, body, "application/json", extra)

    def _html_502(self, handler) -> None:
        self._send(handler, 502, b"<html><head><title>502 Bad Gateway</title></head>"
                                 b"<body><center><h1>502 Bad Gateway</h1></center><hr>nginx</body></html>",
                   "text/html")

    def _truncated(self, handler) -> None:
        self._send(handler, 200, b'{"items": [{"id": "tkt_1", "ti', "application/json", length=4096)
        handler.close_connection = True

    def _hang(self, handler) -> None:
        self._release.wait()
        handler.close_connection = True
