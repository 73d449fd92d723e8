"""Demo tickets (demo seed only): a few for Alice, Bob and the owner of Demo
Hauling Co and one for the other organisation, so every screen has data.

The pictures are drawn here with Pillow and stored through the same path as
uploads (cleaned, content-addressed, with thumbnails).
"""

from __future__ import annotations

import functools
import io
import sqlite3
from datetime import timedelta

from PIL import Image, ImageDraw

from ..clock import iso
from ..config import Settings
from . import service, storage

# (uploader email, ticket number, job, notes, days ago, pages: [(file name, kind)])
DEMO_TICKETS = (
    ("alice@demo.example", "1042", "Riverside pour", "Two loads, second one late.", 1,
     [("ticket-1042.jpg", "photo")]),
    ("alice@demo.example", "1043", "Riverside pour", None, 2,
     [("IMG_2291.jpg", "photo"), ("IMG_2292.jpg", "photo")]),
    ("alice@demo.example", None, "Depot", "Fuel receipt", 9, [("fuel-receipt.pdf", "pdf")]),
    ("bob@demo.example", "2210", "Hwy 7 resurfacing", None, 3, [("scan 2210.png", "scan")]),
    ("bob@demo.example", "2211", "Hwy 7 resurfacing", "Weighbridge closed; estimated.", 12,
     [("ticket_2211.jpg", "photo")]),
    ("owner@demo.example", "900", "Yard", "Monthly summary", 5, [("summary-october.pdf", "pdf")]),
    ("owner@other.example", "X-1", "Harbour", None, 4, [("harbour.jpg", "photo")]),
)


@functools.cache
def demo_picture(heading: str, kind: str = "photo", subtitle: str = "", seed: int = 0) -> tuple[bytes, str]:
    """A small drawn ticket and its MIME type: paper, a heading, a few ruled
    lines of loads. ``kind``: ``photo`` (JPEG of a sheet on a desk), ``scan``
    (grey PNG) or ``pdf``. Tests use it to make tickets in bulk."""
    if kind == "pdf":
        return _pdf(f"{heading} - {subtitle}"), "application/pdf"
    paper = (250, 250, 244) if kind == "photo" else (255, 255, 255)
    image = Image.new("RGB", (240, 320), (96, 104, 112) if kind == "photo" else paper)
    draw = ImageDraw.Draw(image)
    if kind == "photo":  # a sheet on a desk
        draw.rectangle([18, 14, 226, 304], fill=paper)
    draw.rectangle([30, 28, 214, 58], fill=(30, 70, 140))
    draw.text((38, 34), heading, fill="white", font_size=17)
    draw.text((36, 64), subtitle, fill=(60, 60, 60), font_size=11)
    for row in range(7):
        y = 104 + row * 26
        draw.line([36, y, 208, y], fill=(180, 180, 180), width=1)
        tonnes = (seed * 7 + row * 3) % 19 + 8
        draw.text((38, y - 16), f"Load {row + 1}", fill=(40, 40, 40), font_size=11)
        draw.text((150, y - 16), f"{tonnes}.{row} t", fill=(40, 40, 40), font_size=11)
    buffer = io.BytesIO()
    if kind == "scan":
        image.convert("L").save(buffer, format="PNG", optimize=True)
        return buffer.getvalue(), "image/png"
    image.save(buffer, format="JPEG", quality=80)
    return buffer.getvalue(), "image/jpeg"


def _pdf(label: str) -> bytes:
    text = f"BT /F1 18 Tf 40 120 Td (Ticket Pros demo: {label}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 200] /Contents 4 0 R"
         b" /Resources << /Font << /F1 5 0 R >> >> >>"),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    body = b"%PDF-1.4\n"
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return body


def seed_tickets(conn: sqlite3.Connection, settings: Settings, users: dict[str, str]) -> None:
    """EXTRA_SEEDERS entry; runs inside the seed's transaction."""
    now = settings.clock.now()
    for index, (email, number, job, notes, days_ago, pages) in enumerate(DEMO_TICKETS):
        user_id = users[email]
        customer_id = conn.execute("SELECT customer_id FROM users WHERE id = ?", (user_id,)).fetchone()[0]
        fields = service.TicketFields(ticket_number=number, job=job,
                                      ticket_date=(now - timedelta(days=days_ago)).date().isoformat(), notes=notes)
        for page, (name, kind) in enumerate(pages, start=1):
            subtitle = f"{job} - page {page} of {len(pages)}" if len(pages) > 1 else job
            data, mime = demo_picture(f"TICKET {number}" if number else name, kind, subtitle, index * 10 + page)
            content = storage.write_new(settings, data, mime)
            try:
                with storage.guard():
                    storage.place(settings, content, durable=False)  # demo data
                    ticket_id, _ = service.attach_page(
                        conn, settings, customer_id=customer_id, uploader_id=user_id, ticket_key=f"demo-{index}",
                        fields=fields, page=page, page_count=len(pages), original_name=name, content=content,
                    )
            finally:
                storage.discard(content)
        created = iso(now - timedelta(days=days_ago, hours=index))
        conn.execute("UPDATE tickets SET created_at = ? WHERE id = ?", (created, ticket_id))
        conn.execute("UPDATE ticket_files SET created_at = ? WHERE ticket_id = ?", (created, ticket_id))
