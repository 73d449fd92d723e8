"""Desktop notifications: through the system tray when there is one, else a
message in the window (``fallback``). Every notification is also kept in
``sent`` so the app (and its tests) can tell what the person was told."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)


class DesktopNotifier(QObject):
    def __init__(
        self,
        *,
        tray: Callable[[str, str], bool],
        fallback: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        """``tray(title, text)`` shows a tray message and returns False when
        there is no tray (``TrayIcon.notify``)."""
        super().__init__(parent)
        self._tray = tray
        self._fallback = fallback
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, text: str) -> None:
        self.sent.append((title, text))
        log.info("notification: %s", title)
        if not self._tray(title, text):
            self._fallback(f"{title}: {text}")
