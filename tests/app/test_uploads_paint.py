"""A repaint of the Uploads table gives up the GIL nowhere in Python, and enters Python as few
times as it can: each entry from Qt into Python, and each call from Python into Qt that gives up
the GIL, waits for it again while the upload threads run Python, and those waits were the GUI
thread's longest stalls with a watched folder's thousand files.

- The progress bar is a brush the view draws itself (a Python delegate made a dozen calls into Qt
  per cell), and each row's texts are kept until the row changes.
- Per painted cell, two entries: the model's own ``index`` (QAbstractTableModel's asks
  ``rowCount`` and ``columnCount`` from Qt each time) and ``multiData`` (all the delegate's roles in
  one call, where ``data`` was asked once per role: seven).
- The few Qt functions Python calls there (a row, a role, ``setData``, ``createIndex``) are measured
  to keep the GIL while another thread runs Python."""

from __future__ import annotations

import sys
import threading
import time

import pytest
from PySide6.QtCore import QModelIndex, QModelRoleData
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView
from shiboken6 import Shiboken

from api_client.uploads import ItemState, QueueEvent
from app.uploads.model import StatusDelegate, UploadQueueModel
from tests.app.test_uploads_model_batches import _item


def calls_into_qt_during(action, python: list[str]) -> list[str]:
    """The Qt functions Python code calls while ``action`` runs (sys.setprofile sees every
    call of a built-in, and PySide's methods are built-ins bound to a Shiboken object); the Python
    functions called go to ``python``."""
    seen: list[str] = []

    def profile(_frame, event, arg) -> None:
        if event == "call":
            python.append(_frame.f_code.co_name)
        elif event == "c_call" and isinstance(getattr(arg, "__self__", None), Shiboken.Object):
            seen.append(arg.__qualname__)

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return seen


#: The Qt functions a repaint may call from Python, each with a call of it that the GIL test times.
def _keeping_the_gil(model: UploadQueueModel) -> dict:
    index = model.createIndex(1, 1)
    role_data = QModelRoleData(0)
    delegate = StatusDelegate()
    option = QStyleOptionViewItem()
    return {
        "StatusDelegate.initStyleOption": lambda: QStyledItemDelegate.initStyleOption(  # its super()
            delegate, option, model.index(0, UploadQueueModel.STATUS)),
        "QModelIndex.row": index.row,
        "QModelIndex.column": index.column,
        "QModelIndex.isValid": index.isValid,
        "QModelRoleData.role": role_data.role,
        "QModelRoleData.setData": lambda: role_data.setData("Uploading"),
        "QModelRoleData.clearData": role_data.clearData,
        "UploadQueueModel.createIndex": lambda: model.createIndex(2, 3),
    }


#: The model's functions Qt calls.
_FROM_QT = {"index", "multiData", "data", "rowCount", "columnCount", "flags", "parent", "headerData", "sibling",
            "initStyleOption", "paint", "sizeHint"}


