"""The Privacy page against the real service: owner and member views, the
policy banner, clearing local data; screenshots saved under screenshots/."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app import paths
from app.confirm import Confirmation
from app.settings import Settings
from server.db import connect
from server.privacy import service as privacy_service
from tests.app.conftest import sign_in
from tests.support.customer_data import add_ticket

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def open_privacy(qtbot, make_desktop, service, email, password):
    Settings(server_url=service.url).save()
    desktop = make_desktop()
    desktop.start()
    sign_in(qtbot, desktop, email, password)
    qtbot.waitUntil(lambda: desktop.main_window is not None and desktop.main_window.isVisible(), timeout=10000)
    window = desktop.main_window
    window.show_page("privacy")
    page = window.pages["privacy"]
    qtbot.waitUntil(lambda: page.inventory is not None and page.local_section.report is not None
                    and page.subprocessor_section.model.rowCount() > 0, timeout=10000)
    return desktop, window, page


def save(widget, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / name))


def test_owner_sees_organisation_data_chart_and_billing(qtbot, make_desktop, service, demo_password):
    add_ticket(service, "owner@demo.example", [("image/jpeg", b"j" * 120_000)], {"total": "12.50"})
    add_ticket(service, "alice@demo.example", [("image/png", b"p" * 300_000), ("application/pdf", b"%PDF" * 1000)],
               {"total": "9", "job": "A-1"})
    _, window, page = open_privacy(qtbot, make_desktop, service, "owner@demo.example", demo_password)
    window.resize(1200, 900)
    inv = page.inventory
    assert inv.organisation_data.tickets == 2 and inv.my_data.tickets == 1
    assert page.data_section.model.columnCount() == 3
    assert "mine 1, organisation 2" in page.data_section.chart.accessibleDescription()
    assert page.payment_section.card.text() == "Visa ending in 4242"
    subprocessors = page.subprocessor_section.model
    names = [subprocessors.record(r).name for r in range(subprocessors.rowCount())]
    assert names == ["DigitalOcean", "Stripe"]
    events = page.security_section.model
    assert any(events.record(r).unfamiliar for r in range(events.rowCount()))
    save(window, "privacy-owner-top.png")
    page.scroll.verticalScrollBar().setValue(page.data_section.y())
    save(window, "privacy-owner-data.png")
    page.scroll.verticalScrollBar().setValue(page.security_section.y())
    save(window, "privacy-owner-security.png")
    page.scroll.verticalScrollBar().setValue(page.scroll.verticalScrollBar().maximum())
    save(window, "privacy-owner-bottom.png")


def test_member_sees_only_own_data_and_no_billing(qtbot, make_desktop, service, demo_password):
    add_ticket(service, "owner@demo.example", [("image/jpeg", b"o" * 50_000)])
    add_ticket(service, "alice@demo.example", [("application/pdf", b"%PDF" * 2000)], {"total": "1"})
    _, window, page = open_privacy(qtbot, make_desktop, service, "alice@demo.example", demo_password)
    window.resize(1200, 900)
    inv = page.inventory
    assert inv.organisation_data is None and inv.payment is None
    assert inv.my_data.tickets == 1 and inv.my_data.documents == 1
    assert page.data_section.model.columnCount() == 2
    assert "organisation" not in page.data_section.chart.accessibleDescription()
    assert "Account Owner only" in page.payment_section.note.text()
    save(window, "privacy-member-top.png")
    page.scroll.verticalScrollBar().setValue(page.data_section.y())
    save(window, "privacy-member-data.png")


def test_new_policy_version_shows_banner_until_acknowledged(qtbot, make_desktop, service, demo_password, tmp_path):
    conn = connect(service.settings.database)
    try:
        privacy_service.publish_policy(
            conn, service.settings, version="2026-12", effective_date="2027-01-01",
            summary="Adds Acme Mail as a subprocessor for sending receipts.",
            text="Privacy Policy — Ticket Pros LLC\n(new text)\n",
        )
    finally:
        conn.close()
    _, window, page = open_privacy(qtbot, make_desktop, service, "alice@demo.example", demo_password)
    banner = page.notice
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert banner.parent() is not page  # shown above every page, not inside this one
    assert "Acme Mail" in banner.label.text() and "2026-12" in banner.label.text()
    window.show_page("uploads")
    assert banner.isVisible()
    window.resize(1200, 800)
    save(window, "privacy-policy-banner.png")

    qtbot.mouseClick(banner.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.policy_section.dialog is not None and page.policy_section.dialog.isVisible(),
                    timeout=5000)
    assert "(new text)" in page.policy_section.dialog.text.toPlainText()
    page.policy_section.dialog.reject()

    qtbot.mouseClick(banner.ack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
    with service.db() as db:
        row = db.execute("SELECT a.version, a.at FROM policy_acknowledgements a JOIN users u ON u.id = a.user_id"
                         " WHERE u.email = 'alice@demo.example' ORDER BY a.at DESC LIMIT 1").fetchone()
    assert row["version"] == "2026-12" and row["at"]
    assert page.policy_section.status.acknowledged


def test_clear_local_data_keeps_pending_uploads(qtbot, make_desktop, service, demo_password, tmp_path):
    # Two files really queued (and paused) in the upload queue, one finished.
    from api_client import TicketProsClient
    from api_client.uploads import UploadQueue
    from tests.media_samples import jpeg_with_gps

    with TicketProsClient(service.url) as c:
        bob_id = c.login("bob@demo.example", demo_password, remember=False).user.id
    queue = paths.upload_queue_file()
    with UploadQueue(queue, paths.staging_dir(), owner=f"{service.url} {bob_id}") as q:
        sources = [jpeg_with_gps(tmp_path / f"{n}.jpg") for n in "ab"]
        items = q.add(sources)
        for item in items:
            q.pause(item.id)
    thumb = paths.thumbnail_cache_dir() / "t1.png"
    thumb.parent.mkdir(parents=True, exist_ok=True)
    thumb.write_bytes(b"x" * 5000)
    (paths.log_dir() / "ticketpros.log.1").write_text("old log line\n")

    _, window, page = open_privacy(qtbot, make_desktop, service, "bob@demo.example", demo_password)
    assert "2 files wait to upload" in page.local_section.pending_label.text()
    assert page.local_section.clear_button.isEnabled()
    qtbot.mouseClick(page.local_section.clear_button, Qt.MouseButton.LeftButton)
    box = page.findChild(Confirmation)
    assert box is not None and "2 files wait to upload" in box.informativeText()
    box.action_button.click()
    qtbot.waitUntil(lambda: "Removed" in page.local_section.result_label.text(), timeout=5000)
    assert "2 files waiting to upload were kept" in page.local_section.result_label.text()
    assert not thumb.exists() and not (paths.log_dir() / "ticketpros.log.1").exists()
    assert queue.exists() and paths.staging_dir().is_dir()
    with sqlite3.connect(queue) as db:
        assert db.execute("SELECT COUNT(*) FROM items WHERE state = 'paused'").fetchone()[0] == 2
    db.close()
    window.resize(1200, 900)
    page.scroll.verticalScrollBar().setValue(page.scroll.verticalScrollBar().maximum())
    save(window, "privacy-member-local-cleared.png")


def test_category_links_open_matching_requests(qtbot, make_desktop, service, demo_password):
    _, window, page = open_privacy(qtbot, make_desktop, service, "alice@demo.example", demo_password)
    # The real navigation: the Requests page (another feature) opens.
    objection = next(b for b in page.usage_section.findChildren(QPushButton) if b.text() == "Object…")
    qtbot.mouseClick(objection, Qt.MouseButton.LeftButton)
    assert window.current_page_key == "requests"
    # The arguments the Requests page receives in open_with().
    opened: list[tuple[str, dict]] = []
    page.context = dataclasses.replace(page.context, navigate=lambda key, args: opened.append((key, args)))
    account = page.account_section.model
    phone = next(r for r in range(account.rowCount()) if account.record(r)[0] == "phone")
    page.account_section.view.selectRow(phone)
    page.account_section.request_correction()
    assert opened[-1] == ("requests", {"type": "correction", "field": "phone", "value": "+1 555 0101"})
    qtbot.mouseClick(objection, Qt.MouseButton.LeftButton)
    assert opened[-1] == ("requests", {"type": "objection", "category": "usage"})


def bulk_tickets(service, email: str, count: int) -> None:
    """Thousands of tickets in one transaction (same rows as tus uploads create)."""
    conn = connect(service.settings.database)
    try:
        user = conn.execute("SELECT id, customer_id FROM users WHERE email = ?", (email,)).fetchone()
        with conn:
            conn.execute("BEGIN")
            conn.executemany(
                "INSERT INTO tickets (id, customer_id, uploader_id, status, created_at)"
                " VALUES (?, ?, ?, 'extracted', '2026-01-01T00:00:00Z')",
                [(f"tkt_bulk{i}", user["customer_id"], user["id"]) for i in range(count)])
            conn.executemany(
                "INSERT INTO ticket_files (id, ticket_id, page, sha256, size, mime, original_name, storage_key,"
                " created_at) VALUES (?, ?, 1, ?, 250000, 'image/jpeg', 'p', 'k', '2026-01-01T00:00:00Z')",
                [(f"fil_bulk{i}", f"tkt_bulk{i}", f"{i:064x}") for i in range(count)])
            conn.executemany("INSERT INTO extracted_values (ticket_id, name, value, confidence, source)"
                             " VALUES (?, 'total', '1', 0.95, 'ocr')",  # as if read from a page
                             [(f"tkt_bulk{i}",) for i in range(count)])
    finally:
        conn.close()


def test_thousands_of_tickets_and_an_empty_organisation(qtbot, make_desktop, service, demo_password):
    bulk_tickets(service, "alice@demo.example", 5000)
    desktop, window, page = open_privacy(qtbot, make_desktop, service, "owner@demo.example", demo_password)
    assert page.inventory.organisation_data.tickets == 5000
    assert page.data_section.model.record(0) == ("Tickets", "0", "5,000")
    assert page.data_section.model.record(4)[2] == "1.3 GB"  # 1,250,000,000 bytes
    window.resize(1200, 900)
    page.scroll.verticalScrollBar().setValue(page.data_section.y())
    save(window, "privacy-owner-5000-tickets.png")
    desktop.main_window.close()

    _, other_window, other_page = open_privacy(qtbot, make_desktop, service, "owner@other.example",
                                                   demo_password)
    assert other_page.inventory.organisation_data.tickets == 0  # the other Customer's 5,000 are not counted
    assert "Nothing stored yet" in other_page.data_section.summary.text()
    other_window.resize(1200, 900)
    other_page.scroll.verticalScrollBar().setValue(other_page.data_section.y())
    save(other_window, "privacy-empty-organisation.png")


def test_service_down_shows_an_error_per_section_and_retry_works(qtbot, make_desktop, service, demo_password):
    _, window, page = open_privacy(qtbot, make_desktop, service, "bob@demo.example", demo_password)
    service.stop()
    page.refresh()
    qtbot.waitUntil(lambda: page.account_section.retry_button.isVisible()
                    and page.subprocessor_section.retry_button.isVisible(), timeout=15000)
    assert "Can't reach the service" in page.account_section.state.text()
    assert page.local_section.retry_button.isHidden()  # this computer's data does not need the service
    window.resize(1200, 700)
    save(window, "privacy-service-down.png")


def test_subprocessor_change_can_be_objected_to(qtbot, make_desktop, service, demo_password):
    today = service.clock.now().date()
    conn = connect(service.settings.database)
    try:
        privacy_service.add_subprocessor(
            conn, service.settings, name="Acme Mail", purpose="Sending receipts by email",
            data_involved="Email address; receipt contents", location="Ireland",
            effective_date=(today + timedelta(days=30)).isoformat(),
            object_by=(today + timedelta(days=20)).isoformat())
    finally:
        conn.close()
    _, window, page = open_privacy(qtbot, make_desktop, service, "alice@demo.example", demo_password)
    qtbot.waitUntil(lambda: page.subprocessor_section.change_model.rowCount() == 1, timeout=5000)
    object_button = page.subprocessor_section.object_button
    assert object_button.isVisible() and object_button.isEnabled()
    window.resize(1200, 900)
    page.scroll.verticalScrollBar().setValue(page.subprocessor_section.y())
    save(window, "privacy-member-subprocessor-change.png")
    opened: list[tuple[str, dict]] = []
    page.context = dataclasses.replace(page.context, navigate=lambda key, args: opened.append((key, args)))
    qtbot.mouseClick(object_button, Qt.MouseButton.LeftButton)
    key, args = opened[-1]
    assert key == "requests" and args["type"] == "objection"
    assert args["subject"].startswith("subprocessor change: Acme Mail added")
