"""Security events (policy §3.2, §3.4): recent sign-ins, with an approximate
region only, and unfamiliar ones marked."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from api_client import PrivacyInventory

from ...formatting import label_for
from ..models import Column, RecordTableModel
from .base import InventorySection, table, when

#: Security events other than sign-ins.
SECURITY_EVENTS = {
    "refresh_token_reuse": QT_TRANSLATE_NOOP("SecuritySection", "Old session key reused: session ended"),
    "password_check": QT_TRANSLATE_NOOP("SecuritySection", "Password check failed"),
    "two_step_on": QT_TRANSLATE_NOOP("SecuritySection", "Two-step verification turned on"),
    "two_step_off": QT_TRANSLATE_NOOP("SecuritySection", "Two-step verification turned off"),
    "recovery_code_used": QT_TRANSLATE_NOOP("SecuritySection", "Recovery code used"),
    "sign_in_policy": QT_TRANSLATE_NOOP("SecuritySection", "Organisation's sign-in rules changed"),
}

#: How a sign-in was made (``method``).
METHODS = {
    "password": QT_TRANSLATE_NOOP("SecuritySection", "Password in the app"),
    "browser": QT_TRANSLATE_NOOP("SecuritySection", "Browser"),
    "device": QT_TRANSLATE_NOOP("SecuritySection", "Another device"),
}

#: What proved it (``factor``).
FACTORS = {
    "password": QT_TRANSLATE_NOOP("SecuritySection", "password"),
    "password+totp": QT_TRANSLATE_NOOP("SecuritySection", "password and authenticator code"),
    "password+recovery_code": QT_TRANSLATE_NOOP("SecuritySection", "password and recovery code"),
}

#: Why a sign-in failed (``detail``), where the service says.
FAILURES = {
    "wrong_credentials": QT_TRANSLATE_NOOP("SecuritySection", "Failed: wrong email or password"),
    "wrong_code": QT_TRANSLATE_NOOP("SecuritySection", "Failed: wrong code"),
    "locked_out": QT_TRANSLATE_NOOP("SecuritySection", "Failed: locked after too many attempts"),
    "browser_sign_in_required": QT_TRANSLATE_NOOP("SecuritySection", "Refused: browser sign-in required"),
    "two_step_enrolment_required": QT_TRANSLATE_NOOP("SecuritySection", "Refused: two-step not set up"),
}


class SecuritySection(InventorySection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Security events"),
            self.tr("Recent sign-ins to your account. The region is approximate (country and region, "
                    "from the IP address); precise location is never collected."), parent)
        self.model = RecordTableModel([
            Column(self.tr("Time"), lambda e: when(e.at)),
            Column(self.tr("Result"), self._result),
            Column(self.tr("How"), self._how),
            Column(self.tr("IP address"), lambda e: e.ip or "—"),
            Column(self.tr("Approximate region"), lambda e: e.region),
            Column(self.tr("Device"), lambda e: e.device),
            Column(self.tr("Note"), lambda e: self.tr("⚠ Unfamiliar place or device") if e.unfamiliar else "",
                   tooltip=lambda e: self.tr("Not seen in your earlier sign-ins. If this was not you, "
                                             "change your password and tell your Account Owner.")
                   if e.unfamiliar else None),
        ], emphasis=lambda e: e.unfamiliar, parent=self)
        self.view = table(self.model, self.tr("Recent sign-ins"), stretch=5)
        self.content.addWidget(self.view)

    def _result(self, event) -> str:
        if event.kind == "sign_in":
            if event.success:
                return self.tr("Signed in")
            if event.detail in FAILURES:
                return label_for("SecuritySection", FAILURES, event.detail)
            return self.tr("Failed")
        return label_for("SecuritySection", SECURITY_EVENTS, event.kind)

    def _how(self, event) -> str:
        """"Browser · password and authenticator code": the way in and what proved it."""
        parts = [label_for("SecuritySection", table, value)
                 for table, value in ((METHODS, event.method), (FACTORS, event.factor)) if value]
        return " · ".join(parts) or "—"

    def _show(self, inventory: PrivacyInventory) -> None:
        self.model.set_rows(inventory.security_events)
