"""Desktop notifications: the system tray when there is one, else a message
in the window (``fallback``). Every notification is also kept in ``sent`` so
the app (and its tests) can tell what the person was told."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon

from .theme import icon

log = logging.getLogger(__name__)


class DesktopNotifier(QObject):
    def __init__(self, *, fallback: Callable[[str], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fallback = fallback
        self._tray: QSystemTrayIcon | None = None
        self.sent: list[tuple[str, str]] = []

    def _tray_icon(self) -> QSystemTrayIcon | None:
        if self._tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(icon("app"), self)
            self._tray.setToolTip(self.tr("Ticket Pros"))
            self._tray.show()
        return self._tray

    def notify(self, title: str, text: str) -> None:
        self.sent.append((title, text))
        log.info("notification: %s", title)
        tray = self._tray_icon()
        if tray is not None and QSystemTrayIcon.supportsMessages():
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10000)
        elif self._fallback is not None:
            self._fallback(f"{title}: {text}")

    def hide(self) -> None:
        if self._tray is not None:
            self._tray.hide()
