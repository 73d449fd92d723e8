"""Account information (policy §3.1): what is stored to run the account and sign me in."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from api_client import PrivacyInventory

from ..models import Column, RecordTableModel
from .base import InventorySection, table, when

#: Rows that are not mine to correct: the service sets them.
NOT_CORRECTABLE = ("password", "two_step", "role", "created_at")


class AccountSection(InventorySection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Account information"),
            self.tr("Used to run your account and sign you in. Your password is stored only as a hash."), parent)
        # Rows are (field, label, stored value).
        self.model = RecordTableModel([
            Column(self.tr("What"), lambda r: r[1]),
            Column(self.tr("Stored value"), lambda r: r[2]),
        ], parent=self)
        self.view = table(self.model, self.tr("Account information"), stretch=1)
        self.content.addWidget(self.view)
        self.add_action(self.tr("Request a correction…"), self.tr("Request a correction of the selected field"),
                        self.request_correction)
        self.add_request_action(self.tr("Request a copy…"), self.tr("Request a copy of my personal information"),
                                {"type": "access"})

    def _show(self, inventory: PrivacyInventory) -> None:
        a = inventory.account
        role = self.tr("Account Owner") if a.role == "owner" else self.tr("Member")
        self.model.set_rows([
            ("name", self.tr("Name"), a.name),
            ("email", self.tr("Email"), a.email),
            ("phone", self.tr("Phone"), a.phone or self.tr("Not given")),
            ("company", self.tr("Company"), a.company),
            ("role", self.tr("Role"), role),
            ("password", self.tr("Password"), self.tr("Stored as a hash; never the password itself")),
            ("two_step", self.tr("Two-step verification"), self._two_step(a.two_step)),
            ("billing_contact", self.tr("Billing contact"), a.billing_contact or "—"),
            ("created_at", self.tr("Account created"), when(a.created_at)),
        ])

    def _two_step(self, on: bool | None) -> str:
        if on is None:
            return "—"
        # The key itself stays on the service, sealed; it is never shown again.
        return self.tr("On") if on else self.tr("Off")

    def request_correction(self) -> None:
        """A correction request, for the selected field with its value when there is one."""
        rows = self.view.selectionModel().selectedRows()
        record = self.model.record(rows[0].row()) if rows else None
        args: dict = {"type": "correction"}
        if record is not None and record[0] not in NOT_CORRECTABLE:
            args.update(field=record[0], value=record[2])
        self.request_wanted.emit(args)
