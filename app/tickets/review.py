"""The review view: a ticket's page picture beside the values read from it.

The picture (a ``QGraphicsView``) zooms (Ctrl+wheel, Ctrl++ / Ctrl+- / Ctrl+0)
and pans (drag); the field being edited is outlined on it. Each field shows
how sure the service is by colour *and* by text. Tab and Enter walk the
fields; a changed value is sent when the person leaves it. Ctrl+Enter sends
what is pending, marks the ticket reviewed and opens the next one in To review.

Every HTTP call runs on the task runner; corrections go one at a time, in the
order they were made.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from api_client import (
    FIELD_NAMES,
    FieldSource,
    HistoryEvent,
    HistoryKind,
    NotFoundError,
    TicketDetail,
    TicketField,
    TicketFile,
    TicketProsClient,
)

from ..errors import describe
from ..formatting import label_for, local_time
from ..sdk_sentences import localise
from ..theme import current_theme

log = logging.getLogger(__name__)

_FIELD_LABELS = {
    "ticket_number": QT_TRANSLATE_NOOP("Review", "Ticket number"),
    "date": QT_TRANSLATE_NOOP("Review", "Date"),
    "vendor": QT_TRANSLATE_NOOP("Review", "Company / vendor"),
    "customer": QT_TRANSLATE_NOOP("Review", "Customer"),
    "vehicle": QT_TRANSLATE_NOOP("Review", "Truck / vehicle"),
    "material": QT_TRANSLATE_NOOP("Review", "Material / product"),
    "gross_weight": QT_TRANSLATE_NOOP("Review", "Gross weight"),
    "tare_weight": QT_TRANSLATE_NOOP("Review", "Tare weight"),
    "net_weight": QT_TRANSLATE_NOOP("Review", "Net weight"),
    "weight_unit": QT_TRANSLATE_NOOP("Review", "Weight unit"),
    "quantity": QT_TRANSLATE_NOOP("Review", "Quantity"),
    "quantity_unit": QT_TRANSLATE_NOOP("Review", "Quantity unit"),
    "total": QT_TRANSLATE_NOOP("Review", "Total amount"),
    "currency": QT_TRANSLATE_NOOP("Review", "Currency"),
}

#: Below this the value is shown as doubtful (amber) even when no check flagged it.
FAIR_CONFIDENCE = 0.85


def field_label(name: str) -> str:
    return label_for("Review", _FIELD_LABELS, name)


def history_text(e: HistoryEvent) -> str:
    """What one event of a ticket's history did, in a few words (the review view and the side panel)."""
    translate = QCoreApplication.translate  # in the review view's context, where its translations are
    if e.kind is HistoryKind.CORRECTED:
        return translate("ReviewView", "{field}: {old} → {new}").format(
            field=field_label(e.field or ""), old=e.old_value or translate("ReviewView", "(none)"),
            new=e.new_value or translate("ReviewView", "(none)"))
    return {HistoryKind.READ: translate("ReviewView", "Values read from the pages"),
            HistoryKind.READ_FAILED: translate("ReviewView", "The pages could not be read"),
            HistoryKind.REVIEWED: translate("ReviewView", "Marked reviewed")}.get(e.kind, str(e.kind))


def history_who(e: HistoryEvent) -> str:
    if e.by is not None:
        return e.by.name
    return QCoreApplication.translate("ReviewView", "The service") \
        if e.kind in (HistoryKind.READ, HistoryKind.READ_FAILED) else QCoreApplication.translate("ReviewView", "(former user)")


def fetch_page_image(client: TicketProsClient, ticket_id: str, file: TicketFile) -> QImage | None:
    """The page's picture (in memory only): a PDF's page as the service draws it; None for a
    PDF when the service is older than that drawing."""
    if file.mime == "application/pdf":
        try:
            data = client.tickets.page_picture(ticket_id, file.id)
        except NotFoundError:
            return None
    else:
        data = client.tickets.content(ticket_id, file.id)
    image = QImage.fromData(data)
    if image.isNull():
        raise ValueError("the page is not a picture the app can show")
    return image


def save_corrections(client: TicketProsClient, ticket_id: str, changes: list[tuple[str, str]]) -> TicketDetail:
    detail = None
    for name, value in changes:
        detail = client.tickets.correct(ticket_id, name, value or None)
    return detail if detail is not None else client.tickets.get(ticket_id)


