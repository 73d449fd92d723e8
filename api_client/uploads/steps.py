"""The work done for one file: prepare, check, upload, terminate, and finishing a ticket.

Each step runs on a runner thread for one item the runner claimed, and ends
by moving the item (:mod:`.states`). What a failure means for the file is
one table, :func:`outcomes`: refused for good (with the sentence the person
sees), tried again later with backoff, stopped, or restarted as a new upload.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import stat
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import _sentences as S
from .._errors import (
    APIStatusError,
    AuthenticationError,
    ConflictError,
    RateLimitedError,
    ServerError,
    StorageFullError,
    TicketProsError,
)
from ._tus import FileChangedError, TusUploader, UploadCancelledError, UploadGoneError
from .folders import remove_copy
from .states import Action, ItemState
from .store import QualityPolicy, UploadItem

if TYPE_CHECKING:
    from .._client import TicketProsClient
    from .queue import UploadQueue

log = logging.getLogger(__name__)

#: What a file waiting for room on the service shows (it is tried again, nothing is lost).
STORAGE_FULL_MESSAGE = S.UPLOAD_STORAGE_FULL()
SIGNED_OUT_MESSAGE = S.UPLOAD_SIGNED_OUT()
#: What a file shows after a step failed in a way nobody foresaw (the traceback is in the log).
UNEXPECTED_MESSAGE = S.UPLOAD_UNEXPECTED()
#: New uploads made for one file after the service lost the previous one.
MAX_RESTARTS = 3
#: The service's refusals that no retry changes, though 409 usually means "try again".
FINAL_CONFLICTS = frozenset({"page_taken", "ticket_key_taken"})
#: How long a look-up made with another file of the batch answers for a file's own check.
LOOKED_UP_SECONDS = 30.0
#: Files asked about in one look-up request.
LOOKUP_BATCH = 500
#: Statuses of refusals that may pass later: timeout, locked upload, checksum mismatch.
RETRYABLE_STATUSES = frozenset({408, 423, 460})


@dataclass(frozen=True)
class Outcome:
    """What becomes of a file after a failure: ``action`` is REFUSE, FAIL, STOPPED or RESTART."""

    action: Action
    message: str | None = None
    #: Seconds the next try waits at least (a service's Retry-After).
    retry_after: float = 0.0


def _refuse(message: str) -> Callable[[BaseException], Outcome]:
    return lambda exc: Outcome(Action.REFUSE, message)


def _said(action: Action) -> Callable[[BaseException], Outcome]:
    """``action``, with the error's own sentence."""
    return lambda exc: Outcome(action, getattr(exc, "message", None) or str(exc))


@functools.cache
def outcomes() -> tuple[tuple[type[BaseException], Callable[[BaseException], Outcome]], ...]:
    """Failure → outcome; the first type the error is an instance of decides, so a
    subclass comes before its base."""
    from ..media import MediaError  # here: media loads Pillow, which importing the queue does not need

    return (
        (UploadCancelledError, lambda exc: Outcome(Action.STOPPED)),  # a pause, a cancel, the runner stopping
        (UploadGoneError, _said(Action.RESTART)),
        (FileChangedError, _said(Action.REFUSE)),
        (MediaError, lambda exc: Outcome(Action.REFUSE, exc.reason)),
        (FileNotFoundError, _refuse(S.UPLOAD_FILE_GONE())),
        (PermissionError, _refuse(S.UPLOAD_NOT_ALLOWED())),
        (IsADirectoryError, _refuse(S.MEDIA_FOLDER())),
        (OSError, lambda exc: Outcome(Action.REFUSE, S.UPLOAD_UNREADABLE(reason=str(exc.strerror or exc)))),
        (AuthenticationError, lambda exc: Outcome(Action.FAIL, SIGNED_OUT_MESSAGE)),
        (StorageFullError, lambda exc: Outcome(Action.FAIL, STORAGE_FULL_MESSAGE)),
        (RateLimitedError, lambda exc: Outcome(Action.FAIL, exc.message, exc.retry_after or 0.0)),
        (ConflictError, lambda exc: Outcome(Action.REFUSE if exc.code in FINAL_CONFLICTS else Action.FAIL,
                                            exc.message)),
        (ServerError, _said(Action.FAIL)),
        (APIStatusError, lambda exc: Outcome(Action.FAIL if exc.status in RETRYABLE_STATUSES else Action.REFUSE,
                                             exc.message)),
        (TicketProsError, _said(Action.FAIL)),  # the network, a reply that could not be read: later
    )


