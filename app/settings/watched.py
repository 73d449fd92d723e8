"""Settings → Watched folders: add, edit and remove folders with their defaults (Qt).

Nothing here reads the disk: the folder is picked with Qt's folder dialog and
only its path is kept; whether it can be reached is the watcher's to say (the
Uploads page shows it). "Delete after upload" is asked about once, when it is
chosen (app/confirm.py).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from api_client.watch import AfterUpload, FolderGrouping, WatchedFolder

from ..confirm import confirm

GROUPING_CHOICES = ((FolderGrouping.FILE, QT_TRANSLATE_NOOP("WatchedFolders", "One ticket per file")),
                    (FolderGrouping.PAGE, QT_TRANSLATE_NOOP("WatchedFolders", "One ticket per page")),
                    (FolderGrouping.FOLDER, QT_TRANSLATE_NOOP("WatchedFolders", "Each sub-folder as one ticket")))
AFTER_CHOICES = ((AfterUpload.MOVE, QT_TRANSLATE_NOOP("WatchedFolders", "Move to “Uploaded”")),
                 (AfterUpload.KEEP, QT_TRANSLATE_NOOP("WatchedFolders", "Leave in place")),
                 (AfterUpload.DELETE, QT_TRANSLATE_NOOP("WatchedFolders", "Delete")))


def _label(choices, value) -> str:
    """A choice's label, translated (the labels' context is "WatchedFolders")."""
    return QCoreApplication.translate("WatchedFolders", next(text for key, text in choices if key == value))


class WatchedFolderDialog(QDialog):
    """One folder's defaults; ``folder()`` after it is accepted. Shown with ``open()``."""

    def __init__(self, folder: WatchedFolder, parent: QWidget | None = None, *, new: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a watched folder") if new else self.tr("Edit a watched folder"))
        self.setMinimumWidth(460)
        self._folder = folder
        self._delete_confirmed = folder.after is AfterUpload.DELETE and not new
        self.path_label = QLabel(folder.key)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setWordWrap(True)
        self.path_label.setAccessibleName(self.tr("Folder"))
        self.job_edit = QLineEdit(folder.job)
        self.job_edit.setAccessibleName(self.tr("Job of the tickets"))
        self.job_edit.setPlaceholderText(self.tr("None"))
        self.notes_edit = QLineEdit(folder.notes)
        self.notes_edit.setAccessibleName(self.tr("Notes on the tickets"))
        self.notes_edit.setPlaceholderText(self.tr("None"))
        self.grouping_combo = QComboBox()
        self.grouping_combo.setAccessibleName(self.tr("Tickets made"))
        for value, text in GROUPING_CHOICES:
            self.grouping_combo.addItem(_label(GROUPING_CHOICES, value), str(value))
        self.grouping_combo.setCurrentIndex(self.grouping_combo.findData(str(folder.grouping)))
        self.after_combo = QComboBox()
        self.after_combo.setAccessibleName(self.tr("After upload"))
        for value, text in AFTER_CHOICES:
            self.after_combo.addItem(_label(AFTER_CHOICES, value), str(value))
        self.after_combo.setCurrentIndex(self.after_combo.findData(str(folder.after)))
        note = QLabel(self.tr("A file that cannot be uploaded goes to a “Not uploaded” sub-folder, "
                              "with a text file beside it that says why."))
        note.setObjectName("Muted")
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), self.path_label)
        form.addRow(self.tr("&Job"), self.job_edit)
        form.addRow(self.tr("&Notes"), self.notes_edit)
        form.addRow(self.tr("&Tickets"), self.grouping_combo)
        form.addRow(self.tr("&After upload"), self.after_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def folder(self) -> WatchedFolder:
        return self._folder.with_(job=self.job_edit.text().strip(), notes=self.notes_edit.text().strip(),
                                  grouping=FolderGrouping(self.grouping_combo.currentData()),
                                  after=AfterUpload(self.after_combo.currentData()))

    def accept(self) -> None:
        if self.folder().after is AfterUpload.DELETE and not self._delete_confirmed:
            confirm(self, title=self.tr("Delete files after upload?"),
                    text=self.tr("Files in {folder} will be deleted once they are uploaded.").format(
                        folder=self._folder.key),
                    details=self.tr("They are kept on the service as tickets; this computer keeps no copy. "
                                    "Files that cannot be uploaded are never deleted."),
                    action=self.tr("Delete after upload"), on_confirm=self._confirmed)
            return
        super().accept()

    def _confirmed(self) -> None:
        self._delete_confirmed = True
        self.accept()


class WatchedFoldersEditor(QWidget):
    """The list of watched folders with Add…, Edit…, Remove; ``folders()`` is what it holds."""

    changed = Signal()

    def __init__(self, folders: list[WatchedFolder], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folders = list(folders)
        self.dialog: WatchedFolderDialog | None = None
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Watched folders"))
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([self.tr("Folder"), self.tr("Tickets"), self.tr("After upload"), self.tr("Job")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setMinimumHeight(80)
        self.tree.setMaximumHeight(150)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.empty_label = QLabel(self.tr("No watched folders. Add the folder your scanner or phone saves to, "
                                          "and its files become tickets."))
        self.empty_label.setObjectName("Muted")
        self.empty_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add folder…"))
        self.add_button.setAccessibleName(self.tr("Add a watched folder"))
        self.add_button.clicked.connect(self.choose_folder)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected watched folder"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Stop watching the selected folder"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self._refresh()

    def folders(self) -> list[WatchedFolder]:
        return list(self._folders)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder to watch"))
        if path:
            self.add_folder(path)

    def add_folder(self, path: str) -> WatchedFolderDialog | None:
        """Open the defaults of a new folder (``path``); added when that dialog is accepted."""
        folder = WatchedFolder(path)
        if any(f.key == folder.key for f in self._folders):
            self._select(folder.key)
            return None
        return self._open(folder, new=True)

    def edit_selected(self) -> WatchedFolderDialog | None:
        row = self._selected_row()
        return None if row is None else self._open(self._folders[row], new=False)

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            del self._folders[row]
            self._refresh()
            self.changed.emit()

    def _open(self, folder: WatchedFolder, *, new: bool) -> WatchedFolderDialog:
        dialog = WatchedFolderDialog(folder, self, new=new)
        self.dialog = dialog

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                edited = dialog.folder()
                keys = [f.key for f in self._folders]
                if edited.key in keys:
                    self._folders[keys.index(edited.key)] = edited
                else:
                    self._folders.append(edited)
                self._refresh()
                self._select(edited.key)
                self.changed.emit()
            self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def _selected_row(self) -> int | None:
        items = self.tree.selectedItems()
        return self.tree.indexOfTopLevelItem(items[0]) if items else None

    def _select(self, key: str) -> None:
        for row, folder in enumerate(self._folders):
            if folder.key == key:
                self.tree.setCurrentItem(self.tree.topLevelItem(row))

    def _refresh(self) -> None:
        self.tree.clear()
        for folder in self._folders:
            item = QTreeWidgetItem([os.path.basename(folder.key) or folder.key, _label(GROUPING_CHOICES, folder.grouping),
                                    _label(AFTER_CHOICES, folder.after), folder.job or "—"])
            item.setToolTip(0, folder.key)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, folder.key)
            self.tree.addTopLevelItem(item)
        self.tree.setVisible(bool(self._folders))
        self.empty_label.setVisible(not self._folders)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self._selected_row() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
