"""The duplicate check of a batch: one look-up request for every file waiting for its check (real service)."""

from __future__ import annotations

from api_client.media import prepare
from api_client.uploads import ItemState, TusUploader, UploadQueue
from api_client.uploads.steps import Steps
from tests.support.uploads import big_pdf, signed_in


def test_files_waiting_for_their_check_are_looked_up_in_one_request(service, tmp_path):
    pdfs = [big_pdf(tmp_path / f"p{n}.pdf", 50_000, seed=n) for n in range(4)]
    with signed_in(service.url) as client, \
            UploadQueue(tmp_path / "q.sqlite3", tmp_path / "staging") as queue:
        # pdfs[0] is already a ticket (sent as the queue would send it: its cleaned copy).
        ready = prepare(pdfs[0], tmp_path / "sent")
        earlier = TusUploader(client).upload(
            ready.path, metadata={"filename": ready.original_name, "filetype": ready.mime, "sha256": ready.sha256},
            sha256=ready.sha256)
        asked: list[list[str]] = []
        batch_lookup = client.tickets.lookup_many

        def counted(hashes):
            hashes = list(hashes)
            asked.append(hashes)
            return batch_lookup(hashes)

        client.tickets.lookup_many = counted
        steps = Steps(queue, client, TusUploader(client), prepare=None, lookup=None, backoff=lambda n: 60.0)
        queue.add(pdfs)
        items = queue.items()
        for item in items:
            steps.prepare(item, None)
        prepared = queue.items()
        assert [i.state for i in prepared] == [ItemState.DUPLICATE_CHECK] * 4
        for item in prepared:
            steps.check(item, None)
        # One request asked about all four; the other three checks used its answer.
        assert len(asked) == 1 and sorted(asked[0]) == sorted(i.sha256 for i in prepared)
        after = {i.source_path: i for i in queue.items()}
        first = after[str(pdfs[0])]
        assert first.state is ItemState.WAITING_DECISION
        assert [m["ticket_id"] for m in first.duplicates] == [earlier.ticket_id]
        assert [after[str(p)].state for p in pdfs[1:]] == [ItemState.QUEUED] * 3
        # A file checked later (nothing kept for it) is asked about on its own.
        queue.add([big_pdf(tmp_path / "late.pdf", 50_000, seed=9)])
        late = queue.items()[-1]
        steps.prepare(late, None)
        steps.check(queue.get(late.id), None)
        assert len(asked) == 2 and asked[1] == [queue.get(late.id).sha256]
        assert queue.get(late.id).state is ItemState.QUEUED


def test_files_sent_whatever_the_service_has_are_not_looked_up(service, tmp_path):
    """``allow_duplicates`` (``ticketpros upload --duplicates upload``): no look-up, whose answer
    could change nothing; a prepared file is queued for upload in the same step, the same content
    already being a ticket or not."""
    pdfs = [big_pdf(tmp_path / f"p{n}.pdf", 50_000, seed=n) for n in range(2)]
    with signed_in(service.url) as client, \
            UploadQueue(tmp_path / "q.sqlite3", tmp_path / "staging") as queue:
        ready = prepare(pdfs[0], tmp_path / "sent")
        TusUploader(client).upload(
            ready.path, metadata={"filename": ready.original_name, "filetype": ready.mime, "sha256": ready.sha256},
            sha256=ready.sha256)
        asked: list[list[str]] = []
        client.tickets.lookup_many = lambda hashes: asked.append(list(hashes)) or {}
        steps = Steps(queue, client, TusUploader(client), prepare=None, lookup=None, backoff=lambda n: 60.0)
        queue.add(pdfs, allow_duplicates=True)
        queue.add([pdfs[0]])  # the same content again, asked about as before
        for item in queue.items():
            steps.prepare(item, None)
        items = queue.items()
        assert [i.state for i in items] == [ItemState.QUEUED, ItemState.QUEUED, ItemState.DUPLICATE_CHECK]
        assert all(i.checked and i.allow_duplicate for i in items[:2]) and not items[2].allow_duplicate
        assert asked == []
        steps.check(items[2], None)
        assert asked == [[items[2].sha256]]
