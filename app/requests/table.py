"""The table of privacy requests, shared by the Requests and Approvals pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from api_client import PrivacyRequest

from .models import REQUEST_ROLE, RequestTableModel


class RequestTable(QTableView):
    """One row per request, one selected at a time. Short columns (state,
    dates, name) fit their text; the request's type takes the room left and
    is elided, so a narrow pane never needs a horizontal scroll bar."""

    def __init__(self, model: RequestTableModel, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab moves on to the next control (arrows move between rows)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)  # one line per request; long types elide instead of overflowing the row
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(model.type_column, QHeaderView.ResizeMode.Stretch)

    def select_request(self, request_id: str) -> None:
        """Make the request with ``request_id`` current, if it is listed."""
        model = self.model()
        row = model.row_of(request_id)
        if row >= 0:
            self.selectRow(row)
            self.setCurrentIndex(model.index(row, 0))

    def current_request(self) -> PrivacyRequest | None:
        index = self.currentIndex()
        return self.model().data(index, REQUEST_ROLE) if index.isValid() else None
