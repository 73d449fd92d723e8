"""The Uploads page's watched folders: each folder's state, with Pause/Resume (Qt).

The watcher (api_client.watch.FolderWatcher) runs on its own thread and says
what each folder does through a callback; :class:`WatchBridge` keeps the
latest state per folder and hands them to the GUI thread five times a second
(a thousand files arriving at once make a thousand callbacks, not a thousand
repaints). Nothing here touches the disk.
"""

from __future__ import annotations

import os
import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from api_client.watch import FolderState, Status, WatchedFolder

from ..flow import ElidedLabel, LabelBox
from ..sdk_sentences import localise
from ..theme import error_colour


class WatchBridge(QObject):
    """Carries folder states from the watcher's thread to the GUI thread, coalesced."""

    states = Signal(object)  # list[FolderState]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._pending: dict[str, FolderState] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._flush)
        self._timer.start()

    def on_state(self, state: FolderState) -> None:
        """Called on the watcher's thread."""
        with self._lock:
            self._pending[state.folder] = state

    def _flush(self) -> None:
        with self._lock:
            pending, self._pending = list(self._pending.values()), {}
        if pending:
            self.states.emit(pending)


class _FolderRow:
    def __init__(self, panel: WatchedFoldersPanel, folder: WatchedFolder, row: int) -> None:
        self.folder = folder
        # A long folder name is cut in the middle (its whole path in the tooltip), never widening the page.
        self.name = ElidedLabel(os.path.basename(folder.key) or folder.key)
        self.name.setObjectName("FolderName")
        self.name.setToolTip(folder.key)
        self.name.setAccessibleName(
            QCoreApplication.translate("WatchedFoldersPanel", "Watched folder {name}").format(name=folder.key))
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.status = QLabel()
        self.status.setAccessibleName(
            QCoreApplication.translate("WatchedFoldersPanel", "State of {name}").format(name=folder.key))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = QLabel()
        self.detail.setObjectName("Muted")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        # Its last file changes with every file taken: in a box, so the page is not laid out again each time.
        self.detail_box = LabelBox(self.detail)
        self.button = QPushButton()
        self.button.clicked.connect(lambda: panel.toggle(self.folder.key))
        panel.grid.addWidget(self.name, row, 0)
        panel.grid.addWidget(self.status, row, 1)
        panel.grid.addWidget(self.detail_box, row, 2)
        panel.grid.addWidget(self.button, row, 3)
        self.widgets = (self.name, self.status, self.detail_box, self.button)
        self.style = ""  # its labels' style sheet (the error colour, or none)


class WatchedFoldersPanel(QFrame):
    """One line per watched folder: name, state, last file and errors, Pause/Resume."""

    pause_requested = Signal(str)
    resume_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WatchedFolders")
        self.setAccessibleName(self.tr("Watched folders"))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 4, 0, 4)
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(2, 3)
        self.rows: dict[str, _FolderRow] = {}
        self._states: dict[str, FolderState] = {}
        self._paused: set[str] = set()
        self.hide()

    def set_folders(self, folders: list[WatchedFolder]) -> None:
        for row in self.rows.values():
            for widget in row.widgets:
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = {}
        self._paused = {f.key for f in folders if f.paused}
        for number, folder in enumerate(folders):
            self.rows[folder.key] = _FolderRow(self, folder, number)
            self._show(folder.key)
        self.setVisible(bool(folders))

    def apply_states(self, states: list[FolderState]) -> None:
        for state in states:
            self._states[state.folder] = state
            if state.folder in self.rows:
                self._show(state.folder)

    def toggle(self, key: str) -> None:
        if key in self._paused:
            self._paused.discard(key)
            self.resume_requested.emit(key)
        else:
            self._paused.add(key)
            self.pause_requested.emit(key)
        self._show(key)

    def is_paused(self, key: str) -> bool:
        return key in self._paused

    def _show(self, key: str) -> None:
        row = self.rows[key]
        state = self._states.get(key, FolderState(key))
        paused = key in self._paused
        status = Status.PAUSED if paused else state.status
        row.status.setText(self._status_text(status))
        error = status is Status.ERROR
        style = f"color: {error_colour().name()};" if error else ""
        if style != row.style:
            # A style sheet set, even the same one, has the label polished again and the panel laid out
            # again: the watcher tells each folder's state five times a second while files arrive.
            row.style = style
            row.status.setStyleSheet(style)
            row.detail.setStyleSheet(style)
        row.detail_box.set_text(self._detail(state, error))
        row.button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        row.button.setAccessibleName((self.tr("Resume watching {name}") if paused
                                      else self.tr("Pause watching {name}")).format(name=key))

    def _status_text(self, status: Status) -> str:
        return {Status.STARTING: self.tr("Starting"), Status.WATCHING: self.tr("Watching"),
                Status.POLLING: self.tr("Watching (checked at intervals)"), Status.PAUSED: self.tr("Paused"),
                Status.ERROR: self.tr("Not watching"), Status.STOPPED: self.tr("Stopped")}[status]

    def _detail(self, state: FolderState, error: bool) -> str:
        if error and state.message:
            return localise(state.message, QCoreApplication.translate) or state.message
        parts = []
        if state.last_file:
            result = state.last_result or ""
            if result == "queued":
                parts.append(self.tr("Last: {name}, queued").format(name=state.last_file))
            elif result == "uploaded":
                parts.append(self.tr("Last: {name}, uploaded").format(name=state.last_file))
            else:
                parts.append(self.tr("Last: {name}, not uploaded").format(name=state.last_file))
        else:
            parts.append(self.tr("No file yet"))
        if state.errors:
            parts.append(self.tr("%n not uploaded (see the “Not uploaded” folder)", "", state.errors))
        return " · ".join(parts)
