"""The review flow on the Tickets page, driven by the keyboard alone, against the
real service with the demo tickets read by the real Tesseract; and the export."""

from __future__ import annotations

import csv
import io
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from api_client import FIELD_NAMES, HistoryKind
from app.shell.pages import PageContext
from app.tickets import TicketsPage
from app.tickets.review import FieldEdit
from app.workers import TaskRunner
from tests.support.hostile_corpus import pdf_bytes
from tests.support.service import start_service
from tests.support.uploads import signed_in, store_tickets


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    handle = start_service(tmp_path_factory.mktemp("review-view") / "service-data", demo_tickets=True)
    handle.read_tickets()  # the demo tickets, by the real OCR (this service runs no workers)
    yield handle
    handle.stop()


@contextmanager
def tickets_page(qtbot, url: str, thumbnail_dir):
    client = signed_in(url, "bob@demo.example")
    runner = TaskRunner()
    badges: dict[str, int] = {}
    errors: list[BaseException] = []
    context = PageContext(me=client.me(), client=client, runner=runner, report_error=errors.append,
                          navigate=lambda key, args: None, set_badge=badges.__setitem__)
    widget = TicketsPage(context, thumbnail_dir=thumbnail_dir)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    widget.activateWindow()
    widget.badges, widget.errors, widget.sdk = badges, errors, client
    qtbot.waitUntil(lambda: widget.model.loaded_once and not widget.model.loading and "tickets" in badges,
                    timeout=15000)
    yield widget
    # Everything the page started has come back (the list reloads after a review):
    # a runner dropped with results still queued takes Qt down with it.
    qtbot.waitUntil(lambda: runner.active == 0, timeout=10000)
    assert runner.shutdown(10000)
    client.close()


@pytest.fixture
def page(qtbot, demo, tmp_path):
    with tickets_page(qtbot, demo.url, tmp_path / "thumbs") as widget:
        yield widget


def _focused() -> FieldEdit | None:
    widget = QApplication.focusWidget()
    return widget if isinstance(widget, FieldEdit) else None


