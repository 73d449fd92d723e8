"""Customer Data (policy §3.1): what I (and, for the Account Owner, the
organisation) stored, as counts and a chart."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from api_client import PrivacyInventory

from ...formatting import format_count, format_size
from ..chart import DataBarChart, Measure
from ..models import Column, RecordTableModel
from .base import InventorySection, table


class CustomerDataSection(InventorySection):
    """"Mine" for everyone, plus an "Organisation" column and bars for the owner."""

    def __init__(self, *, is_owner: bool, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Customer Data"),
            self.tr("Tickets, images, documents and the values extracted from them. Uploaded by your "
                    "organisation's users and processed only to provide the service."), parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.chart = DataBarChart()
        columns = [Column(self.tr("What"), lambda r: r[0]), Column(self.tr("Mine"), lambda r: r[1])]
        if is_owner:
            columns.append(Column(self.tr("Organisation"), lambda r: r[2]))
        self.model = RecordTableModel(columns, parent=self)
        self.view = table(self.model, self.tr("Customer Data counts"))
        self.content.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(self.view, 2)
        row.addWidget(self.chart, 3)
        self.content.addLayout(row)
        self.add_request_action(self.tr("Request a copy…"), self.tr("Request a copy of my Customer Data"),
                                {"type": "access", "category": "customer_data"})
        self.add_request_action(self.tr("Request deletion…"), self.tr("Request deletion of my Customer Data"),
                                {"type": "deletion", "category": "customer_data"})

    def _show(self, inventory: PrivacyInventory) -> None:
        mine, org = inventory.my_data, inventory.organisation_data
        rows = []
        for label, attr, fmt in (
            (self.tr("Tickets"), "tickets", format_count), (self.tr("Images"), "images", format_count),
            (self.tr("Documents"), "documents", format_count),
            (self.tr("Extracted values"), "extracted_values", format_count),
            (self.tr("Stored size"), "bytes", format_size),
        ):
            rows.append((label, fmt(getattr(mine, attr)), fmt(getattr(org, attr)) if org else ""))
        self.model.set_rows(rows)
        self.chart.set_measures([
            Measure(self.tr("Tickets"), mine.tickets, org.tickets if org else None, format_count),
            Measure(self.tr("Files"), mine.files, org.files if org else None, format_count),
            Measure(self.tr("Stored size"), mine.bytes, org.bytes if org else None, format_size),
        ])
        if (org or mine).tickets == 0:
            text = self.tr("Nothing stored yet. Tickets you upload on the Uploads page appear here.")
        elif org is not None:
            text = self.tr("Tickets uploaded by you: {mine} of {org} in your organisation.").format(
                mine=format_count(mine.tickets), org=format_count(org.tickets))
        else:
            text = self.tr("Your own uploads. Your Account Owner sees the organisation's totals.")
        self.summary.setText(text)