def outcome_for(exc: BaseException) -> Outcome:
    """What ``exc`` means for the file whose step raised it."""
    for kind, outcome in outcomes():
        if isinstance(exc, kind):
            return outcome(exc)
    return Outcome(Action.FAIL, UNEXPECTED_MESSAGE)


def lost_pages(cancelled: int, refused: int) -> str:
    """"1 page was cancelled", "2 pages were cancelled and 1 was refused"…"""
    said_cancelled = (S.LOST_CANCELLED_ONE() if cancelled == 1 else S.LOST_CANCELLED(count=cancelled)
                      if cancelled else None)
    if not refused:
        return said_cancelled or ""
    if said_cancelled is None:
        return S.LOST_REFUSED_ONE() if refused == 1 else S.LOST_REFUSED(count=refused)
    return S.LOST_BOTH(cancelled=said_cancelled,
                       refused=S.LOST_ALSO_REFUSED_ONE() if refused == 1 else S.LOST_ALSO_REFUSED(count=refused))


def completion_note(arrived: int, cancelled: int, refused: int) -> str:
    """What the person is told about a ticket finished with the pages that arrived."""
    lost = lost_pages(cancelled, refused)
    return S.TICKET_MADE_ONE(lost=lost) if arrived == 1 else S.TICKET_MADE(arrived=arrived, lost=lost)


