"""Changing how many files a running QueueRunner sends at once (real service, real files)."""

from __future__ import annotations

import threading
import time

import pytest

from api_client.uploads import ItemState, QueueEvent, QueueRunner, UploadQueue
from tests.support.uploads import MiB, big_pdf, signed_in

KiB = 1024


def _wait(predicate, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_concurrency_changes_while_files_are_being_sent(service, tmp_path):
    first = [big_pdf(tmp_path / f"first-{n}.pdf", 256 * KiB, seed=n) for n in range(3)]
    last = big_pdf(tmp_path / "last.pdf", 64 * KiB, seed=9)
    with signed_in(service.url) as client, \
            UploadQueue(tmp_path / "q" / "queue.sqlite3", tmp_path / "q" / "staging") as queue:
        # A limit keeps the uploads going long enough to watch them (768 KiB/s for all together).
        runner = QueueRunner(queue, client, concurrency=1, rate_limit=768 * KiB, poll_interval=0.05,
                             lookup=lambda sha: [], chunk_size=MiB)
        uploading: set[int] = set()
        others_when_last_started: list[int] = []
        lock = threading.Lock()
        last_id: list[int] = []

        def watch(event: QueueEvent) -> None:
            if event.kind != "changed" or event.item is None:
                return
            with lock:
                if event.item.state is ItemState.UPLOADING:
                    if last_id and event.item_id == last_id[0]:
                        others_when_last_started.append(len(uploading - {event.item_id}))
                    uploading.add(event.item_id)
                else:
                    uploading.discard(event.item_id)

        queue.subscribe(watch)
        items = queue.add(first)
        runner.start()
        try:
            _wait(lambda: len(uploading) == 1)
            time.sleep(0.2)
            assert len(uploading) == 1  # one at a time, as set

            # Raised: the waiting files start at once, next to the one in flight.
            runner.set_concurrency(3)
            assert runner.concurrency == 3
            _wait(lambda: len(uploading) == 3, timeout=3)

            # Lowered: the three in flight go on (none is stopped or restarted) ...
            runner.set_concurrency(1)
            (added,) = queue.add([last])
            last_id.append(added.id)
            _wait(lambda: all(queue.get(i.id).state is ItemState.DONE for i in items))
            assert all(queue.get(i.id).attempts == 0 for i in items)
            # ... and the new file started only once none of them was still going.
            assert runner.wait_idle(10)
            assert queue.get(added.id).state is ItemState.DONE
            assert others_when_last_started == [0]
            assert runner.workers == 1
        finally:
            runner.stop()
        assert not runner.running


def test_concurrency_must_be_positive(service, tmp_path):
    with signed_in(service.url) as client, \
            UploadQueue(tmp_path / "q" / "queue.sqlite3", tmp_path / "q" / "staging") as queue:
        runner = QueueRunner(queue, client, concurrency=2)
        with pytest.raises(ValueError):
            runner.set_concurrency(0)
        runner.set_concurrency(4)  # not started: no thread yet, the number is kept
        assert runner.workers == 0 and runner.concurrency == 4
        runner.start()
        try:
            assert runner.workers == 4
        finally:
            runner.stop()
