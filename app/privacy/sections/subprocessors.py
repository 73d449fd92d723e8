"""Who processes my data (policy §5.2): the subprocessors, and announced
changes I can object to until their deadline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from api_client import SubprocessorList

from ...formatting import local_date
from ..models import Column, RecordTableModel
from .base import Section, table

if TYPE_CHECKING:
    from ...shell.pages import PageContext


class SubprocessorSection(Section):
    """Loads the list on its own (it is not part of the inventory)."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Who processes your data"),
            self.tr("Subprocessors help run the service and may process information only to provide it."), parent)
        self.context = context
        self.model = RecordTableModel([
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Purpose"), lambda p: p.purpose),
            Column(self.tr("Data involved"), lambda p: p.data_involved),
            Column(self.tr("Location"), lambda p: p.location),
        ], parent=self)
        self.view = table(self.model, self.tr("Subprocessors"))
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.changes_label = QLabel(self.tr(
            "Announced changes. You can object to a change until its deadline; the objection is filed "
            "as a privacy request."))
        self.changes_label.setWordWrap(True)
        self.changes_label.setObjectName("Muted")
        self.change_model = RecordTableModel([
            Column(self.tr("Change"), lambda c: c.summary),
            Column(self.tr("Effective"), lambda c: local_date(c.effective_date)),
            Column(self.tr("Object by"), lambda c: local_date(c.objection_deadline)
                   if c.open_for_objection else self.tr("{date} (closed)").format(date=local_date(c.objection_deadline))),
        ], emphasis=lambda c: c.open_for_objection, parent=self)
        self.change_view = table(self.change_model, self.tr("Announced subprocessor changes"), stretch=0)
        self.content.addWidget(self.view)
        self.content.addWidget(self.changes_label)
        self.content.addWidget(self.change_view)
        self.object_button = self.add_action(
            self.tr("Object to this change…"), self.tr("Object to the selected subprocessor change"),
            self.object_to_change)
        self.change_view.selectionModel().selectionChanged.connect(self._update_object_button)
        self.retry_requested.connect(self.refresh)

    def refresh(self) -> None:
        self.set_loading()
        self.context.runner.run(self.context.client.privacy.subprocessors, on_done=self._show,
                                on_error=lambda exc: self.fail(exc, self.context.report_error), context=self)

    def _show(self, result: SubprocessorList) -> None:
        self.model.set_rows(result.subprocessors)
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
        self.set_ready()

    def _selected_change(self):
        rows = self.change_view.selectionModel().selectedRows()
        return self.change_model.record(rows[0].row()) if rows else None

    def _update_object_button(self, *_args) -> None:
        change = self._selected_change()
        self.object_button.setEnabled(change is not None and change.open_for_objection)

    def object_to_change(self) -> None:
        change = self._selected_change()
        if change is None:
            return
        self.request_wanted.emit({
            "type": "objection", "category": "subprocessors",
            "subject": f"subprocessor change: {change.summary} (effective {change.effective_date})"})
