"""The persistent upload queue: every file picked for upload, until it is a ticket.

::

    queue = UploadQueue(data_dir / "upload-queue.sqlite3", data_dir / "staging")
    queue.add([Path("scans")], grouping=Grouping.ONE_TICKET_EACH, job="J-12")
    runner = QueueRunner(queue, client)
    runner.start()

:class:`UploadQueue` is what a person does with their files (add, pause,
resume, retry now, cancel, decide about a duplicate, clear the finished ones)
and tells listeners every change. The rows live in a :class:`.store.QueueStore`;
:class:`.runner.QueueRunner` does the work, with the steps of :mod:`.steps`.

Why a crash at any point never loses or duplicates a file:

* ``add`` commits rows before any work; the source is never touched (the
  cleaned copy in ``staging_dir`` is what is sent).
* Each row has an Idempotency-Key, persisted before the creating POST: a
  crash between the POST and saving its Location re-finds the same upload.
* The Location is saved before the first byte is sent; after a restart the
  upload resumes from the offset the service reports (HEAD).
* A completed upload that was not yet recorded as done shows as complete
  (offset == length, ``Ticket-Id``) on HEAD; it is recorded, not resent.
* Pages of one ticket share a persisted ticket key, so the service makes the
  ticket once however often a page is retried.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from .. import _sentences as S
from .folders import LINK_OUTSIDE, display_name, expand, links_outside, path_column, remove_copy
from .states import Action, ItemState
from .store import Grouping, NewItem, QualityPolicy, QueueStore, UploadItem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class QueueEvent:
    """Reported to listeners, from whatever thread changed the queue.

    ``kind``: ``"changed"`` (``item`` is the new state), ``"progress"``
    (``sent``/``total`` bytes of ``item_id``), ``"removed"`` or ``"added"``.
    """

    kind: str
    item_id: int
    item: UploadItem | None = None
    sent: int = 0
    total: int = 0


Listener = Callable[[QueueEvent], None]


class UploadQueue:
    """The queue's files and the actions a person takes on them. Thread-safe.

    ``clock`` gives wall-clock seconds (``next_attempt_at`` is shown as a time
    of day, so it must survive a restart of the computer). ``owner`` names
    the account (server and user) whose files this instance sees and sends:
    files queued by one person are never sent under another's sign-in.
    Raises :class:`.store.QueueTooNewError` for a file of a newer app.
    """

    def __init__(self, db_path: str | os.PathLike[str], staging_dir: str | os.PathLike[str], *,
                 owner: str = "", clock: Callable[[], float] = time.time) -> None:
        self.owner = owner
        self.db_path = Path(db_path)
        self.staging_dir = Path(staging_dir)
        self.clock = clock
        self.store = QueueStore(self.db_path, owner=owner, clock=clock)
        self.staging_dir.mkdir(parents=True, exist_ok=True)
        self._listeners: list[Listener] = []
        self._recover()

    # -- lifecycle -------------------------------------------------------------

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _recover(self) -> None:
        """After a crash: work that was in progress is picked up again; cleaned
        copies no row refers to any more are removed."""
        self.store.apply_to_all(Action.RECOVER)
        wanted = self.store.staged_paths_in_use()
        for entry in self.staging_dir.iterdir():
            if entry.is_file() and str(entry) not in wanted:
                with contextlib.suppress(OSError):
                    entry.unlink()

    # -- listeners -------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def _emit(self, event: QueueEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("upload queue listener failed")  # a listener's bug must not stop uploads

    # -- reading ---------------------------------------------------------------

    def items(self) -> list[UploadItem]:
        return self.store.items()

    def get(self, item_id: int) -> UploadItem | None:
        return self.store.get(item_id)

    def pending_count(self) -> int:
        """Files not yet uploaded, cancelled or refused (what the app's badge shows)."""
        return self.store.pending_count()

    # -- what people do --------------------------------------------------------

    def add(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        grouping: Grouping | str = Grouping.ONE_TICKET_EACH,
        ticket_number: str | None = None,
        job: str | None = None,
        notes: str | None = None,
        ticket_date: str | None = None,
        skip_queued: bool = False,
        batch_id: str | None = None,
        quality: QualityPolicy | str = QualityPolicy.FLAG,
        allow_duplicates: bool = False,
    ) -> list[UploadItem]:
        """Queue files (folders are expanded). Returns the new items, in order.

        Nothing is read here: checking and cleaning happen in the runner, so
        this is quick and a crash right after it loses nothing. ``skip_queued``:
        files this account already has in the queue, in any state, are not
        queued again (a run resuming an interrupted one). ``batch_id``: the
        batch's id, chosen by the caller (a watched folder records it first, so
        after a crash it can tell whether the rows were written: all or none are).


        ``quality``: what becomes of a photo that looks unreadable (blurred, dark,
        washed out, too few pixels, the page small in the frame; ``media.Problem``).
        ``FLAG`` (the default: scripts, ``ticketpros upload``, watched folders) sends
        it with ``quality_warning``, which the ticket shows; ``HOLD`` (the app's
        Uploads page) keeps it HELD until :meth:`send_anyway` or :meth:`remove_held`;
        ``OFF`` does not look.

        ``allow_duplicates``: the files are sent even when the service or the queue already
        has the same content (``ticketpros upload --duplicates upload``), so nobody asks:
        the look-up, whose answer could change nothing, is not made.
        """
        grouping = Grouping(grouping)
        quality = QualityPolicy(quality)
        files = expand(paths)
        if skip_queued:
            queued = {item.source_path for item in self.items()}
            files = [(path, folder) for path, folder in files if str(path.absolute()) not in queued]
        if not files:
            return []
        batch = batch_id or str(uuid.uuid4())
        multi = grouping is Grouping.ONE_MULTI_PAGE_TICKET and len(files) > 1
        details = {name: (value.strip() or None) if isinstance(value, str) else None
                   for name, value in (("ticket_number", ticket_number), ("job", job), ("notes", notes),
                                       ("ticket_date", ticket_date))}
        rows = []
        for path, folder in files:
            refused = links_outside(path, folder)
            rows.append(NewItem(
                batch_id=batch, grouping=Grouping.ONE_MULTI_PAGE_TICKET if multi else Grouping.ONE_TICKET_EACH,
                source_path=path_column(path.absolute()), name=display_name(path),
                state=ItemState.REJECTED if refused else ItemState.PREPARING,
                # The pages of a multi-page ticket are numbered once all are checked (store.number_pages).
                ticket_key=batch if multi else str(uuid.uuid4()), page=None if multi else 1,
                page_count=None if multi else 1, upload_key=str(uuid.uuid4()),
                error=LINK_OUTSIDE if refused else None, quality_policy=quality,
                allow_duplicate=allow_duplicates, **details))
        added = [self.get(item_id) for item_id in self.store.insert(rows)]
        for item in added:
            self._emit(QueueEvent("added", item.id, item))
        return added

    def pause(self, item_id: int) -> None:
        self.transition(item_id, Action.PAUSE)

    def resume(self, item_id: int) -> None:
        self.transition(item_id, Action.RESUME, error=None, next_attempt_at=None)

    def retry_now(self, item_id: int) -> None:
        self.transition(item_id, Action.RETRY_NOW, error=None, next_attempt_at=None)

    def cancel(self, item_id: int) -> None:
        """Stop and forget a file (its partial upload is removed from the service by the runner)."""
        self.transition(item_id, Action.CANCEL, next_attempt_at=None)

    def decide(self, item_id: int, *, upload_anyway: bool) -> None:
        """The person's answer for a file flagged as already uploaded."""
        if upload_anyway:
            self.transition(item_id, Action.UPLOAD_ANYWAY, allow_duplicate=1)
        else:
            self.transition(item_id, Action.SKIP, error=S.UPLOAD_SKIPPED_DUPLICATE())

    def send_anyway(self, item_id: int) -> None:
        """Send a held photo as it is; its quality warning goes with it (the ticket shows it)."""
        self.transition(item_id, Action.SEND_ANYWAY, error=None)

    def remove_held(self, item_id: int) -> bool:
        """Take a held photo out of the queue (it was never sent); False if it is not held."""
        removed = self.store.remove_held(item_id)
        if removed is None:
            return False
        remove_copy(removed.staged_path)
        self._emit(QueueEvent("removed", item_id))
        return True

    def remove_finished(self) -> int:
        """Drop uploaded, cancelled and refused files from the list; returns how many."""
        removed = self.store.remove_finished()
        for item in removed:
            remove_copy(item.staged_path)
            self._emit(QueueEvent("removed", item.id))
        return len(removed)

    # -- what the runner records -----------------------------------------------

    def transition(self, item_id: int, action: Action, **fields: Any) -> bool:
        """Move a file by ``action`` (see :mod:`.states`), writing ``fields`` with it, and tell
        the listeners; False when its state does not allow that (it changed meanwhile)."""
        if not self.store.apply(item_id, action, **fields):
            return False
        item = self.get(item_id)
        if item is not None:
            self._emit(QueueEvent("changed", item_id, item))  # outside the store's lock
        return True

    def record(self, item_id: int, *, notify: bool = False, durable: bool = True, **fields: Any) -> None:
        """Write what was learned about a file without moving it (an offset, an upload URL,
        a cleaned copy); ``notify``: tell the listeners too; ``durable=False``: what the
        runner would learn again after a power cut (:data:`.store.REDONE_AFTER_POWER_CUT`)."""
        self._update(item_id, emit=notify, durable=durable, **fields)

    def report_progress(self, item_id: int, sent: int, total: int) -> None:
        self._emit(QueueEvent("progress", item_id, sent=sent, total=total))

    def _update(self, item_id: int, *, emit: bool = True, durable: bool = True, **fields: Any) -> None:
        self.store.update(item_id, durable=durable, **fields)
        if emit:
            item = self.get(item_id)
            if item is not None:
                self._emit(QueueEvent("changed", item_id, item))
