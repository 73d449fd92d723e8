"""QueueRunner: the threads that work through an upload queue (no Qt).

Each worker claims the next piece of work (prepare, check, upload, remove a
cancelled upload, finish a ticket), runs its step (:mod:`.steps`) and claims
again. Claims are made one at a time (``_claiming``), so two workers never
take the same file; no other lock is taken while the queue file is read or
written.

Controls such as :meth:`QueueRunner.pause_all` may be called from any thread,
the GUI's included: they set a flag and ring the workers' doorbell (an
event), and never wait for a worker or the queue file.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .._client import TicketProsClient
from ._bandwidth import BandwidthLimiter
from ._tus import DEFAULT_CHUNK_SIZE, DEFAULT_STALL_TIMEOUT, TusUploader
from .queue import QueueEvent, UploadQueue
from .states import Action, ItemState
from .steps import Steps
from .store import UploadItem

log = logging.getLogger(__name__)

#: The longest wait before a failed item is tried again.
MAX_RETRY_DELAY = 300.0


def retry_delay(attempts: int) -> float:
    """Seconds before a failed item is tried again: 5 s, 10 s, 20 s … up to 5 minutes, with jitter."""
    return min(MAX_RETRY_DELAY, 5.0 * 2 ** max(0, attempts - 1)) * random.uniform(0.8, 1.0)


class QueueRunner:
    """Works through an :class:`UploadQueue` on ``concurrency`` plain threads (no Qt).

    ``prepare`` is :func:`api_client.media.prepare` (cleaned copy + checks);
    ``lookup`` finds tickets with the same content (by default the service's batch look-up,
    ``client.tickets.lookup_many``, asked once for every file waiting for its check).
    ``rate_limit`` caps the bytes per second of all its uploads together
    (0: no limit). Both can change while it runs: :meth:`set_concurrency`,
    :meth:`set_rate_limit`.

    ``prepare_ahead``: one more thread prepares and checks the files, one after the other
    in the order they were added, a few ahead, while the ``concurrency`` workers only send
    (``ticketpros upload``: each worker otherwise cleans its next file only after sending
    its last, and the batch's last file is cleaned while the other worker has nothing left
    to send). No more than ``concurrency`` files are sent at the same time either way.
    """

    def __init__(
        self,
        queue: UploadQueue,
        client: TicketProsClient,
        *,
        concurrency: int = 2,
        rate_limit: int = 0,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        stall_timeout: float = DEFAULT_STALL_TIMEOUT,
        max_attempts: int | None = None,
        prepare: Callable[[Path, Path], Any] | None = None,
        lookup: Callable[[str], list[dict[str, Any]]] | None = None,
        poll_interval: float = 0.5,
        backoff: Callable[[int], float] = retry_delay,
        prepare_ahead: bool = False,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.queue = queue
        self.client = client
        self.concurrency = concurrency
        #: Seconds before a failed item is tried again, given its failed attempts
        #: (:func:`retry_delay`; fault trials pass a quicker one).
        self.backoff = backoff
        #: One bucket for every upload thread: the cap is on their total.
        self.bandwidth = BandwidthLimiter(rate_limit)
        kwargs = {} if max_attempts is None else {"max_attempts": max_attempts}
        self.uploader = TusUploader(client, chunk_size=chunk_size, stall_timeout=stall_timeout,
                                    bandwidth=self.bandwidth, **kwargs)
        self.steps = Steps(queue, client, self.uploader, prepare=prepare, lookup=lookup,
                           backoff=lambda attempts: self.backoff(attempts))
        self.poll_interval = poll_interval
        #: Guards the list of workers (never held while the queue file is used).
        self._control = threading.Lock()
        #: One worker at a time picks its next piece of work.
        self._claiming = threading.Lock()
        #: Rung when there may be work: idle workers look at once instead of at their next poll.
        self._doorbell = threading.Event()
        #: Rung when a step ends or the queue changes: :meth:`wait_idle` looks again at once.
        self._activity = threading.Event()
        self._stopping = False
        self._paused = False
        #: No new work is claimed; what is in hand is finished (``drain``).
        self._draining = False
        self._threads: list[threading.Thread] = []
        self.prepare_ahead = prepare_ahead
        #: The thread that prepares ahead (``prepare_ahead``), not one of the workers.
        self._preparer: threading.Thread | None = None
        self._started = False
        self._spawned = 0
        #: Items being worked on, and the event that stops each. Changed by the claiming worker
        #: (under ``_claiming``) and the worker that finished; read anywhere as a whole.
        self._busy: set[int] = set()
        self._cancels: dict[int, threading.Event] = {}
        queue.subscribe(self._on_event)

    # -- control ---------------------------------------------------------------

    @property
    def paused(self) -> bool:
        return self._paused

    # These read without a lock (reading a list is atomic): the GUI may ask at any time.

    @property
    def running(self) -> bool:
        return any(t.is_alive() for t in self._all_threads())

    @property
    def workers(self) -> int:
        """Worker threads now (above ``concurrency`` for a while after it was
        lowered: each leaves when its current file is done)."""
        return len(self._threads)

    @property
    def rate_limit(self) -> int:
        """The cap on all uploads together, in bytes per second; 0 = no limit."""
        return self.bandwidth.rate

    def start(self) -> None:
        with self._control:
            self._stopping = False
            self._started = True
            self._threads = [t for t in self._threads if t.is_alive()]
            self._spawn()

    def _all_threads(self) -> list[threading.Thread]:
        preparer = self._preparer
        return list(self._threads) + ([preparer] if preparer is not None else [])

    def _spawn(self) -> None:
        # Called with _control held.
        if self.prepare_ahead and (self._preparer is None or not self._preparer.is_alive()):
            self._preparer = threading.Thread(target=self._work, kwargs={"preparing_only": True},
                                              name="upload-prepare", daemon=True)
            self._preparer.start()
        while len(self._threads) < self.concurrency:
            self._spawned += 1
            thread = threading.Thread(target=self._work, name=f"upload-{self._spawned}", daemon=True)
            self._threads.append(thread)
            thread.start()

    def set_concurrency(self, concurrency: int) -> None:
        """Files worked on at the same time, from now on. Raising it starts
        waiting files at once; lowering it lets the files in progress finish
        and starts no new one until fewer than ``concurrency`` are going."""
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        with self._control:
            self.concurrency = concurrency
            if self._started and not self._stopping:
                self._spawn()
        self.wake()  # idle workers above the new number leave now

    def set_rate_limit(self, bytes_per_second: int) -> None:
        """Cap all uploads together at ``bytes_per_second`` (0: no limit); uploads
        in flight follow the new cap within a fraction of a second."""
        self.bandwidth.set_rate(bytes_per_second)

    def request_stop(self) -> None:
        """Have the workers stop after the step in hand, without waiting for them (the
        GUI thread at sign-out and exit); :meth:`stop` waits."""
        with self._control:
            self._stopping = True
            self._started = False
        self._cancel_all()
        self.wake()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the workers; uploads in flight stop and are resumed next time."""
        self.request_stop()
        threads = self._all_threads()
        for thread in threads:
            thread.join(timeout)
        with self._control:
            self._threads = [t for t in self._threads if t.is_alive()]
        self.queue.unsubscribe(self._on_event)

    def pause_all(self) -> None:
        """Stop sending (items keep their place and resume with ``resume_all``).

        Never waits: the flag stops new claims, the cancel events stop the
        uploads in flight between two pieces of a chunk."""
        self._paused = True
        self._cancel_all()

    def resume_all(self) -> None:
        self._paused = False
        self.wake()

    def drain(self, timeout: float | None = None) -> bool:
        """Claim nothing new and wait until the steps in hand are done (an upload in flight
        finishes): how ``ticketpros watch`` stops on SIGTERM without cutting a file short.
        True when nothing is in hand any more; :meth:`stop` then ends the workers."""
        self._draining = True
        with self._claiming:
            pass  # a claim under way when the flag was set is in ``_busy`` now
        deadline = None if timeout is None else time.monotonic() + timeout
        while self._busy:
            if deadline is not None and time.monotonic() > deadline:
                return False
            time.sleep(0.05)
        return True

    def wake(self) -> None:
        """Have the idle workers look for work now (returns at once)."""
        self._doorbell.set()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until no item can make progress without a person (done, refused,
        cancelled, paused, waiting for a decision, held) — for scripts and the CLI."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            # Cleared before looking: a step ending while it looks makes it look again. (It used
            # to sleep 50 ms between looks: the command's last file arrived, its worker let go
            # of it a moment later, and ``ticketpros upload`` waited out the rest of the 50 ms.)
            self._activity.clear()
            if self._idle():
                return True
            if deadline is not None and time.monotonic() > deadline:
                return False
            self._activity.wait(0.05 if deadline is None else max(0.0, min(0.05, deadline - time.monotonic())))

    def _idle(self) -> bool:
        # A cancelled partial upload is removed from the service first; a ticket whose lost
        # pages are known is finished. Aggregates: this is asked twenty times a second.
        return not self._busy and self.queue.store.settled()

    def _cancel_all(self) -> None:
        for cancel in list(self._cancels.values()):
            cancel.set()

    def _on_event(self, event: QueueEvent) -> None:
        if event.kind != "progress":
            self._activity.set()
        if event.kind == "changed" and event.item is not None:
            if event.item.state in (ItemState.PAUSED, ItemState.CANCELLED):
                cancel = self._cancels.get(event.item_id)
                if cancel is not None:
                    cancel.set()
            self.wake()
        elif event.kind == "added":
            self.wake()

    # -- the work --------------------------------------------------------------

    def _work(self, preparing_only: bool = False) -> None:
        me = threading.current_thread()
        while True:
            with self._control:
                if self._stopping:
                    return
                if not preparing_only and len(self._threads) > self.concurrency:
                    # Concurrency was lowered: this worker leaves between two files.
                    if me in self._threads:
                        self._threads.remove(me)
                    return
            # Cleared before looking: a ring while this worker looks makes it look again.
            self._doorbell.clear()
            job = None if self._paused or self._draining else self._next_job(preparing_only)
            if job is None:
                self._doorbell.wait(self.poll_interval)  # a failed file's retry may fall due meanwhile
                continue
            action, item, cancel = job
            self.wake()  # there may be more: an idle worker looks too
            try:
                getattr(self.steps, action)(item, cancel)
            except Exception as exc:
                # One broken file must not stop the queue: it is tried again later.
                log.exception("upload queue: %s of item %s failed", action, item.id)
                self.steps.settle(item, exc, expected=False)
            finally:
                self._release(item.id)
                self.wake()

    def _next_job(self, preparing_only: bool = False) -> tuple[str, UploadItem, threading.Event] | None:
        with self._claiming:
            job = self._claim(self.queue.clock(), preparing_only)
        if job is not None and job[0] in ("prepare", "check") and self._paused:
            # Paused while this worker was looking (after it read the flag): a file added since
            # stays where it is. Nothing changed state at the claim, so letting go is enough.
            self._release(job[1].id)
            return None
        return job

    def _take(self, action: str, item: UploadItem) -> tuple[str, UploadItem, threading.Event]:
        """Mark ``item`` busy with the event that stops its step (what pause and cancel set)."""
        cancel = self._cancels[item.id] = threading.Event()
        self._busy.add(item.id)
        if self._paused or self._stopping:
            cancel.set()  # pause_all may have looked at the events before this one was there
        return action, item, cancel

    def _release(self, item_id: int) -> None:
        self._cancels.pop(item_id, None)
        self._busy.discard(item_id)
        self._activity.set()

    def _claim(self, now: float, preparing_only: bool = False) -> tuple[str, UploadItem, threading.Event] | None:
        """The next piece of work not already being done (only a file to prepare or check
        for ``preparing_only``), or None."""
        busy = set(self._busy)
        if preparing_only:
            return self._claim_preparing(now, busy)
        not_ready: set[str] = set()  # multi-page tickets whose other pages are not ready yet
        for item in self.queue.store.claimable(now, skip=busy):
            if self.prepare_ahead and item.state in (ItemState.PREPARING, ItemState.DUPLICATE_CHECK):
                continue  # the preparer's, in the order the files were added
            if item.state is ItemState.CANCELLED:
                return self._take("terminate", item)
            if item.state is ItemState.FAILED:
                if item.next_attempt_at is None:
                    continue  # waits for "Retry now"
                if not self.queue.transition(item.id, Action.RETRY_DUE):
                    continue
                item = self.queue.get(item.id)
                if item is None:
                    continue
            if item.state is ItemState.PREPARING:
                return self._take("prepare", item)
            if item.state is ItemState.DUPLICATE_CHECK:
                return self._take("check", item)
            if item.state is ItemState.QUEUED:
                if item.page is None and (item.batch_id in not_ready
                                          or not self.queue.store.number_pages(item.batch_id)):
                    not_ready.add(item.batch_id)
                    continue  # other pages of its ticket are not ready yet
                # Busy before it shows as uploading: a pause or cancel from then on finds its event.
                _, _, cancel = self._take("upload", item)
                started = self.queue.get(item.id) if self.queue.transition(
                    item.id, Action.START_UPLOAD, error=None) else None
                if started is not None:
                    return "upload", started, cancel
                self._release(item.id)
        for item in self.queue.store.completions_due(now):
            if item.id not in busy:
                return self._take("complete", item)
        return None

    def _claim_preparing(self, now: float, busy: set[int]) -> tuple[str, UploadItem, threading.Event] | None:
        """The preparer's next piece of work: a file to check, or one to prepare while fewer
        than ``concurrency`` cleaned copies wait for a worker (the disk holds a few, not the
        whole batch)."""
        ahead = None
        for item in self.queue.store.claimable(now, skip=busy, preparing_only=True):
            if item.state is ItemState.DUPLICATE_CHECK:
                return self._take("check", item)
            if ahead is None:
                ahead = self.queue.store.count_in((ItemState.DUPLICATE_CHECK, ItemState.QUEUED))
            if ahead < self.concurrency:
                return self._take("prepare", item)
        return None
