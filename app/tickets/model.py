"""The ticket list as a Qt model: pages fetched on demand, thumbnails loaded lazily.

The model never does I/O itself: it asks for pages (``page_wanted``) and
thumbnails (``thumbnail_wanted``) and the page runs those on the task runner.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from api_client import TicketPage, TicketSummary

from ..formatting import format_size, label_for, local_date

TICKET_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 50

_STATUS_TEXT = {
    "uploading": QT_TRANSLATE_NOOP("Tickets", "Uploading"),
    "stored": QT_TRANSLATE_NOOP("Tickets", "Stored"),
    "processing": QT_TRANSLATE_NOOP("Tickets", "Processing"),
    "extracted": QT_TRANSLATE_NOOP("Tickets", "Values extracted"),
    "needs_review": QT_TRANSLATE_NOOP("Tickets", "To review"),
    "failed": QT_TRANSLATE_NOOP("Tickets", "Extraction failed"),
}

STATUSES = tuple(_STATUS_TEXT)

#: Names of the values the service extracts (``ticket.extracted_values``).
_VALUE_NAMES = {
    "ticket_number": QT_TRANSLATE_NOOP("Tickets", "Ticket number"),
    "document_type": QT_TRANSLATE_NOOP("Tickets", "Document type"),
    "pages": QT_TRANSLATE_NOOP("Tickets", "Pages"),
}


def status_text(status: str) -> str:
    return label_for("Tickets", _STATUS_TEXT, status)


def value_name(name: str) -> str:
    return label_for("Tickets", _VALUE_NAMES, name)


class TicketListModel(QAbstractTableModel):
    """Tickets in the order the service lists them (newest first)."""

    NUMBER, JOB, DATE, PAGES, STATUS, UPLOADER = range(6)
    #: Load the page starting at this offset (the generation tells stale replies apart).
    page_wanted = Signal(int, int)
    #: Load the thumbnail of (ticket id, file id).
    thumbnail_wanted = Signal(str, str)
    loading_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tickets: list[TicketSummary] = []
        self._total = 0
        self._loading = False
        self._generation = 0
        self._loaded_once = False
        self._icons: dict[str, QIcon] = {}
        self._asked: set[str] = set()
        self._headers = (self.tr("Ticket"), self.tr("Job"), self.tr("Date"), self.tr("Pages"),
                         self.tr("Status"), self.tr("Uploaded by"))

    # -- loading ---------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    @property
    def loaded_once(self) -> bool:
        return self._loaded_once

    @property
    def loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        """Start over (new search or filter)."""
        self._generation += 1
        self.beginResetModel()
        self._tickets = []
        self._total = 0
        self._loaded_once = False
        self.endResetModel()
        self._request(0)

    def _request(self, offset: int) -> None:
        self._loading = True
        self.loading_changed.emit(True)
        self.page_wanted.emit(self._generation, offset)

    def add_page(self, generation: int, page: TicketPage) -> None:
        if generation != self._generation:
            return  # the reply to a search the person has already changed
        self._loading = False
        self._loaded_once = True
        self._total = page.total
        known = {t.id for t in self._tickets}
        fresh = [t for t in page.items if t.id not in known]
        if fresh:
            start = len(self._tickets)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            self._tickets.extend(fresh)
            self.endInsertRows()
        elif not page.items:
            self._total = len(self._tickets)  # the list shrank meanwhile: stop asking
        self.loading_changed.emit(False)

    def page_failed(self, generation: int) -> None:
        if generation == self._generation:
            self._loading = False
            self._loaded_once = True
            self.loading_changed.emit(False)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._loaded_once and not self._loading and len(self._tickets) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._request(len(self._tickets))

    def remove_ticket(self, ticket_id: str) -> None:
        for row, ticket in enumerate(self._tickets):
            if ticket.id == ticket_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._tickets[row]
                self._total = max(0, self._total - 1)
                self.endRemoveRows()
                return

    def set_thumbnail(self, file_id: str, icon: QIcon) -> None:
        self._icons[file_id] = icon
        for row, ticket in enumerate(self._tickets):
            if ticket.first_file_id == file_id:
                index = self.index(row, self.NUMBER)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def ticket(self, row: int) -> TicketSummary:
        return self._tickets[row]

    # -- Qt --------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._tickets)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ticket = self._tickets[index.row()]
        column = index.column()
        if role == TICKET_ROLE:
            return ticket
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.NUMBER:
                if ticket.ticket_number:
                    return ticket.ticket_number
                return "—" if role == Qt.ItemDataRole.DisplayRole else self.tr("No ticket number")
            if column == self.JOB:
                return ticket.job or ""
            if column == self.DATE:
                # The date on the paper ticket; else when it was uploaded.
                return local_date(ticket.ticket_date or ticket.created_at)
            if column == self.PAGES:
                return f"{ticket.page_count} · {format_size(ticket.total_bytes)}"
            if column == self.STATUS:
                return status_text(ticket.status)
            return ticket.uploader.name if ticket.uploader else self.tr("(former user)")
        if role == Qt.ItemDataRole.DecorationRole and column == self.NUMBER and ticket.first_file_id:
            icon = self._icons.get(ticket.first_file_id)
            if icon is None and ticket.first_file_id not in self._asked:
                # Asked only for rows the view paints: thumbnails load as you scroll.
                self._asked.add(ticket.first_file_id)
                self.thumbnail_wanted.emit(ticket.id, ticket.first_file_id)
            return icon
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.NUMBER:
            return self.tr("Ticket {number}, %n pages, {status}", "", ticket.page_count).format(
                number=ticket.ticket_number or self.tr("without number"), status=status_text(ticket.status))
        return None