def review_and_find_next(client: TicketProsClient, ticket_id: str, skipped: frozenset[str]) -> str | None:
    """Mark the ticket reviewed; the id of the next ticket in To review (None: none left)."""
    client.tickets.mark_reviewed(ticket_id)
    page = client.tickets.to_review(limit=50)
    return next((t.id for t in page.items if t.id != ticket_id and t.id not in skipped), None)


class PageView(QGraphicsView):
    """The page picture: zoom with Ctrl+wheel or the buttons, pan by dragging;
    one outlined box for the field being edited."""

    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab walks the fields; zoom has its shortcuts
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Made by the scene, so the scene owns them (a Python-made item the scene
        # deletes is deleted twice).
        self._pixmap: QGraphicsPixmapItem = self.scene().addPixmap(QPixmap())
        self._pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.outline: QGraphicsRectItem = self.scene().addRect(QRectF())
        self.outline.setZValue(1)
        self.outline.hide()
        self._fitted = True

    def show_image(self, image: QImage | None) -> None:
        self._pixmap.setPixmap(QPixmap.fromImage(image) if image is not None else QPixmap())
        self.scene().setSceneRect(self._pixmap.boundingRect())
        self.outline.hide()
        self.fit()

    @property
    def has_image(self) -> bool:
        return not self._pixmap.pixmap().isNull()

    def outline_box(self, box) -> None:
        """Outline ``box`` (fractions of the page), or hide the outline (None)."""
        if box is None or not self.has_image:
            self.outline.hide()
            return
        size = self._pixmap.pixmap().size()
        pad = 4
        rect = QRectF(box.left * size.width() - pad, box.top * size.height() - pad,
                      (box.right - box.left) * size.width() + 2 * pad,
                      (box.bottom - box.top) * size.height() + 2 * pad)
        colour = QColor("#ff8a00" if current_theme() == "light" else "#ffb74d")
        pen = QPen(colour, 3)
        pen.setCosmetic(True)  # as thick at any zoom
        self.outline.setPen(pen)
        fill = QColor(colour)
        fill.setAlpha(40)
        self.outline.setBrush(QBrush(fill))
        self.outline.setRect(rect)
        self.outline.show()
        self.ensureVisible(rect, 40, 40)

    def fit(self) -> None:
        self._fitted = True
        if self.has_image:
            self.fitInView(self._pixmap, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.zoom)

    def zoom_by(self, factor: float) -> None:
        new = self.zoom * factor
        if not 0.05 <= new <= 8:
            return
        self._fitted = False
        self.scale(factor, factor)
        if self.outline.isVisible():
            self.ensureVisible(self.outline.rect(), 40, 40)
        self.zoom_changed.emit(self.zoom)

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.25 if event.angleDelta().y() > 0 else 0.8)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()


