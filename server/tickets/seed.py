"""Demo tickets (demo seed only): a few for Alice, Bob and the owner of Demo
Hauling Co and one for the other organisation, so every screen has data.

The documents are drawn with known values (server/extraction/samples.py) and
stored through the same path as uploads (cleaned, content-addressed, with
thumbnails): a scale ticket, a delivery ticket, a fuel receipt (PDF with text),
a two-page job record, a blurred phone photo, a scale ticket whose net weight
does not add up and a scanned receipt (PDF without text). The service reads
them like any upload, so To review has work on first start.
"""

from __future__ import annotations

import functools
import random
from datetime import date, timedelta

from ..clock import iso
from ..config import Settings
from ..db import Connection
from ..extraction import samples
from . import service, storage

# (uploader email, ticket number typed at upload, job, notes, days ago, document, pages as [file name, how made])
DEMO_TICKETS = (
    ("alice@demo.example", "1042", "Riverside pour", "Two loads, second one late.", 1, "scale_ticket",
     [("ticket-1042.jpg", "photo")]),
    ("alice@demo.example", "1043", "Riverside pour", None, 2, "job_record",
     [("IMG_2291.jpg", "photo"), ("IMG_2292.jpg", "photo")]),
    ("alice@demo.example", None, "Depot", "Fuel receipt", 9, "fuel_receipt", [("fuel-receipt.pdf", "text_pdf")]),
    ("bob@demo.example", "2210", "Hwy 7 resurfacing", None, 3, "wrong_net", [("scan 2210.png", "scan")]),
    ("bob@demo.example", "2211", "Hwy 7 resurfacing", "Weighbridge closed; estimated.", 12, "blurred_photo",
     [("ticket_2211.jpg", "blurred_photo")]),
    ("owner@demo.example", "900", "Yard", "Concrete for the yard", 5, "delivery_ticket",
     [("summary-october.pdf", "image_pdf")]),
    ("owner@other.example", "X-1", "Harbour", None, 4, "scale_ticket_eu", [("harbour.jpg", "photo")]),
)


def demo_document(kind: str, on: date, seed: int, number: str | None = None) -> samples.Document:
    """The drawn document behind one demo ticket (DejaVu Sans, as ./dev installs it),
    printed with ``number`` when the uploader typed one."""
    doc = _demo_document(kind, on, seed)
    if number:
        doc.relabel("ticket_number", number)
    return doc


def _demo_document(kind: str, on: date, seed: int) -> samples.Document:
    rng = random.Random(seed)
    font = str(samples.available_fonts()[0]) if samples.available_fonts() else None
    if kind == "wrong_net":
        return samples.scale_ticket_with_wrong_net(rng, on)
    if kind == "blurred_photo":
        return samples.make("scale_ticket", rng, on=on, european=False, font=font)
    if kind == "scale_ticket_eu":
        return samples.make("scale_ticket", rng, on=on, european=True, font=font)
    return samples.make(kind, rng, on=on, european=False, font=font)


def demo_pages(doc: samples.Document, how: list[str], seed: int) -> list[tuple[bytes, str]]:
    """The files a person would have uploaded: photos, scans, a PDF (one file for all its pages)."""
    rng = random.Random(seed)
    if how == ["text_pdf"]:
        return [(doc.text_pdf(), "application/pdf")]
    if how == ["image_pdf"]:
        return [(doc.image_pdf(), "application/pdf")]
    out = []
    for image, kind in zip(doc.render(), how, strict=True):
        if kind == "scan":
            out.append((samples.png(samples.scanned(image, rng).convert("L")), "image/png"))
        elif kind == "blurred_photo":
            # 3 px: out of focus enough that the service, which sharpens a soft photo before
            # reading it (server/extraction/read.py), is still unsure and puts it in To review.
            out.append((samples.jpeg(samples.photographed(image, rng, blur=3.0, max_angle=4), 70), "image/jpeg"))
        else:
            out.append((samples.jpeg(samples.photographed(image, rng, blur=0.6, max_angle=3, tilt=0.04), 82),
                        "image/jpeg"))
    return out


@functools.lru_cache(maxsize=len(DEMO_TICKETS))
def _drawn(kind: str, on: date, seed: int, number: str | None, how: tuple[str, ...]) -> list[tuple[bytes, str]]:
    """The files of one demo ticket, drawn once per process and day (drawing and photographing
    the pages takes seconds; a test run seeds many services)."""
    return demo_pages(demo_document(kind, on, seed, number), list(how), seed)


def seed_tickets(conn: Connection, settings: Settings, users: dict[str, str]) -> None:
    """EXTRA_SEEDERS entry; runs inside the seed's transaction. The tickets are
    stored and queued for reading like uploads: the service reads them when it runs."""
    now = settings.clock.now()
    for index, (email, number, job, notes, days_ago, kind, pages) in enumerate(DEMO_TICKETS):
        user_id = users[email]
        customer_id = conn.execute("SELECT customer_id FROM users WHERE id = ?", (user_id,)).fetchone()[0]
        on = (now - timedelta(days=days_ago)).date()
        fields = service.TicketFields(ticket_number=number, job=job, ticket_date=on.isoformat(), notes=notes)
        files = _drawn(kind, on, index + 1, number, tuple(how for _, how in pages))
        names = [name for name, _ in pages][:len(files)]
        for page, (name, (data, mime)) in enumerate(zip(names, files, strict=True), start=1):
            content = storage.write_new(settings, data, mime)
            try:
                # Placed inside the seed's write transaction: no deletion decides meanwhile (storage.py).
                storage.place(settings, content, durable=False)  # demo data
                ticket_id, _ = service.attach_page(
                    conn, settings, customer_id=customer_id, uploader_id=user_id, ticket_key=f"demo-{index}",
                    fields=fields, page=page, page_count=len(files), original_name=name, content=content,
                )
            finally:
                storage.discard(content)
        created = iso(now - timedelta(days=days_ago, hours=index))
        conn.execute("UPDATE tickets SET created_at = ? WHERE id = ?", (created, ticket_id))
        conn.execute("UPDATE ticket_files SET created_at = ? WHERE ticket_id = ?", (created, ticket_id))
        conn.execute("UPDATE extraction_jobs SET created_at = ? WHERE ticket_id = ?", (created, ticket_id))
