"""The Approvals page (Account Owner): the team's privacy requests, what each
covers, approve or deny with a reason, extend the deadline once. Keeps the
navigation badge at the number of requests waiting and tells the owner when a
new one arrives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from api_client import PrivacyRequest, PrivacyRequestList, RequestState, RequestType

from ..confirm import confirm
from ..requests.detail import RequestDetail
from ..requests.models import RequestTableModel, type_label
from ..requests.page import POLL_MS, error_text
from ..requests.table import RequestTable

if TYPE_CHECKING:
    from ..shell.pages import PageContext

MAX_EXTENSION_DAYS = 60


class ApprovalsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._known: set[str] | None = None
        self._loading = False

        title = QLabel(self.tr("Approvals"))
        title.setObjectName("PageTitle")
        summary = QLabel(
            self.tr(
                "Privacy requests from your team. Approve or deny each within its due date; "
                "Ticket Pros carries out approved requests right away."
            )
        )
        summary.setObjectName("Muted")
        summary.setWordWrap(True)

        self.model = RequestTableModel(with_requester=True, parent=self)
        self.table = RequestTable(self.model, self.tr("Requests from your team"))
        self.empty = QLabel(
            self.tr(
                "No requests from your team. When someone files one, it appears here "
                "and you get a notification."
            )
        )
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inbox = QGroupBox(self.tr("Inbox"))
        inbox_layout = QVBoxLayout(inbox)
        inbox_layout.addWidget(self.table, 1)
        inbox_layout.addWidget(self.empty)

        self.detail = RequestDetail(show_requester=True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason or note for the requester"))
        self.reason_edit.setPlaceholderText(self.tr("Reason (required to deny; the requester sees it)"))
        self.reason_edit.setMaxLength(2000)
        self.delete_tickets_check = QCheckBox(self.tr("Also delete the tickets they uploaded"))
        self.delete_tickets_check.setAccessibleName(self.tr("Also delete the tickets they uploaded"))
        self.delete_tickets_check.setToolTip(
            self.tr("Otherwise their tickets stay with your organisation with the uploader's name removed.")
        )
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("Primary")
        self.approve_button.setAccessibleName(self.tr("Approve the selected request"))
        self.deny_button = QPushButton(self.tr("Deny"))
        self.deny_button.setAccessibleName(self.tr("Deny the selected request"))
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, MAX_EXTENSION_DAYS)
        self.days_spin.setValue(30)
        self.days_spin.setSuffix(self.tr(" days"))
        self.days_spin.setAccessibleName(self.tr("Extension in days"))
        self.extend_button = QPushButton(self.tr("Extend deadline"))
        self.extend_button.setAccessibleName(self.tr("Extend the deadline once"))
        self.extend_button.setToolTip(self.tr("Once per request, by up to 60 days, with the reason above."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Decision message"))
        self.message.hide()

        self.decision_box = QGroupBox(self.tr("Your decision"))
        decision = QVBoxLayout(self.decision_box)
        decision.addWidget(self.reason_edit)
        decision.addWidget(self.delete_tickets_check)
        row = QHBoxLayout()
        row.addWidget(self.approve_button)
        row.addWidget(self.deny_button)
        row.addStretch(1)
        row.addWidget(self.days_spin)
        row.addWidget(self.extend_button)
        decision.addLayout(row)
        decision.addWidget(self.message)

        right = QGroupBox(self.tr("Details"))
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.decision_box)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(inbox)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(splitter, 1)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.reason_edit.textChanged.connect(lambda _: self._update_buttons())
        self.approve_button.clicked.connect(self.approve_selected)
        self.deny_button.clicked.connect(self.deny_selected)
        self.extend_button.clicked.connect(self.extend_selected)
        self._show(None)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    # -- loading -----------------------------------------------------------------

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.context.runner.run(
            self.context.client.privacy_requests.list,
            approvals=True,
            on_done=self._listed,
            on_error=self._list_failed,
            context=self,
        )

    def _list_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.context.report_error(exc)

    def _listed(self, listing: PrivacyRequestList) -> None:
        self._loading = False
        selected = self.selected_request()
        pending = [r for r in listing.items if r.state is RequestState.PENDING_OWNER]
        if self._known is not None:
            for request in pending:
                if request.id not in self._known:
                    self.context.notify(
                        self.tr("New privacy request"),
                        self.tr("{name} asks for: {type}.").format(
                            name=request.requester.name, type=type_label(request.type).lower()
                        ),
                    )
        self._known = {r.id for r in listing.items}
        self.context.set_badge("approvals", listing.pending)
        # An inbox: what waits comes first, the most urgent on top; decided ones after, newest first.
        waiting = sorted(pending, key=lambda r: r.due_at)
        decided = [r for r in listing.items if r.state is not RequestState.PENDING_OWNER]
        self.model.set_items(waiting + decided)
        has = self.model.rowCount() > 0
        self.empty.setVisible(not has)
        self.table.setVisible(has)
        self.detail.set_empty_text(self.tr("Select a request to review it.") if has else "")
        target = selected.id if selected else (waiting[0].id if waiting else None)
        if target:
            self.select(target)
        else:
            self._show(None)

    def select(self, request_id: str) -> None:
        self.table.select_request(request_id)
        self._selection_changed()

    def selected_request(self) -> PrivacyRequest | None:
        return self.table.current_request()

    def _selection_changed(self) -> None:
        request = self.selected_request()
        self._show(request)
        if request is not None and not request.state.is_final:
            # The list leaves out what a request covers; fetch it for the review.
            self.context.runner.run(
                self.context.client.privacy_requests.get,
                request.id,
                on_done=self._fetched,
                on_error=self._failed,
                context=self,
            )

    def _fetched(self, request: PrivacyRequest) -> None:
        self.model.replace(request)
        current = self.selected_request()
        if current is not None and current.id == request.id:
            self._show(current)

    def _show(self, request: PrivacyRequest | None) -> None:
        self.detail.show_request(request)
        open_ = request is not None and request.state is RequestState.PENDING_OWNER
        self.decision_box.setVisible(request is not None and not request.state.is_final)
        self.delete_tickets_check.setVisible(open_ and request.type is RequestType.DELETION)
        if not open_:
            self.delete_tickets_check.setChecked(False)
        self._update_buttons()

    def _update_buttons(self, busy: bool = False) -> None:
        request = self.selected_request()
        open_ = request is not None and request.state is RequestState.PENDING_OWNER
        reason = bool(self.reason_edit.text().strip())
        self.approve_button.setEnabled(open_ and not busy)
        self.deny_button.setEnabled(open_ and reason and not busy)
        self.deny_button.setToolTip(
            "" if reason else self.tr("Write the reason first; the requester sees it.")
        )
        can_extend = request is not None and not request.state.is_final and not request.extended
        self.extend_button.setEnabled(can_extend and reason and not busy)
        self.days_spin.setEnabled(can_extend)
        self.extend_button.setText(
            self.tr("Already extended")
            if request is not None and request.extended
            else self.tr("Extend deadline")
        )

    # -- decisions ---------------------------------------------------------------

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setObjectName("ErrorText" if error else "InfoText")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _run(self, fn, *args, **kwargs) -> None:
        self._update_buttons(busy=True)
        self._say(self.tr("Working…"), error=False)
        self.context.runner.run(
            fn, *args, on_done=self._decided, on_error=self._failed, context=self, **kwargs
        )

    def approve_selected(self) -> None:
        request = self.selected_request()
        if request is None:
            return
        if request.type is not RequestType.DELETION:
            self._approve(request)
            return
        # Carried out at once and for good: the one decision that is asked twice.
        delete_tickets = self.delete_tickets_check.isChecked()
        tickets = request.coverage.tickets if request.coverage is not None else None
        if delete_tickets:
            details = (self.tr("The %n tickets they uploaded are deleted too.", "", tickets)
                       if tickets is not None else self.tr("The tickets they uploaded are deleted too."))
        else:
            details = self.tr("The tickets they uploaded stay with your organisation without their name.")
        confirm(self, title=self.tr("Approve deletion?"),
                text=self.tr("Erase the personal information of {name} and end their sessions? They will not "
                             "be able to sign in again. This cannot be undone.").format(name=request.requester.name),
                details=details, action=self.tr("Approve and erase"),
                on_confirm=lambda: self._approve(request, delete_tickets=delete_tickets))

    def _approve(self, request: PrivacyRequest, *, delete_tickets: bool = False) -> None:
        self._run(
            self.context.client.privacy_requests.approve,
            request.id,
            note=self.reason_edit.text().strip() or None,
            delete_tickets=delete_tickets,
        )

    def deny_selected(self) -> None:
        request = self.selected_request()
        reason = self.reason_edit.text().strip()
        if request is not None and reason:
            self._run(self.context.client.privacy_requests.deny, request.id, reason)

    def extend_selected(self) -> None:
        request = self.selected_request()
        reason = self.reason_edit.text().strip()
        if request is not None and reason:
            self._run(
                self.context.client.privacy_requests.extend, request.id, days=self.days_spin.value(), reason=reason
            )

    def _decided(self, request: PrivacyRequest) -> None:
        self.reason_edit.clear()
        self.model.replace(request)
        self.select(request.id)
        pending = sum(1 for r in self.model.items() if r.state is RequestState.PENDING_OWNER)
        self.context.set_badge("approvals", pending)
        self._say(
            self.tr("Done: the request is now {state}.").format(
                state=self.detail.values["state"].text().lower()
            ),
            error=False,
        )

    def _failed(self, exc: BaseException) -> None:
        self._update_buttons()
        self._say(error_text(exc), error=True)
