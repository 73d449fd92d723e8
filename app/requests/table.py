"""The table of privacy requests, shared by the Requests and Approvals pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .models import RequestTableModel


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
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)  # one line per request; long types elide instead of overflowing the row
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(model.type_column, QHeaderView.ResizeMode.Stretch)
