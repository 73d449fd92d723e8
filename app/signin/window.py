"""The sign-in window: server address; "Sign in with your browser" first, then
email and password as the second choice; "keep me signed in"; and the step
that asks for the two-step code after a password."""

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
from ..steps import Steps
from ..theme import icon

#: The widest the form gets, in device-independent pixels: lines short enough
#: to read, fields as wide as a server address needs.
FORM_MAX_WIDTH = 480


class SignInWindow(QWidget):
    """Emits ``sign_in_requested`` with what was typed, or
    ``browser_sign_in_requested``; shows what happened."""

    sign_in_requested = Signal(str, str, str, bool)  # server, email, password, remember
    browser_sign_in_requested = Signal(str, bool)  # server, remember
    #: Cancel while the browser sign-in is under way.
    browser_cancel_requested = Signal()
    #: The two-step code (or a recovery code) typed after the password.
    code_entered = Signal(str)
    #: Back from the code step to the password.
    code_step_left = Signal()
    stop_waiting_requested = Signal()

    def __init__(self, *, server_url: str, email: str = "", remember: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SignInWindow")
        self.setWindowTitle(self.tr("Sign in — {app}").format(app=APP_DISPLAY_NAME))
        self.setWindowIcon(icon("app"))
        self.setMinimumWidth(420)
        self.resize(520, 600)  # room around the form; the layout keeps it centred as the window grows

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

        self.browser_button = QPushButton(self.tr("Sign in with your browser"))
        self.browser_button.setObjectName("Primary")
        self.browser_button.setAccessibleName(self.tr("Sign in with your browser"))
        self.browser_button.setToolTip(self.tr("Opens your organisation's sign-in page in your web browser; "
                                               "you come back here when you are signed in."))
        self.browser_button.clicked.connect(self._submit_browser)
        self.browser_cancel_button = QPushButton(self.tr("Cancel"))
        self.browser_cancel_button.setAccessibleName(self.tr("Cancel the browser sign-in"))
        self.browser_cancel_button.clicked.connect(self.browser_cancel_requested)
        self.browser_cancel_button.hide()
        browser_row = QHBoxLayout()
        browser_row.setContentsMargins(0, 0, 0, 0)
        browser_row.addWidget(self.browser_button, 1)
        browser_row.addWidget(self.browser_cancel_button)
        self.password_heading = QLabel(self.tr("Or sign in with your password"))
        self.password_heading.setObjectName("Muted")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Server"), self.server_edit)
        form.addRow("", browser_row)
        form.addRow("", self.password_heading)
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
        self.sign_in_button = QPushButton(self.tr("Sign in with password"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in with password"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self._submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_waiting_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)

        credentials = QWidget()
        credentials_layout = QVBoxLayout(credentials)
        credentials_layout.setContentsMargins(0, 0, 0, 0)
        credentials_layout.setSpacing(12)
        credentials_layout.addLayout(form)
        credentials_layout.addLayout(buttons)
        self.credentials_page = credentials
        self.code_page = self._build_code_page()
        self.steps = Steps()
        self.steps.addWidget(self.credentials_page)
        self.steps.addWidget(self.code_page)
        self.steps.setCurrentWidget(self.credentials_page)

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
        layout.addWidget(self.steps)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message_label)
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
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self._escape)
        self._focus_first_empty()

    def _build_code_page(self) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("Two-step verification"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.code_prompt = QLabel()
        self.code_prompt.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setAccessibleName(self.tr("Code"))
        self.code_edit.setPlaceholderText(self.tr("123456"))
        self.code_edit.setMaxLength(40)
        self.code_edit.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers)
        self.code_edit.returnPressed.connect(self._submit_code)
        code_label = QLabel(self.tr("&Code"))
        code_label.setBuddy(self.code_edit)
        recovery = QLabel(self.tr("No phone with you? Enter one of your recovery codes instead; each works once."))
        recovery.setObjectName("Muted")
        recovery.setWordWrap(True)
        self.code_back_button = QPushButton(self.tr("Back"))
        self.code_back_button.setAccessibleName(self.tr("Back to the password"))
        self.code_back_button.clicked.connect(self._leave_code_step)
        self.code_button = QPushButton(self.tr("Verify"))
        self.code_button.setObjectName("Primary")
        self.code_button.setAccessibleName(self.tr("Verify the code"))
        self.code_button.clicked.connect(self._submit_code)
        buttons = QHBoxLayout()
        buttons.addWidget(self.code_back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.code_button)
        row = QHBoxLayout()
        row.addWidget(code_label)
        row.addWidget(self.code_edit, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.code_prompt)
        layout.addLayout(row)
        layout.addWidget(recovery)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

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

    def show_browser_waiting(self, text: str) -> None:
        """The browser sign-in is under way: only Cancel stays usable."""
        self._set_inputs_enabled(False)
        self.browser_button.hide()
        self.browser_cancel_button.show()
        self.browser_cancel_button.setFocus()
        self.busy_bar.show()
        self._show_message(text, "Muted")

    def show_code_step(self, text: str, *, error: bool = False) -> None:
        """After the password: the code from the authenticator app (or a recovery code)."""
        self._ready()
        self.steps.setCurrentWidget(self.code_page)
        self.code_button.setDefault(True)
        self.code_prompt.setText(self.tr("Enter the 6-digit code your authenticator app shows for {email}.")
                                 .format(email=self.email_edit.text().strip()))
        if error:
            self._show_message(text, "ErrorText")
        else:
            self.message_label.hide()
        self.code_edit.selectAll()
        self.code_edit.setFocus()

    def show_browser_needed(self, text: str) -> None:
        """The organisation's rules need the browser: the error, and the browser button ready."""
        self.show_error(text)
        self.password_edit.clear()
        self.browser_button.setFocus()

    @property
    def in_code_step(self) -> bool:
        return self.steps.currentWidget() is self.code_page

    def show_error(self, text: str) -> None:
        self._ready()
        self._show_credentials()
        self._show_message(text, "ErrorText")
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def show_info(self, text: str) -> None:
        self._ready()
        self._show_credentials()
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

    def _submit_browser(self) -> None:
        if not self.browser_button.isEnabled():
            return
        server = self.server_edit.text().strip()
        if not server:
            self.show_error(self.tr("Enter your {what}.").format(what=self.tr("server address")))
            self.server_edit.setFocus()
            return
        self.show_browser_waiting(self.tr("Opening your browser…"))
        self.browser_sign_in_requested.emit(server, self.remember_check.isChecked())

    def _submit_code(self) -> None:
        if not self.code_button.isEnabled() or not self.in_code_step:
            return
        code = self.code_edit.text().strip()
        if not code:
            self.show_code_step(self.tr("Enter the code from your authenticator app."), error=True)
            return
        self.show_busy(self.tr("Checking the code…"))
        self.code_entered.emit(code)

    def _leave_code_step(self) -> None:
        self.password_edit.clear()
        self.show_info("")
        self.code_step_left.emit()

    def _escape(self) -> None:
        if self.in_code_step:
            if self.code_back_button.isEnabled():
                self._leave_code_step()
        else:
            self.password_edit.clear()

    def _show_credentials(self) -> None:
        self.code_edit.clear()
        self.steps.setCurrentWidget(self.credentials_page)
        self.sign_in_button.setDefault(True)

    def _ready(self) -> None:
        self._set_inputs_enabled(True)
        self.busy_bar.hide()
        self.stop_waiting_button.hide()
        self.browser_cancel_button.hide()
        self.browser_button.show()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.server_edit, self.email_edit, self.password_edit, self.remember_check,
                       self.sign_in_button, self.browser_button, self.code_edit, self.code_button,
                       self.code_back_button):
            # A server address set by the organisation's policy stays greyed (app.settings.dialog.mark_managed).
            widget.setEnabled(enabled and not widget.property("ticketpros_managed"))

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
