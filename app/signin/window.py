"""The sign-in window: server address, email, password, "keep me signed in"."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_DISPLAY_NAME
from ..theme import icon

#: The widest the form gets, in device-independent pixels: lines short enough
#: to read, fields as wide as a server address needs.
FORM_MAX_WIDTH = 480


class SignInWindow(QWidget):
    """Emits ``sign_in_requested`` with what was typed; shows what happened."""

    sign_in_requested = Signal(str, str, str, bool)  # server, email, password, remember
    stop_waiting_requested = Signal()

    def __init__(self, *, server_url: str, email: str = "", remember: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SignInWindow")
        self.setWindowTitle(self.tr("Sign in — {app}").format(app=APP_DISPLAY_NAME))
        self.setWindowIcon(icon("app"))
        self.setMinimumWidth(420)

        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(QSize(56, 56)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        logo.setAccessibleName(self.tr("Ticket Pros logo"))
        title = QLabel(self.tr("Sign in to {app}").format(app=APP_DISPLAY_NAME))
        title.setObjectName("PageTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.server_edit = QLineEdit(server_url)
        self.server_edit.setAccessibleName(self.tr("Server address"))
        self.server_edit.setPlaceholderText("https://api.ticketpros.io")
        self.email_edit = QLineEdit(email)
        self.email_edit.setAccessibleName(self.tr("Email"))
        self.email_edit.setPlaceholderText(self.tr("name@company.com"))
        self.password_edit = QLineEdit()
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self.tr("Keep me signed in on this computer"))
        self.remember_check.setChecked(remember)
        self.remember_check.setAccessibleName(self.tr("Keep me signed in on this computer"))
        self.remember_check.setToolTip(self.tr("Your session is kept in the system keyring, never in a file."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Server"), self.server_edit)
        form.addRow(self.tr("&Email"), self.email_edit)
        form.addRow(self.tr("&Password"), self.password_edit)
        form.addRow("", self.remember_check)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Sign-in status"))
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(4)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.hide()

        self.stop_waiting_button = QPushButton(self.tr("Sign in with password instead"))
        self.stop_waiting_button.setAccessibleName(self.tr("Sign in with password instead"))
        self.stop_waiting_button.clicked.connect(self.stop_waiting_requested)
        self.stop_waiting_button.hide()
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("Primary")
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self._submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_waiting_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)

        # The form keeps a readable width in the middle of the window, however
        # large the window gets (maximised, or a full-screen desktop).
        panel = QWidget()
        panel.setObjectName("SignInForm")
        panel.setMaximumWidth(FORM_MAX_WIDTH)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 1000)  # all the width up to FORM_MAX_WIDTH, then the margins grow
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 24)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

        for edit in (self.server_edit, self.email_edit, self.password_edit):
            edit.returnPressed.connect(self._submit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.password_edit.clear)
        self._focus_first_empty()

    # -- what the controller calls --------------------------------------------

    def show_busy(self, text: str) -> None:
        self._set_inputs_enabled(False)
        self.busy_bar.show()
        self._show_message(text, "Muted")

    def show_waiting(self, text: str) -> None:
        """Resuming the remembered session is on hold (keyring locked, offline)."""
        self._set_inputs_enabled(False)
        self.busy_bar.show()
        self.stop_waiting_button.show()
        self._show_message(text, "Muted")

    def show_error(self, text: str) -> None:
        self._ready()
        self._show_message(text, "ErrorText")
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def show_info(self, text: str) -> None:
        self._ready()
        if text:
            self._show_message(text, "InfoText")
        else:
            self.message_label.hide()
        self.password_edit.clear()
        self._focus_first_empty()

    # -- internals ------------------------------------------------------------

    def _submit(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        server = self.server_edit.text().strip()
        email = self.email_edit.text().strip()
        password = self.password_edit.text()
        missing = [name for name, value in ((self.tr("server address"), server),
                                            (self.tr("email"), email),
                                            (self.tr("password"), password)) if not value]
        if missing:
            self.show_error(self.tr("Enter your {what}.").format(what=self.tr(" and ").join(missing)))
            return
        self.show_busy(self.tr("Signing in…"))
        self.sign_in_requested.emit(server, email, password, self.remember_check.isChecked())

    def _ready(self) -> None:
        self._set_inputs_enabled(True)
        self.busy_bar.hide()
        self.stop_waiting_button.hide()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.server_edit, self.email_edit, self.password_edit,
                       self.remember_check, self.sign_in_button):
            widget.setEnabled(enabled)

    def _show_message(self, text: str, role: str) -> None:
        self.message_label.setObjectName(role)
        self.message_label.setText(text)
        # Re-polish so the stylesheet picks up the new objectName.
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.show()

    def _focus_first_empty(self) -> None:
        for edit in (self.server_edit, self.email_edit, self.password_edit):
            if not edit.text():
                edit.setFocus()
                return
        self.password_edit.setFocus()
