"""Two-step verification from the account menu: on or off, turning it on with
an authenticator app (a QR code and the key, shown once; the first code; ten
recovery codes, shown once, to copy or save), and turning it off with the password.

Every call and the file written run on the TaskRunner; the key and the
recovery codes live in this dialog's widgets only, and are cleared as soon as
they are no longer needed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from api_client import ConflictError, Enrolment, SessionEndedError, TicketProsClient, TwoStepStatus

from ..errors import describe
from ..formatting import local_time
from ..steps import Steps
from ..workers import TaskRunner
from .qr import QrCodeWidget


def write_recovery_codes(path: Path, email: str, codes: tuple[str, ...]) -> Path:
    """On a worker: the codes in a text file only its owner can read."""
    lines = [f"Ticket Pros recovery codes for {email}",
             "Each code signs you in once when you do not have your authenticator app.", "",
             *codes, ""]
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(lines))
    return path


def _label(text: str = "", *, muted: bool = False, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if muted:
        label.setObjectName("Muted")
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    return label


class TwoStepDialog(QDialog):
    """``required``: opened because the organisation requires two-step and it is off."""

    def __init__(self, client: TicketProsClient, runner: TaskRunner, email: str, *,
                 report_error: Callable[[BaseException], None], required: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TwoStepDialog")
        self.setWindowTitle(self.tr("Two-step verification"))
        self.setMinimumWidth(580)
        self._client, self._runner, self._email = client, runner, email
        self._report_error = report_error
        self._required = required
        self._codes: tuple[str, ...] = ()
        #: Chooses where the recovery codes go (a file dialog; tests replace it).
        self.choose_save_path: Callable[[], str] = self._ask_save_path

        self.loading_page = QWidget()
        QVBoxLayout(self.loading_page).addWidget(_label(self.tr("Loading…"), muted=True))
        self.off_page = self._build_off_page()
        self.enrol_page = self._build_enrol_page()
        self.codes_page = self._build_codes_page()
        self.on_page = self._build_on_page()
        self.pages = Steps()
        for page in (self.loading_page, self.off_page, self.enrol_page, self.codes_page, self.on_page):
            self.pages.addWidget(page)

        self.message = _label(selectable=True)
        self.message.setAccessibleName(self.tr("Two-step verification status"))
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(12)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._show_page(self.loading_page)

    # -- pages ------------------------------------------------------------------------------

    def _build_off_page(self) -> QWidget:
        page = QWidget()
        self.off_intro = _label()
        self.set_up_button = QPushButton(self.tr("Set up two-step verification…"))
        self.set_up_button.setObjectName("Primary")
        self.set_up_button.setAccessibleName(self.tr("Set up two-step verification"))
        self.set_up_button.clicked.connect(self.begin)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.set_up_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_heading(self.tr("Two-step verification is off")))
        layout.addWidget(self.off_intro)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _build_enrol_page(self) -> QWidget:
        page = QWidget()
        self.qr = QrCodeWidget()
        self.qr.setAccessibleName(self.tr("QR code for your authenticator app"))
        self.secret_label = QLabel()
        self.secret_label.setObjectName("Secret")
        self.secret_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.secret_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret_label.setAccessibleName(self.tr("Key for your authenticator app"))
        self.secret_label.setWordWrap(False)  # one line, as the app's field takes it
        copy_key = QPushButton(self.tr("Copy key"))
        copy_key.setAccessibleName(self.tr("Copy the key"))
        copy_key.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._secret_text()))
        self.code_edit = QLineEdit()
        self.code_edit.setAccessibleName(self.tr("Code from your authenticator app"))
        self.code_edit.setPlaceholderText(self.tr("123456"))
        self.code_edit.setMaxLength(12)
        self.code_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.code_edit.returnPressed.connect(self.confirm)
        self.turn_on_button = QPushButton(self.tr("Turn on"))
        self.turn_on_button.setObjectName("Primary")
        self.turn_on_button.setAccessibleName(self.tr("Turn on two-step verification"))
        self.turn_on_button.setDefault(True)
        self.turn_on_button.clicked.connect(self.confirm)

        key_row = QHBoxLayout()
        key_row.addWidget(copy_key)
        key_row.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(_label(self.tr("1. In your authenticator app, add an account and scan this QR code.")))
        side.addWidget(_label(self.tr("Or type this key into the app (time-based):")))
        side.addWidget(self.secret_label)
        side.addLayout(key_row)
        side.addWidget(_label(self.tr("The key is shown only now. Keep it to yourself."), muted=True))
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addLayout(side, 1)
        code_label = QLabel(self.tr("2. &Code the app shows now:"))
        code_label.setBuddy(self.code_edit)
        code_row = QHBoxLayout()
        code_row.addWidget(code_label)
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(self.turn_on_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_heading(self.tr("Set up two-step verification")))
        layout.addLayout(top)
        layout.addLayout(code_row)
        layout.addStretch(1)
        return page

    def _build_codes_page(self) -> QWidget:
        page = QWidget()
        self.codes_grid = QGridLayout()
        self.codes_grid.setHorizontalSpacing(28)
        self.code_labels: list[QLabel] = []
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(fixed.pointSizeF() * 1.1)
        for index in range(10):
            label = QLabel()
            label.setFont(fixed)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.code_labels.append(label)
            self.codes_grid.addWidget(label, index % 5, index // 5)
        codes_box = QWidget()
        codes_box.setObjectName("RecoveryCodes")
        codes_box.setAccessibleName(self.tr("Recovery codes"))
        boxed = QHBoxLayout(codes_box)
        boxed.addStretch(1)
        boxed.addLayout(self.codes_grid)
        boxed.addStretch(1)
        self.copy_codes_button = QPushButton(self.tr("Copy codes"))
        self.copy_codes_button.setAccessibleName(self.tr("Copy the recovery codes"))
        self.copy_codes_button.clicked.connect(self.copy_codes)
        self.save_codes_button = QPushButton(self.tr("Save to a file…"))
        self.save_codes_button.setAccessibleName(self.tr("Save the recovery codes to a file"))
        self.save_codes_button.clicked.connect(self.save_codes)
        self.saved_check = QCheckBox(self.tr("I have saved my recovery codes somewhere safe"))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("Primary")
        self.done_button.setEnabled(False)
        self.saved_check.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        actions = QHBoxLayout()
        actions.addWidget(self.copy_codes_button)
        actions.addWidget(self.save_codes_button)
        actions.addStretch(1)
        finish = QHBoxLayout()
        finish.addWidget(self.saved_check, 1)
        finish.addWidget(self.done_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_heading(self.tr("Two-step verification is on")))
        layout.addWidget(_label(self.tr(
            "Save these ten recovery codes. Each one signs you in once if you do not have your phone. "
            "They are shown only now.")))
        layout.addWidget(codes_box)
        layout.addLayout(actions)
        layout.addLayout(finish)
        layout.addStretch(1)
        return page

    def _build_on_page(self) -> QWidget:
        page = QWidget()
        self.on_summary = _label()
        self.on_required = _label(self.tr("Your organisation requires two-step verification, so it stays on."),
                                  muted=True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.returnPressed.connect(self.turn_off)
        self.turn_off_button = QPushButton(self.tr("Turn off"))
        self.turn_off_button.setAccessibleName(self.tr("Turn off two-step verification"))
        self.turn_off_button.clicked.connect(self.turn_off)
        self.turn_off_box = QWidget()
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password_edit)
        off_row = QHBoxLayout()
        off_row.addWidget(password_label)
        off_row.addWidget(self.password_edit, 1)
        off_row.addWidget(self.turn_off_button)
        off_layout = QVBoxLayout(self.turn_off_box)
        off_layout.setContentsMargins(0, 6, 0, 0)
        off_layout.addWidget(_label(self.tr("To turn it off, enter the password you sign in with.")))
        off_layout.addLayout(off_row)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_heading(self.tr("Two-step verification is on")))
        layout.addWidget(self.on_summary)
        layout.addWidget(self.on_required)
        layout.addWidget(self.turn_off_box)
        layout.addStretch(1)
        return page

    # -- what happens -----------------------------------------------------------------------

    def load(self) -> None:
        self._show_page(self.loading_page)
        self._run(self._client.two_step.status, self._show_status)

    def _show_status(self, status: TwoStepStatus) -> None:
        if not status.enabled:
            if self._required or status.required_by_organisation:
                self.off_intro.setText(self.tr(
                    "Your organisation requires two-step verification. Set it up now with an authenticator app "
                    "on your phone (such as Google Authenticator, Microsoft Authenticator or FreeOTP); after "
                    "that, signing in asks for the code it shows."))
            else:
                self.off_intro.setText(self.tr(
                    "With two-step verification, signing in asks for your password and a code from an "
                    "authenticator app on your phone (such as Google Authenticator, Microsoft Authenticator "
                    "or FreeOTP), so a stolen password alone is not enough."))
            self._show_page(self.off_page)
            self.set_up_button.setFocus()
            return
        since = local_time(status.enrolled_at) if status.enrolled_at else ""
        left = self.tr("%n of 10 recovery codes left.", "", status.recovery_codes_left)
        self.on_summary.setText(
            (self.tr("On since {when}.").format(when=since) + " " if since else "") + left)
        self.on_required.setVisible(status.required_by_organisation)
        self.turn_off_box.setVisible(not status.required_by_organisation)
        self.password_edit.clear()
        self._show_page(self.on_page)

    def begin(self) -> None:
        self.set_up_button.setEnabled(False)
        self._say("")
        self._run(self._client.two_step.begin_enrolment, self._show_enrolment,
                  on_error=lambda exc: self._failed(exc, self.set_up_button))

    def _show_enrolment(self, enrolment: Enrolment) -> None:
        self.set_up_button.setEnabled(True)
        self.qr.set_text(enrolment.otpauth_uri)
        self.secret_label.setText(enrolment.grouped_secret)
        self.code_edit.clear()
        self._show_page(self.enrol_page)
        self.code_edit.setFocus()

    def _secret_text(self) -> str:
        return self.secret_label.text().replace(" ", "")

    def confirm(self) -> None:
        code = self.code_edit.text().strip()
        if not code:
            self._say(self.tr("Enter the 6-digit code your authenticator app shows for Ticket Pros."), error=True)
            self.code_edit.setFocus()
            return
        self.turn_on_button.setEnabled(False)
        self._say(self.tr("Checking the code…"))
        self._run(self._client.two_step.confirm_enrolment, self._show_codes, code,
                  on_error=self._confirm_failed)

    def _confirm_failed(self, exc: BaseException) -> None:
        self.turn_on_button.setEnabled(True)
        if isinstance(exc, ConflictError):
            self._forget_secret()
            self.load()  # on already (another window), or the enrolment went: start from what is true
        self._failed(exc)
        self.code_edit.selectAll()
        self.code_edit.setFocus()

    def _show_codes(self, codes: tuple[str, ...]) -> None:
        self.turn_on_button.setEnabled(True)
        self._forget_secret()
        self._codes = codes
        for label, code in zip(self.code_labels, codes, strict=False):
            label.setText(code)
        self._say("")
        self.saved_check.setChecked(False)
        self._show_page(self.codes_page)
        self.buttons.hide()  # Done, once the codes are saved
        self.copy_codes_button.setFocus()

    def _forget_secret(self) -> None:
        self.qr.set_text("")
        self.secret_label.clear()
        self.code_edit.clear()

    @property
    def recovery_codes(self) -> tuple[str, ...]:
        return self._codes

    def copy_codes(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self._codes))
        self._say(self.tr("The recovery codes are copied. Paste them somewhere safe, such as a password manager."))

    def _ask_save_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save recovery codes"),
                                              str(Path(folder) / "ticketpros-recovery-codes.txt"),
                                              self.tr("Text files (*.txt)"))
        return path

    def save_codes(self) -> None:
        path = self.choose_save_path()
        if not path:
            return
        self.save_codes_button.setEnabled(False)
        self._run(write_recovery_codes, self._saved, Path(path), self._email, self._codes,
                  on_error=lambda exc: self._failed(exc, self.save_codes_button))

    def _saved(self, path: Path) -> None:
        self.save_codes_button.setEnabled(True)
        self._say(self.tr("Saved to {path}. Keep the file somewhere safe, away from this computer if you can.")
                  .format(path=str(path)))

    def turn_off(self) -> None:
        password = self.password_edit.text()
        if not password:
            self._say(self.tr("Enter your password to turn two-step verification off."), error=True)
            self.password_edit.setFocus()
            return
        self.turn_off_button.setEnabled(False)
        self._run(self._client.two_step.turn_off, self._turned_off, password,
                  on_error=lambda exc: self._failed(exc, self.turn_off_button, self.password_edit))

    def _turned_off(self, _result: None) -> None:
        self.turn_off_button.setEnabled(True)
        self.password_edit.clear()
        self._say(self.tr("Two-step verification is off. Signing in asks only for your password."))
        self.load()

    def done(self, result: int) -> None:
        # Nothing shown once stays in memory after the dialog closes.
        self._forget_secret()
        self._codes = ()
        for label in self.code_labels:
            label.clear()
        super().done(result)

    # -- internals --------------------------------------------------------------------------

    def _show_page(self, page: QWidget) -> None:
        """One step at a time, and the dialog as tall as that step."""
        self.pages.setCurrentWidget(page)
        self.layout().activate()
        width = max(self.width(), self.minimumSizeHint().width())
        height = self.layout().totalHeightForWidth(width) if self.layout().hasHeightForWidth() \
            else self.sizeHint().height()
        self.resize(width, max(height, self.minimumSizeHint().height()))

    def _run(self, fn, on_done, *args, on_error=None) -> None:
        self._runner.run(fn, *args, on_done=on_done, on_error=on_error or self._failed, context=self)

    def _failed(self, exc: BaseException, button: QPushButton | None = None, edit: QLineEdit | None = None) -> None:
        if button is not None:
            button.setEnabled(True)
        if isinstance(exc, SessionEndedError):
            self.reject()
            self._report_error(exc)
            return
        self._say(describe(exc), error=True)
        if edit is not None:
            edit.selectAll()
            edit.setFocus()

    def _say(self, text: str, *, error: bool = False) -> None:
        if not text:
            self.message.hide()
            return
        self.message.setObjectName("ErrorText" if error else "InfoText")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()
