"""A held photo's row buttons on the Uploads page follow the rows that go to or from HELD, and
only those: a thousand files moving on leave the progress cells alone (the page used to walk
every row every 50 ms)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from api_client.uploads import ItemState, QueueEvent
from app.shell.pages import PageContext
from app.uploads import UploadsPage
from app.workers import TaskRunner
from tests.app.test_uploads_model_batches import _item
from tests.support.uploads import signed_in


@pytest.fixture
def page(qtbot, service, tmp_path):
    client = signed_in(service.url)
    runner = TaskRunner()
    context = PageContext(me=client.me(), client=client, runner=runner, report_error=lambda exc: None,
                          navigate=lambda key, args: None)
    page = UploadsPage(context, queue_path=tmp_path / "queue.sqlite3", staging_dir=tmp_path / "staging",
                       thumbnail_dir=tmp_path / "thumbs", runner_options={"poll_interval": 0.05})
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    qtbot.waitUntil(lambda: page.queue is not None, timeout=5000)
    yield page
    page.shutdown()
    assert runner.shutdown(15000)
    client.close()


def _buttons(page: UploadsPage) -> dict[int, list[str]]:
    """Item id -> the texts of the buttons in its progress cell, for every row that has a cell."""
    found = {}
    for row in range(page.model.rowCount()):
        cell = page.table.indexWidget(page.model.index(row, page.model.PROGRESS))
        if cell is not None:
            assert cell.property("item_id") == page.model.item(row).id  # on its own row
            found[page.model.item(row).id] = [b.text() for b in cell.findChildren(QPushButton)]
    return found


def test_held_rows_get_and_lose_their_buttons_and_other_changes_leave_the_cells_alone(qtbot, page, monkeypatch):
    ids = range(1000, 1300)
    held = {1010, 1200}
    page.model.apply_events([QueueEvent("added", n, _item(n, ItemState.HELD if n in held else ItemState.PREPARING))
                             for n in ids])
    qtbot.waitUntil(lambda: set(_buttons(page)) == held, timeout=2000)
    assert _buttons(page)[1010] == ["Send anyway", "Remove"]

    looked_at: list[int] = []
    index_widget = page.table.indexWidget
    monkeypatch.setattr(page.table, "indexWidget", lambda index: looked_at.append(index.row()) or index_widget(index))
    page.model.apply_events([QueueEvent("changed", n, _item(n, ItemState.UPLOADING)) for n in ids if n not in held])
    qtbot.wait(150)  # three of the held rows' 50 ms rounds
    assert looked_at == [] and set(_buttons(page)) == held

    # Rows above a held one removed: its buttons moved with it. One released: its buttons go.
    page.model.apply_events([QueueEvent("removed", n, None) for n in range(1000, 1005)])
    page.model.apply_events([QueueEvent("changed", 1010, _item(1010, ItemState.QUEUED))])
    looked_at.clear()
    qtbot.waitUntil(lambda: set(_buttons(page)) == {1200}, timeout=2000)
    assert page.model.row_of(1200) == 195
    # Held again, then removed while held.
    page.model.apply_events([QueueEvent("changed", 1010, _item(1010, ItemState.HELD))])
    qtbot.waitUntil(lambda: set(_buttons(page)) == {1010, 1200}, timeout=2000)
    page.model.apply_events([QueueEvent("removed", 1200, None)])
    qtbot.waitUntil(lambda: set(_buttons(page)) == {1010}, timeout=2000)


def test_a_long_status_is_cut_at_its_end_and_a_file_name_in_its_middle(qtbot, page):
    """A held photo's sentence in a narrow Status column reads from its start ("This photo looks
    blurred; the…"); file names keep their extension (cut in the middle); the whole sentence is the
    cell's tool tip."""
    from dataclasses import replace

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    held = replace(_item(7, ItemState.HELD), name="a-rather-long-name-of-a-scanned-delivery-ticket.jpg",
                   quality_warning="blurred")
    page.model.apply_events([QueueEvent("added", 7, held)])
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    header = page.table.horizontalHeader()
    header.setSectionResizeMode(page.model.STATUS, header.ResizeMode.Fixed)
    header.resizeSection(page.model.STATUS, 120)
    sentence = page.model.data(page.model.index(0, page.model.STATUS))
    assert sentence.startswith("This photo looks blurred")

    def option_for(column: int) -> QStyleOptionViewItem:
        index = page.model.index(0, column)
        option = QStyleOptionViewItem()
        page.table.initViewItemOption(option)  # as the view starts each cell's option
        page.table.itemDelegateForIndex(index).initStyleOption(option, index)
        return option

    status = option_for(page.model.STATUS)
    assert status.textElideMode == Qt.TextElideMode.ElideRight and status.text == sentence
    name = option_for(page.model.NAME)
    assert name.textElideMode == Qt.TextElideMode.ElideMiddle and name.text.endswith(".jpg")
    assert page.model.data(page.model.index(0, page.model.STATUS), Qt.ItemDataRole.ToolTipRole) == sentence
