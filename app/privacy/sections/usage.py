"""Usage data (policy §3.2): how much I used the service, from which devices."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from api_client import PrivacyInventory

from ...formatting import format_count
from ..models import Column, RecordTableModel
from .base import InventorySection, table, when


class UsageSection(InventorySection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Usage data"),
            self.tr("Which screens and actions you use, from which devices; used to keep the service "
                    "reliable and secure."), parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = RecordTableModel([
            Column(self.tr("Device"), lambda d: d.device),
            Column(self.tr("Requests"), lambda d: format_count(d.events)),
            Column(self.tr("Last used"), lambda d: when(d.last_used_at)),
        ], parent=self)
        self.view = table(self.model, self.tr("Devices"), stretch=0)
        self.content.addWidget(self.summary)
        self.content.addWidget(self.view)
        self.add_request_action(self.tr("Restrict processing…"), self.tr("Request restriction of processing"),
                                {"type": "restriction", "category": "usage"})
        self.add_request_action(self.tr("Object…"), self.tr("Object to the processing of usage data"),
                                {"type": "objection", "category": "usage"})

    def _show(self, inventory: PrivacyInventory) -> None:
        u = inventory.usage
        if not u.recording:
            text = self.tr("Usage data is not being recorded for you (recorded {flags}).").format(
                flags=", ".join(u.flags))
        elif u.events:
            text = self.tr("%Ln requests in the last {days} days; last used {when}.", "", u.events).format(
                days=u.window_days, when=when(u.last_used_at))
        else:
            text = self.tr("No usage recorded in the last {days} days.").format(days=u.window_days)
        self.summary.setText(text)
        self.model.set_rows(u.devices)
        self.view.setVisible(bool(u.devices))
