"""A QR code drawn from its modules (segno makes the matrix): crisp at any
scale, dark on light in both themes (scanners expect that), with the quiet
zone of four modules the standard asks for."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4


class QrCodeWidget(QWidget):
    """Shows ``text`` as a QR code; empty until ``set_text``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: tuple = ()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(QSize(200, 200))

    def set_text(self, text: str) -> None:
        # Level M: a phone's camera reads it at a glance, and a smudge still scans.
        self._matrix = segno.make(text, error="m").matrix if text else ()
        self.update()

    @property
    def modules(self) -> int:
        """Modules per side, the quiet zone excluded (0 when empty)."""
        return len(self._matrix)

    def sizeHint(self) -> QSize:
        return QSize(200, 200)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height())
        count = len(self._matrix) + 2 * QUIET_ZONE
        module = side / count
        left, top = (self.width() - side) / 2, (self.height() - side) / 2
        painter.fillRect(QRectF(left, top, side, side), QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    # A hair wider than a module: no light seams between neighbours at fractional scales.
                    painter.drawRect(QRectF(left + (x + QUIET_ZONE) * module, top + (y + QUIET_ZONE) * module,
                                            module + 0.5, module + 0.5))
        painter.end()
