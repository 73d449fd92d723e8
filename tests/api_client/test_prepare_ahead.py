"""A QueueRunner that prepares ahead (``prepare_ahead``, what ``ticketpros upload`` runs): the
next file is cleaned while the workers send, in the order the files were added, and only a
few cleaned copies wait (real service, real files)."""

from __future__ import annotations

import threading
import time

from api_client.media import prepare
from api_client.uploads import ItemState, QueueEvent, QueueRunner, UploadQueue
from tests.support.uploads import big_pdf, signed_in

KiB = 1024


def test_the_next_file_is_cleaned_while_one_is_sent(service, tmp_path):
    pdfs = [big_pdf(tmp_path / f"p{n}.pdf", 192 * KiB, seed=n) for n in range(5)]
    prepared_on: dict[str, str] = {}

    def recorded(src, work_dir):
        prepared_on[src.name] = threading.current_thread().name
        return prepare(src, work_dir)

    with signed_in(service.url) as client, \
            UploadQueue(tmp_path / "q" / "queue.sqlite3", tmp_path / "q" / "staging") as queue:
        # A limit keeps each upload going long enough for the next file to be cleaned meanwhile.
        runner = QueueRunner(queue, client, concurrency=1, rate_limit=512 * KiB, poll_interval=0.05,
                             lookup=lambda sha: [], prepare=recorded, prepare_ahead=True)
        lock = threading.Lock()
        started: list[int] = []
        most_waiting = 0
        queued_while_sending = 0

        def watch(event: QueueEvent) -> None:
            # Counted in the queue file as each file moves (events of two threads may arrive crossed).
            nonlocal most_waiting, queued_while_sending
            if event.kind != "changed" or event.item is None:
                return
            with lock:
                if event.item.state is ItemState.UPLOADING:
                    started.append(event.item_id)
                elif event.item.state is ItemState.QUEUED and queue.store.count_in((ItemState.UPLOADING,)):
                    queued_while_sending += 1
                most_waiting = max(most_waiting, queue.store.count_in((ItemState.QUEUED,)))

        queue.subscribe(watch)
        items = queue.add(pdfs)
        runner.start()
        try:
            assert runner.workers == 1  # the preparer is not one of the workers that send
            assert runner.wait_idle(60)
            deadline = time.monotonic() + 10
            while not all(queue.get(i.id).state is ItemState.DONE for i in items):
                assert time.monotonic() < deadline
                time.sleep(0.02)
        finally:
            runner.stop()
        assert not runner.running
    assert set(prepared_on.values()) == {"upload-prepare"}
    assert started == [i.id for i in items]  # sent in the order they were added
    assert queued_while_sending >= 3  # cleaned while another was being sent ...
    assert most_waiting == 1  # ... but never more copies waiting than files sent at once
