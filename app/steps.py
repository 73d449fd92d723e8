"""One step of a dialog or window shown at a time."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


class Steps(QWidget):
    """One step shown at a time, as tall as that step: a QStackedWidget is as
    tall as its tallest page, which leaves a short step floating in space."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._current: QWidget | None = None

    def addWidget(self, page: QWidget) -> None:  # noqa: N802 - QStackedWidget's name
        page.hide()
        self._layout.addWidget(page)

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802 - QStackedWidget's name
        for index in range(self._layout.count()):
            other = self._layout.itemAt(index).widget()
            other.setVisible(other is page)
        self._current = page

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - QStackedWidget's name
        return self._current
