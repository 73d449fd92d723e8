"""The Uploads page: drop or pick files, see them through to tickets.

The queue (api_client.uploads) does the work on its own threads; its events
reach the GUI thread through a :class:`QueueBridge`. Every queue call from
here (SQLite, files) runs on the task runner, so the GUI thread only paints.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, QObject, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from api_client.media import ThumbnailCache, prepare
from api_client.uploads import Grouping, ItemState, QualityPolicy, QueueRunner, UploadQueue
from api_client.watch import FolderWatcher, PageCleaner, WatchedFolder

from .. import paths
from ..flow import FlowLayout, LabelBox
from ..formatting import format_size
from .model import QueueBridge, StatusDelegate, UploadQueueModel
from .watched import WatchBridge, WatchedFoldersPanel

if TYPE_CHECKING:
    from ..settings import Settings
    from ..shell.pages import PageContext

log = logging.getLogger(__name__)

#: The file dialog's filter, marked so lupdate puts it in the catalogue;
#: translated where the dialog opens (``self.tr`` of UploadsPage).
FILE_FILTER = QT_TRANSLATE_NOOP(
    "UploadsPage", "Photos, scans and PDFs (*.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff *.webp *.pdf);;All files (*)")


def _open_queue(queue_path: Path, staging: Path, owner: str, listener) -> tuple[UploadQueue, list]:
    queue = UploadQueue(queue_path, staging, owner=owner)
    queue.subscribe(listener)
    return queue, queue.items()


def _load_thumbnails(cache: ThumbnailCache, wanted: dict[int, tuple[str, str]]) -> dict[int, QImage]:
    """The previews of queued files (item id -> its (sha256, staged path)), for the ids whose
    preview could be made: a cleaned copy already gone (uploaded and removed before the row was
    first shown) is an expected race, an unreadable one is logged; neither stops the others."""
    images = {}
    for item_id, (sha256, staged_path) in wanted.items():
        try:
            thumbnail = cache.get(sha256, Path(staged_path))
        except FileNotFoundError:
            continue
        except (OSError, ValueError) as exc:
            log.info("no thumbnail for upload %s: %s", item_id, exc)
            continue
        image = QImage(str(thumbnail))
        if image.isNull():
            log.info("no thumbnail for upload %s: unreadable thumbnail", item_id)
            continue
        images[item_id] = image
    return images


def _split_and_add(queue: UploadQueue, files: list[Path], pages_dir: Path, **details: Any) -> list:
    """"One ticket per page": each multi-page PDF or TIFF replaced by its pages, then queued (a
    worker). A file that cannot be split is queued as it is: the queue says why it is refused."""
    from api_client.media import MediaError
    from api_client.uploads import expand_paths
    from api_client.watch import split_for_queue

    found: list[Path] = []
    for path in expand_paths(files):
        try:
            found.extend(split_for_queue(path, pages_dir))
        except (MediaError, OSError):
            found.append(path)
    return queue.add(found, grouping=Grouping.ONE_TICKET_EACH, **details)


def _close_queue(queue_runner: QueueRunner | None, queue: UploadQueue | None,
                 watcher: FolderWatcher | None = None) -> None:
    if watcher is not None:
        watcher.stop()
    if queue_runner is not None:
        queue_runner.stop()
    if queue is not None:
        queue.close()


class Soon(QTimer):
    """A coalescing single-shot timer: :meth:`request` asks for ``slot`` to run ``interval_ms`` after
    the first request; requests meanwhile join that run (the timer is not restarted, so a steady
    stream of them still runs ``slot`` every interval). Signals connect to ``request`` directly
    (their arguments are dropped)."""

    def __init__(self, interval_ms: int, slot, parent: QObject) -> None:
        super().__init__(parent)
        self.setSingleShot(True)
        self.setInterval(interval_ms)
        self.timeout.connect(slot)

    def request(self, *_args) -> None:
        if not self.isActive():
            self.start()


class DropZone(QFrame):
    """The dashed area at the top; the whole page accepts drops."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DropZone")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#DropZone { border: 2px dashed #9aa3ae; border-radius: 8px; }"
                           "#DropZone[active=\"true\"] { border-color: #2f7de1; background: rgba(47,125,225,0.08); }")
        self.label = QLabel(self.tr("Drop photos, scans, PDFs or whole folders here"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setObjectName("EmptyState")
        self.files_button = QPushButton(self.tr("Choose files…"))
        self.files_button.setObjectName("Primary")
        self.files_button.setAccessibleName(self.tr("Choose files to upload"))
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.folder_button.setAccessibleName(self.tr("Choose a folder to upload"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.files_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.label)
        layout.addLayout(buttons)

    def set_active(self, active: bool) -> None:
        self.setProperty("active", active)
        self.style().unpolish(self)
        self.style().polish(self)


class UploadsPage(QWidget):
    """Queue view with per-file and total progress, and the actions on files."""

    def __init__(
        self,
        context: PageContext,
        *,
        queue_path: Path | None = None,
        staging_dir: Path | None = None,
        thumbnail_dir: Path | None = None,
        runner_options: dict[str, Any] | None = None,
        watcher_options: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.queue: UploadQueue | None = None
        self.queue_runner: QueueRunner | None = None
        self.watcher: FolderWatcher | None = None
        self._watched: list[WatchedFolder] = list(context.watched_folders)
        self._watcher_options: dict[str, Any] = watcher_options or {}
        self._runner_options = runner_options or {}
        #: The user's upload settings now (they may change before the queue opens).
        self._concurrency = context.upload_concurrency
        self._limit_kib = context.upload_limit_kib
        self._thumbnails = ThumbnailCache(thumbnail_dir or paths.thumbnail_cache_dir() / "uploads", size=64)
        self._pending_adds: list[list[Path]] = []
        self._closed = False
        self._badge = -1

        self.bridge = QueueBridge(self)
        self.model = UploadQueueModel(self)
        self.bridge.events.connect(self.model.apply_events)
        self.bridge.progress.connect(self.model.apply_progress)
        # Thumbnails of the rows in view, made by one task for all that lack one: looked for after the
        # rows change, scroll or the page is resized (the model's values are in Qt, and a paint enters
        # no Python to ask for them).
        self._thumbnails_soon = Soon(30, self._load_wanted_thumbnails, self)
        # Totals and counts: once per tenth of a second, not once per event (a thousand files
        # arriving from a watched folder make thousands of events).
        self._totals_soon = Soon(100, self._update_totals, self)
        self.model.totals_changed.connect(self._totals_soon.request)
        self.model.totals_changed.connect(self._thumbnails_soon.request)
        self.model.rowsInserted.connect(self._update_empty)
        self.model.rowsRemoved.connect(self._update_empty)
        self.model.modelReset.connect(self._update_empty)
        self.model.dataChanged.connect(lambda *_: self._update_actions())
        self.watch_bridge = WatchBridge(self)
        # Held rows' buttons: only the rows the model says went to or from HELD, coalesced.
        self._held_ids: set[int] = set()
        self._held_soon = Soon(50, self._sync_held_rows, self)
        self.model.held_changed.connect(self._held_rows_changed)

        self._build()
        self.setAcceptDrops(True)
        self._speed_timer = QTimer(self)
        self._speed_timer.setInterval(500)
        self._speed_timer.timeout.connect(self._update_totals)
        self._speed_timer.start()

        #: Whose files this page shows and sends (the queue file is shared by the accounts of this computer).
        self.queue_owner = f"{context.client.base_url} {context.me.user.id}"
        context.runner.run(_open_queue, queue_path or paths.upload_queue_file(),
                           staging_dir or paths.staging_dir(), self.queue_owner, self.bridge.listener,
                           on_done=self._opened, on_error=self._open_failed, context=self)

    # -- building --------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("Uploads"))
        title.setObjectName("PageTitle")
        summary = QLabel(self.tr("Send photos, scans and PDFs of your tickets. Location data is removed first."))
        summary.setObjectName("Muted")
        summary.setWordWrap(True)

        self.drop_zone = DropZone()
        self.drop_zone.files_button.clicked.connect(self.choose_files)
        self.drop_zone.folder_button.clicked.connect(self.choose_folder)

        self.each_radio = QRadioButton(self.tr("One ticket per file"))
        self.each_radio.setAccessibleName(self.tr("Send each file as its own ticket"))
        self.each_radio.setChecked(True)
        self.multi_radio = QRadioButton(self.tr("All files as pages of one ticket"))
        self.multi_radio.setAccessibleName(self.tr("Send the files as the pages of one ticket"))
        self.grouping = QButtonGroup(self)
        self.grouping.addButton(self.each_radio)
        self.grouping.addButton(self.multi_radio)
        self.number_edit = self._field(self.tr("Ticket number"))
        self.job_edit = self._field(self.tr("Job"))
        self.notes_edit = self._field(self.tr("Notes"))
        options = QHBoxLayout()
        options.addWidget(self.each_radio)
        options.addWidget(self.multi_radio)
        options.addStretch(1)
        self._build_split_option(options)
        # The ticket's details on a row of their own: beside the choices, a longer language
        # (Spanish at 200 %) left the ticket number's field too narrow for its placeholder.
        details = QHBoxLayout()
        details.addWidget(self.number_edit, 1)
        details.addWidget(self.job_edit, 1)
        details.addWidget(self.notes_edit, 2)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Upload queue"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control (arrows move between rows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setIconSize(QSize(28, 28))
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep the extension visible
        # A view does not own its delegates: the table is its parent, and the page keeps its wrapper.
        self._status_delegate = StatusDelegate(self.table)  # a sentence cut at its end
        self.table.setItemDelegateForColumn(UploadQueueModel.STATUS, self._status_delegate)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(UploadQueueModel.NAME, QHeaderView.ResizeMode.Interactive)
        # The Size column is as wide as the widest size can be written, once: fitted to its contents, it
        # had the rows in view asked for every role of their Size cell after each change in the table (a
        # call from Qt into Python for each, and each waiting for the GIL while the upload and watcher
        # threads run Python: with a watched folder's thousand files, part of the GUI's longest stalls).
        header.setSectionResizeMode(UploadQueueModel.SIZE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(UploadQueueModel.PROGRESS, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(UploadQueueModel.STATUS, QHeaderView.ResizeMode.Stretch)
        # Qt asks only the rows in view when it fits a section to its contents (by default up to 1,000
        # rows on every change: a thousand files from a watched folder stalled the window for 1.5 s).
        header.setResizeContentsPrecision(0)
        self.table.verticalHeader().setResizeContentsPrecision(0)
        header.resizeSection(UploadQueueModel.NAME, 260)
        header.resizeSection(UploadQueueModel.SIZE, self._size_column_width())
        header.sectionResized.connect(self._section_resized)
        header.resizeSection(UploadQueueModel.PROGRESS, 140)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.table.verticalScrollBar().valueChanged.connect(self._thumbnails_soon.request)
        # Asked for here, once: PySide6's first viewport() of a view makes the Python types of some
        # 70 QtWidgets classes at once (22 ms on a quiet machine, over 50 ms with uploads running),
        # which the first file added would otherwise wait for (the watch bench's longest stall).
        self._viewport = self.table.viewport()

        self.empty = QLabel(self.tr("No files waiting. Drop photos, scans or PDFs above, "
                                    "or use “Choose files…”."))
        self.empty.setObjectName("EmptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)

        self.pause_button = self._button(self.tr("Pause"), self.tr("Pause the selected files"), self.pause_selected)
        self.resume_button = self._button(self.tr("Resume"), self.tr("Resume the selected files"),
                                          self.resume_selected)
        self.retry_button = self._button(self.tr("Retry now"), self.tr("Retry the selected files now"),
                                         self.retry_selected)
        self.cancel_button = self._button(self.tr("Cancel"), self.tr("Cancel the selected files"),
                                          self.cancel_selected)
        self.upload_anyway_button = self._button(self.tr("Upload anyway"),
                                                 self.tr("Upload the selected duplicates anyway"),
                                                 lambda: self.decide_selected(True))
        self.skip_button = self._button(self.tr("Skip"), self.tr("Skip the selected duplicates"),
                                        lambda: self.decide_selected(False))
        self._build_held_actions()
        self.pause_all_button = self._button(self.tr("Pause all"), self.tr("Pause or resume all uploads"),
                                             self.toggle_pause_all)
        self.clear_button = self._button(self.tr("Clear finished"),
                                         self.tr("Remove uploaded, cancelled and refused files from the list"),
                                         self.clear_finished)
        # The actions wrap onto a second row in a narrow window (a small laptop, or 200 %), rather
        # than widening the page: all ten on view needed 961 px in English and 985 px in Spanish.
        actions = FlowLayout()
        for button in (self.pause_button, self.resume_button, self.retry_button, self.cancel_button,
                       self.upload_anyway_button, self.skip_button, self.send_anyway_button, self.remove_button):
            actions.addWidget(button)
        actions.add_trailing(self.pause_all_button)
        actions.add_trailing(self.clear_button)

        self.total_bar = QProgressBar()
        self.total_bar.setRange(0, 1000)
        self.total_bar.setAccessibleName(self.tr("Total progress"))
        self.total_bar.setTextVisible(False)
        self.total_bar.setFixedWidth(220)
        self.total_label = QLabel()
        self.total_label.setObjectName("Muted")
        self.total_label.setAccessibleName(self.tr("Total progress and speed"))
        # Wrapped when the window is narrow; and its words, changing ten times a second, never set
        # the page's minimum width nor have the page laid out again (LabelBox).
        self.total_label.setWordWrap(True)
        self.totals_line = LabelBox(self.total_label)
        totals = QHBoxLayout()
        totals.addWidget(self.total_bar)
        totals.addWidget(self.totals_line, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addSpacing(6)
        layout.addWidget(self.drop_zone)
        layout.addLayout(options)
        layout.addLayout(details)
        layout.addWidget(self._build_folders_panel())
        layout.addWidget(self.stack, 1)
        layout.addLayout(actions)
        layout.addLayout(totals)
        self._update_empty()
        self._update_actions()
        self._update_totals()

    def _size_column_width(self) -> int:
        """The widest a size is written in this language (three digits and a decimal), or the header's
        word, with the cell's margins."""
        metrics = self.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(format_size(size)) for size in (999, 999_949_999, 999_949_999_999))
        margin = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        return max(widest + margin + 8, self.table.horizontalHeader().sectionSizeHint(UploadQueueModel.SIZE))

    def _build_split_option(self, options: QHBoxLayout) -> None:
        """"One ticket per page" for the files added (feat/watch)."""
        self.split_check = QCheckBox(self.tr("Split pages"))
        self.split_check.setAccessibleName(self.tr("Send each page of multi-page PDFs and TIFFs as its own ticket"))
        self.split_check.setToolTip(self.tr("Each page of a multi-page PDF or TIFF becomes its own ticket "
                                            "(the pages are copied as they are)."))
        self.multi_radio.toggled.connect(lambda multi: self.split_check.setEnabled(not multi))
        options.insertWidget(2, self.split_check)

    def _build_folders_panel(self) -> WatchedFoldersPanel:
        """Each watched folder's state, with Pause/Resume (feat/watch)."""
        self.folders_panel = WatchedFoldersPanel()
        self.folders_panel.set_folders(self._watched)
        self.watch_bridge.states.connect(self.folders_panel.apply_states)
        self.folders_panel.pause_requested.connect(lambda key: self._set_folder_paused(key, True))
        self.folders_panel.resume_requested.connect(lambda key: self._set_folder_paused(key, False))
        return self.folders_panel

    def _set_folder_paused(self, key: str, paused: bool) -> None:
        """Pause or resume now, and keep it in the settings for the next start."""
        if self.watcher is not None:
            (self.watcher.pause if paused else self.watcher.resume)(key)
        self.context.set_folder_paused(key, paused)

    def _start_watcher(self, queue: UploadQueue) -> None:
        """The watched folders, on the watcher's own thread (it opens nothing here)."""
        self._page_cleaner = PageCleaner(queue, paths.split_pages_dir())
        folders = [f.with_(paused=self.folders_panel.is_paused(f.key)) for f in self._watched]  # paused meanwhile
        options = {"pages_dir": paths.split_pages_dir(), "lock_dir": paths.folder_lock_dir(),
                   **self._watcher_options}
        self.watcher = FolderWatcher(queue, folders, on_state=self.watch_bridge.on_state, **options)
        self.watcher.start()

    def _build_held_actions(self) -> None:
        """Send anyway / Remove, for photos the quality check holds (a new queue state, HELD)."""
        self.send_anyway_button = self._button(self.tr("Send anyway"),
                                               self.tr("Send the selected held photos as they are"),
                                               self.send_held_anyway)
        self.remove_button = self._button(self.tr("Remove"), self.tr("Remove the selected held photos from the queue"),
                                          self.remove_held)

    def _held_rows_changed(self, ids: set[int]) -> None:
        self._held_ids |= ids
        self._held_soon.request()

    def _sync_held_rows(self) -> None:
        """Each held photo's row carries its own Send anyway and Remove, in its (empty) progress cell
        (the view owns the cell's widget and deletes it with its row). Only rows whose state went to
        or from HELD are looked at: a thousand files on the move are not walked every 50 ms."""
        ids, self._held_ids = self._held_ids, set()
        if self._closed:
            return
        widest = 0
        for item_id in ids:
            row = self.model.row_of(item_id)
            if row is None:
                continue  # removed: its cell went with its row
            index = self.model.index(row, UploadQueueModel.PROGRESS)
            cell = self.table.indexWidget(index)
            if self.model.item(row).state is ItemState.HELD:
                if cell is None or cell.property("item_id") != item_id:
                    cell = self._held_row_buttons(item_id)
                    self.table.setIndexWidget(index, cell)
                widest = max(widest, cell.sizeHint().width())
            elif cell is not None:
                self.table.setIndexWidget(index, None)
        header = self.table.horizontalHeader()
        if widest and header.sectionSize(UploadQueueModel.PROGRESS) < widest:
            header.resizeSection(UploadQueueModel.PROGRESS, widest)

    def _held_row_buttons(self, item_id: int) -> QWidget:
        cell = QWidget()
        cell.setProperty("item_id", item_id)
        row = QHBoxLayout(cell)
        row.setContentsMargins(2, 1, 2, 1)
        row.setSpacing(4)
        name = self.model.item_by_id(item_id).name
        for text, accessible, method in (
                (self.tr("Send anyway"), self.tr("Send {name} anyway"), "send_anyway"),
                (self.tr("Remove"), self.tr("Remove {name} from the queue"), "remove_held")):
            button = QPushButton(text)
            button.setObjectName("RowButton")
            button.setAccessibleName(accessible.format(name=name))
            button.clicked.connect(lambda _checked=False, m=method: self._on_held(m, item_id))
            row.addWidget(button)
        return cell

    def _on_held(self, method: str, item_id: int) -> None:
        if self.queue is not None:
            self.context.runner.run(getattr(self.queue, method), item_id, context=self)

    def _field(self, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(placeholder)
        edit.setClearButtonEnabled(True)
        # Never narrower than its placeholder (in any language), with room for the clear button.
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(placeholder) + 2 * edit.sizeHint().height())
        return edit

    def _button(self, text: str, accessible: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.clicked.connect(slot)
        return button

    # -- the queue -------------------------------------------------------------

    def _opened(self, result: tuple[UploadQueue, list]) -> None:
        queue, items = result
        if self._closed:
            self.context.runner.run(_close_queue, None, queue)
            return
        self.queue = queue
        self.model.reset_items(items)
        # Signed in and the page exists: the queue picks up where it stopped.
        # A photo's preview is made from the decode that checks it (no second decode to show it).
        options = {"concurrency": self._concurrency, "rate_limit": self._limit_kib * 1024,
                   "prepare": functools.partial(prepare, thumbnails=self._thumbnails), **self._runner_options}
        self.queue_runner = QueueRunner(queue, self.context.client, **options)
        self.queue_runner.start()
        self._start_watcher(queue)
        for batch in self._pending_adds:
            self._add(batch)
        self._pending_adds.clear()

    def apply_settings(self, settings: Settings) -> None:
        """The user pressed OK in Settings: files at the same time and the
        bandwidth limit apply to the running queue now, without signing in again."""
        self._concurrency = max(1, settings.upload_concurrency)
        self._limit_kib = max(0, settings.upload_limit_kib)
        self._update_totals()
        runner = self.queue_runner
        if runner is None:
            return  # the queue is still opening: it starts with these values
        # Both take a lock for an instant that no thread holds during I/O.
        runner.set_rate_limit(self._limit_kib * 1024)
        runner.set_concurrency(self._concurrency)
        self._apply_watched(settings)

    def _apply_watched(self, settings: Settings) -> None:
        """Watched folders added, changed or removed in Settings apply now (feat/watch)."""
        self._watched = settings.watched()  # each paused as the settings keep it (the page's pauses included)
        self.folders_panel.set_folders(self._watched)
        if self.watcher is not None:
            self.watcher.set_folders(self._watched)

    def _open_failed(self, exc: BaseException) -> None:
        log.error("could not open the upload queue", exc_info=exc)
        self.context.report_error(exc)

    def shutdown(self) -> None:
        """Stop sending (sign-out, window closed); the queue resumes at the next sign-in."""
        if self._closed:
            return
        self._closed = True
        self._speed_timer.stop()
        runner, queue, watcher = self.queue_runner, self.queue, self.watcher
        self.queue_runner = self.queue = self.watcher = None
        if watcher is not None:
            watcher.request_stop()
        if runner is not None or queue is not None:
            if runner is not None:
                # The workers stop now even if the task below never runs (a runner shut down at exit
                # drops tasks not yet started); joining them happens off the GUI thread.
                runner.request_stop()
            self.context.runner.run(_close_queue, runner, queue, watcher)

    # -- adding files ----------------------------------------------------------

    def _section_resized(self, column: int, _old: int, width: int) -> None:
        if column == UploadQueueModel.PROGRESS:
            self.model.set_bar_width(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._thumbnails_soon.request()  # more rows in view

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._thumbnails_soon.request()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.model.forget_bars()
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
            self.drop_zone.set_active(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QEvent) -> None:
        self.drop_zone.set_active(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self.drop_zone.set_active(False)
        if self.handle_drop(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def handle_drop(self, urls: list[QUrl]) -> bool:
        local = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        if local:
            self.add_paths(local)
        return bool(local)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose files to upload"), "", self.tr(FILE_FILTER))
        if names:
            self.add_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder to upload"))
        if name:
            self.add_paths([Path(name)])

    def add_paths(self, files: list[Path]) -> None:
        """Queue files and folders with the grouping and details filled in above."""
        if self.queue is None:
            self._pending_adds.append(files)  # the queue is still opening
            return
        self._add(files)

    def _add(self, files: list[Path]) -> None:
        grouping = Grouping.ONE_MULTI_PAGE_TICKET if self.multi_radio.isChecked() else Grouping.ONE_TICKET_EACH
        if grouping is Grouping.ONE_TICKET_EACH and self.split_check.isChecked():
            self.context.runner.run(
                _split_and_add, self.queue, files, paths.split_pages_dir(), ticket_number=self.number_edit.text(),
                job=self.job_edit.text(), notes=self.notes_edit.text(), context=self)
            return
        self.context.runner.run(
            self.queue.add, files, grouping=grouping, ticket_number=self.number_edit.text(),
            job=self.job_edit.text(), notes=self.notes_edit.text(), quality=QualityPolicy.HOLD, context=self)

    # -- actions on files ------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.item(row).id for row in rows]

    def select_ids(self, ids: list[int]) -> None:
        """Select rows by item id (used by tests and after actions)."""
        self.table.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for item_id in ids:
            row = self.model.row_of(item_id)
            if row is not None:
                self.table.selectionModel().select(self.model.index(row, 0), flags)
        self._update_actions()

    def _each(self, method: str, *args, **kwargs) -> None:
        if self.queue is None:
            return
        fn = getattr(self.queue, method)
        ids = self.selected_ids()
        self.context.runner.run(lambda: [fn(i, *args, **kwargs) for i in ids], context=self)

    def pause_selected(self) -> None:
        self._each("pause")

    def resume_selected(self) -> None:
        self._each("resume")

    def retry_selected(self) -> None:
        self._each("retry_now")

    def cancel_selected(self) -> None:
        self._each("cancel")

    def decide_selected(self, upload_anyway: bool) -> None:
        self._each("decide", upload_anyway=upload_anyway)

    def send_held_anyway(self) -> None:
        self._each("send_anyway")

    def remove_held(self) -> None:
        self._each("remove_held")

    def toggle_pause_all(self) -> None:
        if self.queue_runner is not None and self.queue_runner.paused:
            self.resume_all()
        else:
            self.pause_all()

    def pause_all(self) -> None:
        """Pause every upload (the page's button and the tray menu)."""
        if self.queue_runner is None:
            return
        self.queue_runner.pause_all()
        self._update_actions()
        self._update_totals()

    def resume_all(self) -> None:
        if self.queue_runner is None:
            return
        self.queue_runner.resume_all()
        self._update_actions()
        self._update_totals()

    def clear_finished(self) -> None:
        if self.queue is not None:
            self.context.runner.run(self.queue.remove_finished, context=self)

    # -- display ---------------------------------------------------------------

    def _load_wanted_thumbnails(self) -> None:
        rows = self.model.rowCount()
        if not rows or not self.table.isVisible():
            return
        first = max(0, self.table.rowAt(0))
        last = self.table.rowAt(self._viewport.height() - 1)
        wanted = {item_id: (sha256, staged) for item_id, sha256, staged in self.model.wanting_thumbnails(
            first, rows - 1 if last < 0 else last)}
        if wanted:
            self.context.runner.run(
                _load_thumbnails, self._thumbnails, wanted,
                on_done=lambda images: self.model.set_thumbnails(
                    {item_id: QIcon(QPixmap.fromImage(image)) for item_id, image in images.items()}),
                on_error=lambda exc: log.info("no thumbnails for %d uploads: %s", len(wanted), exc), context=self)

    def _update_empty(self, *_args) -> None:
        self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
        self._update_actions()

    def _update_actions(self) -> None:
        states = {self.model.item(self.model.row_of(i)).state for i in self.selected_ids()}
        active = {ItemState.PREPARING, ItemState.DUPLICATE_CHECK, ItemState.QUEUED, ItemState.UPLOADING,
                  ItemState.FAILED}
        self.pause_button.setEnabled(bool(states & active))
        self.resume_button.setEnabled(ItemState.PAUSED in states)
        self.retry_button.setEnabled(bool(states & {ItemState.FAILED, ItemState.PAUSED}))
        self.cancel_button.setEnabled(any(not s.finished for s in states))
        deciding = ItemState.WAITING_DECISION in states
        self.upload_anyway_button.setEnabled(deciding)
        self.skip_button.setEnabled(deciding)
        held = ItemState.HELD in states
        self.send_anyway_button.setEnabled(held)
        self.remove_button.setEnabled(held)
        counts = self.model.counts()
        # The decision buttons are shown only while some file waits for that decision: ten
        # buttons in one row did not fit a window 1,000 px wide, and their words were cut.
        for button, waiting in ((self.upload_anyway_button, ItemState.WAITING_DECISION),
                                (self.skip_button, ItemState.WAITING_DECISION),
                                (self.send_anyway_button, ItemState.HELD), (self.remove_button, ItemState.HELD)):
            button.setVisible(bool(counts.get(waiting)))
        self.clear_button.setEnabled(any(s.finished for s in counts))
        paused = self.queue_runner is not None and self.queue_runner.paused
        self.pause_all_button.setText(self.tr("Resume all") if paused else self.tr("Pause all"))
        self.pause_all_button.setEnabled(self.queue_runner is not None)

    def _update_badge(self, counts: dict[ItemState, int]) -> None:
        """"Uploads (3)" in the navigation while files are waiting."""
        pending = sum(n for state, n in counts.items() if not state.finished)
        window = self.window()
        if pending != self._badge and callable(getattr(window, "set_badge", None)):
            self._badge = pending
            window.set_badge("uploads", pending)

    def _update_totals(self) -> None:
        sent, total = self.model.totals()
        counts = self.model.counts()
        self._update_badge(counts)
        files = self.model.rowCount()
        done = counts.get(ItemState.DONE, 0)
        self.total_bar.setValue(int(1000 * sent / total) if total else 0)
        self.total_bar.setVisible(bool(files))  # an empty bar next to "Nothing to upload" says nothing
        if not files:
            self.totals_line.set_text(self.tr("Nothing to upload."))
            return
        speed = self.model.speed()
        parts = [self.tr("{done} of %n files uploaded", "", files).format(done=done),
                 self.tr("{sent} of {total}").format(sent=format_size(sent), total=format_size(total))]
        if counts.get(ItemState.UPLOADING) and speed > 0:
            parts.append(self.tr("{speed}/s").format(speed=format_size(speed)))
        if counts.get(ItemState.UPLOADING) and self._limit_kib:
            # Says why uploads are slower than the connection (Settings → Bandwidth limit).
            parts.append(self.tr("limited to {limit} KiB/s").format(limit=self._limit_kib))
        problems = counts.get(ItemState.FAILED, 0) + counts.get(ItemState.REJECTED, 0)
        if problems:
            parts.append(self.tr("%n with problems", "", problems))
        waiting = counts.get(ItemState.WAITING_DECISION, 0) + counts.get(ItemState.HELD, 0)
        if waiting:
            parts.append(self.tr("%n waiting for your decision", "", waiting))
        if self.queue_runner is not None and self.queue_runner.paused:
            parts.append(self.tr("paused"))
        self.totals_line.set_text(" · ".join(parts))
