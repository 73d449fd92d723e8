"""The privacy policy in force, whether I acknowledged it, and the banner above
every page until I do (policy §11)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from api_client import PolicyStatus, PolicyText

from ...formatting import local_date
from ..banner import PolicyBanner, PolicyDialog
from .base import Section, form, when

if TYPE_CHECKING:
    from ...shell.pages import PageContext

log = logging.getLogger(__name__)


class PolicySection(Section):
    """Asks the service for the policy status now and every ``CHECK_MS``;
    ``banner`` is the notice the main window shows above every page."""

    #: How often the open app asks whether a new policy version was published.
    CHECK_MS = 10 * 60 * 1000

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Privacy policy"),
            self.tr("The policy this service publishes. When it changes, you are told what changed."), parent)
        self.context = context
        self.status: PolicyStatus | None = None
        self.dialog: PolicyDialog | None = None
        self.banner = PolicyBanner()
        self.banner.read_requested.connect(self.read)
        self.banner.acknowledge_requested.connect(self.acknowledge)

        self.version = QLabel()
        self.effective = QLabel()
        self.acknowledged = QLabel()
        self.content.addWidget(form([(self.tr("Version"), self.version),
                                     (self.tr("Effective"), self.effective),
                                     (self.tr("Acknowledged"), self.acknowledged)]))
        self.add_action(self.tr("Read the policy"), self.tr("Read the privacy policy"), self.read)
        self.ack_button = self.add_action(
            self.tr("I have read it"), self.tr("Acknowledge the privacy policy"), self.acknowledge)
        self.retry_requested.connect(self.refresh)

        self._timer = QTimer(self)
        self._timer.setInterval(self.CHECK_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        self.context.runner.run(self.context.client.privacy.policy, on_done=self.show_status,
                                on_error=self._failed, context=self)

    def _failed(self, exc: BaseException) -> None:
        self.fail(exc, self.context.report_error)
        log.info("policy status not available: %s", exc)

    def show_status(self, status: PolicyStatus) -> None:
        self.status = status
        self.version.setText(status.version)
        self.effective.setText(local_date(status.effective_date))
        self.acknowledged.setText(
            self.tr("Yes, on {when}").format(when=when(status.acknowledged_at)) if status.acknowledged
            else self.tr("Not yet. What changed: {summary}").format(summary=status.summary))
        self.ack_button.setVisible(not status.acknowledged)
        self.banner.show_status(status)
        self.set_ready()

    def read(self) -> None:
        version = self.status.version if self.status else None
        self.context.runner.run(self.context.client.privacy.policy_text, version, on_done=self._open,
                                on_error=self.context.report_error, context=self)

    def _open(self, policy: PolicyText) -> None:
        dialog = PolicyDialog(policy, self.status, self)
        dialog.acknowledge_requested.connect(self.acknowledge)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def acknowledge(self) -> None:
        if self.status is None:
            return
        self.banner.set_busy(True)
        self.ack_button.setEnabled(False)
        self.context.runner.run(self.context.client.privacy.acknowledge_policy, self.status.version,
                                on_done=self._acknowledged, on_error=self._acknowledge_failed, context=self)

    def _acknowledged(self, status: PolicyStatus) -> None:
        self.ack_button.setEnabled(True)
        self.show_status(status)

    def _acknowledge_failed(self, exc: BaseException) -> None:
        self.banner.set_busy(False)
        self.ack_button.setEnabled(True)
        self.context.report_error(exc)
        self.refresh()  # a newer version may have been published meanwhile
