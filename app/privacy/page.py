"""The Privacy page: what Ticket Pros holds about me, and why, in the
policy's own categories (policy §3), plus subprocessors (§5.2), retention
(§6), the policy version (§11) and what this computer keeps.

All service calls and disk work run on the task runner; every section shows
its own loading and error state.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from api_client import PolicyStatus, PolicyText, PrivacyInventory, SessionEndedError, SubprocessorList

from ..confirm import confirm
from ..errors import describe
from ..formatting import format_count, format_size, label_for
from . import local_data
from .banner import PolicyBanner, PolicyDialog
from .chart import DataBarChart, Measure
from .models import Column, RecordTableModel

if TYPE_CHECKING:
    from ..shell.pages import PageContext

log = logging.getLogger(__name__)

#: The service's billing states (Stripe's subscription statuses, and "none").
PAYMENT_STATUSES = {
    "none": QT_TRANSLATE_NOOP("PrivacyPage", "No subscription"),
    "active": QT_TRANSLATE_NOOP("PrivacyPage", "Active"),
    "trialing": QT_TRANSLATE_NOOP("PrivacyPage", "Trial"),
    "past_due": QT_TRANSLATE_NOOP("PrivacyPage", "Payment overdue"),
    "unpaid": QT_TRANSLATE_NOOP("PrivacyPage", "Unpaid"),
    "canceled": QT_TRANSLATE_NOOP("PrivacyPage", "Cancelled"),
    "cancelled": QT_TRANSLATE_NOOP("PrivacyPage", "Cancelled"),
}
#: Security events other than sign-ins.
SECURITY_EVENTS = {
    "refresh_token_reuse": QT_TRANSLATE_NOOP("PrivacyPage", "Old session key reused: session ended"),
    "password_check": QT_TRANSLATE_NOOP("PrivacyPage", "Password confirmed for a request"),
}


def when(text: str | None) -> str:
    """An ISO time from the service as local time: "2026-11-29 14:38"."""
    if not text:
        return "—"
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return text


class Section(QFrame):
    """A titled block of the page with its own loading / error state."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PrivacySection")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(title)
        self.description = QLabel(description)
        self.description.setObjectName("Muted")
        self.description.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setAccessibleName(self.tr("Try again: {section}").format(section=title))
        self.retry_button.hide()
        state_row = QHBoxLayout()
        state_row.addWidget(self.state, 1)
        state_row.addWidget(self.retry_button)
        self.body = QWidget()
        self.content = QVBoxLayout(self.body)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.actions = QHBoxLayout()
        self.actions.setContentsMargins(0, 0, 0, 0)
        self.actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.title)
        if description:
            layout.addWidget(self.description)
        layout.addLayout(state_row)
        layout.addWidget(self.body)
        layout.addLayout(self.actions)

    def _restyle(self, name: str) -> None:
        # The stylesheet picks colours by object name; re-polish after renaming.
        self.state.setObjectName(name)
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)

    def set_loading(self) -> None:
        self._restyle("Muted")
        self.state.setText(self.tr("Loading…"))
        self.state.show()
        self.retry_button.hide()
        self.body.setEnabled(False)

    def set_error(self, text: str) -> None:
        self._restyle("ErrorText")
        self.state.setText(text)
        self.state.show()
        self.retry_button.show()
        self.body.setEnabled(False)

    def set_ready(self) -> None:
        self.state.hide()
        self.retry_button.hide()
        self.body.setEnabled(True)

    def add_action(self, text: str, accessible: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        self.actions.insertWidget(self.actions.count() - 1, button)
        return button


def _table(model: RecordTableModel, name: str, *, stretch: int | None = None) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    model.modelReset.connect(lambda: _fit_height(view))
    _fit_height(view)
    return view


def _fit_height(view: QTableView, max_rows: int = 12) -> None:
    """Tables are inside a scrolling page: show their rows instead of a second scroll bar."""
    rows = min(view.model().rowCount(), max_rows)
    if view.wordWrap():
        view.resizeRowsToContents()
    default = view.verticalHeader().defaultSectionSize()
    height = sum(view.rowHeight(r) for r in range(rows)) if rows else default
    view.setFixedHeight(view.horizontalHeader().sizeHint().height() + height + 4)
    view.setVerticalScrollBarPolicy(
        Qt.ScrollBarPolicy.ScrollBarAsNeeded if view.model().rowCount() > max_rows
        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def _form(rows: list[tuple[str, QLabel]]) -> QWidget:
    widget = QWidget()
    grid = QGridLayout(widget)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(16)
    for row, (name, value) in enumerate(rows):
        label = QLabel(name)
        label.setObjectName("Muted")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setWordWrap(True)
        value.setAccessibleName(name)
        label.setBuddy(value)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(value, row, 1)
    grid.setColumnStretch(1, 1)
    return widget


class PrivacyPage(QWidget):
    """The privacy dashboard. ``notice`` is the policy banner the main window
    shows above every page."""

    #: Showing the page again after this long reloads it.
    STALE_AFTER = 30.0
    #: How often the open app asks whether a new policy version was published.
    POLICY_CHECK_MS = 10 * 60 * 1000

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.is_owner = context.me.user.is_owner
        self.inventory: PrivacyInventory | None = None
        self.policy_status: PolicyStatus | None = None
        self.local_report: local_data.LocalDataReport | None = None
        self._loaded_at = 0.0
        self.policy_dialog: PolicyDialog | None = None

        self.notice = PolicyBanner()
        self.notice.read_requested.connect(self.read_policy)
        self.notice.acknowledge_requested.connect(self.acknowledge_policy)

        title = QLabel(self.tr("Privacy"))
        title.setObjectName("PageTitle")
        intro = QLabel(self.tr(
            "What Ticket Pros keeps about you{org}, why, and who processes it. "
            "We do not sell your data and do not collect precise location.").format(
            org=self.tr(" and {company}").format(company=context.me.customer.name) if self.is_owner else ""))
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

        column = QWidget()
        self.sections_layout = QVBoxLayout(column)
        self.sections_layout.setContentsMargins(0, 0, 8, 0)
        self.sections_layout.setSpacing(12)
        self._build_policy()
        self._build_account()
        self._build_payment()
        self._build_support()
        self._build_customer_data()
        self._build_usage()
        self._build_security()
        self._build_subprocessors()
        self._build_retention()
        self._build_local()
        self.sections_layout.addStretch(1)

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

        self._policy_timer = QTimer(self)
        self._policy_timer.setInterval(self.POLICY_CHECK_MS)
        self._policy_timer.timeout.connect(self.check_policy)
        self._policy_timer.start()
        self.check_policy()

    # -- building ------------------------------------------------------------

    def _add(self, section: Section) -> Section:
        self.sections_layout.addWidget(section)
        return section

    def _request(self, args: dict) -> None:
        self.context.navigate("requests", args)

    def _build_policy(self) -> None:
        s = self.policy_section = self._add(Section(
            self.tr("Privacy policy"),
            self.tr("The policy this service publishes. When it changes, you are told what changed.")))
        self.policy_version = QLabel()
        self.policy_effective = QLabel()
        self.policy_ack = QLabel()
        s.content.addWidget(_form([(self.tr("Version"), self.policy_version),
                                   (self.tr("Effective"), self.policy_effective),
                                   (self.tr("Acknowledged"), self.policy_ack)]))
        s.add_action(self.tr("Read the policy"), self.tr("Read the privacy policy"), self.read_policy)
        self.policy_ack_button = s.add_action(
            self.tr("I have read it"), self.tr("Acknowledge the privacy policy"), self.acknowledge_policy)
        s.retry_button.clicked.connect(self.check_policy)

    def _build_account(self) -> None:
        s = self.account_section = self._add(Section(
            self.tr("Account information"),
            self.tr("Used to run your account and sign you in. Your password is stored only as a hash.")))
        self.account_model = RecordTableModel([
            Column(self.tr("What"), lambda r: r[1]),
            Column(self.tr("Stored value"), lambda r: r[2]),
        ], parent=self)
        self.account_view = _table(self.account_model, self.tr("Account information"), stretch=1)
        s.content.addWidget(self.account_view)
        s.add_action(self.tr("Request a correction…"), self.tr("Request a correction of the selected field"),
                     self.request_correction)
        s.add_action(self.tr("Request a copy…"), self.tr("Request a copy of my personal information"),
                     lambda: self._request({"type": "access"}))
        s.retry_button.clicked.connect(self.refresh)

    def _build_payment(self) -> None:
        s = self.payment_section = self._add(Section(
            self.tr("Payment information"),
            self.tr("Processed by Stripe. Ticket Pros receives only the payment status, the subscription "
                    "and the last four digits of the card. Full card numbers are never stored.")))
        self.payment_status = QLabel()
        self.payment_subscription = QLabel()
        self.payment_card = QLabel()
        if self.is_owner:
            s.content.addWidget(_form([(self.tr("Payment status"), self.payment_status),
                                       (self.tr("Subscription"), self.payment_subscription),
                                       (self.tr("Card"), self.payment_card)]))
        else:
            self.payment_note = QLabel(self.tr("Payment information belongs to your organisation and is "
                                               "shown to your Account Owner only."))
            self.payment_note.setWordWrap(True)
            s.content.addWidget(self.payment_note)
        s.retry_button.clicked.connect(self.refresh)

    def _build_support(self) -> None:
        s = self.support_section = self._add(Section(
            self.tr("Support and communications"),
            self.tr("Messages you sent to Ticket Pros, kept to answer them.")))
        self.support_summary = QLabel()
        self.support_summary.setWordWrap(True)
        self.support_model = RecordTableModel([
            Column(self.tr("Subject"), lambda m: m.subject),
            Column(self.tr("Sent"), lambda m: when(m.created_at)),
        ], parent=self)
        self.support_view = _table(self.support_model, self.tr("Support messages"), stretch=0)
        s.content.addWidget(self.support_summary)
        s.content.addWidget(self.support_view)
        s.add_action(self.tr("Request deletion…"), self.tr("Request deletion of my support messages"),
                     lambda: self._request({"type": "deletion", "category": "support"}))
        s.retry_button.clicked.connect(self.refresh)

    def _build_customer_data(self) -> None:
        s = self.data_section = self._add(Section(
            self.tr("Customer Data"),
            self.tr("Tickets, images, documents and the values extracted from them. Uploaded by your "
                    "organisation's users and processed only to provide the service.")))
        self.data_summary = QLabel()
        self.data_summary.setWordWrap(True)
        self.chart = DataBarChart()
        columns = [Column(self.tr("What"), lambda r: r[0]), Column(self.tr("Mine"), lambda r: r[1])]
        if self.is_owner:
            columns.append(Column(self.tr("Organisation"), lambda r: r[2]))
        self.data_model = RecordTableModel(columns, parent=self)
        self.data_view = _table(self.data_model, self.tr("Customer Data counts"))
        s.content.addWidget(self.data_summary)
        row = QHBoxLayout()
        row.addWidget(self.data_view, 2)
        row.addWidget(self.chart, 3)
        s.content.addLayout(row)
        s.add_action(self.tr("Request a copy…"), self.tr("Request a copy of my Customer Data"),
                     lambda: self._request({"type": "access", "category": "customer_data"}))
        s.add_action(self.tr("Request deletion…"), self.tr("Request deletion of my Customer Data"),
                     lambda: self._request({"type": "deletion", "category": "customer_data"}))
        s.retry_button.clicked.connect(self.refresh)

    def _build_usage(self) -> None:
        s = self.usage_section = self._add(Section(
            self.tr("Usage data"),
            self.tr("Which screens and actions you use, from which devices; used to keep the service "
                    "reliable and secure.")))
        self.usage_summary = QLabel()
        self.usage_summary.setWordWrap(True)
        self.usage_model = RecordTableModel([
            Column(self.tr("Device"), lambda d: d.device),
            Column(self.tr("Requests"), lambda d: format_count(d.events)),
            Column(self.tr("Last used"), lambda d: when(d.last_used_at)),
        ], parent=self)
        self.usage_view = _table(self.usage_model, self.tr("Devices"), stretch=0)
        s.content.addWidget(self.usage_summary)
        s.content.addWidget(self.usage_view)
        s.add_action(self.tr("Restrict processing…"), self.tr("Request restriction of processing"),
                     lambda: self._request({"type": "restriction", "category": "usage"}))
        s.add_action(self.tr("Object…"), self.tr("Object to the processing of usage data"),
                     lambda: self._request({"type": "objection", "category": "usage"}))
        s.retry_button.clicked.connect(self.refresh)

    def _build_security(self) -> None:
        s = self.security_section = self._add(Section(
            self.tr("Security events"),
            self.tr("Recent sign-ins to your account. The region is approximate (country and region, "
                    "from the IP address); precise location is never collected.")))
        self.security_model = RecordTableModel([
            Column(self.tr("Time"), lambda e: when(e.at)),
            Column(self.tr("Result"), lambda e: (self.tr("Signed in") if e.success else self.tr("Failed"))
                   if e.kind == "sign_in" else label_for("PrivacyPage", SECURITY_EVENTS, e.kind)),
            Column(self.tr("IP address"), lambda e: e.ip or "—"),
            Column(self.tr("Approximate region"), lambda e: e.region),
            Column(self.tr("Device"), lambda e: e.device),
            Column(self.tr("Note"), lambda e: self.tr("⚠ Unfamiliar place or device") if e.unfamiliar else "",
                   tooltip=lambda e: self.tr("Not seen in your earlier sign-ins. If this was not you, "
                                             "change your password and tell your Account Owner.")
                   if e.unfamiliar else None),
        ], emphasis=lambda e: e.unfamiliar, parent=self)
        self.security_view = _table(self.security_model, self.tr("Recent sign-ins"), stretch=5)
        self.security_view.setWordWrap(False)
        s.content.addWidget(self.security_view)
        s.retry_button.clicked.connect(self.refresh)

    def _build_subprocessors(self) -> None:
        s = self.subprocessor_section = self._add(Section(
            self.tr("Who processes your data"),
            self.tr("Subprocessors help run the service and may process information only to provide it.")))
        self.subprocessor_model = RecordTableModel([
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Purpose"), lambda p: p.purpose),
            Column(self.tr("Data involved"), lambda p: p.data_involved),
            Column(self.tr("Location"), lambda p: p.location),
        ], parent=self)
        self.subprocessor_view = _table(self.subprocessor_model, self.tr("Subprocessors"))
        self.subprocessor_view.setWordWrap(True)
        self.subprocessor_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.subprocessor_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.subprocessor_view.horizontalHeader().setStretchLastSection(False)
        self.changes_label = QLabel(self.tr(
            "Announced changes. You can object to a change until its deadline; the objection is filed "
            "as a privacy request."))
        self.changes_label.setWordWrap(True)
        self.changes_label.setObjectName("Muted")
        self.change_model = RecordTableModel([
            Column(self.tr("Change"), lambda c: c.summary),
            Column(self.tr("Effective"), lambda c: c.effective_date),
            Column(self.tr("Object by"), lambda c: c.objection_deadline
                   if c.open_for_objection else self.tr("{date} (closed)").format(date=c.objection_deadline)),
        ], emphasis=lambda c: c.open_for_objection, parent=self)
        self.change_view = _table(self.change_model, self.tr("Announced subprocessor changes"), stretch=0)
        s.content.addWidget(self.subprocessor_view)
        s.content.addWidget(self.changes_label)
        s.content.addWidget(self.change_view)
        self.object_button = s.add_action(
            self.tr("Object to this change…"), self.tr("Object to the selected subprocessor change"),
            self.object_to_change)
        self.change_view.selectionModel().selectionChanged.connect(self._update_object_button)
        s.retry_button.clicked.connect(self.refresh)

    def _build_retention(self) -> None:
        s = self.retention_section = self._add(Section(self.tr("Retention"), ""))
        self.retention_status = QLabel()
        self.retention_status.setWordWrap(True)
        self.retention_text = QLabel()
        self.retention_text.setWordWrap(True)
        self.retention_text.setObjectName("Muted")
        s.content.addWidget(self.retention_status)
        s.content.addWidget(self.retention_text)
        s.add_action(self.tr("Request deletion…"), self.tr("Request deletion of my personal information"),
                     lambda: self._request({"type": "deletion"}))
        s.retry_button.clicked.connect(self.refresh)

    def _build_local(self) -> None:
        s = self.local_section = self._add(Section(
            self.tr("On this computer"),
            self.tr("What Ticket Pros Desktop itself keeps here. Nothing of this is sent anywhere.")))
        # Literal tr() calls so the translation catalogue picks these up.
        labels = {
            "upload_queue": (self.tr("Upload queue"), self.tr(
                "Files waiting to upload and their cleaned copies; kept until they are uploaded.")),
            "thumbnails": (self.tr("Thumbnail cache"), self.tr("Small previews of your tickets; made again "
                                                               "when needed.")),
            "cache": (self.tr("Other cached files"), self.tr("Temporary files; made again when needed.")),
            "logs": (self.tr("Logs"), self.tr("What the app did, for troubleshooting; passwords and tokens "
                                              "are never written.")),
            "settings": (self.tr("Settings"), self.tr("Server address, account email and preferences; "
                                                      "no passwords.")),
            "demo_service": (self.tr("Demo service data"), self.tr("Only used by the built-in demo.")),
        }
        self.local_model = RecordTableModel([
            Column(self.tr("What"), lambda i: labels.get(i.key, (i.label, i.note))[0],
                   tooltip=lambda i: labels.get(i.key, (i.label, i.note))[1]),
            Column(self.tr("Size"), lambda i: format_size(i.size)),
            Column(self.tr("Clear removes it"), lambda i: self.tr("Yes") if i.cleared else self.tr("No, kept")),
            Column(self.tr("Location"), lambda i: str(i.location)),
        ], parent=self)
        self.local_view = _table(self.local_model, self.tr("Data on this computer"), stretch=3)
        self.local_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.pending_label = QLabel()
        self.pending_label.setWordWrap(True)
        self.local_result = QLabel()
        self.local_result.setWordWrap(True)
        self.local_result.setObjectName("InfoText")
        self.local_result.hide()
        s.content.addWidget(self.local_view)
        s.content.addWidget(self.pending_label)
        s.content.addWidget(self.local_result)
        self.clear_button = s.add_action(self.tr("Clear cache and logs…"),
                                         self.tr("Clear the cache and logs on this computer"),
                                         self.confirm_clear)
        s.retry_button.clicked.connect(self.measure_local)

    # -- loading ---------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if time.monotonic() - self._loaded_at > self.STALE_AFTER:
            self.refresh()

    def _inventory_sections(self) -> tuple[Section, ...]:
        return (self.account_section, self.payment_section, self.support_section, self.data_section,
                self.usage_section, self.security_section, self.retention_section)

    def refresh(self) -> None:
        self._loaded_at = time.monotonic()
        for section in (*self._inventory_sections(), self.subprocessor_section):
            section.set_loading()
        self.context.runner.run(self.context.client.privacy.inventory, on_done=self._show_inventory,
                                on_error=self._inventory_failed, context=self)
        self.context.runner.run(self.context.client.privacy.subprocessors, on_done=self._show_subprocessors,
                                on_error=self._subprocessors_failed, context=self)
        self.measure_local()

    def _inventory_failed(self, exc: BaseException) -> None:
        if self._session_ended(exc):
            return
        for section in self._inventory_sections():
            section.set_error(describe(exc))

    def _subprocessors_failed(self, exc: BaseException) -> None:
        if not self._session_ended(exc):
            self.subprocessor_section.set_error(describe(exc))

    def _session_ended(self, exc: BaseException) -> bool:
        if isinstance(exc, SessionEndedError):
            self.context.report_error(exc)  # the app returns to the sign-in window
            return True
        return False

    def _show_inventory(self, inv: PrivacyInventory) -> None:
        self.inventory = inv
        self.updated_label.setText(self.tr("Updated {time}").format(time=when(inv.generated_at)))
        self._show_policy(inv.policy)
        a = inv.account
        role = self.tr("Account Owner") if a.role == "owner" else self.tr("Member")
        self.account_model.set_rows([
            ("name", self.tr("Name"), a.name),
            ("email", self.tr("Email"), a.email),
            ("phone", self.tr("Phone"), a.phone or self.tr("Not given")),
            ("company", self.tr("Company"), a.company),
            ("role", self.tr("Role"), role),
            ("password", self.tr("Password"), self.tr("Stored as a hash; never the password itself")),
            ("billing_contact", self.tr("Billing contact"), a.billing_contact or "—"),
            ("created_at", self.tr("Account created"), when(a.created_at)),
        ])
        if self.is_owner and inv.payment is not None:
            p = inv.payment
            self.payment_status.setText(label_for("PrivacyPage", PAYMENT_STATUSES, p.payment_status))
            self.payment_subscription.setText(p.subscription_id or self.tr("No subscription"))
            self.payment_card.setText(
                self.tr("{brand} ending in {last4}").format(brand=p.card_brand or self.tr("Card"), last4=p.card_last4)
                if p.card_last4 else self.tr("No card on file"))

        sup = inv.support
        if sup.messages:
            text = self.tr("You sent {n} message(s).").format(n=sup.messages)
        else:
            text = self.tr("You have not sent any messages to Ticket Pros support.")
        if sup.organisation_messages is not None:
            text += " " + self.tr("Your organisation: {n} message(s).").format(n=sup.organisation_messages)
        self.support_summary.setText(text)
        self.support_model.set_rows(sup.recent)
        self.support_view.setVisible(bool(sup.recent))

        self._show_customer_data(inv)

        u = inv.usage
        if not u.recording:
            flags = ", ".join(u.flags)
            usage_text = self.tr("Usage data is not being recorded for you (recorded {flags}).").format(flags=flags)
        elif u.events:
            usage_text = self.tr("{n} requests in the last {days} days; last used {when}.").format(
                n=format_count(u.events), days=u.window_days, when=when(u.last_used_at))
        else:
            usage_text = self.tr("No usage recorded in the last {days} days.").format(days=u.window_days)
        self.usage_summary.setText(usage_text)
        self.usage_model.set_rows(u.devices)
        self.usage_view.setVisible(bool(u.devices))

        self.security_model.set_rows(inv.security_events)

        r = inv.retention
        status = {"active": self.tr("active"), "cancelled": self.tr("cancelled"),
                  "suspended": self.tr("suspended")}.get(r.account_status, r.account_status)
        self.retention_status.setText(self.tr(
            "Your organisation's account is {status}. After an account is cancelled, Customer Data is kept "
            "for {low} to {high} days so it can be retrieved, then deleted or anonymised; copies in backups "
            "disappear as backups rotate.").format(status=status, low=r.min_days, high=r.max_days))
        self.retention_text.setText(self.tr("From the policy (§6): {text}").format(text=r.policy_text))
        for section in self._inventory_sections():
            section.set_ready()

    def _show_customer_data(self, inv: PrivacyInventory) -> None:
        mine, org = inv.my_data, inv.organisation_data
        size = format_size
        rows = []
        for label, attr, fmt in (
            (self.tr("Tickets"), "tickets", format_count), (self.tr("Images"), "images", format_count),
            (self.tr("Documents"), "documents", format_count),
            (self.tr("Extracted values"), "extracted_values", format_count),
            (self.tr("Stored size"), "bytes", size),
        ):
            rows.append((label, fmt(getattr(mine, attr)), fmt(getattr(org, attr)) if org else ""))
        self.data_model.set_rows(rows)
        self.chart.set_measures([
            Measure(self.tr("Tickets"), mine.tickets, org.tickets if org else None, format_count),
            Measure(self.tr("Files"), mine.files, org.files if org else None, format_count),
            Measure(self.tr("Stored size"), mine.bytes, org.bytes if org else None, size),
        ])
        if (org or mine).tickets == 0:
            text = self.tr("Nothing stored yet. Tickets you upload on the Uploads page appear here.")
        elif org is not None:
            text = self.tr("Tickets uploaded by you: {mine} of {org} in your organisation.").format(
                mine=format_count(mine.tickets), org=format_count(org.tickets))
        else:
            text = self.tr("Your own uploads. Your Account Owner sees the organisation's totals.")
        self.data_summary.setText(text)

    def _show_subprocessors(self, result: SubprocessorList) -> None:
        self.subprocessor_model.set_rows(result.subprocessors)
        self.change_model.set_rows(result.changes)
        has_changes = bool(result.changes)
        self.changes_label.setVisible(has_changes)
        self.change_view.setVisible(has_changes)
        open_rows = [i for i, c in enumerate(result.changes) if c.open_for_objection]
        if open_rows:
            self.change_view.selectionModel().select(
                self.change_model.index(open_rows[0], 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.object_button.setVisible(has_changes)
        self._update_object_button()
        self.subprocessor_section.set_ready()

    def _selected_change(self):
        rows = self.change_view.selectionModel().selectedRows()
        return self.change_model.record(rows[0].row()) if rows else None

    def _update_object_button(self, *_args) -> None:
        change = self._selected_change()
        self.object_button.setEnabled(change is not None and change.open_for_objection)

    # -- policy ----------------------------------------------------------------

    def check_policy(self) -> None:
        self.context.runner.run(self.context.client.privacy.policy, on_done=self._show_policy,
                                on_error=self._policy_failed, context=self)

    def _policy_failed(self, exc: BaseException) -> None:
        if not self._session_ended(exc):
            self.policy_section.set_error(describe(exc))
            log.info("policy status not available: %s", exc)

    def _show_policy(self, status: PolicyStatus) -> None:
        self.policy_status = status
        self.policy_version.setText(status.version)
        self.policy_effective.setText(status.effective_date)
        self.policy_ack.setText(
            self.tr("Yes, on {when}").format(when=when(status.acknowledged_at)) if status.acknowledged
            else self.tr("Not yet. What changed: {summary}").format(summary=status.summary))
        self.policy_ack_button.setVisible(not status.acknowledged)
        self.notice.show_status(status)
        self.policy_section.set_ready()

    def read_policy(self) -> None:
        version = self.policy_status.version if self.policy_status else None
        self.context.runner.run(self.context.client.privacy.policy_text, version, on_done=self._open_policy,
                                on_error=self.context.report_error, context=self)

    def _open_policy(self, policy: PolicyText) -> None:
        dialog = PolicyDialog(policy, self.policy_status, self)
        dialog.acknowledge_requested.connect(self.acknowledge_policy)
        dialog.finished.connect(dialog.deleteLater)
        self.policy_dialog = dialog
        dialog.open()

    def acknowledge_policy(self) -> None:
        if self.policy_status is None:
            return
        self.notice.set_busy(True)
        self.policy_ack_button.setEnabled(False)
        self.context.runner.run(self.context.client.privacy.acknowledge_policy, self.policy_status.version,
                                on_done=self._acknowledged, on_error=self._acknowledge_failed, context=self)

    def _acknowledged(self, status: PolicyStatus) -> None:
        self.policy_ack_button.setEnabled(True)
        self._show_policy(status)

    def _acknowledge_failed(self, exc: BaseException) -> None:
        self.notice.set_busy(False)
        self.policy_ack_button.setEnabled(True)
        self.context.report_error(exc)
        self.check_policy()  # a newer version may have been published meanwhile

    # -- requests ---------------------------------------------------------------

    def request_correction(self) -> None:
        rows = self.account_view.selectionModel().selectedRows()
        record = self.account_model.record(rows[0].row()) if rows else None
        args: dict = {"type": "correction"}
        if record is not None and record[0] not in ("password", "role", "created_at"):
            args.update(field=record[0], value=record[2])
        self._request(args)

    def object_to_change(self) -> None:
        change = self._selected_change()
        if change is None:
            return
        self._request({"type": "objection", "category": "subprocessors",
                       "subject": f"subprocessor change: {change.summary} (effective {change.effective_date})"})

    # -- on this computer ---------------------------------------------------------

    def measure_local(self) -> None:
        self.local_section.set_loading()
        self.context.runner.run(local_data.measure, on_done=self._show_local,
                                on_error=lambda exc: self.local_section.set_error(describe(exc)), context=self)

    def _pending_text(self, pending: int | None) -> str:
        if pending is None:
            return self.tr("The upload queue could not be read; it is kept as it is.")
        if pending == 0:
            return self.tr("No files are waiting to upload.")
        return self.tr("{n} file(s) wait to upload. They are kept: clearing never removes files that "
                       "have not been uploaded yet.").format(n=pending)

    def _show_local(self, report: local_data.LocalDataReport) -> None:
        self.local_report = report
        self.local_model.set_rows(report.items)
        self.pending_label.setText(self._pending_text(report.pending_uploads))
        self.clear_button.setEnabled(report.clearable_size > 0)
        self.local_section.set_ready()

    def confirm_clear(self) -> None:
        pending = self.local_report.pending_uploads if self.local_report else None
        confirm(self, title=self.tr("Clear cache and logs"),
                text=self.tr("Remove the thumbnail cache, other cached files and the logs from this computer?"),
                details=self._pending_text(pending) + " " + self.tr("Your settings and your session are kept too."),
                action=self.tr("Clear"), on_confirm=self.clear_local)

    def clear_local(self) -> None:
        self.clear_button.setEnabled(False)
        self.local_result.setText(self.tr("Clearing…"))
        self.local_result.show()
        self.context.runner.run(local_data.clear_local_data, on_done=self._cleared,
                                on_error=self._clear_failed, context=self)

    def _cleared(self, result: local_data.ClearResult) -> None:
        text = self.tr("Removed {files} file(s), {size}.").format(
            files=result.removed_files, size=format_size(result.freed_bytes))
        if result.pending_uploads_kept:
            text += " " + self.tr("{n} file(s) waiting to upload were kept.").format(n=result.pending_uploads_kept)
        if result.failures:
            text += " " + self.tr("{n} item(s) were in use and could not be removed; try again after "
                                  "restarting the app.").format(n=len(result.failures))
        self.local_result.setText(text)
        self.measure_local()

    def _clear_failed(self, exc: BaseException) -> None:
        self.local_result.hide()
        self.context.report_error(exc)
        self.measure_local()


def create_privacy_page(context: PageContext) -> PrivacyPage:
    return PrivacyPage(context)