def test_review_by_keyboard_corrects_marks_reviewed_and_opens_the_next(qtbot, page):
    sdk = page.sdk
    queue = [t.id for t in sdk.tickets.to_review().items]
    assert len(queue) >= 2 and page.badges["tickets"] == len(queue)
    assert page.review_badge.text() == str(len(queue)) and page.review_badge.isVisible()

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    review = page.review
    qtbot.waitUntil(lambda: review.ticket is not None and review.ticket.id == queue[0] and _focused() is not None,
                    timeout=10000)
    first = review.ticket
    flagged = {n for i in first.review.issues for n in i.fields}
    # The first field that needs a look has the focus, its box is outlined on its page's picture.
    assert _focused().name == next(n for n in FIELD_NAMES if n in flagged)
    qtbot.waitUntil(lambda: review.view.has_image and review.view.outline.isVisible(), timeout=10000)
    f = first.field_named(_focused().name)
    assert review.page_combo.currentData() == f.page
    outlined = review.view.outline.rect()
    width = review.view.scene().sceneRect().width()
    assert abs(outlined.left() + 4 - f.box.left * width) < 1
    # Confidence is said in words as well as colour.
    sure = review.sureness[_focused().name]
    assert sure.objectName() == "ConfidenceLow" and "Check" in sure.text() and "%" in sure.text()

    # Walk to net weight with Tab and Enter; type a value; Enter sends it.
    while _focused().name != "net_weight":
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(_focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(_focused(), "35,024")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert _focused().name == "weight_unit"  # Enter moves on
    qtbot.waitUntil(lambda: not review.busy and review.ticket.values.get("net_weight") == "35024", timeout=10000)
    assert review.sureness["net_weight"].text().endswith("Given by a person")
    qtbot.waitUntil(lambda: review.history_model.rowCount() >= 2, timeout=10000)
    newest = [review.history_model.item(0, c).text() for c in range(3)]
    old = first.field_named("net_weight")
    assert newest[1] == f"Net weight: {old.value if old else '(none)'} → 35024" and newest[2] == "Bob Brooks"

    # A value the service cannot read: one sentence under the field, the focus stays on it.
    while _focused().name != "date":  # back up with Shift+Tab
        qtbot.keyClick(_focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(_focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(_focused(), "someday")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: review.errors["date"].isVisible(), timeout=10000)
    assert "YYYY-MM-DD" in review.errors["date"].text() and _focused().name == "date"
    qtbot.keyClick(_focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(_focused(), first.values.get("date", "2026-11-28"))

    # Ctrl+Enter: reviewed, and the next ticket opens.
    qtbot.keyClick(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: review.ticket is not None and review.ticket.id == queue[1] and not review.busy,
                    timeout=10000)
    done = sdk.tickets.get(queue[0])
    assert done.status == "extracted" and done.reviewed_at and done.values["net_weight"] == "35024"
    assert sdk.tickets.history(queue[0])[-1].kind is HistoryKind.REVIEWED

    # Zoom by keyboard, then Esc back to the list, whose badge counts one fewer.
    before = review.view.zoom
    qtbot.keyClick(_focused(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert review.view.zoom == pytest.approx(before * 1.25)
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.browse and page.badges["tickets"] == len(queue) - 1,
                    timeout=10000)
    assert page.errors == []


def test_export_from_the_page_writes_what_the_list_shows(qtbot, page, tmp_path, monkeypatch):
    dest = tmp_path / "bob"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(dest), "CSV file (*.csv)")))
    page.status_combo.setCurrentIndex(page.status_combo.findData("needs_review"))
    assert page.review_toggle.isChecked()
    qtbot.waitUntil(lambda: page.model.loaded_once and not page.model.loading, timeout=10000)
    listed = [page.model.ticket(r).id for r in range(page.model.rowCount())]
    page.export_button.click()
    qtbot.waitUntil(lambda: page.export_button.isEnabled() and bool(page.export_message.text()), timeout=10000)
    written = tmp_path / "bob.csv"
    assert page.export_message.text() == f"Exported to {written}" and not page.export_progress.isVisible()
    rows = list(csv.DictReader(io.StringIO(written.read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == listed and all(r["status"] == "needs_review" for r in rows)


def test_export_cancelled_from_the_page_leaves_no_file(qtbot, page, tmp_path, monkeypatch):
    folder = tmp_path / "exports"
    folder.mkdir()
    dest = folder / "cancelled.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(dest), "CSV file (*.csv)")))
    qtbot.waitUntil(lambda: page.model.loaded_once and not page.model.loading, timeout=10000)
    page.export_button.click()
    assert page.export_cancel_button.isVisible() and not page.export_button.isEnabled()
    # Clicked before the first piece of the reply has arrived: the worker sees it at that piece.
    page.export_cancel_button.click()
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=10000)
    assert page.export_message.text() == "Export cancelled: no file was written."
    assert not page.export_cancel_button.isVisible() and not page.export_progress.isVisible()
    assert list(folder.iterdir()) == []  # neither the file nor its temporary part


def test_the_side_panel_shows_the_selected_tickets_history(qtbot, page):
    qtbot.waitUntil(lambda: page.model.loaded_once and not page.model.loading and page.model.rowCount() > 0,
                    timeout=10000)
    page.table.setCurrentIndex(page.model.index(0, 0))
    ticket_id = page.model.ticket(0).id
    panel = page.detail
    events = page.sdk.tickets.history(ticket_id)
    qtbot.waitUntil(lambda: panel.ticket is not None and panel.ticket.id == ticket_id
                    and panel.history_model.rowCount() == len(events), timeout=10000)
    rows = [panel.history_model.item(r, 1).text() for r in range(panel.history_model.rowCount())]
    assert panel.history.isVisible() and len(rows) == len(events) >= 1
    assert rows[-1] == "Values read from the pages — The service"  # oldest last: the reading comes first
    assert panel.history_model.item(0, 0).text()  # when


def test_a_pdf_page_is_shown_as_the_service_draws_it(qtbot, tmp_path):
    service = start_service(tmp_path / "service-data")
    box = b"0 0 0 rg 20 20 60 40 re f"
    pdf = pdf_bytes(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(box), box), page_extra=b"/Contents 4 0 R")
    [(ticket_id, _)] = store_tickets(service, "bob@demo.example", [(pdf, "application/pdf", "delivery.pdf", "D-1", None)])
    try:
        with tickets_page(qtbot, service.url, tmp_path / "thumbs") as page:
            page.review.open_ticket(ticket_id)
            review = page.review
            qtbot.waitUntil(lambda: review.view.has_image, timeout=10000)
            picture = review.view._pixmap.pixmap().toImage()
            assert (picture.width(), picture.height()) == (2000, 1000)
            assert picture.pixelColor(500, 600).lightness() < 60 and picture.pixelColor(1500, 200).lightness() > 200
            assert not review.picture_note.isVisible() and page.errors == []
            qtbot.keyClick(review, Qt.Key.Key_Escape)
            qtbot.waitUntil(lambda: page.stack.currentWidget() is page.browse, timeout=10000)
    finally:
        service.stop()
