"""The Requests page: file a privacy request, follow it, cancel it, download
the export. Checks for changes every minute while the app runs and tells the
person when one of their requests changes state."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from api_client import (
    CORRECTABLE_FIELDS,
    APIStatusError,
    PrivacyRequest,
    PrivacyRequestList,
    RequestState,
    RequestType,
)

from ..errors import describe
from .detail import RequestDetail
from .models import RequestTableModel, day, state_label, type_description, type_label
from .table import RequestTable

if TYPE_CHECKING:
    from ..shell.pages import PageContext

POLL_MS = 60 * 1000


def error_text(exc: BaseException) -> str:
    # A wrong password or a bad value is the person's to fix, not the Account Owner's.
    if isinstance(exc, APIStatusError) and exc.code in ("wrong_password", "password_required", "email_taken"):
        return exc.message
    return describe(exc)


def download_export(client, request_id: str, target: Path, progress) -> Path:
    """Task body (worker thread): the SDK reports (received, total); the runner
    carries one value."""
    return client.privacy_requests.download(request_id, target, progress=lambda got, total: progress((got, total)))


class RequestsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._known: dict[str, RequestState] | None = None
        self._loading = False

        title = QLabel(self.tr("Requests"))
        title.setObjectName("PageTitle")
        routed = (
            self.tr("Your requests go to Ticket Pros directly.")
            if context.me.user.is_owner
            else self.tr("Your requests go to your Account Owner, who approves or denies them.")
        )
        summary = QLabel(
            self.tr(
                "Ask for a copy, a correction or the deletion of your personal information. "
                "{routed} Each is answered within 30 days."
            ).format(routed=routed)
        )
        summary.setObjectName("Muted")
        summary.setWordWrap(True)

        # -- the form ------------------------------------------------------------
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Type of request"))
        for kind in RequestType:
            self.type_combo.addItem(type_label(kind), kind.value)
        self.type_help = QLabel()
        self.type_help.setObjectName("Muted")
        self.type_help.setWordWrap(True)
        self.field_combo = QComboBox()
        self.field_combo.setAccessibleName(self.tr("What to correct"))
        for name, label in zip(
            CORRECTABLE_FIELDS, (self.tr("Name"), self.tr("Phone"), self.tr("Email")), strict=True
        ):
            self.field_combo.addItem(label, name)
        self.value_edit = QLineEdit()
        self.value_edit.setAccessibleName(self.tr("New value"))
        self.value_edit.setPlaceholderText(self.tr("The correct value"))
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Note for the Account Owner"))
        self.note_edit.setPlaceholderText(self.tr("Optional: anything that helps"))
        self.note_edit.setMaxLength(2000)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Your password, to confirm"))
        self.password_edit.setPlaceholderText(self.tr("Needed for copies and deletion"))
        self.submit_button = QPushButton(self.tr("Send request"))
        self.submit_button.setObjectName("Primary")
        self.submit_button.setAccessibleName(self.tr("Send request"))
        self.form_message = QLabel()
        self.form_message.setWordWrap(True)
        self.form_message.setAccessibleName(self.tr("Request form message"))
        self.form_message.hide()

        form_box = QGroupBox(self.tr("New request"))
        self.form = QFormLayout(form_box)
        type_cell = QWidget()
        type_layout = QVBoxLayout(type_cell)
        type_layout.setContentsMargins(0, 0, 0, 0)
        type_layout.addWidget(self.type_combo)
        type_layout.addWidget(self.type_help)
        self.form.addRow(self.tr("Type"), type_cell)
        self.form.addRow(self.tr("Correct"), self.field_combo)
        self.form.addRow(self.tr("New value"), self.value_edit)
        self.form.addRow(self.tr("Note"), self.note_edit)
        self.form.addRow(self.tr("Password"), self.password_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.form_message, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignRight)
        self.form.addRow(buttons)

        # -- the list ------------------------------------------------------------
        self.model = RequestTableModel(parent=self)
        self.table = RequestTable(self.model, self.tr("My privacy requests"))
        self.empty = QLabel(
            self.tr("You have not filed any privacy request. Choose a type above and send it.")
        )
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        list_box = QGroupBox(self.tr("My requests"))
        list_layout = QVBoxLayout(list_box)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty)

        # -- the detail ----------------------------------------------------------
        self.detail = RequestDetail()
        self.cancel_button = QPushButton(self.tr("Cancel request"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the selected request"))
        self.download_button = QPushButton(self.tr("Download my data…"))
        self.download_button.setAccessibleName(self.tr("Download the export of the selected request"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.hide()
        self.detail_message = QLabel()
        self.detail_message.setWordWrap(True)
        self.detail_message.setAccessibleName(self.tr("Request message"))
        self.detail_message.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.download_button)
        actions.addStretch(1)
        detail_box = QGroupBox(self.tr("Details"))
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.addWidget(self.detail, 1)
        detail_layout.addWidget(self.progress)
        detail_layout.addWidget(self.detail_message)
        detail_layout.addLayout(actions)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(form_box)
        left_layout.addWidget(list_box, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(splitter, 1)

        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.submit_button.clicked.connect(self.submit)
        self.password_edit.returnPressed.connect(self.submit)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.download_button.clicked.connect(self._choose_download_target)
        self._type_changed()
        self._show_selected()

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    # -- the form ----------------------------------------------------------------

    @property
    def selected_type(self) -> RequestType:
        return RequestType(self.type_combo.currentData())

    def _type_changed(self) -> None:
        kind = self.selected_type
        self.type_help.setText(type_description(kind))
        correction = kind is RequestType.CORRECTION
        self.form.setRowVisible(self.field_combo, correction)
        self.form.setRowVisible(self.value_edit, correction)
        self.form.setRowVisible(self.password_edit, kind.needs_password)

    def open_with(self, args: dict) -> None:
        """Pre-fill the form (from the privacy dashboard): ``type``, ``field``,
        ``value``, ``subject`` (what it is about, put into the note)."""
        try:
            kind = RequestType(args.get("type", "access"))
        except ValueError:
            kind = RequestType.ACCESS
        self.type_combo.setCurrentIndex(self.type_combo.findData(kind.value))
        if args.get("field") in CORRECTABLE_FIELDS:
            self.field_combo.setCurrentIndex(self.field_combo.findData(args["field"]))
        if isinstance(args.get("value"), str):
            self.value_edit.setText(args["value"])
        if isinstance(args.get("subject"), str):
            self.note_edit.setText(self.tr("About: {subject}").format(subject=args["subject"]))
        (self.value_edit if kind is RequestType.CORRECTION else self.type_combo).setFocus()

    def _say(self, label: QLabel, text: str, *, error: bool) -> None:
        label.setObjectName("ErrorText" if error else "InfoText")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)
        label.setVisible(bool(text))

    def submit(self) -> None:
        kind = self.selected_type
        field = value = password = None
        if kind is RequestType.CORRECTION:
            field, value = self.field_combo.currentData(), self.value_edit.text().strip()
            if not value:
                self._say(self.form_message, self.tr("Enter the correct value."), error=True)
                return
        if kind.needs_password:
            password = self.password_edit.text()
            if not password:
                self._say(self.form_message, self.tr("Enter your password to confirm."), error=True)
                return
        self.submit_button.setEnabled(False)
        self._say(self.form_message, self.tr("Sending…"), error=False)
        self.context.runner.run(
            self.context.client.privacy_requests.submit,
            kind,
            password=password,
            note=self.note_edit.text() or None,
            field=field,
            value=value,
            on_done=self._submitted,
            on_error=self._submit_failed,
            context=self,
        )

    def _submitted(self, request: PrivacyRequest) -> None:
        self.submit_button.setEnabled(True)
        self.password_edit.clear()
        self.value_edit.clear()
        self.note_edit.clear()
        whom = self.tr("Ticket Pros") if request.routed_to == "service" else self.tr("your Account Owner")
        self._say(self.form_message, self.tr("Sent to {whom}.").format(whom=whom), error=False)
        if self._known is not None:
            self._known[request.id] = request.state
        self.model.replace(request)
        self._update_empty()
        self.select(request.id)

    def _submit_failed(self, exc: BaseException) -> None:
        self.submit_button.setEnabled(True)
        self.password_edit.clear()
        self._say(self.form_message, error_text(exc), error=True)

    # -- the list ----------------------------------------------------------------

    def refresh(self) -> None:
        """Fetch my requests (every minute, and on demand)."""
        if self._loading:
            return
        self._loading = True
        self.context.runner.run(
            self.context.client.privacy_requests.list, on_done=self._listed, on_error=self._list_failed, context=self
        )

    def _list_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.context.report_error(exc)

    def _listed(self, listing: PrivacyRequestList) -> None:
        self._loading = False
        selected = self.selected_request()
        self._notify_changes(listing)
        self.model.set_items(listing.items)
        self._update_empty()
        if selected is not None or self.model.rowCount():
            self.select(selected.id if selected is not None else self.model.items()[0].id)
        else:
            self._show_selected()

    def _notify_changes(self, listing: PrivacyRequestList) -> None:
        current = {r.id: r.state for r in listing.items}
        if self._known is not None:
            for request in listing.items:
                before = self._known.get(request.id)
                if before is not None and before is not request.state:
                    self.context.notify(
                        self.tr("Privacy request: {state}").format(state=state_label(request.state)),
                        self.tr("“{type}”, filed {date}, is now {state}.").format(
                            type=type_label(request.type),
                            date=day(request.created_at),
                            state=state_label(request.state).lower(),
                        ),
                    )
        self._known = current

    def _update_empty(self) -> None:
        has = self.model.rowCount() > 0
        self.empty.setVisible(not has)
        self.table.setVisible(has)
        self.detail.set_empty_text(
            self.tr("Select a request to see its state, due date and history.")
            if has
            else self.tr("Your requests and their history will appear here.")
        )

    def select(self, request_id: str) -> None:
        self.table.select_request(request_id)
        self._show_selected()

    def selected_request(self) -> PrivacyRequest | None:
        return self.table.current_request()

    def _show_selected(self) -> None:
        request = self.selected_request()
        self.detail.show_request(request)
        self.cancel_button.setVisible(request is not None and request.state is RequestState.PENDING_OWNER)
        self.download_button.setVisible(request is not None and request.export_available)

    # -- cancel and download -----------------------------------------------------

    def cancel_selected(self) -> None:
        request = self.selected_request()
        if request is None:
            return
        self.cancel_button.setEnabled(False)
        self.context.runner.run(
            self.context.client.privacy_requests.cancel,
            request.id,
            on_done=self._changed,
            on_error=self._action_failed,
            context=self,
        )

    def _changed(self, request: PrivacyRequest) -> None:
        self.cancel_button.setEnabled(True)
        if self._known is not None:
            self._known[request.id] = request.state
        self.model.replace(request)
        self.select(request.id)

    def _action_failed(self, exc: BaseException) -> None:
        self.cancel_button.setEnabled(True)
        self.download_button.setEnabled(True)
        self.progress.hide()
        self._say(self.detail_message, error_text(exc), error=True)

    def _choose_download_target(self) -> None:
        request = self.selected_request()
        if request is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        suggested = str(Path(folder) / f"ticketpros-my-data-{request.created_at:%Y-%m-%d}.zip")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save my data"), suggested, self.tr("ZIP files (*.zip)")
        )
        if path:
            self.download_to(Path(path))

    def download_to(self, target: Path) -> None:
        """Download the selected request's export to ``target``, verifying every file."""
        request = self.selected_request()
        if request is None:
            return
        self.download_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._say(self.detail_message, self.tr("Downloading…"), error=False)
        self.context.runner.run(
            download_export,
            self.context.client,
            request.id,
            target,
            on_done=self._downloaded,
            on_error=self._action_failed,
            on_progress=self._download_progress,
            context=self,
        )

    def _download_progress(self, value: tuple[int, int | None]) -> None:
        received, total = value
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(received * 1000 / total))

    def _downloaded(self, path: Path) -> None:
        self.download_button.setEnabled(True)
        self.progress.hide()
        self._say(
            self.detail_message,
            self.tr("Saved to {path}. Every file matched its checksum.").format(path=path),
            error=False,
        )
