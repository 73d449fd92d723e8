"""The policy banner (shown above every page until the new version is
acknowledged) and the dialog to read the policy in the app."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from api_client import PolicyStatus, PolicyText

from ..formatting import local_date


class PolicyBanner(QWidget):
    """"The privacy policy changed: <summary>" with Read and Acknowledge buttons."""

    read_requested = Signal()
    acknowledge_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("Privacy policy notice"))
        self.read_button = QPushButton(self.tr("Read the policy"))
        self.read_button.setAccessibleName(self.tr("Read the privacy policy"))
        self.read_button.clicked.connect(self.read_requested)
        self.ack_button = QPushButton(self.tr("I have read it"))
        self.ack_button.setObjectName("Primary")
        self.ack_button.setAccessibleName(self.tr("Acknowledge the privacy policy"))
        self.ack_button.clicked.connect(self.acknowledge_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.read_button)
        layout.addWidget(self.ack_button)
        self.status: PolicyStatus | None = None
        self.hide()

    def show_status(self, status: PolicyStatus) -> None:
        """Visible while the current version is not acknowledged by this user."""
        self.status = status
        self.ack_button.setEnabled(True)
        if status.acknowledged:
            self.hide()
            return
        if status.last_acknowledged_version:
            text = self.tr("The privacy policy changed (version {version}, effective {date}). "
                           "What changed: {summary}")
        else:
            text = self.tr("Please read the privacy policy (version {version}, effective {date}). {summary}")
        self.label.setText(text.format(version=status.version, date=local_date(status.effective_date),
                                       summary=status.summary))
        self.show()

    def set_busy(self, busy: bool) -> None:
        self.ack_button.setEnabled(not busy)


class PolicyDialog(QDialog):
    """The policy text as the service publishes it, with "I have read it"."""

    acknowledge_requested = Signal()

    def __init__(self, policy: PolicyText, status: PolicyStatus | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Privacy policy, version {version}").format(version=policy.version))
        self.resize(720, 640)
        heading = QLabel(self.tr("Version {version}, effective {date}").format(
            version=policy.version, date=local_date(policy.effective_date)))
        heading.setObjectName("PageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if status is not None and status.version == policy.version:
            summary = QLabel(self.tr("What changed: {summary}").format(summary=status.summary))
            summary.setWordWrap(True)
            summary.setObjectName("Muted")
            layout.addWidget(summary)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlainText(policy.text)
        self.text.setAccessibleName(self.tr("Privacy policy text"))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.ack_button: QPushButton | None = None
        if status is not None and status.version == policy.version and not status.acknowledged:
            self.ack_button = buttons.addButton(self.tr("I have read it"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.ack_button.setAccessibleName(self.tr("Acknowledge the privacy policy"))
            buttons.accepted.connect(self.acknowledge_requested)
            buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
