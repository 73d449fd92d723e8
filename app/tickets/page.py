"""The Tickets page: list, search and filter tickets; open one; download or delete it."""

from __future__ import annotations

import logging
import os
import re
import secrets
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from api_client import HistoryEvent, NotFoundError, TicketDetail, TicketPage, TicketProsClient, TicketSummary
from api_client.media import extension_for

from .. import paths
from ..confirm import confirm
from ..errors import describe
from ..formatting import format_count, format_size, local_date, local_time
from ..theme import error_colour
from .model import PAGE_SIZE, STATUSES, TICKET_ROLE, TicketListModel, status_text, value_name
from .review import ReviewView, field_label, history_text, history_who

if TYPE_CHECKING:
    from ..shell.pages import PageContext

log = logging.getLogger(__name__)


def fetch_thumbnail(client: TicketProsClient, cache_dir: Path, ticket_id: str, file_id: str) -> QImage:
    """A page's thumbnail from the disk cache, or from the service (then cached).

    Stored files never change (the service keeps them content-addressed), so
    the file id is a safe cache key.
    """
    cached = cache_dir / f"file-{re.sub(r'[^A-Za-z0-9_-]', '_', file_id)}.jpg"
    if cached.is_file():
        data = cached.read_bytes()
    else:
        data = client.tickets.thumbnail(ticket_id, file_id)
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = cached.with_name(f".{cached.name}.{secrets.token_hex(4)}.part")
        partial.write_bytes(data)
        os.replace(partial, cached)
    image = QImage.fromData(data)
    if image.isNull():
        raise ValueError("the thumbnail is not an image")
    return image


def _download(client: TicketProsClient, ticket_id: str, file_id: str, dest: Path, progress) -> Path:
    return client.tickets.download(ticket_id, file_id, dest, progress=lambda got, total: progress((got, total)))


def _export(client: TicketProsClient, path: Path, fmt: str, filters: dict, cancel: threading.Event,
            progress) -> Path:
    return client.tickets.export(path, format=fmt, progress=lambda got, total: progress((got, total)),
                                 cancel=cancel, **filters)