class FieldEdit(QLineEdit):
    """A field's value, knowing its field's name."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name


class ReviewView(QWidget):
    """One ticket at a time; ``closed`` when the person goes back to the list
    (``changed`` tells whether any ticket was corrected or reviewed)."""

    closed = Signal(bool)

    def __init__(self, client: TicketProsClient, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.runner = runner
        self.ticket: TicketDetail | None = None
        self._images: dict[str, QImage | None] = {}
        self._shown_file: str | None = None
        self._request = 0
        self._pending: deque[tuple] = deque()
        self._busy = False
        self._changed = False
        self._skipped: set[str] = set()
        self._build()

    # -- building ------------------------------------------------------------

    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("Back to the list"))
        self.back_button.setAccessibleName(self.tr("Back to the ticket list (Esc)"))
        self.back_button.setToolTip(self.tr("Esc"))
        self.back_button.clicked.connect(self.close_view)
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        self.done_button = QPushButton(self.tr("Mark reviewed and open next"))
        self.done_button.setObjectName("Primary")
        self.done_button.setAccessibleName(self.tr("Mark this ticket reviewed and open the next (Ctrl+Enter)"))
        self.done_button.setToolTip(self.tr("Ctrl+Enter"))
        self.done_button.clicked.connect(self.mark_reviewed_and_next)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.done_button)

        self.issues = QLabel()
        self.issues.setObjectName("ErrorText")
        self.issues.setWordWrap(True)
        self.issues.setAccessibleName(self.tr("Why this ticket needs review"))
        self.message = QLabel()
        self.message.setObjectName("Muted")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Review status"))

        # The picture, its page and zoom.
        self.view = PageView()
        self.view.setAccessibleName(self.tr("Page picture"))
        self.view.setMinimumSize(QSize(240, 240))
        self.page_combo = QComboBox()
        self.page_combo.setAccessibleName(self.tr("Page shown"))
        self.page_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.page_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.page_combo.currentIndexChanged.connect(self._page_chosen)
        self.zoom_out = QPushButton("−")
        self.zoom_in = QPushButton("+")
        self.zoom_fit = QPushButton(self.tr("Fit"))
        for button, name, keys, slot in (
            (self.zoom_out, self.tr("Zoom out (Ctrl+-)"), QKeySequence.StandardKey.ZoomOut,
             lambda: self.view.zoom_by(0.8)),
            (self.zoom_in, self.tr("Zoom in (Ctrl++)"), QKeySequence.StandardKey.ZoomIn,
             lambda: self.view.zoom_by(1.25)),
            (self.zoom_fit, self.tr("Fit the page (Ctrl+0)"), QKeySequence("Ctrl+0"), self.view.fit),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # reached by their shortcuts
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.clicked.connect(slot)
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("Muted")
        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(self.tr("{percent}%").format(
            percent=round(z * 100))))
        self.picture_note = QLabel()
        self.picture_note.setObjectName("Muted")
        self.picture_note.setWordWrap(True)
        self.picture_note.hide()
        tools = QHBoxLayout()
        tools.addWidget(self.page_combo)
        tools.addStretch(1)
        tools.addWidget(self.zoom_label)
        tools.addWidget(self.zoom_out)
        tools.addWidget(self.zoom_in)
        tools.addWidget(self.zoom_fit)
        picture = QWidget()
        picture_layout = QVBoxLayout(picture)
        picture_layout.setContentsMargins(0, 0, 0, 0)
        picture_layout.addLayout(tools)
        picture_layout.addWidget(self.view, 1)
        picture_layout.addWidget(self.picture_note)

        # The fields: label, value, how sure.
        form = QWidget()
        grid = QGridLayout(form)
        grid.setColumnStretch(1, 1)
        self.edits: dict[str, FieldEdit] = {}
        self.sureness: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        row = 0
        for name in FIELD_NAMES:
            label = QLabel(field_label(name) + ":")
            edit = FieldEdit(name)
            edit.setAccessibleName(field_label(name))
            edit.setPlaceholderText("—")  # the label beside it says "Not found"
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("Blue Ridge Aggregates LLC") + 16)
            label.setBuddy(edit)
            edit.returnPressed.connect(lambda e=edit: self._enter(e))
            edit.editingFinished.connect(lambda e=edit: self._edited(e))
            sure = QLabel()
            bold = QFont(sure.font())
            bold.setBold(True)  # how the doubtful ones are shown
            sure.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(self.tr("● Check: 100% sure")) + 8)
            error = QLabel()
            error.setObjectName("ErrorText")
            error.setWordWrap(True)
            error.hide()
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(sure, row, 2)
            grid.addWidget(error, row + 1, 1, 1, 2)
            self.edits[name], self.sureness[name], self.errors[name] = edit, sure, error
            row += 2
        previous = None
        for edit in self.edits.values():
            if previous is not None:
                QWidget.setTabOrder(previous, edit)
            previous = edit
        self.history_model = QStandardItemModel(0, 3, self)
        self.history_model.setHorizontalHeaderLabels([self.tr("When"), self.tr("What changed"), self.tr("Who")])
        self.history = QTreeView()
        self.history.setModel(self.history_model)
        self.history.setRootIsDecorated(False)
        self.history.setAccessibleName(self.tr("History of this ticket's values"))
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays in the fields
        self.history.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.history.header().setStretchLastSection(False)
        self.history.setMinimumHeight(120)
        grid.addWidget(QLabel(self.tr("History")), row, 0, 1, 3)
        grid.addWidget(self.history, row + 1, 0, 1, 3)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Never narrower than the form: a value's "how sure" must not be cut off.
        scroll.setMinimumWidth(form.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(picture)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 520])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.issues)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        # Which field has the focus (to outline it) comes from the application's
        # focusChanged, listened to only while the view is shown: while a window is
        # torn down, focus moves between half-destroyed widgets, and neither a
        # focus-event override nor that signal may reach Python then.
        self._watching_focus = False

        for keys, slot in ((QKeySequence("Ctrl+Return"), self.mark_reviewed_and_next),
                           (QKeySequence("Ctrl+Enter"), self.mark_reviewed_and_next),
                           (QKeySequence(Qt.Key.Key_Escape), self.close_view)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- opening -------------------------------------------------------------

    def open_ticket(self, ticket_id: str) -> None:
        self._request += 1
        request = self._request
        self.title.setText(self.tr("Loading the ticket…"))
        self.message.clear()
        self._set_enabled(False)
        self.runner.run(self.client.tickets.get, ticket_id,
                        on_done=lambda detail, r=request: self._loaded(r, detail),
                        on_error=self._failed, context=self)

    def _loaded(self, request: int, detail: TicketDetail) -> None:
        if request != self._request:
            return
        previous = self.ticket.id if self.ticket is not None else None
        self.ticket = detail
        if detail.id != previous:
            self._images.clear()
            self._shown_file = None
            self.view.show_image(None)
            self.page_combo.blockSignals(True)
            self.page_combo.clear()
            for f in detail.files:
                self.page_combo.addItem(self.tr("Page {page} of {pages}").format(page=f.page, pages=len(detail.files)),
                                        f.page)
            self.page_combo.blockSignals(False)
            self.page_combo.setVisible(len(detail.files) > 1)
        self._show_values(detail, reset_text=True)
        self._set_enabled(True)
        self._load_history()
        if detail.id != previous:
            self._show_page(1)
            first = next((n for n in FIELD_NAMES if n in self._flagged(detail)), FIELD_NAMES[0])
            self.edits[first].setFocus(Qt.FocusReason.OtherFocusReason)
            self.edits[first].selectAll()

    def _failed(self, exc: BaseException) -> None:
        self._set_enabled(self.ticket is not None)
        self.message.setObjectName("ErrorText")
        self.message.setText(describe(exc))
        self._restyle(self.message)

    def _set_enabled(self, enabled: bool) -> None:
        for edit in self.edits.values():
            edit.setEnabled(enabled)
        self.done_button.setEnabled(enabled)

    @staticmethod
    def _flagged(detail: TicketDetail) -> set[str]:
        return {name for issue in detail.review.issues for name in issue.fields}

    def _show_values(self, detail: TicketDetail, *, reset_text: bool, only: set[str] | None = None) -> None:
        number = detail.ticket_number or self.tr("(no number)")
        if detail.review.needed:
            self.title.setText(self.tr("Review ticket {number}").format(number=number))
        else:
            self.title.setText(self.tr("Ticket {number} · reviewed").format(number=number) if detail.reviewed_at
                               else self.tr("Ticket {number}").format(number=number))
        self.issues.setText("\n".join(f"• {localise(i.message, QCoreApplication.translate)}"
                                      for i in detail.review.issues))
        self.issues.setVisible(bool(detail.review.issues))
        flagged = self._flagged(detail)
        for name in FIELD_NAMES:
            f = detail.field_named(name)
            if reset_text and (only is None or name in only):
                self.edits[name].setText(f.value if f else "")
                self.edits[name].setModified(False)
            self._show_sureness(name, f, name in flagged)

    def _show_sureness(self, name: str, f: TicketField | None, flagged: bool) -> None:
        label = self.sureness[name]
        if f is None:
            text, level = (self.tr("● Check: not found") if flagged else self.tr("Not found")), \
                ("ConfidenceLow" if flagged else "Muted")
        elif f.source == FieldSource.PERSON:
            text, level = self.tr("✓ Given by a person"), "ConfidenceGood"
        else:
            percent = round(f.confidence * 100)
            if flagged:
                text, level = self.tr("● Check: {percent}% sure").format(percent=percent), "ConfidenceLow"
            elif f.confidence < FAIR_CONFIDENCE:
                text, level = self.tr("◐ {percent}% sure").format(percent=percent), "ConfidenceFair"
            else:
                text, level = self.tr("✓ {percent}% sure").format(percent=percent), "ConfidenceGood"
        label.setText(text)
        label.setObjectName(level)
        self._restyle(label)
        edit = self.edits[name]
        edit.setAccessibleDescription(text)
        raw = f.raw if f is not None and f.raw and f.raw != f.value else None
        edit.setToolTip(self.tr("Printed as “{raw}”").format(raw=raw) if raw else "")

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # -- the picture ---------------------------------------------------------

    def _page_chosen(self, index: int) -> None:
        if index >= 0:
            self._show_page(self.page_combo.itemData(index))

    def _show_page(self, page: int) -> None:
        ticket = self.ticket
        if ticket is None or not ticket.files:
            self.view.show_image(None)
            self.picture_note.setText(self.tr("This ticket has no pages."))
            self.picture_note.show()
            return
        file = next((f for f in ticket.files if f.page == page), ticket.files[0])
        index = self.page_combo.findData(file.page)
        if index >= 0 and index != self.page_combo.currentIndex():
            self.page_combo.blockSignals(True)
            self.page_combo.setCurrentIndex(index)
            self.page_combo.blockSignals(False)
        if file.id == self._shown_file:
            self._outline_current()
            return
        self._shown_file = file.id
        if file.id in self._images:
            self._picture_ready(ticket.id, file, self._images[file.id])
            return
        self.view.show_image(None)
        self.picture_note.setText(self.tr("Loading the page…"))
        self.picture_note.show()
        self.runner.run(fetch_page_image, self.client, ticket.id, file,
                        on_done=lambda image, t=ticket.id, f=file: self._picture_ready(t, f, image),
                        on_error=lambda exc, f=file: self._picture_failed(f, exc), context=self)

    def _picture_ready(self, ticket_id: str, file: TicketFile, image: QImage | None) -> None:
        self._images[file.id] = image
        if self.ticket is None or self.ticket.id != ticket_id or self._shown_file != file.id:
            return
        self.view.show_image(image)
        if image is None:
            self.picture_note.setText(self.tr("Page {page} is a PDF; open it with Download page on the list to "
                                              "see it.").format(page=file.page))
            self.picture_note.show()
        else:
            self.picture_note.hide()
        self._outline_current()

    def _picture_failed(self, file: TicketFile, exc: BaseException) -> None:
        if self._shown_file == file.id:
            self._shown_file = None
            self.picture_note.setText(self.tr("The page could not be shown: {reason}").format(reason=describe(exc)))
            self.picture_note.show()

    def _outline_current(self) -> None:
        focused = self.focusWidget()
        name = focused.name if isinstance(focused, FieldEdit) else None
        f = self.ticket.field_named(name) if self.ticket is not None and name else None
        file = next((x for x in self.ticket.files if x.id == self._shown_file), None) if self.ticket else None
        on_this_page = f is not None and f.box is not None and file is not None and f.page == file.page
        self.view.outline_box(f.box if on_this_page else None)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._watching_focus:
            QApplication.instance().focusChanged.connect(self._focus_changed)
            self._watching_focus = True

    def hideEvent(self, event) -> None:
        if self._watching_focus:
            QApplication.instance().focusChanged.disconnect(self._focus_changed)
            self._watching_focus = False
        super().hideEvent(event)

    def _focus_changed(self, _old, new) -> None:
        if isinstance(new, FieldEdit) and shiboken6.isValid(self) and self.isAncestorOf(new):
            self._field_focused(new.name)

    def _field_focused(self, name: str) -> None:
        if self.ticket is None:
            return
        f = self.ticket.field_named(name)
        if f is not None and f.page is not None and f.box is not None:
            self._show_page(f.page)
        self._outline_current()

    # -- editing -------------------------------------------------------------

    def _enter(self, edit: FieldEdit) -> None:
        """Enter: keep the value and go to the next field (the last wraps to the first)."""
        self._edited(edit)
        names = list(FIELD_NAMES)
        following = self.edits[names[(names.index(edit.name) + 1) % len(names)]]
        following.setFocus(Qt.FocusReason.TabFocusReason)
        following.selectAll()

    def _current_value(self, name: str) -> str:
        f = self.ticket.field_named(name) if self.ticket is not None else None
        return f.value if f is not None else ""

    def _edited(self, edit: FieldEdit) -> None:
        if self.ticket is None or not edit.isModified():
            return
        edit.setModified(False)
        value = " ".join(edit.text().split())
        if value == self._current_value(edit.name):
            self.errors[edit.name].hide()
            return
        self.errors[edit.name].hide()
        self._enqueue(self.tr("Saving {field}…").format(field=field_label(edit.name)), save_corrections,
                      (self.client, self.ticket.id, [(edit.name, value)]),
                      lambda detail, n=edit.name: self._saved(n, detail), failed_field=edit.name)

    def _saved(self, name: str, detail: TicketDetail) -> None:
        self._changed = True
        if self.ticket is None or detail.id != self.ticket.id:
            return
        self.ticket = detail
        edit = self.edits[name]
        if not edit.isModified():  # not typed in again meanwhile: as the service keeps it (ISO date, plain number)
            edit.setText(self._current_value(name))
        self._show_values(detail, reset_text=False)
        self._load_history()

    def _enqueue(self, what: str, fn: Callable, args: tuple, on_done: Callable, *,
                 failed_field: str | None = None) -> None:
        self._pending.append((what, fn, args, on_done, failed_field))
        self._pump()

    def _pump(self) -> None:
        if self._busy or not self._pending:
            if not self._busy and not self._pending and self.message.objectName() != "ErrorText":
                self.message.clear()
            return
        what, fn, args, on_done, failed_field = self._pending.popleft()
        self._busy = True
        self.message.setObjectName("Muted")
        self._restyle(self.message)
        self.message.setText(what)

        def done(result, on_done=on_done) -> None:
            self._busy = False
            on_done(result)
            self._pump()

        def failed(exc: BaseException, field=failed_field) -> None:
            self._busy = False
            self._pending.clear()  # what came after it assumed it succeeded
            if field is not None:
                self.errors[field].setText(describe(exc))
                self.errors[field].show()
                self.edits[field].setFocus(Qt.FocusReason.OtherFocusReason)
                self.edits[field].selectAll()
            self._failed(exc)

        self.runner.run(fn, *args, on_done=done, on_error=failed, context=self)

    @property
    def busy(self) -> bool:
        return self._busy or bool(self._pending)

    def mark_reviewed_and_next(self) -> None:
        if self.ticket is None or not self.done_button.isEnabled():
            return
        focused = self.focusWidget()
        if isinstance(focused, FieldEdit):
            self._edited(focused)
        ticket_id = self.ticket.id
        self._set_enabled(False)
        self._enqueue(self.tr("Marking the ticket reviewed…"), review_and_find_next,
                      (self.client, ticket_id, frozenset(self._skipped)), self._next_found)

    def _next_found(self, next_id: str | None) -> None:
        self._changed = True
        if next_id is None:
            self.ticket = None
            self._set_enabled(False)
            self.title.setText(self.tr("Nothing left to review"))
            self.issues.hide()
            self.message.setObjectName("InfoText")
            self._restyle(self.message)
            self.message.setText(self.tr("Every ticket in To review has been reviewed. Press Esc to go back."))
            self.back_button.setFocus()
            return
        self.open_ticket(next_id)

    def close_view(self) -> None:
        focused = self.focusWidget()
        if isinstance(focused, FieldEdit):
            self._edited(focused)
        self.closed.emit(self._changed)
        self._changed = False

    # -- history -------------------------------------------------------------

    def _load_history(self) -> None:
        if self.ticket is None:
            return
        ticket_id = self.ticket.id
        self.runner.run(self.client.tickets.history, ticket_id,
                        on_done=lambda events, t=ticket_id: self._history_loaded(t, events),
                        on_error=lambda exc: log.info("no history: %s", exc), context=self)

    def _history_loaded(self, ticket_id: str, events: tuple[HistoryEvent, ...]) -> None:
        if self.ticket is None or self.ticket.id != ticket_id:
            return
        self.history_model.removeRows(0, self.history_model.rowCount())
        for e in reversed(events):  # newest first
            self.history_model.appendRow([QStandardItem(local_time(e.at)), QStandardItem(self.event_text(e)),
                                          QStandardItem(self.event_who(e))])
        self.history.resizeColumnToContents(0)
        self.history.resizeColumnToContents(2)

    def event_text(self, e: HistoryEvent) -> str:
        return history_text(e)

    def event_who(self, e: HistoryEvent) -> str:
        return history_who(e)

    def skip(self, ticket_id: str) -> None:
        self._skipped.add(ticket_id)
