"""Payment information (policy §3.1): what Stripe tells Ticket Pros, shown to the Account Owner."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QWidget

from api_client import PrivacyInventory

from ...formatting import label_for
from .base import InventorySection, form

#: The service's billing states (Stripe's subscription statuses, and "none").
PAYMENT_STATUSES = {
    "none": QT_TRANSLATE_NOOP("PaymentSection", "No subscription"),
    "active": QT_TRANSLATE_NOOP("PaymentSection", "Active"),
    "trialing": QT_TRANSLATE_NOOP("PaymentSection", "Trial"),
    "past_due": QT_TRANSLATE_NOOP("PaymentSection", "Payment overdue"),
    "unpaid": QT_TRANSLATE_NOOP("PaymentSection", "Unpaid"),
    "canceled": QT_TRANSLATE_NOOP("PaymentSection", "Cancelled"),
    "cancelled": QT_TRANSLATE_NOOP("PaymentSection", "Cancelled"),
}


class PaymentSection(InventorySection):
    """The owner sees status, subscription and card; a member is told whose it is."""

    def __init__(self, *, is_owner: bool, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Payment information"),
            self.tr("Processed by Stripe. Ticket Pros receives only the payment status, the subscription "
                    "and the last four digits of the card. Full card numbers are never stored."), parent)
        self.status = QLabel()
        self.subscription = QLabel()
        self.card = QLabel()
        if is_owner:
            self.content.addWidget(form([(self.tr("Payment status"), self.status),
                                         (self.tr("Subscription"), self.subscription),
                                         (self.tr("Card"), self.card)]))
        else:
            self.note = QLabel(self.tr("Payment information belongs to your organisation and is "
                                       "shown to your Account Owner only."))
            self.note.setWordWrap(True)
            self.content.addWidget(self.note)

    def _show(self, inventory: PrivacyInventory) -> None:
        p = inventory.payment
        if p is None:  # a member's inventory has none
            return
        self.status.setText(label_for("PaymentSection", PAYMENT_STATUSES, p.payment_status))
        self.subscription.setText(p.subscription_id or self.tr("No subscription"))
        self.card.setText(
            self.tr("{brand} ending in {last4}").format(brand=p.card_brand or self.tr("Card"), last4=p.card_last4)
            if p.card_last4 else self.tr("No card on file"))
