"""One privacy request: its facts and its timeline (the audit trail)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QListView, QVBoxLayout, QWidget

from api_client import PrivacyRequest

from ..theme import error_colour
from .models import TimelineModel, coverage_text, day, status_text, type_label


class RequestDetail(QWidget):
    """Shows one request; ``show_requester`` for the owner's view."""

    def __init__(self, *, show_requester: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._show_requester = show_requester
        self.request: PrivacyRequest | None = None
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.empty = QLabel(self.tr("Select a request to see its state, due date and history."))
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        rows = [
            ("from", self.tr("From")),
            ("state", self.tr("State")),
            ("filed", self.tr("Filed")),
            ("due", self.tr("Due")),
            ("asks", self.tr("Asks for")),
            ("note", self.tr("Note")),
            ("covers", self.tr("Covers")),
            ("extension", self.tr("Deadline extended")),
            ("reason", self.tr("Reason")),
        ]
        for key, title in rows:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(title)
            self.values[key] = value
            self.form.addRow(title, value)

        self.timeline_model = TimelineModel(self)
        self.timeline = QListView()
        self.timeline.setModel(self.timeline_model)
        self.timeline.setWordWrap(True)
        self.timeline.setSpacing(3)
        self.timeline.setAccessibleName(self.tr("History of the request"))
        self.timeline.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.timeline_title = QLabel(self.tr("History"))
        self.timeline_title.setObjectName("Muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.timeline_title)
        layout.addWidget(self.timeline, 1)
        self.show_request(None)

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)

    def _set_row(self, key: str, text: str | None) -> None:
        label = self.values[key]
        label.setText(text or "")
        self.form.setRowVisible(label, bool(text))

    def show_request(self, request: PrivacyRequest | None) -> None:
        self.request = request
        has = request is not None
        self.empty.setVisible(not has)
        for widget in (self.heading, self.timeline_title, self.timeline):
            widget.setVisible(has)
        if request is None:
            for key in self.values:
                self._set_row(key, None)
            self.timeline_model.set_events([])
            return
        self.heading.setText(self.tr("{type} request").format(type=type_label(request.type)))
        who = request.requester
        self._set_row(
            "from",
            f"{who.name} <{who.email}>"
            if self._show_requester and not who.deleted
            else (who.name if self._show_requester else None),
        )
        self._set_row("state", status_text(request))
        colour = error_colour().name() if request.overdue else ""
        self.values["state"].setStyleSheet(f"color: {colour};" if colour else "")
        self._set_row("filed", day(request.created_at))
        due = day(request.due_at)
        if request.overdue:
            due = self.tr("{date} — overdue").format(date=due)
        self._set_row("due", due)
        asks = None
        if request.correction_field:
            asks = self.tr("Change {field} to “{value}”").format(
                field=request.correction_field, value=request.correction_value or ""
            )
        self._set_row("asks", asks)
        self._set_row("note", request.note)
        self._set_row(
            "covers", coverage_text(request.coverage) if self._show_requester and request.coverage else None
        )
        self._set_row("extension", request.extension_reason)
        self._set_row("reason", request.decision_reason)
        self.timeline_model.set_events(request.events)
