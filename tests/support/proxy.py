"""A minimal forwarding HTTP proxy on 127.0.0.1, to prove requests go through it
(and, with ``delays``, to make chosen requests slow: a slow token refresh)."""

from __future__ import annotations

import http.server
import threading
import time

import httpx


class RecordingProxy:
    """``seen``: the requests forwarded, as "METHOD URL"; ``answered``: those
    whose reply was sent back. ``delays={"/auth/refresh": 2.0}`` holds each
    request whose URL contains the key that long before forwarding it."""

    def __init__(self, delays: dict[str, float] | None = None) -> None:
        self.seen: list[str] = []
        self.answered: list[str] = []
        self.delays = dict(delays or {})
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _forward(self) -> None:
                line = f"{self.command} {self.path}"
                proxy.seen.append(line)
                for part, seconds in proxy.delays.items():
                    if part in self.path:
                        time.sleep(seconds)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in ("proxy-connection", "connection", "host", "content-length")}
                with httpx.Client(trust_env=False) as client:
                    reply = client.request(self.command, self.path, content=body, headers=headers)
                self.send_response(reply.status_code)
                for key, value in reply.headers.items():
                    if key.lower() not in ("transfer-encoding", "connection", "content-length", "content-encoding"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(reply.content)))
                self.end_headers()
                self.wfile.write(reply.content)
                proxy.answered.append(line)

            do_GET = do_POST = do_PATCH = do_DELETE = do_HEAD = _forward

            def log_message(self, *args) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
