"""Helpers for upload tests: signed-in clients, large sample files, a freezable TCP proxy."""

from __future__ import annotations

import io
import os
import select
import socket
import threading
from pathlib import Path

from api_client import TicketProsClient

from .service import DEMO_PASSWORD

MiB = 1024 * 1024


def signed_in(url: str, email: str = "alice@demo.example", **kwargs) -> TicketProsClient:
    client = TicketProsClient(url, **kwargs)
    client.login(email, DEMO_PASSWORD, remember=False)
    return client


def pdf_tail(start: int) -> bytes:
    """A one-page PDF's objects, xref and trailer, as if written from offset ``start``."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>"]
    body, offsets = b"\n", []
    for number, content in enumerate(objects, start=1):
        offsets.append(start + len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = start + len(body)
    body += b"xref\n0 4\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return body + b"trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref


def big_pdf(path: Path, size: int, *, seed: int = 0) -> Path:
    """A valid PDF of exactly ``size`` bytes, written in pieces: header, an incompressible
    stretch that no object refers to (readers skip it, as the xref points past it), one page."""
    head = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    body = size - len(head) - len(pdf_tail(size))
    tail = pdf_tail(len(head) + body)
    body = size - len(head) - len(tail)  # the offsets' digits may have changed the tail's length
    tail = pdf_tail(len(head) + body)
    assert body >= 0 and len(head) + body + len(tail) == size, "too small for a PDF"
    pattern = (seed.to_bytes(4, "big") + os.urandom(MiB - 4))
    with path.open("wb") as out:
        out.write(head)
        while body > 0:
            piece = pattern[: min(body, len(pattern))]
            out.write(piece)
            body -= len(piece)
            pattern = pattern[1:] + pattern[:1]  # no two pieces equal
        out.write(tail)
    return path


class TcpProxy:
    """Forwards 127.0.0.1:<port> to ``target``; ``freeze()`` stops moving bytes
    (the connection hangs without closing), ``thaw()`` lets new connections through again.

    For stall tests: a hung connection is something our service never does on purpose.
    """

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.frozen = threading.Event()
        self.stalls_seen = 0
        self._stop = threading.Event()
        self._sockets: list[socket.socket] = []
        self._hung: list[socket.socket] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def freeze(self) -> None:
        self.frozen.set()

    def thaw(self) -> None:
        """The network is back: hung connections are reset (both ends see it), new ones flow."""
        self.frozen.clear()
        with self._lock:
            hung, self._hung = self._hung, []
        for sock in hung:
            try:
                sock.close()
            except OSError:
                pass

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                try:
                    sock.close()
                except OSError:
                    pass
        self._thread.join(5)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = self._upstream()
            if upstream is None:
                client.close()
                continue
            with self._lock:
                self._sockets += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    def _upstream(self) -> socket.socket | None:
        """The connection a new client's bytes go to; None refuses the client (closed at once)."""
        try:
            return socket.create_connection(("127.0.0.1", self.target_port))
        except OSError:
            return None

    def _pump(self, a: socket.socket, b: socket.socket) -> None:
        pair = {a: b, b: a}
        try:
            while not self._stop.is_set():
                if self.frozen.is_set():
                    self.stalls_seen += 1
                    # Hang this connection: never read or write again; thaw() resets it.
                    with self._lock:
                        self._hung += [a, b]
                    return
                readable, _, _ = select.select([a, b], [], [], 0.05)
                for sock in readable:
                    data = sock.recv(256 * 1024)
                    if not data:
                        return
                    pair[sock].sendall(data)
        except OSError:
            return
        finally:
            if a not in self._hung:
                for sock in (a, b):
                    try:
                        sock.close()
                    except OSError:
                        pass


def add_tickets(service, email: str, count: int, *, job: str = "Bulk") -> None:
    """``count`` one-page tickets for ``email``, stored through the service's own
    code path (cleaned, content-addressed, with thumbnails), like the demo seed."""
    from tests.media_samples import picture

    variants = []
    for n in range(7):  # a few different pictures; equal content is stored once
        buffer = io.BytesIO()
        picture((120 + n, 160)).save(buffer, format="JPEG", quality=80)
        variants.append(buffer.getvalue())
    store_tickets(service, email, [
        (variants[n % 7], "image/jpeg", f"bulk-{n:04d}.jpg", f"B-{n:04d}", "Bulk test ticket" if n % 2 else None)
        for n in range(count)], job=job)


def store_tickets(service, email: str, pages: list[tuple[bytes, str, str, str, str | None]], *,
                  job: str = "Bulk") -> list[tuple[str, str]]:
    """One one-page ticket for ``email`` per (bytes, MIME type, file name, ticket number, notes),
    stored through the service's own code path; their (ticket id, file id), in order."""
    from server.db import connect, transaction
    from server.tickets import service as tickets
    from server.tickets import storage

    settings = service.settings
    conn = connect(settings.database)
    made = []
    try:
        user_id, customer_id = conn.execute("SELECT id, customer_id FROM users WHERE email = ?", (email,)).fetchone()
        with transaction(conn):
            for data, mime, name, number, notes in pages:
                content = storage.write_new(settings, data, mime)
                try:
                    # Inside the write transaction: no deletion decides meanwhile (server/tickets/storage.py).
                    storage.place(settings, content, durable=False)
                    made.append(tickets.attach_page(
                        conn, settings, customer_id=customer_id, uploader_id=user_id,
                        ticket_key=f"stored-{email}-{number}",
                        fields=tickets.TicketFields(ticket_number=number, job=job, ticket_date=None, notes=notes),
                        page=1, page_count=1, original_name=name, content=content))
                finally:
                    storage.discard(content)
    finally:
        conn.close()
    return made
