""""On this computer": what Ticket Pros Desktop itself keeps here, and clearing
the cache and logs (never the files still waiting to upload)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...confirm import confirm
from ...errors import describe
from ...formatting import format_size
from .. import local_data
from ..models import Column, RecordTableModel
from .base import Section, table

if TYPE_CHECKING:
    from ...shell.pages import PageContext


class LocalDataSection(Section):
    """Measures and clears on the task runner; needs no service."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("On this computer"),
            self.tr("What Ticket Pros Desktop itself keeps here. Nothing of this is sent anywhere."), parent)
        self.context = context
        self.report: local_data.LocalDataReport | None = None
        # Literal tr() calls so the translation catalogue picks these up.
        labels = {
            "upload_queue": (self.tr("Upload queue"), self.tr(
                "Files waiting to upload and their cleaned copies; kept until they are uploaded.")),
            "thumbnails": (self.tr("Thumbnail cache"), self.tr("Small previews of your tickets; made again "
                                                               "when needed.")),
            "cache": (self.tr("Other cached files"), self.tr("Temporary files; made again when needed.")),
            "logs": (self.tr("Logs"), self.tr("What the app did, for troubleshooting; passwords and tokens "
                                              "are never written.")),
            "settings": (self.tr("Settings"), self.tr("Server address, account email and preferences; "
                                                      "no passwords.")),
            "cli_upload_queue": (self.tr("Command-line upload queue"), self.tr(
                "Files “ticketpros upload” has not finished sending; the next run with the same files "
                "finishes them.")),
            "session_locks": (self.tr("Sign-in locks"), self.tr(
                "Empty files by which the app and the command line take turns renewing your session; "
                "nothing is written in them.")),
            "demo_service": (self.tr("Demo service data"), self.tr("Only used by the built-in demo.")),
        }
        self.model = RecordTableModel([
            Column(self.tr("What"), lambda i: labels.get(i.key, (i.label, i.note))[0],
                   tooltip=lambda i: labels.get(i.key, (i.label, i.note))[1]),
            Column(self.tr("Size"), lambda i: format_size(i.size)),
            Column(self.tr("Clear removes it"), lambda i: self.tr("Yes") if i.cleared else self.tr("No, kept")),
            Column(self.tr("Location"), lambda i: str(i.location)),
        ], parent=self)
        self.view = table(self.model, self.tr("Data on this computer"), stretch=3)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.pending_label = QLabel()
        self.pending_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setObjectName("InfoText")
        self.result_label.hide()
        self.content.addWidget(self.view)
        self.content.addWidget(self.pending_label)
        self.content.addWidget(self.result_label)
        self.clear_button = self.add_action(self.tr("Clear cache and logs…"),
                                            self.tr("Clear the cache and logs on this computer"),
                                            self.confirm_clear)
        self.retry_requested.connect(self.refresh)

    def refresh(self) -> None:
        self.set_loading()
        self.context.runner.run(local_data.measure, on_done=self._show,
                                on_error=lambda exc: self.set_error(describe(exc)), context=self)

    def _pending_text(self, pending: int | None) -> str:
        if pending is None:
            return self.tr("The upload queue could not be read; it is kept as it is.")
        if pending == 0:
            return self.tr("No files are waiting to upload.")
        return self.tr("%n files wait to upload. They are kept: clearing never removes files that "
                       "have not been uploaded yet.", "", pending)

    def _show(self, report: local_data.LocalDataReport) -> None:
        self.report = report
        self.model.set_rows(report.items)
        self.pending_label.setText(self._pending_text(report.pending_uploads))
        self.clear_button.setEnabled(report.clearable_size > 0)
        self.set_ready()

    def confirm_clear(self) -> None:
        pending = self.report.pending_uploads if self.report else None
        confirm(self, title=self.tr("Clear cache and logs"),
                text=self.tr("Remove the thumbnail cache, other cached files and the logs from this computer?"),
                details=self._pending_text(pending) + " " + self.tr("Your settings and your session are kept too."),
                action=self.tr("Clear"), on_confirm=self.clear)

    def clear(self) -> None:
        self.clear_button.setEnabled(False)
        self.result_label.setText(self.tr("Clearing…"))
        self.result_label.show()
        self.context.runner.run(local_data.clear_local_data, on_done=self._cleared,
                                on_error=self._clear_failed, context=self)

    def _cleared(self, result: local_data.ClearResult) -> None:
        text = self.tr("Removed %n files, {size}.", "", result.removed_files).format(
            size=format_size(result.freed_bytes))
        if result.pending_uploads_kept:
            text += " " + self.tr("%n files waiting to upload were kept.", "", result.pending_uploads_kept)
        if result.failures:
            text += " " + self.tr("%n items were in use and could not be removed; try again after "
                                  "restarting the app.", "", len(result.failures))
        self.result_label.setText(text)
        self.refresh()

    def _clear_failed(self, exc: BaseException) -> None:
        self.result_label.hide()
        self.context.report_error(exc)
        self.refresh()
