"""A page of a multi-page ticket cancelled mid-upload: the ticket is finished with the
pages that arrived, numbered 1..n, and every file of it says so (real service)."""

from __future__ import annotations

import time

from api_client.uploads import Grouping, ItemState, QueueRunner, UploadQueue
from tests.support.uploads import MiB, big_pdf, signed_in

NOTE = "Ticket made with the 2 pages that arrived; 1 page was cancelled."


def _wait(queue: UploadQueue, predicate, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, [(i.name, i.state, i.offset, i.error, i.note) for i in queue.items()]
        time.sleep(0.02)


def test_cancelling_page_two_of_three_mid_upload_makes_a_ticket_of_the_other_two(service, tmp_path):
    pages = [big_pdf(tmp_path / f"page-{n}.pdf", 2 * MiB, seed=n) for n in (1, 2, 3)]
    with signed_in(service.url) as client, \
            UploadQueue(tmp_path / "q" / "queue.sqlite3", tmp_path / "q" / "staging") as queue:
        # One file at a time, slowly enough to cancel page 2 while it is on its way.
        runner = QueueRunner(queue, client, concurrency=1, rate_limit=4 * MiB, chunk_size=256 * 1024,
                             poll_interval=0.05)
        first, second, third = queue.add(pages, grouping=Grouping.ONE_MULTI_PAGE_TICKET, ticket_number="T-3P")
        runner.start()
        try:
            _wait(queue, lambda: queue.get(second.id).state is ItemState.UPLOADING
                  and queue.get(second.id).offset >= 512 * 1024)
            assert queue.get(first.id).state is ItemState.DONE
            partial = queue.get(second.id).upload_url
            queue.cancel(second.id)
            assert runner.wait_idle(30)
        finally:
            runner.stop()
        done = {item.id: item for item in queue.items()}

        assert done[second.id].state is ItemState.CANCELLED and done[second.id].upload_url is None
        assert [done[i].state for i in (first.id, third.id)] == [ItemState.DONE, ItemState.DONE]
        assert [(done[i].page, done[i].page_count) for i in (first.id, third.id)] == [(1, 2), (2, 2)]
        assert {item.note for item in done.values()} == {NOTE}
        ticket = client.tickets.get(done[first.id].ticket_id)
        assert done[third.id].ticket_id == ticket.id and ticket.ticket_number == "T-3P"
        # Stored and waiting to be read (this service runs no extraction workers).
        assert ticket.status == "stored" and ticket.page_count == 2
        with service.db() as conn:
            received = dict(conn.execute("SELECT file_id, sha256 FROM ticket_file_received").fetchall())
            assert conn.execute("SELECT count(*) FROM tickets WHERE status = 'uploading'").fetchone()[0] == 0
            # The cancelled page's partial upload is gone from the service.
            upload_id = partial.rsplit("/", 1)[1]
            assert conn.execute("SELECT 1 FROM uploads WHERE id = ?", (upload_id,)).fetchone() is None
        assert [(f.page, received[f.id]) for f in ticket.files] == \
            [(1, done[first.id].sha256), (2, done[third.id].sha256)]
        # The finished rows of that ticket can now be cleared.
        assert queue.remove_finished() == 3


def test_a_ticket_whose_pages_were_all_cancelled_is_not_asked_for(service, tmp_path):
    pages = [big_pdf(tmp_path / f"page-{n}.pdf", 64 * 1024, seed=n) for n in (1, 2)]
    with signed_in(service.url) as client, \
            UploadQueue(tmp_path / "q" / "queue.sqlite3", tmp_path / "q" / "staging") as queue:
        items = queue.add(pages, grouping=Grouping.ONE_MULTI_PAGE_TICKET)
        for item in items:
            queue.cancel(item.id)
        runner = QueueRunner(queue, client, poll_interval=0.05)
        runner.start()
        try:
            assert runner.wait_idle(5)
        finally:
            runner.stop()
        assert [item.note for item in queue.items()] == [None, None]
        assert queue.store.completions_due() == []
