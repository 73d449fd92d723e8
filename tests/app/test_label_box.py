"""A LabelBox's new words do not lay the window out again (the Uploads page's totals and a watched
folder's last file change several times a second while files arrive), unless they take another
number of lines; and they never set the window's minimum width."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.flow import FlowLayout, LabelBox


class CountingFlow(FlowLayout):
    def __init__(self) -> None:
        super().__init__()
        self.placed = 0

    def setGeometry(self, rect) -> None:  # noqa: N802 - QLayout's name
        self.placed += 1
        super().setGeometry(rect)


def _window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    flow = CountingFlow()
    for n in range(6):
        flow.addWidget(QPushButton(f"Action {n}"))
    label = QLabel()
    label.setWordWrap(True)
    box = LabelBox(label)
    layout = QVBoxLayout(window)
    layout.addLayout(flow)
    layout.addWidget(box)
    window.resize(500, 200)
    window.show()
    qtbot.waitExposed(window)
    return window, flow, label, box


def test_new_words_on_one_line_lay_nothing_out_again(qtbot):
    window, flow, label, box = _window(qtbot)
    box.set_text("3 of 1,000 files uploaded")
    qtbot.wait(50)
    flow.placed = 0
    minimum = window.minimumSizeHint().width()
    for n in range(20):
        box.set_text(f"{n} of 1,000 files uploaded · {n * 1.5:.1f} kB of 1.5 MB · {n} kB/s")
        qtbot.wait(5)
    assert label.text() == "19 of 1,000 files uploaded · 28.5 kB of 1.5 MB · 19 kB/s"
    assert flow.placed == 0
    assert window.minimumSizeHint().width() == minimum
    assert label.geometry() == box.rect()  # the label fills its box


def test_words_that_take_more_lines_make_the_box_taller(qtbot):
    window, flow, label, box = _window(qtbot)
    box.set_text("Nothing to upload.")
    qtbot.wait(50)
    one_line = box.height()
    flow.placed = 0
    box.set_text("999 of 1,000 files uploaded · 1.2 MB of 1.5 MB · 140 kB/s · limited to 512 KiB/s · "
                 "12 with problems · 3 waiting for your decision · paused")
    qtbot.waitUntil(lambda: flow.placed > 0, timeout=2000)  # the window is laid out again: the lines changed
    assert box.height() > one_line
    assert label.height() == box.height()
    assert window.minimumSizeHint().width() < label.sizeHint().width()  # wrapped, not widening the window
