"""Support and communications (policy §3.1): messages I sent to Ticket Pros."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from api_client import PrivacyInventory

from ..models import Column, RecordTableModel
from .base import InventorySection, table, when


class SupportSection(InventorySection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Support and communications"),
            self.tr("Messages you sent to Ticket Pros, kept to answer them."), parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = RecordTableModel([
            Column(self.tr("Subject"), lambda m: m.subject),
            Column(self.tr("Sent"), lambda m: when(m.created_at)),
        ], parent=self)
        self.view = table(self.model, self.tr("Support messages"), stretch=0)
        self.content.addWidget(self.summary)
        self.content.addWidget(self.view)
        self.add_request_action(self.tr("Request deletion…"), self.tr("Request deletion of my support messages"),
                                {"type": "deletion", "category": "support"})

    def _show(self, inventory: PrivacyInventory) -> None:
        sup = inventory.support
        if sup.messages:
            text = self.tr("You sent %n messages.", "", sup.messages)
        else:
            text = self.tr("You have not sent any messages to Ticket Pros support.")
        if sup.organisation_messages is not None:
            text += " " + self.tr("Your organisation: %n messages.", "", sup.organisation_messages)
        self.summary.setText(text)
        self.model.set_rows(sup.recent)
        self.view.setVisible(bool(sup.recent))
