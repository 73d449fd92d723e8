"""A held photo on the Uploads page (Send anyway / Remove) and merging tickets on the Tickets
page, driven like a person would, against the real service."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QPushButton

from api_client.uploads import ItemState
from app.confirm import Confirmation
from app.shell.pages import PageContext
from app.tickets import TicketsPage
from app.uploads import UploadsPage
from app.workers import TaskRunner
from tests.support.quality_set import generate
from tests.support.tickets import insert_ticket
from tests.support.uploads import signed_in


@pytest.fixture
def context(tmp_path, service):
    made = []

    def make(email: str = "alice@demo.example") -> PageContext:
        client = signed_in(service.url, email)
        runner = TaskRunner()
        errors: list[BaseException] = []
        made.append((runner, client, errors))
        return PageContext(me=client.me(), client=client, runner=runner, report_error=errors.append,
                           navigate=lambda key, args: None)

    yield make
    for runner, client, errors in made:
        assert runner.shutdown(15000)
        client.close()
        assert errors == []


def test_a_blurred_photo_is_held_with_one_sentence_then_sent_anyway_or_removed(qtbot, context, tmp_path):
    photos = generate(tmp_path / "set", 1, page_width=1200, kinds=("gaussian",), seed=7)
    sharp, blurred = (p.path for p in photos)
    first, second = tmp_path / "blurred-1.jpg", tmp_path / "blurred-2.jpg"
    shutil.copyfile(blurred, first)
    shutil.copyfile(blurred, second)
    page = UploadsPage(context(), queue_path=tmp_path / "data" / "queue.sqlite3",
                       staging_dir=tmp_path / "data" / "staging", thumbnail_dir=tmp_path / "thumbs",
                       runner_options={"poll_interval": 0.05})
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    try:
        qtbot.waitUntil(lambda: page.queue is not None, timeout=5000)
        page.add_paths([sharp, first, second])

        def state(name: str) -> ItemState | None:
            return next((page.model.item(r).state for r in range(page.model.rowCount())
                         if page.model.item(r).name == name), None)

        qtbot.waitUntil(lambda: [state(p.name) for p in (sharp, first, second)] == [
            ItemState.DONE, ItemState.HELD, ItemState.HELD], timeout=20000)
        row = page.model.row_of(next(page.model.item(r).id for r in range(3) if page.model.item(r).name == first.name))
        status = page.model.index(row, page.model.STATUS).data()
        assert status == "This photo looks blurred; the numbers may not be readable."
        # The totals line follows the rows 100 ms later (the page's Soon timer coalesces changes).
        qtbot.waitUntil(lambda: "2 waiting for your decision" in page.total_label.text(), timeout=1000)
        assert not page.send_anyway_button.isEnabled() and not page.remove_button.isEnabled()

        held = {page.model.item(r).name: page.model.item(r).id for r in range(3)}
        page.select_ids([held[second.name]])
        assert page.remove_button.isEnabled() and not page.upload_anyway_button.isEnabled()
        # Each held row carries its own two buttons, in its progress cell.
        cell = page.table.indexWidget(page.model.index(page.model.row_of(held[second.name]), page.model.PROGRESS))
        send, remove = cell.findChildren(QPushButton)
        assert (send.text(), remove.text()) == ("Send anyway", "Remove")
        assert remove.accessibleName() == "Remove blurred-2.jpg from the queue" and remove.isVisible()
        assert page.table.indexWidget(page.model.index(page.model.row_of(held[sharp.name]), page.model.PROGRESS)) \
            is None
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)

        page.select_ids([held[first.name]])
        qtbot.mouseClick(page.send_anyway_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: state(first.name) is ItemState.DONE, timeout=20000)
        item = page.model.item_by_id(held[first.name])
        assert item.quality_warning == "blurred"
        assert page.model.status_text(item) == ("Uploaded, with its warning: This photo looks blurred; "
                                                "the numbers may not be readable.")
        assert page.context.client.tickets.get(item.ticket_id).quality_warning == "blurred"
    finally:
        page.shutdown()


def test_merge_asks_first_then_the_selected_tickets_become_one(qtbot, context, service):
    older = insert_ticket(service, "alice@demo.example", [("a.jpg", b"\xff\xd8 page a")], ticket_number="MG-1")
    newer = insert_ticket(service, "alice@demo.example", [("b.jpg", b"\xff\xd8 page b"), ("c.jpg", b"\xff\xd8 c")],
                          ticket_number="MG-2")
    conn = service.db()
    try:
        with conn:  # the older one's page was a photo sent anyway; newer is the later upload
            conn.execute("UPDATE tickets SET quality_warning = 'dark', created_at = '2026-11-01T08:00:00Z'"
                         " WHERE id = ?", (older,))
    finally:
        conn.close()
    page = TicketsPage(context(), thumbnail_dir=service.settings.data_dir / "thumbs-test")
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.loaded_once and not page.model.loading, timeout=10000)
    rows = {page.model.ticket(r).id: r for r in range(page.model.rowCount())}
    assert not page.merge_button.isEnabled()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    page.table.selectionModel().select(page.model.index(rows[newer], 0), flags)
    assert not page.merge_button.isEnabled()  # one ticket is nothing to merge
    page.table.selectionModel().select(page.model.index(rows[older], 0), flags)
    assert page.merge_button.isEnabled()

    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    box = page.findChild(Confirmation)
    assert box.text() == "Merge 2 tickets into ticket MG-1, 3 pages in all, in the order they were uploaded?"
    qtbot.mouseClick(box.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: newer not in {page.model.ticket(r).id for r in range(page.model.rowCount())}
                    and not page.model.loading, timeout=10000)
    assert page.export_message.text() == "Merged into ticket MG-1: 3 pages."
    merged = page.context.client.tickets.get(older)
    assert [f.original_name for f in merged.files] == ["a.jpg", "b.jpg", "c.jpg"]

    page.table.selectionModel().clearSelection()
    page.table.setCurrentIndex(page.model.index(
        next(r for r in range(page.model.rowCount()) if page.model.ticket(r).id == older), 0))
    qtbot.waitUntil(lambda: page.detail.ticket is not None and page.detail.ticket.id == older, timeout=5000)
    assert page.detail.fields["quality"].text() == "A photo is too dark; the numbers may not be readable."
    assert page.detail.fields["quality"].isVisibleTo(page.detail)
