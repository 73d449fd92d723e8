"""A layout that wraps its widgets onto more rows when the window is narrow, a label that
elides its text instead of widening the window, and a box that keeps a label's changing words from
laying the window out again (Qt)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Left to right, wrapping to a new row when the next item does not fit. Items added with
    ``add_trailing`` go to the right end of the last row (like a stretch before them in a
    QHBoxLayout) as long as they fit there. Its minimum width is that of its widest item."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._trailing: set[int] = set()  # ids of the trailing items
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def add_trailing(self, widget: QWidget) -> None:
        self.addWidget(widget)
        self._trailing.add(id(self._items[-1]))

    # -- QLayout ---------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - QLayout's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - QLayout's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - QLayout's name
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._trailing.discard(id(item))
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - QLayout's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - QLayout's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - QLayout's name
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing -----------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            wanted = item.sizeHint().width()
            if rows[-1] and used + self._spacing + wanted > width:
                rows.append([])
                used = 0
            used += (self._spacing if rows[-1] else 0) + wanted
            rows[-1].append(item)
        return rows

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        y = area.y()
        rows = self._rows(area.width())
        for row in rows:
            height = max((item.sizeHint().height() for item in row), default=0)
            if move:
                widths = [min(item.sizeHint().width(), area.width()) for item in row]
                lead = [i for i, item in enumerate(row) if id(item) not in self._trailing]
                trail = [i for i, item in enumerate(row) if id(item) in self._trailing]
                x = area.x()
                for i in lead:
                    row[i].setGeometry(QRect(QPoint(x, y), QSize(widths[i], height)))
                    x += widths[i] + self._spacing
                right = area.right() + 1
                for i in reversed(trail):
                    right -= widths[i]
                    row[i].setGeometry(QRect(QPoint(right, y), QSize(widths[i], height)))
                    right -= self._spacing
            y += height + self._spacing
        return y - self._spacing - area.y() + margins.top() + margins.bottom() if rows[0] else 0


class ElidedLabel(QLabel):
    """A one-line label that shows as much of its text as fits, cut in the middle with "…"
    (a file or folder name keeps its end); its owner puts the whole text in its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle) -> None:
        super().__init__(text, parent)
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M" * 8)), hint.height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), self._mode, rect.width())
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(),
                                  self.isEnabled(), text, self.foregroundRole())
        del painter


class LabelBox(QWidget):
    """Holds one (word-wrapped) label, placed by hand: no layout. A label's new text has its parent's
    layout done again and, through it, the whole window's (a FlowLayout in Python among them, and every
    Python-made widget's size hints: each a call from Qt into Python, waiting for the GIL while upload
    and watcher threads run Python). For words that change several times a second (the Uploads page's
    totals, a watched folder's last file): a new text costs a repaint of the label, and the window is
    laid out again only when the text takes another number of lines. Never sets the window's minimum
    width, whatever the words."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        label.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit()

    def set_text(self, text: str) -> None:
        """The label's text, if it is new (the same text costs nothing)."""
        if text != self._label.text():
            self._label.setText(text)
            self._fit()

    def sizeHint(self) -> QSize:
        return QSize(self._label.sizeHint().width(), self.minimumHeight())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.minimumHeight())

    def resizeEvent(self, _event) -> None:
        self._label.setGeometry(self.rect())
        self._fit()

    def _fit(self) -> None:
        width = self.width()
        height = self._label.heightForWidth(width) if width > 0 else -1
        height = max(height, self._label.fontMetrics().height())
        if height != self.minimumHeight():
            self.setFixedHeight(height)


__all__ = ["ElidedLabel", "FlowLayout", "LabelBox"]
