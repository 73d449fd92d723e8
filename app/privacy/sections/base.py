"""What every section of the Privacy page shares: a titled frame with its own
loading / error state and action buttons, and the tables and forms inside."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from api_client import PrivacyInventory, SessionEndedError

from ...errors import describe
from ...formatting import local_time
from ..models import RecordTableModel


def when(text: str | None) -> str:
    """An ISO time from the service as local time ("2026-11-29 14:38"), "—" when there is none."""
    return local_time(text) or "—"


# Section's texts name their context: PySide's self.tr() would look them up
# under the subclass's name, where lupdate never put them. A plain name
# lupdate recognises, called with literals.
translate = QCoreApplication.translate


class Section(QFrame):
    """A titled block of the page with its own loading / error state.

    ``retry_requested`` is its "Try again" button; ``request_wanted(args)``
    asks the page to open the Requests page with a pre-filled form.
    """

    retry_requested = Signal()
    request_wanted = Signal(dict)

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
        self.retry_button = QPushButton(translate("PrivacySection", "Try again"))
        self.retry_button.setAccessibleName(
            translate("PrivacySection", "Try again: {section}").format(section=title))
        self.retry_button.clicked.connect(self.retry_requested)
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
        self.state.setText(translate("PrivacySection", "Loading…"))
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

    def fail(self, exc: BaseException, report_error: Callable[[BaseException], None]) -> None:
        """A load failed: a session that ended goes to the app's error presenter
        (which returns to the sign-in window); anything else is said here."""
        if isinstance(exc, SessionEndedError):
            report_error(exc)
        else:
            self.set_error(describe(exc))

    def add_action(self, text: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        self.actions.insertWidget(self.actions.count() - 1, button)
        return button

    def add_request_action(self, text: str, accessible: str, args: dict) -> QPushButton:
        """A button that opens the Requests page with ``args`` filled in."""
        return self.add_action(text, accessible, lambda: self.request_wanted.emit(dict(args)))


class InventorySection(Section):
    """A section filled from the one inventory call the page makes for all of them."""

    def show_inventory(self, inventory: PrivacyInventory) -> None:
        self._show(inventory)
        self.set_ready()

    def _show(self, inventory: PrivacyInventory) -> None:
        raise NotImplementedError


def table(model: RecordTableModel, name: str, *, stretch: int | None = None) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab moves on to the next control (arrows move between rows)
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
    model.modelReset.connect(lambda: fit_height(view))
    fit_height(view)
    return view


def fit_height(view: QTableView, max_rows: int = 12) -> None:
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


def form(rows: list[tuple[str, QLabel]]) -> QWidget:
    """Name / value rows; the values are selectable and named for screen readers."""
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
