"""The Privacy page: what Ticket Pros holds about me, and why, in the
policy's own categories (policy §3), plus subprocessors (§5.2), retention
(§6), the policy version (§11) and what this computer keeps.

The page composes one widget per section (``sections/``). Each section owns
its view and shows its own loading and error state; the page makes the one
inventory call the inventory sections share. All service calls and disk work
run on the task runner.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from api_client import PrivacyInventory, SessionEndedError

from ..errors import describe
from .sections import (
    AccountSection,
    CustomerDataSection,
    InventorySection,
    LocalDataSection,
    PaymentSection,
    PolicySection,
    RetentionSection,
    Section,
    SecuritySection,
    SubprocessorSection,
    SupportSection,
    UsageSection,
)
from .sections.base import when

if TYPE_CHECKING:
    from ..shell.pages import PageContext


class PrivacyPage(QWidget):
    """The privacy dashboard. ``notice`` is the policy banner the main window
    shows above every page."""

    #: Showing the page again after this long reloads it.
    STALE_AFTER = 30.0

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        is_owner = context.me.user.is_owner
        self.inventory: PrivacyInventory | None = None
        self._loaded_at = 0.0

        title = QLabel(self.tr("Privacy"))
        title.setObjectName("PageTitle")
        intro = QLabel(self.tr(
            "What Ticket Pros keeps about you{org}, why, and who processes it. "
            "We do not sell your data and do not collect precise location.").format(
            org=self.tr(" and {company}").format(company=context.me.customer.name) if is_owner else ""))
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        self.updated_label = QLabel()
        self.updated_label.setObjectName("Muted")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the privacy page"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        header_text = QVBoxLayout()
        header_text.addWidget(title)
        header_text.addWidget(intro)
        header.addLayout(header_text, 1)
        header.addWidget(self.updated_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.policy_section = PolicySection(context)
        self.notice = self.policy_section.banner
        self.account_section = AccountSection()
        self.payment_section = PaymentSection(is_owner=is_owner)
        self.support_section = SupportSection()
        self.data_section = CustomerDataSection(is_owner=is_owner)
        self.usage_section = UsageSection()
        self.security_section = SecuritySection()
        self.subprocessor_section = SubprocessorSection(context)
        self.retention_section = RetentionSection()
        self.local_section = LocalDataSection(context)
        self.inventory_sections: tuple[InventorySection, ...] = (
            self.account_section, self.payment_section, self.support_section, self.data_section,
            self.usage_section, self.security_section, self.retention_section)

        column = QWidget()
        sections_layout = QVBoxLayout(column)
        sections_layout.setContentsMargins(0, 0, 8, 0)
        sections_layout.setSpacing(12)
        for section in self.sections:
            sections_layout.addWidget(section)
            section.request_wanted.connect(self._request)
        sections_layout.addStretch(1)
        for section in self.inventory_sections:
            section.retry_requested.connect(self.refresh)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(column)
        scroll.setAccessibleName(self.tr("Privacy sections"))
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 16, 12)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)

    @property
    def sections(self) -> tuple[Section, ...]:
        """Every section, in the order shown."""
        return (self.policy_section, self.account_section, self.payment_section, self.support_section,
                self.data_section, self.usage_section, self.security_section, self.subprocessor_section,
                self.retention_section, self.local_section)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if time.monotonic() - self._loaded_at > self.STALE_AFTER:
            self.refresh()

    def refresh(self) -> None:
        self._loaded_at = time.monotonic()
        for section in self.inventory_sections:
            section.set_loading()
        self.context.runner.run(self.context.client.privacy.inventory, on_done=self._show_inventory,
                                on_error=self._inventory_failed, context=self)
        self.subprocessor_section.refresh()
        self.local_section.refresh()

    def _show_inventory(self, inventory: PrivacyInventory) -> None:
        self.inventory = inventory
        self.updated_label.setText(self.tr("Updated {time}").format(time=when(inventory.generated_at)))
        self.policy_section.show_status(inventory.policy)
        for section in self.inventory_sections:
            section.show_inventory(inventory)

    def _inventory_failed(self, exc: BaseException) -> None:
        if isinstance(exc, SessionEndedError):
            self.context.report_error(exc)  # the app returns to the sign-in window
            return
        for section in self.inventory_sections:
            section.set_error(describe(exc))

    def _request(self, args: dict) -> None:
        """A section asked for a privacy request: the Requests page opens with the form filled in."""
        self.context.navigate("requests", args)


def create_privacy_page(context: PageContext) -> PrivacyPage:
    return PrivacyPage(context)
