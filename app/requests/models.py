"""Qt models and wording for privacy requests, shared by the Requests and
Approvals pages."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from api_client import PrivacyRequest, RequestCoverage, RequestEvent, RequestState, RequestType

from ..formatting import format_size, local_time
from ..formatting import local_date as day  # the name the Requests and Approvals pages import
from ..sdk_sentences import localise
from ..theme import error_colour

REQUEST_ROLE = Qt.ItemDataRole.UserRole + 1


# A plain name lupdate recognises, so every string below is in the catalogue.
translate = QCoreApplication.translate


def type_label(kind: RequestType) -> str:
    return {
        RequestType.ACCESS: translate("PrivacyRequests", "Copy of my data"),
        RequestType.CORRECTION: translate("PrivacyRequests", "Correction"),
        RequestType.DELETION: translate("PrivacyRequests", "Deletion"),
        RequestType.RESTRICTION: translate("PrivacyRequests", "Restriction"),
        RequestType.OBJECTION: translate("PrivacyRequests", "Objection"),
    }[kind]


def type_description(kind: RequestType) -> str:
    return {
        RequestType.ACCESS: translate(
            "PrivacyRequests",
            "A ZIP file with your profile, sign-in history, the tickets you uploaded "
            "with their files and values, and your support messages. You download it "
            "here; nothing is e-mailed.",
        ),
        RequestType.CORRECTION: translate(
            "PrivacyRequests", "Change your name, phone number or email address."
        ),
        RequestType.DELETION: translate(
            "PrivacyRequests",
            "Erase your name, email, phone and sign-in details and end every session. "
            "Tickets you uploaded stay with your organisation without your name, "
            "unless your Account Owner deletes them too. You will not be able to sign in "
            "again.",
        ),
        RequestType.RESTRICTION: translate(
            "PrivacyRequests",
            "Limit how your information is used: no usage analytics and no automatic value extraction.",
        ),
        RequestType.OBJECTION: translate(
            "PrivacyRequests", "Object to the use of your information for usage analytics."
        ),
    }[kind]


def state_label(state: RequestState) -> str:
    return {
        RequestState.PENDING_OWNER: translate("PrivacyRequests", "Waiting for the Account Owner"),
        RequestState.APPROVED: translate("PrivacyRequests", "Approved"),
        RequestState.DENIED: translate("PrivacyRequests", "Denied"),
        RequestState.IN_PROGRESS: translate("PrivacyRequests", "In progress"),
        RequestState.COMPLETED: translate("PrivacyRequests", "Completed"),
        RequestState.CANCELLED: translate("PrivacyRequests", "Cancelled"),
    }[state]


def status_text(request: PrivacyRequest, *, short: bool = False) -> str:
    text = (
        translate("PrivacyRequests", "Waiting")
        if short and request.state is RequestState.PENDING_OWNER
        else state_label(request.state)
    )
    if request.routed_to == "service" and request.state is RequestState.APPROVED:
        text = translate("PrivacyRequests", "Sent to Ticket Pros")
    return translate("PrivacyRequests", "{state} · overdue").format(state=text) if request.overdue else text


def coverage_text(coverage: RequestCoverage) -> str:
    return translate(
        "PrivacyRequests",
        "Tickets {tickets} · files {files} ({size}) · support messages {messages} · "
        "sign-in records {events} · active sessions {sessions}",
    ).format(
        tickets=coverage.tickets,
        files=coverage.files,
        size=format_size(coverage.file_bytes),
        messages=coverage.support_messages,
        events=coverage.security_events,
        sessions=coverage.active_sessions,
    )


def event_text(event: RequestEvent) -> str:
    if event.from_state is event.to_state:
        what = translate("PrivacyRequests", "Updated")
    elif event.from_state is None:
        what = translate("PrivacyRequests", "Filed")
    else:
        what = state_label(event.to_state)
    line = translate("PrivacyRequests", "{when} — {what} ({who})").format(
        when=local_time(event.at), what=what, who=event.actor_name
    )
    if not event.note:
        return line
    # The service's own (coded) notes in the person's language; a person's note as it was written.
    note = localise(event.note_sentence, translate) if event.note_sentence else event.note
    return f"{line}\n{note}"


class RequestTableModel(QAbstractTableModel):
    """Privacy requests as rows; ``with_requester`` adds the person's name (Approvals)."""

    def __init__(self, *, with_requester: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[PrivacyRequest] = []
        self._with_requester = with_requester

    @property
    def type_column(self) -> int:
        """The column saying what kind of request a row is."""
        return 1 if self._with_requester else 0

    def _columns(self) -> list[str]:
        columns = [
            translate("PrivacyRequests", "Request"),
            translate("PrivacyRequests", "State"),
            translate("PrivacyRequests", "Filed"),
            translate("PrivacyRequests", "Due"),
        ]
        return ([translate("PrivacyRequests", "From")] + columns) if self._with_requester else columns

    def set_items(self, items: list[PrivacyRequest] | tuple[PrivacyRequest, ...]) -> None:
        """Show ``items``; a reply that left before a newer one of the same
        request arrived (a decision made meanwhile) does not bring it back."""
        known = {item.id: item for item in self._items}
        fresh = [known[i.id] if i.id in known and known[i.id].updated_at > i.updated_at else i for i in items]
        self.beginResetModel()
        self._items = fresh
        self.endResetModel()

    def replace(self, request: PrivacyRequest) -> None:
        for row, item in enumerate(self._items):
            if item.id == request.id:
                if item.updated_at > request.updated_at:
                    return  # an older reply arriving late
                self._items[row] = request
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
                return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._items.insert(0, request)
        self.endInsertRows()

    def items(self) -> list[PrivacyRequest]:
        return list(self._items)

    def row_of(self, request_id: str) -> int:
        return next((row for row, item in enumerate(self._items) if item.id == request_id), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns()[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        request = self._items[index.row()]
        column = index.column() - (1 if self._with_requester else 0)
        if role == REQUEST_ROLE:
            return request
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == -1:
                return request.requester.name
            return (
                type_label(request.type),
                status_text(request, short=self._with_requester),
                day(request.created_at),
                day(request.due_at),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and request.overdue and column in (1, 3):
            return error_colour()
        if role == Qt.ItemDataRole.ToolTipRole and request.overdue:
            return translate("PrivacyRequests", "Past its due date of {due}.").format(due=day(request.due_at))
        return None


class TimelineModel(QAbstractListModel):
    """The audit trail of one request, oldest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[RequestEvent] = []

    def set_events(self, events) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return event_text(self._events[index.row()])
        return None
