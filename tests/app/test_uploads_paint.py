"""A repaint of the Uploads table calls nothing in Qt from Python: the progress bar is a brush the
view draws itself (a Python delegate made a dozen calls into Qt per cell, each waiting for the GIL
again while the upload threads run Python, and that was the GUI thread's longest stalls with a
watched folder's thousand files), and each row's texts are kept until the row changes."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QTableView
from shiboken6 import Shiboken

from api_client.uploads import ItemState, QueueEvent
from app.uploads.model import UploadQueueModel
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


def test_a_repaint_of_rows_on_the_move_calls_nothing_in_qt_from_python(qtbot):
    model = UploadQueueModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
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
    assert "data" in python  # the rows were painted
    # Inside the paint asked for: only each asked cell's row and column (and whether an index is
    # valid, for rowCount and columnCount). No painter, no tr(), no palette.
    assert calls[0] == "QWidget.grab"
    assert set(calls[1:]) <= {"QModelIndex.row", "QModelIndex.column", "QModelIndex.isValid"}, set(calls)
    assert calls.count("QModelIndex.row") <= python.count("data")

    # And the bar shows what was sent: row 4 (file 5, uploading) at 50 % is filled on its left half only.
    model.apply_progress({5: (500, 1000)})
    cell = view.visualRect(model.index(4, UploadQueueModel.PROGRESS))
    image = view.viewport().grab().toImage()
    left = image.pixelColor(cell.left() + cell.width() // 4, cell.center().y() - 6)
    right = image.pixelColor(cell.left() + 3 * cell.width() // 4, cell.center().y() - 6)
    assert left != right
    assert model.data(model.index(4, UploadQueueModel.PROGRESS)) == "50%"