class TicketDetailPanel(QWidget):
    """Pages, details and extracted values of the selected ticket."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ticket: TicketDetail | None = None
        self.title = QLabel(self.tr("No ticket selected"))
        self.title.setObjectName("PageTitle")
        self.title.setWordWrap(True)
        self.hint = QLabel(self.tr("Select a ticket in the list to see its pages and details."))
        self.hint.setObjectName("Muted")
        self.hint.setWordWrap(True)
        self.form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, label in (("status", self.tr("Status")), ("job", self.tr("Job")), ("date", self.tr("Date")),
                           ("notes", self.tr("Notes")), ("uploader", self.tr("Uploaded by")),
                           ("created", self.tr("Created")), ("quality", self.tr("Photo check"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            self.fields[key] = value
            self.form.addRow(label + ":", value)
        self.pages_model = QStandardItemModel(self)
        self.pages = QListView()
        self.pages.setModel(self.pages_model)
        self.pages.setAccessibleName(self.tr("Pages of the ticket"))
        self.pages.setIconSize(QSize(48, 48))
        self.pages.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pages.setMaximumHeight(170)
        self.values_model = QStandardItemModel(0, 2, self)
        self.values_model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Value")])
        self.values = QTableView()
        self.values.setModel(self.values_model)
        self.values.setAccessibleName(self.tr("Extracted values"))
        self.values.setTabKeyNavigation(False)  # Tab moves on to the next control (arrows move between rows)
        self.values.verticalHeader().hide()
        self.values.horizontalHeader().setStretchLastSection(True)
        self.values.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.values.setMaximumHeight(150)
        self.values_label = QLabel(self.tr("Extracted values"))
        self.values_empty = QLabel(self.tr("No values extracted from this ticket yet."))
        self.values_empty.setObjectName("Muted")
        # The ticket's history (values read, corrections, reviews), newest first, as in the review view.
        self.history_label = QLabel(self.tr("History"))
        self.history_model = QStandardItemModel(0, 2, self)
        self.history_model.setHorizontalHeaderLabels([self.tr("When"), self.tr("What changed")])
        self.history = QTreeView()
        self.history.setModel(self.history_model)
        self.history.setRootIsDecorated(False)
        self.history.setAccessibleName(self.tr("History of this ticket's values"))
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setMaximumHeight(130)
        self.history_label.hide()
        self.history.hide()
        self.download_button = QPushButton(self.tr("Download page…"))
        self.download_button.setAccessibleName(self.tr("Download the selected page"))
        self.review_button = QPushButton(self.tr("Review values…"))
        self.review_button.setAccessibleName(self.tr("Review and correct the values read from this ticket"))
        self.delete_button = QPushButton(self.tr("Delete ticket…"))
        self.delete_button.setAccessibleName(self.tr("Delete this ticket"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("Muted")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(self.form)
        body.addWidget(QLabel(self.tr("Pages")))
        body.addWidget(self.pages)
        body.addWidget(self.values_label)
        body.addWidget(self.values)
        body.addWidget(self.values_empty)
        body.addWidget(self.history_label)
        body.addWidget(self.history)
        body.addLayout(buttons)
        body.addWidget(self.progress)
        body.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.show_ticket(None)

    def show_ticket(self, ticket: TicketDetail | None, *, can_delete: bool = False) -> None:
        self.ticket = ticket
        self.progress.hide()
        self.message.clear()
        self.pages_model.clear()
        self.values_model.removeRows(0, self.values_model.rowCount())
        self.show_history(ticket.id if ticket else "", ())
        self.body.setVisible(ticket is not None)
        self.hint.setVisible(ticket is None)
        if ticket is None:
            self.title.setText(self.tr("No ticket selected"))
            return
        self.title.setText(self.tr("Ticket {number}").format(number=ticket.ticket_number or self.tr("(no number)")))
        self.fields["status"].setText(status_text(ticket.status))
        self.fields["job"].setText(ticket.job or "—")
        self.fields["date"].setText(local_date(ticket.ticket_date) if ticket.ticket_date else "—")
        self.fields["notes"].setText(ticket.notes or "—")
        self.fields["uploader"].setText(ticket.uploader.name if ticket.uploader else self.tr("(former user)"))
        self.fields["created"].setText(local_time(ticket.created_at))
        self._show_quality(ticket)
        for f in ticket.files:
            item = QStandardItem(self.tr("Page {page}: {name} ({size})").format(
                page=f.page, name=f.original_name, size=format_size(f.size)))
            item.setData(f.id, Qt.ItemDataRole.UserRole)
            item.setToolTip(self.tr("{type}, SHA-256 {digest}").format(type=f.mime, digest=f.sha256))
            self.pages_model.appendRow(item)
        if self.pages_model.rowCount():
            self.pages.setCurrentIndex(self.pages_model.index(0, 0))
        if ticket.fields:
            flagged = {n for issue in ticket.review.issues for n in issue.fields}
            values = [(f.name, f.value) for f in ticket.fields]
            for f in ticket.fields:
                value = QStandardItem(f.value)
                if f.name in flagged:
                    value.setText(self.tr("{value} (check)").format(value=f.value))
                self.values_model.appendRow([QStandardItem(field_label(f.name)), value])
        else:
            values = sorted((ticket.extracted_values or {}).items())
            for name, value in values:
                self.values_model.appendRow([QStandardItem(value_name(name)), QStandardItem(value)])
        self.values.setVisible(bool(values))
        self.values_empty.setVisible(not values)
        self.download_button.setEnabled(bool(ticket.files))
        self.review_button.setEnabled(ticket.status in ("extracted", "needs_review"))
        self.review_button.setText(self.tr("Review values…") if ticket.review.needed else self.tr("Values and history…"))
        self.delete_button.setVisible(can_delete)

    def show_history(self, ticket_id: str, events: tuple[HistoryEvent, ...]) -> None:
        """The history of the ticket shown (events of another, arriving late, are dropped)."""
        if self.ticket is not None and self.ticket.id != ticket_id:
            return
        self.history_model.removeRows(0, self.history_model.rowCount())
        for e in reversed(events):  # newest first
            what = QStandardItem(f"{history_text(e)} — {history_who(e)}")
            what.setToolTip(what.text())
            self.history_model.appendRow([QStandardItem(local_time(e.at)), what])
        self.history_label.setVisible(bool(events))
        self.history.setVisible(bool(events))
        self.history.resizeColumnToContents(0)

    def _show_quality(self, ticket: TicketDetail) -> None:
        """What the photo check found on a page that was sent anyway; the row only when it found something."""
        label = self.form.labelForField(self.fields["quality"])
        texts = {
            "blurred": self.tr("A photo looks blurred; the numbers may not be readable."),
            "dark": self.tr("A photo is too dark; the numbers may not be readable."),
            "washed_out": self.tr("A photo is washed out by light; the numbers may not be readable."),
            "low_resolution": self.tr("A photo has too few pixels; the numbers may not be readable."),
            "small_page": self.tr("A page fills only a small part of its photo; the numbers may not be readable."),
        }
        warning = ticket.quality_warning
        self.fields["quality"].setText(texts.get(warning or "", self.tr("A photo may not be readable.")))
        self.fields["quality"].setStyleSheet(f"color: {error_colour().name()};")
        for widget in (label, self.fields["quality"]):
            if widget is not None:
                widget.setVisible(warning is not None)

    def set_page_icon(self, file_id: str, icon: QIcon) -> None:
        for row in range(self.pages_model.rowCount()):
            item = self.pages_model.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == file_id:
                item.setIcon(icon)

    def selected_file(self):
        if self.ticket is None or not self.ticket.files:
            return None
        index = self.pages.currentIndex()
        row = index.row() if index.isValid() else 0
        return self.ticket.files[row]


class TicketsPage(QWidget):
    """Model/view list with search, filters, lazy thumbnails and pagination."""

    SEARCH_DEBOUNCE_MS = 300

    def __init__(self, context: PageContext, *, thumbnail_dir: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.me = context.me
        self._thumbnail_dir = thumbnail_dir or (paths.thumbnail_cache_dir() / "service")
        self._detail_request = 0
        self._started = False
        self._load_error: str | None = None
        self.review_count = 0

        self.model = TicketListModel(self)
        self.model.page_wanted.connect(self._load_page)
        self.model.thumbnail_wanted.connect(self._load_thumbnail)
        self.model.loading_changed.connect(lambda _loading: self._update_status())
        self.model.rowsInserted.connect(self._update_status)
        self.model.rowsRemoved.connect(self._update_status)
        self.model.modelReset.connect(self._update_status)
        self._build()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)

    def _build(self) -> None:
        title = QLabel(self.tr("Tickets"))
        title.setObjectName("PageTitle")
        summary = QLabel(self.tr("Browse, search and download the tickets you have sent."))
        summary.setObjectName("Muted")

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search ticket number, job, notes or file name"))
        self.search_edit.setAccessibleName(self.tr("Search tickets"))
        self.search_edit.setToolTip(self.search_edit.placeholderText())  # the hint in full where the field is narrow
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._debounce.start())
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Filter by status"))
        self.status_combo.addItem(self.tr("Any status"), "")
        for status in ("uploading", "stored", "needs_review", "extracted", "failed"):
            self.status_combo.addItem(status_text(status), status)
        self.status_combo.currentIndexChanged.connect(self._status_chosen)
        self.date_combo = QComboBox()
        self.date_combo.setAccessibleName(self.tr("Filter by upload date"))
        for text, days in ((self.tr("Any time"), None), (self.tr("Today"), 0), (self.tr("Last 7 days"), 7),
                           (self.tr("Last 30 days"), 30), (self.tr("Last 12 months"), 365)):
            self.date_combo.addItem(text, days)
        self.date_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.scope_combo = QComboBox()
        self.scope_combo.setAccessibleName(self.tr("Whose tickets"))
        self.scope_combo.addItem(self.tr("Organisation's tickets"), "organisation")
        self.scope_combo.addItem(self.tr("My tickets"), "mine")
        self.scope_combo.setVisible(self.me.user.is_owner)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the ticket list"))
        self.refresh_button.clicked.connect(self.reload)
        self.review_toggle = QPushButton(self.tr("To review"))
        self.review_toggle.setCheckable(True)
        self.review_toggle.setAccessibleName(self.tr("Show only the tickets to review"))
        self.review_toggle.toggled.connect(self._review_toggled)
        self.review_badge = QLabel()
        self.review_badge.setObjectName("Badge")
        self.review_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.review_badge.hide()
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the listed tickets to CSV or Excel"))
        self.export_button.clicked.connect(self.export_list)
        filters = QHBoxLayout()
        filters.addWidget(self.review_toggle)
        filters.addWidget(self.review_badge)
        filters.addSpacing(8)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.date_combo)
        filters.addWidget(self.scope_combo)
        filters.addWidget(self.refresh_button)
        filters.addWidget(self.export_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tickets"))
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control (arrows move between rows)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several: Merge
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setIconSize(QSize(32, 32))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(38)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TicketListModel.JOB, QHeaderView.ResizeMode.Stretch)
        # Widths from the font (and the translation) in use, not fixed pixels.
        metrics, padding = self.table.fontMetrics(), 16
        longest_status = max(map(status_text, STATUSES), key=metrics.horizontalAdvance)
        thumbnail = self.table.iconSize().width() + 8
        for column, sample in ((TicketListModel.NUMBER, "00000000"), (TicketListModel.DATE, local_date("2026-12-31")),
                               (TicketListModel.PAGES, "12 · 999.9 kB"),
                               (TicketListModel.STATUS, longest_status),
                               (TicketListModel.UPLOADER, "Alice Anders")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + padding
                                 + (thumbnail if column == TicketListModel.NUMBER else 0))
        # Members only ever see their own tickets: "Uploaded by" would always be them.
        self.table.setColumnHidden(TicketListModel.UPLOADER, not self.me.user.is_owner)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._open_row(current.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_merge())

        self.empty = QLabel()
        self.empty.setObjectName("EmptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.go_upload = QPushButton(self.tr("Go to Uploads"))
        self.go_upload.setAccessibleName(self.tr("Go to the Uploads page"))
        self.go_upload.clicked.connect(lambda: self.context.navigate("uploads", {}))
        self.clear_filters = QPushButton(self.tr("Clear search and filters"))
        self.clear_filters.setAccessibleName(self.tr("Clear the search and the filters"))
        self.clear_filters.clicked.connect(self.clear_search)
        self.retry_load = QPushButton(self.tr("Try again"))
        self.retry_load.setAccessibleName(self.tr("Load the tickets again"))
        self.retry_load.clicked.connect(self.reload)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        empty_layout.addWidget(self.go_upload, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addWidget(self.clear_filters, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addWidget(self.retry_load, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(empty_page)
        self._empty_page = empty_page

        self.detail = TicketDetailPanel()
        self.detail.download_button.clicked.connect(self.download_selected_page)
        self.detail.delete_button.clicked.connect(self.delete_current)
        self.detail.review_button.clicked.connect(self.review_current)
        self.table.activated.connect(lambda index: self._open_review(self.model.ticket(index.row()).id))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 300])
        self.detail.setMaximumWidth(380)

        self.status_label = QLabel()
        self.status_label.setObjectName("Muted")
        self.status_label.setAccessibleName(self.tr("How many tickets are shown"))
        self.export_progress = QProgressBar()
        self.export_progress.setAccessibleName(self.tr("Export progress"))
        self.export_progress.setMaximumWidth(220)
        self.export_progress.hide()
        self.export_message = QLabel()
        self.export_message.setObjectName("Muted")
        self.export_message.setAccessibleName(self.tr("Export status"))
        # Stops the export under way; the part written so far is removed (the SDK writes to a
        # temporary name), nothing is left at the chosen path.
        self.export_cancel_button = QPushButton(self.tr("Cancel export"))
        self.export_cancel_button.clicked.connect(self.cancel_export)
        self.export_cancel_button.hide()
        self._export_cancel: threading.Event | None = None
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.export_message)
        bottom.addWidget(self.export_progress)
        bottom.addWidget(self.export_cancel_button)
        self._build_merge(bottom)  # an action on the selected rows, under them (the filter row is full)

        self.browse = QWidget()
        layout = QVBoxLayout(self.browse)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.review = ReviewView(self.context.client, self.context.runner)
        self.review.closed.connect(self._review_closed)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.browse)
        self.stack.addWidget(self.review)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        shortcut = QShortcut(QKeySequence("Ctrl+R"), self.browse)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.start_review)

    # -- loading ---------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.reload()

    def reload(self) -> None:
        self._debounce.stop()
        self._started = True
        self._load_error = None
        self._detail_request += 1  # a detail still loading belongs to the old list
        self.detail.show_ticket(None)
        self.model.reload()
        self._count_to_review()

    def _count_to_review(self) -> None:
        scope = self.scope_combo.currentData() if self.me.user.is_owner else None
        self.context.runner.run(self.context.client.tickets.to_review, scope=scope, limit=1,
                                on_done=lambda page: self._show_review_count(page.total),
                                on_error=lambda exc: log.info("To review not counted: %s", exc), context=self)

    def _show_review_count(self, count: int) -> None:
        self.review_count = count
        self.review_badge.setText(format_count(count))
        self.review_badge.setVisible(count > 0)
        self.review_badge.setAccessibleName(self.tr("%n tickets to review", "", count))
        self.review_toggle.setToolTip(self.tr("%n tickets to review (Ctrl+R reviews them one by one)", "", count))
        self.context.set_badge("tickets", count)

    def _review_toggled(self, checked: bool) -> None:
        index = self.status_combo.findData("needs_review" if checked else "")
        self.status_combo.setCurrentIndex(index)  # reloads

    def start_review(self) -> None:
        """Ctrl+R: review the tickets in To review, the first one first."""
        self.context.runner.run(self.context.client.tickets.to_review, limit=1,
                                on_done=self._first_to_review, on_error=self.context.report_error, context=self)

    def _first_to_review(self, page: TicketPage) -> None:
        if page.items:
            self._open_review(page.items[0].id)
        else:
            self.status_label.setText(self.tr("Nothing to review."))

    def review_current(self) -> None:
        if self.detail.ticket is not None:
            self._open_review(self.detail.ticket.id)

    def _open_review(self, ticket_id: str) -> None:
        self.stack.setCurrentWidget(self.review)
        self.review.open_ticket(ticket_id)

    def _review_closed(self, changed: bool) -> None:
        self.stack.setCurrentWidget(self.browse)
        if changed:
            self.reload()
        else:
            self._count_to_review()
        self.table.setFocus()

    def _filters(self) -> dict:
        days = self.date_combo.currentData()
        return {
            "scope": self.scope_combo.currentData() if self.me.user.is_owner else None,
            "search": self.search_edit.text().strip() or None,
            "status": self.status_combo.currentData() or None,
            "date_from": (date.today() - timedelta(days=days)).isoformat() if days is not None else None,
        }

    def _status_chosen(self, _index: int) -> None:
        self.review_toggle.blockSignals(True)
        self.review_toggle.setChecked(self.status_combo.currentData() == "needs_review")
        self.review_toggle.blockSignals(False)
        self.reload()

    # -- export ----------------------------------------------------------------

    def export_list(self) -> None:
        csv_filter, xlsx_filter = self.tr("CSV file (*.csv)"), self.tr("Excel workbook (*.xlsx)")
        suggested = Path.home() / f"tickets-{date.today().isoformat()}.csv"
        name, chosen = QFileDialog.getSaveFileName(self, self.tr("Export tickets"), str(suggested),
                                                   f"{csv_filter};;{xlsx_filter}")
        if not name:
            return
        path = Path(name)
        fmt = "xlsx" if chosen == xlsx_filter or path.suffix.lower() == ".xlsx" else "csv"
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        filters = self._filters()
        self.export_button.setEnabled(False)
        self.export_progress.setRange(0, 0)  # busy until the size is known
        self.export_progress.show()
        self.export_message.setObjectName("Muted")
        self.export_message.setText(self.tr("Exporting…"))
        self._export_cancel = threading.Event()
        self.export_cancel_button.setEnabled(True)
        self.export_cancel_button.show()
        self.context.runner.run(
            _export, self.context.client, path, fmt, filters, self._export_cancel,
            on_progress=self._export_progress, on_done=self._exported, on_error=self._export_failed, context=self)

    def cancel_export(self) -> None:
        if self._export_cancel is not None:
            self._export_cancel.set()
            self.export_cancel_button.setEnabled(False)
            self.export_message.setText(self.tr("Cancelling the export…"))

    def _export_ended(self) -> None:
        self.export_button.setEnabled(True)
        self.export_progress.hide()
        self.export_cancel_button.hide()

    def _export_progress(self, value: tuple[int, int]) -> None:
        got, total = value
        if total:
            self.export_progress.setRange(0, 1000)
            self.export_progress.setValue(int(1000 * got / total))
        elif not (self._export_cancel is not None and self._export_cancel.is_set()):
            self.export_message.setText(self.tr("Exporting… {size}").format(size=format_size(got)))

    def _exported(self, path: Path) -> None:
        self._export_ended()
        self.export_message.setObjectName("InfoText")
        self.export_message.style().polish(self.export_message)
        self.export_message.setText(self.tr("Exported to {path}").format(path=str(path)))

    def _export_failed(self, exc: BaseException) -> None:
        self._export_ended()
        if self._export_cancel is not None and self._export_cancel.is_set():
            self.export_message.setObjectName("Muted")
            self.export_message.style().polish(self.export_message)
            self.export_message.setText(self.tr("Export cancelled: no file was written."))
            return
        self.export_message.setObjectName("ErrorText")
        self.export_message.style().polish(self.export_message)
        self.export_message.setText(describe(exc))

    def _load_page(self, generation: int, offset: int) -> None:
        filters = self._filters()
        self.context.runner.run(
            self.context.client.tickets.list, offset=offset, limit=PAGE_SIZE, **filters,
            on_done=lambda page, g=generation: self._page_loaded(g, page),
            on_error=lambda exc, g=generation: self._page_failed(g, exc), context=self)

    def _page_loaded(self, generation: int, page: TicketPage) -> None:
        self._load_error = None
        self.model.add_page(generation, page)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _page_failed(self, generation: int, exc: BaseException) -> None:
        # Said on the page too: an empty list must not read as "you have no tickets".
        self._load_error = describe(exc)
        self.model.page_failed(generation)
        self.context.report_error(exc)

    def _load_thumbnail(self, ticket_id: str, file_id: str) -> None:
        self.context.runner.run(
            fetch_thumbnail, self.context.client, self._thumbnail_dir, ticket_id, file_id,
            on_done=lambda image, f=file_id: self._thumbnail_loaded(f, image),
            on_error=lambda exc, f=file_id: log.info("no thumbnail for file %s: %s", f, exc),
            context=self)

    def _thumbnail_loaded(self, file_id: str, image: QImage) -> None:
        icon = QIcon(QPixmap.fromImage(image))
        self.model.set_thumbnail(file_id, icon)
        self.detail.set_page_icon(file_id, icon)

    def _update_status(self, *_args) -> None:
        shown, total = self.model.rowCount(), self.model.total
        filtered = any(v for k, v in self._filters().items() if k != "scope")
        self.detail.setVisible(bool(shown))
        if shown:
            self.list_stack.setCurrentWidget(self.table)
            text = self.tr("Showing {shown} of %Ln tickets", "", total).format(shown=format_count(shown))
            if self.model.loading:
                text += self.tr(" · loading more…")
            self.status_label.setText(text)
            return
        if self.model.loading or not self.model.loaded_once:
            self.status_label.setText(self.tr("Loading tickets…"))
            self.list_stack.setCurrentWidget(self.table)
            return
        self.list_stack.setCurrentWidget(self._empty_page)
        self.retry_load.setVisible(self._load_error is not None)
        if self._load_error is not None:
            self.status_label.setText(self.tr("The tickets could not be loaded"))
            self.empty.setText(self._load_error)
            self.go_upload.setVisible(False)
            self.clear_filters.setVisible(False)
            self.detail.show_ticket(None)
            return
        self.status_label.setText(self.tr("No tickets"))
        self.go_upload.setVisible(not filtered)
        self.clear_filters.setVisible(filtered)
        if filtered:
            self.empty.setText(self.tr("No tickets match your search or filters."))
        else:
            self.empty.setText(self.tr("No tickets yet. Upload photos, scans or PDFs on the Uploads page."))
        self.detail.show_ticket(None)

    def clear_search(self) -> None:
        for widget in (self.status_combo, self.date_combo, self.search_edit):
            widget.blockSignals(True)
        self.search_edit.clear()
        self.status_combo.setCurrentIndex(0)
        self.date_combo.setCurrentIndex(0)
        for widget in (self.status_combo, self.date_combo, self.search_edit):
            widget.blockSignals(False)
        self.reload()

    # -- merging ---------------------------------------------------------------

    def _build_merge(self, row: QHBoxLayout) -> None:
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setAccessibleName(self.tr("Merge the selected tickets into one"))
        self.merge_button.setToolTip(self.tr("Select two or more tickets (Ctrl+click) to merge them into one"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_selected)
        row.addWidget(self.merge_button)

    def selected_tickets(self) -> list[TicketSummary]:
        """The selected tickets, oldest first: the order their pages take in a merge."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return sorted((self.model.ticket(r) for r in rows), key=lambda t: (t.created_at, t.id))

    def _update_merge(self) -> None:
        chosen = self.selected_tickets()
        self.merge_button.setEnabled(len(chosen) >= 2 and all(
            t.status != "uploading" and self.can_delete(t) for t in chosen))

    def merge_selected(self) -> None:
        chosen = self.selected_tickets()
        if len(chosen) < 2:
            return
        kept = chosen[0]
        pages = sum(t.page_count for t in chosen)
        confirm(self, title=self.tr("Merge tickets?"),
                text=self.tr("Merge {count} tickets into ticket {number}, {pages} pages in all, "
                             "in the order they were uploaded?").format(
                    count=len(chosen), number=kept.ticket_number or self.tr("(no number)"), pages=pages),
                details=self.tr("The other tickets are removed; their files become pages of this one. "
                                "Values read from the pages are read again. This cannot be undone."),
                action=self.tr("Merge"), on_confirm=lambda: self._merge([t.id for t in chosen]))

    def _merge(self, ticket_ids: list[str]) -> None:
        self.merge_button.setEnabled(False)
        self.export_message.setText(self.tr("Merging…"))
        self.context.runner.run(self.context.client.tickets.merge, ticket_ids,
                                on_done=lambda detail, ids=ticket_ids: self._merged(ids, detail),
                                on_error=self._merge_failed, context=self)

    def _merged(self, ticket_ids: list[str], detail: TicketDetail) -> None:
        for gone in ticket_ids[1:]:
            self.model.remove_ticket(gone)
        self.export_message.setText(self.tr("Merged into ticket {number}: {pages} pages.").format(
            number=detail.ticket_number or self.tr("(no number)"), pages=len(detail.files)))
        self.reload()

    def _merge_failed(self, exc: BaseException) -> None:
        self.export_message.setText("")
        self._update_merge()
        self.context.report_error(exc)

    # -- the selected ticket ---------------------------------------------------

    def current_ticket(self) -> TicketSummary | None:
        index = self.table.currentIndex()
        return index.data(TICKET_ROLE) if index.isValid() else None

    def _open_row(self, row: int) -> None:
        if row < 0:
            self.detail.show_ticket(None)
            return
        ticket = self.model.ticket(row)
        self._detail_request += 1
        request = self._detail_request
        self.context.runner.run(
            self.context.client.tickets.get, ticket.id,
            on_done=lambda detail, r=request: self._detail_loaded(r, detail),
            on_error=self._detail_failed, context=self)

    def _detail_loaded(self, request: int, detail: TicketDetail) -> None:
        if request != self._detail_request:
            return
        self.detail.show_ticket(detail, can_delete=self.can_delete(detail))
        for f in detail.files:
            self._load_thumbnail(detail.id, f.id)
        self.context.runner.run(
            self.context.client.tickets.history, detail.id,
            on_done=lambda events, t=detail.id: self.detail.show_history(t, events),
            on_error=lambda exc: log.info("no history: %s", exc), context=self)

    def _detail_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFoundError):
            self.detail.show_ticket(None)
            self.detail.hint.setText(self.tr("This ticket no longer exists. Refresh the list."))
            return
        self.context.report_error(exc)

    def can_delete(self, ticket: TicketSummary) -> bool:
        """Owners delete any of the organisation's tickets, members their own."""
        if self.me.user.is_owner:
            return True
        return ticket.uploader is not None and ticket.uploader.id == self.me.user.id

    def download_selected_page(self) -> None:
        ticket, file = self.detail.ticket, self.detail.selected_file()
        if ticket is None or file is None:
            return
        label = re.sub(r"[^A-Za-z0-9._-]+", "_", ticket.ticket_number or ticket.id).strip("._") or "ticket"
        suggested = f"{label}-page{file.page}{extension_for(file.mime)}"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save page as"), str(Path.home() / suggested))
        if not name:
            return
        self.detail.progress.setValue(0)
        self.detail.progress.show()
        self.detail.message.setText(self.tr("Downloading…"))
        self.detail.download_button.setEnabled(False)
        self.context.runner.run(
            _download, self.context.client, ticket.id, file.id, Path(name),
            on_progress=self._download_progress, on_done=self._downloaded, on_error=self._download_failed,
            context=self)

    def _download_progress(self, value: tuple[int, int]) -> None:
        got, total = value
        if total:
            self.detail.progress.setValue(int(1000 * got / total))

    def _downloaded(self, path: Path) -> None:
        self.detail.progress.setValue(1000)
        self.detail.download_button.setEnabled(True)
        self.detail.message.setText(self.tr("Saved to {path}").format(path=str(path)))

    def _download_failed(self, exc: BaseException) -> None:
        self.detail.progress.hide()
        self.detail.download_button.setEnabled(True)
        self.detail.message.setText(describe(exc))

    def delete_current(self) -> None:
        ticket = self.detail.ticket
        if ticket is None or not self.can_delete(ticket):
            return
        confirm(self, title=self.tr("Delete ticket?"),
                text=self.tr("Delete ticket {number} and its %n pages? This cannot be undone.", "",
                             ticket.page_count).format(number=ticket.ticket_number or self.tr("(no number)")),
                action=self.tr("Delete"), on_confirm=lambda: self._delete(ticket))

    def _delete(self, ticket: TicketDetail) -> None:
        self.detail.delete_button.setEnabled(False)
        self.context.runner.run(
            self.context.client.tickets.delete, ticket.id,
            on_done=lambda _r, tid=ticket.id: self._deleted(tid), on_error=self._delete_failed, context=self)

    def _deleted(self, ticket_id: str) -> None:
        self.detail.delete_button.setEnabled(True)
        self.model.remove_ticket(ticket_id)
        if self.detail.ticket is not None and self.detail.ticket.id == ticket_id:
            self.detail.show_ticket(None)
        self.detail.hint.setText(self.tr("The ticket was deleted."))

    def _delete_failed(self, exc: BaseException) -> None:
        self.detail.delete_button.setEnabled(True)
        self.context.report_error(exc)
