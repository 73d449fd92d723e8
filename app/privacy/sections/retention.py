"""Retention (policy §6): how long Customer Data is kept after an account ends."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from api_client import PrivacyInventory

from .base import InventorySection


class RetentionSection(InventorySection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Retention"), "", parent)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.policy_text = QLabel()
        self.policy_text.setWordWrap(True)
        self.policy_text.setObjectName("Muted")
        self.content.addWidget(self.status)
        self.content.addWidget(self.policy_text)
        self.add_request_action(self.tr("Request deletion…"), self.tr("Request deletion of my personal information"),
                                {"type": "deletion"})

    def _show(self, inventory: PrivacyInventory) -> None:
        r = inventory.retention
        status = {"active": self.tr("active"), "cancelled": self.tr("cancelled"),
                  "suspended": self.tr("suspended")}.get(r.account_status, r.account_status)
        self.status.setText(self.tr(
            "Your organisation's account is {status}. After an account is cancelled, Customer Data is kept "
            "for {low} to {high} days so it can be retrieved, then deleted or anonymised; copies in backups "
            "disappear as backups rotate.").format(status=status, low=r.min_days, high=r.max_days))
        self.policy_text.setText(self.tr("From the policy (§6): {text}").format(text=r.policy_text))
