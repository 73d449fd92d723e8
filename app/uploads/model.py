"""The upload queue as a Qt table model, fed by queue events on the GUI thread.

The model is a ``QStandardItemModel``: each row's values (texts, icons, the progress bar's brush)
are stored in Qt when the row changes, and a repaint reads them there without entering Python.
A Python model (``data()``, ``index()``, even ``multiData()``) was entered from Qt for every
painted cell, and each entry waited for the GIL while the upload and watcher threads ran Python:
with a watched folder's thousand files the table's repaints were the GUI thread's longest stalls
(35–65 ms each; tests/app/test_uploads_paint.py, ``./dev bench watch``). Only the Status column's
delegate (its elide mode) still enters Python, once per painted Status cell."""

from __future__ import annotations

import itertools
import threading
import time
import unicodedata
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QLinearGradient, QPalette, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from api_client import quality_message
from api_client.uploads import ItemState, QueueEvent, UploadItem

from .. import service_sentences
from ..formatting import format_size
from ..sdk_sentences import localise
from ..theme import error_colour

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The fraction of a file sent, 0 to 1 (what the progress cell's bar shows).
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2

#: States with nothing to show in the progress column.
_NO_BAR = (ItemState.REJECTED, ItemState.CANCELLED, ItemState.WAITING_DECISION, ItemState.HELD)


def printable_path(path: str) -> str:
    """``path`` safe to show: control and bidi characters (a name may hold line breaks,
    escape sequences or a right-to-left override) and bytes that were not UTF-8 become "\ufffd"."""
    if path.isprintable():  # no character of category C (nor a separator other than the space)
        return path
    return "".join("\ufffd" if unicodedata.category(c)[0] == "C" else c for c in path)


class QueueBridge(QObject):
    """Carries queue events from worker threads to the GUI thread, in batches.

    Events are collected as they come and delivered by a timer at most every
    ``EVENT_INTERVAL_MS`` as one list (``events``); progress (many per second)
    is coalesced per file and delivered ten times a second. A thousand files
    arriving from a watched folder make thousands of events: one queued signal
    per event kept the event loop busy for whole seconds.
    """

    EVENT_INTERVAL_MS = 50

    events = Signal(object)  # [QueueEvent, …] in the order they happened
    progress = Signal(object)  # {item id: (sent, total)}; int keys do not survive a QVariantMap

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._pending: dict[int, tuple[int, int]] = {}
        self._events: list[QueueEvent] = []
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._flush)
        self._timer.start()
        self._event_timer = QTimer(self)
        self._event_timer.setInterval(self.EVENT_INTERVAL_MS)
        self._event_timer.timeout.connect(self._flush_events)
        self._event_timer.start()

    def listener(self, event: QueueEvent) -> None:
        """Called on any thread by the queue."""
        with self._lock:
            if event.kind == "progress":
                self._pending[event.item_id] = (event.sent, event.total)
            else:
                self._events.append(event)

    def _flush(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, {}
        if pending:
            self.progress.emit(pending)

    def _flush_events(self) -> None:
        with self._lock:
            events, self._events = self._events, []
        if events:
            self.events.emit(events)


class StatusDelegate(QStyledItemDelegate):
    """The Status column's cells elided at their end ("This photo looks blurred; the numb…"), where
    the table elides in the middle to keep a file's extension in view: a sentence cut in its middle
    reads as two halves of nothing. The whole sentence is the cell's tool tip.

    One more call from Qt into Python per painted Status cell, and one call back into Qt that keeps
    the GIL (tests/app/test_uploads_paint.py); no painting in Python."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight


class _SignalsBlocked:
    def __init__(self, model: QObject) -> None:
        self._model = model

    def __enter__(self) -> None:
        self._was = self._model.blockSignals(True)

    def __exit__(self, *_exc) -> None:
        self._model.blockSignals(self._was)


def _ranges(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as runs of consecutive ones: [(first, last), …]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


#: The roles of the cells (as ints: what Qt stores them by).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOL_TIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_CENTRE = Qt.AlignmentFlag.AlignCenter


class UploadQueueModel(QStandardItemModel):
    """One row per file: name (with thumbnail), size, progress, status. Rows are kept in the
    order of ``_items``; each changed row's cells are stored again (``_store_runs``), and Qt tells the
    view by runs of rows. No virtual method is overridden here: Qt calls none into Python."""

    NAME, SIZE, PROGRESS, STATUS = range(4)
    #: Rows stored in one go, and the time one go may take; more wait for the next turn of the
    #: event loop (``_fill``). The time counts most where threads running Python make each store
    #: wait for the GIL: 100 rows took 35-55 ms there on a loaded machine, in two or three waits.
    FILL_AT_ONCE = 100
    FILL_BUDGET = 0.008  # seconds
    totals_changed = Signal()
    #: Items that became HELD or stopped being HELD, or were removed while held (their ids):
    #: the page gives only these rows their Send anyway / Remove buttons or takes them away.
    held_changed = Signal(object)  # set[int]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, 4, parent)
        #: Rows added but not yet stored (item ids, in order): see ``_fill``.
        self._unfilled: dict[int, None] = {}
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill_more)
        self._items: list[UploadItem] = []
        self._rows: dict[int, int] = {}
        self._sent: dict[int, int] = {}
        self._icons: dict[int, QIcon] = {}
        self._asked: set[int] = set()
        self._standard: dict[QStyle.StandardPixmap, QIcon] = {}
        self._size_texts: dict[int | None, str] = {}
        self._said: dict[str, str] = {}  # an SDK sentence kept on an item -> in the person's language
        self._statuses: dict[int, str] = {}  # item id -> its status text, until the item changes
        self._bars: dict[tuple[str, int], QBrush] = {}
        self._bar_width = 140
        self._error: QColor | None = None  # error_colour(), kept until the palette changes
        self._samples: list[tuple[float, int]] = []
        #: Files per state, and bytes to send and sent, kept up to date by every change.
        self._counts: dict[ItemState, int] = {}
        self._total = 0
        self._sent_total = 0
        self.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Progress"), self.tr("Status")])

    # -- feeding ---------------------------------------------------------------

    def reset_items(self, items: list[UploadItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._rows = {item.id: row for row, item in enumerate(self._items)}
        self._sent = {item.id: item.offset for item in self._items}
        self._statuses = {}
        self._counts = {}
        self._total = self._sent_total = 0
        for item in self._items:
            self._count(item, 1)
        self._unfilled = {}
        with self._quiet():  # the reset tells the view
            self.setRowCount(len(self._items))
            self._fill(range(len(self._items)))
        self.endResetModel()
        self.totals_changed.emit()
        held = {item.id for item in self._items if item.state is ItemState.HELD}
        if held:
            self.held_changed.emit(held)

    def apply(self, event: QueueEvent) -> None:
        self.apply_events([event])

    def apply_events(self, events: list[QueueEvent]) -> None:
        """A batch of queue events: each file's last state wins; changed rows are redrawn by
        ranges, new ones inserted as one block, removed ones taken out by ranges. Work in
        proportion to the events, never to the rows (counts and totals are kept as they go)."""
        latest: dict[int, UploadItem | None] = {}  # None: removed
        for event in events:
            if event.kind == "removed":
                latest[event.item_id] = None
            elif event.item is not None:
                if event.kind == "added" and (latest[event.item_id] is not None if event.item_id in latest
                                              else event.item_id in self._rows):
                    # An addition's snapshot is the file's first state, and the queue tells it after
                    # the whole batch is stored: a worker may have prepared the file (held it, say)
                    # and told that first. Whatever is already known of it is newer.
                    continue
                latest[event.item.id] = event.item
        if not latest:
            return
        changed: list[int] = []
        added: list[UploadItem] = []
        removed: list[int] = []
        held: set[int] = set()
        for item_id, item in latest.items():
            self._statuses.pop(item_id, None)
            row = self._rows.get(item_id)
            if item is None:
                if row is not None:
                    removed.append(row)
                    if self._items[row].state is ItemState.HELD:
                        held.add(item_id)
            elif row is None:
                added.append(item)
                if item.state is ItemState.HELD:
                    held.add(item_id)
            else:
                if (self._items[row].state is ItemState.HELD) != (item.state is ItemState.HELD):
                    held.add(item_id)
                self._count(self._items[row], -1)
                self._items[row] = item
                self._note_sent(item)
                self._count(item, 1)
                changed.append(row)
        self._store_runs(changed)
        if added:
            first = len(self._items)
            for offset, item in enumerate(added):
                self._items.append(item)
                self._rows[item.id] = first + offset
                self._note_sent(item)
                self._count(item, 1)
            self.insertRows(first, len(added))  # one rowsInserted: the view paints them after this
            with self._quiet():
                self._fill(range(first, first + len(added)))
        if removed:
            for first, last in reversed(_ranges(sorted(removed))):
                for item in self._items[first:last + 1]:
                    self._count(item, -1)
                    self._sent.pop(item.id, None)
                del self._items[first:last + 1]
                self.removeRows(first, last - first + 1)
            self._rows = {item.id: r for r, item in enumerate(self._items)}
        self.totals_changed.emit()
        if held:
            self.held_changed.emit(held)

    def _note_sent(self, item: UploadItem) -> None:
        if item.state is ItemState.DONE:
            self._sent[item.id] = item.size or 0
        elif item.state is not ItemState.UPLOADING:
            self._sent[item.id] = item.offset
        else:
            self._sent.setdefault(item.id, item.offset)

    def _count(self, item: UploadItem, sign: int) -> None:
        """Add (+1) or take out (-1) ``item`` from the counts and totals (with its bytes sent now)."""
        self._counts[item.state] = self._counts.get(item.state, 0) + sign
        if item.state in (ItemState.CANCELLED, ItemState.REJECTED) or item.size is None:
            return
        self._total += sign * item.size
        self._sent_total += sign * min(item.size, self._sent.get(item.id, 0))

    def apply_progress(self, progress: dict[int, tuple[int, int]]) -> None:
        rows = []
        for item_id, (sent, _total) in progress.items():
            row = self._rows.get(item_id)
            if row is None or self._items[row].state.finished:
                continue
            item = self._items[row]
            self._count(item, -1)
            self._sent[item_id] = sent
            self._count(item, 1)
            rows.append(row)
        self._store_runs(rows, (self.PROGRESS,))
        self.totals_changed.emit()

    def set_thumbnails(self, icons: dict[int, QIcon]) -> None:
        """Rows' previews (item id -> icon), redrawn by runs of rows."""
        self._icons.update(icons)
        self._store_runs([row for row in map(self._rows.get, icons) if row is not None], (self.NAME,))

    def wanting_thumbnails(self, first: int, last: int) -> list[tuple[int, str, str]]:
        """Of rows ``first`` to ``last`` (the ones in view), the files whose preview is not made
        and not yet asked for, as (item id, sha256, staged path); each is asked for once."""
        wanted = []
        for item in self._items[max(0, first):last + 1]:
            if (item.sha256 and item.staged_path and item.state is not ItemState.REJECTED
                    and item.id not in self._icons and item.id not in self._asked):
                self._asked.add(item.id)
                wanted.append((item.id, item.sha256, item.staged_path))
        return wanted

    # -- storing ---------------------------------------------------------------

    def _quiet(self):
        """Signals held while cells are stored one by one (each would be a dataChanged, and a
        call from Qt into each connected slot): the caller tells the view once, by runs."""
        return _SignalsBlocked(self)

    def _store_rows(self, rows, columns: tuple[int, ...] = (0, 1, 2, 3), deadline: float | None = None) -> int:
        """Store ``rows``' ``columns``; with a ``deadline`` (``_clock``), stop once it has passed
        (one row at least is stored). Returns how many of ``rows`` were stored."""
        whole = len(columns) == 4
        stored = 0
        for row in rows:
            item = self._items[row]
            cells = self._cells(item)
            for column in columns:
                self.setItemData(self.index(row, column), cells[column])
            if whole:
                self._unfilled.pop(item.id, None)
            stored += 1
            if deadline is not None and self._clock() >= deadline:
                break
        return stored

    #: What ``FILL_BUDGET`` is measured with (a test gives the model a clock of its own).
    _clock = staticmethod(time.perf_counter)

    def _fill(self, rows: range) -> None:
        """New rows' cells (no signal: the rows' insertion or the reset tells the view): a first
        slice now (``FILL_AT_ONCE`` rows, or what ``FILL_BUDGET`` allows), the others a slice at a
        time from the event loop, so that a thousand files added at once do not hold the GUI
        thread for the ~60 µs each takes to store, or longer where it waits for the GIL."""
        stored = self._store_rows(rows[:self.FILL_AT_ONCE], deadline=self._clock() + self.FILL_BUDGET)
        for row in rows[stored:]:
            self._unfilled[self._items[row].id] = None
        if self._unfilled and not self._fill_timer.isActive():
            self._fill_timer.start()

    def _fill_more(self) -> None:
        deadline = self._clock() + self.FILL_BUDGET
        ids = list(itertools.islice(self._unfilled, self.FILL_AT_ONCE))
        rows = [row for row in map(self._rows.get, ids) if row is not None]
        for item_id in ids:
            if item_id not in self._rows:  # removed before it was stored
                del self._unfilled[item_id]
        self._store_runs(rows, deadline=deadline)
        if self._unfilled:
            self._fill_timer.start()

    def filled(self) -> bool:
        """Whether every row's cells are stored (the last slice of a large addition has run)."""
        return not self._unfilled

    def _store_runs(self, rows, columns: tuple[int, ...] = (0, 1, 2, 3), deadline: float | None = None) -> None:
        """Store ``rows``' ``columns`` again (in order, up to the ``deadline``: see ``_store_rows``)
        and tell the view once per run of the rows stored."""
        rows = sorted(rows)
        if not rows:
            return
        with self._quiet():
            rows = rows[:self._store_rows(rows, columns, deadline)]
        for first, last in _ranges(rows):
            self.dataChanged.emit(self.index(first, columns[0]), self.index(last, columns[-1]))

    # -- reading ---------------------------------------------------------------

    def item(self, row: int) -> UploadItem:
        return self._items[row]

    def item_by_id(self, item_id: int) -> UploadItem | None:
        row = self._rows.get(item_id)
        return None if row is None else self._items[row]

    def row_of(self, item_id: int) -> int | None:
        return self._rows.get(item_id)

    def totals(self) -> tuple[int, int]:
        """(bytes sent, bytes to send) over files that are or will be uploaded (kept as events come)."""
        return self._sent_total, self._total

    def speed(self) -> float:
        """Bytes per second over the last few seconds."""
        now = time.monotonic()
        sent, _ = self.totals()
        self._samples.append((now, sent))
        self._samples = [s for s in self._samples if now - s[0] <= 3.0]
        first_time, first_sent = self._samples[0]
        if now - first_time < 0.2:
            return 0.0
        return max(0.0, (sent - first_sent) / (now - first_time))

    def counts(self) -> dict[ItemState, int]:
        return {state: n for state, n in self._counts.items() if n}

    def _cells(self, item: UploadItem) -> tuple[dict, dict, dict, dict]:
        """The row's four cells, each as every role its column may have (None: not there, and taken
        away from a cell that had it)."""
        status = self._status(item)
        if item.state is ItemState.HELD:
            accessible = self.tr("{name}: {problem} Send it anyway, or remove it?").format(
                name=item.name, problem=self.quality_text(item))
        else:
            accessible = f"{item.name}: {status}"
        if item.state is ItemState.REJECTED:
            icon = self._standard_icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        else:
            icon = self._icons.get(item.id) or self._standard_icon(QStyle.StandardPixmap.SP_FileIcon)
        removed = (self.tr("Removed before upload: {what}").format(what=", ".join(item.removed))
                   if item.removed else "")
        fraction = self._fraction(item)
        error = None
        if item.state in (ItemState.FAILED, ItemState.REJECTED, ItemState.HELD):
            if self._error is None:
                self._error = error_colour()
            error = self._error
        return (
            {ITEM_ID_ROLE: item.id, _DISPLAY: item.name, _DECORATION: icon, _ACCESSIBLE: accessible,
             _TOOL_TIP: "\n".join(filter(None, [printable_path(item.source_path), removed]))},
            {_DISPLAY: self._size_text(item.size), _ACCESSIBLE: accessible},
            {PROGRESS_ROLE: fraction, _ACCESSIBLE: accessible, _ALIGNMENT: _CENTRE, _BACKGROUND: self._bar(item),
             _DISPLAY: f"{fraction:.0%}" if item.size and item.state not in _NO_BAR else ""},
            {_DISPLAY: status, _TOOL_TIP: status, _ACCESSIBLE: accessible, _FOREGROUND: error},
        )

    def _status(self, item: UploadItem) -> str:
        """``status_text``, kept per file until the file changes: a repaint asks each visible row
        for it several times, and each ``tr`` is a call into Qt that gives up the GIL (with the
        upload threads running Python, each call back waits for it)."""
        text = self._statuses.get(item.id)
        if text is None:
            text = self._statuses[item.id] = self.status_text(item)
        return text

    def _bar(self, item: UploadItem) -> QBrush | None:
        """The progress cell's bar: a brush filled up to the fraction sent, drawn by the view itself
        (no Python delegate: a painted cell made a dozen calls into Qt, each waiting for the GIL
        again while the upload threads run). One brush per colour and percent, kept."""
        if not item.size or item.state in _NO_BAR:
            return None
        percent = round(100 * self._fraction(item))
        if percent <= 0:
            return None
        kind = ("done" if item.state is ItemState.DONE
                else "stopped" if item.state in (ItemState.PAUSED, ItemState.FAILED) else "moving")
        brush = self._bars.get((kind, percent))
        if brush is None:
            palette = QApplication.palette()
            colour = {"done": QColor("#2e9d5b"), "moving": palette.color(QPalette.ColorRole.Highlight),
                      "stopped": palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)}[kind]
            colour.setAlpha(110)  # the percentage stays readable on it
            # The view paints a cell's background with the brush's origin at the cell's top left:
            # from there, the column's width.
            gradient = QLinearGradient(0, 0, self._bar_width, 0)
            end = percent / 100
            gradient.setColorAt(0, colour)
            gradient.setColorAt(end, colour)
            if end < 1:
                gradient.setColorAt(min(1.0, end + 0.001), QColor(Qt.GlobalColor.transparent))
                gradient.setColorAt(1, QColor(Qt.GlobalColor.transparent))
            brush = self._bars[(kind, percent)] = QBrush(gradient)
        return brush

    def set_bar_width(self, width: int) -> None:
        """The progress column's width in pixels (the page tells it when the column is resized)."""
        if width > 0 and width != self._bar_width:
            self._bar_width = width
            self.forget_bars()

    def forget_bars(self) -> None:
        """The palette or the column's width changed: the bars (and the error colour) are made again."""
        self._bars.clear()
        self._error = None
        self._store_runs(range(len(self._items)), (self.PROGRESS, self.STATUS))

    def _size_text(self, size: int | None) -> str:
        """``format_size``, kept per size: every repaint asks each row's Size (a call into QLocale
        each time, and a wait for the GIL after it while the upload threads run Python)."""
        text = self._size_texts.get(size)
        if text is None:
            text = self._size_texts[size] = format_size(size)
        return text

    def _standard_icon(self, which: QStyle.StandardPixmap) -> QIcon:
        icon = self._standard.get(which)
        if icon is None:
            icon = self._standard[which] = QApplication.style().standardIcon(which)
        return icon

    def _fraction(self, item: UploadItem) -> float:
        if item.state is ItemState.DONE:
            return 1.0
        if not item.size:
            return 0.0
        return min(1.0, self._sent.get(item.id, item.offset) / item.size)

    def status_text(self, item: UploadItem) -> str:
        state = item.state
        if state is ItemState.PREPARING:
            return self.tr("Checking and removing location data…")
        if state is ItemState.DUPLICATE_CHECK:
            return self.tr("Looking for an earlier upload of this file…")
        if state is ItemState.WAITING_DECISION:
            return self.tr("Already uploaded ({where}). Upload it anyway, or skip it?").format(
                where=self._where(item))
        if state is ItemState.HELD:
            return self.quality_text(item)
        if state is ItemState.QUEUED:
            return self.tr("Waiting to upload")
        if state is ItemState.UPLOADING:
            return self.tr("Uploading")
        if state is ItemState.PAUSED:
            return self.tr("Paused")
        if state is ItemState.FAILED:
            error = self._in_language(item.error) or self.tr("The upload failed.")
            if item.next_attempt_at is not None:
                when = datetime.fromtimestamp(item.next_attempt_at).strftime("%H:%M:%S")
                return self.tr("{error} Next try at {time}.").format(error=error, time=when)
            return self.tr("{error} Use “Retry now” to try again.").format(error=error)
        if state is ItemState.DONE:
            if (item.page_count or 1) > 1:
                done = self.tr("Uploaded as page {page} of {count}").format(page=item.page, count=item.page_count)
            else:
                done = self.tr("Uploaded")
            if item.quality_warning:
                done = self.tr("{status}, with its warning: {problem}").format(status=done,
                                                                              problem=self.quality_text(item))
            return self._with_note(done, item)
        if state is ItemState.CANCELLED:
            return self._with_note(self._in_language(item.error) or self.tr("Cancelled"), item)
        return self._with_note(self._in_language(item.error) or self.tr("This file cannot be uploaded."), item)

    def quality_text(self, item: UploadItem) -> str:
        """What the photo check found (``item.quality_warning``), in one sentence: the SDK's,
        by its problem code, from the one table of the SDK's sentences (``app.sdk_sentences``)."""
        if not item.quality_warning:
            return self.tr("This photo may not be readable.")
        return localise(quality_message(item.quality_warning), QCoreApplication.translate) or ""

    def _with_note(self, status: str, item: UploadItem) -> str:
        """The status, then what became of the file's ticket when some of its pages did not arrive."""
        if not item.note:
            return status
        return self.tr("{status} {note}").format(status=status if status.endswith(".") else status + ".",
                                                 note=self._in_language(item.note))

    def _in_language(self, text: str | None) -> str | None:
        """An item's kept error or note in the person's language when it is one of the SDK's
        sentences (``app.sdk_sentences``) or the service's (a refusal: the queue keeps its English,
        not its code); remembered per text, since a repaint asks for every visible row and
        recognising a kept sentence tries each template."""
        if not text:
            return text
        said = self._said.get(text)
        if said is None:
            said = localise(text, QCoreApplication.translate) or text
            kept = service_sentences.recognise(text) if said == text else None
            if kept is not None:
                said = service_sentences.say(kept, QCoreApplication.translate)
            self._said[text] = said
        return said

    def _where(self, item: UploadItem) -> str:
        parts = []
        for match in item.duplicates[:2]:
            if match.get("ticket_id"):
                number = match.get("ticket_number")
                parts.append(self.tr("ticket {number}").format(number=number) if number
                             else self.tr("an earlier ticket"))
            else:
                parts.append(self.tr("also in this list as {name}").format(name=match.get("queued_as", "")))
        return ", ".join(parts) or self.tr("earlier")
