"""The organisation's sign-in rules, for its Account Owner: require two-step
verification of everyone, and allow (or not) the password sign-in in the app."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from api_client import SessionEndedError, SignInPolicy, TicketProsClient

from ..errors import describe
from ..workers import TaskRunner


class SignInRulesDialog(QDialog):
    """Loads the rules, saves them with Save; nothing changes until then."""

    def __init__(self, client: TicketProsClient, runner: TaskRunner, organisation: str, *,
                 report_error: Callable[[BaseException], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SignInRulesDialog")
        self.setWindowTitle(self.tr("Sign-in rules — {organisation}").format(organisation=organisation))
        self.setMinimumWidth(460)
        self._client, self._runner, self._report_error = client, runner, report_error
        self._loaded: SignInPolicy | None = None

        intro = QLabel(self.tr("How everyone in {organisation} signs in to Ticket Pros.")
                       .format(organisation=organisation))
        intro.setWordWrap(True)
        self.require_two_step = QCheckBox(self.tr("Require two-step verification"))
        require_note = QLabel(self.tr("Everyone signs in with a code from an authenticator app. People who have "
                                      "not set it up are asked to at their next sign-in."))
        self.allow_password = QCheckBox(self.tr("Allow signing in with a password in the app"))
        password_note = QLabel(self.tr("When off, people sign in only through their browser, on the service's "
                                       "sign-in page."))
        for note in (require_note, password_note):
            note.setObjectName("Muted")
            note.setWordWrap(True)
            note.setIndent(24)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.require_two_step)
        layout.addWidget(require_note)
        layout.addSpacing(4)
        layout.addWidget(self.allow_password)
        layout.addWidget(password_note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._set_enabled(False)

    def load(self) -> None:
        self._say(self.tr("Loading…"), "Muted")
        self._runner.run(self._client.organisation.sign_in_policy, on_done=self._show, on_error=self._failed,
                         context=self)

    def _show(self, policy: SignInPolicy) -> None:
        self._loaded = policy
        self.require_two_step.setChecked(policy.require_two_step)
        self.allow_password.setChecked(policy.allow_app_password)
        self._set_enabled(True)
        self.message.hide()

    def policy(self) -> SignInPolicy:
        return SignInPolicy(require_two_step=self.require_two_step.isChecked(),
                            allow_app_password=self.allow_password.isChecked())

    def save(self) -> None:
        if self._loaded is None:
            return
        if self.policy() == self._loaded:
            self.accept()
            return
        self._set_enabled(False)
        self._say(self.tr("Saving…"), "Muted")
        self._runner.run(self._client.organisation.set_sign_in_policy, self.policy(),
                         on_done=self._saved, on_error=self._failed, context=self)

    def _saved(self, policy: SignInPolicy) -> None:
        self._loaded = policy
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, SessionEndedError):
            self.reject()
            self._report_error(exc)
            return
        self._set_enabled(self._loaded is not None)
        self._say(describe(exc), "ErrorText")

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.require_two_step, self.allow_password, self.save_button):
            widget.setEnabled(enabled)

    def _say(self, text: str, role: str) -> None:
        self.message.setObjectName(role)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()
