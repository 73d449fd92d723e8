"""The system tray icon: upload progress, and open / pause all uploads / sign out / quit."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from . import APP_DISPLAY_NAME
from .theme import icon


class TrayIcon(QObject):
    """Present only where the desktop has a tray (``available``)."""

    open_requested = Signal()
    pause_all_requested = Signal()
    sign_out_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.menu = QMenu()
        self.open_action = QAction(self.tr("Open {app}").format(app=APP_DISPLAY_NAME), self)
        self.pause_action = QAction(self.tr("Pause all uploads"), self)
        self.sign_out_action = QAction(self.tr("Sign out"), self)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.open_action.triggered.connect(self.open_requested)
        self.pause_action.triggered.connect(self.pause_all_requested)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        for action in (self.open_action, self.pause_action, self.sign_out_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.set_signed_in(False)
        self.icon: QSystemTrayIcon | None = None
        if self.available:
            self.icon = QSystemTrayIcon(icon("app"), self)
            self.icon.setContextMenu(self.menu)
            self.icon.setToolTip(APP_DISPLAY_NAME)
            self.icon.activated.connect(self._activated)
            self.icon.show()

    def set_signed_in(self, signed_in: bool) -> None:
        self.sign_out_action.setEnabled(signed_in)
        self.pause_action.setEnabled(signed_in)

    def set_progress(self, text: str) -> None:
        """Tooltip such as "3 uploads, 45 %"."""
        if self.icon is not None:
            self.icon.setToolTip(f"{APP_DISPLAY_NAME} — {text}" if text else APP_DISPLAY_NAME)

    def notify(self, title: str, text: str) -> bool:
        """Show a desktop notification; False when there is no tray to show it."""
        if self.icon is None or not QSystemTrayIcon.supportsMessages():
            return False
        self.icon.showMessage(title, text, icon("app"))
        return True

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()