class Steps:
    """The steps, for one queue and client; each takes the claimed item and its cancel event."""

    def __init__(self, queue: UploadQueue, client: TicketProsClient, uploader: TusUploader, *,
                 prepare: Callable[[Path, Path], Any] | None, lookup: Callable[[str], list[dict[str, Any]]] | None,
                 backoff: Callable[[int], float]) -> None:
        self.queue = queue
        self.client = client
        self.uploader = uploader
        self._prepare = prepare
        self._lookup = lookup
        self.backoff = backoff
        #: What the service said about files that were waiting for their check when another
        #: file's look-up asked for them too: SHA-256 → (when, matches).
        self._looked_up: dict[str, tuple[float, list[dict[str, Any]]]] = {}
        self._looked_up_lock = threading.Lock()

    def prepare(self, item: UploadItem, cancel: threading.Event) -> None:
        """Check the file and make its cleaned copy (``media.prepare``)."""
        too_large = self._too_large(item.source_path)
        if too_large is not None:
            self.queue.transition(item.id, Action.REFUSE, error=too_large)
            return
        if self._prepare is None:
            from ..media import prepare as media_prepare  # here: media loads Pillow
            self._prepare = media_prepare
        from ..media import MediaError

        try:
            prepared = self._prepare(Path(item.source_path), self.queue.staging_dir)
        except (MediaError, OSError) as exc:
            self.settle(item, exc)
            return
        copy = {"staged_path": str(prepared.path), "size": prepared.size, "mime": prepared.mime,
                "sha256": prepared.sha256, "name": prepared.original_name,
                "removed": json.dumps(list(prepared.removed))}
        quality = getattr(prepared, "quality", None)
        if item.quality_policy is not QualityPolicy.OFF and quality is not None and quality.problem is not None:
            copy["quality_warning"] = str(quality.problem)
        held = item.quality_policy is QualityPolicy.HOLD and "quality_warning" in copy
        if self.queue.transition(item.id, Action.HOLD if held else Action.PREPARED, **copy):
            if item.allow_duplicate and not held:
                self._checked(item)  # nothing to look up: on to the upload without another claim
            return
        # Paused or cancelled meanwhile: keep the copy only if it may still be sent.
        now = self.queue.get(item.id)
        if now is not None and now.state is ItemState.PAUSED and not held:  # a held one is checked again
            self.queue.record(item.id, **copy)
        else:
            remove_copy(str(prepared.path))

    def check(self, item: UploadItem, cancel: threading.Event) -> None:
        """Look for the same content in this queue and on the service (not for a file to be
        sent whatever is found: ``allow_duplicate``)."""
        assert item.sha256 is not None
        if item.allow_duplicate:
            self._checked(item)
            return
        try:
            matches = self.queue.store.local_duplicates(item.id, item.sha256) + self._service_matches(item)
        except TicketProsError as exc:
            self.settle(item, exc)
            return
        if matches and not item.allow_duplicate:
            self.queue.transition(item.id, Action.FOUND_DUPLICATE, checked=1, duplicates=json.dumps(matches),
                                  error=None, next_attempt_at=None)
        else:
            self._checked(item)

    def _checked(self, item: UploadItem) -> None:
        self.queue.transition(item.id, Action.CHECKED, checked=1, error=None, next_attempt_at=None)

    def upload(self, item: UploadItem, cancel: threading.Event) -> None:
        """Send the cleaned copy (resuming from the service's offset when it has an upload URL)."""
        if cancel.is_set():  # paused between the claim and now: not even the creating POST
            self.queue.transition(item.id, Action.STOPPED)
            return
        metadata = {
            "filename": item.name, "filetype": item.mime, "sha256": item.sha256, "ticket_key": item.ticket_key,
            "page": item.page, "page_count": item.page_count, "ticket_number": item.ticket_number,
            "job": item.job, "ticket_date": item.ticket_date, "notes": item.notes,
            "quality_warning": item.quality_warning,
        }
        try:
            result = self.uploader.upload(
                item.staged_path, metadata=metadata, sha256=item.sha256, upload_url=item.upload_url,
                idempotency_key=item.upload_key,
                # Learned again after a power cut: the same key finds the upload, HEAD its offset.
                on_created=lambda url: self.queue.record(item.id, upload_url=url, offset=0, durable=False),
                on_offset=lambda offset: self._confirmed(item, offset),
                progress=lambda sent, total: self.queue.report_progress(item.id, sent, total),
                cancel=cancel,
            )
        except TicketProsError as exc:
            self.settle(item, exc)
            return
        if self.queue.transition(item.id, Action.UPLOADED, ticket_id=result.ticket_id, offset=result.size,
                                 error=None, next_attempt_at=None):
            remove_copy(item.staged_path)

    def _confirmed(self, item: UploadItem, offset: int) -> None:
        """Keep the offset the service confirmed, so a restart resumes from there. Not the
        last one: the UPLOADED transition right after records it (one commit, an fsync, less
        per file; killed in between, the item resumes with a HEAD that finds it complete)."""
        if item.size is None or offset < item.size:
            self.queue.record(item.id, offset=offset, durable=False)

    def terminate(self, item: UploadItem, cancel: threading.Event) -> None:
        """Remove a cancelled file's partial upload from the service."""
        try:
            if item.upload_url:
                self.uploader.terminate(item.upload_url)
        except TicketProsError as exc:
            log.info("could not remove cancelled upload %s: %s", item.upload_url, exc.message)
            self.queue.record(item.id, next_attempt_at=self.queue.clock() + self.backoff(2))
            return
        self.queue.record(item.id, notify=True, upload_url=None)
        remove_copy(item.staged_path)

    def complete(self, item: UploadItem, cancel: threading.Event) -> None:
        """Finish the ticket of a multi-page batch with the pages that arrived (``item`` is a
        page that will not), and note on every file of it what became of the ticket."""
        batch = self.queue.store.batch(item.batch_id)
        done = sorted((i for i in batch if i.state is ItemState.DONE), key=lambda i: (i.page or 0, i.id))
        lost = [i for i in batch if i.state in (ItemState.CANCELLED, ItemState.REJECTED) and i.page is not None]
        if not done or not lost:
            return
        cancelled = sum(1 for i in lost if i.state is ItemState.CANCELLED)
        try:
            ticket = self.client.tickets.complete(done[0].ticket_id or "")
        except TicketProsError as exc:
            if outcome_for(exc).action is not Action.REFUSE:
                log.info("could not finish ticket %s yet: %s", done[0].ticket_id, exc.message)
                self.queue.record(item.id, next_attempt_at=self.queue.clock() + self.backoff(2))
                return
            lost_said = lost_pages(cancelled, len(lost) - cancelled)
            note = (f"{lost_said[0].upper()}{lost_said[1:]}; the service did not finish the ticket with the pages "
                    f"that arrived: {exc.message}")
            pages = [(i, i.page, i.page_count) for i in done]
        else:
            note = completion_note(len(ticket.files), cancelled, len(lost) - cancelled)
            numbers = sorted(f.page for f in ticket.files)
            # The service numbered the pages 1..n in their order: so are the files that became them.
            pages = list(zip(done, numbers, [len(numbers)] * len(done))) if len(numbers) == len(done) else \
                [(i, i.page, len(numbers)) for i in done]
        for done_item, page, page_count in pages:
            self.queue.record(done_item.id, notify=True, note=note, page=page, page_count=page_count)
        for lost_item in lost:  # last: a note on the lost pages is what says the ticket is finished
            self.queue.record(lost_item.id, notify=True, note=note, next_attempt_at=None)

    def settle(self, item: UploadItem, exc: BaseException, *, expected: bool = True) -> None:
        """Move ``item`` as :func:`outcome_for` says for ``exc``; an ``expected=False`` error
        (a bug, the traceback logged by the caller) is tried again later."""
        outcome = outcome_for(exc) if expected else Outcome(Action.FAIL, UNEXPECTED_MESSAGE)
        now = self.queue.get(item.id)
        if now is None:
            return
        if outcome.action is Action.RESTART:
            restarts = now.attempts + 1
            if restarts <= MAX_RESTARTS:
                # The old upload no longer exists, so a new one cannot make a twin.
                self.queue.transition(item.id, Action.RESTART, upload_url=None, offset=0,
                                      upload_key=str(uuid.uuid4()), attempts=restarts)
                return
            outcome = Outcome(Action.FAIL, outcome.message)
        if outcome.action is Action.FAIL:
            attempts = now.attempts + 1
            delay = max(self.backoff(attempts), outcome.retry_after)
            self.queue.transition(item.id, Action.FAIL, error=outcome.message, attempts=attempts,
                                  next_attempt_at=self.queue.clock() + delay)
        elif outcome.action is Action.REFUSE:
            self.queue.transition(item.id, Action.REFUSE, error=outcome.message)
        else:
            self.queue.transition(item.id, outcome.action)

    # -- helpers ---------------------------------------------------------------

    def _service_matches(self, item: UploadItem) -> list[dict[str, Any]]:
        """The service's tickets holding ``item``'s content. One request asks for every file
        waiting for its check (a batch: one look-up, not one per file); the others' answers
        are kept for their own check, for ``LOOKED_UP_SECONDS`` at most."""
        assert item.sha256 is not None
        if self._lookup is not None:
            return list(self._lookup(item.sha256))
        sha256 = item.sha256.lower()  # the key the answers are kept under, and the service's
        now = self.queue.clock()
        with self._looked_up_lock:
            kept = self._looked_up.pop(sha256, None)
            for sha, (when, _) in list(self._looked_up.items()):
                if now - when > LOOKED_UP_SECONDS:
                    del self._looked_up[sha]
        if kept is not None and now - kept[0] <= LOOKED_UP_SECONDS:
            return kept[1]
        waiting = [i.sha256 for i in self.queue.store.in_states((ItemState.DUPLICATE_CHECK,))
                   if i.sha256 and i.id != item.id]
        hashes = list(dict.fromkeys([sha256, *(sha.lower() for sha in waiting)]))[:LOOKUP_BATCH]
        found = {sha: [m.to_dict() for m in matches]
                 for sha, matches in self.client.tickets.lookup_many(hashes).items()}
        with self._looked_up_lock:
            for sha in hashes[1:]:
                self._looked_up[sha] = (now, found.get(sha, []))
        return found.get(sha256, [])

    def _max_upload_size(self) -> int | None:
        """The service's size limit (asked once per client), None when it cannot be asked now."""
        try:
            return self.client.server_info().max_upload_size
        except TicketProsError:
            return None

    def _too_large(self, source: str) -> str | None:
        """The refusal for a file the service would refuse for its size, before anything is read or copied."""
        limit = self._max_upload_size()
        try:
            info = os.stat(source)
        except OSError:
            return None  # prepare says what is wrong with it
        if limit is None or not stat.S_ISREG(info.st_mode) or info.st_size <= limit:
            return None
        return S.UPLOAD_TOO_LARGE(megabytes=f"{limit / (1024 * 1024):g}")