def test_a_repaint_of_rows_on_the_move_enters_python_twice_a_cell_and_keeps_the_gil(qtbot):
    model = UploadQueueModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = StatusDelegate(view)  # as the page has it
    view.setItemDelegateForColumn(UploadQueueModel.STATUS, delegate)
    view.resize(900, 600)
    view.horizontalHeader().resizeSection(UploadQueueModel.PROGRESS, 200)
    model.set_bar_width(200)  # as the page does when the column is resized
    states = [ItemState.UPLOADING, ItemState.DONE, ItemState.QUEUED, ItemState.PAUSED, ItemState.FAILED]
    model.apply_events([QueueEvent("added", n, _item(n, states[n % len(states)], size=1000, offset=10 * n))
                        for n in range(1, 41)])
    view.show()
    qtbot.waitExposed(view)
    view.viewport().grab()  # the first paint: texts, icons and brushes are made and kept
    progress = {n: (20 * n, 1000) for n in range(1, 41, 5)}
    model.apply_progress(progress)
    view.viewport().grab()  # a percent not seen before: its brush made once
    model.apply_progress(progress)  # the rows told again, as the bridge does ten times a second
    python: list[str] = []
    calls = calls_into_qt_during(view.viewport().grab, python)  # grab() paints the rows there and then
    entries = [name for name in python if name in _FROM_QT]
    cells = entries.count("multiData")
    assert cells >= 40  # the rows were painted, every column of each
    # Qt entered Python for each cell's index and its roles, once each, and for each Status cell's
    # elide mode; not for data() role by role, nor rowCount and columnCount per index.
    assert set(entries) <= {"index", "multiData", "rowCount", "columnCount", "initStyleOption"}, set(entries)
    assert 0 < entries.count("initStyleOption") <= cells // 4 + 1
    assert entries.count("index") <= cells + 4
    assert entries.count("rowCount") + entries.count("columnCount") <= 4
    # Python called only Qt functions that keep the GIL (test below): no painter, no tr(), no palette.
    assert calls[0] == "QWidget.grab"
    assert set(calls[1:]) <= set(_keeping_the_gil(model)), set(calls)
    assert calls.count("QModelIndex.row") <= cells + entries.count("data")

    # And the bar shows what was sent: row 4 (file 5, uploading) at 50 % is filled on its left half only.
    model.apply_progress({5: (500, 1000)})
    cell = view.visualRect(model.index(4, UploadQueueModel.PROGRESS))
    image = view.viewport().grab().toImage()
    left = image.pixelColor(cell.left() + cell.width() // 4, cell.center().y() - 6)
    right = image.pixelColor(cell.left() + 3 * cell.width() // 4, cell.center().y() - 6)
    assert left != right
    assert model.data(model.index(4, UploadQueueModel.PROGRESS)) == "50%"


def test_the_qt_functions_a_repaint_calls_from_python_keep_the_gil(qtbot):
    """Timed while another thread runs Python with a long switch interval: a call that gives up the
    GIL waits about that interval to get it back (``time.sleep(0)`` shows the difference), one that
    keeps it costs a microsecond."""
    model = UploadQueueModel()
    model.apply_events([QueueEvent("added", n, _item(n, ItemState.QUEUED, size=1000)) for n in range(1, 5)])
    busy = threading.Event()
    stop = threading.Event()

    def spin() -> None:
        n = 0
        busy.set()
        while not stop.is_set():
            n += 1

    def per_call(function, calls: int = 50, rounds: int = 5) -> float:
        """The fastest round's time per call: a round this thread spent descheduled (a loaded
        machine) says nothing of the GIL."""
        fastest = float("inf")
        for _ in range(rounds):
            started = time.perf_counter()
            for _ in range(calls):
                function()
            fastest = min(fastest, (time.perf_counter() - started) / calls)
        return fastest

    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    spinner = threading.Thread(target=spin, daemon=True)
    spinner.start()
    try:
        busy.wait(5)
        giving_up = per_call(lambda: time.sleep(0), calls=4)
        kept = {name: per_call(function) for name, function in _keeping_the_gil(model).items()}
    finally:
        stop.set()
        spinner.join(5)
        sys.setswitchinterval(interval)
    assert giving_up > 0.001, giving_up  # the measure sees a call that gives the GIL up
    slow = {name: f"{seconds * 1e6:.0f} µs" for name, seconds in kept.items() if seconds > giving_up / 10}
    assert not slow, f"these give up the GIL (time.sleep(0): {giving_up * 1e6:.0f} µs a call): {slow}"
    assert QModelIndex().isValid() is False


def _same(value):
    """An icon by what it draws (two wrappers of one QIcon are two Python objects)."""
    return ("icon", value.cacheKey()) if isinstance(value, QIcon) else value


@pytest.mark.parametrize("column", range(4))
def test_multidata_gives_every_role_what_data_gives(qtbot, column):
    """The delegate's roles asked together give the same values as one by one (data)."""
    model = UploadQueueModel()
    states = [ItemState.UPLOADING, ItemState.DONE, ItemState.FAILED, ItemState.REJECTED, ItemState.QUEUED]
    model.apply_events([QueueEvent("added", n, _item(n, states[n - 1], size=1000, offset=100 * n))
                        for n in range(1, 6)])
    model.apply_progress({1: (250, 1000)})
    roles = [6, 7, 9, 10, 1, 0, 8, 3, 2, 11]  # the delegate's seven, then tool tip, edit, status tip
    for row in range(model.rowCount()):
        index = model.index(row, column)
        role_data = [QModelRoleData(role) for role in roles]
        role_data[0].setData("left from the cell before")  # a delegate's span is kept between cells
        model.multiData(index, role_data)
        assert [_same(r.data()) for r in role_data] == [_same(model.data(index, role)) for role in roles]
    assert not model.index(5, column).isValid() and not model.index(0, 4).isValid()
    assert not model.index(0, column, model.index(0, 0)).isValid()
    outside = [QModelRoleData(0)]
    outside[0].setData("stale")
    model.multiData(model.createIndex(9, column), outside)
    assert outside[0].data() is None
